"""A crammed line with bullet glyphs is split where `_CRAMMED_BREAK().finditer` splits it:
its pattern tried only where a match may start."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from prparse._text import (
    _CRAMMED_BREAK,
    _CRAMMED_LINE,
    _glyph_breaks,
    _line_space,
    _raw_lines,
    _split_byline,
    _split_crammed,
)


def test_a_line_space_is_a_space_but_a_line_break() -> None:
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        assert _line_space(char) == bool(re.match(r"[^\S\n]", char)), hex(code)


_CRAMMED = st.text(
    alphabet=st.sampled_from([*'Ab.!:"  \t\n', "\u00a0", "\u2003", "\u201d", "•", "▪", "●"])
)


@given(_CRAMMED)
def test_the_breaks_are_finditers(text: str) -> None:
    assert _glyph_breaks(text) == [m.span() for m in _CRAMMED_BREAK().finditer(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Highlights: • Revenue up 12% • Margin up   • Cash up",
        "Done.  • Next   ●\u2003▪ last",
        "•• •\n• x",
        "a        •b",
        "a         •b",
        "a\n  •b  \u2003  •",
        "",
    ],
)
def test_the_breaks_of_an_example_are_finditers(text: str) -> None:
    assert _glyph_breaks(text) == [m.span() for m in _CRAMMED_BREAK().finditer(text)]


def _raw_lines_line_by_line(source: str) -> list[tuple[str, int]]:
    """`_raw_lines` as each line is read in turn (the reference for its shortcut)."""
    texts = source.split("\n")
    if not texts[-1]:
        texts.pop()
    lines: list[tuple[str, int]] = []
    pos = 0
    for text in texts:
        if len(text) > _CRAMMED_LINE:
            lines += _split_crammed(text, pos)
        elif "**" in text or "By:" in text:
            lines += _split_byline(text, pos)
        else:
            lines.append((text, pos))
        pos += len(text) + 1
    return lines


_SOURCE = st.lists(
    st.one_of(
        st.text(alphabet=st.sampled_from([*"Ab .By:*\t"]), max_size=40),
        st.just("**A bold title of the release** Accesswire Monday, July 13, 2015"),
        st.just("A portal title of the release By: Business Wire Aug. 28, 2015"),
        st.just("Crammed.   " * 200),
    ),
    max_size=8,
).map("\n".join)


@given(_SOURCE, st.booleans())
def test_the_lines_are_read_as_line_by_line(source: str, final_break: bool) -> None:
    source += "\n" if final_break else ""
    assert _raw_lines(source) == _raw_lines_line_by_line(source)
