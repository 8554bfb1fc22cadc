"""Zones: where the header, body and trailer of a release begin.

A release runs header (headline, deck lines) -> lead (dateline + first
paragraph) -> body -> trailer (About X, contacts, legal text, wire footer),
with page chrome possibly around it. The dateline is the anchor: the best
dateline candidate among the first blocks splits header from body. The
headline is the nearest heading before it, else the first title-like block
of the run of header blocks that ends at the dateline. The first trailer
cue after the body's start splits body from trailer.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from . import _cues as cue
from ._blocks import Block, Hint, PageMeta
from ._contacts import contact_heading
from ._dateline import DatelineMatch, find_dateline
from ._disclosures import disclosure_heading

# How far into the document a dateline is looked for (blocks): crawled pages
# put hundreds of navigation lines before the release.
_DATELINE_SEARCH = 1500
# How many blocks a header (headline, deck, meta lines) may span.
_HEADER_SPAN = 12
_MIN_DATELINE_SCORE = 0.5
# A dateline with a wire's marker, or a place and a date.
_STRONG_DATELINE_SCORE = 0.75


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
        if block.hint in (Hint.RULE, Hint.TABLE_ROW) or len(block.text) < 4:
            continue
        match = find_dateline(block.text)
        if match is None or match.score < _MIN_DATELINE_SCORE:
            continue
        rank = match.score - 0.002 * index
        if best is None or rank > best[0]:
            best = (rank, index, match)
    return None if best is None else (best[1], best[2])


def _source_offset(source: str, block: Block, text_offset: int, anchor: str) -> int:
    """Where in the source the character at `text_offset` of the block's text stands."""
    window = source[block.start : block.end]
    for probe in (anchor, anchor[:24], anchor[:12]):
        found = window.find(probe) if probe else -1
        if found >= 0:
            return block.start + found
    share = text_offset / max(1, len(block.text))
    return block.start + int(share * (block.end - block.start))


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
        match = find_dateline(block.text, anywhere=True)
        if match is None or match.score < minimum or match.start == 0:
            continue
        cut = _source_offset(source, block, match.start, match.dateline.raw)
        if not block.start < cut < block.end:
            continue
        head = dataclasses.replace(block, text=block.text[: match.start].strip(), end=cut, lines=())
        tail = dataclasses.replace(
            block, text=block.text[match.start :], start=cut, lines=(), gap_before=True
        )
        return [*blocks[:index], head, tail, *blocks[index + 1 :]]
    return blocks


def _headerish(block: Block) -> bool:
    return block.hint is Hint.RULE or not (cue.chrome(block) or cue.link_list(block))


def _headline_candidate(block: Block) -> bool:
    return (
        cue.title_like(block)
        and not cue.meta(block)
        and not cue.wire_footer(block)
        and not contact_heading(block.text)
        and not cue.quoted(block.text)
        and not cue.release_date_line(block)
    )


def _headline_score(block: Block) -> float:
    """How much a header block looks like the headline rather than a deck line."""
    text = block.text
    score = 0.0
    if block.hint is Hint.HEADING:
        score += 3.0 if block.level <= 1 else 2.0
    elif block.hint is Hint.EMPHASIS:
        score += 1.0
    elif block.hint is Hint.LIST_ITEM:
        score -= 2.0  # highlight bullets are deck lines
    score += 1.5 * cue.title_case_ratio(text)
    if 30 <= len(text) <= 220:
        score += 1.0
    elif len(text) < 20:
        score -= 1.0
    if cue.ends_sentence(text):
        score -= 1.0
    if "|" in text or cue.word_count(text) > 40:
        score -= 1.5
    return score


def _under_contact_heading(block: Block, lines_so_far: int) -> bool:
    """A line of a contact block: set right under it, or a short row of a contact table."""
    if not block.gap_before:
        return True
    short = cue.word_count(block.text) <= 12 and not cue.ends_sentence(block.text)
    return lines_so_far <= 8 and short and block.hint in (Hint.TABLE_ROW, Hint.RULE)


