"""The IPTC 7901 / ANPA text wire framing: `ZCZC` header lines, the story, `NNNN`.

AAP and Medianet deliver releases framed for teleprinter-era wires: a
start-of-message line (`ZCZC AAP`), header lines of selector (`%MNETALL`),
take (`$J`), keyword (`:Australian Financial Security Authority`) and
end-of-header (`*X`) codes, the story, and `NNNN`. The framing lines are
the wire's, not the release's, and read as its footer (the corpus counts
what a distributor wraps around a release as `wire_footer`): each is a
block of its own, as written (a `*X` is no Markdown bullet). The story
between them goes through the text front end.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

from ._blocks import Block, Document
from ._data.feeds import TEXT_WIRE_END, TEXT_WIRE_HEADER_LINE, TEXT_WIRE_START
from ._text import text_blocks

__all__ = ["looks_like_text_wire", "text_wire_document"]

_START = re.compile(rf"\A\ufeff?(?:[ \t]*\r?\n)*{TEXT_WIRE_START}(?:\r?\n|\r|\Z)")
_END = re.compile(TEXT_WIRE_END)
_HEADER_LINE = re.compile(TEXT_WIRE_HEADER_LINE)
_LINE = re.compile(r"[^\r\n]*")
_WORD_CHAR = re.compile(r"[^\W_]")


def looks_like_text_wire(text: str) -> bool:
    """Whether the document opens with a 7901 start-of-message line (`ZCZC`)."""
    return bool(_START.match(text[:500]))


def _lines(text: str) -> Iterator[tuple[int, int]]:
    """Each line's span (line ends excluded)."""
    pos = 0
    while pos <= len(text):
        match = _LINE.match(text, pos)
        end = match.end() if match is not None else pos
        yield pos, end
        if end >= len(text):
            return
        pos = end + (2 if text.startswith("\r\n", end) else 1)


def _framing_block(text: str, start: int, end: int) -> list[Block]:
    """A framing line as written, as a block; none for a line without letters or digits."""
    line = text[start:end].strip()
    if not _WORD_CHAR.search(line):
        return []
    start += len(text[start:end]) - len(text[start:end].lstrip())
    return [Block(text=line, start=start, end=start + len(line), lines=(line,))]


def text_wire_document(text: str) -> Document:
    """The blocks of a 7901-framed release: framing lines, then the story's blocks."""
    lines = list(_lines(text))
    blocks: list[Block] = []
    index = 0
    while index < len(lines) and not text[slice(*lines[index])].strip():
        index += 1
    if index < len(lines):  # the ZCZC line
        blocks += _framing_block(text, *lines[index])
        index += 1
    while index < len(lines) and _HEADER_LINE.fullmatch(text[slice(*lines[index])]):
        blocks += _framing_block(text, *lines[index])
        index += 1
        if text[lines[index - 1][0] : lines[index - 1][0] + 1] == "*":
            break  # the end-of-header line
    story_start = lines[index][0] if index < len(lines) else len(text)
    closing = next(
        (
            n
            for n in range(len(lines) - 1, index - 1, -1)
            if _END.fullmatch(text[slice(*lines[n])].strip())
        ),
        None,
    )
    story_end = lines[closing][0] if closing is not None else len(text)
    story = text_blocks(text[story_start:story_end])
    blocks += [
        dataclasses.replace(b, start=b.start + story_start, end=b.end + story_start)
        for b in story
    ]
    if closing is not None:
        blocks += _framing_block(text, *lines[closing])
    return Document(blocks)
