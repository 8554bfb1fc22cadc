"""Classify: give every block a `SectionKind` from its zone and its own cues.

Header blocks are the headline, deck lines, meta lines, pull quotes or the
wire's wrapper; body blocks are narrative unless they are plainly a pull
quote, a caption or a footer line; trailer blocks follow the section they
are in (after `About X` boilerplate, after `Media Contact` contact lines,
after `Forward-Looking Statements` legal text) unless their own cues say
otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

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


def _header_kind(block: Block, fact: Facts, contact: bool) -> SectionKind:
    """A header block's kind; `contact` when its contact card says it is a contact line."""
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


def _body_kind(block: Block, fact: Facts, contact: bool) -> SectionKind:
    """A body block's kind; `contact` when its contact card says it is a contact line."""
    if contact:  # details with labels (`Phone: ... Email: ...`), not a sentence
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


def _set_apart(
    kind: SectionKind,
    index: int,
    blocks: Sequence[Block],
    facts: Sequence[Facts],
    kinds: list[SectionKind],
) -> SectionKind:
    """A deck line or body paragraph that is a pull quote (a quotation set apart, or the
    credit line under one) is one."""
    if kind not in (K.BODY, K.SUBHEADLINE):
        return kind
    if _pull_quote_at(blocks, facts, index):
        return K.PULL_QUOTE
    credit_of_quote = index > 0 and kinds[index - 1] is K.PULL_QUOTE and not facts[index - 1].credit
    return K.PULL_QUOTE if credit_of_quote and facts[index].credit is not None else kind


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


def classify(
    blocks: Sequence[Block], facts: Sequence[Facts], across: Across, zones: Zones
) -> list[SectionKind]:
    """One kind per block, in order."""
    kinds: list[SectionKind] = []

    for index, (block, fact) in enumerate(zip(blocks, facts, strict=True)):
        zone = zones.zone_of(index, block)
        if zone is Zone.META:
            kind = K.META
        elif zone is Zone.OUTSIDE:
            kind = K.WIRE_FOOTER if fact.wire_footer else K.CHROME
        elif zone is Zone.HEADLINE:
            kind = K.HEADLINE
        elif zone is Zone.HEADER:
            kind = _header_kind(block, fact, index in zones.cards.lines)
            if kind is K.SUBHEADLINE and fact.teaser:
                kind = K.BODY  # a teaser set above the lead is body, not deck
            elif kind is K.SUBHEADLINE and not _deck_line(facts, blocks, index, zones):
                kind = K.CHROME
        elif zone is Zone.DATELINE:
            kind = K.BODY
        elif zone is Zone.DECK:
            kind = K.SUBHEADLINE
        elif zone is Zone.BODY:
            kind = _body_kind(block, fact, index in zones.cards.lines)
        else:
            kind = zones.trailer.part(index)
        if zones.release_start <= index < zones.trailer_start:
            kind = _set_apart(kind, index, blocks, facts, kinds)
        kind = _card_kind(kind, index, zones.cards)
        if kind is K.BODY and index in across.repeats:
            kind = K.CHROME  # a body paragraph printed twice counts once
        if index == zones.trailer.description:
            kind = K.BOILERPLATE  # the closing description of the issuer, with no heading
        kinds.append(kind)
    return kinds
