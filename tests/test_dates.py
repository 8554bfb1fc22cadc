"""Table tests for `prparse._dates`: real date strings, named by where they came from."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from _pathological import HANG_SECONDS, hang_guard

import prparse
from prparse._data.months import MONTHS
from prparse._dates import find_release_date, match_date, parse_date, parse_month_day

D = dt.date

EXAMPLES_PARSE_DATE = [
    ("bw-nissan-sentra-cup", "Aug 29, 2024", D(2024, 8, 29)),
    ("edgar-apple-next-1996", "Dec. 20, 1996", D(1996, 12, 20)),
    ("prn-aguia-de-ouro-carnival", "Feb. 1, 2017", D(2017, 2, 1)),
    ("bw-celgene-revlimid-alvogen", "March 29, 2019", D(2019, 3, 29)),
    ("gnw-aiera-cfo", "April 07, 2026", D(2026, 4, 7)),
    ("mo-bora-macrogenics", "2 July 2026", D(2026, 7, 2)),
    ("direct-asf-oath-2018", "31 May 2018", D(2018, 5, 31)),
    ("trendkraft-windream-6", "11. März 2015", D(2015, 3, 11)),
    ("direct-pagopa-edistribuzione-it", "4 aprile 2023", D(2023, 4, 4)),
    ("brief: Spanish PR Newswire", "13 de agosto de 2026", D(2026, 8, 13)),
    ("brief: French CNW", "le 16 octobre 2025", D(2025, 10, 16)),
    ("brief: release date line", "Tue 13 October 2015", D(2015, 10, 13)),
    ("brief: AP style", "Sept. 3, 2020", D(2020, 9, 3)),
    ("brief: AP style", "Jan. 5, 2024", D(2024, 1, 5)),
    ("brief: ISO", "2024-01-05", D(2024, 1, 5)),
    ("brief: German numeric", "05.01.2024", D(2024, 1, 5)),
    ("brief: German", "5. Januar 2024", D(2024, 1, 5)),
    ("reportable bulk: ordinal", "March 2nd, 2026", D(2026, 3, 2)),
    ("newsworthy bulk", "Wednesday Nov 22, 2023 @ 10:22 AM America/Dawson_Creek", D(2023, 11, 22)),
    ("Portuguese", "5 de janeiro de 2024", D(2024, 1, 5)),
    ("Dutch", "5 januari 2024", D(2024, 1, 5)),
    ("French first of month", "1er janvier 2020", D(2020, 1, 1)),
    ("upper case", "JANUARY 5, 2024", D(2024, 1, 5)),
    ("dateparser fallback", "Monday, the 5th of January, 2024", D(2024, 1, 5)),
    ("no year", "July 22", None),
    ("not a day", "31 de fevereiro de 2020", None),
    ("relative dates are refused", "yesterday", None),
    ("empty", "", None),
    ("not a date", "Acme Corp. today announced", None),
]


# One date, 3 March 2021, as releases in other languages write it. `fast`
# says whether the month tables read it or `dateparser` has to.
EXAMPLES_LANGUAGES = [
    ("French dateline", "le 3 mars 2021", True),
    ("French dateline with narrow no-break spaces", "le\u202f3\u202fmars\u202f2021", True),
    ("German", "3. März 2021", True),
    ("Spanish", "3 de marzo de 2021", True),
    ("Italian", "3 marzo 2021", True),
    ("Italian with its article", "il 3 marzo 2021", True),
    ("Spanish with `del`", "el 3 de marzo del 2021", True),
    ("Portuguese", "3 de março de 2021", True),
    ("Dutch", "3 maart 2021", True),
    ("Swedish", "den 3 mars 2021", True),
    ("Danish", "3. marts 2021", True),
    ("Norwegian", "3. mars 2021", True),
    ("Polish, genitive month and year mark", "3 marca 2021 r.", True),
    ("Czech, genitive month", "3. března 2021", True),
    ("Russian, genitive month and year mark", "3 марта 2021 г.", True),
    ("Japanese", "2021年3月3日", True),
    ("Korean", "2021년 3월 3일", True),
    ("Finnish, partitive month", "3. maaliskuuta 2021", False),
    ("Hungarian, year first", "2021. március 3.", False),
    ("Turkish", "3 Mart 2021", False),
    ("Romanian", "3 martie 2021", False),
    ("Greek, genitive month", "3 Μαρτίου 2021", False),
]


@pytest.mark.parametrize(("source", "text", "fast"), EXAMPLES_LANGUAGES)
def test_dates_in_other_languages(source: str, text: str, fast: bool) -> None:
    assert parse_date(text) == D(2021, 3, 3), source
    found = match_date(text)
    assert (found is not None and found.date == D(2021, 3, 3)) is fast, source
    fallback = match_date(f"{text} – La société", fallback=True)
    assert fallback is not None and fallback.date == D(2021, 3, 3), source


def test_month_tables_agree_across_languages() -> None:
    seen: dict[str, int] = {}
    for table in MONTHS.values():
        for name, number in table.items():
            assert seen.setdefault(name, number) == number, name


EXAMPLES_FALLBACK_REFUSED = [
    ("a year, no day", "founded in 2021 – the company"),
    ("a quarter", "Q3 2021 Results – Acme"),
    ("relative date", "yesterday – Acme"),
    ("a long sentence", "3 of the 10 largest banks in the world in 2021 chose Acme"),
    ("time, no day", "10:30 CET 2021 – Acme"),
]


@pytest.mark.parametrize(("source", "text"), EXAMPLES_FALLBACK_REFUSED)
def test_fallback_refuses_what_is_not_a_full_date(source: str, text: str) -> None:
    assert match_date(text, fallback=True) is None, source


def test_fallback_reads_only_the_span_before_the_separator() -> None:
    text = "3. maaliskuuta 2021 – Yhtiö julkisti 4. huhtikuuta 2022 tuloksensa"
    found = match_date(text, fallback=True)
    assert found is not None
    assert text[found.start : found.end] == "3. maaliskuuta 2021"


@pytest.mark.parametrize(("source", "text", "expected"), EXAMPLES_PARSE_DATE)
def test_parse_date(source: str, text: str, expected: dt.date | None) -> None:
    assert parse_date(text) == expected, source


def test_parse_date_languages_restrict_month_names() -> None:
    assert parse_date("4 aprile 2023", languages=["it"]) == D(2023, 4, 4)
    assert parse_date("4 aprile 2023", languages=["en"]) is None


EXAMPLES_MONTH_DAY = [
    ("edgar-sears-q2-2004", "July 22", (7, 22)),
    ("brief", "Feb. 1", (2, 1)),
    ("evertiseaipr bulk", "12th December", (12, 12)),
    ("with year", "Aug. 11, 2022", (8, 11)),
    ("not a date", "Acme", None),
    ("English words, not Portuguese months", "5 out of 10", None),
    ("English word, not an Italian month", "set 5 records", None),
    ("foreign abbreviation with a year", "5 out 2024", (10, 5)),
]


@pytest.mark.parametrize(("source", "text", "expected"), EXAMPLES_MONTH_DAY)
def test_parse_month_day(source: str, text: str, expected: tuple[int, int] | None) -> None:
    assert parse_month_day(text) == expected, source


def test_match_date_reports_offsets() -> None:
    text = "SUMMIT, N.J.--(BUSINESS WIRE)--March 29, 2019--"
    found = match_date(text, 31)
    assert found is not None
    assert text[found.start : found.end] == "March 29, 2019"
    assert found.date == D(2019, 3, 29)


EXAMPLES_RELEASE_DATE = [
    ("brief", "For Immediate Release: November 22, 2024", D(2024, 11, 22)),
    ("brief", "FOR IMMEDIATE RELEASE -- Nov 22, 2024", D(2024, 11, 22)),
    ("brief", "Tue 13 October 2015", D(2015, 10, 13)),
    ("brief", "Published: 2024-01-05", D(2024, 1, 5)),
    ("direct-utexas-desalination", "December 31, 2020", D(2020, 12, 31)),
    ("Release Date label", "Release Date: January 5, 2024", D(2024, 1, 5)),
    ("date with time", "January 5, 2024 10:00 AM EST", D(2024, 1, 5)),
    ("German label", "Veröffentlicht am 5. Januar 2024", D(2024, 1, 5)),
    ("French label", "Publié le 3 mars 2021", D(2021, 3, 3)),
    ("Italian label", "Pubblicato il 3 marzo 2021", D(2021, 3, 3)),
    ("Dutch label", "Gepubliceerd op 3 maart 2021", D(2021, 3, 3)),
    ("Swedish label", "Publicerad 3 mars 2021", D(2021, 3, 3)),
    ("Polish label and year mark", "Opublikowano 3 marca 2021 r.", D(2021, 3, 3)),
    ("German embargo label", "Sperrfrist: 3. März 2021, 10:00 Uhr", D(2021, 3, 3)),
    ("Finnish date line, read by dateparser", "3. maaliskuuta 2021", D(2021, 3, 3)),
    ("Japanese date line", "2021年3月3日", D(2021, 3, 3)),
    # Negatives: sentences that mention a date are not release-date lines.
    ("sentence", "The company was founded on December 31, 2020 in Texas.", None),
    ("blog byline", "Posted on March 3, 2021 by admin", D(2021, 3, 3)),
    (
        "edgar-buckle-q3-2024",
        "For Immediate Release: November 22, 2024| web: www.buckle.com",
        D(2024, 11, 22),
    ),
    ("bw-ihs-q3-call-syscon-md", "Published Aug. 28, 2015", D(2015, 8, 28)),
    (
        "bw-ihs-q3-call-syscon: a portal credits the wire",
        "By: Business Wire Aug. 28, 2015 08:00 AM",
        D(2015, 8, 28),
    ),
    ("a portal credits the wire", "PR Newswire Tue, Jan 5, 2024, 8:00 AM", D(2024, 1, 5)),
    (
        "a sentence naming a wire",
        "Business Wire is the global leader, founded in Jan 5, 1961",
        None,
    ),
    (
        "sentence after a label word",
        "Released on January 5, 2024, the album sold millions of "
        "copies worldwide and topped the charts in twelve countries.",
        None,
    ),
    ("headline", "Acme Reports Results for Quarter Ended June 30, 2024", None),
    ("no year", "July 22", None),
    ("no date", "FOR IMMEDIATE RELEASE", None),
    ("247PressRelease bulk: an event's date range", "Date: November 27-30, 2024", None),
    ("edgar-apple-q1fy11-md: a table's column header", "2010 December 26,", None),
]


@pytest.mark.parametrize(("source", "text", "expected"), EXAMPLES_RELEASE_DATE)
def test_find_release_date(source: str, text: str, expected: dt.date | None) -> None:
    assert find_release_date(text) == expected, source


def test_pathological_input_does_not_hang() -> None:
    text = ("A, B " * 20000) + "Jan. 5, 2024"
    with hang_guard(HANG_SECONDS):
        parse_date(text)
        find_release_date(text)
        parse_month_day(text)


def test_dateparser_is_imported_only_for_what_the_fast_path_misses() -> None:
    script = (
        "import sys, prparse\n"
        "prparse.parse('NEW YORK, Jan. 5, 2024 /PRNewswire/ -- Acme Corp. announced results.')\n"
        "assert 'dateparser' not in sys.modules, 'imported for an English release'\n"
        "from prparse._dates import parse_date\n"
        "assert str(parse_date('3. maaliskuuta 2021')) == '2021-03-03'\n"
        "assert 'dateparser' in sys.modules\n"
    )
    env = {**os.environ, "PYTHONPATH": str(Path(prparse.__file__).parent.parent)}
    subprocess.run([sys.executable, "-c", script], check=True, env=env)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "( Pescasseroli, 14 Gennaio 20 )", "2020-01-14", id="dev pnalm: a short year, last"
        ),
        pytest.param("14 Gennaio 20", "2020-01-14", id="a short year at the end"),
        pytest.param("March 5 20 people attended", None, id="a number after a date is no year"),
    ],
)
def test_short_year_after_day_and_month(text: str, expected: str | None) -> None:
    from prparse._dates import first_date

    found = first_date(text)
    assert (found.isoformat() if found else None) == expected
