"""A line of plain words but for its spaces and `&`s (`_respaced`) is cleaned as the full
path (`_clean_marked`) cleans it."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from prparse import _markdown
from prparse._markdown import _clean_marked, _respaced, clean_line

_PIECES = [
    "Acme", "Co", "&", "&amp;", "&#42;", "&lt;b&gt;", "&nbsp;", "&x", " ", "  ", "\t", "\u00a0",
    "\u2009", "\u3000", "\u202f", "\n", "\u2028", "é", "*", "_", "[", "]", "|", "\\", "#", "1",
    ".", "-", "☐", "\u200b", "\x1c", "\u00ad", "日本",
]


@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=12).map("".join), st.booleans())
def test_a_respaced_line_is_the_full_path_s(raw: str, in_table: bool) -> None:
    stripped = raw.strip()
    if not stripped:
        return
    text = _respaced(stripped)
    if text is None:
        return
    expected = _clean_marked(raw, 5, 5 + len(raw), in_table=in_table)
    assert expected is not None
    assert clean_line(raw, 5, in_table=in_table) == expected
    assert (expected.text, expected.finished) == (text, (text, False))


@pytest.mark.parametrize(
    "line",
    [
        "Star Mechanical Air Conditioning & Heating is a contractor.",
        "Bitcoin\u00a0and Ether\u00a0rose.",
        "GUEST BIOS  CR Capers is the Founder.",
        "Acme &\u00a0Co  said\tso.",
    ],
)
def test_lines_with_spaces_to_mend_take_the_short_path(line: str) -> None:
    assert _respaced(line) is not None
    assert clean_line(line, 0) == _clean_marked(line, 0, len(line), in_table=False)


@pytest.mark.parametrize(
    "line", ["Acme &amp; Co", "See [Acme](https://acme.example)", "1. Acme  Co"]
)
def test_other_lines_take_the_full_path(line: str) -> None:
    assert _respaced(line) is None


def test_ascii_spacing_marks_are_the_pattern_s() -> None:
    pattern = _markdown._SPACING_MARKS()
    for code in range(128):
        char = chr(code)
        assert (pattern.match(char) is not None) is (
            char.encode("ascii") in [bytes([b]) for b in _markdown._SPACING_ASCII_MARKS]
        ), repr(char)
