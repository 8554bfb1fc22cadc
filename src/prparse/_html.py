"""The HTML front end: an HTML page (or feed XML, or an EDGAR exhibit) -> a `Document`.

1. unwrap: an EDGAR submission's EX-99 TEXT part (`_html_page`; a plain-text
   exhibit goes to the text front end), a static-site post's front matter
   (`_frontmatter`; its `title:` becomes the headline block);
2. parse with lxml's recovering HTML parser (no network, no DTDs, huge
   trees allowed; libxml2 caps nesting at 256 levels without `huge_tree`
   and at 2048 with it, so no input recurses without bound);
3. read what the page says about itself (`_html_page.page_meta`) and
   locate the release's container (`_html_page.find_container`);
4. place the headline: the page's `h1` before the container when it
   names the release, else the container's block that repeats the page's
   headline, else a heading block made from it;
5. walk the container into blocks (`_html_walk`), dropping page chrome:
   only the container's blocks are returned (plus the headline when it
   sits outside the container), so any text outside every block's span
   is page chrome, scripts or markup;
6. fit the blocks' spans to their text (`_html_spans.fit_spans`).

Offsets index into the decoded `text` (whatever was unwrapped), never go
backwards, and `text[block.start:block.end]` spans the block's markup
(`_html_offsets`) and holds its text (`_html_spans`). The document's
`meta.end` stays 0: of a front matter only the title becomes a block, and
that block is the headline, which the zones must not skip.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import itertools
import re
from collections.abc import Callable, Iterator, Sequence

from lxml import etree

from ._blocks import Block, Document, Hint, PageMeta
from ._contacts import contact_heading, contact_score
from ._data.html_hints import DECK_TOKENS
from ._dates import find_release_date
from ._frontmatter import front_matter, title_span
from ._html_offsets import Locator
from ._html_page import clean, edgar_text_part, find_container, is_chrome, page_meta, text_of
from ._html_spans import fit_spans
from ._html_walk import cf_decode, container_blocks
from ._malformed import parsed_text
from ._text import text_blocks

__all__ = [
    "PARSER",
    "cf_decode",
    "edgar_text_part",
    "html_blocks",
    "html_document",
    "html_page",
]

# The recovering HTML parser, told the UTF-8 it is given (the malformed check uses it too).
PARSER = etree.HTMLParser(
    recover=True,
    no_network=True,
    huge_tree=True,
    remove_comments=True,
    remove_pis=True,
    encoding="utf-8",
)
_BLANK = re.compile(rb"[ \t\n\r\x0b\x0c]*")
_TAG_HAS_MARKUP = re.compile(r"<(?:html|body|p|div|br|table|font|b|span|a|h[1-6])\b", re.I)
# A title that is a file name ("orcl-ex991_6.htm") names no release.
_FILE_NAME = re.compile(r"\.(?:s?html?|txt|pdf|docx?)\b", re.I)
_MARKUP = re.compile(r"</?[A-Za-z][^<>]*>")
_NON_WORD = re.compile(r"\W+")
# Elements whose text is never shown (an `iframe`'s is fallback for browsers without frames).
_UNSHOWN = frozenset({"script", "style", "template", "iframe", "noembed", "noframes"})
_TOKEN = re.compile(r"[\s_-]+")
# Any deck token inside an element's marks: without one, no token of them is one.
_DECK_TOKEN_INSIDE = re.compile("|".join(map(re.escape, sorted(DECK_TOKENS))))
# Every date `find_release_date` reads has a digit (its year at least).
_DIGIT = re.compile(r"\d")
# A date line under a heading is short; without a heading, it stands this near the container.
_DATE_LINE_CHARS = 80
_DATE_LINE_SCAN = 4 * _DATE_LINE_CHARS
_NEAR_CONTAINER = 40
# A heading's secondary text, set inside it: `<h1>Title <small>subtitle</small></h1>`.
_SECONDARY = frozenset({"small"})
# Elements whose text is raw markup, never a release's container.
_RAW_CONTAINERS = _UNSHOWN | {"textarea", "xmp", "title"}
# How many elements before the container are worth asking whether they need locating.
_SKIP_WORTH = 16
_MAIN_HEADINGS = ("h1", "hl1")
# The elements before the container whose offsets `_sync_to` reads.
_OFFSETS_READ = frozenset({"title", "h1", "hl1"})
# How many of the ways to skip them are tried (each costs one search), most skipped first.
_SKIP_TRIES = 3
# How many of the container's first blocks may repeat the page's headline.
_TITLE_SEARCH = 8


def _parse(text: str) -> etree._Element | None:
    data = text.encode("utf-8", errors="replace")
    if _BLANK.fullmatch(data):  # as `not data.strip()`, without copying the page
        return None
    try:
        root = etree.fromstring(data, PARSER)
    except (etree.ParserError, ValueError):
        return None
    return root if isinstance(root, etree._Element) else None


def _sync_to(
    root: etree._Element, container: etree._Element, locator: Locator, meta: PageMeta
) -> tuple[list[Block], Callable[[], tuple[int, int] | None], _dt.date | None]:
    """Move the locator up to the container; the page's `h1` before it, as blocks, the
    span of the page's `<title>` (when asked for), and (when the page states no date)
    the date line over the container (`_date_line`).

    When the page names its headline (`og:title`, JSON-LD, `<title>`), an `h1`
    that neither holds it nor is held by it (a site name) is passed over. The
    elements the locator need not locate to end where locating them all would
    leave it (`_unlocated`) are left unlocated (the title among them is located
    when its span is asked for).
    """
    before = []
    for element in root.iter():
        if element is container:
            break
        before.append(element)
    tags = [element.tag for element in before]
    for skip in itertools.chain(_unlocated(before, tags, container, locator), (0,)):
        found = _sync_from(before, skip, "title" in tags[:skip], container, locator, meta)
        if found is not None:
            break
        locator.reset()  # the first element located was not found: skip fewer
    assert found is not None  # with nothing skipped, there is no first element to miss
    heading, title = found
    dated = _date_line(before, tags) if meta.published is None else None
    if title is None and skip:
        return heading, _title_before(before[:skip], locator), dated
    return heading, lambda: title, dated


def _unlocated(
    before: list[etree._Element],
    tags: Sequence[object],
    container: etree._Element,
    locator: Locator,
) -> Iterator[int]:
    """How many of the elements before the container the locator may leave unlocated, most
    first (`Locator.needless`, a few tries): none from the first `h1` on (its offsets are
    read)."""
    if len(before) < _SKIP_WORTH:
        return iter(())
    last = min((tags.index(tag) for tag in _MAIN_HEADINGS if tag in tags), default=len(tags))
    return itertools.islice(locator.needless(before, tags, last, container), _SKIP_TRIES)


def _sync_from(
    before: list[etree._Element],
    skip: int,
    titled: bool,
    container: etree._Element,
    locator: Locator,
    meta: PageMeta,
) -> tuple[list[Block], tuple[int, int] | None] | None:
    """The heading blocks and title span of `_sync_to`, the first `skip` elements not located
    (`titled`: the title among them); None when an element whose offset is read (the
    title, an `h1`, the container) comes before any element then located is found (its
    offset would be the cursor the skipped left)."""
    heading: list[Block] = []
    taken: set[etree._Element] = set()  # deck elements read already (their insides are theirs)
    title: tuple[int, int] | None = None
    wanted = _key(meta.headline or "")
    holders = set(container.iterancestors())  # an `h1` left open may hold the release
    settled = not skip  # whether the cursor is where locating every element leaves it
    for element in before[skip:]:
        cursor = locator.cursor
        start = locator.find(element)
        tag = element.tag
        if not settled:
            settled = locator.cursor != cursor
            if not settled and tag in _OFFSETS_READ:  # its offset would be the cursor
                return None
        if title is None and tag == "title" and not titled:
            title = (start, locator.cursor)
        if not heading and tag in ("h1", "hl1") and element not in holders:
            text = clean(_shown_text(element, skip=_SECONDARY))
            if text and (not wanted or _key(text) in wanted or wanted in _key(text)):
                heading = _heading_blocks(element, text, start, locator)
        elif heading and _deck_element(element, holders) and not taken & set(
            element.iterancestors()
        ):
            taken.add(element)
            heading.extend(_deck_blocks(element, start, locator))
    if not settled and not _found(container, locator):
        return None
    return heading, title


def _found(element: etree._Element, locator: Locator) -> bool:
    """Whether the locator finds the element (the cursor put back: it is looked for again,
    as the walk looks for the container)."""
    cursor = locator.cursor
    locator.find(element)
    moved = locator.cursor != cursor
    locator.cursor = cursor
    return moved


def _title_before(
    skipped: list[etree._Element], locator: Locator
) -> Callable[[], tuple[int, int] | None]:
    """The span of the page's `<title>` among the skipped elements, located when asked for
    by a locator of its own that locates every element up to it, as `_sync_to` would."""
    index = next((i for i, e in enumerate(skipped) if e.tag == "title"), None)

    def span() -> tuple[int, int] | None:
        if index is None:
            return None
        own = Locator(locator.text, locator.base, locator.limit)
        for element in skipped[:index]:
            own.find(element)
        return own.find(skipped[index]), own.cursor

    return span


def _deck_blocks(element: etree._Element, start: int, locator: Locator) -> list[Block]:
    """The deck lines of a deck element: one per list item (`<h2><ul><li>...`), else one."""
    items = [li for li in element.iter("li") if clean(_shown_text(li))]
    if not items:
        deck = clean(_shown_text(element))
        end = locator.close(element, start)
        return [Block(text=deck, start=start, end=max(end, start))] if deck else []
    blocks = []
    for item in items:
        at = locator.find(item)
        end = locator.close(item, at)
        blocks.append(Block(text=clean(_shown_text(item)), start=at, end=max(end, at)))
    return blocks


def _deck_element(element: etree._Element, holders: set[etree._Element]) -> bool:
    """An element under the page's main heading, outside the container, that holds its
    deck: classed as one (`<p class="subtitle">`), or an `h2` heading."""
    if element in holders or not isinstance(element.tag, str):
        return False
    if element.tag == "h2":
        return True
    marks = f"{element.get('class') or ''} {element.get('id') or ''}".lower()
    return _DECK_TOKEN_INSIDE.search(marks) is not None and not DECK_TOKENS.isdisjoint(
        _TOKEN.split(marks)
    )


def _date_line(before: list[etree._Element], tags: Sequence[object]) -> _dt.date | None:
    """The date line a page sets between its main heading and the release's container
    (`By: Business Wire Aug. 28, 2015 08:00 AM`), outside the text the blocks are made of:
    the first after the last heading; with no main heading, the last date line among the
    elements near the container. Only the elements that may hold it are read."""
    backwards = tags[::-1]
    heading = min((backwards.index(tag) for tag in _MAIN_HEADINGS if tag in tags), default=None)
    if heading is not None:  # counted from the end
        return next(filter(None, map(_line_date, before[len(before) - heading :])), None)
    near = before[-(_NEAR_CONTAINER + 1) :]
    return next(filter(None, map(_line_date, reversed(near))), None)


def _line_date(element: etree._Element) -> _dt.date | None:
    """The date of an element's text when it is a short line that states one."""
    if isinstance(element.tag, str) and (text := element.text) and _DIGIT.search(text):
        line = _short_line(text)
        return find_release_date(line) if line else None
    return None