def header_contact_lines(blocks: Sequence[Block], start: int, end: int) -> set[int]:
    """Header blocks that belong to a contact block (a contact heading and the lines under it)."""
    lines: set[int] = set()
    index = start
    while index < end:
        if contact_heading(blocks[index].text) and cue.word_count(blocks[index].text) <= 12:
            lines.add(index)
            index += 1
            while index < end and _under_contact_heading(blocks[index], index - start):
                lines.add(index)
                index += 1
        else:
            index += 1
    return lines


def _header_window(blocks: Sequence[Block], end: int) -> int:
    """The first block of the window before block `end` that may hold the header.

    Page furniture (share buttons, "News provided by", a timestamp) often
    stands between the headline and the dateline, so chrome is passed over,
    but only `_HEADER_SPAN` blocks of content are taken.
    """
    start, content = end, 0
    while start > 0 and content < _HEADER_SPAN:
        start -= 1
        block = blocks[start]
        if block.hint is not Hint.RULE and not (cue.chrome(block) or cue.link_list(block)):
            content += 1
    return start


def _headline_before(blocks: Sequence[Block], end: int) -> tuple[int, int | None]:
    """(release start, headline index) for a header that ends before block `end`."""
    start = _header_window(blocks, end)
    # The wire's wrapper lines (`Press Release: ...`, `Source: X`) stand just above the headline.
    wrapper = [i for i in range(start, end) if cue.wire_footer(blocks[i]) or cue.meta(blocks[i])]
    contacts = header_contact_lines(blocks, start, end)
    for first in ([wrapper[-1] + 1] if wrapper else []) + [start]:
        candidates = [
            i
            for i in range(first, end)
            if i not in contacts and _headerish(blocks[i]) and _headline_candidate(blocks[i])
        ]
        if candidates:
            return start, max(candidates, key=lambda i: _headline_rank(blocks, i, end))
    return end, None


def _headline_rank(blocks: Sequence[Block], index: int, end: int) -> tuple[float, int]:
    """A candidate's headline score, less a little for each block of content below it."""
    below = sum(1 for j in range(index + 1, end) if blocks[j].hint is not Hint.RULE)
    return _headline_score(blocks[index]) - 0.1 * below, -index


def _one_headline(first: Block, second: Block) -> bool:
    """Two short lines set alike that read as one headline (`**Acme Buys**` / `**Beta**`)."""
    short = cue.word_count(first.text) <= 6 and cue.word_count(second.text) <= 8
    alike = (
        first.hint is second.hint
        and first.hint in (Hint.EMPHASIS, Hint.HEADING)
        and first.level == second.level
    )
    return short and alike and not cue.ends_sentence(first.text) and _headline_candidate(second)


def _headline_span(blocks: Sequence[Block], headline: int, end: int) -> tuple[int, int]:
    """The headline's first block and how many blocks it spans (1 or 2)."""
    if (
        headline > 0
        and _headline_candidate(blocks[headline - 1])
        and _one_headline(blocks[headline - 1], blocks[headline])
    ):
        return headline - 1, 2
    if headline + 1 < end and _one_headline(blocks[headline], blocks[headline + 1]):
        return headline, 2
    return headline, 1


def _deck_end(blocks: Sequence[Block], headline: int, end: int) -> int:
    """Where the deck under a headline stops: at the first chrome, meta or date line."""
    index = headline + 1
    while index < end:
        block = blocks[index]
        if block.hint is not Hint.RULE and (
            not _headerish(block)
            or cue.meta(block)
            or cue.release_date_line(block)
            or contact_heading(block.text)
            or cue.wire_footer(block)
        ):
            break
        index += 1
    return index


def _prose_weight(block: Block) -> float:
    """How much a block speaks for being part of a release's narrative."""
    words = cue.word_count(block.text)
    if cue.chrome(block) or cue.link_list(block):
        return -8.0
    if words >= 15 and cue.ends_sentence(block.text) and block.link_chars < 0.3 * len(block.text):
        return float(words)
    return -3.0 if words < 8 else 0.0


