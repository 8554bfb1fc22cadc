"""Dates as press releases write them: fast compiled patterns, `dateparser` after.

`parse_date` turns a date string into a `datetime.date`; `parse_month_day`
reads a year-less date (`July 22`); `find_release_date` reads a header or
footer line that states the release date (`For Immediate Release: Nov. 22,
2024`). `match_date` is the building block the dateline extractor uses: a
date at a given offset, with where it ends.

The fast path covers the shapes wires print (`Jan. 5, 2024`, `5 January
2024`, `11. März 2015`, `13 de agosto de 2026`, `le 16 octobre 2025`,
`3 marca 2021 r.`, `2021年3月3日`, `2024-01-05`, `05.01.2024`) with the
month tables of `_data.months`. What it cannot read goes to `dateparser`,
imported on first use, only ever on a short candidate span (never a whole
paragraph), with settings that depend neither on today's date nor on the
machine's time zone, and an explicit list of languages.
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib
import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any, NamedTuple, cast

from ._data.months import (
    DAY_ARTICLES,
    FALLBACK_LANGUAGES,
    MONTH_PARTICLES,
    MONTHS,
    RELEASE_DATE_LABELS,
    WEEKDAYS,
    YEAR_PARTICLES,
    YEAR_SUFFIXES,
)
from ._data.wires import WIRES, collect
from ._literals import prefix_tree

__all__ = [
    "DateMatch", "find_release_date", "match_date", "match_date_before_digit",
    "may_hold_full_date", "parse_date", "parse_month_day",
]

DEFAULT_LANGUAGES: tuple[str, ...] = FALLBACK_LANGUAGES
"""Languages `dateparser` tries when the caller names none."""

_DATEPARSER_SETTINGS: dict[str, Any] = {
    "RELATIVE_BASE": dt.datetime(2000, 1, 1),  # never today's date
    "PREFER_DATES_FROM": "past",
    "PREFER_DAY_OF_MONTH": "first",  # unused with REQUIRE_PARTS; pinned all the same
    "TIMEZONE": "UTC",  # never the machine's zone
    "RETURN_AS_TIMEZONE_AWARE": False,
    "REQUIRE_PARTS": ["day", "month", "year"],  # a release date is a full date
    "STRICT_PARSING": True,
    "PARSERS": ["absolute-time"],  # no "yesterday", no timestamps
}
_DATEPARSER_MAX_CHARS = 48
"""Longer spans are not a date; spare dateparser the work."""


class DateMatch(NamedTuple):
    """A date found at an offset of a string."""

    start: int
    end: int
    """Offset just past the date (and past a weekday, ordinal or time it carried)."""
    date: dt.date | None
    """The date, None when it has no year (or is no real day)."""
    month_day: tuple[int, int] | None
    """(month, day) as written, also when the year is missing."""


def _alternation(names: Sequence[str]) -> str:
    """A regex alternation of names, longest first so `Sept` beats `Sep`."""
    return "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))


_ALL_MONTHS: dict[str, int] = {k: v for table in MONTHS.values() for k, v in table.items()}
# Month and weekday names as prefix trees (hundreds of names, tried at every position a
# date may start): the guard after them takes the whole word, so the same name matches.
_MONTH = rf"(?P<month>{prefix_tree(_ALL_MONTHS)})(?![^\W\d_])\.?"
_WEEKDAY = (
    rf"(?:(?:{prefix_tree(w for ws in WEEKDAYS.values() for w in ws)})(?![^\W\d_])\.?,?\s+)"
)
_DAY = r"(?P<day>[0-3]?\d)(?!\d)"
_DAY2 = r"(?P<day2>[0-3]?\d)(?!\d)"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)(?!\d)"
_YEAR2 = r"(?P<year2>(?:1[89]|20)\d\d)(?!\d)"
_DAY_ARTICLE = rf"(?:(?:{_alternation(DAY_ARTICLES)})\s+)"
_MONTH_PARTICLE = rf"(?:(?:{_alternation(MONTH_PARTICLES)})\s+)"
_YEAR_PARTICLE = rf"(?:(?:{_alternation(YEAR_PARTICLES)})\s+)"
_YEAR_SUFFIX = rf"(?:\s*(?:{_alternation(YEAR_SUFFIXES)})(?![^\W\d_]))"
_TIME = r"""(?:\s*(?:@|at|,)?\s*[0-2]?\d[:h][0-5]\d(?:\s*[AaPp]\.?[Mm]\.?)?
              (?:\s+(?:[A-Z][A-Za-z]+/[A-Za-z_]+|[A-Z]{2,5}\b
              |(?:Eastern|Central|Pacific|Mountain|Atlantic)(?:\s+(?:Standard|Daylight))?(?:\s+Time)?)
              )?)"""

_DATE_RE = re.compile(
    rf"""
    [\[(]?\s*{_WEEKDAY}?                           # `[`, `(`, `Tue `, `Wednesday, `
    (?:
        (?:{_DAY_ARTICLE}?                          # `le 16 octobre`, `am 5. Januar`, `den 3 mars`
          {_DAY2}(?:\.|st|nd|rd|th|er|º|°)?\s*      # `5`, `11.`, `12th`, `1er`
          {_MONTH_PARTICLE}?                        # `de agosto`, `of January`
        )??                                         # (lazy: a month first is tried first)
        {_MONTH}                                    # the month names once (compiled faster)
        (?(day2),?                                  # after a day (`5 März`):
          (?:\s*{_YEAR_PARTICLE}?{_YEAR2}{_YEAR_SUFFIX}?  # `de 2026`, `2015`, `2021 r.`
            | \s+(?P<short_y>\d\d)(?=\s*[)\]]|\s*$))?  # `14 Gennaio 20)`: a short year, last
        | \s*{_DAY}(?:st|nd|rd|th)?                 # before a day: `Jan. 5`, `Aug 29`, `July 22nd`
          (?:\s*,?\s*{_YEAR})?                      # `, 2024` (optional: `July 22`)
        )
      | (?P<cjk_y>(?:1[89]|20)\d\d)\s*[年년]\s*        # Japanese, Chinese, Korean:
        (?P<cjk_m>[01]?\d)\s*[月월]\s*(?P<cjk_d>[0-3]?\d)\s*[日일]  # `2021年3月3日`
      | (?P<iso_y>(?:1[89]|20)\d\d)-(?P<iso_m>[01]?\d)-(?P<iso_d>[0-3]?\d)(?!\d)  # 2024-01-05
      | (?P<dot_d>[0-3]?\d)\.(?P<dot_m>[01]?\d)\.(?P<dot_y>(?:1[89]|20)\d\d)(?!\d)  # 05.01.2024
    )
    {_TIME}?                                        # `15:19`, `@ 10:22 AM America/Dawson_Creek`
    (?:\s*[\])])?                                   # closing bracket of `[November 7, 2024]`
    """,
    re.IGNORECASE | re.VERBOSE,
)


def _month_number(name: str | None, languages: Sequence[str] | None) -> int | None:
    """The month a name stands for in one of the languages, or None."""
    if name is None:
        return None
    key = name.lower().rstrip(".")
    if languages is None:
        return _ALL_MONTHS.get(key)
    for lang in languages:
        number = MONTHS.get(lang, {}).get(key)
        if number is not None:
            return number
    return None


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    """`datetime.date(year, month, day)`, None when there is no such day."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# A two-digit year written after a day and a month name is this century's.
_SHORT_YEAR_CENTURY = 2000


