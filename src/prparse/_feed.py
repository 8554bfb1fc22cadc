"""The feed front end: a wire's feed item (NewsML-G2, NewsML 1.2, NITF, NTB info's
export, IPTC 7901 / ANPA 1312 text framing) -> a `Document`.

A feed item wraps the release in an envelope that is not release text
(subjects, keywords, abstracts, slugs, genre, help-desk contacts) and says
about the release what the text may not (headline, dateline, dates, the
wire's copyright). The formats are data (`_data/feeds.py`); here:

1. recognise the format by the root element (`_feed_sniff.looks_like_feed`
   sniffs the opening of the document; `feed_document` decides on the parsed
   tree);
2. read the item's headline, dateline, date, copyright and wire into
   `PageMeta` (`_feed_meta`);
3. make blocks of each part of the release's own text: (X)HTML through the
   HTML front end, whether it comes as elements or escaped as text
   (entities, CDATA), plain text through the text front end, a contact
   record as one block of lines; offsets index the decoded source;
4. give the wire's copyright notice a block of its own when it reads as a
   wire footer line; it comes first, where the envelope carries it (the
   footer cues classify it wherever it stands);
5. order the blocks as a reader meets them (a feed may put the lead after
   the body, or the contact before it): a block's start is moved back to
   the earliest start of the blocks after it, so starts never go backwards
   and each span still holds its text.

What lies outside every block is envelope; the pipeline reports it as
chrome (`_coverage.with_page_chrome`). Where step 5 moved a start back,
the envelope the widened span passes over is not reported (NTB info puts
the title and the lead after the body). The 7901 / ANPA text framing is
read by `_feed_text`.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import html
import re
from collections.abc import Sequence
from typing import NamedTuple

from lxml import etree

from ._blocks import Block, Document, Hint
from ._cues import wire_footer
from ._data.feeds import FORMATS, FeedFormat, Part, Shape
from ._feed_meta import clean, item_meta, text_of
from ._feed_sniff import looks_like_feed, looks_like_xml_feed
from ._feed_text import looks_like_text_wire, text_wire_document
from ._html import html_document
from ._html_offsets import Locator
from ._text import text_document

__all__ = ["feed_document", "looks_like_feed", "looks_like_xml_feed"]

_PARSER = etree.XMLParser(
    recover=True,
    no_network=True,
    huge_tree=True,
    resolve_entities=False,
    load_dtd=False,
    remove_comments=True,
    remove_pis=True,
    encoding="utf-8",
)
_NOTICE_RANK = -1
# A character reference, or a CDATA section, inside an element's source.
_ESCAPE = re.compile(
    r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});|<!\[CDATA\["
)
_CDATA_END = "]]>"
_TAG = re.compile(r"<[^<>]*>")
# The same, or a tag: in an element that holds plain text, a `<` the feed did not escape is
# markup (a broken feed's stray `</body>`), never the text's own.
_ESCAPE_OR_TAG = re.compile(rf"{_ESCAPE.pattern}|<[^<>]*>")


def feed_document(text: str) -> Document | None:
    """The release's blocks of a feed item and what the item says about it; None when the
    document is no feed item of a known format (or holds no release text)."""
    if looks_like_text_wire(text):
        return text_wire_document(text)
    root = _parse(text)
    if root is None:
        return None
    feed = _format_of(root)
    if feed is None:
        return None
    meta = item_meta(root, feed)
    blocks = _release_blocks(root, feed, text)
    if all(rank == _NOTICE_RANK for rank, _ in blocks):
        return None  # no release text (a picture item, a broken one): not this front end's
    return Document(_in_reading_order(blocks), meta)


def _parse(text: str) -> etree._Element | None:
    data = text.encode("utf-8", errors="replace")
    try:
        root = etree.fromstring(data, _PARSER)
    except (etree.XMLSyntaxError, ValueError):
        return None
    if root is None or not isinstance(root.tag, str):
        return None
    _strip_namespaces(root)
    return root


def _strip_namespaces(root: etree._Element) -> None:
    """Element names reduced to their local names (formats are matched on those)."""
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.startswith("{"):
            with contextlib.suppress(ValueError):  # a recovered name's local part may be no name
                element.tag = element.tag.rpartition("}")[2]


def _format_of(root: etree._Element) -> FeedFormat | None:
    for feed in FORMATS:
        if root.tag in feed.roots and (
            not feed.marks or any(root.find(mark) is not None for mark in feed.marks)
        ):
            return feed
    return None


@dataclasses.dataclass(frozen=True, slots=True)
class _Found:
    """An element that gives blocks: its place in the document and in the release."""

    element: etree._Element
    part: Part | None
    """The part it belongs to; None for the wire's copyright notice."""
    rank: int
    """Its part's place in the release (-1: the copyright notice, first)."""


