"""The HTML front end's shortcuts read what the plain ways read."""

from __future__ import annotations

import random
import re

from lxml import etree

from prparse._html import PARSER
from prparse._html_offsets import Locator
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


def _eager_lines(text: str, base: int, end: int) -> list[int]:
    return [base] + [i + 1 for i in range(base, end) if text[i] == "\n"]


def test_the_locator_reads_line_starts_as_far_as_asked() -> None:
    rng = random.Random(3)
    for _ in range(300):
        text = "".join(rng.choice(["\n", "ab", "<p>", "\n\n", "x" * 40]) for _ in range(60))
        base = rng.randrange(0, 5)
        end = rng.randrange(max(base, len(text) - 5), len(text) + 1)
        whole = _eager_lines(text, base, end)
        locator = Locator(text, base, end)
        assert locator.line_count == len(whole)
        assert locator.reliable_lines == len(whole) - (whole[-1] >= end)
        for line in sorted(rng.sample(range(1, len(whole) + 3), 3)):
            assert locator.line_start(line) == whole[min(line, len(whole)) - 1]
            assert locator.lines == whole[: len(locator.lines)]
