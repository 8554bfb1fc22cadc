"""Legal disclosures: is a paragraph legal text, and of which kind?

Releases close with legal text in fixed wording: the safe-harbor
paragraph, the FARA label, non-GAAP explanations, offer legends,
trademark notices, exchange notices. The wording is what identifies it,
so a paragraph is legal text when it holds a *strong cue* of a kind (a
phrase only lawyers write, from `_data.legal`). Under a heading that
opens legal text (`Forward-Looking Statements`), a *weak cue* of the
heading's kind is enough, which catches the later paragraphs of a long
disclosure (`Actual results ... risks and uncertainties`). A body
paragraph that merely talks about the future (`we expect revenue to
grow`) has no cue and is not a disclosure. The distributor's own
disclaimers (`The issuer is solely responsible for the content...`) are
wire footer, not disclosures.
"""

from __future__ import annotations

import functools
import re

from prparse._data.legal import HEADINGS, STRONG_CUE_ANCHORS, STRONG_CUES, WEAK_CUES, WIRE_NOTICES
from prparse._literals import (
    first_characters,
    folds_onto_ascii,
    gated_any,
    may_contain,
    required_words,
)
from prparse._model import DisclosureKind

__all__ = ["disclosure_continues", "disclosure_heading", "disclosure_kind"]


# A character class of a cue (kept, its space read as any whitespace: `forward[- ]looking`),
# else a space in a cue, or an optional one (`trade ?mark`).
_SPACE = re.compile(r"\[(?:\\.|[^\]\\])*\]| \??")


def _whitespace(match: re.Match[str]) -> str:
    text = match.group(0)
    if text.startswith("["):
        return text.replace(" ", r"\s")
    return r"\s*" if text.endswith("?") else r"\s+"


def _any_source(fragments: tuple[str, ...], *, whole: bool = False) -> str:
    """The source of one pattern matching any fragment; spaces match any whitespace."""
    body = "|".join(f"(?:{f})" for f in fragments)
    body = _SPACE.sub(_whitespace, body)
    if whole:
        body = rf"^(?:{body})$"
    elif (first := first_characters(fragments)) is not None:
        body = f"(?=[{re.escape(first)}])(?:{body})"  # searched: most positions fail at once
    return body


def _compile_any(fragments: tuple[str, ...]) -> re.Pattern[str]:
    """One case-insensitive pattern matching any fragment; spaces match any whitespace."""
    return re.compile(_any_source(fragments), re.IGNORECASE)


@functools.cache
def _strong(kind: DisclosureKind) -> re.Pattern[str]:
    """The kind's strong cues in one pattern, compiled on first use: a release's paragraphs
    pass the anchor test of few kinds, and the patterns are long to compile."""
    return _compile_any(STRONG_CUES[kind.value])


_CUE_SETS = 256
"""Sets of a kind's cues whose pattern is kept: a corpus's paragraphs make few (92 in
`shared/bulk` and the fixtures), as a paragraph holds the words of few cues."""
_CUE_WORDS = {
    DisclosureKind(k): tuple(required_words((cue,)) for cue in v) for k, v in STRONG_CUES.items()
}
"""Per kind, per strong cue, words one of which the cue holds (None: not told)."""
_STRONG_WORDS = {
    kind: tuple(dict.fromkeys(w for words in cues if words for w in words))
    for kind, cues in _CUE_WORDS.items()
}
"""Per kind, its cues' words: a finer test than the kind's anchors (`trade` or `service`,
not `mark`, which `market` holds), so that fewer paragraphs are scanned for a kind's cues,
and for fewer of them."""


@functools.lru_cache(maxsize=_CUE_SETS)
def _strong_cues(kind: DisclosureKind, present: tuple[str, ...]) -> re.Pattern[str] | None:
    """The kind's strong cues that a text holding these of their words may hold (those with
    one of them, or none told), in one pattern (compiled on first use); None if none.

    A cue none of whose words the text holds matches nowhere in it, so the pattern of the
    others finds the matches that of all of them does, where fewer branches are tried at
    each position.
    """
    cues, held = STRONG_CUES[kind.value], set(present)
    kept = tuple(
        cue
        for cue, words in zip(cues, _CUE_WORDS[kind], strict=True)
        if words is None or not held.isdisjoint(words)
    )
    if len(kept) == len(cues):
        return _strong(kind)
    return _compile_any(kept) if kept else None


@functools.cache
def _weak(kind: DisclosureKind) -> re.Pattern[str]:
    """The kind's weak cues in one pattern, compiled on first use (only under a heading of
    the kind or after a disclosure of it are they looked for)."""
    return _compile_any(WEAK_CUES[kind.value])