def _densest_run(blocks: Sequence[Block], first: int) -> int:
    """Where the densest run of prose paragraphs starts (a release without a dateline)."""
    best_sum, best_start = 0.0, first
    running, running_start = 0.0, first
    for index in range(first, len(blocks)):
        weight = _prose_weight(blocks[index])
        if running <= 0:
            running, running_start = 0.0, index
        running += weight
        if running > best_sum:
            best_sum, best_start = running, running_start
    return best_start


def _headline_without_dateline(blocks: Sequence[Block], first: int) -> int | None:
    """With no dateline: the first top-level heading, else the first title-like block."""
    window = range(first, min(len(blocks), _DATELINE_SEARCH))
    for index in window:
        block = blocks[index]
        if block.hint is Hint.HEADING and block.level == 1 and _headline_candidate(block):
            return index
    for index in window:
        block = blocks[index]
        if _headerish(block) and _headline_candidate(block) and cue.word_count(block.text) >= 3:
            return index
    return None


def _deck_without_dateline(blocks: Sequence[Block], headline: int) -> int:
    """The first block after a headline's deck lines (emphasised or sub-heading lines)."""
    index = headline + 1
    while index < len(blocks) and index <= headline + 4:
        block = blocks[index]
        deck = block.hint is Hint.EMPHASIS or (block.hint is Hint.HEADING and block.level > 1)
        if deck or cue.meta(block) or cue.wire_footer(block):
            index += 1
        else:
            break
    return index


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
        cue.about_heading(block)
        or bool(cue.inline_about_heading(block))
        or cue.separator(block)
        or cue.release_end(block)
        or (cue.is_short_heading(block) and contact_heading(block.text))
        or disclosure_heading(block.text) is not None
    )


_SITE_NAME_SEPARATOR = re.compile(r"\s+[|–—-]\s+|\s+::\s+")
_NON_WORD = re.compile(r"\W+")


def _normal(text: str) -> str:
    return _NON_WORD.sub(" ", text.casefold()).strip()


def _declared_titles(meta: PageMeta) -> list[str]:
    """The page's declared headline and title, each also without a site name."""
    titles: list[str] = []
    for title in (meta.headline, meta.title):
        if title:
            titles.append(title)
            titles.extend(part for part in _SITE_NAME_SEPARATOR.split(title) if len(part) >= 20)
    return titles


def _block_with_title(blocks: Sequence[Block], titles: Sequence[str], end: int) -> int | None:
    wanted = {_normal(t) for t in titles} - {""}
    for index, block in enumerate(blocks[:end]):
        if _normal(block.text) in wanted:
            return index
    return None


def _apply_meta(blocks: Sequence[Block], zones: Zones, meta: PageMeta) -> Zones:
    """Let the page's declared title confirm, or stand in for, the headline."""
    zones = dataclasses.replace(zones, meta_end=meta.end)
    titles = _declared_titles(meta)
    if not titles:
        return zones
    end = zones.body_start if zones.dateline is not None else min(len(blocks), _DATELINE_SEARCH)
    index = _block_with_title(blocks, titles, end)
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


def _find_zones(blocks: Sequence[Block], first: int) -> Zones:
    found = find_dateline_block(blocks)
    if found is not None:
        index, match = found
        start, headline = _headline_before(blocks, index)
        body_start = index
    else:
        index, match = -1, None
        run_start = _densest_run(blocks, first)
        start, headline = _headline_before(blocks, run_start)
        if headline is None:
            headline = _headline_without_dateline(blocks, first)
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
        headline, span = _headline_span(blocks, headline, body_start)
        start = min(start, headline)
    return Zones(
        release_start=start,
        headline=headline,
        headline_span=span,
        deck_end=body_start
        if headline is None
        else _deck_end(blocks, headline + span - 1, body_start),
        body_start=body_start,
        trailer_start=trailer,
        dateline=match,
        dateline_block=index if match is not None else None,
    )
