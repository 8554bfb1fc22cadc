"""Direct quotations in a release and who said them.

The extractor works on the release's paragraphs in document order
(`QuoteSource`). It finds quoted spans with one left-to-right scan over the
quotation marks (no nested regex quantifiers, so it is linear in the text),
keeps spans of six or more words, and attributes each one:

1. a lead-in just before the span: `Name, Title, said: "..."`,
   `Name said, "..."`, `Name, Title: „...“`;
2. the clause just after it: `"...," said Name, Title.`, `"...," Name said.`,
   `"...," he added.`, `"...", according to Name`;
3. the span before it in the same paragraph (`"A," said X. "B."`), or the
   quote of the paragraph before when the paragraph opens with a quote (a
   quote continued over paragraphs), or a lead-in paragraph ending in a
   colon (`Jane Doe, CEO of Acme, comments:`).

Short names (`Doe`, `Mr Lee`) become the full name found elsewhere in the
release; pronouns become the last person named; a missing title comes from
the first mention of the person with a title (`Jane Doe, CEO of Acme, ...`).
Reading names and titles is `prparse._people`'s work. Vocabulary (speech
verbs, quotation marks) is data in `prparse._data.speech`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from operator import itemgetter

import regex

from prparse._data import speech
from prparse._literals import longest_first_tree
from prparse._model import Quote
from prparse._people import (
    Registry,
    Speaker,
    first_sentence,
    last_sentence,
    parse_person,
    starts_with_name,
)

__all__ = ["QuoteSource", "extract_quotes", "parse_attribution"]

MIN_WORDS = 6
"""A quotation needs at least this many words."""
_WINDOW = 400
"""Characters on either side of a span that may hold its attribution."""

_VERBS = sorted({v for vs in speech.SPEECH_VERBS.values() for v in vs}, key=len, reverse=True)


@functools.cache
def _verb_re() -> regex.Pattern[str]:
    """Any speech verb as a whole word, `said` before `sa`: compiled on first use, as a
    release without quotations needs none."""
    return regex.compile(
        r"(?<![\w-])(?:" + longest_first_tree(_VERBS, r"\s+") + r")(?![\w-])",
        regex.IGNORECASE,
    )


# One character class each, which `re` scans faster than `regex`.
_DOUBLE_MARKS = re.compile("[" + re.escape("".join(speech.QUOTE_PAIRS)) + "“”]")
_SINGLE_MARKS = re.compile("[" + re.escape("".join(speech.SINGLE_QUOTE_PAIRS)) + "’‘]")
# Marks that can open a quotation (an apostrophe `’` or `'` alone cannot).
_OPENING_MARKS = frozenset(speech.QUOTE_PAIRS) | frozenset(speech.SINGLE_QUOTE_PAIRS) | {"“", "‘"}
_OPENING_MARK = re.compile("[" + re.escape("".join(sorted(_OPENING_MARKS))) + "]")
"""One of them, found by a class scan (a set's `isdisjoint` hashes every character); `re`
answers this one class faster than `regex`."""
_ALL_MARKS = "".join(speech.QUOTE_PAIRS) + "".join(speech.SINGLE_QUOTE_PAIRS) + "“”’'"


@functools.cache
def _attribution_mark() -> regex.Pattern[str]:
    """A credit line led by a dash or an emphasis mark (compiled on first use)."""
    return regex.compile(
        r"""^\s*(?:[—–~]+|-{1,3}|\*{1,2}|_{1,2})\s*  # a dash or an emphasis mark leads the line
        (?P<body>.+?)                          # the credit itself
        \s*[*_]*\s*$                           # a closing emphasis mark""",
        regex.VERBOSE | regex.DOTALL,
    )


_DASH_AFTER_STOP = regex.compile(r"\A[–—]|[.!?:][\s\S]{0,2}?[–—]")
"""A dash at the start, or up to two characters after a full stop or colon: where every
`_dash_speech` match starts, and so a cheap test that rules most paragraphs out before
that pattern is compiled or run."""
_TRAILING_DASH_CREDIT = regex.compile(r"\s(?:—|–|--|~)\s*(?P<credit>[^—–~]{3,200})$")


