"""Zones: where the header, body and trailer of a release begin and end.

A release runs header (headline, deck lines) -> lead (dateline + first
paragraph) -> body -> trailer (About X, contacts, legal text, wire footer),
with page chrome possibly around it. The dateline is the anchor: the best
dateline among the first blocks' openings splits header from body (the
headline and deck above it are `_header`'s business). The first trailer cue
after the body's start (About X, `###`, a contact or legal heading, the
wire's closing line) splits body from trailer. This stage reads the blocks'
`Facts` and asks no block a question itself.

Then, from those borders and in the same stage: the zone each block is in
(`Zones.in_zone`, laid out once, which picks the table classify maps it with); the trailer's
reading (`_trailer`: the section each trailer block is in, where the release
ends, the site's chrome after it, the issuer's closing description); and the
contact cards (`_cards`: what each zone reads as a contact line, the lines
glued to one, runs that are not the release's contacts).
"""

from __future__ import annotations

import dataclasses
import enum
import re
from collections.abc import Sequence

from ._blocks import Block, Hint, PageMeta
from ._cards import Cards, Header, body_cue, contact_like, header_contact, read_cards
from ._cut import DATELINE_SEARCH, best_dateline
from ._data import cues
from ._facts import DatelineMatch, Facts
from ._header import (
    block_with_title,
    deck_end,
    declared_titles,
    densest_run,
    header_contact_blocks,
    headline_before,
    headline_span,
    headline_text,
    headline_without_dateline,
)
from ._model import SectionKind
from ._trailer import (
    Trailer,
    closing_description,
    ends_release,
    narrative,
    read_trailer,
    trailer_cue,
)

__all__ = ["Cards", "Trailer", "Zone", "Zones", "ends_release", "find_zones", "trailer_cue"]


class Zone(enum.Enum):
    """The zone a block is in, which picks the table classify maps it with."""

    META = "meta"
    """The document's metadata (front matter)."""
    OUTSIDE = "outside"
    """Page chrome before the release, or a crawler's tail after it."""
    HEADLINE = "headline"
    HEADER = "header"
    """Above the body: deck lines, meta lines, pull quotes, contacts, page furniture."""
    DATELINE = "dateline"
    """The block the dateline opens."""
    DECK = "deck"
    """Highlight bullets under a dateline that stands on its own line."""
    BODY = "body"
    TRAILER = "trailer"


# Members read for every block, bound once: `Zone.X` and `Hint.X` are looked up through the
# enum's metaclass (some 70 ns a read in Python 3.11, ten times a module global's).
_HEADER_ZONE, _BODY_ZONE, _TRAILER_ZONE = Zone.HEADER, Zone.BODY, Zone.TRAILER
_BODY_ZONES = (Zone.DATELINE, Zone.BODY)
_RULE = Hint.RULE
_DECK_HINTS = (Hint.LIST_ITEM, Hint.EMPHASIS)
_CONTACT_PART = SectionKind.CONTACT

