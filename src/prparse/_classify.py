"""Classify: give every block a `SectionKind` from its zone and its facts.

A pure mapping, one table per zone (`_TABLES`): header blocks are the
headline, deck lines, meta lines, pull quotes, contact lines or the wire's
wrapper; body blocks are narrative unless they are plainly a pull quote, a
caption or a footer line; trailer blocks are what the zones stage read them
as (the section they are in: `About X` boilerplate, `Media Contact` contact
lines, `Forward-Looking Statements` legal text, or the site's chrome after
the release's end). Then what is known across blocks, as facts (a paragraph
printed twice) or zone data (contact cards, the issuer's closing
description), settles a block's kind; no pass rewrites kinds afterwards.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence

from ._across import Across
from ._blocks import Block, Hint
from ._cards import Cards
from ._facts import Facts
from ._model import SectionKind
from ._zones import Zone, Zones

K = SectionKind

_DECK_WORDS = 2
_NON_WORD = re.compile(r"\W+")


def _pull_quote_at(blocks: Sequence[Block], facts: Sequence[Facts], index: int) -> bool:
    """A quotation set apart: a blockquote, or a quoted block with a credit line after it."""
    if not facts[index].quoted:
        return False
    if blocks[index].hint is Hint.BLOCKQUOTE:
        return True
    return index + 1 < len(blocks) and facts[index + 1].credit is not None


@dataclasses.dataclass(frozen=True, slots=True)
class _Doc:
    """What the tables read: the blocks, their facts, the zones and the zone of each block."""

    blocks: Sequence[Block]
    facts: Sequence[Facts]
    zones: Zones
    in_zone: Sequence[Zone]


def _header_kind(doc: _Doc, index: int) -> SectionKind:
    """A header block: a contact line (as its card says), the wire's wrapper, a meta line,
    page furniture, a caption, a teaser set above the lead (body), or a deck line."""
    kind = _header_cue_kind(doc.blocks[index], doc.facts[index], index in doc.zones.cards.lines)
    if kind is K.SUBHEADLINE and doc.facts[index].teaser:
        return K.BODY  # a teaser set above the lead is body, not deck
    if kind is K.SUBHEADLINE and not _deck_line(doc.facts, doc.blocks, index, doc.zones):
        return K.CHROME
    return kind


def _header_cue_kind(block: Block, fact: Facts, contact: bool) -> SectionKind:
    if contact:
        return K.CONTACT
    if fact.wire_footer:
        return K.WIRE_FOOTER
    if fact.meta or fact.date_line or fact.label:
        return K.META
    if fact.chrome or block.hint is Hint.RULE:
        return K.CHROME
    if fact.caption:
        return K.CAPTION
    return K.SUBHEADLINE


def _deck_line(facts: Sequence[Facts], blocks: Sequence[Block], index: int, zones: Zones) -> bool:
    """A header block under the headline: in the deck, or the line set right above the dateline.

    A deck line says something: two words at least, and not the headline printed again.
    """
    if facts[index].words < _DECK_WORDS or _same_text(blocks[index].text, zones.headline_text):
        return False
    if zones.headline is None:
        return zones.headline_text is not None and index < zones.deck_end
    if index < zones.headline:
        return False
    if index < zones.deck_end:
        return True
    between = blocks[index + 1 : zones.body_start]
    return facts[index].words >= 6 and all(b.hint is Hint.RULE for b in between)


def _same_text(text: str, other: str | None) -> bool:
    return other is not None and _NON_WORD.sub(" ", text).casefold().strip() == (
        _NON_WORD.sub(" ", other).casefold().strip()
    )


def _body_kind(doc: _Doc, index: int) -> SectionKind:
    """A body block: narrative unless a contact line (as its card says: details with
    labels, `Phone: ... Email: ...`, not a sentence) or plainly something else."""
    block, fact = doc.blocks[index], doc.facts[index]
    if index in doc.zones.cards.lines:
        return K.CONTACT
    if block.hint is Hint.RULE or fact.separator:
        return K.SEPARATOR
    if fact.wire_footer:
        return K.WIRE_FOOTER
    if fact.caption:
        return K.CAPTION
    if fact.date_line:
        return K.META
    if fact.disclosure is not None:
        return K.DISCLOSURE
    if fact.link_list or fact.chrome:
        return K.CHROME
    return K.BODY


def _card_kind(kind: SectionKind, index: int, cards: Cards) -> SectionKind:
    """The kind a block's contact card gives it: a short line glued to a contact line is
    one; a run without a detail, or a letterhead, is chrome; a header contact block's line
    is a contact."""
    if kind in (K.SUBHEADLINE, K.BODY, K.BOILERPLATE) and index in cards.glued:
        kind = K.CONTACT
    if kind is K.CONTACT and index in cards.empty:
        kind = K.CHROME
    if index in cards.header:
        kind = K.CONTACT
    if kind is K.CONTACT and index in cards.letterhead:
        kind = K.CHROME
    return kind


def _meta_kind(doc: _Doc, index: int) -> SectionKind:
    return K.META  # the document's metadata (front matter)


def _outside_kind(doc: _Doc, index: int) -> SectionKind:
    """Page chrome around the release, bar the wire's lines."""
    return K.WIRE_FOOTER if doc.facts[index].wire_footer else K.CHROME


