"""The HTML front end's shortcuts read what the plain ways read."""

from __future__ import annotations

import random
import re

from lxml import etree

from prparse._html import PARSER
from prparse._html_page import _edgar_closing
from prparse._html_walk import _row_kind, _table_holders


def test_an_edgar_closing_tag_is_found_in_any_case_where_re_finds_it() -> None:
    rng = random.Random(7)
    pieces = ["</", "<", "x", " ", "DOCUMENT>", "document>", "Text>", "TEXT>", "\u0131", "\u017f",
              "\u212a", "\u0130", "DOCUMENT", "</DOCUMEN", "T>", "é"]  # fmt: skip
    for tag in ("DOCUMENT", "TEXT"):
        plain = re.compile(f"</{tag}>", re.IGNORECASE)
        for _ in range(2000):
            text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 12)))
            for pos in (0, 1, 3):
                ours = _edgar_closing(tag).search(text, pos)
                theirs = plain.search(text, pos)
                assert (ours and ours.span()) == (theirs and theirs.span()), text


def test_rows_holding_a_table_are_found_in_one_pass() -> None:
    root = etree.fromstring(
        b"<html><body><table><tr><td><table><tr><td>a</td></tr></table></td></tr>"
        b"<tr><td>b <b>c</b></td></tr><tr><td><div><table><tr><td>d</td></tr></table></div>"
        b"</td></tr></table></body></html>",
        PARSER,
    )
    tabled = _table_holders(root)
    for row in root.iter("tr"):
        assert _row_kind(row, [], set(), None, tabled) == _row_kind(row, [], set()), row
    kinds = [_row_kind(row, [], set(), None, tabled) for row in root.iter("tr")]
    assert kinds == ["layout", "plain", "plain", "layout", "plain"]