_NO_TRAILER = Trailer(start=0)
_NO_CARDS = Cards()


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
    """The headline, cleaned (from its blocks, or the page's metadata when no block holds it)."""
    headline_span: int = 1
    """How many blocks the headline spans (a headline set on two lines)."""
    meta_end: int = 0
    """Blocks that start before this offset are the document's metadata (front matter)."""
    deck_end: int = 0
    """Header blocks from here to the body are not deck lines (page furniture, meta lines)."""
    issuer_heading: int | None = None
    """A heading that opens the boilerplate by naming the issuer alone (no `About`)."""
    issuer: str | None = None
    """The issuer's name as the lead paragraph opens with it, when it does."""
    deck_after_dateline: range = range(0)
    """Highlight bullets set under a dateline that stands on its own line: deck lines."""
    site_tail: int | None = None
    """Where a crawler's trailer starts: the links and labels after the document's last rule."""
    trailer: Trailer = _NO_TRAILER
    """The trailer as read: the section each of its blocks is in, and where the release ends."""
    cards: Cards = _NO_CARDS
    """The contact cards: lines glued to a contact line, runs that are not the release's."""
    in_zone: tuple[Zone, ...] = ()
    """The zone each block is in (`zone_of` for every block, asked once)."""

    def zone_of(self, index: int, block: Block) -> Zone:
        """The zone block `index` is in (`zone_list` answers for every block at once)."""
        if block.start < self.meta_end:
            return Zone.META
        if (self.site_tail is not None and index >= self.site_tail) or index < self.release_start:
            return Zone.OUTSIDE
        if self.headline is not None and 0 <= index - self.headline < self.headline_span:
            return Zone.HEADLINE
        if index < self.body_start:
            return Zone.HEADER
        if index == self.dateline_block:
            return Zone.DATELINE
        if index in self.deck_after_dateline:
            return Zone.DECK
        return Zone.BODY if index < self.trailer_start else Zone.TRAILER

    def zone_list(self, blocks: Sequence[Block]) -> tuple[Zone, ...]:
        """The zone of every block, as `zone_of` gives it: the zones laid out as runs of
        blocks, the weaker first, each overwritten by those `zone_of` puts before it."""
        count = len(blocks)
        body = min(self.body_start, count)
        trailer = min(max(self.trailer_start, body), count)
        zones = [Zone.HEADER] * body + [Zone.BODY] * (trailer - body)
        zones += [Zone.TRAILER] * (count - trailer)
        for index in self.deck_after_dateline:
            if body <= index < count:
                zones[index] = Zone.DECK
        if self.dateline_block is not None and body <= self.dateline_block < count:
            zones[self.dateline_block] = Zone.DATELINE
        if self.headline is not None:
            span = range(self.headline, min(self.headline + self.headline_span, count))
            zones[span.start : span.stop] = [Zone.HEADLINE] * len(span)
        outside = min(self.release_start, count)
        zones[:outside] = [Zone.OUTSIDE] * outside
        if self.site_tail is not None and self.site_tail < count:
            zones[self.site_tail :] = [Zone.OUTSIDE] * (count - self.site_tail)
        if self.meta_end:
            for index, block in enumerate(blocks):
                if block.start < self.meta_end:
                    zones[index] = Zone.META
        return tuple(zones)


# An issuer's section is followed by the rest of the trailer within this many blocks.
_ISSUER_SECTION = 6
_ISSUER_HEADING_WORDS = 8


_LEGAL_FORM = re.compile(rf"{cues.LEGAL_FORM}|{cues.NAME_READING}", re.IGNORECASE)
_SPACES = re.compile(r"\s+")


def _issuer_heading(blocks: Sequence[Block], facts: Sequence[Facts], index: int) -> bool:
    """A heading that names the issuer over a paragraph about it, near the end.

    Releases title their boilerplate `About Acme`, or just `Acme Corp.` over a
    paragraph that opens with the same name (`Acme Corp. operates ...`); such a
    section stands right before the rest of the trailer (contacts, legal text,
    the wire's footer) or the end.
    """
    fact = facts[index]
    if not fact.short_heading or fact.words > _ISSUER_HEADING_WORDS or index + 1 >= len(blocks):
        return False
    below = index + 1
    if facts[below].link_list and below + 1 < len(blocks):
        below += 1  # the company's web address under its name (`https://laplust.com/`)
    if not facts[below].prose:
        return False
    name = blocks[index].text.strip().rstrip(":").strip().casefold()
    if len(name) < 4:
        return False
    opening = blocks[below].text.lstrip('"“ ').casefold()
    if not opening.startswith(name) and not _opens_with_core(opening, name):
        return False
    end = min(len(blocks), below + 1 + _ISSUER_SECTION)
    return end == len(blocks) or any(trailer_cue(f) for f in facts[below + 1 : end])


