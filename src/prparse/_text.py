"""The text front end: plain or Markdown-ish text -> `Block`s.

Releases arrive as text in many states: hard-wrapped at 72-80 columns,
converted from HTML to Markdown by a crawler (links, emphasis, bullets,
tables, stray glyphs), or crammed onto one line with paragraphs separated
by runs of spaces. This module undoes that:

1. split the source into lines with their offsets (one very long line is
   split where it separates paragraphs by runs of spaces or bullets);
2. clean each line of Markdown, noting its hint (heading, bullet, ...);
3. join the lines of a paragraph: hard-wrapped lines, and lines broken
   mid-sentence by a converter, become one block.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from itertools import accumulate
from operator import attrgetter

from ._blocks import LONG_LINE, Block, Document, Hint, PageMeta
from ._frontmatter import front_matter
from ._lazy import lazy_pattern
from ._markdown import CleanLine, clean_line, finish_text, open_emphasis, table_ruling

# A line longer than this that holds several paragraphs is split.
_CRAMMED_LINE = 1200
# Paragraph breaks inside a crammed line: a run of 3+ spaces, two spaces
# after a sentence end, or a bullet glyph.
_CRAMMED_BREAK = lazy_pattern(
    r"[ \t\u00a0]{3,}|(?<=[.!?:\"\u201d])[ \t\u00a0]{2,}(?=\S)|[^\S\n]{0,8}(?=[•▪●]\s)"
)
# The same without the bullet glyphs, whose alternative is tried at every position:
# for a line that has none, it finds the same breaks. Each starts with a space, tested first.
_CRAMMED_SPACES = lazy_pattern(
    r"(?=[ \t\u00a0])(?:[ \t\u00a0]{3,}|(?<=[.!?:\"\u201d])[ \t\u00a0]{2,}(?=\S))"
)
_BULLET_GLYPHS = ("•", "▪", "●")
"""The glyphs of `_CRAMMED_BREAK`'s last alternative (found by `in`, far faster than by a
pattern of the three)."""
# How many lines an emphasised span may be wrapped over and still be joined.
_EMPHASIS_LINES = 6
# A Markdown hard line break at a line's end: two spaces or a backslash.
_HARD_BREAKS = ("  ", "\\")
# A line break, kept by `split` (its width moves the offsets on).
_LINE_BREAK = lazy_pattern(r"(\r\n|\r|\n)")
_SENTENCE_END = lazy_pattern(r"[.!?:;\"'\u201d\u2019)\]…]\s*$")
_STARTS_LOWER = lazy_pattern(r"^[\"'\u201c\u2018(]?[a-zà-ÿ]")
_FIRST_WORD = lazy_pattern(r"\S+")
# A line that opens with a label and a link (`Photo - https://...`) starts a line of its own.
_LABELLED_LINK = lazy_pattern(r"^\w+(?: \w+)?\s*[-:–]\s*(?:https?://|www\.)")
# Page furniture of paginated filings (SEC EDGAR text, PDF conversions): a
# page number or `<PAGE>` mark that can fall in the middle of a paragraph.
_PAGE_FURNITURE = lazy_pattern(
    r"(?:<PAGE>|-?\s*\d{1,3}\s*-?|page \d{1,3}(?: of \d{1,3})?)", re.IGNORECASE
)
# The longest text `_PAGE_FURNITURE` matches once whitespace is collapsed (`page 123 of 456`).
_FURNITURE_CHARS = 15

# Hint members read for every block or line, bound once: `Hint.X` is looked up through the
# enum's metaclass (some 70 ns a read in Python 3.11, ten times a module global's).
_PARAGRAPH, _RULE = Hint.PARAGRAPH, Hint.RULE
_ENDS_PARAGRAPH = (Hint.HEADING, Hint.RULE, Hint.TABLE_ROW)
"""What no line after it runs on from."""
_WRAPPED = (Hint.PARAGRAPH, Hint.LIST_ITEM, Hint.BLOCKQUOTE, Hint.EMPHASIS)
"""What a text wrapped at a width continues on the next line."""


_Line = tuple[str, int]
"""A source line's text and the offset it starts at (a plain tuple: one is made for every
line; it ends at the offset plus the text's length)."""