_RARE_FIRST = "0123456789qjzxkvbwyfgpmuhdclrsonaite "
"""Digits, lowercase letters and the space by how often they stand in English releases,
rarest first (counted over the paragraphs of `shared/bulk`); any other character counts as
rarer still."""


def _pivot_characters(words: tuple[str, ...]) -> frozenset[str]:
    """Characters one of which each word holds, the commonest let go first while every word
    keeps one: the fewer and rarer they are, the fewer positions of a text the words'
    pattern is tried at (`mark` is found at its `m`, like `marca`, not also at a `k`).
    Worth it for many words sharing letters (the anchors); for a few, each word's rarest
    character may be rarer than a shared one."""
    kept = set("".join(words))
    for character in sorted(kept, key=lambda c: -_RARE_FIRST.find(c) if c in _RARE_FIRST else 1):
        if all(any(c in kept and c != character for c in word) for word in words):
            kept.discard(character)
    return frozenset(kept)


def _rarest(word: str, among: frozenset[str] | None = None) -> int:
    """Where the word's rarest character (of `among`, if given) stands (the first of equals)."""
    held = (i for i in range(len(word)) if among is None or word[i] in among)
    return min(held, key=lambda i: (_RARE_FIRST.find(word[i]), i))


def _pivoted(words: tuple[str, ...], among: frozenset[str] | None = None) -> str:
    """A pattern matching any of the words, each led by its rarest character (of `among`, if
    given), the whole word checked behind once the characters after it matched
    (`fe(?<=safe)` for `safe`); a match starts at that character.

    `re` tries a pattern only at characters that can start it: these few characters stand
    at far fewer positions of a text than the first letters of the words do, and at most
    of them the branches fail at the next character, before any look behind.
    """
    by_pivot: dict[str, list[str]] = {}
    for word in words:
        at = _rarest(word, among)
        by_pivot.setdefault(word[at], []).append(_branch(word, at))
    branches = sorted(by_pivot.items())
    return "|".join(f"{re.escape(pivot)}(?:{'|'.join(sorted(rests))})" for pivot, rests in branches)


def _branch(word: str, at: int) -> str:
    """The word's alternative in `_pivoted`'s pattern, after its pivot (at `at`): the
    characters after the pivot, then the whole word looked behind at (where the pivot is
    not its first character). At a pivot, `_pivoted`'s pattern tries these in their order."""
    behind = f"(?<={re.escape(word)})" if at else ""
    return re.escape(word[at + 1 :]) + behind


_HEADING_KINDS = [DisclosureKind(k) for k in HEADINGS]


@functools.cache
def _any_heading() -> re.Pattern[str]:
    """Every kind's heading pattern in one, each in its group, in the table's order: the
    first kind whose pattern matches is the group that matches (one scan, not one per kind).
    Compiled on first use: most releases have no line with a heading's words."""
    return re.compile(
        "|".join(
            f"(?P<k{index}>{_any_source(fragments, whole=True)})"
            for index, fragments in enumerate(HEADINGS.values())
        ),
        re.IGNORECASE,
    )


_HEADING_WORDS = required_words(tuple(f for fragments in HEADINGS.values() for f in fragments))
"""Words one of which every heading holds (`forward`, `gaap`, `disclaimer`; None: not told):
most short lines hold none, and need not be cleaned and matched."""

_ANY_HEADING_WORD = re.compile(_pivoted(_HEADING_WORDS)) if _HEADING_WORDS is not None else None
"""One of them in a lowered text."""
_WIRE_NOTICE = gated_any(WIRE_NOTICES, functools.partial(_compile_any, WIRE_NOTICES))
"""The distributor's own disclaimers, compiled on first use: few paragraphs hold their words."""
_ANCHORS = tuple(dict.fromkeys(a for anchors in STRONG_CUE_ANCHORS.values() for a in anchors))
_ANCHOR_PIVOTS = _pivot_characters(_ANCHORS)
_ANY_ANCHOR = re.compile(_pivoted(_ANCHORS, _ANCHOR_PIVOTS))
"""Every kind's anchors in one pattern, searched in the lowered text: a text with none of
them has no strong cue of any kind."""