def _opens_with_core(opening: str, name: str) -> bool:
    """Whether `opening` starts with the company's name without its legal form (three
    characters or more of it).

    The name's core is its text with spans blanked and spaces collapsed: three of its first
    characters with no space among them stand together in the name, so an opening whose
    first three do not is told without reading the core."""
    head = opening[:3]
    if len(head) < 3 or (head not in name and not any(c.isspace() for c in head)):
        return False
    core = _company_core(name)
    return len(core) >= 3 and opening.startswith(core)


def _company_core(name: str) -> str:
    """The company's name without its legal form or a bracketed reading (`株式会社LAplust(ラプラス)`
    -> `laplust`, `acme inc.` -> `acme`), as its profile's paragraph opens with it."""
    return _SPACES.sub(" ", _LEGAL_FORM.sub(" ", name)).strip(" ,")


# The lead opens with the issuer's name, then the news: `Acme Corp. (NYSE: ACME) today
# announced`, `Apple® today announced`, `Acme, a leader in X, said`.
_LEAD_SUBJECT = re.compile(
    r"\s*(?P<name>(?:[A-Z][\w&.'’-]*|[A-Z0-9]{2,})(?:\s+(?:[A-Z][\w&.'’-]*|of|and|&|de)){0,5})"
    r"[®™]?(?=\s*(?:\(|,|today\b|announced\b|has\b|is\b|will\b|reported\b))"
)
_MIN_ISSUER_CHARS = 3


def _issuer_name(lead: str) -> str | None:
    """The issuer's name as the lead paragraph after the dateline opens with it."""
    found = _LEAD_SUBJECT.match(lead)
    if found is None or len(found.group("name")) < _MIN_ISSUER_CHARS:
        return None
    name = found.group("name").rstrip(".,")
    return name if name.split()[0] not in {"The", "A", "An", "In", "On", "As"} else None


# A crawler's trailer after the last rule: at most this many blocks, none of them prose.
_SITE_TAIL = 40
_SITE_TAIL_WORDS = 10
# Navigation lines in a row after the body that show the page's own menus have begun.
_SITE_FOOTER_RUN = 10
# Highlight bullets a dateline on its own line may have under it.
_BULLETS_UNDER_DATELINE = 5


def _site_footer(blocks: Sequence[Block], facts: Sequence[Facts], body_start: int) -> int | None:
    """Where a page's own navigation and footer start after the release: a long run of
    chrome (menu links, one per line) with no narrative after it.

    A site's page sets its menus, link columns and footer (copyright, the organisation's
    postal address and switchboard) after the article; a release's own trailer never runs
    to `_SITE_FOOTER_RUN` navigation lines in a row (share buttons are a handful), so what
    follows such a run is the site's, whatever phone numbers it holds. The footer's
    copyright line (`© 2020 Ente Parco ...`) opens it too when only the address and
    switchboard follow it.
    """
    run = start = 0
    for index in range(body_start + 1, len(facts)):
        fact = facts[index]
        if fact.site_copyright and _address_footer(facts[index:]):
            return index
        if blocks[index].hint is _RULE:  # a rule neither opens nor breaks the run
            continue
        run = run + 1 if fact.chrome or fact.link_list else 0
        start = index if run == 1 else start
        if run == _SITE_FOOTER_RUN:
            return start if not any(narrative(f) for f in facts[index:]) else None
    return None


def _address_footer(facts: Sequence[Facts]) -> bool:
    """A copyright line over the organisation's address and switchboard only: no narrative,
    no contact heading (a release's own contacts after its copyright line have one)."""
    return not any(
        narrative(f) or f.contact_heading for f in facts
    )


def _site_tail(blocks: Sequence[Block], facts: Sequence[Facts]) -> int | None:
    """Links and labels after the last rule (`---`) of a document are a crawler's trailer."""
    last = len(blocks) - 1  # a rule further up than `_SITE_TAIL` blocks leaves no tail
    last_rule = next(
        (i for i in range(last, max(last - _SITE_TAIL, -1), -1) if blocks[i].hint is _RULE),
        None,
    )
    if last_rule is None:
        return None
    tail = facts[last_rule + 1 :]
    if all(f.words <= _SITE_TAIL_WORDS and not f.sentence for f in tail):
        return last_rule + 1
    return None


