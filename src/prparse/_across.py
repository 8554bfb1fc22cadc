"""Facts across blocks: what a block is among the others, asked once for the document.

A block's own facts (`_facts`) say what its text and markup are; a few
questions are about a block and its neighbours or the whole document (a
paragraph printed a second time). The facts stage answers them here, once,
into a frozen `Across` record that zones and classify read.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from ._blocks import Block
from ._facts import Facts

# A paragraph this long printed twice is the same paragraph, not a common phrase.
_REPEAT_WORDS = 12


@dataclasses.dataclass(frozen=True, slots=True)
class Across:
    """The answers about blocks among the others, by block index."""

    repeats: frozenset[int] = frozenset()
    """Paragraphs an earlier block printed word for word (a wire's teaser before the full
    text): the later print counts once, as chrome."""


def _repeats(blocks: Sequence[Block], facts: Sequence[Facts]) -> frozenset[int]:
    """Paragraphs of a dozen words or more whose text an earlier such block has."""
    seen: set[str] = set()
    repeats: set[int] = set()
    for index, block in enumerate(blocks):
        if facts[index].words < _REPEAT_WORDS:
            continue
        if block.text in seen:
            repeats.add(index)
        seen.add(block.text)
    return frozenset(repeats)


def across_facts(blocks: Sequence[Block], facts: Sequence[Facts]) -> Across:
    """The answers about every block among the others."""
    return Across(repeats=_repeats(blocks, facts))
