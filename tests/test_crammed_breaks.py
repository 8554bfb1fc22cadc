"""A crammed line with bullet glyphs is split where `_CRAMMED_BREAK().finditer` splits it:
its pattern tried only where a match may start."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from prparse._text import _CRAMMED_BREAK, _glyph_breaks, _line_space


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
