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
Vocabulary (speech verbs, honorifics, quotation marks) is data in
`prparse._data.speech`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import islice

import regex

from prparse._data import speech
from prparse._model import Quote

__all__ = ["QuoteSource", "extract_quotes", "parse_attribution"]

MIN_WORDS = 6
"""A quotation needs at least this many words."""
_WINDOW = 400
"""Characters on either side of a span that may hold its attribution."""
_MAX_PEOPLE = 200
"""Names read per paragraph for the registry: a bound for pathological input."""

_VERBS = sorted({v for vs in speech.SPEECH_VERBS.values() for v in vs}, key=len, reverse=True)
_VERB_RE = regex.compile(  # any speech verb as a whole word; `said` before `sa`
    r"(?<![\w-])(?:"
    + "|".join(regex.escape(v).replace(r"\ ", r"\s+") for v in _VERBS)
    + r")(?![\w-])",
    regex.IGNORECASE,
)
_DOUBLE_MARKS = regex.compile("[" + regex.escape("".join(speech.QUOTE_PAIRS)) + "“”]")
_SINGLE_MARKS = regex.compile("[" + regex.escape("".join(speech.SINGLE_QUOTE_PAIRS)) + "’‘]")
_ALL_MARKS = "".join(speech.QUOTE_PAIRS) + "".join(speech.SINGLE_QUOTE_PAIRS) + "“”’'"
_SENTENCE_END = regex.compile(
    r"""(?<=[.!?])["”’»]?      # a full stop, perhaps inside a closing mark
        \s+                     # then space
        (?=[\p{Lu}"“„«‘])       # then a capital or an opening mark""",
    regex.VERBOSE,
)
_SEGMENT_SPLIT = regex.compile(r"\s*[,;]\s*")
_RELATIVE_TAIL = regex.compile(
    r"""(?:^|\s+)(?:who|which|where|when|upon|adding|noting)\b.*  # a clause about the person
      | \s+(?:at|in)\s+(?:a|the)\s+(?:statement|press\s+release|news\s+release)\b.*""",
    regex.VERBOSE | regex.IGNORECASE | regex.DOTALL,
)
_LEAD_ARTICLE = regex.compile(r"^(?:a|an|the)\s+", regex.IGNORECASE)
_ATTRIBUTION_MARK = regex.compile(
    r"""^\s*(?:[—–~]+|-{1,3}|\*{1,2}|_{1,2})\s*  # a dash or an emphasis mark leads the line
        (?P<body>.+?)                          # the credit itself
        \s*[*_]*\s*$                           # a closing emphasis mark""",
    regex.VERBOSE | regex.DOTALL,
)
_TRAILING_DASH_CREDIT = regex.compile(r"\s(?:—|–|--|~)\s*(?P<credit>[^—–~]{3,200})$")
_LEADING_JUNK = regex.compile(r"^[\s,.;:–—-]*(?:as\s+)?", regex.IGNORECASE)
_TOKEN_PUNCT = ",;:()[]\"“”«»„‚‘’'"
_NOT_NAME_WORDS = speech.NOT_NAMES | speech.ROLE_WORDS | speech.HONORIFICS | speech.DEGREES
_PREPOSITIONS = frozenset({"of", "at", "for", "from", "by", "with", "von", "der", "di", "de"})
_NAME_WORD = regex.compile(
    r"""\p{Lu}[\p{L}'’.]*            # `Jane`, `O’Brien`, `McDonald`
        (?:-\p{Lu}[\p{L}'’.]*)*      # `Na-Rae`: each hyphenated part capitalised""",
    regex.VERBOSE,
)
_LOWER = regex.compile(r"\p{Ll}")


@dataclass(frozen=True, slots=True)
class QuoteSource:
    """One paragraph of the release, in document order."""

    text: str
    pull: bool = False
    """True for a pull quote set apart from the body (header, blockquote)."""
    attribution: str | None = None
    """The credit line under a pull quote (`— Jane Doe, CEO of Acme`), if any."""


@dataclass(frozen=True, slots=True)
class _Speaker:
    """Who an attribution names: a person, or a pronoun to resolve."""

    name: str | None
    title: str | None = None
    pronoun: bool = False


@dataclass(slots=True)
class _Registry:
    """People of the release: full names and first titles, by surname."""

    full_names: dict[str, str]
    titles: dict[str, str]

    def resolve(self, name: str) -> str:
        """The fullest known form of `name` (`Doe` -> `Jane Doe`)."""
        if " " in name:
            return name
        return self.full_names.get(name, name)

    def title_of(self, name: str) -> str | None:
        """The first title given to someone with this surname."""
        return self.titles.get(name.split()[-1])


