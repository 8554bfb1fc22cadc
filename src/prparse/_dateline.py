"""The dateline: where a release's first paragraph says place, date and wire.

`find_dateline` reads a paragraph as a short run of tokens (a place, a
date, a wire marker, an agency, another place) joined by separators (`,`,
`--`, `—`, `-`, `/`, `:`, `...`) and accepts the run when it looks like a
dateline: a wire marker; an agency in parentheses after a known city
(`FRANKFURT (Reuters) -`); a place with a date; a line that is only a
place and a full date (`Pescasseroli, 14 gennaio 2020`); or a place strong
enough to stand alone before a dash (`DEDHAM, MA -`). A dateline set in
brackets must close them. The wire markers come from the rows of
`_data.wires`, the places from `_place` (over `_data.places`), the dates from `_dates`
(whose `dateparser` fallback reads only the span after the place). Each
token pattern is anchored and bounded, so no input backtracks badly.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterator
from typing import NamedTuple

from ._data.exchanges import EXCHANGES
from ._data.months import MONTHS, WEEKDAYS
from ._data.places import CONNECTORS
from ._data.wires import WIRES, parenthesized, slashed
from ._dates import DateMatch, match_date_before_digit
from ._literals import prefix_tree
from ._model import Dateline
from ._place import Place, describe_place

__all__ = ["DatelineMatch", "find_dateline", "find_dateline_inside"]

_HEAD_CHARS = 600
"""A dateline starts within this many characters of where it is looked for."""
_MAX_TOKENS = 9
_ANYWHERE_LOOKBACK = 160
"""How far before a wire marker a mid-text dateline may start."""


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class DatelineMatch:
    """A dateline found in a paragraph, with where it lies and how sure we are."""

    dateline: Dateline
    """The parts read from it (`date` None when it states no full date)."""
    start: int
    """Offset of its first character in the paragraph text."""
    end: int
    """Offset just past its separator; `text[start:end] == dateline.raw`."""
    month_day: tuple[int, int] | None
    """(month, day) when the dateline gives a date without a year."""
    score: float
    """Confidence from 0 to 1, for choosing between candidate paragraphs."""


def _opening(marker: str) -> str:
    """A cheap lookahead for where a wire marker can start: its bracket or its first word."""
    if marker.startswith(("[/(]", r"\(", "/")):
        return r"[/(]"
    # Not a letter a quantifier makes optional; nothing for a marker with alternatives.
    word = re.match(r"[A-Za-z0-9]+(?![?*{])", marker)
    return word.group() if word is not None and "|" not in marker else ""


_SHAPES = tuple(shape("\0").split("\0") for shape in (slashed, parenthesized))
"""What `slashed` and `parenthesized` write around a marker's core."""


def _shape_and_core(marker: str) -> tuple[int, str] | None:
    """Which of `_SHAPES` a marker is written in, and its core; None for another marker."""
    for index, (head, tail) in enumerate(_SHAPES):
        if marker.startswith(head) and marker.endswith(tail):
            core = marker[len(head) : len(marker) - len(tail)]
            if head + core + tail == marker and re.compile(core).groups == 0:
                return index, core
    return None


def _alternation(markers: list[tuple[int, str]]) -> str:
    """The markers (each with its row's number) as one alternation, each in a group `w<number>`.

    A run of markers of the same shape is written once around their cores (`[/(]\\s*(?:(?P<w0>
    PRWeb)|(?P<w1>BUSINESS\\s?WIRE))...`): the same matches, tried in the same order (the
    brackets before a core read one way only), the group closed last still the marker's, and
    a pattern half as long to compile.
    """
    parts: list[str] = []
    run: list[str] = []
    shape = None
    for number, marker in markers:
        found = _shape_and_core(marker)
        if run and (found is None or found[0] != shape):
            head, tail = _SHAPES[shape or 0]
            parts.append(head + "|".join(run) + tail)
            run = []
        if found is None:
            parts.append(f"(?P<w{number}>{marker})")
        else:
            shape, core = found
            run.append(f"(?P<w{number}>{core})")
    if run:
        head, tail = _SHAPES[shape or 0]
        parts.append(head + "|".join(run) + tail)
    return "|".join(parts)


