"""The page around an HTML release: wrappers, what the page says about itself, the container.

- `edgar_text_part`: an SEC EDGAR submission wraps each document in SGML
  (`<DOCUMENT><TYPE>EX-99.1 ... <TEXT> ... </TEXT>`); the release is the
  EX-99 document's TEXT part.
- `page_meta`: `<title>`, `og:title`, JSON-LD `headline` / `datePublished` /
  `dateline`, `article:published_time`, NITF's `date.issue` and `dateline`,
  and a Jekyll/Hugo post's front matter (`_frontmatter.py`) where the page
  says nothing. Evidence only: the release's own dateline wins over it
  downstream. Dates are read as an ISO `YYYY-MM-DD` prefix; a copyright
  year is never read as a date.
- `find_container`: the element holding the release, by the per-site hints
  of `_data/html_hints.py`, else by text density (readability-style: each
  text run credits its block, the block's parent and, at half weight, the
  grandparent; link text counts against).
- `is_chrome`: page chrome, by tag, `class`, `id`, `itemprop`, or because
  it is hidden; both the container search and the walk use it.
"""

from __future__ import annotations

import datetime
import functools
import json
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from typing import Any

import regex
from lxml import etree

from ._blocks import PageMeta
from ._data.html_hints import (
    CHROME_ITEMPROPS,
    CHROME_PREFIXES,
    CHROME_TAGS,
    CHROME_TOKENS,
    CONTAINERS,
    MIN_CONTAINER_CHARS,
    PAGE_CHROME_TAGS,
)
from ._dates import iso_date

# <DOCUMENT> ... </DOCUMENT> parts of an EDGAR submission, with their TYPE.
# Found by plain searches for their tags: a lazy `<TEXT>(.*?)\s*</TEXT>` retries its tail at
# every character, and the white space of a long exhibit makes that quadratic. (The closing
# tags are searched for by `_edgar_closing`.)
_EDGAR_DOCUMENT_OPEN = re.compile("<DOCUMENT>", re.IGNORECASE)
_EDGAR_TYPE = re.compile(r"<TYPE>\s*([^\s<]+)", re.IGNORECASE)
_EDGAR_TEXT_OPEN = re.compile(r"<TEXT>\s*", re.IGNORECASE)
_EDGAR_START = re.compile(r"\s*<(?:SEC-DOCUMENT|IMS-DOCUMENT|DOCUMENT)>", re.IGNORECASE)
_TEXT_NODES = etree.XPath("descendant-or-self::text()", smart_strings=False)
# A <title>'s site suffix: "Headline | Site", "Headline - UT News".
_TITLE_SUFFIX = re.compile(r"\s+(?:\||-|–|—|::|»)\s+([^|–—»]{1,60})$")
_ARTICLE_TYPES = frozenset(
    {"newsarticle", "pressrelease", "article", "blogposting", "reportagenewsarticle", "webpage"}
)

# Container hints by (attribute, value) -> their ranks and tags.
_HINTS: dict[tuple[str, str], list[tuple[int, str]]] = {}
for _rank, _hint in enumerate(CONTAINERS):
    _HINTS.setdefault((_hint.attribute, _hint.value), []).append((_rank, _hint.tag))
_HINT_TAGS = frozenset(hint.value for hint in CONTAINERS if hint.attribute == "tag")
_HINT_CLASSES = frozenset(hint.value for hint in CONTAINERS if hint.attribute == "class")
_HINT_IDS = frozenset(hint.value for hint in CONTAINERS if hint.attribute == "id")
# Tags that decide whether an element is chrome before its attributes do.
_BY_TAG = CHROME_TAGS | PAGE_CHROME_TAGS
# The elements the survey reads by their tag (and the nodes that are not elements).
_NOT_ELEMENTS = (etree.Comment, etree.ProcessingInstruction, etree.Entity)
_SURVEYED = (*_NOT_ELEMENTS, *sorted(_BY_TAG | _HINT_TAGS))
# Each element's value of an attribute that decides chrome or a hint, read by libxml2: each
# value knows its element (`getparent`). The styles are first read as plain strings: few
# pages hide anything by a style, and many style every element.
_CLASSES = etree.XPath("descendant-or-self::*/@class")
_IDS = etree.XPath("descendant-or-self::*/@id")
_STYLES = etree.XPath("descendant-or-self::*/@style")
_STYLE_TEXTS = etree.XPath("descendant-or-self::*/@style", smart_strings=False)
_ITEMPROPS = etree.XPath("descendant-or-self::*/@itemprop")
_HIDDEN = etree.XPath("descendant-or-self::*/@hidden")
_Value = etree._ElementUnicodeResult
_OWNER = _Value.getparent
# Chrome tags any document has (its head); they do not make a page a page.
_DOCUMENT_TAGS = frozenset({"head", "title", "meta", "link", "script", "style", "noscript"})