def _first(*indexes: int | None) -> int | None:
    """The earliest of the indexes given, None if none is."""
    return min((i for i in indexes if i is not None), default=None)


def _bullets_under_dateline(
    blocks: Sequence[Block], match: DatelineMatch | None, index: int, trailer: int
) -> range:
    """Highlight bullets under a dateline that stands on its own line are deck lines."""
    if match is None or blocks[index].text[match.end :].strip():
        return range(0)
    end = index + 1
    while end < min(index + 1 + _BULLETS_UNDER_DATELINE, trailer):
        if blocks[end].hint not in _DECK_HINTS:
            break
        end += 1
    return range(index + 1, end)


def _apply_meta(
    blocks: Sequence[Block], facts: Sequence[Facts], zones: Zones, titles: Sequence[str]
) -> Zones:
    """Let the page's declared titles (`declared_titles`) confirm, or stand in for, the
    headline."""
    if not titles:
        return zones
    end = zones.body_start if zones.dateline is not None else min(len(blocks), DATELINE_SEARCH)
    index = block_with_title(blocks, facts, titles, end, nearest=zones.dateline is not None)
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


def find_zones(
    blocks: Sequence[Block], facts: Sequence[Facts], meta: PageMeta, source: str
) -> Zones:
    """Split the blocks into chrome, header, body and trailer, and settle the headline."""
    if meta.end:
        blocks_after = next((i for i, b in enumerate(blocks) if b.start >= meta.end), len(blocks))
    else:
        blocks_after = 0
    titles = declared_titles(meta)
    zones = _find_zones(blocks, facts, blocks_after, bool(titles), meta.end)
    zones = _apply_meta(blocks, facts, zones, titles)
    text = zones.headline_text
    if zones.headline is not None:
        wire = zones.dateline.dateline.wire if zones.dateline is not None else None
        text = headline_text(blocks, zones.headline, zones.headline_span, wire, source)
    in_zone = zones.zone_list(blocks)
    trailer = _read_trailer(blocks, facts, zones, in_zone)
    cards = _read_cards(blocks, facts, zones, in_zone, trailer)
    return dataclasses.replace(
        zones, headline_text=text, trailer=trailer, cards=cards, in_zone=in_zone
    )


def _read_trailer(
    blocks: Sequence[Block], facts: Sequence[Facts], zones: Zones, in_zone: Sequence[Zone]
) -> Trailer:
    """The trailer's reading, and the closing description of the issuer above it (`in_zone`:
    the zone each block is in)."""
    start = zones.trailer_start
    indices = (i for i in range(start, len(blocks)) if in_zone[i] is _TRAILER_ZONE)
    trailer = read_trailer(blocks, facts, start, indices, zones.issuer_heading, zones.issuer)
    body = [i for i in range(zones.body_start, start) if in_zone[i] in _BODY_ZONES]
    description = closing_description(
        blocks, facts, body, trailer, zones.dateline_block, zones.issuer
    )
    return Trailer(start=trailer.start, parts=trailer.parts, description=description)


# What a card may run on through in the trailer: lines read as narrative or boilerplate.
_CARD_LINKS = (SectionKind.BODY, SectionKind.BOILERPLATE)


