"""Where the release sits in a wire's page, and what around it is page chrome.

Schema:

- `CONTAINERS`: `ContainerHint`s tried in order (each wire's own from its
  row of `_data.wires`, then the sites reprinting releases); the first that matches
  an element holding at least `MIN_CONTAINER_CHARS` of text is the
  release's container (found by the page survey, `_html_page._survey`: the
  elements of the hinted tags, and the `class` and `id` values libxml2 reads
  for the whole page, each distinct value decided once).
  Each names the site (or layout) it was seen on.
- `CHROME_TAGS`: elements dropped with everything inside them.
- `CHROME_TOKENS`: a `class`/`id` token (split on spaces, `-` and `_`)
  equal to one of these marks an element as chrome.
- `CHROME_PREFIXES`: a whole `class`/`id` token starting with one of these
  marks it too (`share-buttons`, `cookie-banner`).

Sources: the pages of the dev corpus (PR Newswire 2020 page saved by
jshemas/openGraphScraperPages; SYS-CON re-publications of Business Wire and
JCN from smallrivers/snacktory's tests; iwrpressedienst.de from
adbar/trafilatura's evaluation set; finanznachrichten.de carrying Newsfile;
podnews.net; news.utexas.edu; trendkraft.de; Yahoo's mobile page carrying
ACCESSWIRE), and the containers the wires' own pages use as publicly
documented by scrapers of them: PR Newswire `release-body` (2019+) and
`news-release` / `release-text` (2016), GlobeNewswire `main-body-container`,
Business Wire `bw-release-story`, EIN Presswire `article_column`,
ACCESSWIRE `articlebody`, Newsfile `release-body`. A hint that matches
nothing costs nothing; a hint that matches the wrong element
is caught by the text-size floor and the generic fallback.
"""

from __future__ import annotations

from typing import NamedTuple

from .wires import WIRES


class ContainerHint(NamedTuple):
    """One place a site keeps its release: an element with a class token or an id."""

    site: str
    """Where the layout was seen."""
    tag: str
    """The element's tag, `*` for any."""
    attribute: str
    """`class` (one of its space-separated tokens), `id` (the whole value) or `tag` (the tag)."""
    value: str


MIN_CONTAINER_CHARS = 200

_SITE_CONTAINERS: tuple[ContainerHint, ...] = (
    # Yahoo's mobile page reprinting ACCESSWIRE releases.
    ContainerHint("Yahoo mobile reprint", "*", "id", "cardview_article"),
    # finanznachrichten.de reprinting Newsfile releases.
    ContainerHint("finanznachrichten.de", "*", "id", "W459"),
    # SYS-CON sites re-publishing Business Wire / JCN releases.
    ContainerHint("SYS-CON", "*", "class", "storybody"),
    ContainerHint("SYS-CON story", "*", "id", "mainpanel"),
    # podnews.net press releases (h-entry microformat).
    ContainerHint("microformat h-entry", "article", "class", "h-entry"),
    # NITF feed XML (AP's Business Wire feed): the whole <nitf> document.
    ContainerHint("NITF", "nitf", "tag", "nitf"),
    # University and government newsrooms (WordPress themes, Drupal).
    ContainerHint("newsroom article-body", "*", "class", "article-body"),
    ContainerHint("Drupal body field", "*", "class", "field--name-body"),
)

CONTAINERS: tuple[ContainerHint, ...] = (
    *(ContainerHint(*hint) for wire in WIRES for hint in wire.containers),  # the wires' own pages
    *_SITE_CONTAINERS,
)
"""The wires' own layouts (from their rows in `_data.wires`), then the sites reprinting them."""

CHROME_TAGS: frozenset[str] = frozenset(
    {
        "script", "style", "noscript", "nav", "aside", "form", "iframe", "svg",
        "button", "select", "textarea", "input", "template", "object", "embed",
        "video", "audio", "canvas", "map", "head", "title", "link", "meta", "figcaption",
        # NITF metadata: the document data and its own dateline/byline elements
        # (the release's text repeats them; `PageMeta` keeps date and dateline).
        "docdata", "dateline", "byline", "distributor",
    }
)
"""Dropped wherever they are; `header` and `footer` are dropped outside the container."""

PAGE_CHROME_TAGS: frozenset[str] = frozenset({"header", "footer"})

CHROME_TOKENS: frozenset[str] = frozenset(
    {
        "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs",
        "sidebar", "share", "sharing", "social", "cookie", "cookies",
        "consent", "gdpr", "related", "recommended", "newsletter", "subscribe",
        "advert", "advertisement", "ads", "ad", "banner", "popup", "modal",
        "comment", "comments", "skip", "toolbar", "pagination",
        "pager", "tags", "taglist", "widget", "promo", "sponsored", "teaser",
        "tease", "outbrain", "taboola", "disqus", "login", "signup", "search",
        "offcanvas", "dropdown",
        "stream", "previously", "masthead", "topbar", "caption",
        "bildunterschrift", "figcaption", "byline", "authorbio", "meta",
        # SYS-CON story pages: category, byline, date, footer around the story.
        "storycategory", "writtenby", "storydatetime", "storyfooter",
        # podnews.net: the podcast cards the site renders under a release.
        "artblock",
    }
)

CHROME_ITEMPROPS: frozenset[str] = frozenset({"breadcrumb", "keywords"})
"""schema.org microdata properties that mark navigation, not text."""

CHROME_PREFIXES: tuple[str, ...] = (
    "share", "social", "cookie", "related", "breadcrumb", "newsletter",
    "advert", "sidebar", "navbar", "menu", "comment", "recommend",
)

# `class` tokens (split on spaces, `-` and `_`) of a page's deck under its main heading,
# outside the release's container: `<p class="subtitle">`, `<div class="dek">`.
DECK_TOKENS: frozenset[str] = frozenset(
    {"subtitle", "subheadline", "subhead", "subheading", "deck", "dek", "standfirst", "summary"}
)
