"""Trailer: where the release ends, and the section each trailer block is in.

A trailer runs in sections: `About X` boilerplate, `Media Contact` contact
lines, `Forward-Looking Statements` legal text, each continued by the blocks
under its heading until a block's own cues open another or close it; the
wire's lines around them (`SOURCE Acme`, `###`, a date line) stand on their
own. A wire's closing line (`View original content`) ends the release: what
follows is the site's, bar the contacts some wires print after it. Contacts
close a release too: a run of page chrome after them is the site's sidebar
and footer.

The zones stage reads the trailer here, in one pass over the facts, and
keeps the reading (`Trailer`) for classify to map. This module also holds
the trailer's cues the zones stage looks for its start with.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Sequence

from ._blocks import Block, Hint
from ._cards import body_cue, contact_like, has_details
from ._facts import Facts
from ._model import SectionKind

K = SectionKind

# Members read for every trailer block, bound once: `SectionKind.X` and `Hint.X` are looked up
# through the enum's metaclass (some 70 ns a read in Python 3.11, ten times a module global's).
_BODY, _BOILERPLATE, _CHROME, _CONTACT = K.BODY, K.BOILERPLATE, K.CHROME, K.CONTACT
_DISCLOSURE, _META, _SEPARATOR, _WIRE_FOOTER = K.DISCLOSURE, K.META, K.SEPARATOR, K.WIRE_FOOTER
_RULE = Hint.RULE
_DECLARED_HINTS = (Hint.BOILERPLATE, Hint.CONTACT)
_DECLARED_BOILERPLATE, _DECLARED_CONTACT = _DECLARED_HINTS

# A contact heading with its details run into the same block (`Media Contact: Jane Doe
# jane@acme.com`) opens the trailer as a heading alone does.
_CONTACT_CARD = 0.6
# How many name, title and address lines may stand above a contact card's details.
CARD_LINES = 4
# Chrome blocks in a row, after the contacts, that show the release is over.
_SITE_CHROME_RUN = 3
# What an issuer does, as its description says it: `designs`, `provides`, `is`.
_PRESENT_VERB = re.compile(r"(?!(?:was|has|as|its|this|his)$)(?:is|are|[a-z]{2,}s)")


def narrative(fact: Facts) -> bool:
    """A paragraph of narrative: long, a sentence, no trailer cue."""
    return fact.words >= 25 and fact.sentence and not trailer_cue(fact)


def ends_release(fact: Facts, following: Sequence[Facts]) -> bool:
    """A closing wire line (`SOURCE Acme`, `View original content`) with no narrative after it."""
    if fact.release_end:
        return True
    return fact.closing_footer and not any(narrative(f) for f in following[:2])


def trailer_cue(fact: Facts) -> bool:
    """Whether a block opens the trailer: About X, `###`, a contact or legal heading, footer."""
    return (  # the facts read with the block first, those asked on first use after
        fact.declared_trailer  # a feed item says so
        or fact.separator
        or fact.release_end
        or fact.about
        or bool(fact.inline_about)
        or fact.disclosure_heading is not None
        or (fact.contact_heading and (fact.short_heading or fact.contact_score >= _CONTACT_CARD))
    )


@dataclasses.dataclass(frozen=True, slots=True)
class Trailer:
    """The trailer as read: the part of the release (or of the site) each block is."""

    start: int
    """The trailer's first block."""
    parts: tuple[SectionKind | None, ...] = ()
    """From `start` on, the kind of each block the trailer reading covers (a section it
    opens or continues, a line of its own, the site's chrome after the release's end);
    None for blocks another zone owns (a crawler's tail)."""
    description: int | None = None
    """The body's last long paragraph when it is the closing description of the issuer
    (`Acme is a ...`) and no About section has been read: the boilerplate."""

    def part(self, index: int) -> SectionKind:
        """The part block `index` of the trailer is."""
        part = self.parts[index - self.start]
        assert part is not None, "a block the trailer reading does not cover"
        return part


@dataclasses.dataclass(slots=True)
class _State:
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


def read_trailer(
    blocks: Sequence[Block],
    facts: Sequence[Facts],
    start: int,
    indices: Iterable[int],
    issuer_heading: int | None,
    issuer: str | None,
) -> Trailer:
    """The trailer's reading over `indices`, the trailer blocks in order from `start`;
    `issuer_heading` opens the boilerplate by naming the issuer alone."""
    state = _State(issuer=issuer)
    parts: list[SectionKind | None] = [None] * (len(blocks) - start)
    for index in indices:
        if index == issuer_heading or (
            issuer_heading is not None and index - 1 == issuer_heading and facts[index].link_list
        ):  # the issuer's name as its profile's heading, its web address under it
            part = state.section = _BOILERPLATE
        else:
            following = facts[index + 1 : index + 1 + CARD_LINES]
            part = _part(blocks[index], facts[index], state, following)
        parts[index - start] = part
    return Trailer(start=start, parts=tuple(parts))


# A closing description is a long paragraph, after a body of a few paragraphs.
_DESCRIPTION_WORDS = 15
_BODY_PARAGRAPHS = 3


