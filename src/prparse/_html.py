"""The HTML front end: an HTML page (or feed XML, or an EDGAR exhibit) -> `Block`s.

1. unwrap: an EDGAR submission's EX-99 TEXT part, a static-site post's
   front matter (its `title:` becomes the headline block);
2. parse with lxml's recovering HTML parser (no network, no DTDs, huge
   trees allowed; libxml2 caps nesting at 256 levels without `huge_tree`
   and at 2048 with it, so no input recurses without bound);
3. locate the release's container (`_html_page.find_container`) and walk
   it iteratively, one block per `p`, `div` text run, heading, list item,
   blockquote, table row, `hr`, run of `br`-separated lines;
4. drop page chrome (`_html_page.is_chrome`, selectors in
   `_data/html_hints.py`): only the container's blocks are returned (plus
   the page's headline when it sits outside the container), so any text
   outside every block's span is page chrome, scripts or markup.

Offsets (into the decoded `text`, whatever was unwrapped): `_html_page.Locator`
finds every element's start tag in document order by a forward-only search
from a cursor, starting a few lines before the element's `sourceline`
(libxml2 reports the line where a start tag ends) and bounded for tags the
parser invents (`tbody`, an implied `p`). A block's end is the element's
end tag when found within 4 KB of the last start tag seen, else that start
tag. Offsets never go backwards, always index into `text`, and
`text[block.start:block.end]` spans the block's markup (approximately where
the markup is broken). A data row of a table is taken whole (one search for
its `</tr>`), which keeps 20 MB of financial tables to seconds.
"""

from __future__ import annotations

import dataclasses
import re

from lxml import etree

from ._blocks import Block, Hint
from ._data.html_hints import CHROME_TAGS
from ._html_page import (
    FrontMatter,
    Locator,
    PageMeta,
    cf_decode,
    clean,
    edgar_text_part,
    find_container,
    front_matter,
    hidden_email,
    is_chrome,
    page_meta,
    text_of,
)
from ._text import text_blocks

__all__ = [
    "HtmlDocument",
    "PageMeta",
    "cf_decode",
    "edgar_text_part",
    "html_blocks",
    "html_document",
]

_PARSER = etree.HTMLParser(
    recover=True,
    no_network=True,
    huge_tree=True,
    remove_comments=True,
    remove_pis=True,
    encoding="utf-8",
)
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_BLOCKS = frozenset(
    {
        "p", "div", "section", "article", "main", "header", "footer", "li", "ul", "ol", "dl",
        "dt", "dd", "blockquote", "table", "thead", "tbody", "tfoot", "tr", "pre", "address",
        "figure", "figcaption", "center", "caption", "body", "html", "fieldset", "details",
        "summary", "hgroup", "nitf", "block", "hl1", "hl2", "tagline", "document",
        "text", "type",
        *_HEADINGS,
    }
)
_OWN_HINTS = {"li": Hint.LIST_ITEM, "dt": Hint.LIST_ITEM, "dd": Hint.LIST_ITEM,
              "blockquote": Hint.BLOCKQUOTE, "tr": Hint.TABLE_ROW,
              "hl1": Hint.HEADING, "hl2": Hint.HEADING}
_EMPHASIS_TAGS = frozenset({"b", "strong", "em", "i"})
_CELLS = frozenset({"td", "th"})
_EMPHASIS_STYLE = re.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)|font-style\s*:\s*italic", re.I)
_SPACES = re.compile(r"[ \t\r\n\f\v\u00a0\u2000-\u200a\u202f\u3000]+")
_TAG_HAS_MARKUP = re.compile(r"<(?:html|body|p|div|br|table|font|b|span|a|h[1-6])\b", re.I)
# A table row with more text than this holds paragraphs (a layout table).
_LAYOUT_ROW = 2000
# A line longer than this in a `br`-separated block is a paragraph of its own.
_LONG_LINE = 150
# A title that is a file name ("orcl-ex991_6.htm") names no release.
_FILE_NAME = re.compile(r"\.(?:s?html?|txt|pdf|docx?)\b", re.I)
_NON_WORD = re.compile(r"\W+")
# How many of the container's first blocks may repeat the page's headline.
_TITLE_SEARCH = 8
# A bullet glyph a writer typed at the start of a paragraph ("- ", "• ").
_BULLET = re.compile(r"^[-–•·▪●◦■►➢](?:\s+|(?=[A-Z]))")
_BLOCK_STYLE = re.compile(r"display\s*:\s*(?:block|flex|grid|table)", re.I)


