"""Zones: where the header, body and trailer of a release begin.

A release runs header (headline, deck lines) -> lead (dateline + first
paragraph) -> body -> trailer (About X, contacts, legal text, wire footer),
with page chrome possibly around it. The dateline is the anchor: the best
dateline candidate among the first blocks splits header from body (the
headline and deck above it are `_header`'s business). The first trailer cue
after the body's start (About X, `###`, a contact or legal heading, the
wire's closing line) splits body from trailer.
"""

from __future__ import annotations

import dataclasses
import html
import re
from collections.abc import Sequence

from . import _cues as cue
from ._blocks import Block, Hint, PageMeta
from ._contacts import contact_heading
from ._dateline import DatelineMatch, find_dateline
from ._disclosures import disclosure_heading
from ._header import (
    block_with_title,
    deck_end,
    declared_titles,
    densest_run,
    headline_before,
    headline_span,
    headline_without_dateline,
)

# How far into the document a dateline is looked for (blocks): crawled pages
# put hundreds of navigation lines before the release.
_DATELINE_SEARCH = 1500
_MIN_DATELINE_SCORE = 0.5
_BEST_SCORE = 1.0
# A dateline is looked for inside blocks at least this long (a page crammed
# onto one line); in a shorter block it would stand at the start.
_CRAMMED_BLOCK = 200
# A dateline further down must score this much more per block to win.
_DISTANCE_PENALTY = 0.002
# A dateline with a wire's marker, or a place and a date.
_STRONG_DATELINE_SCORE = 0.75
# A character reference, read as `html.unescape` reads one.
_REFERENCE = re.compile(r"&(?:#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)")
# How much of a block's text after a cut is looked for verbatim in the source, longest first.
_PROBES = (32, 16, 8, 4, 2, 1)


@dataclasses.dataclass(frozen=True, slots=True)
class Zones:
    """Block indices that split a release into its zones."""

    release_start: int
    """First block of the release (blocks before it are page chrome)."""
    headline: int | None
    body_start: int
    """First block of the body (the dateline's block when there is one)."""
    trailer_start: int
    """First block of the trailer, or len(blocks) when there is none."""
    dateline: DatelineMatch | None = None
    dateline_block: int | None = None
    headline_text: str | None = None
    """A headline taken from the page's metadata when no block holds it."""
    headline_span: int = 1
    """How many blocks the headline spans (a headline set on two lines)."""
    meta_end: int = 0
    """Blocks that start before this offset are the document's metadata (front matter)."""
    deck_end: int = 0
    """Header blocks from here to the body are not deck lines (page furniture, meta lines)."""


def find_dateline_block(blocks: Sequence[Block]) -> tuple[int, DatelineMatch] | None:
    """The block that opens with the release's dateline, and the match."""
    best: tuple[float, int, DatelineMatch] | None = None
    for index, block in enumerate(blocks[:_DATELINE_SEARCH]):
        if best is not None and best[0] >= _BEST_SCORE - _DISTANCE_PENALTY * index:
            break  # no later block can outrank the best one
        if block.hint in (Hint.RULE, Hint.TABLE_ROW) or len(block.text) < 4:
            continue
        match = find_dateline(block.text)
        if match is None or match.score < _MIN_DATELINE_SCORE:
            continue
        rank = match.score - _DISTANCE_PENALTY * index
        if best is None or rank > best[0]:
            best = (rank, index, match)
    return None if best is None else (best[1], best[2])


def _plain_letters(window: str, start: int, end: int) -> list[tuple[str, int, int]]:
    return [(ch, at, at + 1) for at in range(start, end) if (ch := window[at]).isalnum()]