def _read_cards(
    blocks: Sequence[Block],
    facts: Sequence[Facts],
    zones: Zones,
    in_zone: Sequence[Zone],
    trailer: Trailer,
) -> Cards:
    """The contact cards, around what each zone reads as a contact line by itself: in the
    header a contact heading or details, in the body details, in the trailer its contact
    section (as `trailer` reads it); a card runs on through lines its zone may read as
    narrative, deck or boilerplate."""
    anchors: set[int] = set()
    links: set[int] = set()
    deck = range(zones.headline + 1, zones.deck_end) if zones.headline is not None else range(0)
    parts, first = trailer.parts, trailer.start
    for index, zone in enumerate(in_zone):
        if zone is _BODY_ZONE:  # a card runs on through the body's narrative
            fact = facts[index]
            if body_cue(blocks[index], fact):
                continue
            (anchors if contact_like(fact) else links).add(index)
        elif zone is _TRAILER_ZONE:
            part = parts[index - first]
            if part is _CONTACT_PART:
                anchors.add(index)
            elif part in _CARD_LINKS:
                links.add(index)
        elif zone is _HEADER_ZONE:  # and through the deck's lines
            if header_contact(facts[index]):
                anchors.add(index)
            elif index in deck:
                links.add(index)
    start, end = zones.release_start, zones.body_start
    lines, headings = header_contact_blocks(blocks, facts, start, end)
    header = Header(
        start=start,
        end=end,
        headline=zones.headline,
        lines=frozenset(i for i in lines if in_zone[i] is not Zone.HEADLINE),
        headings=frozenset(headings),
    )
    return read_cards(blocks, facts, frozenset(anchors), frozenset(links), header)


def _trailer_start(blocks: Sequence[Block], facts: Sequence[Facts], body_start: int) -> int:
    """The first block after the body's first that opens the trailer (a trailer cue, the
    wire's closing line, a heading naming the issuer), or len(blocks) when none does."""
    for index in range(body_start + 1, len(blocks)):
        fact = facts[index]
        if (
            trailer_cue(fact)
            or (fact.closing_footer and ends_release(fact, facts[index + 1 : index + 3]))
            or (fact.short_heading and _issuer_heading(blocks, facts, index))
        ):
            return index
    return len(blocks)


def _body_run(blocks: Sequence[Block], facts: Sequence[Facts], first: int) -> int:
    """Where the body starts without a dateline: the densest prose run before `About X`
    (a teaser's one paragraph, then the wire's own boilerplate), else anywhere."""
    about = next((i for i in range(first, len(blocks)) if facts[i].about), None)
    if about is not None and (run := densest_run(blocks, facts, first, about)) is not None:
        return run
    run = densest_run(blocks, facts, first, len(blocks))
    return first if run is None else run


def _find_zones(
    blocks: Sequence[Block], facts: Sequence[Facts], first: int, declared: bool, meta_end: int
) -> Zones:
    """The zones; `declared` when the document declares its title (metadata), which then
    stands in for a headline no block holds above the body; the metadata ends at offset
    `meta_end`, its first block is `first`."""
    found = best_dateline(blocks, [f.opening for f in facts[:DATELINE_SEARCH]])
    if found is not None:
        index, match = found
        start, headline = headline_before(blocks, facts, index, first)
        body_start = index
    else:
        index, match = -1, None
        run_start = _body_run(blocks, facts, first)
        start, headline = headline_before(blocks, facts, run_start, first)
        if headline is None and not (declared and run_start == first):
            headline = headline_without_dateline(blocks, facts, first)
            start = headline if headline is not None else first
        body_start = run_start if headline is None or headline < run_start else headline + 1
    trailer = _trailer_start(blocks, facts, body_start)
    issuer = trailer if trailer < len(blocks) and _issuer_heading(blocks, facts, trailer) else None
    span = 1
    if headline is not None:
        headline, span = headline_span(blocks, facts, headline, body_start)
        start = min(start, headline)
    return Zones(
        meta_end=meta_end,
        release_start=start,
        headline=headline,
        headline_span=span,
        deck_end=body_start
        if headline is None
        else deck_end(blocks, facts, headline + span - 1, body_start),
        body_start=body_start,
        trailer_start=trailer,
        dateline=match,
        dateline_block=index if match is not None else None,
        issuer_heading=issuer,
        issuer=_issuer_name(blocks[index].text[match.end :]) if match is not None else None,
        deck_after_dateline=_bullets_under_dateline(blocks, match, index, trailer),
        site_tail=_first(_site_tail(blocks, facts), _site_footer(blocks, facts, body_start)),
    )