@dataclasses.dataclass(frozen=True, slots=True)
class HtmlDocument:
    """The blocks of an HTML release and what its page says about itself."""

    blocks: list[Block]
    """The release's blocks, in document order (page chrome left out)."""
    meta: PageMeta
    """`<title>`, `og:title`, JSON-LD and meta dates of the page."""


@dataclasses.dataclass(slots=True)
class _Run:
    """A block being built: its lines as (text, emphasised) pieces."""

    hint: Hint
    level: int
    start: int
    lines: list[list[tuple[str, bool]]] = dataclasses.field(default_factory=lambda: [[]])
    urls: list[str] = dataclasses.field(default_factory=list)

    def add(self, text: str | None, emphasis: bool) -> None:
        if text:
            self.lines[-1].append((text, emphasis))

    def has_text(self) -> bool:
        return any(piece.strip() for line in self.lines for piece, _ in line)

    def line_empty(self) -> bool:
        return not any(piece.strip() for piece, _ in self.lines[-1])


def _line_text(pieces: list[tuple[str, bool]]) -> str:
    return _SPACES.sub(" ", "".join(p for p, _ in pieces).replace("\u200b", "")).strip()


def _all_emphasis(lines: list[list[tuple[str, bool]]]) -> bool:
    pieces = [(p, e) for line in lines for p, e in line if p.strip()]
    return bool(pieces) and all(e for _, e in pieces)


def _finish(run: _Run, end: int) -> list[Block]:
    """The run as blocks; long lines of a `br`-separated run become blocks of their own."""
    if len(run.lines) == 1:
        return [_block(run, run.lines, (_line_text(run.lines[0]),), end)]
    groups: list[list[list[tuple[str, bool]]]] = [[]]
    for line in run.lines:
        text = _line_text(line)
        if not text:
            continue
        if run.hint is not Hint.TABLE_ROW and len(text) > _LONG_LINE and groups[-1]:
            groups.append([])
        groups[-1].append(line)
        if run.hint is not Hint.TABLE_ROW and len(text) > _LONG_LINE:
            groups.append([])
    return [
        _block(run, group, tuple(_line_text(line) for line in group), end)
        for group in groups
        if group
    ]


def _block(run: _Run, group: list[list[tuple[str, bool]]], lines: tuple[str, ...],
           end: int) -> Block:
    """One block of a run: its lines (from `group`), hint, text and links."""
    hint = run.hint
    if hint is Hint.PARAGRAPH and _all_emphasis(group):
        hint = Hint.EMPHASIS
    text = " ".join(lines)
    if bullet := _BULLET.match(text):
        text = text[bullet.end() :]
        lines = (lines[0][bullet.end() :], *lines[1:])
        hint = Hint.LIST_ITEM if hint in (Hint.PARAGRAPH, Hint.EMPHASIS) else hint
    return Block(text=text, start=run.start, end=max(end, run.start), hint=hint,
                 lines=lines if len(lines) > 1 else (), urls=tuple(dict.fromkeys(run.urls)),
                 level=run.level)


@dataclasses.dataclass(frozen=True, slots=True)
class _Opened:
    """What opening an element did, so that closing it can undo it."""

    skipped: bool = False
    emphasis: bool = False
    pushed: bool = False
    row: bool = False