def _role(element: etree._Element) -> str:
    """NewsML 1.2: the `Role` of the nearest `NewsComponent` holding `element`."""
    for ancestor in element.iterancestors():
        role = ancestor.find("Role")
        if role is not None:
            return (role.get("FormalName") or "").casefold()
    return ""


def _found_elements(root: etree._Element, feed: FeedFormat) -> list[_Found]:
    """The elements holding release text (and the copyright notice), in document order."""
    found: dict[etree._Element, _Found] = {}
    for rank, part in enumerate(feed.parts):
        for element in root.iterfind(part.path):
            if element not in found and (not part.role or _role(element) == part.role.casefold()):
                found[element] = _Found(element, part, rank)
    for path in feed.copyright:
        for element in root.iterfind(path):
            if element not in found and wire_footer(Block(clean(text_of(element)), 0, 0)):
                found[element] = _Found(element, None, _NOTICE_RANK)
    nested = {e for e in found for a in e.iterancestors() if a in found}
    order = {element: index for index, element in enumerate(root.iter())}
    return sorted((f for e, f in found.items() if e not in nested), key=lambda f: order[f.element])


def _release_blocks(root: etree._Element, feed: FeedFormat, text: str) -> list[tuple[int, Block]]:
    """Each part's blocks with the part's rank, found in document order."""
    locator = Locator(text, 0, len(text))
    out: list[tuple[int, Block]] = []
    for found in _found_elements(root, feed):
        span = _inner_span(found.element, locator, text)
        if span is None:
            continue
        part = found.part
        if part is None:
            blocks = _line_block(text, span, Hint.PARAGRAPH)
        else:
            blocks = _declared(_part_blocks(found.element, part, text, span), part)
        out.extend((found.rank, block) for block in blocks)
    return out


def _declared(blocks: list[Block], part: Part) -> list[Block]:
    """The part's blocks with the hint its format declares for it (boilerplate, contact)."""
    if not part.declares:
        return blocks
    hint = Hint(part.declares)
    return [dataclasses.replace(block, hint=hint) for block in blocks]


def _inner_span(element: etree._Element, locator: Locator, text: str) -> tuple[int, int] | None:
    """Where the element's content lies in the source, between its start and end tags."""
    start = locator.find(element)
    tag = str(element.tag)
    if not _tags(tag).start.match(text, start):
        return None  # a prefixed or unfound tag: its offsets are unknown
    opened = text.find(">", start)
    if opened < 0:
        return None
    if text[opened - 1] == "/":
        return None  # an empty element
    inner = opened + 1
    end = _end_tag(text, tag, inner)
    if end is None:  # a truncated item: the element runs to the end
        end = len(text)
    locator.cursor = max(locator.cursor, end)
    return inner, end


class _TagPatterns(NamedTuple):
    start: re.Pattern[str]
    """The element's start tag."""
    any: re.Pattern[str]
    """Its start, end or empty-element tag (group 1 `/` for an end tag, 2 for an empty one)."""


@functools.lru_cache(maxsize=64)
def _tags(tag: str) -> _TagPatterns:
    """The patterns of an element name's tags (compiled once per name)."""
    name = re.escape(tag)
    return _TagPatterns(
        re.compile(rf"<{name}(?=[\s/>])"), re.compile(rf"<(/?){name}(?=[\s/>])[^>]*?(/?)>")
    )


