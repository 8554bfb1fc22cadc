"""Datelines through the whole pipeline: short releases written the way wires and issuers
write them, and the dateline, date and first body paragraph `prparse.parse` gives them."""

from __future__ import annotations

import datetime as dt

import pytest

import prparse

D = dt.date

_HEADLINE = "Acme eröffnet ein neues Werk und schafft zweihundert Arbeitsplätze"
_BODY = (
    "Die Acme GmbH hat heute ihr neues Werk eröffnet. Das Werk beschäftigt 200 Mitarbeiter "
    "und produziert Windkraftanlagen für den europäischen Markt."
)

# (convention, dateline as the release writes it, on a line of its own?, city, date, wire)
EXAMPLES = [
    ("place-and-date line", "Hamburg, 2. November 2021", True, "Hamburg", D(2021, 11, 2), None),
    (
        "place-and-date line, place in no table",
        "Pescasseroli, 14 gennaio 2020",
        True,
        "Pescasseroli",
        D(2020, 1, 14),
        None,
    ),
    ("agency after the city", "BERLIN (dpa) -", False, "Berlin", None, "dpa"),
    ("idw after a city in no table", "Jena (idw) -", False, "Jena", None, "idw"),
    (
        "French dateline with narrow no-break spaces",
        "PARIS, le\u202f3\u202fmars\u202f2021\u202f–",
        False,
        "Paris",
        D(2021, 3, 3),
        None,
    ),
    (
        "Finnish date, read by dateparser",
        "HELSINKI, 3. maaliskuuta 2021 –",
        False,
        "Helsinki",
        D(2021, 3, 3),
        None,
    ),
    (
        "Japanese edition",
        "東京, 2021年3月3日 /PRNewswire/ --",
        False,
        "東京",
        D(2021, 3, 3),
        "PR Newswire",
    ),
]


@pytest.mark.parametrize(("source", "dateline", "own_line", "city", "date", "wire"), EXAMPLES)
def test_dateline_through_the_pipeline(
    source: str, dateline: str, own_line: bool, city: str, date: dt.date | None, wire: str | None
) -> None:
    joint = "\n\n" if own_line else " "
    release = prparse.parse(f"{_HEADLINE}\n\n{dateline}{joint}{_BODY}\n")
    assert release.dateline is not None, source
    assert release.dateline.city == city, source
    assert release.dateline.date == date, source
    assert release.dateline.wire == wire, source
    assert release.body[0] == _BODY, source