_SKIPPED = _Opened(skipped=True)
_OPENED = {
    (emphasis, pushed, row): _Opened(emphasis=emphasis, pushed=pushed, row=row)
    for emphasis in (False, True)
    for pushed in (False, True)
    for row in (False, True)
}


def _data_row(row: etree._Element) -> bool:
    """Whether a `tr` is a row of data (cells inline), not a layout row holding paragraphs."""
    return _row_kind(row) != "layout"


def _row_kind(row: etree._Element) -> str:
    """`layout` (a nested table or much text), `mixed` (chrome or a hidden email inside: walk
    it element by element) or `plain` (take it whole)."""
    size = 0
    kind = "plain"
    for element in row.iter():
        if element is row:
            continue
        tag = element.tag
        if tag == "table":
            return "layout"
        size += len((element.text or "").strip()) + len((element.tail or "").strip())
        if size > _LAYOUT_ROW:
            return "layout"
        if (element.attrib or tag in CHROME_TAGS) and (
            is_chrome(element) or (tag in ("a", "span") and hidden_email(element) is not None)
        ):
            kind = "mixed"
    return kind


class _Walker:
    """Turns a container element into blocks, without recursion."""

    def __init__(self, locator: Locator) -> None:
        self.locator = locator
        self.blocks: list[Block] = []
        self.stack: list[_Run] = []
        self.emphasis = 0
        self.rows = 0
        self.pre = 0

    def flush(self, at: int) -> None:
        """Emit the current run (if it has text) and start a fresh one at `at`."""
        run = self.stack[-1]
        if run.has_text():
            for block in _finish(run, at):
                self._emit(block)
        self.stack[-1] = _Run(run.hint, run.level, at)

    def _emit(self, block: Block) -> None:
        if self.blocks and block.start < self.blocks[-1].start:
            block = dataclasses.replace(block, start=self.blocks[-1].start)
        self.blocks.append(block)

    def text(self, value: str | None) -> None:
        """Add text to the run being built (in `pre`, each line of it a line of the block)."""
        run = self.stack[-1]
        if not self.pre or not value or "\n" not in value:
            run.add(value, self.emphasis > 0)
            return
        first, *rest = value.split("\n")
        run.add(first, self.emphasis > 0)
        for line in rest:
            if run.has_text() and not run.line_empty():
                run.lines.append([])
            run.add(line, self.emphasis > 0)

    def walk(self, container: etree._Element) -> list[Block]:
        """The blocks of `container`."""
        self.stack.append(_Run(Hint.PARAGRAPH, 0, self.locator.find(container)))
        walker = etree.iterwalk(container, events=("start", "end"))
        opened: list[_Opened] = []
        for event, element in walker:
            if element is container:
                if event == "end":
                    self.flush(self.locator.close(container, self.stack[-1].start))
                else:
                    self.text(element.text)
                continue
            if event == "start":
                if is_chrome(element):
                    for inner in element.iter():
                        self.locator.find(inner)
                    walker.skip_subtree()
                    opened.append(_SKIPPED)
                elif element.tag == "tr" and not self.rows and _row_kind(element) == "plain":
                    self._row(element)
                    walker.skip_subtree()
                    opened.append(_SKIPPED)
                else:
                    opened.append(self._open(element))
            else:
                self._close(element, opened.pop())
        return self.blocks

    def _row(self, row: etree._Element) -> None:
        """A data row in one go: its cells' texts joined by spaces (the fast path for tables)."""
        start = self.locator.find(row)
        self.flush(start)
        end = self.locator.close(row, start)
        self.locator.cursor = max(self.locator.cursor, end)  # the row's inner tags are passed
        text = clean(" ".join(str(piece) for piece in row.itertext()))
        urls = tuple(dict.fromkeys(
            href for a in row.iter("a")
            if (href := (a.get("href") or "").strip()) and not href.startswith(("#", "javascript:"))
        ))
        if text:
            self._emit(Block(text=text, start=start, end=end, hint=Hint.TABLE_ROW, urls=urls))
        self.stack[-1].start = max(self.stack[-1].start, end)

    def _open(self, element: etree._Element) -> _Opened:
        tag = str(element.tag).lower()
        start = self.locator.find(element)
        style = element.get("style")
        emph = tag in _EMPHASIS_TAGS or (style is not None and bool(_EMPHASIS_STYLE.search(style)))
        pushed = row = False
        if tag == "br":
            self._br(start)
        elif tag == "hr":
            self.flush(start)
            self._emit(Block(text="", start=start, end=start + 4, hint=Hint.RULE))
        elif self.rows:
            self.text(" ")
        elif tag == "tr" and _data_row(element):
            self.flush(start)
            self.stack.append(_Run(Hint.TABLE_ROW, 0, start))
            pushed = row = True
            self.rows += 1
        elif tag in _BLOCKS or tag in _CELLS or (style is not None and _BLOCK_STYLE.search(style)):
            self.flush(start)
            hint, level = self._hint(tag)
            self.stack.append(_Run(hint, level, start))
            pushed = True
        self._link(element)
        if emph:
            self.emphasis += 1
        if tag == "pre":
            self.pre += 1
        if tag not in ("br", "hr"):
            self.text(element.text)
        return _OPENED[emph, pushed, row]

    def _close(self, element: etree._Element, opened: _Opened) -> None:
        if element.tag == "pre" and not opened.skipped:
            self.pre -= 1
        if opened.emphasis:
            self.emphasis -= 1
        if opened.row:
            self.rows -= 1
        if opened.pushed:
            end = self.locator.close(element, self.stack[-1].start)
            self.flush(end)
            self.stack.pop()
            self.stack[-1].start = max(self.stack[-1].start, end)
        elif self.rows and not opened.skipped:
            self.text(" ")
        self.text(element.tail)

    def _hint(self, tag: str) -> tuple[Hint, int]:
        if tag in _HEADINGS:
            return Hint.HEADING, _HEADINGS[tag]
        if tag in _OWN_HINTS:
            return _OWN_HINTS[tag], {"hl1": 1, "hl2": 2}.get(tag, 0)
        for run in reversed(self.stack):
            if run.hint in (Hint.LIST_ITEM, Hint.BLOCKQUOTE):
                return run.hint, 0
        return Hint.PARAGRAPH, 0

    def _br(self, at: int) -> None:
        run = self.stack[-1]
        if self.rows:
            run.add(" ", False)
        elif run.line_empty() and run.has_text() and len(run.lines) > 1:
            self.flush(at)  # a blank line (`<br><br>`) ends the paragraph
        elif run.has_text():
            run.lines.append([])

    def _link(self, element: etree._Element) -> None:
        if element.tag not in ("a", "span"):
            return
        email = hidden_email(element)
        run = self.stack[-1]
        if email is not None:
            run.urls.append(f"mailto:{email}")
            if "@" not in text_of(element):
                for child in list(element):
                    child.text, child.tail = None, None
                element.text = email
            return
        href = (element.get("href") or "").strip()
        if element.tag == "a" and href and not href.startswith(("#", "javascript:")):
            run.urls.append(href)


