"""The zones stage's shortcuts give the answers of the reads they spare: every block's zone
laid out at once, the cards' glued lines found in two sweeps, the issuer's heading told
without reading the company's core where the opening cannot start with it, and a block of
the site after the release read without the questions whose answer comes to chrome;
blocks too short to be a declared title not normalized."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from prparse._blocks import Block, Hint
from prparse._cards import _glued
from prparse._facts import Facts, facts_of
from prparse._header import _normal
from prparse._model import SectionKind
from prparse._trailer import _section_part, _site_part, _State
from prparse._zones import Zones, _company_core, _opens_with_core

K = SectionKind


def _block(index: int, *, gap: bool = True, text: str = "Acme") -> Block:
    return Block(text=text, start=index * 10, end=index * 10 + 4, gap_before=gap)


@given(
    count=st.integers(0, 12),
    borders=st.lists(st.integers(0, 13), min_size=6, max_size=6),
    headline=st.none() | st.integers(0, 12),
    span=st.integers(1, 2),
    dateline=st.booleans(),
    site_tail=st.none() | st.integers(0, 13),
    meta_end=st.integers(0, 40),
)
def test_zone_list_is_the_zone_of_each_block(
    count: int,
    borders: list[int],
    headline: int | None,
    span: int,
    dateline: bool,
    site_tail: int | None,
    meta_end: int,
) -> None:
    release_start, body_start, trailer_start, deck_start, deck_stop, _ = borders
    zones = Zones(
        release_start=release_start,
        headline=headline,
        headline_span=span,
        body_start=body_start,
        trailer_start=max(trailer_start, body_start),
        dateline_block=body_start if dateline else None,
        deck_after_dateline=range(deck_start, deck_stop),
        site_tail=site_tail,
        meta_end=meta_end,
    )
    blocks = [_block(i) for i in range(count)]
    expected = tuple(zones.zone_of(i, block) for i, block in enumerate(blocks))
    assert zones.zone_list(blocks) == expected


def _glued_by_walking(
    blocks: list[Block], facts: list[Facts], anchors: frozenset[int], links: frozenset[int]
) -> frozenset[int]:
    """The reference: from each short line, walk up and down while no blank line stands and
    the lines passed are short lines a card runs on through, until a contact line."""

    def reaches(index: int, step: int) -> bool:
        near = index
        while True:
            joint = near if step < 0 else near + 1
            near += step
            if near < 0 or near >= len(blocks) or blocks[joint].gap_before:
                return False
            if near in anchors:
                return True
            if not facts[near].contact_line or near not in links:
                return False

    return frozenset(
        i for i in range(len(blocks)) if facts[i].contact_line and (reaches(i, -1) or reaches(i, 1))
    )


_SHORT = "Jane Doe"
_LONG = "Acme Corp. makes widgets for factories around the world and employs 500 people."


@given(
    st.lists(
        st.tuples(st.booleans(), st.booleans(), st.sampled_from(["anchor", "link", "other"])),
        max_size=14,
    )
)
def test_glued_sweeps_are_the_walks(rows: list[tuple[bool, bool, str]]) -> None:
    blocks = [
        _block(i, gap=gap, text=_SHORT if short else _LONG)
        for i, (gap, short, _) in enumerate(rows)
    ]
    facts = [facts_of(block, None) for block in blocks]
    anchors = frozenset(i for i, row in enumerate(rows) if row[2] == "anchor")
    links = frozenset(i for i, row in enumerate(rows) if row[2] == "link")
    assert _glued(blocks, facts, anchors, links) == _glued_by_walking(blocks, facts, anchors, links)


_NAMES = ["acme corp.", "株式会社laplust(ラプラス)", "acme, inc.", "the acme co", "ab (c) d ltd"]
_OPENINGS = [
    "acme corp. makes widgets",
    "acme makes widgets",
    "laplust operates stores",
    "the acme company",
    "ab d is a maker",
    "ac",
    " acme",
    "our products",
]


def test_opening_with_the_core_is_told_as_the_core_tells_it() -> None:
    for name in _NAMES:
        core = _company_core(name)
        for opening in _OPENINGS:
            expected = len(core) >= 3 and opening.startswith(core)
            assert _opens_with_core(opening, name) is expected, (name, opening)


@given(st.text(alphabet="ab ,.()incorp", max_size=14), st.text(alphabet="ab ,.c", max_size=8))
def test_opening_with_the_core_on_any_text(name: str, opening: str) -> None:
    core = _company_core(name)
    assert _opens_with_core(opening, name) is (len(core) >= 3 and opening.startswith(core))


_SITE_LINES = [
    ("###", Hint.PARAGRAPH),
    ("---", Hint.RULE),
    ("SOURCE Acme Corp.", Hint.PARAGRAPH),
    ("About Acme", Hint.PARAGRAPH),
    ("Media Contact:", Hint.PARAGRAPH),
    ("Forward-Looking Statements", Hint.PARAGRAPH),
    ("Jane Doe, jane@acme.com, +1 555 123 4567", Hint.PARAGRAPH),
    ("March 3, 2024", Hint.PARAGRAPH),
    ("Home | News | Careers", Hint.PARAGRAPH),
    (_LONG, Hint.PARAGRAPH),
    ("Acme's profile", Hint.BOILERPLATE),
    ("Press office", Hint.CONTACT),
]


def test_a_block_of_the_site_is_read_as_the_section_reading_ends_it() -> None:
    """Once the site has begun, `_part` keeps a rule, `###` and the wire's lines and makes the
    rest chrome, whatever section the reading carried."""
    for text, hint in _SITE_LINES:
        block = Block(text=text, start=0, end=len(text), hint=hint)
        fact = facts_of(block, None)
        for section in (None, K.CONTACT, K.BOILERPLATE, K.DISCLOSURE):
            state = _State(section=section, ended=True, in_site=True, contacts_seen=True)
            kind = _section_part(block, fact, state, [])
            expected = kind if kind in (K.WIRE_FOOTER, K.SEPARATOR) else K.CHROME
            assert _site_part(block, fact) is expected, (text, section)


@given(st.text(max_size=40))
def test_a_normal_form_is_never_longer_than_the_text_casefolded(text: str) -> None:
    """`block_with_title` reads no block shorter, casefolded, than the shortest title."""
    assert len(_normal(text)) <= len(text.casefold())