# Block elements that a text run credits (its nearest one).
# fmt: off
_CREDITED = frozenset(
    {"p", "div", "td", "th", "li", "section", "article", "main", "blockquote", "pre", "dd", "body",
     "center", "font", "span"}
)
_DENSITY_SKIP = frozenset(
    {"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "head", "title",
     "select", "button", "svg", "iframe", "template"}
)
# fmt: on
# Whose text (and everything inside) credits nothing: chrome, and links.
_UNCREDITED = _DENSITY_SKIP | {"a"}
_MIN_RUN = 25
# How far up from the container an enclosing `article` is looked for.
_ARTICLE_CLIMB = 6
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_TOKEN_SPLIT = re.compile(r"[\s_-]+")
_Attributes = Sequence[tuple[Any, Any]]
"""An HTML element's `items()`: (name, value) strings (lxml's stubs allow bytes too)."""


def edgar_text_part(text: str) -> tuple[str, int] | None:
    """The TEXT part of an EDGAR submission's EX-99 document (else its first), and its offset."""
    if not _EDGAR_START.match(text[:200]):
        return None
    chosen: tuple[int, int] | None = None
    for start, end in _edgar_documents(text):
        kind = _EDGAR_TYPE.search(text, start, min(start + 500, end))
        if chosen is None or (kind is not None and kind.group(1).upper().startswith("EX-99")):
            chosen = start, end
            if kind is not None and kind.group(1).upper().startswith("EX-99"):
                break
    if chosen is None:
        return None
    start, end = chosen
    opened = _EDGAR_TEXT_OPEN.search(text, start, end)
    if opened is None:
        return None
    closed = _edgar_closing("TEXT").search(text, opened.end(), end)
    stop = closed.start() if closed is not None else end
    inner = text[opened.end() : stop].rstrip()  # no white space before `</TEXT>` either
    return inner, opened.end()


@functools.cache
def _edgar_closing(tag: str) -> regex.Pattern[str]:
    """A search for the closing tag of this name, in any case, across a whole exhibit: a
    `regex` pattern, whose search for a literal in any case skips ahead where `re` tries
    each `</` of the markup in turn (compiled on a submission's first need of it)."""
    return regex.compile(f"</{tag}>", regex.IGNORECASE)


def _edgar_documents(text: str) -> Iterator[tuple[int, int]]:
    """Where the inside of each `<DOCUMENT>` of a submission starts and ends (its
    `</DOCUMENT>`, else the end of the text)."""
    pos = 0
    closing = _edgar_closing("DOCUMENT")
    while (opened := _EDGAR_DOCUMENT_OPEN.search(text, pos)) is not None:
        closed = closing.search(text, opened.end())
        if closed is None:
            yield opened.end(), len(text)
            return
        yield opened.end(), closed.start()
        pos = closed.end()


def text_nodes(element: etree._Element) -> list[str]:
    """The texts inside an element, in document order: its `itertext()`, collected by
    libxml2 (no Python object made for each element on the way). The same pieces on a
    tree as the HTML parser builds it, which never sets two text nodes side by side (a
    tree `etree.strip_elements` changed may have them: `itertext` reads those as one)."""
    return _TEXT_NODES(element)  # type: ignore[return-value]


def text_of(element: etree._Element) -> str:
    """All the text inside an element."""
    return "".join(text_nodes(element))


