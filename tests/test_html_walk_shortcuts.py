"""The HTML walk's shortcuts give the plain path's answer: white space collapsed by
`str.split` as the patterns collapse it (a line's `_SPACES`, `_html_page.clean`'s `\\s`)."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from prparse._html_page import clean
from prparse._html_spans import letters
from prparse._html_walk import _SPACES, _collapsed

# Every kind of white space either reader knows, a zero-width space, and a few letters.
_SPACES_AND_LETTERS = " \t\r\n\f\v\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2005\u200a\u200b"
_SPACES_AND_LETTERS += "\u2028\u2029\u202f\u205f\u3000abcé"

EXAMPLES = [
    ("plain words", "Acme Corp. today announced"),
    ("source line breaks and indents", "\n\t\tAcme Corp.\n\t\ttoday  announced\n"),
    ("no-break and thin spaces", "10\xa0000\u202fUSD\u2009net"),
    ("a zero-width space inside a word", "Ac\u200bme\u200b \u200b"),
    ("white space only the split reads", "Acme\x1cCorp\u2028today\x85\u205fnow"),
    ("the same, at the ends", "\x1c Acme Corp \u2028"),
    ("nothing", ""),
    ("spaces only", " \n\xa0 "),
]


def _clean_by_pattern(text: str) -> str:
    """`clean` as its pattern (`\\s+`) read it (the reference)."""
    return re.sub(r"\s+", " ", text.replace("\u200b", "")).strip()


def _line_text_by_pattern(text: str) -> str:
    """The walk's line text as its pattern reads it (the reference)."""
    return _SPACES.sub(" ", text.replace("\u200b", "")).strip()


@pytest.mark.parametrize(("why", "text"), EXAMPLES)
def test_collapsed_as_the_pattern_collapses(why: str, text: str) -> None:
    assert _collapsed(text) == _line_text_by_pattern(text), why


@pytest.mark.parametrize(("why", "text"), EXAMPLES)
def test_clean_is_the_pattern_s(why: str, text: str) -> None:
    assert clean(text) == _clean_by_pattern(text), why


@given(st.text(alphabet=_SPACES_AND_LETTERS, max_size=40))
def test_both_on_any_text(text: str) -> None:
    assert _collapsed(text) == _line_text_by_pattern(text)
    assert clean(text) == _clean_by_pattern(text)


@given(st.text(max_size=40))
def test_clean_is_the_pattern_s_on_any_character(text: str) -> None:
    assert clean(text) == _clean_by_pattern(text)


# Letters, digits and signs of every kind `letters` reads apart: ASCII, Latin-1, General
# Punctuation (and the superscripts after it, which are digits), marks that join, a surrogate.
_LETTERS_AND_SIGNS = "aZ09_-. ,\xa0\xaa\xb2\xb5\xbc\xe9\u00c9e\u0301\u2000\u2013\u2019\u201c"
_LETTERS_AND_SIGNS += "\u2026\u203f\u2040\u206f\u2070\u2071\u2074\u20ac\u3000\u4e2d\U0001d400\ud800"


def _letters_by_pattern(text: str) -> str:
    """The letters and digits of `text` as a pattern reads them (the reference)."""
    return re.sub(r"[\W_]+", "", unicodedata.normalize("NFC", text))


@given(st.text(alphabet=_LETTERS_AND_SIGNS, max_size=30))
def test_letters_as_the_pattern_reads_them(text: str) -> None:
    assert letters(text) == _letters_by_pattern(text)


@given(st.text(max_size=30))
def test_letters_of_any_character(text: str) -> None:
    assert letters(text) == _letters_by_pattern(text)
