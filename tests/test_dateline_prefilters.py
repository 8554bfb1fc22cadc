"""The dateline's and dates' prefilters and compact patterns give the readers' own answers: a
place alone told early, strong wire markers found by a scan of their first characters, wire
markers of one shape written once, the month names once in the date pattern."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from prparse import _dateline
from prparse._dates import match_date

# Texts where a strong wire's marker stands, or its first characters do without it.
EXAMPLES_STRONG_MARKERS = [
    "... for August 2022 PR Newswire BETHESDA, Md., Aug. 11, 2022 /PRNewswire/ -- Acme",
    "HONG KONG - Media OutReach Newswire - 22 June 2026 - Acme (media) and MEDIA OUTREACH -",
    "Mmm, medium media / (not a marker) /PRNewswire/(BUSINESS WIRE)/GLOBE NEWSWIRE/",
    "Medİa OutReach - the dotted capital i folds onto i, ignoring case",
    "no marker at all, (only brackets) and a slash / here",
]


@pytest.mark.parametrize("text", EXAMPLES_STRONG_MARKERS)
def test_strong_markers_are_found_where_finditer_finds_them(text: str) -> None:
    found = [m.span() for m in _dateline._strong_markers(text)]
    assert found == [m.span() for m in _dateline._strong_wire_re().finditer(text)]


# (paragraph, whether it opens with a dateline): a place alone is none, whatever it is.
EXAMPLES_PLACE_FOLLOWED = [
    ("The company said it would ship in May.", False),
    ("Acme Corp. today announced a new widget.", False),
    ("DefiQuant, a leader in digital finance, is proud to announce", False),
    ("FRANKFURT (Reuters) - Shares rose.", True),
    ("NEW YORK--(BUSINESS WIRE)--Acme today announced", True),
    ("Pescasseroli, 14 gennaio 2020", True),
    ("DEDHAM, MA - Acme today announced", True),
    ("HELSINKI, 3. maaliskuuta 2021 – Acme", True),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES_PLACE_FOLLOWED)
def test_a_place_alone_is_no_dateline(text: str, expected: bool) -> None:
    assert (_dateline.find_dateline(text) is not None) is expected


# (text, date, (month, day)): the month names once in the pattern, read after or before a day.
EXAMPLES_DATE_READINGS = [
    ("July 22nd, 2024", dt.date(2024, 7, 22), (7, 22)),
    ("Tue 13 October 2015", dt.date(2015, 10, 13), (10, 13)),
    ("le 16 octobre 2025", dt.date(2025, 10, 16), (10, 16)),
    ("den 3 mars 2021", dt.date(2021, 3, 3), (3, 3)),
    ("13 de agosto de 2026", dt.date(2026, 8, 13), (8, 13)),
    ("14 Gennaio 20)", dt.date(2020, 1, 14), (1, 14)),
    ("Aug. 29", None, (8, 29)),
    ("5 January", None, (1, 5)),
]


@pytest.mark.parametrize(("text", "expected", "month_day"), EXAMPLES_DATE_READINGS)
def test_dates_read_month_first_and_day_first(
    text: str, expected: dt.date | None, month_day: tuple[int, int]
) -> None:
    found = match_date(text)
    assert found is not None
    assert (found.date, found.month_day) == (expected, month_day)


# Wire markers as datelines write them: brackets, slashes, partners, agencies.
EXAMPLES_WIRE_MARKERS = [
    "/PRNewswire/ -- Acme", "(PRNewswire-PRWeb) -", "/PRNewswire-AsiaNet/ --", "(BUSINESS WIRE)--",
    "/ GLOBE NEWSWIRE / --", "(Newsfile Corp. - March 1, 2024) -", "(Marketwired - May 2)",
    "/CNW Telbec/ -", "(ots) - Die", "(OTS) -", "(dpa-AFX) -", "/美通社/ --", "(NewMediaWire) -",
    "Media OutReach Newswire - 8 June", "(Reuters) -", "/ANI/ --", "no marker here",
]


@pytest.mark.parametrize("text", EXAMPLES_WIRE_MARKERS)
def test_wire_markers_grouped_by_shape_match_as_tried_one_by_one(text: str) -> None:
    tried = (
        (found.end(), number)
        for number, marker in _dateline._wire_markers
        if (found := re.match(marker, text, re.IGNORECASE)) is not None
    )
    wire = _dateline._WIRE_RE.match(text)
    assert (None if wire is None else (wire.end(), int(str(wire.lastgroup)[1:]))) == next(
        tried, None
    )


_NOT_PLACE_WORD = re.compile(f"(?i:{_dateline._NOT_PLACE_WORD})")
"""The one lookahead a place's word was once read behind: every month and weekday name."""

# Words a place may start with, and dates that open as one does.
EXAMPLES_DATE_WORDS = [
    "June 11", "Jun.5", "JUNE 2024", "Tue 13 October", "Tue., 13 October", "Tuesday, Dec 9",
    "Tuesday December", "Sunmar", "MonJan", "Montag, 5. Mai", "Mardi 3", "Marseille",
    "Maine", "The company", "Torstai 3", "Décembre 5", "Sept. 30", "September", "Kelvin 5",
    "Sunday", "Day 5", "Xyz 5", "Środa 4", "Ü 3", "İst 4",
]


@pytest.mark.parametrize("text", EXAMPLES_DATE_WORDS)
def test_date_words_are_told_by_the_names_of_their_first_letter(text: str) -> None:
    assert _dateline._is_date_word(text, 0) is (_NOT_PLACE_WORD.match(text) is not None)


# Headlines with a number further on: a date follows no place in them.
EXAMPLES_UNDATED_PLACES = [
    "International Church Celebrates 40 Years of Faith and Global Outreach",
    "GO Markets triumphs at World Business Outlook Awards 2024",
    "Top 6 Reasons Business Leaders Might Have a Legal Malpractice Case",
]


@pytest.mark.parametrize("text", EXAMPLES_UNDATED_PLACES)
def test_a_place_that_no_date_follows_is_no_dateline(text: str) -> None:
    end = _dateline._place_end(text, 0)
    assert end is not None
    assert _dateline._following(text, _dateline._skip_gap(text, end), dated=True) is False
    assert _dateline.find_dateline(text) is None
