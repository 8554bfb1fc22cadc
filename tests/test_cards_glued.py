"""Contact cards: the lines glued to a contact line, read by walks from each contact line,
answer as the two sweeps over all blocks that read them before."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

from hypothesis import given
from hypothesis import strategies as st

from prparse._blocks import Block
from prparse._cards import _glued
from prparse._facts import Facts


class _Block:
    def __init__(self, gap_before: bool) -> None:
        self.gap_before = gap_before


class _Fact:
    def __init__(self, contact_line: bool) -> None:
        self.contact_line = contact_line


def _swept(
    blocks: Sequence[Any], facts: Sequence[Any], anchors: frozenset[int], links: frozenset[int]
) -> frozenset[int]:
    """The glued lines as two sweeps, down and up all the blocks, read them."""
    count = len(blocks)
    passes = [facts[i].contact_line and i in links for i in range(count)]
    from_above = [False] * count
    for index in range(1, count):
        above = index - 1
        from_above[index] = not blocks[index].gap_before and (
            above in anchors or (passes[above] and from_above[above])
        )
    glued: set[int] = set()
    from_below = False
    for index in range(count - 1, -1, -1):
        if facts[index].contact_line and (from_above[index] or from_below):
            glued.add(index)
        from_below = not blocks[index].gap_before and (
            index in anchors or (passes[index] and from_below)
        )
    return frozenset(glued)


# Each block: (blank line before it, short line, what its zone reads it as: a contact line
# by itself, a line a card may run on through, or neither).
_BLOCK = st.tuples(st.booleans(), st.booleans(), st.sampled_from(("anchor", "link", "other")))


@given(st.lists(_BLOCK, max_size=30))
def test_walks_from_the_contact_lines_find_the_lines_the_sweeps_find(
    shape: list[tuple[bool, bool, str]],
) -> None:
    blocks = [_Block(gap) for gap, _, _ in shape]
    facts = [_Fact(short) for _, short, _ in shape]
    anchors = frozenset(i for i, (_, _, role) in enumerate(shape) if role == "anchor")
    links = frozenset(i for i, (_, _, role) in enumerate(shape) if role == "link")
    walked = _glued(
        cast("Sequence[Block]", blocks), cast("Sequence[Facts]", facts), anchors, links
    )
    assert walked == _swept(blocks, facts, anchors, links)