def clean(text: str) -> str:
    r"""Whitespace collapsed to single spaces, ends stripped, zero-width spaces dropped (by
    `str.split`, whose white space is `\s`'s: a run of spaces is not a match to replace)."""
    return " ".join((text.replace("\u200b", "") if "\u200b" in text else text).split())


def _json_objects(data: Any) -> Iterator[dict[str, Any]]:
    """Every JSON object in a JSON-LD value, `@graph` included, without recursion."""
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            yield item
            stack.extend(v for v in item.values() if isinstance(v, (dict, list)))
        elif isinstance(item, list):
            stack.extend(reversed(item))


def _is_article(obj: dict[str, Any]) -> bool:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return any(isinstance(k, str) and k.lower() in _ARTICLE_TYPES for k in kinds)


def _json_ld(scripts: list[etree._Element]) -> dict[str, Any]:
    """headline, datePublished, dateline of the page's JSON-LD article, if any."""
    found: dict[str, Any] = {}
    for script in scripts:
        if "ld+json" not in (script.get("type") or ""):
            continue
        raw = (script.text or "").strip()
        raw = raw.removeprefix("<![CDATA[").removesuffix("]]>").strip()
        try:
            data = json.loads(raw)
        except ValueError:
            continue
        for obj in _json_objects(data):
            if not _is_article(obj):
                continue
            for key in ("headline", "datePublished", "dateline"):
                if isinstance(obj.get(key), str) and key not in found:
                    found[key] = obj[key]
    return found


def _meta_tags(metas: list[etree._Element]) -> dict[str, str]:
    out: dict[str, str] = {}
    for meta in metas:
        if meta.get("content") is None:
            continue
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key and key not in out:
            out[key] = meta.get("content") or ""
    return out


def strip_site_suffix(title: str) -> str:
    """A page title without a trailing `| Site name` (when that part is short)."""
    match = _TITLE_SUFFIX.search(title)
    if match is None or len(match.group(1).split()) > 5 or match.start() < 15:
        return title
    return title[: match.start()].strip()


def _as_in_heading(headings: list[etree._Element], title: str) -> str:
    """The declared title without a site's name of any length, where the page's `h1`
    shows it so: `Acme Wins Award | Acme Regional Council of X` over `<h1>Acme Wins Award`."""
    match = _TITLE_SUFFIX.search(title)
    if match is None or match.start() < 15:
        return title
    head = title[: match.start()].strip().casefold()
    for heading in headings:
        if clean(text_of(heading)).casefold() == head:
            return title[: match.start()].strip()
    return title


# The elements `page_meta` reads, by tag.
_META_TAGS = ("meta", "script", "title", "h1", "date.issue", "dateline")


def _named(root: etree._Element) -> dict[str, list[etree._Element]]:
    """The page's elements of each of `_META_TAGS`, in document order (of one pass)."""
    named: dict[str, list[etree._Element]] = {tag: [] for tag in _META_TAGS}
    for element in root.iter(*_META_TAGS):
        named[element.tag].append(element)
    return named


def page_meta(root: etree._Element | None, matter: PageMeta | None = None) -> PageMeta:
    """What the page says about itself (`end` left 0), `matter` (its front matter) filling in."""
    if root is None:
        return PageMeta(
            title=matter.title if matter else None, published=matter.published if matter else None
        )
    named = _named(root)
    metas = _meta_tags(named["meta"])
    ld = _json_ld(named["script"])
    title = clean(text_of(named["title"][0])) if named["title"] else ""
    if not title and matter is not None and matter.title:
        title = matter.title
    headline = clean(str(ld.get("headline") or metas.get("og:title") or "")) or None
    if headline is None and title:
        headline = strip_site_suffix(title)
    if headline is not None:
        headline = _as_in_heading(named["h1"], headline)
    published = None
    for value in (
        ld.get("datePublished"),
        metas.get("article:published_time"),
        metas.get("date"),
        metas.get("dc.date"),
        metas.get("datepublished"),
        metas.get("pubdate"),
        matter.published.isoformat() if matter and matter.published else None,
    ):
        published = iso_date(value)
        if published is not None:
            break
    if published is None:
        published = _nitf_date(named["date.issue"])
    dateline = clean(str(ld.get("dateline") or "")) or _nitf_dateline(named["dateline"])
    return PageMeta(title=title or None, headline=headline, published=published, dateline=dateline)


