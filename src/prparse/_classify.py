"""Classify: give every block a `SectionKind` from its zone and its own cues.

Header blocks are the headline, deck lines, meta lines, pull quotes or the
wire's wrapper; body blocks are narrative unless they are plainly a pull
quote, a caption or a footer line; trailer blocks follow the section they
are in (after `About X` boilerplate, after `Media Contact` contact lines,
after `Forward-Looking Statements` legal text) unless their own cues say
otherwise.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from ._blocks import Block, Hint
from ._facts import Facts
from ._header import header_contact_lines, press_officer
from ._model import SectionKind
from ._zones import Zones, ends_release

K = SectionKind

_CONTACT_SCORE = 0.6
_DECK_WORDS = 2
# What an issuer does, as its description says it: `designs`, `provides`, `is`.
_PRESENT_VERB = re.compile(r"(?!(?:was|has|as|its|this|his)$)(?:is|are|[a-z]{2,}s)")
_NON_WORD = re.compile(r"\W+")
# How many name, title and address lines may stand above a contact card's details.
_CARD_LINES = 4
# A line with some contact detail (an email, a phone, a URL, a label).
_CONTACT_DETAILS = 0.2


def _pull_quote_at(blocks: Sequence[Block], facts: Sequence[Facts], index: int) -> bool:
    """A quotation set apart: a blockquote, or a quoted block with a credit line after it."""
    if not facts[index].quoted:
        return False
    if blocks[index].hint is Hint.BLOCKQUOTE:
        return True
    return index + 1 < len(blocks) and facts[index + 1].credit is not None


def _contact_like(fact: Facts) -> bool:
    return fact.contact_score >= _CONTACT_SCORE


def _header_kind(block: Block, fact: Facts) -> SectionKind:
    if fact.wire_footer:
        return K.WIRE_FOOTER
    if fact.meta or fact.date_line or fact.label:
        return K.META
    if fact.contact_heading or _contact_like(fact):
        return K.CONTACT
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


def _body_kind(block: Block, fact: Facts) -> SectionKind:
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
    if _contact_like(fact):  # details with labels (`Phone: ... Email: ...`), not a sentence
        return K.CONTACT
    return K.BODY


@dataclasses.dataclass(slots=True)
class _Trailer:
    """The section the blocks read so far have opened, which the next block may continue."""

    section: SectionKind | None = None
    ended: bool = False
    """A wire's closing line has been read: what follows is the site's, bar contacts."""
    in_site: bool = False
    """Page chrome has followed the closing line: even contact lines are the site's now."""
    contacts_seen: bool = False
    """A contact block has been read: contacts close a release, short lines after are the site's."""
    chrome_run: int = 0
    """Page chrome blocks read in a row since the last block of the release."""
    issuer: str | None = None
    """The issuer's name as the lead paragraph opens with it (`Apple® today announced`)."""


# Chrome blocks in a row, after the contacts, that show the release is over.
_SITE_CHROME_RUN = 3


def _has_details(fact: Facts) -> bool:
    return fact.contact_score >= _CONTACT_DETAILS


def _continues_contact(fact: Facts, following: Sequence[Facts]) -> bool:
    """A short line in a contact block: details, or a name/title with details just below it."""
    if not fact.contact_line:
        return False
    if _has_details(fact):
        return True
    for below in following[:_CARD_LINES]:
        if _contact_like(below):  # the card's details, however long their line
            return True
        if not below.contact_line:
            return False
        if _has_details(below):
            return True
    return False


def _trailer_kind(
    block: Block, fact: Facts, state: _Trailer, following: Sequence[Facts]
) -> SectionKind:
    """The block's kind; `state` carries the section that following blocks inherit."""
    kind = _trailer_section_kind(block, fact, state, following)
    state.chrome_run = state.chrome_run + 1 if kind is K.CHROME else 0
    if kind is K.WIRE_FOOTER and ends_release(fact, following):
        state.ended = True
        state.section = None
    elif state.contacts_seen and state.chrome_run >= _SITE_CHROME_RUN:
        # Contacts close a release; a run of page chrome after them is the site's
        # sidebar and footer, whatever prose or phone numbers it holds.
        state.ended = state.in_site = True
    elif state.ended and kind not in (K.CONTACT, K.WIRE_FOOTER, K.SEPARATOR):
        state.in_site = True
        return K.CHROME
    elif state.in_site and kind is K.CONTACT:
        return K.CHROME
    return kind


