"""The gates of the front end, the dateline reader and the cues answer as the full readings
they stand in front of: a hard line break read off a line's end, the words of a text past
ASCII counted in bytes, an inline About heading looked for only where one can stand, the
dateline's digit asked once per run."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from prparse import _cues, _dateline, _markdown, _text
from prparse._blocks import Block
from prparse._contact_details import digit_count
from prparse._cues import (
    _ABOUT_GLUED,
    _ABOUT_INLINE,
    _about_run_end,
    ends_sentence,
    inline_about_heading,
    title_case_ratio,
    word_count,
)
from prparse._cut import _glued_line
from prparse._dateline import find_dateline
from prparse._text import _ends_with_hard_break

_HARD_BREAK = re.compile(r"(?: {2,}|\\)\r?$")
_WORD = re.compile(r"\w+")


@given(st.text(alphabet="a \\\r\n\t", max_size=8))
def test_hard_break_is_read_as_the_pattern_finds_it(line: str) -> None:
    assert _ends_with_hard_break(line) == bool(_HARD_BREAK.search(line))


@given(st.text(alphabet=st.sampled_from("aZ9_ .,’”“‘—–‑…®™•°©€£«»\u00a0\u200eéß") , max_size=30))
def test_word_count_past_ascii_counts_word_runs(text: str) -> None:
    assert word_count(text) == len(_WORD.findall(text))


def _inline_about_ungated(text: str) -> int:
    """`inline_about_heading` as it reads without its gate (the reference)."""
    match = _ABOUT_INLINE.match(text) or _ABOUT_GLUED.match(text)
    end = match.end() if match is not None else _about_run_end(text)
    if not end or len(text) - end < 40:
        return 0
    heading = text[:end]
    return end if word_count(heading) <= 8 and title_case_ratio(heading) >= 0.6 else 0


EXAMPLES_INLINE_ABOUT = [
    "About Acme Inc. (OTC: ACME): Acme makes widgets for retailers across North America.",
    "About AcmeAcme is a maker of widgets for retailers across North America and Europe.",
    "About Acme Widgets Founded in 2003, Acme makes widgets for retailers everywhere.",
    "ÜBER ACME Acme ist ein Hersteller von Dingen aller Art in ganz Europa und Asien.",
    "À propos de Acme Acme fabrique des gadgets pour les détaillants de toute l'Europe.",
    "Acme today announced the Picker X, a warehouse robot that learns new products fast.",
    "About Acme",
]


@pytest.mark.parametrize("text", EXAMPLES_INLINE_ABOUT)
def test_inline_about_gate_answers_as_the_full_reading(text: str) -> None:
    assert inline_about_heading(Block(text=text, start=0, end=len(text))) == (
        _inline_about_ungated(text)
    )


_PIECES = ["About", "ABOUT", "Über", "À propos de", "Acme", "Inc.", "(OTC: ACME)", ":", " ", ",",
           "makes widgets", "Founded in 2003", "is a leading maker", "."]


@given(st.lists(st.sampled_from(_PIECES), max_size=14).map(" ".join))
def test_inline_about_gate_answers_as_the_full_reading_on_any_text(text: str) -> None:
    assert inline_about_heading(Block(text=text, start=0, end=len(text))) == (
        _inline_about_ungated(text)
    )


def test_inline_about_heading_still_found() -> None:
    text = EXAMPLES_INLINE_ABOUT[0]
    assert inline_about_heading(Block(text=text, start=0, end=len(text))) == len(
        "About Acme Inc. (OTC: ACME): "
    )


@pytest.mark.parametrize(
    ("text", "has_date"),
    [
        ("BOSTON -- Acme today announced a new robot for warehouses.", False),
        ("BOSTON, Dec. 3, 2024 /PRNewswire/ -- Acme today announced a robot.", True),
        ("Hamburg, 2. November 2021", True),
    ],
)
def test_dateline_date_read_only_where_a_digit_stands(text: str, has_date: bool) -> None:
    found = find_dateline(text)
    assert found is not None
    assert (found.dateline.date is not None) == has_date


@pytest.mark.parametrize(
    ("text", "glued_at"),
    [
        ("Acme serves the region.  Hashtag: #Acme", "Hashtag: #Acme"),
        ("#AcmeThe issuer is solely responsible for the content of this announcement.",
         "The issuer is solely"),
        ("Hashtag: #Acme #Widgetshttps://acme.example/news", "https://acme.example/news"),
        ("Acme is a maker of widgets for retailers in every state of the union and abroad. "
         "Contact Acme at press@acme.example.", "Contact Acme"),
        ("Acme is a maker of widgets for retailers in every state of the union and abroad. "
         "Acme sells them online.", None),
        # A glued heading in capitals or in French or Spanish, with no `bout` or `ber` else.
        ("The robots ship in May.ABOUT Acme Acme makes robots.", "ABOUT Acme"),
        ("Les robots sortent en mai.À propos de Acme Acme fait des robots.", "À propos de Acme"),
        ("Los robots salen en mayo.Acerca de Acme Acme hace robots.", "Acerca de Acme"),
    ],
)
def test_glued_lines_are_found(text: str, glued_at: str | None) -> None:
    at = _glued_line(text)
    assert (None if at is None else text[at:].startswith(glued_at or "")) == (
        None if glued_at is None else True
    )


@given(st.text(alphabet=st.sampled_from("0123456789a @٣.") , max_size=20))
def test_digit_count_is_the_count_of_digits(text: str) -> None:
    assert digit_count(text) == len(re.findall(r"\d", text))


_LINK_PIECES = ["[", "]", "(", ")", "![", "\\", "Acme", " ", "https://acme.example/a", "<", ">",
                '"title"', "\n", "*"]


@given(st.lists(st.sampled_from(_LINK_PIECES), max_size=16).map("".join))
def test_plain_link_patterns_match_as_the_full_ones(line: str) -> None:
    full = _markdown._LINK().sub(r"<\1|\2>", line)
    assert _markdown._link_pattern(line).sub(r"<\1|\2>", line) == full
    if "\\" not in line:
        assert _markdown._PLAIN_IMAGE().sub("", line) == _markdown._IMAGE().sub("", line)


@given(st.lists(st.sampled_from(["a", " ", "\t", "\u00a0", ".", '"', "\u201d", "\u2003", ":"]),
                max_size=30).map("".join))
def test_space_breaks_are_the_pattern_s(line: str) -> None:
    expected = [match.span() for match in _text._CRAMMED_SPACES().finditer(line)]
    assert _text._space_breaks(line) == expected


_DATELINE_PIECES = ["BOSTON", "Boston", ",", " ", "Mass.", "Dec. 3, 2024", "2024", "/PRNewswire/",
                    "(Reuters)", "--", "-", "—", "[", "]", "The", "company", ":", "Hamburg",
                    "2. November 2021", "/", "*", "東京"]


@given(st.lists(st.sampled_from(_DATELINE_PIECES), max_size=10).map("".join))
def test_first_token_is_the_next_token_of_an_empty_run(text: str) -> None:
    for dated in (True, False):
        expected = _dateline._next_token(text, 0, [], dated=dated)
        assert _dateline._first_token(text, 0, dated=dated) == expected


@given(st.lists(st.sampled_from(["a", "Inc", " ", ".", "!", "?", "。", '"', "”", "’", ")", "」",
                                 "\n", "corp", "S.A"]), max_size=8).map("".join))
def test_ends_sentence_reads_as_the_patterns(text: str) -> None:
    expected = bool(_cues._SENTENCE_END.search(text)) and not _cues._ABBREVIATION_END.search(text)
    assert ends_sentence(text) == expected


_ORIGINAL_EMPHASIS = re.compile(r"(\*{1,3}|_{1,3})(?=\S)(.{1,500}?)(?<=\S)\1(?!\w)")
_ORIGINAL_MARK_RUN = re.compile(r"\*{4,}|_{4,}")
_ORIGINAL_STRAY = re.compile(
    r"[☐☑☒❌✔✓✅⬤]|__+|(?<!\S)\*{1,3}(?!\S)|(?<![\w_])_(?=\w)|(?<=\w)_(?![\w_])|\u200b|\ufeff"
)


@given(st.lists(st.sampled_from(["*", "_", "a", " ", "é", "1", "☐", "✅", "\u200b", "\ufeff",
                                 "\n", "."]), max_size=16).map("".join))
def test_mark_patterns_match_as_written_plainly(text: str) -> None:
    assert _markdown._EMPHASIS().sub(r"<\1|\2>", text) == _ORIGINAL_EMPHASIS.sub(r"<\1|\2>", text)
    assert _markdown._MARK_RUN().sub("#", text) == _ORIGINAL_MARK_RUN.sub("#", text)
    assert _markdown._STRAY().sub("#", text) == _ORIGINAL_STRAY.sub("#", text)


@given(st.lists(st.sampled_from([" ", "a", "\t", "\u00a0", "\u2003", "\u202f", "\u3000", "\u2028",
                                 "\x85"]), max_size=16).map("".join))
def test_collapsed_spaces_are_the_pattern_s(text: str) -> None:
    assert _markdown._collapse_spaces(text) == _markdown._SPACES().sub(" ", text)
