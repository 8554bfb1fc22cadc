"""The page around an HTML release: wrappers, what the page says about itself, the container.

- `edgar_text_part`: an SEC EDGAR submission wraps each document in SGML
  (`<DOCUMENT><TYPE>EX-99.1 ... <TEXT> ... </TEXT>`); the release is the
  EX-99 document's TEXT part.
- `front_matter`: a Jekyll/Hugo post opens with YAML front matter between
  `---` lines whose `title:` is the headline.
- `page_meta`: `<title>`, `og:title`, JSON-LD `headline` / `datePublished` /
  `dateline`, `article:published_time`. Evidence only: the release's own
  dateline wins over it downstream. Dates are read as an ISO `YYYY-MM-DD`
  prefix; a copyright year is never read as a date.
- `find_container`: the element holding the release, by the per-site hints
  of `_data/html_hints.py`, else by text density (readability-style: each
  text run credits its block, the block's parent and, at half weight, the
  grandparent; link text counts against).
"""

from __future__ import annotations

import dataclasses
import datetime
import html
import json
import re
from collections.abc import Iterator
from typing import Any

from lxml import etree

from ._data.html_hints import CONTAINERS, MIN_CONTAINER_CHARS

# <DOCUMENT> ... </DOCUMENT> parts of an EDGAR submission, with their TYPE.
_EDGAR_DOCUMENT = re.compile(r"<DOCUMENT>(.*?)(?:</DOCUMENT>|\Z)", re.DOTALL | re.IGNORECASE)
_EDGAR_TYPE = re.compile(r"<TYPE>\s*([^\s<]+)", re.IGNORECASE)
_EDGAR_TEXT = re.compile(r"<TEXT>\s*(.*?)\s*(?:</TEXT>|\Z)", re.DOTALL | re.IGNORECASE)
_EDGAR_START = re.compile(r"\s*<(?:SEC-DOCUMENT|IMS-DOCUMENT|DOCUMENT)>", re.IGNORECASE)
# Front matter: `---` on the first line, `---` closing it.
_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
# `title: ...` with YAML continuation lines (indented) after it.
_YAML_TITLE = re.compile(r"^title:[ \t]*(.+(?:\r?\n[ \t]+.+)*)", re.MULTILINE)
_YAML_DATE = re.compile(r"^date:[ \t]*['\"]?(\d{4}-\d{2}-\d{2})", re.MULTILINE)
_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
_SPACES = re.compile(r"\s+")
# A <title>'s site suffix: "Headline | Site", "Headline - UT News".
_TITLE_SUFFIX = re.compile(r"\s+(?:\||-|–|—|::|»)\s+([^|–—»]{1,60})$")
_ARTICLE_TYPES = frozenset(
    {"newsarticle", "pressrelease", "article", "blogposting", "reportagenewsarticle", "webpage"}
)

# Container hints by (attribute, value) -> their ranks and tags.
_HINTS: dict[tuple[str, str], list[tuple[int, str]]] = {}
for _rank, _hint in enumerate(CONTAINERS):
    _HINTS.setdefault((_hint.attribute, _hint.value), []).append((_rank, _hint.tag))

# Block elements that a text run credits (its nearest one).
_CREDITED = frozenset(
    {"p", "div", "td", "th", "li", "section", "article", "main", "blockquote", "pre", "dd", "body",
     "center", "font", "span"}
)
_DENSITY_SKIP = frozenset(
    {"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "head", "title",
     "select", "button", "svg", "iframe", "template"}
)
_MIN_RUN = 25
# How far up from the container an enclosing `article` is looked for.
_ARTICLE_CLIMB = 6


@dataclasses.dataclass(frozen=True, slots=True)
class PageMeta:
    """What the page states about itself (evidence, not the release's own words)."""

    title: str | None = None
    """The `<title>` (or front matter `title:`), site suffix kept."""
    headline: str | None = None
    """`og:title` or JSON-LD `headline`, else the title without its site suffix."""
    published: datetime.date | None = None
    """JSON-LD `datePublished`, `article:published_time` or a similar meta date."""
    dateline: str | None = None
    """JSON-LD `dateline`, when the page gives one."""


def edgar_text_part(text: str) -> tuple[str, int] | None:
    """The TEXT part of an EDGAR submission's EX-99 document (else its first), and its offset."""
    if not _EDGAR_START.match(text[:200]):
        return None
    chosen: re.Match[str] | None = None
    for document in _EDGAR_DOCUMENT.finditer(text):
        kind = _EDGAR_TYPE.search(document.group(1)[:500])
        if chosen is None or (kind is not None and kind.group(1).upper().startswith("EX-99")):
            chosen = document
            if kind is not None and kind.group(1).upper().startswith("EX-99"):
                break
    if chosen is None:
        return None
    inner = _EDGAR_TEXT.search(chosen.group(1))
    if inner is None:
        return None
    offset = chosen.start(1) + inner.start(1)
    return inner.group(1), offset


@dataclasses.dataclass(frozen=True, slots=True)
class FrontMatter:
    """YAML front matter of a static-site post."""

    end: int
    """Offset just past the closing `---` line."""
    title: str | None
    title_start: int
    title_end: int
    published: datetime.date | None