def _kinds_by_match() -> dict[str, frozenset[DisclosureKind]]:
    """Per text an `_ANY_ANCHOR` match may have (an anchor from its pivot on), the kinds of the
    anchors that may stand where it was matched unmatched themselves, its own included: one
    whose pivot stands inside the match (`findall` reads on from a match's end), or at its
    start and tried after it (at a pivot the first branch that matches is taken), whose
    letters agree with the matched anchor's wherever both stand.

    An anchor whose pivot stands elsewhere is matched itself (or one that stands for it).
    """
    placed = [
        (anchor[:at], anchor[at:], _branch(anchor, at), DisclosureKind(kind_name))
        for kind_name, anchors in STRONG_CUE_ANCHORS.items()
        for anchor in anchors
        for at in (_rarest(anchor, _ANCHOR_PIVOTS),)
    ]
    kinds: dict[str, set[DisclosureKind]] = {}
    for before, matched, branch, _ in placed:
        found = kinds.setdefault(matched, set())
        for other_before, other_from_pivot, other_branch, other_kind in placed:
            if other_kind in found:
                continue
            # Where its pivot may stand: at a character of the match that is its pivot.
            shift = matched.find(other_from_pivot[0])
            while shift >= 0:
                if (
                    (shift or other_branch >= branch)
                    and _agree(before + matched[:shift], other_before, back=True)
                    and _agree(matched[shift:], other_from_pivot)
                ):
                    found.add(other_kind)
                    break
                shift = matched.find(other_from_pivot[0], shift + 1)
    return {matched: frozenset(found) for matched, found in kinds.items()}


def _agree(first: str, second: str, *, back: bool = False) -> bool:
    """Whether two texts read on from the same place agree (one starts the other); with
    `back`, two texts that end at the same place (one ends the other)."""
    if back:
        return first.endswith(second) or second.endswith(first)
    return first.startswith(second) or second.startswith(first)


_KINDS_BY_MATCH = _kinds_by_match()

# Kinds tried in this order when several have strong cues with equal counts:
# the more specific notice first (a safe-harbor paragraph may also say "offer").
_PRIORITY = (
    DisclosureKind.FARA,
    DisclosureKind.FORWARD_LOOKING,
    DisclosureKind.NON_GAAP,
    DisclosureKind.OFFER,
    DisclosureKind.TRADEMARK,
    DisclosureKind.OTHER,
)
_KIND_WORDS = tuple((kind, _STRONG_WORDS[kind]) for kind in _PRIORITY)
"""Per kind in `_PRIORITY` order: its strong cues' words."""

_HEADING_MARKUP = re.compile(
    r"""
    ^[\s#*_>\[(\"“]+        # Markdown heading, emphasis, quote and bracket marks before
    | [\s*_\])\"”:.\-–—]+$  # the same after, and a closing colon, dot or dash
    """,
    re.VERBOSE,
)
_LONGEST_HEADING = 120
_SHORT_NOTICE = 600
"""A paragraph up to this length may hold its cue anywhere."""
_CUE_WINDOW = 400
"""In a longer paragraph a strong cue must start within this many characters."""
_FOOTNOTE_MARK = re.compile(r"^\s*(?:\(\d{1,2}\)|\[\d{1,2}\]|[*†‡¹²³]+)\s*(?=\w)")
"""A table footnote's mark: `(1) This presentation includes non-GAAP measures...`."""
_HEADING_TEXT_SPLIT = re.compile(r"^(?P<head>[^.:]{3,100}):\s+(?=\S)")
_SHORTEST_RUN_IN, _LONGEST_RUN_IN = 3, 101
"""Where the first colon of a text with a run-in heading stands: past its 3 to 100 characters."""


def _may_be_heading(text: str) -> bool:
    """False only when `text` holds none of the words one of which every heading holds: in
    an ASCII text one search of its lowered text tells (`IGNORECASE` folds no other letter
    onto an ASCII one there), elsewhere `may_contain`."""
    if _HEADING_WORDS is None or _ANY_HEADING_WORD is None:
        return True
    if text.isascii():
        return _ANY_HEADING_WORD.search(text.lower()) is not None
    return may_contain(text, _HEADING_WORDS)


def _clean_heading(text: str) -> str:
    """A heading's words, without markup or a closing colon, spaces collapsed."""
    return " ".join(_HEADING_MARKUP.sub("", text).split())


def disclosure_heading(text: str) -> DisclosureKind | None:
    """The kind of legal text a stand-alone heading line opens, or None.

    `Forward-Looking Statements`, `Cautionary Note Regarding Forward-Looking
    Statements:`, `**Safe Harbor Statement**` -> FORWARD_LOOKING;
    `Use of Non-GAAP Financial Measures` -> NON_GAAP; `Trademarks` ->
    TRADEMARK; `Disclaimer`, `Haftungsausschluss` -> OTHER.
    """
    if len(text) > _LONGEST_HEADING or not _may_be_heading(text):
        return None
    found = _any_heading().match(_clean_heading(text))
    return _HEADING_KINDS[int(found.lastgroup[1:])] if found and found.lastgroup else None


