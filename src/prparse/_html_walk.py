"""Walking an HTML release's container into `Block`s, without recursion.

One block per `p`, `div` text run, heading, list item, blockquote, table
row, `hr`, and per run of `br`-separated lines (a blank line, `<br><br>`,
ends a paragraph; a line longer than `LONG_LINE` is a paragraph of its
own). A block wholly bold or italic is `Hint.EMPHASIS`; a typed bullet
(`- `, `• `) makes a paragraph a list item; `pre` keeps its lines. Chrome
inside the container (`_html_page.is_chrome`) is skipped; links become the
block's `urls`, and so do emails hidden by `mailto:` links or Cloudflare's
obfuscation (`hidden_email`, `cf_decode`), whose address replaces the
link's text when that text does not show it. A data row of a table is taken whole
(one search for its `</tr>`), which keeps 20 MB of financial tables to
seconds; a layout row (a nested table, much text) is walked like any
element. Offsets come from the `_html_offsets.Locator` the walk drives.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Set as AbstractSet
from typing import cast

from lxml import etree

from ._blocks import LONG_LINE, Block, Hint
from ._data.html_hints import CHROME_TAGS
from ._html_offsets import Locator
from ._html_page import clean, text_nodes, text_of

_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
# fmt: off
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
# fmt: on
_OWN_HINTS = {
    "li": Hint.LIST_ITEM,
    "dt": Hint.LIST_ITEM,
    "dd": Hint.LIST_ITEM,
    "blockquote": Hint.BLOCKQUOTE,
    "tr": Hint.TABLE_ROW,
    "hl1": Hint.HEADING,
    "hl2": Hint.HEADING,
}
_EMPHASIS_TAGS = frozenset({"b", "strong", "em", "i"})
_CELLS = frozenset({"td", "th"})
_EMPHASIS_STYLE = re.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)|font-style\s*:\s*italic", re.I)
_SPACES = re.compile(r"[ \t\r\n\f\v\u00a0\u2000-\u200a\u202f\u3000]+")
# The white space `str.split` reads that `_SPACES` does not (ASCII ones first): a text with
# none of them is collapsed alike by both.
_SPLIT_ONLY_ASCII = "\x1c\x1d\x1e\x1f"
_SPLIT_ONLY = _SPLIT_ONLY_ASCII + "\x85\u1680\u2028\u2029\u205f"
# A table row with more text than this holds paragraphs (a layout table).
_LAYOUT_ROW = 2000
# A bullet glyph a writer typed at the start of a paragraph ("- ", "• ").
_BULLET = re.compile(r"^[-–•·▪●◦■►➢](?:\s+|(?=[A-Z]))")
# Cloudflare's email-protection link: the encoded address follows the `#`.
_CF_EMAIL_HREF = re.compile(r"/cdn-cgi/l/email-protection#([0-9a-fA-F]+)")
_BLOCK_STYLE = re.compile(r"display\s*:\s*(?:block|flex|grid|table)", re.I)


_NESTING = (Hint.LIST_ITEM, Hint.BLOCKQUOTE)
"""Hints a block inside a list item or blockquote takes from it."""


class _Run:
    """A block being built: its lines as (text, emphasised) pieces.

    A plain class, not a dataclass: building a dataclass costs a millisecond at import,
    on the first parse of a page.
    """

    __slots__ = (
        "breaks", "emphasised", "filled", "hint", "inherited", "level", "line_filled", "lines",
        "start", "urls",
    )  # fmt: skip

    def __init__(self, hint: Hint, level: int, start: int, inherited: Hint | None = None) -> None:
        self.hint = hint
        self.level = level
        self.start = start
        self.inherited = inherited
        """The nearest list-item or blockquote hint of this run or an enclosing one."""
        self.lines: list[list[tuple[str, bool]]] = [[]]
        self.urls: list[str] = []
        self.breaks: list[int | None] = []
        """Where each line after the first starts (its `<br>`), None where that is not known."""
        self.filled = False
        """Whether a piece of the run is more than white space (kept as pieces are added)."""
        self.line_filled = False
        """Whether a piece of the last line is more than white space."""
        self.emphasised = False
        """Whether a piece of the run is emphasised."""

    def new_line(self, at: int | None) -> None:
        """Start a new line of the run, at offset `at` when it is known."""
        self.lines.append([])
        self.breaks.append(at)
        self.line_filled = False

    def add(self, text: str | None, emphasis: bool) -> None:
        if text:
            self.lines[-1].append((text, emphasis))
            if emphasis:
                self.emphasised = True
            if not self.line_filled and not text.isspace():
                self.filled = self.line_filled = True

    def has_text(self) -> bool:
        return self.filled

    def untouched(self) -> bool:
        """Whether nothing was added to the run: no piece, line break or link."""
        return not self.breaks and not self.lines[0] and not self.urls

    def line_empty(self) -> bool:
        return not self.line_filled


def _collapsed(text: str) -> str:
    """The text of a line: its runs of `_SPACES` collapsed to single spaces, its ends
    stripped, zero-width spaces dropped. Read by `str.split` (a run of spaces is not a
    match to replace one by one) unless the text holds white space only `str.split` reads."""
    if "\u200b" in text:
        text = text.replace("\u200b", "")
    for space in _SPLIT_ONLY_ASCII if text.isascii() else _SPLIT_ONLY:
        if space in text:
            return _SPACES.sub(" ", text).strip()
    return " ".join(text.split())


def _line_text(pieces: list[tuple[str, bool]]) -> str:
    return _collapsed("".join([p for p, _ in pieces]))


def _all_emphasis(lines: list[list[tuple[str, bool]]]) -> bool:
    """Whether the pieces of these lines that are more than white space (there is one) are
    all emphasised: read up to the first that is not."""
    found = False
    for line in lines:
        for piece, emphasised in line:
            if not piece.isspace():  # (a piece is never empty)
                if not emphasised:
                    return False
                found = True
    return found


def _finish(run: _Run, end: int) -> list[Block]:
    """The run as blocks; long lines of a `br`-separated run become blocks of their own."""
    lines = run.lines
    if len(lines) == 1:
        return [_block(run, lines, (_line_text(lines[0]),), run.start, end)]
    texts = [_line_text(line) for line in lines]
    if run.hint is Hint.TABLE_ROW or max(map(len, texts)) <= LONG_LINE:  # one block
        groups = [[index for index, text in enumerate(texts) if text]]
    else:
        groups = [[]]  # indexes into the lines
        for index, text in enumerate(texts):
            if not text:
                continue
            if len(text) > LONG_LINE and groups[-1]:
                groups.append([])
            groups[-1].append(index)
            if len(text) > LONG_LINE:
                groups.append([])
    starts, stops = _line_spans(run, end)
    return [
        _block(
            run,
            [lines[i] for i in group],
            tuple([texts[i] for i in group]),
            starts[group[0]],
            max(starts[group[0]], stops[group[-1]]),
        )
        for group in groups
        if group
    ]


def _line_spans(run: _Run, end: int) -> tuple[list[int], list[int]]:
    """Where each line of a run ending at `end` starts and stops: from the nearest known
    line start at or before it to the nearest known one after it."""
    if None not in run.breaks:  # every `<br>` found: the common case, kept cheap
        known = cast("list[int]", run.breaks)
        starts = list(itertools.accumulate([run.start, *known], max))
        return starts, [*starts[1:], max(end, starts[-1])]
    starts = [run.start]
    for at in run.breaks:
        starts.append(starts[-1] if at is None else max(at, starts[-1]))
    stops = [end] * len(starts)
    for index in range(len(starts) - 2, -1, -1):
        following = run.breaks[index]
        stops[index] = stops[index + 1] if following is None else min(following, stops[index + 1])
    return starts, stops


def _block(
    run: _Run, group: list[list[tuple[str, bool]]], lines: tuple[str, ...], start: int, end: int
) -> Block:
    """One block of a run: its lines (from `group`), hint, text, links and span."""
    hint = run.hint
    if hint is Hint.PARAGRAPH and run.emphasised and _all_emphasis(group):
        hint = Hint.EMPHASIS
    text = " ".join(lines) if len(lines) > 1 else lines[0]
    if bullet := _BULLET.match(text):
        text = text[bullet.end() :]
        lines = (lines[0][bullet.end() :], *lines[1:])
        hint = Hint.LIST_ITEM if hint in (Hint.PARAGRAPH, Hint.EMPHASIS) else hint
    return Block(
        text,
        start,
        end,
        hint,
        lines if len(lines) > 1 else (),
        tuple(dict.fromkeys(run.urls)) if run.urls else (),
        run.level,
    )


# What opening an element did, so that closing it can undo it (flags, or-ed).
_SKIPPED = 1
"""Its subtree was not walked (chrome, or a data row taken whole)."""
_EMPHASIS = 2
_PUSHED = 4
"""It pushed a run of its own."""
_ROW = 8
"""It opened a table row walked element by element."""
_PRE = 16


def _row_kind(
    row: etree._Element,
    pieces: list[str],
    holding: AbstractSet[etree._Element],
    emailing: AbstractSet[etree._Element] | None = None,
    tabled: AbstractSet[etree._Element] | None = None,
) -> str:
    """`layout` (a nested table or much text), `mixed` (chrome or a hidden email inside: walk
    it element by element) or `plain` (take it whole). `holding`: the elements that hold
    chrome which mixes a row (`_chrome_holders`); `emailing`: those that hold a hidden
    email (`_link_holders`; when not given, the row's links are read); `tabled`: those that
    hold a table (`_table_holders`; when not given, the row's elements are read). `pieces`
    gets the row's text pieces (its `itertext()`) unless the row holds a table.

    The nested table is looked for first: a row holding none has its text read whole (in
    one call), and a row holding one (a layout row around a page's tables) is not read."""
    if tabled is not None:
        if row in tabled:
            return "layout"
    elif next(row.iterdescendants("table"), None) is not None:
        return "layout"
    texts = text_nodes(row)
    pieces.extend(texts)
    # The row's own text is not counted (nor, when the pieces are short, need any be).
    if sum(map(len, texts)) > _LAYOUT_ROW and (
        sum(map(len, map(str.strip, texts))) - len((row.text or "").strip()) > _LAYOUT_ROW
    ):
        return "layout"
    if row in holding:
        return "mixed"
    if emailing is not None:
        return "mixed" if row in emailing else "plain"
    emails = (e for e in row.iterdescendants("a", "span") if hidden_email(e) is not None)
    return "mixed" if next(emails, None) is not None else "plain"


def _link_holders(container: etree._Element) -> tuple[set[etree._Element], set[etree._Element]]:
    """The elements holding an `a` or `span` that hides an email, and those holding an `a`
    whose link a row takes (`_row_urls`), of a container: read in one pass over its links,
    not once per row."""
    emailing: set[etree._Element] = set()
    linking: set[etree._Element] = set()
    for element in container.iter("a", "span"):
        if hidden_email(element) is not None:
            _add_ancestors(element, emailing)
        if element.tag == "a" and _row_link(element):
            _add_ancestors(element, linking)
    return emailing, linking


def _table_holders(container: etree._Element) -> set[etree._Element]:
    """The elements holding a table, of a container (read in one pass over its tables, not
    once per row)."""
    tabled: set[etree._Element] = set()
    for table in container.iter("table"):
        _add_ancestors(table, tabled)
    return tabled


def _add_ancestors(element: etree._Element, holders: set[etree._Element]) -> None:
    """Add the element's ancestors to `holders` (which holds every ancestor of each element
    in it: the walk up stops at the first it holds)."""
    parent = element.getparent()
    while parent is not None and parent not in holders:
        holders.add(parent)
        parent = parent.getparent()


def _row_link(element: etree._Element) -> str:
    """An `a`'s link as a row takes it (empty when it has none, or one within the page)."""
    href = (element.get("href") or "").strip()
    return "" if href.startswith(("#", "javascript:")) else href


def _chrome_holders(chrome: AbstractSet[etree._Element]) -> set[etree._Element]:
    """The elements holding a chrome element that makes a table row mixed: one of a chrome
    tag, or chrome by its attributes (an unmarked `header` or `footer` in a cell is the
    cell's text)."""
    holding: set[etree._Element] = set()
    for element in chrome:
        if element.tag in CHROME_TAGS or element.items():
            parent = element.getparent()
            while parent is not None and parent not in holding:
                holding.add(parent)
                parent = parent.getparent()
    return holding


class _Walker:
    """Turns a container element into blocks, without recursion."""

    def __init__(
        self, locator: Locator, chrome: AbstractSet[etree._Element], container: etree._Element
    ) -> None:
        self.locator = locator
        self.container = container
        self.chrome = chrome
        """The page's chrome elements (`_html_page.find_container` found them)."""
        self._holders: set[etree._Element] | None = None
        self._links: tuple[set[etree._Element], set[etree._Element]] | None = None
        self._tables: set[etree._Element] | None = None
        self.blocks: list[Block] = []
        self.stack: list[_Run] = []
        self.emphasis = 0
        self.rows = 0
        self.pre = 0
        self.replaced: dict[etree._Element, str] = {}
        """Links whose text the address they hide replaces (the tree is left as parsed)."""
        self.muted: set[etree._Element] = set()
        """The replaced links' children, whose own text and tail are dropped."""

    def flush(self, at: int) -> None:
        """Emit the current run (if it has text) and start a fresh one at `at`."""
        run = self.stack[-1]
        if run.filled:
            for block in _finish(run, at):
                self._emit(block)
        elif run.untouched():  # the fresh run would equal it but for its start
            run.start = at
            return
        self.stack[-1] = _Run(run.hint, run.level, at, run.inherited)

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
                run.new_line(None)
            run.add(line, self.emphasis > 0)

    def walk(self) -> list[Block]:
        """The blocks of the container."""
        container, chrome, find = self.container, self.chrome, self.locator.find
        self.stack.append(_Run(Hint.PARAGRAPH, 0, find(container)))
        walker = etree.iterwalk(container, events=("start", "end"))
        opened: list[int] = []  # the flags of each element open
        push, pop, open_, close = opened.append, opened.pop, self._open, self._close
        for event, element in walker:
            if element is container:
                if event == "end":
                    self.flush(self.locator.close(container, self.stack[-1].start))
                else:
                    self.text(element.text)
            elif event == "end":
                close(element, pop())
            elif element in chrome:
                for inner in element.iter():
                    find(inner)
                walker.skip_subtree()
                push(_SKIPPED)
            elif (tag := element.tag) == "tr" and not self.rows:
                pieces: list[str] = []
                kind = _row_kind(
                    element, pieces, self.holders(), self.link_holders()[0], self.table_holders()
                )
                if kind == "plain":
                    self._row(element, pieces)
                    walker.skip_subtree()
                    push(_SKIPPED)
                else:
                    push(open_(element, tag, kind))
            else:
                push(open_(element, tag, None))
        return self.blocks

    def holders(self) -> set[etree._Element]:
        """`_chrome_holders` of the page's chrome (found once, when the first row needs it)."""
        if self._holders is None:
            self._holders = _chrome_holders(self.chrome)
        return self._holders

    def link_holders(self) -> tuple[set[etree._Element], set[etree._Element]]:
        """`_link_holders` of the container walked (found once, when the first row needs it)."""
        if self._links is None:
            self._links = _link_holders(self.container)
        return self._links

    def table_holders(self) -> set[etree._Element]:
        """`_table_holders` of the container walked (found once, when the first row needs it)."""
        if self._tables is None:
            self._tables = _table_holders(self.container)
        return self._tables

    def _row(self, row: etree._Element, pieces: list[str]) -> None:
        """A data row in one go: its cells' texts (`pieces`, its `itertext()`) joined by
        spaces (the fast path for tables)."""
        start = self.locator.find(row)
        self.flush(start)
        end = self.locator.pass_over(row, start)
        if self.muted and row in self.muted and row.text:  # a replaced link's child:
            del pieces[0]  # its own text dropped
        text = clean(" ".join(pieces))
        linking = self.link_holders()[1]
        urls = (
            tuple(dict.fromkeys(href for a in row.iter("a") if (href := _row_link(a))))
            if row in linking
            else ()
        )
        if text:
            self._emit(Block(text, start, end, Hint.TABLE_ROW, (), urls))
        self.stack[-1].start = max(self.stack[-1].start, end)

    def _open(self, element: etree._Element, tag: object, row_kind: str | None) -> int:
        """Open an element of tag `tag` (`row_kind`: its `_row_kind`, when the walk knows it);
        what it did, as flags."""
        tag = tag.lower() if isinstance(tag, str) else str(tag).lower()
        locator = self.locator
        start = locator.find(element)
        style = element.get("style")
        flags = 0
        if tag in _EMPHASIS_TAGS or (style is not None and _EMPHASIS_STYLE.search(style)):
            flags = _EMPHASIS
            self.emphasis += 1
        if tag == "br":
            self._br(start, found=start < locator.cursor)  # else `start` is only the cursor
            return flags  # (no link, no text of its own)
        if tag == "hr":
            self.flush(start)
            self._emit(Block(text="", start=start, end=start + 4, hint=Hint.RULE))
            return flags
        if self.rows:
            self.text(" ")
        elif tag == "tr" and (row_kind or _row_kind(element, [], self.holders())) != "layout":
            self.flush(start)
            self.stack.append(_Run(Hint.TABLE_ROW, 0, start, self.stack[-1].inherited))
            flags |= _PUSHED | _ROW
            self.rows += 1
        elif (
            tag in _BLOCKS
            or tag in _CELLS
            or (style is not None and _BLOCK_STYLE.search(style))
            or (tag == "small" and self.stack[-1].hint is Hint.HEADING)
        ):
            self.flush(start)
            hint, level = self._hint(tag)
            nested = hint if hint in _NESTING else self.stack[-1].inherited
            self.stack.append(_Run(hint, level, start, nested))
            flags |= _PUSHED
        if tag == "a" or tag == "span":
            self._link(element)
        if tag == "pre":
            self.pre += 1
            flags |= _PRE
        if self.replaced and element in self.replaced:  # its text as a hidden email replaced it
            own: str | None = self.replaced[element]
        else:
            own = None if self.muted and element in self.muted else element.text
        if own:
            if self.pre and "\n" in own:
                self.text(own)
            else:
                self.stack[-1].add(own, self.emphasis > 0)
        return flags

    def _close(self, element: etree._Element, flags: int) -> None:
        """Close an element, undoing what opening it did (`flags`), and add its tail."""
        if flags:
            if flags & _PRE:
                self.pre -= 1
            if flags & _EMPHASIS:
                self.emphasis -= 1
            if flags & _ROW:
                self.rows -= 1
            if flags & _PUSHED:
                end = self.locator.close(element, self.stack[-1].start)
                self.flush(end)
                self.stack.pop()
                self.stack[-1].start = max(self.stack[-1].start, end)
            elif self.rows and not flags & _SKIPPED:
                self.text(" ")
        elif self.rows:
            self.text(" ")
        if (tail := element.tail) and not (self.muted and element in self.muted):
            if self.pre and "\n" in tail:
                self.text(tail)
            else:
                self.stack[-1].add(tail, self.emphasis > 0)

    def _hint(self, tag: str) -> tuple[Hint, int]:
        if tag == "small":  # a heading's secondary text (`<h1>Title <small>deck</small>`)
            return Hint.PARAGRAPH, 0
        if tag in _HEADINGS:
            return Hint.HEADING, _HEADINGS[tag]
        if tag in _OWN_HINTS:
            return _OWN_HINTS[tag], {"hl1": 1, "hl2": 2}.get(tag, 0)
        inherited = self.stack[-1].inherited  # kept per run: no walk up a deep stack
        return (inherited, 0) if inherited is not None else (Hint.PARAGRAPH, 0)

    def _br(self, at: int, found: bool) -> None:
        run = self.stack[-1]
        if self.rows:
            run.add(" ", False)
        elif not run.filled:
            return
        elif not run.line_filled and len(run.lines) > 1:
            self.flush(at)  # a blank line (`<br><br>`) ends the paragraph
        else:
            run.new_line(at if found else None)

    def _link(self, element: etree._Element) -> None:
        """Take an `a`'s or `span`'s link or the email it hides."""
        email = hidden_email(element)
        run = self.stack[-1]
        if email is not None:
            run.urls.append(f"mailto:{email}")
            shown = text_of(element)
            if element in self.muted and element.text:  # its own text was dropped
                shown = shown[len(element.text) :]
            if "@" not in shown:
                self.muted.update(element)
                self.replaced[element] = email
            return
        href = (element.get("href") or "").strip()
        if element.tag == "a" and href and not href.startswith(("#", "javascript:")):
            run.urls.append(href)


def container_blocks(
    container: etree._Element, locator: Locator, chrome: AbstractSet[etree._Element]
) -> list[Block]:
    """The blocks of `container` in document order, their offsets found by `locator` (whose
    cursor the walk moves past the container), the page's `chrome` elements skipped."""
    return _Walker(locator, chrome, container).walk()


def cf_decode(hexstring: str) -> str | None:
    """An email address hidden by Cloudflare's `data-cfemail` (a key byte, then XOR-ed bytes)."""
    try:
        data = bytes.fromhex(hexstring)
    except ValueError:
        return None
    if len(data) < 2:
        return None
    key = data[0]
    try:
        return bytes(b ^ key for b in data[1:]).decode("utf-8")
    except UnicodeDecodeError:
        return None


def hidden_email(element: etree._Element) -> str | None:
    """The address a `mailto:` link or Cloudflare obfuscation hides, if any."""
    code = element.get("data-cfemail")
    if code:
        return cf_decode(code)
    href = element.get("href")
    if not href:
        return None
    if href.lower().startswith("mailto:"):
        return href[7:].split("?", 1)[0].strip() or None
    if "/cdn-cgi/l/email-protection#" not in href:  # (the pattern's literal: no search without)
        return None
    match = _CF_EMAIL_HREF.search(href)
    return cf_decode(match.group(1)) if match else None
