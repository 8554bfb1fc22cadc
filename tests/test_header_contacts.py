"""The header's contact blocks, read in one pass, are what the reading block by block gives."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

import prparse
from prparse import _zones
from prparse._blocks import Block
from prparse._facts import Facts
from prparse._header import _under_contact_heading, header_contact_blocks, press_officer

FIXTURES = sorted(
    p
    for p in (Path(__file__).resolve().parent.parent / "fixtures").iterdir()
    if p.suffix in {".txt", ".html"}
)


def _lines_block_by_block(
    blocks: Sequence[Block], facts: Sequence[Facts], start: int, end: int
) -> set[int]:
    """The header's contact lines as the reading asked each block again read them."""
    lines: set[int] = set()
    index = start
    while index < end:
        if (facts[index].contact_heading and facts[index].words <= 12) or press_officer(
            blocks[index], facts[index]
        ):
            lines.add(index)
            index += 1
            while index < end and _under_contact_heading(
                blocks[index], facts[index], index - start
            ):
                lines.add(index)
                index += 1
        else:
            index += 1
    return lines


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_one_pass_reads_the_header_contacts_block_by_block(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = []

    def checked(
        blocks: Sequence[Block], facts: Sequence[Facts], start: int, end: int
    ) -> tuple[set[int], set[int]]:
        lines, headings = header_contact_blocks(blocks, facts, start, end)
        assert lines == _lines_block_by_block(blocks, facts, start, end)
        assert headings == {
            i
            for i in range(start, end)
            if facts[i].contact_heading or press_officer(blocks[i], facts[i])
        }
        asked.append((start, end))
        return lines, headings

    monkeypatch.setattr(_zones, "header_contact_blocks", checked)
    prparse.parse(path.read_bytes())
    assert asked