def _trailer_section_kind(
    block: Block, fact: Facts, state: _Trailer, following: Sequence[Facts]
) -> SectionKind:
    if block.hint is Hint.RULE:  # a rule (or a table's ruling) keeps the section going
        return K.SEPARATOR
    if block.hint is Hint.BOILERPLATE:  # a feed item says so
        state.section = K.BOILERPLATE
        return K.BOILERPLATE
    if block.hint is Hint.CONTACT:
        state.section, state.contacts_seen = K.CONTACT, True
        return K.CONTACT
    if fact.separator:
        state.section = None
        return K.SEPARATOR
    if fact.trailer_about or fact.inline_about:
        state.section = K.BOILERPLATE
        return K.BOILERPLATE
    if fact.disclosure_heading is not None:
        state.section = K.DISCLOSURE
        return K.DISCLOSURE
    if fact.short_heading and fact.contact_heading:
        state.section = K.CONTACT
        return K.CONTACT
    if fact.wire_footer:
        return K.WIRE_FOOTER
    if fact.date_line:
        return K.META
    if fact.disclosure is not None:
        state.section = K.DISCLOSURE
        return K.DISCLOSURE
    if _contact_like(fact) or (state.section is K.CONTACT and _continues_contact(fact, following)):
        state.section = K.CONTACT
        state.contacts_seen = True
        return K.CONTACT
    if fact.chrome or fact.link_list:
        return K.CHROME
    if state.section in (K.BOILERPLATE, K.DISCLOSURE) and _section_goes_on(
        fact, state.section, following
    ):
        return state.section
    state.section = None
    if state.contacts_seen and not fact.prose and not fact.tabular:
        return K.CHROME  # short lines after the contacts: the site's, not the release's
    if _describes_issuer(block, fact, state.issuer):
        return K.BOILERPLATE  # a closing description of the issuer, with no heading
    return K.BODY


def _describes_issuer(block: Block, fact: Facts, issuer: str | None) -> bool:
    """A paragraph in the trailer that opens with the issuer's name, as the closing
    description of the issuer does when it has no `About` heading (`Apple designs Macs,
    ...`), or that opens like one (`Acme is a ...`)."""
    if not fact.prose or fact.quoted:
        return False
    if fact.issuer_description:
        return True
    if issuer is None or not block.text.startswith(issuer + " "):
        return False
    verb = block.text[len(issuer) + 1 :].split(" ", 1)[0]
    return _PRESENT_VERB.fullmatch(verb) is not None  # `Apple designs`, not `Apple will`


def _section_goes_on(fact: Facts, section: SectionKind, following: Sequence[Facts]) -> bool:
    """Whether a block continues the boilerplate or legal section above it.

    Prose does. A heading closes legal text; under boilerplate it opens a
    sub-section when prose follows it, else (financial tables after
    "About X") the narrative resumes.
    """
    if fact.prose:
        return True
    if section is K.DISCLOSURE:
        return False
    if fact.section_heading:
        return bool(following) and following[0].prose
    return fact.words >= 5 and not fact.tabular


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


def _mark_issuer_description(
    blocks: Sequence[Block], facts: Sequence[Facts], kinds: list[SectionKind], zones: Zones
) -> None:
    """The last long body paragraph before the trailer, when it describes the issuer."""
    if K.BOILERPLATE in kinds:
        return
    body = [i for i in range(zones.trailer_start) if kinds[i] is K.BODY]
    long_ones = [i for i in body if facts[i].words > 15]
    if len(body) < 3 or not long_ones:
        return
    last = long_ones[-1]
    if last != zones.dateline_block and _describes_issuer(blocks[last], facts[last], zones.issuer):
        kinds[last] = K.BOILERPLATE


def _mark_repeated_paragraphs(
    blocks: Sequence[Block], facts: Sequence[Facts], kinds: list[SectionKind]
) -> None:
    """A body paragraph printed twice (a wire's teaser before the full text) counts once."""
    seen: set[str] = set()
    for index, block in enumerate(blocks):
        if kinds[index] is not K.BODY or facts[index].words < 12:
            continue
        if block.text in seen:
            kinds[index] = K.CHROME
        seen.add(block.text)


def _extend_contacts(
    blocks: Sequence[Block], facts: Sequence[Facts], kinds: list[SectionKind]
) -> None:
    """Short lines right above or under a contact line (no blank line between) belong to it."""
    absorbable = (K.SUBHEADLINE, K.BODY, K.BOILERPLATE)
    for index in range(1, len(blocks)):
        block = blocks[index]
        if (
            kinds[index - 1] is K.CONTACT
            and kinds[index] in absorbable
            and not block.gap_before
            and facts[index].contact_line
        ):
            kinds[index] = K.CONTACT
    for index in range(len(blocks) - 2, -1, -1):
        below = blocks[index + 1]
        if (
            kinds[index + 1] is K.CONTACT
            and kinds[index] in absorbable
            and not below.gap_before
            and facts[index].contact_line
        ):
            kinds[index] = K.CONTACT


