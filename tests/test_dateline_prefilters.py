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