@functools.cache
def _dash_speech() -> regex.Pattern[str]:
    """Direct speech opened with a dash, as Scandinavian (and Spanish) writing marks it, its
    speech verb right after the comma that ends it: `– Vi er fornøyde, sier Kari Nordmann.`
    (compiled on first use)."""
    return regex.compile(
        r"(?:^|(?<=[.!?:]\s?\xad?))[–—]\s?(?P<speech>[^–—\n]{20,600}?)(?=,\s+(?:"
        + "|".join(regex.escape(v) for v in _VERBS)
        + r")\b)"
    )


# An attribution set between dashes inside a quotation: `"... - dichiara X - ..."` (with
# the emphasis marks a crawl may leave at the dashes: `..._ - X -_ ...`).
_INTERRUPTION = regex.compile(
    r"[*_]*\s[-–—]{1,2}\s*(?P<clause>[^-–—\"“”„«»]{3,80}?)\s*[-–—]{1,2}[*_]*\s"
)
_DASH = re.compile("[-–—]")
"""A dash of any length: every interruption has two."""
_LEADING_JUNK = regex.compile(r"^[\s,.;:–—-]*(?:as\s+)?", regex.IGNORECASE)
_JUNK = " \t\n\r,.;:–—-"
"""Characters `_LEADING_JUNK` takes away wherever they stand at the start (some of its spaces)."""


@dataclass(frozen=True, slots=True)
class QuoteSource:
    """One paragraph of the release, in document order."""

    text: str
    pull: bool = False
    """True for a pull quote set apart from the body (header, blockquote)."""
    credit: tuple[str, str | None] | None = None
    """(name, title) of the credit line under a pull quote (`— Jane Doe, CEO of Acme`), if any."""


# --- clauses around a span ----------------------------------------------------


def _speaker_around_verb(clause: str, verb: regex.Match[str]) -> Speaker | None:
    """The person a speech verb reports: its subject, or the name after it."""
    subject = clause[: verb.start()].strip(" ,")
    if subject:
        return parse_person(subject)
    return parse_person(first_sentence(clause[verb.end() :]), after_verb=True)


def _trailing_speaker(after: str, ended: bool) -> Speaker | None:
    """Attribution in the clause right after a span (`, said Name, Title.`).

    After a quote that `ended` with a full stop only `said Name` counts: a
    clause with its subject first is the next sentence of the narrative.
    """
    if not after.strip(_JUNK):
        return None  # most quotations: nothing or a comma after them
    after = _LEADING_JUNK.sub("", after[:_WINDOW], count=1)
    if ended and _verb_re().match(after.lstrip()) is None:
        return None  # most such clauses: no verb right at their start, where the clause starts
    clause = first_sentence(after).strip()
    if not clause or clause.endswith(":"):
        return None
    verb = _verb_re().search(clause)
    if verb is None or (ended and verb.start() > 0):
        return None
    return _speaker_around_verb(clause, verb)


def _leading_speaker(before: str, people: Registry) -> Speaker | None:
    """Attribution in a lead-in right before a span (`Name, Title, said:`)."""
    window = before[-_WINDOW:]
    # The lead-in is the window's last sentence and ends where the window does: where the
    # window ends in neither a colon, a comma nor a verb, the sentence is not looked for.
    tail = window.rstrip()
    if not tail or (not tail.endswith((":", ",")) and not _verb_re().search(tail[-20:])):
        return None
    clause = last_sentence(window).strip()
    if not clause.endswith((":", ",")) and not _verb_re().search(clause[-20:]):
        return None
    clause = clause.rstrip(" :,")
    verbs = list(_verb_re().finditer(clause))
    if verbs:
        return _speaker_around_verb(clause, verbs[-1])
    if not before.rstrip().endswith(":"):
        return None
    found = parse_person(clause, after_verb=True)  # `Doe umriss die Reise: „...“`
    if found and found.name and (" " in found.name or people.knows(found.name)):
        return found
    return None


def _has_opening_mark(text: str) -> bool:
    """Whether `text` holds a mark that can open a quotation. ASCII text (`isascii` reads a
    flag of the string) can hold only the straight one (`"`), and no dash that opens speech."""
    if text.isascii():
        return '"' in text
    return _OPENING_MARK.search(text) is not None


def _may_hold_dash_speech(text: str) -> bool:
    """False only when `text` holds no direct speech opened with a dash: no dash, or none
    where such speech may start."""
    return ("–" in text or "—" in text) and _DASH_AFTER_STOP.search(text) is not None


# --- quoted spans -------------------------------------------------------------