def _parts(m: re.Match[str], languages: Sequence[str] | None) -> tuple[int | None, int, int] | None:
    """(year or None, month, day) of a `_DATE_RE` match, None if the month is unknown."""
    if m["iso_y"]:
        return int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"])
    if m["dot_y"]:
        return int(m["dot_y"]), int(m["dot_m"]), int(m["dot_d"])
    if m["cjk_y"]:
        return int(m["cjk_y"]), int(m["cjk_m"]), int(m["cjk_d"])
    month = _month_number(m["month"], languages)
    if m["day2"] is None:
        day, year = m["day"], m["year"]
    else:  # the day before the month
        day, year = m["day2"], m["year2"]
        if m["short_y"]:
            year = str(_SHORT_YEAR_CENTURY + int(m["short_y"]))
    if month is None:
        return None
    return (int(year) if year else None), month, int(day)


def _is_bare_foreign_abbreviation(name: str | None) -> bool:
    """True for a dot-less non-English month abbreviation (`out`, `set`, `ago`).

    Such words are common in English text, so they count as a month only
    in a date with a year.
    """
    if name is None or name.endswith(".") or len(name) > 3:
        return False
    return name.lower() not in MONTHS["en"]


_DIGIT = re.compile(r"\d")
_ASCII_WORD = re.compile(r"[A-Za-z]+")
_DATE_WORDS = frozenset(
    name.lower()
    for name in (*_ALL_MONTHS, *(w for ws in WEEKDAYS.values() for w in ws), *DAY_ARTICLES)
    if name.isascii()
)
"""The month, weekday and day-article names `_DATE_RE` opens with a word of, spelt in ASCII,
in lower case (no letter of the others matches an ASCII one ignoring case)."""