_WIRE_NAMES: list[tuple[str, bool]] = []
_wire_markers: list[tuple[int, str]] = []
for _wire in WIRES:
    for _marker in _wire.markers:
        _wire_markers.append((len(_WIRE_NAMES), _marker))
        _WIRE_NAMES.append((_wire.name, _wire.anywhere))
_WIRE_RE = re.compile(
    # Tried at every token: the lookahead fails fast where no marker's bracket or first word
    # stands, as most tokens do.
    f"(?=(?:{'|'.join(sorted({_opening(m) for w in WIRES for m in w.markers}))}))(?:"
    + _alternation(_wire_markers)
    + ")",
    re.IGNORECASE,
)
_strong = [m for w in WIRES if w.anywhere for m in w.markers]
_FOLLOWER_RE = re.compile(
    rf"(?i:{'|'.join(sorted({_opening(m) for w in WIRES for m in w.markers}))})"  # a wire
    r"|[\[(/.…—–―:|-]"  # an agency's or a date's bracket, a separator
)
"""What a token after a place starts with, a date aside: a wire's opening, a bracket, a
separator's first character."""
_DIGIT = re.compile(r"\d")


def _following(text: str, pos: int, *, dated: bool = True) -> _Token | bool:
    """Whether a token may follow a place that ends at `pos`: True where one `_FOLLOWER_RE`
    opens (a wire, an agency, a separator: every token but a date opens so), else the date
    token that reads there, as the token after the place reads it (with the fallback), or
    False (`dated` False says no digit, which every date has, stands in the run's text). A
    place that none follows is no dateline: most paragraphs open with capitalized words
    (`The company`), and are told apart here before their place is read, as are headlines
    with a number further on.

    The date is read without a scan for a digit first (`match_date_before_digit`): the word
    after most such places is told no date's by its first letters, and its fallback's span
    by a search of a few dozen characters, where the scan would read the whole text."""
    if _FOLLOWER_RE.match(text, pos) is not None:
        return True
    date = match_date_before_digit(text, pos, fallback=True) if dated else None
    return False if date is None else _Token("date", pos, date.end, date)


@functools.cache
def _strong_wire_re() -> re.Pattern[str]:
    """The markers of the wires that may stand anywhere, searched in a long text (compiled
    on first use: only a text without a dateline at its head needs them)."""
    return re.compile(
        # The lookahead lets a long text be scanned fast: only where a strong
        # marker's bracket or first word stands may one start.
        f"(?=(?:{'|'.join(sorted({_opening(m) for m in _strong}))}))(?:"
        + _alternation([(n, m) for n, m in _wire_markers if _WIRE_NAMES[n][1]])
        + ")",
        re.IGNORECASE,
    )


def _start_branches(opening: str) -> list[str] | None:
    """Patterns for where a marker of this opening (`_opening`, matched ignoring case) may
    start, each a plain first character (which `re` scans a text for fast) and the rest of
    the opening ahead; None when its first character is not plain: no opening, or a letter
    that `re.IGNORECASE` also matches with a non-ASCII one (`i`, `k`, `s`)."""
    if opening == r"[/(]":
        return ["/", r"\("]
    first, rest = opening[:1], opening[1:]
    if not (first.isascii() and first.isalnum()) or first.lower() in "iks":
        return None
    ahead = f"(?=(?i:{rest}))" if rest else ""
    return [f"{case}{ahead}" for case in dict.fromkeys((first.upper(), first.lower()))]


@functools.cache
def _strong_starts() -> re.Pattern[str] | None:
    """Where a strong wire's marker may start, found by a scan for its first characters (the
    markers' own pattern, ignoring case, is tried position by position); None when some
    marker's start is not plain."""
    branches: list[str] = []
    for opening in sorted({_opening(m) for m in _strong}):
        found = _start_branches(opening)
        if found is None:
            return None
        branches += found
    return re.compile("|".join(branches))