# --- words and names ----------------------------------------------------------


def _bare(word: str) -> str:
    """A word without the punctuation around it (keeps an initial's period)."""
    word = word.strip(_TOKEN_PUNCT)
    return word if len(word) <= 2 else word.rstrip(".")


def _is_name_word(word: str) -> bool:
    """A capitalised word that can be part of a personal name."""
    if not word[:1].isupper() and word[:1] not in _TOKEN_PUNCT:
        return False  # the common case, decided cheaply
    base = _bare(word)
    if not base or base.lower().rstrip(".") in _NOT_NAME_WORDS:
        return False
    if len(base.rstrip(".")) == 1:
        return base[0].isupper()  # an initial: `F.` or `P`
    return bool(
        _NAME_WORD.fullmatch(base) and _LOWER.search(base) and not base.endswith(("'s", "’s"))
    )


def _is_honorific(word: str) -> bool:
    """`Dr.`, `Mr`, `Prof.`: dropped from a speaker's name."""
    return word.strip(_TOKEN_PUNCT).rstrip(".").lower() in speech.HONORIFICS


def _has_role(text: str) -> bool:
    """Whether a phrase holds a job-title word (`CEO`, `director`, `Leiter`)."""
    return any(_bare(w).lower() in speech.ROLE_WORDS for w in text.split())


def _name_run(words: list[str], start: int) -> int:
    """End index of the name that starts at `words[start]` (== start if none)."""
    end = i = start
    while i < len(words) and i - start < 6:
        if _is_name_word(words[i]):
            end = i = i + 1
            if len(_bare(words[i - 1])) > 2 and words[i - 1].rstrip("\"“”’'»")[-1:] in ".,;:)":
                break  # `Bitcoin. Jeff McDonald`: a name does not cross punctuation
        elif words[i] in speech.NAME_PARTICLES and end > start:
            i += 1
        else:
            break
    return end


def _find_name(segment: str, after_verb: bool = False) -> tuple[str, str] | None:
    """(name, title words before it) for a segment holding a personal name.

    After a speech verb the name may be followed by more words
    (`said Ochoa upon hearing the news`); elsewhere it ends the segment.
    """
    words = [w for w in segment.split() if w.strip(_TOKEN_PUNCT)]
    first = 0
    while first < len(words) and _is_honorific(words[first]):
        first += 1
    end = _name_run(words, first)
    if end == len(words) and end > first:
        return _join(words[first:end]), ""
    for start in range(first + 1, len(words)):  # `Chairman and CEO Alan J. Lacy`
        whole = _is_name_word(words[start]) and _name_run(words, start) == len(words)
        if whole and _tail_ok(words, start):
            pre = [w for w in words[:start] if not _is_honorific(w)]
            if _has_role(" ".join(pre)) or len(pre) <= 2:
                return _join(words[start:]), " ".join(pre)
            break
    if after_verb and first < end < len(words) and words[end][:1].islower():
        return _join(words[first:end]), ""  # `Ochoa upon hearing the news`
    return None


def _tail_ok(words: list[str], start: int) -> bool:
    """Whether `words[start:]` is a whole name, not the end of `of Acme Digital`."""
    before = words[start - 1] if start else ""
    if before.lower() in _PREPOSITIONS:
        return False
    # `CEO Alan J. Lacy`, `co-host Flynn`, `Dr. Jane Doe`; not `Top Most Roofing`
    return not before[:1].isupper() or _has_role(before) or _is_honorific(before)


def _join(words: list[str]) -> str:
    """Name words as one string, without the punctuation around them."""
    name = " ".join(w.strip(_TOKEN_PUNCT) for w in words)
    return name if len(words[-1].strip(_TOKEN_PUNCT)) <= 2 else name.rstrip(".")


def _trim_period(text: str) -> str:
    """`text` without a sentence's full stop (`Acme Inc.` keeps its own)."""
    last = text.rsplit(None, 1)[-1].lower() if text.strip() else ""
    if last.endswith(".") and last.rstrip(".") not in speech.ABBREVIATIONS and last.count(".") == 1:
        return text[:-1].rstrip()
    return text


def _clean_title(title: str) -> str | None:
    """A title without relative clauses, leading articles or edge punctuation."""
    title = _RELATIVE_TAIL.sub("", title)
    title = _LEAD_ARTICLE.sub("", title.strip(" ,;:")).strip(" ,;:")
    return title or None