def _raw_lines(source: str) -> list[_Line]:
    """The source's lines with offsets; a crammed line comes out as several."""
    unix = "\r" not in source  # most sources: lines end with `\n` alone
    if unix:
        texts = source.split("\n")  # faster than the pattern
        breaks = [1] * (len(texts) - 1)
    else:
        parts = _LINE_BREAK().split(source)
        texts, breaks = parts[::2], [len(part) for part in parts[1::2]]
    if not texts[-1]:  # the source ends with a line break (or is empty): no line after it
        texts.pop()
    if unix and "**" not in source and "By:" not in source:  # `_byline_match`'s literals
        # Each line as it is, at the offset the lengths before it and their `\n`s add up to
        # (summed by built-ins alone), bar a crammed one, split in place (a third of the
        # sources hold one or two, among dozens of lines kept whole).
        offsets = accumulate(map(_PLUS_ONE, map(len, texts)), initial=0)
        lines = list(zip(texts, offsets, strict=False))  # one offset more than lines
        if max(map(len, texts), default=0) > _CRAMMED_LINE:
            crammed = [i for i, text in enumerate(texts) if len(text) > _CRAMMED_LINE]
            for index in reversed(crammed):  # from the last, so the indices before stand
                lines[index : index + 1] = _split_crammed(*lines[index])
        return lines
    lines = []
    pos = 0
    for text, width in zip(texts, [*breaks, 0], strict=False):
        if len(text) > _CRAMMED_LINE:
            lines += _split_crammed(text, pos)
        elif "**" in text or "By:" in text:  # `_byline_match`'s literals
            lines += _split_byline(text, pos)
        else:
            lines.append((text, pos))  # most lines: no byline can be run onto them
        pos += len(text) + width
    return lines


_PLUS_ONE = (1).__add__


# A bold title with a byline run onto its line: `**Title** Accesswire Monday, July 13, 2015`.
_TITLE_WITH_BYLINE = lazy_pattern(
    r"^(\s*\*\*[^*\n]{10,300}\*\*)\s+(?=\S[^*\n]{0,100}\b(?:19|20)\d\d\b[^*\n]{0,30}$)"
)
# A portal's title with its byline on the same line: `<title> By: Business Wire Aug. 28, 2015`.
_TITLE_WITH_BY = lazy_pattern(r"^(.{20,300}?)\s+(?=By:\s+\S.{0,80}?\b(?:19|20)\d\d\b)")


def _split_byline(text: str, start: int) -> list[_Line]:
    match = _byline_match(text)
    if match is None:
        return [(text, start)]
    return [(text[: match.end(1)], start), (text[match.end() :], start + match.end())]


def _byline_match(text: str) -> re.Match[str] | None:
    """A title with its byline run on, tried only where each pattern's literal (`**`, `By:`)
    stands: most lines hold neither."""
    if "**" in text and (match := _TITLE_WITH_BYLINE().match(text)):
        return match
    return _TITLE_WITH_BY().match(text) if "By:" in text else None


def _split_crammed(text: str, start: int) -> list[_Line]:
    lines: list[_Line] = []
    pos = 0
    if any(map(text.__contains__, _BULLET_GLYPHS)):
        breaks = [match.span() for match in _CRAMMED_BREAK().finditer(text)]
    else:
        breaks = _space_breaks(text)
    for at, end in breaks:
        if at > pos:
            lines.append((text[pos:at], start + pos))
        pos = end
    if pos < len(text):
        lines.append((text[pos:], start + pos))
    return lines


def _space_breaks(text: str) -> list[tuple[int, int]]:
    """The spans `_CRAMMED_SPACES().finditer(text)` finds, found faster: each starts a run of
    two spaces or more, which `str.find` finds in the line with its tabs and no-break spaces
    read as spaces (the pattern is tried there only, where `finditer` would try it at every
    position)."""
    spaced = text.replace("\t", " ").replace("\u00a0", " ")  # the same length
    pattern = _CRAMMED_SPACES()
    spans: list[tuple[int, int]] = []
    pos = 0
    while (at := spaced.find("  ", pos)) >= 0:
        found = pattern.match(text, at)
        if found is None:
            pos = at + 1
        else:
            spans.append(found.span())
            pos = found.end()
    return spans


def _wrap_width(lines: Iterable[CleanLine]) -> int:
    """The column a hard-wrapped text was wrapped at, or 0 when it was not.

    Looks at the longer lines only (tables and headings are short): in a
    wrapped text most of them end within a few columns of the width.
    """
    # Each line's length without trailing spaces, 40 and more, made by built-ins alone.
    lengths = sorted(filter(_LONGER_LINE, map(len, map(str.rstrip, map(_RAW, lines)))))
    if len(lengths) < 8:
        return 0
    p90 = lengths[int(len(lengths) * 0.9)]
    if p90 > 100 or p90 < 50:
        return 0
    near = bisect_right(lengths, p90 + 2) - bisect_left(lengths, p90 - 12)  # sorted: a range
    return p90 if near >= len(lengths) * 0.5 else 0


_RAW = attrgetter("raw")
_LONGER_LINE = (39).__lt__
"""Whether a line's length is 40 or more: only the longer lines tell the wrap width."""


def _ends_with_hard_break(raw: str) -> bool:
    """Whether a line ends with a hard line break (`(?: {2,}|\\\\)\\r?$`, read off its end: a
    search for the pattern would try it at every space of the line)."""
    return raw.removesuffix("\n").removesuffix("\r").endswith(_HARD_BREAKS)


def _set_apart_by_break(prev: CleanLine, line: CleanLine) -> bool:
    """A hard line break (a converter's `<br>`: two trailing spaces or a backslash) next to
    a long line: the long line is a paragraph of its own, as the HTML front end reads a
    `br`-separated run (`_Deck line_<br>The lead paragraph ...`)."""
    if not _ends_with_hard_break(prev.raw):
        return False
    return len(prev.text) > LONG_LINE or len(line.text) > LONG_LINE