def _short_line(text: str) -> str | None:
    """`clean(text)` when it is no longer than a date line, else None (a long text, a
    script's, is cleaned only as far as shows it is longer: its cleaned start is the start
    of it cleaned)."""
    if text.isspace():
        return None
    if len(text) > _DATE_LINE_SCAN and len(clean(text[:_DATE_LINE_SCAN])) > _DATE_LINE_CHARS:
        return None
    line = clean(text)
    return line if 0 < len(line) <= _DATE_LINE_CHARS else None


def _heading_blocks(
    element: etree._Element, text: str, start: int, locator: Locator
) -> list[Block]:
    """The page's main heading as a block, and its secondary text (`<h1>Title <small>deck
    </small></h1>`, HTML's way of setting a subheading inside a heading) as one after it."""
    secondary = next((n for n in element.iter(*_SECONDARY) if n is not element), None)
    deck = clean(_shown_text(secondary)) if secondary is not None else ""
    if secondary is None or not deck:
        end = locator.close(element, start)
        return [Block(text=text, start=start, end=end, hint=Hint.HEADING, level=1)]
    deck_start = locator.find(secondary)
    deck_end = locator.close(secondary, deck_start)
    end = max(locator.close(element, start), deck_end)
    return [
        Block(text=text, start=start, end=deck_start, hint=Hint.HEADING, level=1),
        Block(text=deck, start=deck_start, end=end),
    ]