def _parse_person(phrase: str, after_verb: bool = False) -> _Speaker | None:
    """`Name, Title` / `Title Name` / `Title, Name, Title` -> the speaker."""
    phrase = _trim_period(phrase.strip(" ,;:"))
    if not phrase or len(phrase) > _WINDOW:
        return None
    if phrase.lower() in speech.PRONOUNS:
        return _Speaker(None, pronoun=True)
    segments = [s for s in _SEGMENT_SPLIT.split(phrase) if s]
    for index, segment in enumerate(segments):
        found = _find_name(segment, after_verb and index == 0)
        if found:
            break
    else:
        return None
    name, pre = found
    parts = []
    if index > 0 and _has_role(segments[index - 1]):  # `Oracle CEO, Safra Catz`
        parts.append(segments[index - 1])
    parts.append(pre)
    for number, segment in enumerate(s for s in segments[index + 1 :] if not _is_degree(s)):
        if number and not segment[:1].isupper() and not segment[:1].isdigit():
            break  # `..., drückt die Tragweite aus`: the predicate, not the title
        parts.append(_trim_period(segment))
    return _Speaker(name, _clean_title(", ".join(p for p in parts if p)))


def _is_degree(segment: str) -> bool:
    """`M.D.`, `Ph.D.`, `Jr.`: letters after a name, not a title."""
    return segment.strip(" .").lower() in speech.DEGREES


def _from_role(segment: str) -> str:
    """A title phrase from its first role word on (`Led by Chief Executive` -> ...)."""
    words = segment.split()
    for i, word in enumerate(words):
        if _bare(word).lower() in speech.ROLE_WORDS:
            return " ".join(words[i:])
    return segment


# --- clauses around a span ----------------------------------------------------


def _sentence_ends(text: str) -> Iterator[regex.Match[str]]:
    """Where sentences end in `text` (after `Inc.` or an initial they do not)."""
    for match in _SENTENCE_END.finditer(text):
        words = text[: match.start()].rsplit(None, 1)
        word = words[-1].strip(_TOKEN_PUNCT).rstrip(".!?").lower() if words else ""
        if word not in speech.ABBREVIATIONS and len(word) > 1:
            yield match


def _first_sentence(text: str) -> str:
    """`text` up to its first sentence end."""
    end = next(_sentence_ends(text), None)
    return text if end is None else text[: end.start() + 1]


def _last_sentence(text: str) -> str:
    """The part of `text` after its last sentence end."""
    start = 0
    for end in _sentence_ends(text):
        start = end.end()
    return text[start:]


def _speaker_around_verb(clause: str, verb: regex.Match[str]) -> _Speaker | None:
    """The person a speech verb reports: its subject, or the name after it."""
    subject = clause[: verb.start()].strip(" ,")
    if subject:
        return _parse_person(subject)
    return _parse_person(_first_sentence(clause[verb.end() :]), after_verb=True)


def _trailing_speaker(after: str, ended: bool) -> _Speaker | None:
    """Attribution in the clause right after a span (`, said Name, Title.`).

    After a quote that `ended` with a full stop only `said Name` counts: a
    clause with its subject first is the next sentence of the narrative.
    """
    clause = _first_sentence(_LEADING_JUNK.sub("", after[:_WINDOW], count=1)).strip()
    if not clause or clause.endswith(":"):
        return None
    verb = _VERB_RE.search(clause)
    if verb is None or (ended and verb.start() > 0):
        return None
    return _speaker_around_verb(clause, verb)


def _leading_speaker(before: str, known: _Registry) -> _Speaker | None:
    """Attribution in a lead-in right before a span (`Name, Title, said:`)."""
    clause = _last_sentence(before[-_WINDOW:]).strip()
    if not clause.endswith((":", ",")) and not _VERB_RE.search(clause[-20:]):
        return None
    clause = clause.rstrip(" :,")
    verbs = list(_VERB_RE.finditer(clause))
    if verbs:
        return _speaker_around_verb(clause, verbs[-1])
    if not before.rstrip().endswith(":"):
        return None
    found = _parse_person(clause, after_verb=True)  # `Doe umriss die Reise: „...“`
    if found and found.name and (" " in found.name or found.name in known.full_names):
        return found
    return None


# --- quoted spans -------------------------------------------------------------


def _spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quoted span's inner text; an unclosed last one runs to the end."""
    spans = _scan(text, _DOUBLE_MARKS, speech.QUOTE_PAIRS)
    if not spans:
        spans = _scan(text, _SINGLE_MARKS, speech.SINGLE_QUOTE_PAIRS)
    return spans