def _source_letters(window: str) -> list[tuple[str, int, int]]:
    """The letters and digits of `window`, each with the span of the window it is read from.

    A character reference counts as the letters it stands for, all spanning the
    reference (the text front end decodes references in a block's text).
    """
    letters: list[tuple[str, int, int]] = []
    pos = 0
    for reference in _REFERENCE.finditer(window) if "&" in window else ():
        letters += _plain_letters(window, pos, reference.start())
        decoded = html.unescape(reference.group())
        letters += [(ch, reference.start(), reference.end()) for ch in decoded if ch.isalnum()]
        pos = reference.end()
    return letters + _plain_letters(window, pos, len(window))


def _earliest_end(letters: Sequence[tuple[str, int, int]], text: str) -> int | None:
    """Where, at the earliest, all the letters of `text` have been read in order (None: never)."""
    end, index = 0, 0
    for ch in (c for c in text if c.isalnum()):
        while index < len(letters) and letters[index][0] != ch:
            index += 1
        if index == len(letters):
            return None
        end = letters[index][2]
        index += 1
    return end


def _latest_start(letters: Sequence[tuple[str, int, int]], text: str, default: int) -> int | None:
    """Where, at the latest, reading the letters of `text` in order can begin (None: nowhere)."""
    start, index = default, len(letters) - 1
    for ch in (c for c in reversed(text) if c.isalnum()):
        while index >= 0 and letters[index][0] != ch:
            index -= 1
        if index < 0:
            return None
        start = letters[index][1]
        index -= 1
    return start


def _verbatim_start(window: str, text: str, low: int, high: int) -> int:
    """The offset in `low..high` where the window reads most like the start of `text`.

    The longest verbatim opening wins, its first occurrence on a tie; `high` when
    not even the first character is there (a reference, say).
    """
    for length in _PROBES:
        probe = text[:length]
        found = window.find(probe, low, high + len(probe)) if probe else -1
        if found >= 0:
            return found
    return high


def _cut_offset(source: str, block: Block, text_offset: int) -> int | None:
    """The source offset at which to cut the block so that its text splits at `text_offset`.

    The block's text is the source less its markup (link targets, emphasis,
    escapes, references; broken lines joined), so its letters are read off the
    source in order: the head's as early as they can be, the tail's as late as
    they can be. Any offset between the two keeps each half's text in its span;
    the one where the source reads like the tail's opening is taken. None when
    the text cannot be read off the source so (no sound cut).
    """
    window = source[block.start : block.end]
    letters = _source_letters(window)
    tail = block.text[text_offset:]
    low = _earliest_end(letters, block.text[:text_offset])
    high = _latest_start(letters, tail, len(window))
    if low is None or high is None or low > high:
        return None
    return block.start + _verbatim_start(window, tail, low, high)


def split_at_dateline(blocks: list[Block], source: str) -> list[Block]:
    """Split the block that holds the dateline mid-text (a page crammed onto one line).

    Used when no block opens with a strong dateline; only a dateline with a
    wire's marker is taken from inside a block, and only before a weaker one.
    """
    found = find_dateline_block(blocks)
    if found is not None and found[1].score >= _STRONG_DATELINE_SCORE:
        return blocks
    limit = found[0] if found is not None else min(len(blocks), _DATELINE_SEARCH)
    minimum = _STRONG_DATELINE_SCORE if found is not None else _MIN_DATELINE_SCORE
    for index, block in enumerate(blocks[:limit]):
        if len(block.text) < _CRAMMED_BLOCK:
            continue
        match = find_dateline(block.text, anywhere=True)
        if match is None or match.score < minimum or match.start == 0:
            continue
        cut = _cut_offset(source, block, match.start)
        if cut is None or not block.start < cut < block.end:
            continue
        # A nested HTML block may start inside this one: the tail starts no later than it,
        # so that sections stay in document order (its span still holds its text).
        tail_start = min(cut, blocks[index + 1].start) if index + 1 < len(blocks) else cut
        head = dataclasses.replace(block, text=block.text[: match.start].strip(), end=cut, lines=())
        tail = dataclasses.replace(
            block, text=block.text[match.start :], start=tail_start, lines=(), gap_before=True
        )
        return [*blocks[:index], head, tail, *blocks[index + 1 :]]
    return blocks