def _parse(text: str) -> etree._Element | None:
    data = text.encode("utf-8", errors="replace")
    if not data.strip():
        return None
    try:
        root = etree.fromstring(data, _PARSER)
    except (etree.ParserError, ValueError):
        return None
    return root if isinstance(root, etree._Element) else None


def _sync_to(
    root: etree._Element, container: etree._Element, locator: Locator, meta: PageMeta
) -> tuple[Block | None, tuple[int, int] | None]:
    """Move the locator up to the container; the page's `h1` before it, as a block, and
    the span of the page's `<title>`.

    When the page names its headline (`og:title`, JSON-LD, `<title>`), an `h1`
    that neither holds it nor is held by it (a site name) is passed over.
    """
    heading: Block | None = None
    title: tuple[int, int] | None = None
    wanted = _key(meta.headline or "")
    for element in root.iter():
        if element is container:
            break
        start = locator.find(element)
        if title is None and element.tag == "title":
            title = (start, locator.cursor)
        if heading is None and element.tag in ("h1", "hl1"):
            text = clean(text_of(element))
            if text and (not wanted or _key(text) in wanted or wanted in _key(text)):
                heading = Block(text=text, start=start, end=locator.close(element, start),
                                hint=Hint.HEADING, level=1)
    return heading, title