def _spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quoted span's inner text; an unclosed last one runs to the end."""
    spans = _scan(text, _DOUBLE_MARKS, speech.QUOTE_PAIRS)
    if not spans:
        spans = _scan(text, _SINGLE_MARKS, speech.SINGLE_QUOTE_PAIRS)
    if not spans and _may_hold_dash_speech(text):
        spans = [(m.start("speech"), m.end("speech")) for m in _dash_speech().finditer(text)]
    return spans


def _scan(text: str, marks: re.Pattern[str], pairs: dict[str, str]) -> list[tuple[int, int]]:
    """One pass over the marks: open on a mark that starts a word, close on its partner.

    A quotation inside a quotation in the other kind of marks (`"... a “germ” of ..."`)
    is passed over: its closing mark does not close the outer one.
    """
    if not any(map(text.__contains__, pairs)):
        return []  # no mark that opens a quotation (apostrophes `’` alone open none)
    spans: list[tuple[int, int]] = []
    opened = ""  # the mark that opened the open quotation; "" when none is open
    closers = ""  # the marks that close it
    start = 0  # where its inner text starts
    inner = ""  # the closing marks of a quotation inside the open one; "" when none
    last = len(text) - 1
    for i in map(re.Match.start, marks.finditer(text)):
        mark = text[i]
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i < last else " "
        if not opened:
            if mark in pairs and not prev.isalnum() and (mark == "«" or not nxt.isspace()):
                opened, closers, start = mark, pairs[mark], i + 1
        elif inner:
            if mark in inner:
                inner = ""
        elif (
            mark in pairs
            and mark not in closers
            and prev.isspace()
            and (mark == "«" or not nxt.isspace())
        ):
            inner = pairs[mark]
        elif mark in closers and (not prev.isspace() or not nxt.isalnum() or mark != opened):
            spans.append((start, i))
            opened = ""
    if opened:
        spans.append((start, len(text)))
    return spans


def _is_quotation(text: str) -> bool:
    """Six or more words, and not a Title-Cased name of a work."""
    words = text.split()
    if len(words) < MIN_WORDS:
        return False
    capitalised = sum(map(str.isupper, map(itemgetter(0), words)))  # `split` gives no ""
    return capitalised < 0.7 * len(words)


def _strip_marks(text: str) -> str:
    """Text without quotation marks at its edges."""
    return text.strip().strip(_ALL_MARKS).strip()


# --- putting it together ------------------------------------------------------


def _interrupted(text: str, start: int, end: int) -> list[tuple[int, int, Speaker | None]]:
    """A quoted span, or its two halves when its attribution interrupts it between dashes
    (`"... - dichiara il Presidente Cannata - ..."`), each half credited to that speaker."""
    for dash in _INTERRUPTION.finditer(text, start, end):
        clause = dash.group("clause").strip(" *_")
        verb = _verb_re().search(clause)
        speaker = _speaker_around_verb(clause, verb) if verb is not None else None
        if speaker is not None and speaker.name:
            return [(start, dash.start(), speaker), (dash.end(), end, speaker)]
    return [(start, end, None)]


def _paragraph_quotes(text: str, people: Registry) -> list[tuple[int, str, Speaker | None]]:
    """(offset, text, speaker) of each quotation in a paragraph, speakers shared within it."""
    spans: list[tuple[int, int, Speaker | None]] = []
    for a, b in _spans(text):
        if _DASH.search(text, a, b) is None:  # most spans: no dash, no interruption
            if _is_quotation(text[a:b]):
                spans.append((a, b, None))
        else:
            spans += (
                piece
                for piece in _interrupted(text, a, b)
                if _is_quotation(text[piece[0] : piece[1]])
            )
    found: list[tuple[int, str, Speaker | None]] = []
    for i, (start, end, credited) in enumerate(spans):
        previous_end = spans[i - 1][1] + 1 if i else 0
        next_start = spans[i + 1][0] - 1 if i + 1 < len(spans) else len(text)
        ended = text[start:end].rstrip(' ”"’»').endswith(".")
        speaker = (
            credited
            or _leading_speaker(text[previous_end : start - 1], people)
            or _trailing_speaker(text[end + 1 : next_start], ended)
        )
        found.append((start, text[start:end].strip(" \t\n*_-–—"), speaker))
    for i in range(len(found)):  # `"A," said X. "B."`: B is X's too
        if found[i][2] is None:
            near = [s for _, _, s in found[i - 1 :: -1] if s] if i else []
            near = near or [s for _, _, s in found[i + 1 :] if s]
            if near:
                found[i] = (found[i][0], found[i][1], near[0])
    return found