def _scan(text: str, marks: regex.Pattern[str], pairs: dict[str, str]) -> list[tuple[int, int]]:
    """One pass over the marks: open on a mark that starts a word, close on its partner."""
    spans: list[tuple[int, int]] = []
    opener: tuple[int, str] | None = None
    for match in marks.finditer(text):
        i, mark = match.start(), match.group()
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < len(text) else " "
        if opener is None:
            if mark in pairs and not prev.isalnum() and (not nxt.isspace() or mark == "«"):
                opener = (i, mark)
        elif mark in pairs[opener[1]] and (
            not prev.isspace() or not nxt.isalnum() or mark != opener[1]
        ):
            spans.append((opener[0] + 1, i))
            opener = None
    if opener is not None:
        spans.append((opener[0] + 1, len(text)))
    return spans


def _is_quotation(text: str) -> bool:
    """Six or more words, and not a Title-Cased name of a work."""
    words = text.split()
    if len(words) < MIN_WORDS:
        return False
    capitalised = sum(1 for w in words if w[:1].isupper())
    return capitalised < 0.7 * len(words)


def _strip_marks(text: str) -> str:
    """Text without quotation marks at its edges."""
    return text.strip().strip(_ALL_MARKS).strip()


# --- the people of the release ------------------------------------------------


def _names_in(text: str) -> Iterator[str]:
    """Every run of two or more name words (`Jane Doe`, `Amarildo de Mello`)."""
    words = text.split()
    if sum(1 for w in words if w[:1].isupper()) > 0.6 * len(words):
        return  # a headline or a list of names in Title Case: no sentence to trust
    i = 0
    while i < len(words):
        end = _name_run(words, i) if _is_name_word(words[i]) else i
        if end - i >= 2:
            yield _join(words[i:end])
        i = max(end, i + 1)


def _tail_name(segment: str) -> str | None:
    """A name of two or more words that ends `segment` (`... reporting to Dr. Jane Doe`)."""
    words = segment.split()[-7:]
    for start in range(max(0, len(words) - 6), len(words) - 1):
        if _is_name_word(words[start]) and _name_run(words, start) == len(words):
            before = words[start - 1].lower() if start else ""
            if before in _PREPOSITIONS:
                return None
            return _join(words[start:])
    return None


def _appositives(text: str) -> Iterator[tuple[int, str, str]]:
    """(offset, name, title) for `Jane Doe, CEO of Acme,` and `CEO of Acme, Jane Doe,`."""
    segments = [(m.start(), m.group()) for m in regex.finditer(r"[^,;]+", text)]
    for i, (offset, segment) in enumerate(segments):
        name = _tail_name(segment)
        if name is None:
            continue
        after = _first_sentence(segments[i + 1][1]).strip() if i + 1 < len(segments) else ""
        if after and _has_role(after) and len(after.split()) <= 20:
            yield offset, name, _trim_period(after)
        elif i and segment.strip().endswith(name) and _find_name(segment) == (name, ""):
            before = segments[i - 1][1]
            if _has_role(before) and len(before.split()) <= 20:
                yield offset, name, _from_role(before.strip())


def _registry(paragraphs: Sequence[QuoteSource]) -> tuple[_Registry, list[tuple[int, int, str]]]:
    """Full names and titles of the people in the release, and where they are named."""
    primary: dict[str, str] = {}
    secondary: dict[str, str] = {}
    titles: dict[str, str] = {}
    mentions: list[tuple[int, int, str]] = []
    for index, source in enumerate(paragraphs):
        for name in islice(_names_in(source.text), _MAX_PEOPLE):
            parts = _drop_honorifics(name).split()
            if len(parts) >= 2:
                secondary.setdefault(parts[-1], " ".join(parts))
                secondary.setdefault(parts[0], " ".join(parts))
        for offset, name, title in islice(_appositives(source.text), _MAX_PEOPLE):
            name = _drop_honorifics(name)
            primary.setdefault(name.split()[-1], name)
            titles.setdefault(name.split()[-1], _clean_title(title) or title)
            mentions.append((index, offset, name))
    return _Registry({**secondary, **primary}, titles), mentions


def _drop_honorifics(name: str) -> str:
    """`Dr. Jane Doe` -> `Jane Doe`."""
    words = name.split()
    while len(words) > 1 and _is_honorific(words[0]):
        words = words[1:]
    return " ".join(words)


# --- putting it together ------------------------------------------------------