def _nitf_date(issues: list[etree._Element]) -> datetime.date | None:
    """NITF's `<date.issue norm="20240829T080000-0400">`."""
    for element in issues:
        norm = element.get("norm") or ""
        return iso_date(f"{norm[:4]}-{norm[4:6]}-{norm[6:8]}") if len(norm) >= 8 else None
    return None


def _nitf_dateline(datelines: list[etree._Element]) -> str | None:
    """NITF's `<dateline>` text."""
    for element in datelines:
        return clean(text_of(element)) or None
    return None


def _text_length(element: etree._Element) -> int:
    return sum(map(len, map(str.strip, text_nodes(element))))


def _hint_rank(tag: str, classes: str, ident: str) -> int | None:
    """The best rank of a container hint matching an element of this tag, `class` and
    `id`, None when none does."""
    tokens = classes.split()
    if tag not in _HINT_TAGS and ident not in _HINT_IDS and _HINT_CLASSES.isdisjoint(tokens):
        return None  # (most elements: no hint names any of their marks)
    keys = [("class", token) for token in tokens]
    keys.append(("tag", tag))
    if ident:
        keys.append(("id", ident))
    ranks = [rank for key in keys for rank, hinted in _HINTS.get(key, ()) if hinted in ("*", tag)]
    return min(ranks) if ranks else None


def _survey(
    root: etree._Element,
) -> tuple[etree._Element | None, int, bool, ChromeIn]:
    """The best hinted container and its text's length (`_text_length`, 0 without one),
    whether the page has chrome, and its chrome elements within a part of it (`is_chrome`
    of each element, decided once per kind, not element by element).

    The container is the element matched by the best-ranked hint that holds
    enough text; a page with no chrome at all (an EDGAR exhibit, a feed
    fragment) needs no density search: its body is the release.

    Read by kind, not element by element: the elements of the tags that decide
    (`_SURVEYED`, found by libxml2), then each attribute that decides, its values
    read by libxml2 and each distinct value decided once. Most elements have none
    of them, or values that mark nothing: no Python work at all for those.

    The attributes that only mark chrome (a `style`, `itemprop`, `hidden`) are read
    for the whole page only where its tags, classes and ids show no chrome; else
    they are read only in the parts of the page whose chrome is asked for (the
    release's container).
    """
    chrome: set[etree._Element] = set()
    candidates: list[etree._Element] = []
    page_chrome = False
    for element in root.iter(*_SURVEYED):
        tag = element.tag
        if not isinstance(tag, str):  # a comment, an entity, a processing instruction
            chrome.add(element)
            continue
        if tag in _HINT_TAGS:
            candidates.append(element)
        if tag in _BY_TAG and _chrome_by_tag(element, tag):
            chrome.add(element)
            page_chrome = page_chrome or tag not in _DOCUMENT_TAGS
    page_chrome = _add_marked(_marked_by_name(root, candidates), chrome) or page_chrome
    hinted, length = _best_hinted(root, candidates)
    if page_chrome:  # the rest is read where it is asked for
        return hinted, length, True, functools.partial(_with_marked_inside, chrome)
    page_chrome = _add_marked(_marked_otherwise(root), chrome)
    return hinted, length, page_chrome, lambda _: chrome


ChromeIn = Callable[[etree._Element], AbstractSet[etree._Element]]
"""The page's chrome elements within an element (itself and all inside it; the set may hold
others of the page too)."""


def _add_marked(marked: Iterable[etree._Element], chrome: set[etree._Element]) -> bool:
    """Add the elements that attributes mark (`_by_attributes`) to the chrome; whether one
    of them is chrome that makes a page a page (not a document's head)."""
    page_chrome = False
    for element in marked:
        tag = element.tag
        if tag not in CHROME_TAGS:  # (their tag decides, whatever their attributes say)
            chrome.add(element)
            page_chrome = page_chrome or tag not in _DOCUMENT_TAGS
    return page_chrome