def _narrative(block: Block) -> bool:
    return (
        cue.word_count(block.text) >= 25
        and cue.ends_sentence(block.text)
        and not trailer_cue(block)
    )


def ends_release(block: Block, following: Sequence[Block]) -> bool:
    """A closing wire line (`SOURCE Acme`, `View original content`) with no narrative after it."""
    if cue.release_end(block):
        return True
    return cue.closing_footer(block) and not any(_narrative(b) for b in following[:2])


def trailer_cue(block: Block) -> bool:
    """Whether a block opens the trailer: About X, `###`, a contact or legal heading, footer."""
    return (
        block.hint in (Hint.BOILERPLATE, Hint.CONTACT)  # a feed item says so
        or cue.about_heading(block)
        or bool(cue.inline_about_heading(block))
        or cue.separator(block)
        or cue.release_end(block)
        or (cue.is_short_heading(block) and contact_heading(block.text))
        or disclosure_heading(block.text) is not None
    )


def _apply_meta(blocks: Sequence[Block], zones: Zones, meta: PageMeta) -> Zones:
    """Let the page's declared title confirm, or stand in for, the headline."""
    zones = dataclasses.replace(zones, meta_end=meta.end)
    titles = declared_titles(meta)
    if not titles:
        return zones
    end = zones.body_start if zones.dateline is not None else min(len(blocks), _DATELINE_SEARCH)
    index = block_with_title(blocks, titles, end)
    if index is not None:
        return dataclasses.replace(
            zones, headline=index, release_start=min(index, zones.release_start)
        )
    current = zones.headline
    if current is None or blocks[current].hint is not Hint.HEADING:
        return dataclasses.replace(
            zones, headline=None, headline_text=titles[0], deck_end=zones.body_start
        )
    return zones


def find_zones(blocks: Sequence[Block], meta: PageMeta | None = None) -> Zones:
    """Split the blocks into chrome, header, body and trailer."""
    if meta is not None and meta.end:
        blocks_after = next((i for i, b in enumerate(blocks) if b.start >= meta.end), len(blocks))
    else:
        blocks_after = 0
    zones = _find_zones(blocks, blocks_after)
    return zones if meta is None else _apply_meta(blocks, zones, meta)


def _body_run(blocks: Sequence[Block], first: int) -> int:
    """Where the body starts without a dateline: the densest prose run before `About X`
    (a teaser's one paragraph, then the wire's own boilerplate), else anywhere."""
    about = next((i for i in range(first, len(blocks)) if cue.about_heading(blocks[i])), None)
    if about is not None and (run := densest_run(blocks, first, about)) is not None:
        return run
    run = densest_run(blocks, first, len(blocks))
    return first if run is None else run


def _find_zones(blocks: Sequence[Block], first: int) -> Zones:
    found = find_dateline_block(blocks)
    if found is not None:
        index, match = found
        start, headline = headline_before(blocks, index)
        body_start = index
    else:
        index, match = -1, None
        run_start = _body_run(blocks, first)
        start, headline = headline_before(blocks, run_start)
        if headline is None:
            headline = headline_without_dateline(blocks, first)
            start = headline if headline is not None else first
        body_start = run_start if headline is None or headline < run_start else headline + 1
    trailer = next(
        (
            i
            for i in range(body_start + 1, len(blocks))
            if trailer_cue(blocks[i]) or ends_release(blocks[i], blocks[i + 1 : i + 3])
        ),
        len(blocks),
    )
    span = 1
    if headline is not None:
        headline, span = headline_span(blocks, headline, body_start)
        start = min(start, headline)
    return Zones(
        release_start=start,
        headline=headline,
        headline_span=span,
        deck_end=body_start
        if headline is None
        else deck_end(blocks, headline + span - 1, body_start),
        body_start=body_start,
        trailer_start=trailer,
        dateline=match,
        dateline_block=index if match is not None else None,
    )