def _continues(current: list[CleanLine], line: CleanLine, width: int) -> bool:
    """Whether `line` continues the paragraph of the lines before it (no blank line between)."""
    prev = current[-1]
    if line.hint is not _PARAGRAPH or prev.hint in _ENDS_PARAGRAPH:
        return False
    if _set_apart_by_break(prev, line):
        return False
    # A credit line in emphasis wrapped over a few lines (`*Jane Doe, Chief` / `Officer*`).
    if (
        len(current) <= _EMPHASIS_LINES
        and current[0].text[:1] in "*_"  # what `open_emphasis` asks first (each text stripped)
        and open_emphasis(" ".join(p.text for p in current))
    ):
        return True
    if _LABELLED_LINK().match(line.text):
        return False
    if width and prev.hint in _WRAPPED:
        first = _FIRST_WORD().match(line.text)
        room = len(prev.raw.rstrip()) + 1 + (len(first.group()) if first else 0)
        if room > width - 2 and len(prev.raw.strip()) > width * 0.6:
            return True
    return not _SENTENCE_END().search(prev.text) and bool(_STARTS_LOWER().match(line.text))


def _merge(parts: list[CleanLine], gap_before: bool) -> Block:
    first = parts[0]
    if len(parts) == 1:  # most blocks: one line
        text, emphasized = first.finished
        lines: tuple[str, ...] = (text,) if text else ()
        urls, link_chars = first.urls, first.link_chars
    else:
        text, emphasized = finish_text(" ".join(p.text for p in parts))
        lines = tuple(line for p in parts if (line := p.finished[0]))
        urls = tuple(u for p in parts for u in p.urls)
        link_chars = sum(p.link_chars for p in parts)
    hint = Hint.EMPHASIS if emphasized and first.hint is _PARAGRAPH else first.hint
    # The fields in order (text, start, end, hint, lines, urls, level, link_chars,
    # gap_before): one block is made for every paragraph, and a positional call is faster.
    return Block(
        text, first.start, parts[-1].end, hint, lines, urls, first.level, link_chars, gap_before
    )


def _page_furniture(block: Block) -> bool:
    text = block.text  # joined by single spaces: furniture is a few characters long
    return len(text) <= _FURNITURE_CHARS and bool(_PAGE_FURNITURE().fullmatch(text.strip()))


def _join_broken_paragraphs(blocks: list[Block], gaps: list[bool]) -> list[Block]:
    """Join a paragraph a converter (or a page break) broke mid-sentence across a blank line."""
    out: list[Block] = []
    furniture: list[Block] = []
    for block, gap in zip(blocks, gaps, strict=True):
        if len(block.text) <= _FURNITURE_CHARS and out and _page_furniture(block):
            furniture.append(block)
            continue
        if (
            gap
            and out
            and (prev := out[-1]).hint is _PARAGRAPH
            and block.hint is _PARAGRAPH
            and _STARTS_LOWER().match(block.text)  # the rarest, and cheapest, asked first
            and len(prev.text.split()) >= 8  # a short line before a blank one is a heading
            and not _SENTENCE_END().search(prev.text)
        ):
            out[-1] = dataclasses.replace(
                prev,
                text=f"{prev.text} {block.text}",
                end=block.end,
                lines=prev.lines + block.lines,
                urls=prev.urls + block.urls,
                link_chars=prev.link_chars + block.link_chars,
            )
        else:
            if furniture:
                out += furniture
            out.append(block)
        if furniture:
            furniture = []
    return out + furniture


def _clean_lines(source: str) -> list[CleanLine | None]:
    """Each source line cleaned (None for a blank one); rows under a table's ruling are read
    as table rows."""
    cleaned: list[CleanLine | None] = []
    in_table = False
    for text, start in _raw_lines(source):
        # A blank line (a third of them and more) is None, as `clean_line` reads it.
        line = None if text.isspace() or not text else clean_line(text, start, in_table=in_table)
        if line is None:
            in_table = False
        elif "|" in text and table_ruling(text):
            in_table = True
        cleaned.append(line)
    return cleaned


def text_blocks(source: str) -> list[Block]:
    """Split a text release into blocks, one per paragraph, heading, item or row."""
    cleaned = _clean_lines(source)
    width = _wrap_width(filter(None, cleaned))  # a `CleanLine`, a tuple of fields, is true
    blocks: list[Block] = []
    gaps: list[bool] = []
    current: list[CleanLine] = []
    gap = True
    for line in [*cleaned, None]:
        if line is not None and current and _continues(current, line, width):
            current.append(line)
            continue
        if current:
            block = _merge(current, gap)
            if block.text or block.hint is _RULE:
                blocks.append(block)
                gaps.append(gap)
            gap = False
            current = []
        if line is None:
            gap = True
        else:
            current = [line]
    return _join_broken_paragraphs(blocks, gaps)


def text_document(source: str) -> Document:
    """The blocks of a text release and what its front matter (if any) says."""
    return Document(text_blocks(source), front_matter(source) or PageMeta())