def _with_marked_inside(
    chrome: AbstractSet[etree._Element], part: etree._Element
) -> set[etree._Element]:
    """The chrome, and the elements of `part` that attributes other than `class` and `id`
    mark (`_marked_otherwise`)."""
    inside = set(chrome)
    _add_marked(_marked_otherwise(part), inside)
    return inside


def _marked_by_name(
    root: etree._Element, candidates: list[etree._Element]
) -> list[etree._Element]:
    """The elements whose `class` or `id` makes them chrome (`_by_attributes`), in no
    particular order and maybe twice; those whose `class` or `id` a container hint names
    are added to `candidates`."""
    marked: list[etree._Element] = []
    for path, facts in ((_CLASSES, _class_facts), (_IDS, _id_facts)):
        values = _values(path, root)
        chrome: set[str] = set()
        hinted: set[str] = set()
        for value in set(values):
            marks_chrome, names_hint = facts(str(value))  # (a plain copy for the cache)
            if marks_chrome:
                chrome.add(value)
            if names_hint:
                hinted.add(value)
        if chrome:
            marked += _owners(filter(chrome.__contains__, values))
        if hinted:
            candidates += _owners(filter(hinted.__contains__, values))
    return marked


def _marked_otherwise(root: etree._Element) -> list[etree._Element]:
    """The elements in `root` (itself included) that a `style`, an `itemprop` or `hidden`
    makes chrome (`_by_attributes`), in no particular order and maybe twice."""
    marked = _hidden_by_style(root)
    itemprops = _values(_ITEMPROPS, root)
    marked += _owners(value for value in itemprops if value.lower() in CHROME_ITEMPROPS)
    marked += _owners(_values(_HIDDEN, root))
    return marked


def _hidden_by_style(root: etree._Element) -> list[etree._Element]:
    """The elements a `style` hides: each distinct style decided once, and only where one
    hides (few pages) every style read again with its element. (Not a search for each hiding
    style: an XPath variable refuses a control character the page's markup may hold.)"""
    hiding = {style for style in set(_values(_STYLE_TEXTS, root)) if _hides(style)}
    return _owners(filter(hiding.__contains__, _values(_STYLES, root))) if hiding else []


def _values(path: etree.XPath, root: etree._Element) -> list[_Value]:
    """An attribute XPath's answer, as what it is: the values, each knowing its element
    (plain strings from `_STYLE_TEXTS`)."""
    return path(root)  # type: ignore[return-value]


def _owners(values: Iterable[_Value]) -> list[etree._Element]:
    """The elements these attribute values belong to."""
    return list(map(_OWNER, values))  # type: ignore[arg-type]  # (an attribute has one)


@functools.lru_cache(maxsize=2048)
def _class_facts(classes: str) -> tuple[bool, bool]:
    """Whether a `class` marks chrome, and whether a container hint names one of its tokens
    (decided once per value: templates repeat them)."""
    return _marked_chrome(classes, ""), not _HINT_CLASSES.isdisjoint(classes.split())


@functools.lru_cache(maxsize=2048)
def _id_facts(ident: str) -> tuple[bool, bool]:
    """Whether an `id` marks chrome, and whether a container hint names it."""
    return _marked_chrome("", ident), ident in _HINT_IDS


def _best_hinted(
    root: etree._Element, candidates: list[etree._Element]
) -> tuple[etree._Element | None, int]:
    """Of the elements the best hint matches, the one with the most text (the first in the
    page of those with as much), and its text's length: templates reuse a body class for
    side blocks (a newsletter sign-up's `field--name-body`); None (and 0) when no hinted
    element holds enough text."""
    ranked: dict[int, list[etree._Element]] = {}
    for element in dict.fromkeys(candidates):
        tag = str(element.tag)
        rank = _hint_rank(tag, element.get("class") or "", element.get("id") or "")
        if rank is not None:
            ranked.setdefault(rank, []).append(element)
    for rank in sorted(ranked):
        lengths = [(_text_length(element), element) for element in ranked[rank]]
        longest = max(length for length, _ in lengths)
        if longest >= MIN_CONTAINER_CHARS:
            tied = [element for length, element in lengths if length == longest]
            return (tied[0] if len(tied) == 1 else _first_in_page(root, tied)), longest
    return None, 0


