"""The text front end's plain-line test reads an ASCII line's marks off its bytes: the same
answer as `_MARKS`' scan; and a plain line is made as the named tuple's constructor makes it."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from prparse._blocks import Hint
from prparse._markdown import _ASCII_MARKS, _MARKS, CleanLine, _holds_mark, clean_line


def test_the_ascii_marks_are_the_patterns() -> None:
    assert bytes(c for c in range(128) if _MARKS().match(chr(c))) == bytes(sorted(_ASCII_MARKS))


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_an_ascii_text_holds_a_mark_as_the_pattern_finds(text: str) -> None:
    assert _holds_mark(text) == (_MARKS().search(text) is not None)


@given(st.text())
def test_any_text_holds_a_mark_as_the_pattern_finds(text: str) -> None:
    assert _holds_mark(text) == (_MARKS().search(text) is not None)


def test_a_plain_line_is_the_named_tuple() -> None:
    line = clean_line(" Acme today announced the Picker X. ", 7)
    text = "Acme today announced the Picker X."
    expected = CleanLine(text, " " + text + " ", 7, 43, Hint.PARAGRAPH, finished=(text, False))
    assert line == expected and type(line) is CleanLine