def _may_open_date(text: str, pos: int) -> bool:
    """False where `_DATE_RE` cannot match at `pos`: an ASCII letter opens a word there (no
    bracket, space or digit, with which its other shapes open) that is no name of a month,
    weekday or day article, each of which ends where a letter does not follow (a day
    article before a space). Most words a date is looked for at are told so by a set, where
    the pattern tries its hundreds of names ignoring case.

    A word that goes on past ASCII (`Ağustos`) or with a hyphen (`terça-feira`) is left to
    the pattern. Where no word stands, only a bracket, a space, a digit or a letter (past
    ASCII) opens one of its shapes: a dash or a colon a dateline reader asks at does not.
    """
    word = _ASCII_WORD.match(text, pos)
    if word is None:
        head = text[pos : pos + 1]
        return head.isalnum() or head.isspace() or head == "[" or head == "("
    after = text[word.end() : word.end() + 1]
    if after == "-" or not after.isascii():
        return True
    return word.group().lower() in _DATE_WORDS


def match_date(
    text: str, pos: int = 0, *, languages: Sequence[str] | None = None, fallback: bool = False
) -> DateMatch | None:
    """The date starting at `text[pos]` (after spaces), or None.

    Recognizes the fast-path shapes; a year-less date (`July 22`) is a
    match with `date=None` and its `month_day` set. With `fallback`, a
    short span the fast path cannot read (up to the next dash, slash or
    bracket: `3. maaliskuuta 2021`) is handed to `dateparser`.
    """
    if _DIGIT.search(text, pos) is None:
        return None  # every date has a digit (a day or a year), the fallback's too
    return match_date_before_digit(text, pos, languages=languages, fallback=fallback)


def match_date_before_digit(
    text: str, pos: int = 0, *, languages: Sequence[str] | None = None, fallback: bool = False
) -> DateMatch | None:
    """`match_date`, without its scan for a digit first: the same answer anywhere (every
    shape the pattern reads holds a digit, and the fallback's span a year). For a caller that
    knows a digit stands at or after `pos`, or whose positions the word gate
    (`_may_open_date`) mostly turns away, as the dateline reader's: a paragraph may hold no
    digit for hundreds of characters, which the scan would read each time."""
    m = _DATE_RE.match(text, pos) if _may_open_date(text, pos) else None
    if m is None:
        return _match_with_dateparser(text, pos, languages) if fallback else None
    parts = _parts(m, languages)
    if parts is None:
        return None
    year, month, day = parts
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    if year is None and _is_bare_foreign_abbreviation(m["month"]):
        return None  # `5 out of 10`, `set 5 records`: words, not dates
    date = _safe_date(year, month, day) if year is not None else None
    if year is not None and date is None:
        return None
    return DateMatch(m.start(), m.end(), date, (month, day))


_SPAN_END_RE = re.compile(r"\s*(?:[/|()\[\]–—―\n]|-{2}|\s-(?!\w)|(?<!\w)-\s|:\s|$)")
"""Where a candidate date span ends: the separator a dateline puts after its date."""
_FALLBACK_SHAPE_RE = re.compile(
    r"""
    (?=.*(?<!\d)(?:1[89]|20)\d\d(?!\d))      # a year...
    (?=.*(?<!\d)[0-3]?\d(?!\d)(?!\s*[:h]\d))  # ...a day (not an hour)...
    (?=.*[^\W\d_]{2})                          # ...and a month's name, in any script
    (?!.*\d\s*[-–]\s*\d)                       # a range (`November 27-30`) is no one date
    """,
    re.VERBOSE | re.DOTALL,
)
_MAX_SPAN_WORDS = 6
_YEAR_DIGITS_RE = re.compile(r"(?:1[89]|20)\d\d")