def _first_in_page(root: etree._Element, elements: list[etree._Element]) -> etree._Element:
    """Which of these elements comes first in the page."""
    wanted = set(elements)
    return next(element for element in root.iter() if element in wanted)


def _tag_rank(tag: str) -> int | None:
    """The best rank of a container hint matching an element of this tag and no attributes."""
    return _marks(tag, "", "")[0] if tag in _HINT_TAGS else None


@functools.lru_cache(maxsize=2048)
def _marks(tag: str, classes: str, ident: str) -> tuple[int | None, bool]:
    """The best rank of a container hint matching an element of this tag, `class` and `id`
    (None when none does), and whether its `class` or `id` marks it as chrome (decided
    once per such triple: templates repeat them)."""
    return _hint_rank(tag, classes, ident), _marked_chrome(classes, ident)


def _by_attributes(tag: str, attributes: _Attributes) -> tuple[int | None, bool]:
    """An element's best container hint rank (`_marks`) and whether its attributes make it
    chrome (its `itemprop`, `class` or `id`, or hidden: `hidden`, a `style` of
    `display: none`), of one pass over them."""
    itemprop = style = classes = ident = None
    hidden = False
    for name, value in attributes:
        if name == "class":
            classes = value if classes is None else classes
        elif name == "id":
            ident = value if ident is None else ident
        elif name == "style":
            style = value if style is None else style
        elif name == "itemprop":
            itemprop = value if itemprop is None else itemprop
        elif name == "hidden":
            hidden = True
    if classes or ident:
        rank, marked = _marks(tag, classes or "", ident or "")
    else:  # (most elements: no `_marks` lookup)
        rank, marked = _tag_rank(tag), False
    if marked or hidden:
        return rank, True
    if itemprop and itemprop.lower() in CHROME_ITEMPROPS:
        return rank, True
    return rank, bool(style) and _hides(style or "")


def _density_container(root: etree._Element) -> etree._Element | None:
    """The element most text runs of the page credit (readability-style), chrome skipped.

    A link's text credits nothing (nor anything inside it): its subtree is skipped like
    chrome's, only its tail read."""
    scores: dict[etree._Element, float] = {}
    # Per open element: the block its text credits (None: none).
    blocks: list[etree._Element | None] = [None]
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, element in walker:
        if event == "end":
            blocks.pop()
            block = blocks[-1]
            if block is not None:
                run = element.tail
                if run is not None and len(run) >= _MIN_RUN:  # (a shorter one: no call)
                    _credit(scores, block, run)
            continue
        tag = element.tag
        if not isinstance(tag, str) or tag in _UNCREDITED:
            walker.skip_subtree()
            blocks.append(None)
            continue
        block = element if tag in _CREDITED else blocks[-1]
        blocks.append(block)
        if block is not None:
            run = element.text
            if run is not None and len(run) >= _MIN_RUN:
                _credit(scores, block, run)
    if not scores:
        return None
    return max(scores.items(), key=lambda item: item[1])[0]


def _credit(
    scores: dict[etree._Element, float], block: etree._Element | None, run: str | None
) -> None:
    """Credit a text run to its block, the block's parent and (half) its grandparent."""
    if block is None or not run or len(run) < _MIN_RUN:  # the strip below only shortens it
        return
    weight = len(run.strip())
    if weight < _MIN_RUN:
        return
    scores[block] = scores.get(block, 0.0) + weight
    parent = block.getparent()
    if parent is not None:
        scores[parent] = scores.get(parent, 0.0) + weight
        grand = parent.getparent()
        if grand is not None:
            scores[grand] = scores.get(grand, 0.0) + weight * 0.5