def _paragraph_quotes(text: str, known: _Registry) -> list[tuple[int, str, _Speaker | None]]:
    """(offset, text, speaker) of each quotation in a paragraph, speakers shared within it."""
    spans = [(a, b) for a, b in _spans(text) if _is_quotation(text[a:b])]
    found: list[tuple[int, str, _Speaker | None]] = []
    for i, (start, end) in enumerate(spans):
        previous_end = spans[i - 1][1] + 1 if i else 0
        next_start = spans[i + 1][0] - 1 if i + 1 < len(spans) else len(text)
        ended = text[start:end].rstrip(' ”"’»').endswith(".")
        speaker = _leading_speaker(text[previous_end : start - 1], known) or _trailing_speaker(
            text[end + 1 : next_start], ended
        )
        found.append((start, text[start:end].strip(), speaker))
    for i in range(len(found)):  # `"A," said X. "B."`: B is X's too
        if found[i][2] is None:
            near = [s for _, _, s in found[i - 1 :: -1] if s] if i else []
            near = near or [s for _, _, s in found[i + 1 :] if s]
            if near:
                found[i] = (found[i][0], found[i][1], near[0])
    return found


def _lead_in(text: str, known: _Registry) -> _Speaker | None:
    """The speaker of a paragraph like `Jane Doe, CEO of Acme, comments:`."""
    clause = text.strip()
    if not clause.endswith(":") or len(clause) > _WINDOW or _spans(clause):
        return None
    return _leading_speaker(clause, known) if _VERB_RE.search(clause) else None


def _pull_quotes(source: QuoteSource, known: _Registry) -> list[tuple[int, str, _Speaker | None]]:
    """The quotation of a pull quote, credited by its attribution line if it has one."""
    text, credit = source.text, None
    if source.attribution:
        credit = parse_attribution(source.attribution)
    else:
        tail = _TRAILING_DASH_CREDIT.search(text)
        if tail and (credit := parse_attribution("— " + tail.group("credit"))):
            text = text[: tail.start()]
    if credit is None:
        return _paragraph_quotes(text, known)
    quote = _strip_marks(text)
    return [(0, quote, _Speaker(*credit))] if _is_quotation(quote) else []


def extract_quotes(paragraphs: Sequence[QuoteSource]) -> tuple[Quote, ...]:
    """Every direct quotation of six or more words attributed to a person, in order.

    `paragraphs` are the release's body paragraphs and pull quotes in
    document order. Quotations with no speaker are dropped.
    """
    known, mentions = _registry(paragraphs)
    quotes: list[Quote] = []
    last_person: str | None = None
    pending = iter(mentions)  # appositive mentions, in document order
    mention = next(pending, None)
    before: _Speaker | None = None  # the speaker the previous paragraph ended with
    lead: _Speaker | None = None  # the speaker a lead-in paragraph announced
    for index, source in enumerate(paragraphs):
        text = source.text
        found = _pull_quotes(source, known) if source.pull else _paragraph_quotes(text, known)
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
            while mention and (mention[0], mention[1]) < (index, offset):
                last_person, mention = mention[2], next(pending, None)
            if speaker is None:
                continue
            name = last_person if speaker.pronoun else known.resolve(speaker.name or "")
            if not name:
                continue
            title = speaker.title or known.title_of(name)
            if speaker.title:
                known.titles.setdefault(name.split()[-1], speaker.title)
            quotes.append(Quote(text=quote, speaker=name, speaker_title=title, pull=source.pull))
            last_person, before = name, speaker
        lead = None if found or source.pull else _lead_in(text, known)
    return tuple(quotes)


def parse_attribution(text: str) -> tuple[str, str | None] | None:
    """(name, title) if `text` is a pull quote's credit line, else None.

    A credit line is led by a dash (`— Jane Doe, CEO of Acme`, `-- John
    Smith`) or wrapped in emphasis (`*Jane Doe, CEO of Acme*`), is short,
    starts with a personal name and holds no speech verb.
    """
    match = _ATTRIBUTION_MARK.match(text)
    if not match:
        return None
    body = " ".join(match.group("body").split()).strip(" *_")
    if not body or len(body.split()) > 30 or _VERB_RE.search(body):
        return None
    first = _drop_honorifics(_SEGMENT_SPLIT.split(body, maxsplit=1)[0])
    words = first.split()
    if not words or _name_run(words, 0) != len(words):
        return None
    speaker = _parse_person(body)
    if speaker is None or speaker.name is None:
        return None
    return speaker.name, speaker.title
