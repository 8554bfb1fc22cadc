"""Contact cards: which runs of blocks are a release's contact lines, read across blocks.

A contact line may stand alone (`Media Contact:`, `jane@acme.com`), but a card
often runs over several lines: a name, a title, a company set right above or
under a line of details with no blank line between. And some runs of contact
lines are not the release's: a menu's "Media Contacts" with no detail under
it, or the issuer's letterhead in the header. The zones stage reads the cards
here, in one pass, from the facts and from what each zone says is a contact
line by itself (the trailer's contact section, the header's contact block);
classify maps the answer.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Sequence

from ._blocks import Block, Hint
from ._facts import Facts

# How much a block must read as contact details to be a contact line by itself.
CONTACT_SCORE = 0.6
# A line with some contact detail (an email, a phone, a URL, a label).
_CONTACT_DETAILS = 0.2
# Read for every body block, bound once: `Hint.RULE` is looked up through the enum's
# metaclass (some 70 ns a read in Python 3.11, ten times a module global's).
_RULE = Hint.RULE


def contact_like(fact: Facts) -> bool:
    """The block reads as contact details by itself (an email, a phone, labels)."""
    return fact.contact_score >= CONTACT_SCORE


def has_details(fact: Facts) -> bool:
    """The block gives some contact detail (an email, a phone, a URL, a label)."""
    return fact.contact_score >= _CONTACT_DETAILS


def header_contact(fact: Facts) -> bool:
    """A header line that is a contact line by itself: a contact heading or contact details,
    unless it is a meta line (`For Immediate Release ... web: acme.com`), a date line, a
    label or the wire's footer."""
    if fact.wire_footer or fact.meta or fact.date_line or fact.label:
        return False
    return fact.contact_heading or contact_like(fact)


def body_cue(block: Block, fact: Facts) -> bool:
    """A body block its own cues make something else than narrative or contact details: a
    rule or `###`, the wire's footer, a caption, a date line, legal text, page chrome.
    Other body blocks with contact details (labels, `Phone: ... Email: ...`) are contact
    lines by themselves; the rest is narrative a card may run on through."""
    return (
        block.hint is _RULE
        or fact.separator
        or fact.wire_footer
        or fact.link_list  # the facts read with the block first, those asked on first use after
        or fact.chrome
        or fact.caption
        or fact.date_line
        or fact.disclosure is not None
    )


@dataclasses.dataclass(frozen=True, slots=True)
class Cards:
    """The contact cards of a document, by block index."""

    lines: frozenset[int] = frozenset()
    """Contact lines by themselves, as their zone reads them (in the header a contact
    heading or details, in the body details, in the trailer its contact section)."""
    glued: frozenset[int] = frozenset()
    """Short lines set right above or under a contact line, with no blank line between
    (directly or through other such lines): they belong to its card."""
    empty: frozenset[int] = frozenset()
    """Runs of contact lines without a single detail (a menu's "Media Contacts"): chrome."""
    header: frozenset[int] = frozenset()
    """Header lines of a contact block (a contact heading and the lines under it)."""
    letterhead: frozenset[int] = frozenset()
    """Runs of contact lines in the header that are not the release's contacts: with no
    contact heading over them (a letterhead), or above the headline with no person named
    or cut off from it by page chrome (a site's own "Contact Us" menu): chrome."""


@dataclasses.dataclass(frozen=True, slots=True)
class Header:
    """The header as the cards read it."""

    start: int
    """The release's first block."""
    end: int
    """The body's first block."""
    headline: int | None
    lines: frozenset[int]
    """The lines of its contact blocks (a contact heading and the lines under it)."""
    headings: frozenset[int]
    """Its lines that head a contact block (`Media Contact:`)."""


def read_cards(
    blocks: Sequence[Block],
    facts: Sequence[Facts],
    anchors: frozenset[int],
    links: frozenset[int],
    header: Header,
) -> Cards:
    """The cards around `anchors`, the blocks their zone reads as contact lines by
    themselves; `links` are the blocks a card may run on through (those a zone may read
    as narrative, a deck line or boilerplate; not those it reads as something else)."""
    glued = _glued(blocks, facts, anchors, links)
    contacts = anchors | (glued & links)
    empty = frozenset(
        i
        for run in _runs(contacts, 0, len(blocks))
        if not any(has_details(facts[j]) for j in run)
        for i in run
    )
    in_header = (contacts - empty) | header.lines
    letterhead = frozenset(
        i
        for run in _runs(in_header, header.start, header.end)
        if not _header_contact(blocks, facts, run, in_header, header)
        for i in run
    )
    return Cards(
        lines=anchors, glued=glued, empty=empty, header=header.lines, letterhead=letterhead
    )


def _glued(
    blocks: Sequence[Block],
    facts: Sequence[Facts],
    anchors: frozenset[int],
    links: frozenset[int],
) -> frozenset[int]:
    """Short lines (`contact_line`) set right above or under a contact line, with no blank
    line between, directly or through other such lines: they belong to its card.

    From each anchor, a walk down and one up the blocks: the next block is reached unless
    a blank line stands between, a short line reached is glued, and the way goes on
    through it when it is a line a card may run on through (one of `links`); any other
    block stops it (an anchor there walks on its own)."""
    glued: set[int] = set()
    count = len(blocks)
    for anchor in anchors:
        below = anchor + 1
        while below < count and not blocks[below].gap_before and facts[below].contact_line:
            glued.add(below)
            if below not in links:
                break
            below += 1
        above = anchor - 1
        while above >= 0 and not blocks[above + 1].gap_before and facts[above].contact_line:
            glued.add(above)
            if above not in links:
                break
            above -= 1
    return frozenset(glued)


def _runs(members: frozenset[int], start: int, end: int) -> Iterator[range]:
    """The runs of consecutive `members` from `start` to `end`."""
    index = start
    while index < end:
        if index not in members:
            index += 1
            continue
        stop = index
        while stop < end and stop in members:
            stop += 1
        yield range(index, stop)
        index = stop


def _header_contact(
    blocks: Sequence[Block],
    facts: Sequence[Facts],
    run: range,
    contacts: frozenset[int],
    header: Header,
) -> bool:
    """A contact run in the header: under a contact heading; above the headline, naming a
    person or an email and not cut off from the headline by page chrome (a site's own
    "Contact Us" menu is)."""
    if not any(i in header.headings for i in run):
        return False
    headline = header.headline
    if headline is None or run.stop > headline:
        return True
    if not any(facts[i].names_person for i in run):
        return False
    between = range(run.stop, headline)
    return not any(_page_chrome(blocks[i], facts[i]) for i in between if i not in contacts)


def _page_chrome(block: Block, fact: Facts) -> bool:
    return fact.chrome or fact.link_list