def _end_tag(text: str, tag: str, pos: int) -> int | None:
    """The start of the end tag closing an element of `tag` whose content starts at `pos`."""
    depth = 1
    for match in _tags(tag).any.finditer(text, pos):
        if match.group(1):
            depth -= 1
            if depth == 0:
                return match.start()
        elif not match.group(2):
            depth += 1
    return None


def _part_blocks(
    element: etree._Element, part: Part, text: str, span: tuple[int, int]
) -> list[Block]:
    if part.shape is Shape.CARD:
        lines = [
            line
            for name in part.fields
            for child in element.iterfind(name)
            if (line := clean(text_of(child)))
        ]
        if not lines:
            return []
        return [Block(text=" ".join(lines), start=span[0], end=span[1], lines=tuple(lines))]
    if part.shape is Shape.HEADING:
        return _line_block(text, span, Hint.HEADING)
    if part.shape is Shape.MARKUP and len(element):
        return _shifted(html_document(text[span[0] : span[1]]).blocks, span[0])
    markup = part.shape is Shape.MARKUP
    decoded, offsets = _decoded(text, span, _ESCAPE if markup else _ESCAPE_OR_TAG)
    document = html_document(decoded) if markup else text_document(decoded)
    return [_mapped(block, offsets) for block in document.blocks]


def _line_block(text: str, span: tuple[int, int], hint: Hint) -> list[Block]:
    """The element's text as one block (a headline, the wire's copyright line)."""
    raw = text[span[0] : span[1]].replace("<![CDATA[", "").replace(_CDATA_END, "")
    line = clean(_TAG.sub(" ", raw))
    if not line:
        return []
    level = 1 if hint is Hint.HEADING else 0
    return [Block(text=line, start=span[0], end=span[1], hint=hint, lines=(line,), level=level)]


def _decoded(
    text: str, span: tuple[int, int], escapes: re.Pattern[str] = _ESCAPE
) -> tuple[str, list[int]]:
    """An element's content with its character references decoded and CDATA unwrapped
    (HTML or text the feed holds as text), and for each character (and the end) its
    offset in the source; with `_ESCAPE_OR_TAG`, tags left in it are read as a space."""
    pieces: list[str] = []
    offsets: list[int] = []
    pos, end = span
    while pos < end:
        match = escapes.search(text, pos, end)
        stop = match.start() if match is not None else end
        pieces.append(text[pos:stop])
        offsets.extend(range(pos, stop))
        if match is None:
            break
        if match.group() == "<![CDATA[":
            close = text.find(_CDATA_END, match.end(), end)
            close = end if close < 0 else close
            pieces.append(text[match.end() : close])
            offsets.extend(range(match.end(), close))
            pos = min(end, close + len(_CDATA_END))
        elif match.group().startswith("<"):
            pieces.append(" ")
            offsets.append(match.start())
            pos = match.end()
        else:
            decoded = html.unescape(match.group())
            pieces.append(decoded)
            offsets.extend([match.start()] * len(decoded))
            pos = match.end()
    offsets.append(end)
    return "".join(pieces), offsets


def _mapped(block: Block, offsets: list[int]) -> Block:
    """A block of decoded content, its offsets mapped back into the source."""
    last = len(offsets) - 1
    start = offsets[min(block.start, last)]
    end = offsets[min(block.end, last)]
    return dataclasses.replace(block, start=start, end=max(start, end))


def _shifted(blocks: Sequence[Block], offset: int) -> list[Block]:
    return [dataclasses.replace(b, start=b.start + offset, end=b.end + offset) for b in blocks]


def _in_reading_order(ranked: list[tuple[int, Block]]) -> list[Block]:
    """The blocks part by part as a reader meets them, each part's in document order; a
    block's start is moved back to the earliest start of any block after it, so starts
    never go backwards and every span still holds its text."""
    ordered = [block for _, block in sorted(ranked, key=lambda item: item[0])]
    out: list[Block] = []
    earliest = ordered[-1].start if ordered else 0
    for block in reversed(ordered):
        earliest = min(earliest, block.start)
        out.append(block if block.start == earliest else dataclasses.replace(block, start=earliest))
    out.reverse()
    return out