def closing_description(
    blocks: Sequence[Block],
    facts: Sequence[Facts],
    body: Sequence[int],
    trailer: Trailer,
    lead: int | None,
    issuer: str | None,
) -> int | None:
    """The last long paragraph of the body (`body`: its blocks) when it describes the issuer
    and the trailer has no boilerplate: the boilerplate, with no heading. The lead (the
    dateline's block) counts as a paragraph but is never the description.

    A paragraph of the body is prose that is neither contact details nor what its own
    cues make something else (legal text, a caption, page chrome).
    """
    if _BOILERPLATE in trailer.parts:
        return None
    # The last long paragraph is looked for from the end, and the paragraphs are counted
    # only as far as the few the body must have: most blocks are never asked.
    last = next(
        (
            i
            for i in reversed(body)
            if facts[i].words > _DESCRIPTION_WORDS
            and (i == lead or _paragraph(blocks[i], facts[i]))
        ),
        None,
    )
    if last is None or last == lead or not _paragraphs_reach(blocks, facts, body, lead):
        return None
    return last if describes_issuer(blocks[last], facts[last], issuer) else None


def _paragraphs_reach(
    blocks: Sequence[Block], facts: Sequence[Facts], body: Sequence[int], lead: int | None
) -> bool:
    """Whether the body has `_BODY_PARAGRAPHS` paragraphs (the lead counting as one)."""
    count = 0
    for i in body:
        if i == lead or _paragraph(blocks[i], facts[i]):
            count += 1
            if count == _BODY_PARAGRAPHS:
                return True
    return False


def _paragraph(block: Block, fact: Facts) -> bool:
    return fact.prose and not body_cue(block, fact) and not contact_like(fact)


def _part(block: Block, fact: Facts, state: _State, following: Sequence[Facts]) -> SectionKind:
    """The block's part; `state` carries the section that following blocks inherit."""
    if state.in_site:
        return _site_part(block, fact)
    kind = _section_part(block, fact, state, following)
    state.chrome_run = state.chrome_run + 1 if kind is _CHROME else 0
    if kind is _WIRE_FOOTER and ends_release(fact, following):
        state.ended = True
        state.section = None
    elif state.contacts_seen and state.chrome_run >= _SITE_CHROME_RUN:
        # Contacts close a release; a run of page chrome after them is the site's
        # sidebar and footer, whatever prose or phone numbers it holds.
        state.ended = state.in_site = True
    elif state.ended and kind not in (_CONTACT, _WIRE_FOOTER, _SEPARATOR):
        state.in_site = True
        return _CHROME
    elif state.in_site and kind is _CONTACT:
        return _CHROME
    return kind


def _site_part(block: Block, fact: Facts) -> SectionKind:
    """A block of the site after the release: chrome, bar a rule or `###` and the wire's
    lines (as `_section_part` reads them; once the site has begun, what else it would read
    a block as, and the section it would carry on, come to chrome all the same)."""
    if block.hint is _RULE:
        return _SEPARATOR
    if block.hint in _DECLARED_HINTS:
        return _CHROME
    if fact.separator:
        return _SEPARATOR
    if fact.wire_footer and not (
        fact.trailer_about
        or fact.inline_about
        or fact.disclosure_heading is not None
        or (fact.short_heading and fact.contact_heading)
    ):
        return _WIRE_FOOTER
    return _CHROME


def _section_part(
    block: Block, fact: Facts, state: _State, following: Sequence[Facts]
) -> SectionKind:
    if block.hint is _RULE:  # a rule (or a table's ruling) keeps the section going
        return _SEPARATOR
    if block.hint is _DECLARED_BOILERPLATE:  # a feed item says so
        state.section = _BOILERPLATE
        return _BOILERPLATE
    if block.hint is _DECLARED_CONTACT:
        state.section, state.contacts_seen = _CONTACT, True
        return _CONTACT
    if fact.separator:
        state.section = None
        return _SEPARATOR
    if fact.trailer_about or fact.inline_about:
        state.section = _BOILERPLATE
        return _BOILERPLATE
    if fact.disclosure_heading is not None:
        state.section = _DISCLOSURE
        return _DISCLOSURE
    if fact.short_heading and fact.contact_heading:
        state.section = _CONTACT
        return _CONTACT
    if fact.wire_footer:
        return _WIRE_FOOTER
    if fact.date_line:
        return _META
    if fact.disclosure is not None:
        state.section = _DISCLOSURE
        return _DISCLOSURE
    if contact_like(fact) or (state.section is _CONTACT and _continues_contact(fact, following)):
        state.section = _CONTACT
        state.contacts_seen = True
        return _CONTACT
    if fact.chrome or fact.link_list:
        return _CHROME
    if state.section in (_BOILERPLATE, _DISCLOSURE) and _section_goes_on(
        fact, state.section, following
    ):
        return state.section
    state.section = None
    if state.contacts_seen and not fact.prose and not fact.tabular:
        return _CHROME  # short lines after the contacts: the site's, not the release's
    if describes_issuer(block, fact, state.issuer):
        return _BOILERPLATE  # a closing description of the issuer, with no heading
    return _BODY


def _continues_contact(fact: Facts, following: Sequence[Facts]) -> bool:
    """A short line in a contact block: details, or a name/title with details just below it."""
    if not fact.contact_line:
        return False
    if has_details(fact):
        return True
    for below in following[:CARD_LINES]:
        if contact_like(below):  # the card's details, however long their line
            return True
        if not below.contact_line:
            return False
        if has_details(below):
            return True
    return False


def describes_issuer(block: Block, fact: Facts, issuer: str | None) -> bool:
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
    if section is _DISCLOSURE:
        return False
    if fact.section_heading:
        return bool(following) and following[0].prose
    return fact.words >= 5 and not fact.tabular