def front_matter(text: str) -> FrontMatter | None:
    """The front matter at the start of `text`, if any."""
    match = _FRONT_MATTER.match(text)
    if match is None:
        return None
    body = match.group(1)
    title = _YAML_TITLE.search(body)
    date = _YAML_DATE.search(body)
    value = None
    if title is not None:
        value = clean(html.unescape(title.group(1))).strip("'\"") or None
    start = match.start(1) + (title.start() if title else 0)
    end = match.start(1) + (title.end() if title else 0)
    return FrontMatter(match.end(), value, start, end, iso_date(date.group(1)) if date else None)


def text_of(element: etree._Element) -> str:
    """All the text inside an element."""
    return "".join(str(piece) for piece in element.itertext())


def clean(text: str) -> str:
    """Whitespace collapsed to single spaces, ends stripped."""
    return _SPACES.sub(" ", text.replace("\u200b", "")).strip()


def iso_date(value: object) -> datetime.date | None:
    """The date of an ISO `YYYY-MM-DD...` string, else None."""
    if not isinstance(value, str):
        return None
    match = _ISO_DATE.match(value)
    if match is None:
        return None
    try:
        return datetime.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


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


def _json_ld(root: etree._Element) -> dict[str, Any]:
    """headline, datePublished, dateline of the page's JSON-LD article, if any."""
    found: dict[str, Any] = {}
    for script in root.iter("script"):
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


def _meta_tags(root: etree._Element) -> dict[str, str]:
    out: dict[str, str] = {}
    for meta in root.iter("meta"):
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


def page_meta(root: etree._Element | None, matter: FrontMatter | None = None) -> PageMeta:
    """What the page says about itself."""
    if root is None:
        return PageMeta(title=matter.title if matter else None,
                        published=matter.published if matter else None)
    metas = _meta_tags(root)
    ld = _json_ld(root)
    first = next(root.iter("title"), None)
    title = clean(text_of(first)) if first is not None else ""
    if not title and matter is not None and matter.title:
        title = matter.title
    headline = clean(str(ld.get("headline") or metas.get("og:title") or "")) or None
    if headline is None and title:
        headline = strip_site_suffix(title)
    published = None
    for value in (ld.get("datePublished"), metas.get("article:published_time"), metas.get("date"),
                  metas.get("dc.date"), metas.get("datepublished"), metas.get("pubdate"),
                  matter.published.isoformat() if matter and matter.published else None):
        published = iso_date(value)
        if published is not None:
            break
    dateline = clean(str(ld.get("dateline") or "")) or None
    return PageMeta(title=title or None, headline=headline, published=published, dateline=dateline)


def _text_length(element: etree._Element) -> int:
    return sum(len(str(t).strip()) for t in element.itertext())


def _hint_rank(element: etree._Element) -> int | None:
    """The best rank of a container hint matching `element`, None when none does."""
    keys = [("class", token) for token in (element.get("class") or "").split()]
    if element.get("id"):
        keys.append(("id", element.get("id") or ""))
    ranks = [
        rank
        for key in keys
        for rank, tag in _HINTS.get(key, ())
        if tag in ("*", element.tag)
    ]
    return min(ranks) if ranks else None


def _hinted_container(root: etree._Element) -> etree._Element | None:
    """The element matched by the best-ranked hint that holds enough text (one pass)."""
    found: list[tuple[int, int, etree._Element]] = []
    for order, element in enumerate(root.iter()):
        if not isinstance(element.tag, str) or not (element.get("class") or element.get("id")):
            continue
        rank = _hint_rank(element)
        if rank is not None:
            found.append((rank, order, element))
    for _rank, _order, element in sorted(found, key=lambda item: item[:2]):
        if _text_length(element) >= MIN_CONTAINER_CHARS:
            return element
    return None


def _credited_block(element: etree._Element) -> etree._Element | None:
    """The nearest ancestor-or-self a text run in `element` credits, None inside chrome."""
    node: etree._Element | None = element
    while node is not None and (not isinstance(node.tag, str) or node.tag not in _CREDITED):
        if isinstance(node.tag, str) and node.tag in _DENSITY_SKIP:
            return None
        node = node.getparent()
    return node


def _density_container(root: etree._Element) -> etree._Element | None:
    """The element most text runs of the page credit (readability-style)."""
    scores: dict[etree._Element, float] = {}
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag in _DENSITY_SKIP:
            continue
        for run, owner in ((element.text, element), (element.tail, element.getparent())):
            if owner is None or not run or len(run.strip()) < _MIN_RUN:
                continue
            if owner.tag == "a" or _in_chrome(owner):
                continue
            block = _credited_block(owner)
            if block is None:
                continue
            weight = len(run.strip())
            for factor, target in ((1.0, block), (1.0, block.getparent()), (0.5, _grand(block))):
                if target is not None:
                    scores[target] = scores.get(target, 0.0) + weight * factor
    if not scores:
        return None
    return max(scores.items(), key=lambda item: item[1])[0]


def _grand(element: etree._Element) -> etree._Element | None:
    parent = element.getparent()
    return parent.getparent() if parent is not None else None


def _in_chrome(element: etree._Element) -> bool:
    node: etree._Element | None = element
    for _ in range(6):
        if node is None:
            return False
        if isinstance(node.tag, str) and node.tag in _DENSITY_SKIP:
            return True
        node = node.getparent()
    return False


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


def find_container(root: etree._Element) -> etree._Element:
    """The element that holds the release (the page's body when nothing better is found)."""
    hinted = _hinted_container(root)
    if hinted is not None:
        return _article_around(hinted)
    dense = _density_container(root)
    if dense is not None and _text_length(dense) >= MIN_CONTAINER_CHARS:
        return _article_around(dense)
    body = root.find("body")
    return body if body is not None else root