def _drop_empty_contacts(facts: Sequence[Facts], kinds: list[SectionKind]) -> None:
    """A run of contact lines without a single detail (a menu's "Media Contacts") is chrome."""
    index = 0
    while index < len(facts):
        if kinds[index] is not K.CONTACT:
            index += 1
            continue
        end = index
        while end < len(facts) and kinds[end] is K.CONTACT:
            end += 1
        if not any(_has_details(facts[i]) for i in range(index, end)):
            for i in range(index, end):
                kinds[i] = K.CHROME
        index = end


def _header_contact(
    kinds: Sequence[SectionKind],
    blocks: Sequence[Block],
    facts: Sequence[Facts],
    run: range,
    zones: Zones,
) -> bool:
    """A contact run in the header: under a contact heading; above the headline, naming a
    person or an email and not cut off from the headline by page chrome (a site's own
    "Contact Us" menu is)."""
    if not any(facts[i].contact_heading or press_officer(blocks[i], facts[i]) for i in run):
        return False
    headline = zones.headline
    if headline is None or run.stop > headline:
        return True
    if not any(facts[i].names_person for i in run):
        return False
    between = range(run.stop, headline)
    return not any(kinds[i] is K.CHROME and blocks[i].hint is not Hint.RULE for i in between)


def _drop_letterheads(
    blocks: Sequence[Block], facts: Sequence[Facts], kinds: list[SectionKind], zones: Zones
) -> None:
    """Contact details in the header with no contact heading over them are a letterhead."""
    for line in header_contact_lines(blocks, facts, zones.release_start, zones.body_start):
        if kinds[line] is not K.HEADLINE:
            kinds[line] = K.CONTACT
    index = zones.release_start
    while index < zones.body_start:
        if kinds[index] is not K.CONTACT:
            index += 1
            continue
        end = index
        while end < zones.body_start and kinds[end] is K.CONTACT:
            end += 1
        if not _header_contact(kinds, blocks, facts, range(index, end), zones):
            for i in range(index, end):
                kinds[i] = K.CHROME
        index = end


def classify(blocks: Sequence[Block], facts: Sequence[Facts], zones: Zones) -> list[SectionKind]:
    """One kind per block, in order."""
    kinds: list[SectionKind] = []
    trailer = _Trailer(issuer=zones.issuer)
    for index, (block, fact) in enumerate(zip(blocks, facts, strict=True)):
        if block.start < zones.meta_end:
            kind = K.META
        elif (
            zones.site_tail is not None and index >= zones.site_tail
        ) or index < zones.release_start:
            kind = K.WIRE_FOOTER if fact.wire_footer else K.CHROME
        elif zones.headline is not None and 0 <= index - zones.headline < zones.headline_span:
            kind = K.HEADLINE
        elif index < zones.body_start:
            kind = _header_kind(block, fact)
            if kind is K.SUBHEADLINE and fact.teaser:
                kind = K.BODY  # a teaser set above the lead is body, not deck
            elif kind is K.SUBHEADLINE and not _deck_line(facts, blocks, index, zones):
                kind = K.CHROME
        elif index == zones.dateline_block:
            kind = K.BODY
        elif index in zones.deck_after_dateline:
            kind = K.SUBHEADLINE
        elif index < zones.trailer_start:
            kind = _body_kind(block, fact)
        elif index == zones.issuer_heading or (
            index - 1 == zones.issuer_heading and fact.link_list
        ):  # the issuer's name as its profile's heading, its web address under it
            kind = trailer.section = K.BOILERPLATE
        else:
            following = facts[index + 1 : index + 1 + _CARD_LINES]
            kind = _trailer_kind(block, fact, trailer, following)
        if zones.release_start <= index < zones.trailer_start:
            kind = _set_apart(kind, index, blocks, facts, kinds)
        kinds.append(kind)
    _extend_contacts(blocks, facts, kinds)
    _drop_empty_contacts(facts, kinds)
    _drop_letterheads(blocks, facts, kinds, zones)
    _mark_repeated_paragraphs(blocks, facts, kinds)
    _mark_issuer_description(blocks, facts, kinds, zones)
    return kinds
