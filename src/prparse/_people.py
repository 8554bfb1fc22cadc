"""People named in a release: names, honorifics, titles.

The quote extractor (`prparse._quotes`) asks this module who a phrase
names. `parse_person` reads one attribution phrase (`Jane Doe, CEO of
Acme`, `Chairman and CEO Alan J. Lacy`, `Dr. Doe`, `she`) into a `Speaker`;
the `Registry` reads the release's paragraphs, as far as a question needs,
for the full names and first titles of its people and for where each is
named with a title, so that `Doe` can become `Jane Doe` and a bare name can
get its title.
`first_sentence` and `last_sentence` cut a phrase at a sentence end, which
is where a title stops. Vocabulary (honorifics, role words, degrees, name
particles) is data in `prparse._data.speech`.
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import compress, islice

import regex

from prparse._data import speech

__all__ = [
    "Registry",
    "Speaker",
    "first_sentence",
    "last_sentence",
    "parse_person",
    "starts_with_name",
]

_MAX_PHRASE = 400
"""Longest phrase read as a person: a bound for pathological input."""
_MAX_PEOPLE = 200
"""Names read per paragraph for the registry: a bound for pathological input."""


@functools.cache
def _sentence_break() -> regex.Pattern[str]:
    """A sentence break: a full stop, space, then a capital or an opening mark (compiled on
    first use)."""
    return regex.compile(
        r"""(?<=[.!?])["”’»]?      # a full stop, perhaps inside a closing mark
        \s+                     # then space
        (?=[\p{Lu}"“„«‘])       # then a capital or an opening mark""",
        regex.VERBOSE,
    )


_SEGMENT_SPLIT = regex.compile(r"\s*[,;]\s*")


@functools.cache
def _relative_tail() -> regex.Pattern[str]:
    """A clause about the person after a title (compiled on first use)."""
    return regex.compile(
        r"""(?:^|\s+)(?:who|which|where|when|upon|adding|noting)\b.*  # a clause about the person
      | \s+(?:at|in)\s+(?:a|the)\s+(?:statement|press\s+release|news\s+release)\b.*""",
        regex.VERBOSE | regex.IGNORECASE | regex.DOTALL,
    )


@functools.cache
def _lead_article() -> regex.Pattern[str]:
    """An article before a title (compiled on first use)."""
    return regex.compile(
        r"^(?:a|an|the|il|lo|la|le|der|die|das|el|los|las|o|de)\s+", regex.IGNORECASE
    )  # a title's article, in the languages of the speech verbs


_TOKEN_PUNCT = ",;:()[]\"“”«»„‚‘’'"
_NOT_NAME_WORDS = speech.NOT_NAMES | speech.ROLE_WORDS | speech.HONORIFICS | speech.DEGREES
# Prepositions that tie a person to an organisation, in the speech verbs' languages.
_AFFILIATIONS = frozenset({"at", "of", "i", "hos", "bei", "chez", "de", "di", "en", "für", "vid"})
_AFFILIATION_WORDS = 6
_PREPOSITIONS = frozenset({"of", "at", "for", "from", "by", "with", "von", "der", "di", "de"})
_NAME_WORD = regex.compile(
    r"""\p{Lu}[\p{L}'’.]*            # `Jane`, `O’Brien`, `McDonald`
        (?:-\p{Lu}[\p{L}'’.]*)*      # `Na-Rae`: each hyphenated part capitalised""",
    regex.VERBOSE,
)
_LOWER = regex.compile(r"\p{Ll}")
_DEGREES = frozenset(d.replace(".", "") for d in speech.DEGREES)
_WORD_MEMO = 1024
"""Words whose answer is remembered: a release names its people (and its capitalised
words) again and again, and each word is asked of in several readings."""


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who an attribution names: a person, or a pronoun to resolve."""

    name: str | None
    """The name as written (`Jane Doe`, `Doe`); None for a pronoun."""
    title: str | None = None
    """The title given with the name (`CEO of Acme`), if any."""
    pronoun: bool = False
    """True for `he`, `she`, `they`: the last person named."""


# --- words and names ----------------------------------------------------------


def _bare(word: str) -> str:
    """A word without the punctuation around it (keeps an initial's period)."""
    word = word.strip(_TOKEN_PUNCT)
    return word if len(word) <= 2 else word.rstrip(".")


@functools.lru_cache(maxsize=_WORD_MEMO)
def _is_name_word(word: str) -> bool:
    """A capitalised word that can be part of a personal name."""
    if not word[:1].isupper() and word[:1] not in _TOKEN_PUNCT:
        return False  # the common case, decided cheaply
    base = _bare(word)
    if not base or base.lower().rstrip(".") in _NOT_NAME_WORDS or _compound_role(base):
        return False
    if len(base.rstrip(".")) == 1:
        return base[0].isupper()  # an initial: `F.` or `P`
    return bool(
        _NAME_WORD.fullmatch(base) and _LOWER.search(base) and not base.endswith(("'s", "’s"))
    )


def _is_honorific(word: str) -> bool:
    """`Dr.`, `Mr`, `Prof.`: dropped from a speaker's name."""
    return word.strip(_TOKEN_PUNCT).rstrip(".").lower() in speech.HONORIFICS


def _compound_role(word: str) -> bool:
    """A role written as a compound with its organisation: `BWE-Präsident`, `Ex-CEO`."""
    return "-" in word and word.rsplit("-", 1)[-1].lower() in speech.ROLE_WORDS


def _has_role(text: str) -> bool:
    """Whether a phrase holds a job-title word (`CEO`, `director`, `Leiter`, `BWE-Präsident`)."""
    return any(
        _bare(w).lower() in speech.ROLE_WORDS or _compound_role(_bare(w)) for w in text.split()
    )


def _capitalised_particle(word: str) -> bool:
    """`Das` in `Sandeep R. Das`, `Le` in `Thanh Le`: a particle that is a surname after a name."""
    return word[:1].isupper() and _bare(word).lower() in speech.NAME_PARTICLES


def _name_run(words: list[str], start: int) -> int:
    """End index of the name that starts at `words[start]` (== start if none)."""
    end = i = start
    while i < len(words) and i - start < 6:
        if _is_name_word(words[i]) or (end > start and _capitalised_particle(words[i])):
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
        if not _is_name_word(words[start]):
            continue
        run_end = _name_run(words, start)
        # After a verb, a role, the name and where the person works: `sier kredittøkonom
        # Per Einar Ruud i Bisnode`, `said analyst Jane Doe at Acme`.
        affiliated = after_verb and run_end < len(words) and _affiliation(words[run_end:])
        if (run_end == len(words) or affiliated) and _tail_ok(words, start):
            pre = [w for w in words[:start] if not _is_honorific(w)]
            if _has_role(" ".join(pre)) or len(pre) <= 2:
                rest = words[run_end:] if affiliated else []
                return _join(words[start:run_end]), " ".join(pre + rest)
            break
    if after_verb and first < end < len(words) and words[end][:1].islower():
        return _join(words[first:end]), ""  # `Ochoa upon hearing the news`
    return None


def _affiliation(words: list[str]) -> bool:
    """`i Bisnode`, `at Acme Corp`: a preposition of where a person works, then a name."""
    return (
        len(words) <= _AFFILIATION_WORDS
        and words[0].lower() in _AFFILIATIONS
        and words[-1].strip(_TOKEN_PUNCT)[:1].isupper()
    )


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


def _drop_honorifics(name: str) -> str:
    """`Dr. Jane Doe` -> `Jane Doe`."""
    words = name.split()
    while len(words) > 1 and _is_honorific(words[0]):
        words = words[1:]
    return " ".join(words)


def starts_with_name(phrase: str) -> bool:
    """Whether `phrase` up to its first comma is a personal name (`Dr. Jane Doe, CEO`)."""
    first = _drop_honorifics(_SEGMENT_SPLIT.split(phrase, maxsplit=1)[0])
    words = first.split()
    return bool(words) and _name_run(words, 0) == len(words)


# --- a person and their title -------------------------------------------------


def _trim_period(text: str) -> str:
    """`text` without a sentence's full stop (`Acme Inc.` keeps its own)."""
    last = text.rsplit(None, 1)[-1].lower() if text.strip() else ""
    if last.endswith(".") and last.rstrip(".") not in speech.ABBREVIATIONS and last.count(".") == 1:
        return text[:-1].rstrip()
    return text


def _clean_title(title: str) -> str | None:
    """A title without relative clauses, leading articles or edge punctuation."""
    title = _relative_tail().sub("", title)
    title = _lead_article().sub("", title.strip(" ,;:")).strip(" ,;:")
    return title or None


def parse_person(phrase: str, after_verb: bool = False) -> Speaker | None:
    """`Name, Title` / `Title Name` / `Title, Name, Title` / a pronoun -> the speaker.

    `after_verb` is for a phrase that follows a speech verb (`said Ochoa upon
    hearing the news`): its first segment may go on past the name. None when
    the phrase names no one.
    """
    phrase = _trim_period(phrase.strip(" ,;:"))
    if not phrase or len(phrase) > _MAX_PHRASE:
        return None
    if phrase.lower() in speech.PRONOUNS:
        return Speaker(None, pronoun=True)
    if "," in phrase or ";" in phrase:
        segments = [s for s in _SEGMENT_SPLIT.split(phrase) if s]
    else:
        segments = [phrase]  # most phrases: one segment (`he`, `Jane Doe`), no split to run
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
    return Speaker(name, _clean_title(", ".join(p for p in parts if p)))


def _is_degree(segment: str) -> bool:
    """`M.D.`, `Ph.D.`, `Jr.`: letters after a name, not a title."""
    return segment.strip(" .").lower().replace(".", "") in _DEGREES


def _from_role(segment: str) -> str:
    """A title phrase from its first role word on (`Led by Chief Executive` -> ...)."""
    words = segment.split()
    for i, word in enumerate(words):
        if _bare(word).lower() in speech.ROLE_WORDS:
            return " ".join(words[i:])
    return segment


# --- sentences ----------------------------------------------------------------


def _sentence_ends(text: str) -> Iterator[regex.Match[str]]:
    """Where sentences end in `text` (after `Inc.` or an initial they do not)."""
    for match in _sentence_break().finditer(text):
        words = text[: match.start()].rsplit(None, 1)
        word = words[-1].strip(_TOKEN_PUNCT).rstrip(".!?").lower() if words else ""
        if word not in speech.ABBREVIATIONS and len(word) > 1:
            yield match


def first_sentence(text: str) -> str:
    """`text` up to its first sentence end (`Inc.` and initials do not end one)."""
    end = next(_sentence_ends(text), None)
    return text if end is None else text[: end.start() + 1]


def last_sentence(text: str) -> str:
    """The part of `text` after its last sentence end (all of it if none)."""
    start = 0
    for end in _sentence_ends(text):
        start = end.end()
    return text[start:]


# --- the people of the release ------------------------------------------------


def _names_in(text: str) -> Iterator[str]:
    """Every run of two or more name words (`Jane Doe`, `Amarildo de Mello`)."""
    words = text.split()
    firsts = [w[0] for w in words]  # `split` gives no empty word
    upper = list(map(str.isupper, firsts))
    if sum(upper) > 0.6 * len(words):
        return  # a headline or a list of names in Title Case: no sentence to trust
    # A name starts with a capital (or punctuation before one) and has a second word:
    # only such words are looked at, as most words of a paragraph are lowercase.
    may_start = list(map(operator.or_, upper, map(_TOKEN_PUNCT.__contains__, firsts)))
    end = 0
    for i in compress(range(len(words) - 1), may_start):
        if i < end or not (may_start[i + 1] or words[i + 1] in speech.NAME_PARTICLES):
            continue
        if _is_name_word(words[i]):
            run_end = _name_run(words, i)
            if run_end - i >= 2:
                yield _join(words[i:run_end])
                end = run_end


def _tail_name(segment: str) -> str | None:
    """A name of two or more words that ends `segment` (`... reporting to Dr. Jane Doe`)."""
    words = segment.rsplit(None, 7)[-7:]  # the last seven words, the rest not split
    if not words or not (words[-1][:1].isupper() or words[-1][:1] in _TOKEN_PUNCT):
        return None  # a name's last word is a name word or a capitalised particle
    for start in range(max(0, len(words) - 6), len(words) - 1):
        if _is_name_word(words[start]) and _name_run(words, start) == len(words):
            before = words[start - 1].lower() if start else ""
            if before in _PREPOSITIONS:
                return None
            return _join(words[start:])
    return None


_SEGMENT = regex.compile(r"[^,;]+")
"""A stretch between commas and semicolons, where an appositive's name or title stands."""


def _appositives(text: str, word: str = "") -> Iterator[tuple[int, str, str]]:
    """(offset, name, title) for `Jane Doe, CEO of Acme,` and `CEO of Acme, Jane Doe,`; with
    `word`, only those whose name stands in a segment holding that word (a name's words)."""
    segments = [(m.start(), m.group()) for m in _SEGMENT.finditer(text)]
    for i, (offset, segment) in enumerate(segments):
        if word not in segment:
            continue  # with no `word` given, "" is in every segment
        name = _tail_name(segment)
        if name is None:
            continue
        after = first_sentence(segments[i + 1][1]).strip() if i + 1 < len(segments) else ""
        if after and _has_role(after) and len(after.split()) <= 20:
            yield offset, name, _trim_period(after)
        elif i and segment.strip().endswith(name) and _find_name(segment) == (name, ""):
            before = segments[i - 1][1]
            if _has_role(before) and len(before.split()) <= 20:
                yield offset, name, _from_role(before.strip())


def _read_mentions(text: str, word: str = "") -> list[tuple[int, str, str]]:
    """(offset, name, title) of the `Name, Title` mentions of a paragraph (those whose
    segment holds `word`, if given), names without honorifics, titles cleaned."""
    return [
        (offset, _drop_honorifics(name), _clean_title(title) or title)
        for offset, name, title in islice(_appositives(text, word), _MAX_PEOPLE)
    ]


class Registry:
    """The people of a release: full names and first titles, by surname, and where each is
    named with a title (`Jane Doe, CEO of Acme,`), as the paragraphs tell them in order.

    A paragraph is read only where a question needs it: for a surname, only the paragraphs
    that hold it (a name's words are words of its paragraph); for the person last named
    before a pronoun, only the paragraphs since the last quotation's speaker.
    """

    __slots__ = ("_first_mention", "_full_name", "_mentions", "_names", "_spoken", "_texts")

    def __init__(self, texts: Sequence[str]) -> None:
        self._texts = texts
        self._mentions: dict[int, list[tuple[int, str, str]]] = {}
        """Paragraph index -> (offset, full name, title) of its `Name, Title` mentions."""
        self._names: dict[int, list[list[str]]] = {}
        """Paragraph index -> the words of each name of two or more words in it."""
        self._first_mention: dict[str, tuple[str, str] | None] = {}
        """Surname -> (full name, title) of its first `Name, Title` mention."""
        self._full_name: dict[str, str | None] = {}
        """Surname or first name -> the first full name of two or more words with it."""
        self._spoken: dict[str, str] = {}
        """Surname -> the first title a quotation gave its speaker (`note_title`)."""

    def resolve(self, name: str) -> str:
        """The fullest known form of `name` (`Doe` -> `Jane Doe`): as first named with a
        title, else as first named in full."""
        if " " in name:
            return name
        return self._fullest(name) or name

    def knows(self, name: str) -> bool:
        """Whether `name` is the surname (or first name) of someone named in full."""
        return self._fullest(name) is not None

    def title_of(self, name: str) -> str | None:
        """The title first given to someone with this surname: with a mention of the name,
        else with a quotation (`note_title`)."""
        surname = name.split()[-1]
        mention = self._mention_of(surname)
        return mention[1] if mention is not None else self._spoken.get(surname)

    def note_title(self, name: str, title: str) -> None:
        """A title a quotation gives its speaker, for their later quotations; a title given
        with a mention of the name anywhere in the release comes first."""
        self._spoken.setdefault(name.split()[-1], title)

    def last_named(self, since: tuple[int, int], until: tuple[int, int]) -> str | None:
        """The full name of the last `Name, Title` mention at or after `since` and before
        `until`, both (paragraph index, offset)."""
        for index in range(min(until[0], len(self._texts) - 1), since[0] - 1, -1):
            for offset, name, _ in reversed(self._mentions_in(index)):
                if since <= (index, offset) < until:
                    return name
        return None

    def _fullest(self, name: str) -> str | None:
        mention = self._mention_of(name)
        return mention[0] if mention is not None else self._named_in_full(name)

    def _mention_of(self, surname: str) -> tuple[str, str] | None:
        """(full name, title) of the first `Name, Title` mention of this surname."""
        if surname not in self._first_mention:
            self._first_mention[surname] = next(
                (
                    (name, title)
                    for index, text in enumerate(self._texts)
                    if surname in text
                    for _, name, title in self._mentions_with(index, surname)
                    if name.split()[-1] == surname
                ),
                None,
            )
        return self._first_mention[surname]

    def _mentions_with(self, index: int, word: str) -> list[tuple[int, str, str]]:
        """The mentions of a paragraph, or (when they are not read yet) those in its segments
        that hold `word`: all that a name with that word can be among."""
        if index in self._mentions:
            return self._mentions[index]
        text = self._texts[index]
        if text.count(",") + text.count(";") >= _MAX_PEOPLE:
            return self._mentions_in(index)  # so many segments that the bound may apply
        return _read_mentions(text, word)

    def _named_in_full(self, word: str) -> str | None:
        """The first full name whose surname or first name is `word`."""
        if word not in self._full_name:
            self._full_name[word] = next(
                (
                    " ".join(parts)
                    for index, text in enumerate(self._texts)
                    if word in text
                    for parts in self._names_in(index)
                    if word in (parts[0], parts[-1])
                ),
                None,
            )
        return self._full_name[word]

    def _mentions_in(self, index: int) -> list[tuple[int, str, str]]:
        if index not in self._mentions:
            self._mentions[index] = _read_mentions(self._texts[index])
        return self._mentions[index]

    def _names_in(self, index: int) -> list[list[str]]:
        if index not in self._names:
            found = (_drop_honorifics(n).split() for n in _names_in(self._texts[index]))
            self._names[index] = [parts for parts in islice(found, _MAX_PEOPLE) if len(parts) >= 2]
        return self._names[index]
