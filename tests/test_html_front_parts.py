"""Shortcuts of the HTML front end read as the plain definitions they stand for:
`edgar_text_part` (plain searches for the parts' tags) as the lazy regexes that first
defined it, `_short_line` (a long text cleaned only in part) as `clean` and a length,
`_ASCII_SHOWN_LETTERS` (one pass) as the passes of `holds` over a span."""

from __future__ import annotations

import html
import random
import re

from prparse._html import _DATE_LINE_CHARS, _short_line
from prparse._html_page import clean, edgar_text_part
from prparse._html_spans import _ANY_TAG, _ASCII_SHOWN_LETTERS, letters

_DOCUMENT = re.compile(r"<DOCUMENT>(.*?)(?:</DOCUMENT>|\Z)", re.DOTALL | re.IGNORECASE)
_TYPE = re.compile(r"<TYPE>\s*([^\s<]+)", re.IGNORECASE)
_TEXT = re.compile(r"<TEXT>\s*(.*?)\s*(?:</TEXT>|\Z)", re.DOTALL | re.IGNORECASE)
_PIECES = (
    "<DOCUMENT>", "</DOCUMENT>", "<document>", "<TYPE>", "EX-99.1", "10-Q", "<TEXT>",
    "</TEXT>", "</text>", " ", "\n", "\u00a0", "a", "<p>", "\t",
)  # fmt: skip


def _by_regexes(text: str) -> tuple[str, int] | None:
    chosen = None
    for document in _DOCUMENT.finditer(text):
        kind = _TYPE.search(document.group(1)[:500])
        if chosen is None or (kind is not None and kind.group(1).upper().startswith("EX-99")):
            chosen = document
            if kind is not None and kind.group(1).upper().startswith("EX-99"):
                break
    if chosen is None:
        return None
    inner = _TEXT.search(chosen.group(1))
    if inner is None:
        return None
    return inner.group(1), chosen.start(1) + inner.start(1)


def test_edgar_parts_read_as_the_regexes_read_them() -> None:
    rng = random.Random(7)
    for _ in range(3000):
        text = "<SEC-DOCUMENT>" + "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 30)))
        assert edgar_text_part(text) == _by_regexes(text), text


def test_a_short_line_is_its_cleaned_text_when_that_is_short() -> None:
    rng = random.Random(11)
    pieces = ("a", "bc ", " ", "\n\n", "\u200b", "\u00a0", "\t", "2015", "x" * 70, " " * 90)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        line = clean(text)
        assert _short_line(text) == (line if 0 < len(line) <= _DATE_LINE_CHARS else None), text


def test_an_ascii_span_is_read_as_the_plain_passes_read_it() -> None:
    rng = random.Random(5)
    pieces = ("<", ">", "<b>", "</p>", "a", "Bc", "9", " ", "_", "<a href='x'>", "-", "\n", "<<")
    for _ in range(3000):
        span = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        plain = letters(html.unescape(_ANY_TAG.sub(" ", span)))
        assert _ASCII_SHOWN_LETTERS.sub("", span) == plain, span