def _headline_kind(doc: _Doc, index: int) -> SectionKind:
    return K.HEADLINE


def _lead_kind(doc: _Doc, index: int) -> SectionKind:
    return K.BODY  # the dateline's block opens the body


def _deck_kind(doc: _Doc, index: int) -> SectionKind:
    return K.SUBHEADLINE  # highlight bullets under a dateline set on its own line


def _trailer_kind(doc: _Doc, index: int) -> SectionKind:
    """What the zones stage read the trailer block as (`Trailer.parts`)."""
    return doc.zones.trailer.part(index)


def _across_kind(kind: SectionKind, index: int, across: Across, zones: Zones) -> SectionKind:
    """What is known across blocks settles a kind: the block's contact card, a paragraph
    printed twice, the issuer's closing description."""
    kind = _card_kind(kind, index, zones.cards)
    if kind is K.BODY and index in across.repeats:
        return K.CHROME  # a body paragraph printed twice counts once
    if index == zones.trailer.description:
        return K.BOILERPLATE  # the closing description of the issuer, with no heading
    return kind


_TABLES: dict[Zone, Callable[[_Doc, int], SectionKind]] = {
    Zone.META: _meta_kind,
    Zone.OUTSIDE: _outside_kind,
    Zone.HEADLINE: _headline_kind,
    Zone.HEADER: _header_kind,
    Zone.DATELINE: _lead_kind,
    Zone.DECK: _deck_kind,
    Zone.BODY: _body_kind,
    Zone.TRAILER: _trailer_kind,
}
# Zones where a deck line or a paragraph may be a pull quote set apart.
_QUOTED_ZONES = (Zone.HEADER, Zone.DATELINE, Zone.DECK, Zone.BODY)


def _zone_kind(doc: _Doc, index: int) -> SectionKind:
    """The kind the table of the block's zone gives it, a pull quote set apart if it is one."""
    zone = doc.in_zone[index]
    kind = _TABLES[zone](doc, index)
    if zone in _QUOTED_ZONES and kind in (K.BODY, K.SUBHEADLINE) and _set_apart(doc, index):
        return K.PULL_QUOTE
    return kind


def _set_apart(doc: _Doc, index: int) -> bool:
    """A deck line or body paragraph that is a pull quote: a quotation set apart, or the
    credit line under one."""
    if _pull_quote_at(doc.blocks, doc.facts, index):
        return True
    above = index - 1
    if above < 0 or not _pull_quote_at(doc.blocks, doc.facts, above):
        return False
    if doc.facts[above].credit or doc.facts[index].credit is None:
        return False
    return _zone_kind(doc, above) is K.PULL_QUOTE


def classify(
    blocks: Sequence[Block], facts: Sequence[Facts], across: Across, zones: Zones
) -> list[SectionKind]:
    """One kind per block, in order: its zone's table, then what is known across blocks."""
    in_zone = zones.in_zone if len(zones.in_zone) == len(blocks) else zones.zone_list(blocks)
    doc = _Doc(blocks, facts, zones, in_zone)
    known = _known_across(across, zones)
    kinds = [_zone_kind(doc, i) for i in range(len(blocks))]
    return [
        _across_kind(kind, i, across, zones) if i in known else kind for i, kind in enumerate(kinds)
    ]


def _known_across(across: Across, zones: Zones) -> frozenset[int]:
    """The blocks what is known across blocks may settle (`_across_kind` leaves the others'
    kinds as they are): those of a contact card, a paragraph printed twice, the closing
    description."""
    cards = zones.cards
    known = cards.glued | cards.empty | cards.header | cards.letterhead | across.repeats
    description = zones.trailer.description
    return known if description is None else known | {description}
