"""`match_date`'s word gate (`_may_open_date`) turns away only where `_DATE_RE` cannot match:
an ASCII word that is no month, weekday or day article."""

from __future__ import annotations

import re
import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from prparse._data.months import DAY_ARTICLES, MONTHS, WEEKDAYS
from prparse._dateline import _first_token, _next_token
from prparse._dates import _DATE_RE, _may_open_date, match_date, match_date_before_digit

_NAMES = sorted(
    {k for table in MONTHS.values() for k in table}
    | {w for ws in WEEKDAYS.values() for w in ws}
    | set(DAY_ARTICLES)
)


def test_no_letter_past_ascii_of_a_name_matches_an_ascii_letter_ignoring_case() -> None:
    """What lets the gate read a word spelt in ASCII against the ASCII names alone."""
    for char in sorted({c for name in _NAMES for c in name if not c.isascii()}):
        pattern = re.compile(re.escape(char), re.IGNORECASE)
        assert not any(pattern.fullmatch(x) for x in string.ascii_letters), char


@pytest.mark.parametrize("name", _NAMES)
@pytest.mark.parametrize("shape", ["{} 5, 2024", "{}. 5 2024", "{} 5", "5 {} 2024", "{}, 5 March"])
def test_every_name_opens_the_pattern_where_it_matches(name: str, shape: str) -> None:
    for spelt in (name, name.upper(), name.capitalize()):
        text = shape.format(spelt)
        if _DATE_RE.match(text) is not None:
            assert _may_open_date(text, 0), text


@pytest.mark.parametrize(
    "text",
    [
        "The company said",
        "Thu 5 March 2024",
        "Thursday, March 5, 2024",
        "Mar 5",
        "le 5 mars 2024",
        "Ağustos 5, 2024",
        "terça-feira, 5 de março de 2024",
        "Jan_5 2024",
        "In 2024",
        "Tuesday",
    ],
)
def test_the_gate_agrees_with_the_pattern(text: str) -> None:
    for pos in range(len(text)):
        if not _may_open_date(text, pos):
            assert _DATE_RE.match(text, pos) is None, (text, pos)


_WORDISH = st.text(
    alphabet=st.sampled_from([*string.ascii_letters, *" .,-_5()[]", "ğ", "ç", "é", "ı"]),
    max_size=30,
)


@given(st.sampled_from(_NAMES), _WORDISH, _WORDISH)
def test_the_gate_never_turns_away_a_match(name: str, before: str, after: str) -> None:
    text = before + name + after
    for pos in range(len(text)):
        if not _may_open_date(text, pos):
            assert _DATE_RE.match(text, pos) is None, (text, pos)


def test_a_date_after_a_word_is_still_read() -> None:
    found = match_date("Acme, March 5, 2024", 6)
    assert found is not None and found.date is not None


_DATEISH = st.text(alphabet=st.sampled_from([*"Mar ch5,20 24-./()[]Tue", "é", "年", "月", "日"]))


@given(_DATEISH, st.booleans())
def test_a_date_read_without_the_digit_scan_is_the_date_match_date_reads(
    text: str, fallback: bool
) -> None:
    """Every shape and the fallback's span hold a digit: the scan only saves work."""
    for pos in range(len(text) + 1):
        expected = match_date(text, pos, fallback=fallback)
        assert match_date_before_digit(text, pos, fallback=fallback) == expected


@pytest.mark.parametrize(
    "text",
    [
        "BOSTON, March 5, 2024 /PRNewswire/ -- Acme",
        "Web3 Labs, March 5, 2024 -- Acme",
        "HELSINKI, 3. maaliskuuta 2021 – Acme",
        "The company said 12 firms",
    ],
)
def test_a_run_s_first_token_reads_as_its_next_token(text: str) -> None:
    for pos in range(len(text)):
        assert _first_token(text, pos) == _next_token(text, pos, [], dated=True), pos


_PUNCTUATED = st.text(
    alphabet=st.sampled_from([*"Mar ch5,20 24-./()[]:|—–Tue", "\u00a0", "\u3000", "é", "年", "１"]),
    max_size=30,
)


def test_every_name_opens_with_a_letter_or_digit() -> None:
    """What lets the gate turn away a position where punctuation stands."""
    assert all(name[:1].isalnum() for name in _NAMES)


@given(_PUNCTUATED)
def test_the_gate_turns_away_punctuation_only_where_the_pattern_fails(text: str) -> None:
    for pos in range(len(text) + 1):
        if not _may_open_date(text, pos):
            assert _DATE_RE.match(text, pos) is None, (text, pos)
