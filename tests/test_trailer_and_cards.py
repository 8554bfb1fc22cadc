"""What the zones stage reads across blocks: the trailer's sections and end, contact cards,
and the facts across blocks (a paragraph printed twice).

The blocks are made up to show each convention; the conventions were read over
`../shared/bulk` (where the rules came from) before they were kept.
"""

from __future__ import annotations

import pytest

from prparse._across import across_facts
from prparse._blocks import Block
from prparse._cards import Header, read_cards
from prparse._facts import Facts, facts_of
from prparse._model import SectionKind
from prparse._trailer import read_trailer

K = SectionKind
_PROSE = "Acme Corp. makes widgets for factories around the world and employs 500 people."


def _blocks(*rows: str) -> list[Block]:
    """One block per row; a row that starts with `+` follows the one above with no blank line."""
    blocks, offset = [], 0
    for row in rows:
        glued = row.startswith("+")
        text = row.removeprefix("+")
        blocks.append(Block(text=text, start=offset, end=offset + len(text), gap_before=not glued))
        offset += len(text) + 2
    return blocks


def _facts(blocks: list[Block]) -> list[Facts]:
    return [facts_of(block, None) for block in blocks]


# (where the convention shows, trailer blocks, the part each is read as)
EXAMPLES_TRAILER = [
    (
        "an About heading opens boilerplate that its prose continues",
        ["About Acme", _PROSE],
        [K.BOILERPLATE, K.BOILERPLATE],
    ),
    (
        "a contact heading opens contact lines; details make a line one",
        ["Media Contact:", "Jane Doe", "jane.doe@acme.com"],
        [K.CONTACT, K.CONTACT, K.CONTACT],
    ),
    (
        "PR Newswire: the closing line ends the release, prose after it is the site's",
        ["View original content:https://www.prnewswire.com/news-releases/x.html", _PROSE],
        [K.WIRE_FOOTER, K.CHROME],
    ),
    (
        "contacts close a release: a short line after them is the site's",
        ["Media Contact:", "jane.doe@acme.com", "Home"],
        [K.CONTACT, K.CONTACT, K.CHROME],
    ),
]


@pytest.mark.parametrize(
    ("rows", "parts"), [pytest.param(*row[1:], id=row[0]) for row in EXAMPLES_TRAILER]
)
def test_the_trailer_reading(rows: list[str], parts: list[SectionKind]) -> None:
    blocks = _blocks(*rows)
    trailer = read_trailer(blocks, _facts(blocks), 0, range(len(blocks)), None, None)
    assert [trailer.part(i) for i in range(len(blocks))] == parts


def test_a_card_takes_the_lines_glued_to_a_contact_line() -> None:
    """Short lines set right above a contact line, with no blank line between, are its card's;
    a blank line ends the card."""
    blocks = _blocks("Jane Doe", "+Acme Corp.", "+jane.doe@acme.com", "Home")
    facts = _facts(blocks)
    cards = read_cards(
        blocks,
        facts,
        frozenset({2}),
        frozenset({0, 1, 3}),
        Header(0, 0, None, frozenset(), frozenset()),
    )
    assert cards.glued == {0, 1}


def test_a_card_does_not_run_on_through_a_line_its_zone_reads_as_something_else() -> None:
    blocks = _blocks("Jane Doe", "+Acme Corp.", "+jane.doe@acme.com")
    facts = _facts(blocks)
    cards = read_cards(
        blocks, facts, frozenset({2}), frozenset({0}), Header(0, 0, None, frozenset(), frozenset())
    )
    assert cards.glued == {1}


def test_a_run_of_contact_lines_without_a_detail_is_not_a_contact() -> None:
    """A feed may declare a name line a contact; with not one detail in its run, it is not."""
    blocks = _blocks("Jane Doe", "+Acme Corp.", _PROSE)
    facts = _facts(blocks)
    cards = read_cards(
        blocks,
        facts,
        frozenset({0}),
        frozenset({1, 2}),
        Header(0, 0, None, frozenset(), frozenset()),
    )
    assert cards.empty == {0, 1}


def test_contact_details_in_the_header_with_no_contact_heading_are_a_letterhead() -> None:
    blocks = _blocks("Acme Corp.", "+jane.doe@acme.com", "Acme Reports Record Revenue", _PROSE)
    facts = _facts(blocks)
    cards = read_cards(
        blocks, facts, frozenset({1}), frozenset(), Header(0, 3, 2, frozenset(), frozenset())
    )
    assert cards.letterhead == {1}


def test_a_paragraph_printed_twice_is_a_repeat_the_second_time() -> None:
    blocks = _blocks(_PROSE, "Short line.", _PROSE)
    assert across_facts(blocks, _facts(blocks)).repeats == {2}


def test_a_contact_block_under_a_heading_above_the_headline_is_the_release_s() -> None:
    blocks = _blocks("Media Contact:", "+jane.doe@acme.com", "Acme Reports Record Revenue", _PROSE)
    facts = _facts(blocks)
    header = Header(0, 3, 2, frozenset({0, 1}), frozenset({0}))
    cards = read_cards(blocks, facts, frozenset({0, 1}), frozenset(), header)
    assert cards.letterhead == frozenset()