def _strong_kind(text: str) -> DisclosureKind | None:
    """The kind with the most strong cues in `text` (ties by `_PRIORITY`), or None.

    In a long paragraph a cue counts only near its start: a notice is
    written as a paragraph of its own, while a narrative paragraph may end
    with a passing `X is a registered trademark of Y.`
    """
    best: DisclosureKind | None = None
    best_count = 0
    long = len(text) > _SHORT_NOTICE
    head = text[: _CUE_WINDOW + _SHORT_NOTICE] if long else text
    lowered = head.lower()
    matched = _ANY_ANCHOR.findall(lowered)
    if not matched:
        return None
    anchored = _anchored_kinds(matched)
    # A cue's words are looked for as `may_contain` does, in the text lowered once.
    folds = folds_onto_ascii(head)
    for kind, words in _KIND_WORDS:
        if kind not in anchored:
            continue
        held = words if folds else tuple(filter(lowered.__contains__, words))
        pattern = _strong_cues(kind, held)
        if pattern is None:
            continue
        count = _count_starting_before(pattern, head, _CUE_WINDOW if long else None)
        if count > best_count:
            best, best_count = kind, count
    return best


def _anchored_kinds(matched: list[str]) -> set[DisclosureKind]:
    """The kinds one of whose anchors may stand in a text where `_ANY_ANCHOR.findall` found
    these (`_KINDS_BY_MATCH`: every kind one of whose anchors the text holds, and perhaps a
    few more, whose cues are then looked for and not found)."""
    kinds: set[DisclosureKind] = set()
    for found in set(matched):
        kinds |= _KINDS_BY_MATCH[found]
    return kinds


def _count_starting_before(pattern: re.Pattern[str], text: str, limit: int | None) -> int:
    """How many matches of `pattern` in `text` start before `limit` (all if None); matches
    come in order of their start, so the scan stops at the first one past it."""
    count = 0
    for match in pattern.finditer(text):
        if limit is not None and match.start() >= limit:
            break
        count += 1
    return count


def _inline_heading_kind(text: str) -> DisclosureKind | None:
    """The kind named by a run-in heading (`Safe Harbor Statement: ...`), or None."""
    if text.find(":", 0, _LONGEST_RUN_IN) < _SHORTEST_RUN_IN:
        return None  # no colon where a run-in heading's may stand (a cheaper test than its match)
    match = _HEADING_TEXT_SPLIT.match(text)
    return disclosure_heading(match.group("head")) if match else None


def disclosure_kind(text: str, heading: str | None = None) -> DisclosureKind | None:
    """The kind of legal disclosure `text` is, or None when it is not legal text.

    `heading` is the heading the paragraph stands under, if any: under a
    disclosure heading (see `disclosure_heading`) a weak cue of that kind
    suffices; elsewhere a strong cue is needed. A strong cue of another
    kind wins over the heading (a trademark notice after the safe harbor).
    A heading line alone (`Forward-Looking Statements`) gives its kind too;
    the distributor's disclaimers and table footnotes (`(1) This
    presentation includes non-GAAP measures...`) give None.
    """
    strong = _strong_kind(text)
    heading_kind = disclosure_heading(heading) if heading else None
    if heading_kind is None:
        heading_kind = _inline_heading_kind(text)
    if strong is None and heading_kind is None:
        return None  # most paragraphs: no cue, no heading (the notices below change nothing)
    if _WIRE_NOTICE.search(text) or _FOOTNOTE_MARK.match(text):
        return None
    if heading_kind is not None:
        if strong is not None and not _strong(heading_kind).search(text):
            return strong
        if strong is not None or _weak(heading_kind).search(text):
            return heading_kind
    return strong


def disclosure_continues(text: str, kind: DisclosureKind) -> bool:
    """Whether a paragraph right after a disclosure of `kind` carries it on.

    Long disclosures run over several paragraphs, the later ones often
    without the kind's fixed phrases (`Stock-based compensation expenses:
    We have excluded ... from our non-GAAP operating expenses`): a weak or
    strong cue of the same kind is enough to carry on, and a strong cue of
    another kind starts a new disclosure instead.
    """
    if _WIRE_NOTICE.search(text) or _FOOTNOTE_MARK.match(text):
        return False
    strong = _strong_kind(text)
    if strong is not None:
        return strong is kind
    return _weak(kind).search(text) is not None