def _shown_text(element: etree._Element, skip: frozenset[str] = frozenset()) -> str:
    """The text inside an element, less that of its scripts, styles and frames (never
    shown; an `h1` left unclosed may hold them) and of the `skip` elements inside it."""
    pieces: list[str] = []
    walker = etree.iterwalk(element, events=("start", "end"))
    for event, node in walker:
        if event == "start":
            if node.tag in _UNSHOWN or (node is not element and node.tag in skip):
                walker.skip_subtree()
            elif node.text:
                pieces.append(node.text)
        elif node is not element and node.tail:
            pieces.append(node.tail)
    return "".join(pieces)


def _shown_container(container: etree._Element) -> etree._Element:
    """The container, or the nearest element holding it when its text is never shown as
    such (an `iframe` or `textarea` with a container's class holds raw markup)."""
    while container.tag in _RAW_CONTAINERS and (parent := container.getparent()) is not None:
        container = parent
    return container


def _title_heading(
    blocks: list[Block], meta: PageMeta, at: Callable[[], tuple[int, int]]
) -> list[Block]:
    """Mark the block that repeats the page's headline as the heading, or add one before all
    (its offsets, `at()`, those of the page's `<title>`, or of the first block)."""
    headline = meta.headline
    if not headline or len(headline.split()) < 3 or _FILE_NAME.search(headline):
        return blocks
    if _MARKUP.search(headline):  # a `<title>` left open swallowed the page: no headline
        return blocks
    wanted = _key(headline)
    for index, block in enumerate(blocks[:_TITLE_SEARCH]):
        if block.hint is Hint.HEADING and block.level == 1:
            return blocks
        if _key(block.text) == wanted:
            head = dataclasses.replace(block, hint=Hint.HEADING, level=1)
            return [*blocks[:index], head, *blocks[index + 1 :]]
    start, end = at()
    return [Block(text=headline, start=start, end=end, hint=Hint.HEADING, level=1), *blocks]