def _lead_in(text: str, people: Registry) -> Speaker | None:
    """The speaker of a paragraph like `Jane Doe, CEO of Acme, comments:`."""
    clause = text.strip()
    if not clause.endswith(":") or len(clause) > _WINDOW or _spans(clause):
        return None
    return _leading_speaker(clause, people) if _verb_re().search(clause) else None


def _pull_quotes(source: QuoteSource, people: Registry) -> list[tuple[int, str, Speaker | None]]:
    """The quotation of a pull quote, credited by its attribution line if it has one."""
    text, credit = source.text, source.credit
    if credit is None:
        tail = _TRAILING_DASH_CREDIT.search(text)
        if tail and (credit := parse_attribution("— " + tail.group("credit"))):
            text = text[: tail.start()]
    if credit is None:
        return _paragraph_quotes(text, people)
    quote = _strip_marks(text)
    return [(0, quote, Speaker(*credit))] if _is_quotation(quote) else []


def _may_quote(source: QuoteSource) -> bool:
    """A pull quote, a paragraph with a quotation mark, or a lead-in (`X comments:`)."""
    text = source.text
    if source.pull or text.rstrip().endswith(":") or _has_opening_mark(text):
        return True
    return _may_hold_dash_speech(text) and _dash_speech().search(text) is not None


def extract_quotes(paragraphs: Sequence[QuoteSource]) -> tuple[Quote, ...]:
    """Every direct quotation of six or more words attributed to a person, in order.

    `paragraphs` are the release's body paragraphs and pull quotes in
    document order. Quotations with no speaker are dropped.
    """
    if not any(_may_quote(source) for source in paragraphs):
        return ()  # nothing that can hold a quotation: no need to learn who is named where
    people = Registry([source.text for source in paragraphs])
    quotes: list[Quote] = []
    last_person: str | None = None
    since = (0, 0)  # where the mentions not yet passed by a named speaker start
    before: Speaker | None = None  # the speaker the previous paragraph ended with
    lead: Speaker | None = None  # the speaker a lead-in paragraph announced
    for index, source in enumerate(paragraphs):
        text = source.text
        if source.pull:
            found = _pull_quotes(source, people)
        elif _has_opening_mark(text) or _may_hold_dash_speech(text):
            found = _paragraph_quotes(text, people)
        else:
            found = []  # most paragraphs: no quotation mark, no dash that opens speech
        if lead and not source.pull and (not found or found[0][2] is None):
            found = [(0, _strip_marks(text), lead)] if _is_quotation(_strip_marks(text)) else []
        elif (
            before
            and found
            and found[0][2] is None
            and not text[: found[0][0]].strip(_ALL_MARKS + " ")
        ):
            found = [(o, q, s or before) for o, q, s in found]  # a quote continued
        before = None
        for offset, quote, speaker in found:
            if speaker is None:
                continue  # the mentions before it are read at the next quotation with a speaker
            here = (index, offset)
            if speaker.pronoun:  # the last person named: in a mention since, else a speaker
                last_person = people.last_named(since, here) or last_person
                since = here
                name = last_person
            else:
                name = people.resolve(speaker.name or "")
            if not name:
                continue
            title = speaker.title or people.title_of(name)
            if speaker.title:
                people.note_title(name, speaker.title)
            quotes.append(Quote(text=quote, speaker=name, speaker_title=title, pull=source.pull))
            last_person, since, before = name, here, speaker
        lead = None if found or source.pull else _lead_in(text, people)
    return tuple(quotes)


def parse_attribution(text: str) -> tuple[str, str | None] | None:
    """(name, title) if `text` is a pull quote's credit line, else None.

    A credit line is led by a dash (`— Jane Doe, CEO of Acme`, `-- John
    Smith`) or wrapped in emphasis (`*Jane Doe, CEO of Acme*`), is short,
    starts with a personal name and holds no speech verb.
    """
    match = _attribution_mark().match(text)
    if not match:
        return None
    body = " ".join(match.group("body").split()).strip(" *_")
    if not body or len(body.split()) > 30 or _verb_re().search(body):
        return None
    if not starts_with_name(body):
        return None
    speaker = parse_person(body)
    if speaker is None or speaker.name is None:
        return None
    return speaker.name, speaker.title