def _title_heading(blocks: list[Block], meta: PageMeta, at: tuple[int, int]) -> list[Block]:
    """Mark the block that repeats the page's headline as the heading, or add one before all
    (its offsets those of the page's `<title>`, or of the first block)."""
    headline = meta.headline
    if not headline or len(headline.split()) < 3 or _FILE_NAME.search(headline):
        return blocks
    wanted = _key(headline)
    for index, block in enumerate(blocks[:_TITLE_SEARCH]):
        if block.hint is Hint.HEADING and block.level == 1:
            return blocks
        if _key(block.text) == wanted:
            head = dataclasses.replace(block, hint=Hint.HEADING, level=1)
            return [*blocks[:index], head, *blocks[index + 1 :]]
    return [Block(text=headline, start=at[0], end=at[1], hint=Hint.HEADING, level=1), *blocks]


def _key(text: str) -> str:
    return _NON_WORD.sub(" ", text.casefold()).strip()


def _text_part_blocks(part: str, offset: int) -> list[Block]:
    """The text front end's blocks of a plain-text EDGAR exhibit, offsets into the whole."""
    return [
        dataclasses.replace(b, start=b.start + offset, end=b.end + offset)
        for b in text_blocks(part)
    ]


def _matter_block(matter: FrontMatter) -> list[Block]:
    if not matter.title:
        return []
    return [Block(text=matter.title, start=matter.title_start, end=matter.title_end,
                  hint=Hint.HEADING, level=1)]


def html_document(text: str) -> HtmlDocument:
    """The release's blocks of an HTML page (or EDGAR submission, or feed XML) and its meta."""
    base, end = 0, len(text)
    edgar = edgar_text_part(text)
    if edgar is not None:
        part, base = edgar
        end = base + len(part)
        if not _TAG_HAS_MARKUP.search(part[:20_000]):
            return HtmlDocument(_text_part_blocks(part, base), PageMeta())
    matter = front_matter(text) if edgar is None else None
    if matter is not None:
        base = matter.end
    root = _parse(text[base:end])
    meta = page_meta(root, matter)
    lead = _matter_block(matter) if matter is not None else []
    if root is None:
        return HtmlDocument(lead, meta)
    locator = Locator(text, base, end)
    container = find_container(root)
    head, title = _sync_to(root, container, locator, meta)
    if not lead and head is not None:
        lead = [head]
    blocks = lead + _Walker(locator).walk(container)
    if not lead:
        first = blocks[0].start if blocks else base
        blocks = _title_heading(blocks, meta, title or (first, first))
    return HtmlDocument(_monotonic(blocks, end), meta)


def _monotonic(blocks: list[Block], limit: int) -> list[Block]:
    """Blocks with starts that never go backwards and ends within the text."""
    out: list[Block] = []
    last = 0
    for block in blocks:
        start = min(max(block.start, last), limit)
        stop = min(max(block.end, start), limit)
        if (start, stop) != (block.start, block.end):
            block = dataclasses.replace(block, start=start, end=stop)
        out.append(block)
        last = start
    return out


def html_blocks(text: str) -> list[Block]:
    """The release's blocks of an HTML page: `html_document(text).blocks`."""
    return html_document(text).blocks