def _key(text: str) -> str:
    return _NON_WORD.sub(" ", text.casefold()).strip()


def _text_part_blocks(part: str, offset: int) -> list[Block]:
    """The text front end's blocks of a plain-text EDGAR exhibit, offsets into the whole."""
    return [
        dataclasses.replace(b, start=b.start + offset, end=b.end + offset)
        for b in text_blocks(part)
    ]


def _front_heading(text: str, matter: PageMeta) -> list[Block]:
    """The front matter's title as the headline block, spanning its `title:` entry."""
    span = title_span(text)
    if not matter.title or span is None:
        return []
    return [Block(text=matter.title, start=span[0], end=span[1], hint=Hint.HEADING, level=1)]


# How many elements after the release's container a newsroom's contact box may stand.
_CONTACT_BOX_REACH = 4
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def _after(container: etree._Element) -> list[etree._Element]:
    """The elements that follow the container in the page, nearest first (its following
    siblings, then its parent's, ...), up to `_CONTACT_BOX_REACH` of them."""
    found: list[etree._Element] = []
    for element in (container, *container.iterancestors()):
        for sibling in element.itersiblings():
            if isinstance(sibling.tag, str):
                found.append(sibling)
            if len(found) >= _CONTACT_BOX_REACH:
                return found
    return found


def _contact_box(container: etree._Element) -> etree._Element | None:
    """A newsroom's press-contact box right after the release's container: an element whose
    first heading is a contact heading (`Ihr Ansprechpartner für Pressefragen`, `Media
    contact`) over a card with an email or a phone, before the page's footer.

    Newsrooms set the release's press contact in a box of its own under the article,
    outside the element that holds the text.
    """
    for element in _after(container):
        if element.tag in ("footer", "nav", "aside") or is_chrome(element):
            return None
        heading = next((h for h in element.iter(*_HEADINGS)), None)
        if heading is None:
            continue
        if contact_heading(clean(text_of(heading))) and contact_score(text_of(element)) > 0:
            return element
        return None
    return None


def html_document(text: str) -> Document:
    """The release's blocks of an HTML page (or EDGAR submission, or feed XML) and what the
    page says about itself."""
    return _read(text)[0]


def html_page(text: str) -> tuple[Document, str | None]:
    """`html_document(text)`, and the text lxml's parse of the whole page keeps (what the
    malformed check compares; None when the page was not parsed whole, as an EDGAR
    submission's exhibit is). The front end leaves its tree as parsed, so one parse serves
    both."""
    document, root = _read(text)
    return document, parsed_text(root) if root is not None else None


def _read(text: str) -> tuple[Document, etree._Element | None]:
    """The document, and the tree of the page when the whole text was parsed."""
    base, end = 0, len(text)
    edgar = edgar_text_part(text)
    if edgar is not None:
        part, base = edgar
        end = base + len(part)
        if not _TAG_HAS_MARKUP.search(part[:20_000]):
            return Document(_text_part_blocks(part, base)), None
    matter = front_matter(text) if edgar is None else None
    if matter is not None:
        base = matter.end
    root = _parse(text[base:end])
    meta = page_meta(root, matter)
    lead = _front_heading(text, matter) if matter is not None else []
    if root is None:
        return Document(lead, meta), None
    locator = Locator(text, base, end)
    found, chrome_in = find_container(root)
    container = _shown_container(found)
    head, title, dated = _sync_to(root, container, locator, meta)
    if meta.published is None:
        meta = dataclasses.replace(meta, published=dated)
    if not lead and head:
        lead = head
    blocks = lead + container_blocks(container, locator, chrome_in(container))
    box = _contact_box(container)
    if box is not None:
        blocks += container_blocks(box, locator, chrome_in(box))
    if not lead:
        first = blocks[0].start if blocks else base
        blocks = _title_heading(blocks, meta, lambda: title() or (first, first))
    whole = base == 0 and end == len(text)
    return Document(fit_spans(blocks, text, base, end), meta), root if whole else None


def html_blocks(text: str) -> list[Block]:
    """The release's blocks of an HTML page: `html_document(text).blocks`."""
    return html_document(text).blocks