def _candidate_span(text: str, pos: int) -> tuple[int, int] | None:
    """Start and end of the short span at `pos` that may hold a date, or None."""
    while pos < len(text) and text[pos].isspace():
        pos += 1
    window = text[pos : pos + _DATEPARSER_MAX_CHARS + 1]
    if _YEAR_DIGITS_RE.search(window) is None:
        return None  # the span is a part of the window, and holds a year (`_FALLBACK_SHAPE_RE`)
    end_match = _SPAN_END_RE.search(window)
    span = window[: end_match.start() if end_match else len(window)].rstrip(" ,;")
    if (
        not span
        or len(span) > _DATEPARSER_MAX_CHARS
        or len(span.split()) > _MAX_SPAN_WORDS
        or not _FALLBACK_SHAPE_RE.match(span)
        or _names_a_known_month(span)
    ):
        return None
    return pos, pos + len(span)


_SPAN_WORD_RE = re.compile(r"[^\W\d_]+")


def _names_a_known_month(span: str) -> bool:
    """True when a month of the tables stands in `span`.

    The fast path reads every shape releases write such a month in; one it
    refused (`2010 December 26,`) is a table's column header, not a date
    line. The fallback is for months the tables do not know.
    """
    return any(word.lower() in _ALL_MONTHS for word in _SPAN_WORD_RE.findall(span))


def _match_with_dateparser(
    text: str, pos: int, languages: Sequence[str] | None
) -> DateMatch | None:
    """A full date `dateparser` reads in the candidate span at `pos`, or None."""
    bounds = _candidate_span(text, pos)
    if bounds is None:
        return None
    start, end = bounds
    date = _parse_with_dateparser(text[start:end], languages or DEFAULT_LANGUAGES)
    if date is None:
        return None
    return DateMatch(start, end, date, (date.month, date.day))


@lru_cache(maxsize=1)
def _dateparser_parse() -> Callable[..., dt.datetime | None]:
    """`dateparser.parse`, imported on first use (the import is slow)."""
    return cast("Callable[..., dt.datetime | None]", importlib.import_module("dateparser").parse)


def _parse_with_dateparser(text: str, languages: Sequence[str]) -> dt.date | None:
    """The fallback: dateparser with pinned settings, or None."""
    if len(text) > _DATEPARSER_MAX_CHARS or not any(c.isdigit() for c in text):
        return None
    return _dateparser_date(text, tuple(languages))


@lru_cache(maxsize=1024)
def _dateparser_date(text: str, languages: tuple[str, ...]) -> dt.date | None:
    """dateparser's date of `text`, once per text: its settings pin every input besides the
    text and the languages (no today, no machine zone), and a release asks the same line
    again (a table header in the text and its HTML, a header line read by several stages).
    Its size makes it a memo `benchmarks/bench.py` clears before each timed parse."""
    parsed = _dateparser_parse()(text, languages=list(languages), settings=_DATEPARSER_SETTINGS)
    return parsed.date() if isinstance(parsed, dt.datetime) else None


def parse_date(text: str, *, languages: Sequence[str] | None = None) -> dt.date | None:
    """The date a short string states (`Jan. 5, 2024`, `11. März 2015`), or None.

    Tries the compiled patterns first and `dateparser` only for what they
    miss. The result never depends on today's date or the machine's time
    zone; a date without a year gives None (see `parse_month_day`).
    """
    text = text.strip()
    if not text:
        return None
    found = match_date(text, 0, languages=languages)
    if found is not None:
        return found.date
    return _parse_with_dateparser(text, languages or DEFAULT_LANGUAGES)  # the string is the span


def parse_month_day(text: str) -> tuple[int, int] | None:
    """(month, day) of a date written with or without a year (`July 22`, `Feb. 1`)."""
    found = match_date(text.strip(), 0)
    return found.month_day if found is not None else None


_WIRE_CREDIT = "|".join(
    re.escape(name).replace(r"\ ", r"\s+") for wire in WIRES for name in (wire.name, *wire.aliases)
)


@functools.cache
def _release_label_re() -> re.Pattern[str]:
    """A label before a release date, or a portal's credit of the wire (compiled on first
    use)."""
    return re.compile(
        rf"""
    ^[\s*_#>|]*                                    # markdown leftovers
    (?:
        {"|".join(label for labels in RELEASE_DATE_LABELS.values() for label in labels)}
      | (?:by:?\s+)?(?-i:{_WIRE_CREDIT})            # a portal credits the wire: `By: Business Wire`
    )
    [\s*_]*[:\-–—|,/]*[\s*_]*                      # `: `, ` -- `, ` | `
    """,
        re.IGNORECASE | re.VERBOSE,
    )