def _article_around(element: etree._Element) -> etree._Element:
    """The `article` holding `element` (its header and footer belong to the release), if near."""
    node = element.getparent()
    for _ in range(_ARTICLE_CLIMB):
        if node is None:
            break
        if node.tag == "article":
            return node
        node = node.getparent()
    return element


# A hinted container this short may be a side box with the body's class (a sign-up form);
# where the page's densest text block holds this many times more, that block is the release.
_SMALL_HINTED = 1000
_OUTWEIGHS = 4


def find_container(root: etree._Element) -> tuple[etree._Element, ChromeIn]:
    """The element that holds the release (the page's body when nothing better is found),
    and the page's chrome elements within an element (those `is_chrome` finds there)."""
    hinted, length, chrome, chrome_in = _survey(root)
    return _container(root, hinted, length, chrome), chrome_in


def _container(
    root: etree._Element, hinted: etree._Element | None, hinted_length: int, chrome: bool
) -> etree._Element:
    """The release's container, of the best hinted element (if any, its text this long) and
    the page's text."""
    if hinted is not None and not (chrome and hinted_length < _SMALL_HINTED):
        return _article_around(hinted)
    if hinted is not None:  # a small hinted block may be a side box: the text's mass decides
        dense = _density_container(root)
        if dense is None or _text_length(dense) < _OUTWEIGHS * hinted_length:
            return _article_around(hinted)
        return _article_around(dense)
    body = root.find("body")
    if chrome:
        dense = _density_container(root)
        if dense is not None and _text_length(dense) >= MIN_CONTAINER_CHARS:
            return _article_around(dense)
    return body if body is not None else root


def is_chrome(element: etree._Element) -> bool:
    """Whether an element is page chrome: by its tag, `itemprop`, `class` or `id`, or
    because it is hidden (`hidden`, `display: none`)."""
    tag = element.tag
    if not isinstance(tag, str):
        return True
    return _chrome_by(element, tag, element.items())


def _chrome_by(element: etree._Element, tag: str, attributes: _Attributes) -> bool:
    """`is_chrome` of an element of tag `tag` and these attributes (its `items()`)."""
    if tag in CHROME_TAGS:
        return _chrome_by_tag(element, tag)
    return _chrome_by_tag(element, tag) or (
        bool(attributes) and _by_attributes(tag, attributes)[1]
    )


def _chrome_by_tag(element: etree._Element, tag: str) -> bool:
    """Whether an element is chrome by its tag, whatever its attributes: one of `CHROME_TAGS`,
    or a `header` or `footer` of the page (outside an `article`, holding no heading).

    A `noscript` holds a tracking pixel or a plea to enable scripts; one that holds the
    page's main heading is the page itself, served to readers without scripts (and not
    chrome, whatever its attributes)."""
    if tag in CHROME_TAGS:
        return not (tag == "noscript" and _holds_heading(element))
    return tag in PAGE_CHROME_TAGS and not _in_article(element) and not _holds_heading(element)


@functools.lru_cache(maxsize=1024)
def _hides(style: str) -> bool:
    """Whether a `style` hides its element (decided once per style: templates repeat them)."""
    return _HIDDEN_STYLE.search(style) is not None


@functools.lru_cache(maxsize=1024)
def _marked_chrome(classes: str, ident: str) -> bool:
    """Whether a `class` or `id` marks chrome: a whole token starting with a chrome prefix,
    or a part of one (split on `-` and `_`) that is a chrome token."""
    return any(map(_chrome_token, f"{classes} {ident}".lower().split()))


@functools.lru_cache(maxsize=1024)
def _chrome_token(whole: str) -> bool:
    """Whether a whole `class` or `id` token (lowercased) marks chrome (decided once per
    token: templates repeat them in many combinations)."""
    if whole.startswith(CHROME_PREFIXES):
        return True
    return any(token in CHROME_TOKENS for token in _TOKEN_SPLIT.split(whole))


def _in_article(element: etree._Element) -> bool:
    parent = element.getparent()
    return parent is not None and parent.tag == "article"


def _holds_heading(element: etree._Element) -> bool:
    return any(True for _ in element.iter("h1", "h2"))