def _strong_markers(text: str) -> Iterator[re.Match[str]]:
    """The strong wires' markers in `text`, as `finditer` finds them, each tried only where
    one may start."""
    markers, starts = _strong_wire_re(), _strong_starts()
    if starts is None:
        yield from markers.finditer(text)
        return
    pos = 0
    while (start := starts.search(text, pos)) is not None:
        found = markers.match(text, start.start())
        if found is None:
            pos = start.start() + 1
            continue
        yield found
        pos = found.end()  # a marker is never empty


_LEAD_RE = re.compile(r"[\s*_>#]*")
_SEP_RE = re.compile(
    r"""
    [\s,]*
    (?: \.{3} | …                      # `September 26, 2000...`
      | \.?\s*(?: -{2,3}               # `--(BUSINESS WIRE)--`, `2015. –`
                | [—–―]+               # em and en dashes
                | (?<=\s)-(?!\w)       # ` - ` (a hyphen with space before it)
                | -(?=\s)              # `2024- Body`
                | /(?=\s|$)            # `/ July 13, 2015 /`
                | :(?=\s|$)            # `November 7, 2024: Body`
                | \|                   # `City | Date |`
                )
    )
    """,
    re.VERBOSE,
)
_CONNECTORS = "|".join(re.escape(c) for c in CONNECTORS)
# Only whether a name matches counts: prefix trees, tried fast.
_MONTH_LIST = sorted({m for t in MONTHS.values() for m in t})
_WEEKDAY_LIST = sorted({w for ws in WEEKDAYS.values() for w in ws})
_MONTH_NAMES = prefix_tree(_MONTH_LIST)
_MONTH_INITIALS = "".join(sorted({re.escape(m[:1]) for m in _MONTH_LIST}))
_WEEKDAY_NAMES = prefix_tree(_WEEKDAY_LIST)
_NOT_PLACE_WORD = (
    rf"(?:(?P<weekday>(?:{_WEEKDAY_NAMES})[.,]?\s*))?"
    r"(?:(?(weekday)\d|(?!))"  # `Tue 13 October`: a weekday, then a day
    rf"|(?:{_MONTH_NAMES})(?(weekday)\b|\.?\s*\d))"  # `Tuesday Dec 9`; `June 11`
)
"""A date, not a place: a month and a day (`June 11`), or a weekday and a day or a month
(`Tue 13 October`, `Tuesday Dec 9`). The month names stand in it once (the weekday, when
read, asks only for a word end after the month): half as long to compile as with the
names twice."""


@functools.cache
def _not_place_word_re() -> re.Pattern[str]:
    """`_NOT_PLACE_WORD`, ignoring case (compiled on first use: `_date_word_re` rules out
    most words first)."""
    return re.compile(f"(?i:{_NOT_PLACE_WORD})")


def _starting_with(names: list[str], first: str) -> list[str]:
    """The names whose first letter matches `first` as `re.IGNORECASE` matches it."""
    initials = {n[:1] for n in names}
    matching = {i for i in initials if re.match(f"(?i:{re.escape(i)})", first)}
    return [n for n in names if n[:1] in matching]


@functools.cache
def _date_word_re(first: str) -> re.Pattern[str] | None:
    """What a date (`_not_place_word_re`) at a word starting with `first` opens with: a
    month and a digit, or a weekday and a digit or a month's first letter; None when no
    month or weekday starts with `first`.

    Only the names that start with `first` are in it (`re` tries a case-blind alternation's
    branches one by one: the month and weekday names of every language take as long as the
    rest of a place's word), and not the months after a weekday (compiled on first use, for
    each letter: the month names once per letter would take a few milliseconds each)."""
    weekdays, months = _starting_with(_WEEKDAY_LIST, first), _starting_with(_MONTH_LIST, first)
    branches = []
    if weekdays:
        branches.append(rf"(?:{prefix_tree(weekdays)})[.,]?\s*(?:\d|[{_MONTH_INITIALS}])")
    if months:
        branches.append(rf"(?:{prefix_tree(months)})\.?\s*\d")
    return re.compile(f"(?i:{'|'.join(branches)})") if branches else None