_DATE_SEARCH_RE = re.compile(
    r"(?<![\w])(?=[\[(]?\s*(?:\d|[^\W\d_]{3,}))"  # where a date may begin
)
_LEFTOVER_RE = re.compile(r"[\W_]+")
_MAX_LEFTOVER_CHARS = 3
"""Letters or digits a release-date line may hold besides its label and date."""
_MAX_AFTER_LABELLED_DATE = 60
"""Characters a line may hold after a date that directly follows a release-date label."""


_YEAR_ANYWHERE_RE = re.compile(r"(?:1[89]|20)\d\d(?!\d)|(?<!\d)\d\d\s*[)\]]?\s*$")
"""A year as every dated shape writes it (`_YEAR`, the ISO, dotted and CJK years, the
fallback's span, a short year last in its line): a text without one holds no full date,
and is not scanned for one."""


def _first_date(text: str) -> DateMatch | None:
    """The first fast-path date with a year in `text`."""
    if _YEAR_ANYWHERE_RE.search(text) is None:
        return None
    for start in _DATE_SEARCH_RE.finditer(text):
        found = match_date(text, start.start())
        if found is not None and found.date is not None:
            return found
    return None


_FOOTER_DATE_RES = tuple(re.compile(pattern) for pattern in collect("footer_dates"))
"""The footer lines wires stamp the release date on (`-0- 07/22/2004`), from `_data.wires`."""


def _footer_date(text: str) -> re.Match[str] | None:
    """The match of a wire's footer-date line opening `text`, or None."""
    for pattern in _FOOTER_DATE_RES:
        found = pattern.match(text)
        if found is not None:
            return found
    return None


def find_release_date(text: str) -> dt.date | None:
    """The release date a header or footer line states, or None.

    The line must be mostly a date (`Tue 13 October 2015`, `December 31,
    2020`), possibly behind a release-date label (`For Immediate Release:
    November 22, 2024`, `Published: 2024-01-05`). Ordinary sentences that
    merely mention a date give None.
    """
    text = text.strip()
    if not text or len(text) > 160:
        return None
    footer = _footer_date(text)
    if footer is not None:
        return _safe_date(int(footer["year"]), int(footer["month"]), int(footer["day"]))
    if _YEAR_ANYWHERE_RE.search(text) is None:
        return None
    label = _release_label_re().match(text)
    rest = text[label.end() :] if label else text
    found = _first_date(rest) or _match_with_dateparser(rest, 0, None)
    if found is None:
        return None
    before, after = rest[: found.start], rest[found.end :]
    if label and not _LEFTOVER_RE.sub("", before) and len(after) <= _MAX_AFTER_LABELLED_DATE:
        return found.date  # `For Immediate Release: November 22, 2024| web: www.buckle.com`
    if len(_LEFTOVER_RE.sub("", before + after)) > _MAX_LEFTOVER_CHARS:
        return None
    return found.date


_FULL_DATE_YEAR = re.compile(r"(?:1[89]|20)\d\d(?!\d)|\d\d(?=\s*[)\]]|\s*$)")
"""The year every full date `match_date` reads has: four digits (in each shape, and in the
fallback's span), or a short year last in the text or before a closing bracket."""


def may_hold_full_date(text: str) -> bool:
    """False when no full date `match_date` reads (fast path or fallback) can start in `text`."""
    return _FULL_DATE_YEAR.search(text) is not None


def contains_date(text: str) -> bool:
    """Whether a full date (with a year) stands somewhere in `text` (fast path only)."""
    return _first_date(text) is not None


def first_date(text: str) -> dt.date | None:
    """The first full date (with a year) in `text` (fast path only), or None."""
    found = _first_date(text)
    return found.date if found is not None else None


_ISO_DATE_AT_START = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})")


def iso_date(value: object, *, anywhere: bool = False) -> dt.date | None:
    """The date of an ISO `YYYY-MM-DD...` value (a page's or a front matter's), else None.

    By default the value must open with the date (`2024-01-05T10:00:00Z`);
    `anywhere=True` takes the first such date in it.
    """
    if not isinstance(value, str):
        return None
    match = (_ISO_DATE_AT_START.search if anywhere else _ISO_DATE_AT_START.match)(value)
    if match is None:
        return None
    try:
        return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None
