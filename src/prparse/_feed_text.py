"""The IPTC 7901 / ANPA 1312 text wire framing: start, header lines, the story, end.

AAP and Medianet deliver releases framed for teleprinter-era wires: a
start-of-message line (`ZCZC AAP`), header lines of selector (`%MNETALL`),
take (`$J`), keyword (`:Australian Financial Security Authority`) and
end-of-header (`*X`) codes, the story, and `NNNN`; ANPA 1312 frames with
control characters instead (SOH, header, STX, story, ETX, trailer, EOT).
The framing lines are the wire's, not the release's: those that read as a
wire's footer lines (the 7901 codes; the corpus counts what a distributor
wraps around a release as `wire_footer`) are blocks of their own, as
written (a `*X` is no Markdown bullet); the others (an ANPA header) are
envelope, left to chrome. The story goes through the text front end. Text
after the end of the message is left out (chrome).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

from ._blocks import Block, Document
from ._cues import wire_footer
from ._data.feeds import (
    TEXT_WIRE_END,
    TEXT_WIRE_END_LINE,
    TEXT_WIRE_HEADER_LINE,
    TEXT_WIRE_START,
    TEXT_WIRE_STORY_END,
    TEXT_WIRE_STORY_START,
)
from ._text import text_blocks

__all__ = ["looks_like_text_wire", "text_wire_document"]

_START = re.compile(rf"\A\ufeff?(?:[ \t]*\r?\n)*{TEXT_WIRE_START}")
_END = re.compile(rf"(?m)^(?:{TEXT_WIRE_END_LINE})\r?$|{re.escape(TEXT_WIRE_END)}")
_HEADER_LINE = re.compile(TEXT_WIRE_HEADER_LINE)
_LINE = re.compile(r"[^\r\n]*")
# Control characters of the framing, trimmed from the lines that carry them.
_CONTROL = "\x00\x01\x02\x03\x04\x16 \t"
# How far into a message its header may run.
_HEADER_SPAN = 4000


def looks_like_text_wire(text: str) -> bool:
    """Whether the document opens with a start-of-message line (`ZCZC`) or SOH."""
    return bool(_START.match(text[:500]))


def _lines(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The spans of the lines in [start, end) (line ends excluded)."""
    pos = start
    while pos < end:
        match = _LINE.match(text, pos, end)
        stop = match.end() if match is not None else pos
        yield pos, stop
        pos = stop + (2 if text.startswith("\r\n", stop) else 1)


def _framing_blocks(text: str, start: int, end: int) -> list[Block]:
    """Each framing line in [start, end) that reads as a wire's footer line (`ZCZC AAP`,
    `%MNETALL`, `NNNN`), as written, as a block; the others are envelope."""
    blocks = []
    for line_start, line_end in _lines(text, start, end):
        raw = text[line_start:line_end]
        line = raw.strip(_CONTROL)
        at = line_start + len(raw) - len(raw.lstrip(_CONTROL))
        block = Block(text=line, start=at, end=at + len(line), lines=(line,))
        if line and wire_footer(block):
            blocks.append(block)
    return blocks


def _story_start(text: str) -> int:
    """Past STX, else past the start line and the header lines that follow it."""
    stx = text.find(TEXT_WIRE_STORY_START, 0, _HEADER_SPAN)
    if stx >= 0:
        return stx + 1
    lines = _lines(text, 0, len(text))
    for _start, end in lines:  # up to the start-of-message line
        if _START.match(text, 0, end):
            break
    for start, end in lines:
        line = text[start:end]
        if not _HEADER_LINE.fullmatch(line):
            return start
        if line.startswith("*"):  # the end-of-header line
            return next(lines, (len(text), len(text)))[0]
    return len(text)


def _story_end(text: str, start: int) -> tuple[int, int]:
    """Where the story ends (ETX, else the end line) and where the message ends."""
    ending = _END.search(text, start)
    message_end = ending.end() if ending is not None else len(text)
    etx = text.find(TEXT_WIRE_STORY_END, start, message_end)
    if etx >= 0:
        return etx, message_end
    return (ending.start() if ending is not None else len(text)), message_end


def text_wire_document(text: str) -> Document:
    """The blocks of a framed release: header lines, the story's blocks, trailer lines."""
    start = _story_start(text)
    end, message_end = _story_end(text, start)
    story = [
        dataclasses.replace(b, start=b.start + start, end=b.end + start)
        for b in text_blocks(text[start:end])
    ]
    return Document(
        _framing_blocks(text, 0, start) + story + _framing_blocks(text, end, message_end)
    )