def _is_date_word(text: str, pos: int) -> bool:
    """Whether the word at `pos` opens a date (`_not_place_word_re`): no place's word. Asked
    only where what a date opens with stands (`_date_word_re`), as few words are."""
    opening = _date_word_re(text[pos])
    return (
        opening is not None
        and opening.match(text, pos) is not None
        and _not_place_word_re().match(text, pos) is not None
    )


_CJK_PLACE = r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]{1,8}"
"""A place in Japanese, Chinese or Korean script (`東京`, `서울`), which has no capitals."""
_WORD_START = r"[A-ZÀ-ÖØ-Þ]|[^\x00-\xff]"
"""Where a word may start (a capital, or a character past Latin-1, as the CJK scripts'):
a lookahead that rules out most places fast, and compiles fast (a large range of
characters, as the CJK ones, takes `re` a millisecond to compile)."""
_LATIN_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’&]*(?:[.-][\w'’&]+)*\.?"
_WORD = rf"(?:{_LATIN_WORD}|{_CJK_PLACE}(?![\u3040-\u30ff\u4e00-\u9fff]))"


def _place_step(word_start: str, word: str) -> re.Pattern[str]:
    return re.compile(
        rf"""
        (?: (?:\s*,\s*|\s+)                             # `SUMMIT, N.J.`, `NEW YORK`
            (?:(?:{_CONNECTORS})\s+)?                   # `Kawasaki and Yokohama`
        )?
        (?={word_start})                                # (where no word can start, fail fast)
        ({word})                                        # a capitalized word
        """,
        re.VERBOSE,
    )


_LATIN_PLACE_STEP_RE = _place_step("[A-ZÀ-ÖØ-Þ]", _LATIN_WORD)
"""One word of a place, after a separator unless it is the first: a word in Latin letters
only (the CJK scripts' ranges take `re` a millisecond to compile)."""


@functools.cache
def _place_step_re() -> re.Pattern[str]:
    """One word of a place in Latin letters or a CJK script (compiled on first use: only a
    text with kana, hangul or ideographs where a word starts needs it)."""
    return _place_step(_WORD_START, _WORD)


def _step_end(pattern: re.Pattern[str], text: str, pos: int) -> int | None:
    """Where a place step read by `pattern` at `pos` ends, or None: none, or its word opens
    a date. The word's start is the same however the step is read (a separator's spaces and
    commas, a connector's lower case letters start no word), so the date is asked after the
    pattern, at the one start it read."""
    found = pattern.match(text, pos)
    if found is None or _is_date_word(text, found.start(1)):
        return None
    return found.end()


_CJK_WORD_AHEAD_RE = re.compile(r"[\s,]*(?:\S*\s+)?[\u3040-\ud7af]")
"""Whether a CJK word may start where a place step reads its word: a character of the CJK
scripts' range after the gap (spaces and commas), or after the next token and its spaces,
as after a connector (a superset: the first character is tested only)."""


_MAX_PLACE_WORDS = 10
_SOURCE_RE = re.compile(r"/\s*[^/\n]{2,80}?\s*/(?=\s|$)")
"""`/ Company Name /` after the date (Press Services): not a wire, part of the dateline."""
_AGENCY_NAME = r"[^\W\d_][\w.&'’-]{0,24}(?:\s[\w.&'’-]{1,24}){0,2}?"
_AGENCY_RE = re.compile(
    rf"\(\s*(?P<paren>{_AGENCY_NAME})\s*\)"  # `(Reuters)`
    rf"|/\s*(?P<slash>{_AGENCY_NAME})\s*/(?=\s|$)"  # `/ANI/`
)
"""A news agency or wire no row names, as datelines write one: in parentheses
after the city (`FRANKFURT (Reuters) -`, `BERLIN (dpa) -`), or stacked after
another wire's marker (`/PRNewswire/ /ANI/ --`)."""
_NOT_AGENCIES = frozenset(
    alias.upper() for aliases in EXCHANGES.values() for alias in aliases
) | frozenset(("UPDATE", "UPDATED", "CORRECTED", "CORRECTION", "REPEAT", "PHOTO", "VIDEO"))
"""Words a parenthesis after a name holds that are no agency: exchanges, release labels."""


class _Token(NamedTuple):
    kind: str
    """`place`, `more_places`, `date`, `wire`, `agency`, `source` or `sep`."""
    start: int
    end: int
    value: object = None


_GAP_AND_BOLD_RE = re.compile(r"[\s,*]*")


def _skip_gap(text: str, pos: int) -> int:
    """`pos` moved past spaces, commas and leftover bold marks."""
    return _GAP_AND_BOLD_RE.match(text, pos).end()  # type: ignore[union-attr]


def _is_place_list(tokens: list[_Token]) -> bool:
    """True after `PLACE /`: another place may follow before the date."""
    kinds = [t.kind for t in tokens]
    return (
        len(kinds) >= 2
        and kinds[-1] == "sep"
        and tokens[-1].value == "/"
        and not ({"date", "wire"} & set(kinds))
    )


def _is_range(text: str, pos: int) -> bool:
    """True when a dash at `pos - 1` joins two numbers (`1–8`)."""
    return pos < len(text) and text[pos].isdigit() and text[pos - 1] in "-–—"


_BRACKETS = {"[": "]", "(": ")"}


def _opens_bracketed(text: str, pos: int) -> bool:
    """True when a dateline set in brackets starts at `pos` (`[ North Vancouver, BC - May 1,
    2024 ] -`, `( Pescasseroli, 14 gennaio 2020 )`), not a wire's own parenthesis."""
    return text[pos : pos + 1] in _BRACKETS and _WIRE_RE.match(text, pos) is None


def _closes_brackets(text: str, start: int, end: int) -> bool:
    """False when the dateline opened a bracket at `start` that it does not close."""
    opening = text[start : start + 1]
    return opening not in _BRACKETS or _BRACKETS[opening] in text[start + 1 : end]


def _agency(text: str, pos: int, *, after_wire: bool) -> _Token | None:
    """An agency's marker at `pos` (`(Reuters)`; `/ANI/` only after a wire), or None."""
    found = _AGENCY_RE.match(text, pos)
    if found is None or (found["slash"] and not after_wire):
        return None
    name = found["paren"] or found["slash"]
    if name.upper() in _NOT_AGENCIES:
        return None
    return _Token("agency", pos, found.end(), name)


def _place_end(text: str, pos: int) -> int | None:
    """Where the place starting at `pos` ends, or None when none does: a capitalized word
    (no month or weekday), then up to nine more, each after a comma or spaces and perhaps
    a connector (`SUMMIT, N.J.`, `Kawasaki and Yokohama`).

    Reads step by step what the one pattern `W (?:S C? W){0,9}` matches: a repeat at the
    end of a pattern keeps each step as first matched, so the steps are read in turn. A
    step after the first starts at a comma or a space, which no word starts with, so the
    step pattern's optional separator is there exactly when it must be.
    """
    end = None
    ascii_text = text.isascii()
    latin_step = _LATIN_PLACE_STEP_RE.match
    for step in range(_MAX_PLACE_WORDS):
        lead = text[pos : pos + 1]
        if (lead == "," or lead.isspace()) != (step > 0):
            break
        # `_step_end(_LATIN_PLACE_STEP_RE, text, pos)`, inline: read for every paragraph.
        found = latin_step(text, pos)
        if found is not None:
            if _is_date_word(text, found.start(1)):
                break  # the Latin step's word opens a date: the other pattern's word would too
            end = pos = found.end()
            continue
        # Where no CJK word may start, the Latin pattern reads what `_place_step_re` does
        # (the word's start is the same in both: a connector is lower case, no word's start;
        # in an ASCII text none starts anywhere).
        if ascii_text or _CJK_WORD_AHEAD_RE.match(text, pos) is None:
            break
        step_end = _step_end(_place_step_re(), text, pos)
        if step_end is None:
            break
        end = pos = step_end
    return end


def _next_token(text: str, pos: int, tokens: list[_Token], *, dated: bool) -> _Token | None:
    """The dateline token at `pos` (after spaces and commas), or None.

    `dated` False says no digit stands in the run's text: no date can, and none is asked
    (one is read without a scan for a digit first, `match_date_before_digit`: the same
    answer, as every date holds one).
    """
    pos = _skip_gap(text, pos)
    if not tokens and _opens_bracketed(text, pos):
        pos = _skip_gap(text, pos + 1)
    kinds = {t.kind for t in tokens}
    wire = _WIRE_RE.match(text, pos)
    if wire is not None and wire.lastgroup is not None:
        return _Token("wire", pos, wire.end(), _WIRE_NAMES[int(wire.lastgroup[1:])][0])
    if tokens and tokens[-1].kind in {"place", "date", "wire"} and "agency" not in kinds:
        agency = _agency(text, pos, after_wire=tokens[-1].kind == "wire")
        if agency is not None:
            return agency
    # dateparser reads only the span right after the place (`HELSINKI, 3. maaliskuuta 2021 –`)
    reads_date = dated and "date" not in kinds
    date = match_date_before_digit(text, pos, fallback="place" in kinds) if reads_date else None
    if date is not None:
        return _Token("date", pos, date.end, date)
    if "place" not in kinds and (not tokens or kinds & {"date", "wire"}):
        end = _place_end(text, pos)
        if end is not None:  # a run's first place is described once a token may follow it
            return _Token("place", pos, end, describe_place(text[pos:end]) if tokens else None)
    if _is_place_list(tokens):  # `Dubai, UAE / New York, USA / Istanbul, Türkiye, May 9`
        end = _place_end(text, pos)
        if end is not None and describe_place(text[pos:end]).strength > 0:
            return _Token("more_places", pos, end)
    if tokens and tokens[-1].kind == "date":
        source = _SOURCE_RE.match(text, pos)
        if source is not None:
            return _Token("source", pos, source.end())
    sep = _SEP_RE.match(text, pos)
    if sep is not None and tokens and tokens[-1].kind == "date" and _is_range(text, sep.end()):
        return None  # `November 1–8`: a range, not a separator
    if sep is not None and (not tokens or tokens[-1].kind != "sep"):
        return _Token("sep", pos, sep.end(), sep.group().strip(" ,.").strip())
    return None


def _first_token(text: str, pos: int, *, dated: bool = True) -> _Token | None:
    """`_next_token(text, pos, [], dated=dated)`, without the questions only a later token
    is asked (an agency, a source, a list of places, a range, the date fallback after a
    place): a run's first token is read for every paragraph, most of which have none. The
    date is read without a scan for a digit first (`match_date_before_digit`): most
    paragraphs open with a word its gate tells no date's."""
    pos = _skip_gap(text, pos)
    if _opens_bracketed(text, pos):
        pos = _skip_gap(text, pos + 1)
    wire = _WIRE_RE.match(text, pos)
    if wire is not None and wire.lastgroup is not None:
        return _Token("wire", pos, wire.end(), _WIRE_NAMES[int(wire.lastgroup[1:])][0])
    date = match_date_before_digit(text, pos) if dated else None
    if date is not None:
        return _Token("date", pos, date.end, date)
    end = _place_end(text, pos)
    if end is not None:  # described once a token may follow it
        return _Token("place", pos, end)
    sep = _SEP_RE.match(text, pos)
    return None if sep is None else _Token("sep", pos, sep.end(), sep.group().strip(" ,.").strip())


def _tokens(text: str, pos: int) -> list[_Token]:
    """The run of dateline tokens starting at `pos` (none when it is a place alone).

    Whether a digit stands ahead, which every date needs, is asked once the run goes on
    past its first token (most paragraphs' runs end there, and their dates are read
    without it)."""
    first = _first_token(text, pos)
    if first is None:
        return []
    tokens = [first]
    if first.kind == "place":
        following = _following(text, _skip_gap(text, first.end))
        if following is False:
            return []  # a place alone is no dateline
        start, end = first.start, first.end
        tokens[0] = _Token("place", start, end, describe_place(text[start:end]))
        if _no_place(tokens[0]):
            return tokens  # a run that opens with what cannot be a place scores 0 whatever follows
        if isinstance(following, _Token):
            tokens.append(following)  # the date `_next_token` reads after the place
    pos = tokens[-1].end
    dated = _DIGIT.search(text, pos) is not None
    while len(tokens) < _MAX_TOKENS:
        token = _next_token(text, pos, tokens, dated=dated)
        if token is None:
            break
        tokens.append(token)
        pos = token.end
    return _trim(tokens)


def _no_place(token: _Token) -> bool:
    """A place token read as no place at all (`The Company`): strength below 0."""
    return token.kind == "place" and isinstance(token.value, Place) and token.value.strength < 0


def _trim(tokens: list[_Token]) -> list[_Token]:
    """The tokens up to the last one that belongs to the dateline.

    A place after the date or wire (`- DALLAS —`) belongs only when it is
    a plausible place followed by a separator; else it starts the body.
    """
    for i, token in enumerate(tokens):
        if token.kind == "place" and i > 0:
            place = token.value
            assert isinstance(place, Place)
            followed = i + 1 < len(tokens) and tokens[i + 1].kind == "sep"
            if place.strength < 1 or not followed:
                return tokens[:i]
    return tokens


def _place_of(tokens: list[_Token]) -> Place | None:
    """The place read from the tokens, if any."""
    for token in tokens:
        if token.kind == "place" and isinstance(token.value, Place):
            return token.value
    return None


def _date_of(tokens: list[_Token]) -> DateMatch | None:
    """The date token's match, if any."""
    for token in tokens:
        if token.kind == "date" and isinstance(token.value, DateMatch):
            return token.value
    return None


def _score(tokens: list[_Token], place: Place | None, *, whole: bool) -> float:
    """The score of a token run as a dateline (0 when it is not one).

    `whole` says the run is the whole paragraph (`DALLAS, TX -- March 2,
    2026` on a line of its own), which then needs no closing separator.
    """
    kinds = [t.kind for t in tokens]
    strength = place.strength if place is not None else 0
    if strength < 0 or all(k == "sep" for k in kinds):
        return 0.0
    if kinds[0] == "sep" and kinds[1:3] != ["wire", "sep"]:
        return 0.0  # only a wire between dashes may follow a leading dash (`--News Direct--`)
    closed = kinds[-1] in {"sep", "source"}
    ends_with_sep = closed or (whole and "date" in kinds)
    if place is None and not ends_with_sep:
        return 0.0  # a wire's name (and date) alone, as in a footer, is no dateline
    if "wire" in kinds:
        has_date, has_place = "date" in kinds, strength > 0
        return min(1.0, 0.7 + 0.1 * has_date + 0.1 * has_place + 0.1 * ends_with_sep)
    if "agency" in kinds:  # `FRANKFURT (Reuters) -`: an unlisted agency needs a known place
        known = place is not None and place.country_code is not None
        return 0.8 if known and closed and kinds[0] == "place" else 0.0
    if not ends_with_sep or place is None:
        return 0.0
    if "date" in kinds and strength >= 1:
        return 0.6 + 0.1 * min(strength, 3) - 0.15 * (not closed)  # a closing `City, date`
    dash = tokens[-1].value in {"-", "--", "—", "–", "―"}
    if kinds == ["place", "sep"] and strength >= 2 and dash:
        return 0.5
    return 0.0


_PLACE_DATE_LINE_SCORE = 0.5
"""A little less than a known city alone on its line (`Hamburg, 2. November 2021`: 0.55)."""


def _is_place_date_line(
    text: str, tokens: list[_Token], place: Place | None, *, whole: bool
) -> bool:
    """True for a line that is only `Place, full date` (`Pescasseroli, 14 gennaio 2020`).

    Releases written by their issuers (German, Italian, French newsrooms)
    open with such a line of its own; standing alone, with a comma between
    a place name and a full date, it is a dateline even when the place is
    in none of the tables. The name is one word, or words joined by a
    connector (`Castel di Sangro`), so that a byline (`Jane Doe, March 5,
    2024`) is not taken for one.
    """
    if not whole or [t.kind for t in tokens] != ["place", "date"] or place is None:
        return False
    date = _date_of(tokens)
    name = text[tokens[0].start : tokens[0].end].strip(" ,")
    words = name.split()
    joined = len(words) == 1 or any(w in CONNECTORS for w in words[1:-1])
    between = text[tokens[0].end : tokens[1].start]
    full_date = date is not None and date.date is not None
    return place.strength == 0 and joined and full_date and "," in between


def _read(text: str, start: int) -> tuple[DatelineMatch, int] | None:
    """The dateline starting at `start` and the strength of its place, or None."""
    tokens = _tokens(text, start)
    if not tokens or not _closes_brackets(text, start, tokens[-1].end):
        return None
    place = _place_of(tokens)
    if place is not None and place.strength < 0:
        return None  # no place at all (`The Company`): no dateline, by any reading below
    whole = not text[tokens[-1].end :].strip(" .")
    score = _score(tokens, place, whole=whole)
    if score <= 0 and _is_place_date_line(text, tokens, place, whole=whole):
        score = _PLACE_DATE_LINE_SCORE
    if score <= 0:
        return None
    date = _date_of(tokens)
    wire = next((str(t.value) for t in tokens if t.kind == "wire"), None)
    if wire is None:
        wire = next((str(t.value) for t in tokens if t.kind == "agency"), None)
    end = len(text[: tokens[-1].end].rstrip())  # trailing spaces are not part of it
    dateline = Dateline(
        raw=text[start:end],
        city=place.city if place else None,
        region=place.region if place else None,
        country=place.country if place else None,
        country_code=place.country_code if place else None,
        date=date.date if date else None,
        wire=wire,
    )
    month_day = date.month_day if date is not None and date.date is None else None
    found = DatelineMatch(
        dateline=dateline, start=start, end=end, month_day=month_day, score=round(score, 2)
    )
    return found, place.strength if place else 0


_CANDIDATE_START_RE = re.compile(r"(?<![^\s)\]>])(?=[A-ZÀ-ÖØ-Þ(\-])")
"""Where a mid-text dateline may start: a capital, `(` or `-` after a space or a bracket."""


def _anywhere_rank(found: DatelineMatch, strength: int) -> tuple[int, bool, int]:
    """Sort key among candidate starts: strongest place, then a short city, then earliest."""
    city_words = len((found.dateline.city or "").split())
    return strength, city_words <= 3, -found.start


def find_dateline_inside(text: str) -> DatelineMatch | None:
    """A dateline anchored by a strong wire marker anywhere in `text` (what
    `find_dateline(text, anywhere=True)` finds when none opens the text).

    Every capital before the marker may start it (`... for August 2022 PR
    Newswire BETHESDA, Md. , Aug. 11, 2022 /PRNewswire/ —`); the start
    that gives the strongest place wins.
    """
    for marker in _strong_markers(text):
        lo = max(0, marker.start() - _ANYWHERE_LOOKBACK)
        head = text[: marker.end() + _HEAD_CHARS]
        best: tuple[tuple[int, bool, int], DatelineMatch] | None = None
        for candidate in _CANDIDATE_START_RE.finditer(text, lo, marker.start() + 1):
            read = _read(head, candidate.start())
            if read is None or not read[0].start <= marker.start() < read[0].end:
                continue
            found, strength = read
            rank = _anywhere_rank(found, strength)
            if best is None or rank > best[0]:
                best = (rank, found)
        if best is not None:
            return best[1]
    return None


def find_dateline(text: str, *, anywhere: bool = False) -> DatelineMatch | None:
    """The dateline that opens a paragraph, or None.

    `text` is one paragraph, markup removed and lines joined. The dateline
    must start the paragraph (after spaces and `*`), unless `anywhere` is
    true: then it may start later, but only a strong wire marker
    (`/PRNewswire/`, `(BUSINESS WIRE)`) can anchor it.
    """
    lead = _LEAD_RE.match(text)
    start = lead.end() if lead is not None else 0
    read = _read(text[: start + _HEAD_CHARS], start)
    if read is not None or not anywhere:
        return read[0] if read is not None else None
    return find_dateline_inside(text)
