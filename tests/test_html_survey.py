"""The page survey, read by kind (tags, then each attribute's values), finds what reading
the page element by element finds: the chrome `is_chrome` finds, whether the page has
any, and the hinted container (the best hint's element with the most text, the first in
the page of those with as much). The density search, skipping links' subtrees, finds
the block that crediting every text run from its ancestors finds."""

from __future__ import annotations

import random

import pytest
from lxml import etree

from prparse._data.html_hints import MIN_CONTAINER_CHARS
from prparse._html import PARSER
from prparse._html_page import (
    _CREDITED,
    _DENSITY_SKIP,
    _DOCUMENT_TAGS,
    _MIN_RUN,
    _density_container,
    _hint_rank,
    _survey,
    _text_length,
    is_chrome,
)

# A parser that keeps comments and processing instructions (the survey's chrome too).
KEEPING = etree.HTMLParser(recover=True, no_network=True, encoding="utf-8")

TAGS = [
    "div", "div", "p", "span", "section", "article", "td", "li", "a", "b", "nav", "header",
    "footer", "aside", "form", "noscript", "script", "h1", "h2", "nitf", "main", "font",
]
CLASSES = [
    "", "article-body", "release-body", "storybody", "h-entry", "field--name-body",
    "nav-menu", "Share-Buttons", "sidebar", "body-text", "related_links", "x MENU",
    "article-body sidebar", "release-body big", "newsdiv", "cookie", "menu\x0c", "x\x01",
]
IDS = ["", "mainpanel", "W459", "release-body", "navbar", "footer-menu", "story", "menu x"]
STYLES = [
    "", "color: red", "DISPLAY : NONE", "di\u017fplay:none", "visibility:hidden",
    "display:block", "margin:0", "display:none\x0c", "display:\x01none", "color:\x1f",
]
ITEMPROPS = ["", "Breadcrumb", "keywords", "name"]
TEXTS = ["", "short", "x" * 30, "word " * 50, "long text " * 40]


def _attributes(rng: random.Random) -> str:
    parts = []
    for name, values in (("class", CLASSES), ("id", IDS), ("style", STYLES),
                         ("itemprop", ITEMPROPS)):
        if rng.random() < 0.35:
            parts.append(f' {name}="{rng.choice(values)}"')
    if rng.random() < 0.05:
        parts.append(" hidden")
    return "".join(parts)


def _markup(rng: random.Random, depth: int) -> str:
    if depth > 4 or rng.random() < 0.25:
        return rng.choice(TEXTS)
    tag = rng.choice(TAGS)
    inner = "".join(_markup(rng, depth + 1) for _ in range(rng.randrange(1, 4)))
    if rng.random() < 0.2:  # the same block twice over: equal text, a tie to break
        inner = f"<{tag}{_attributes(rng)}>{inner}</{tag}>"
    extra = "<!-- note --><?pi x?>" if rng.random() < 0.1 else ""
    return f"<{tag}{_attributes(rng)}>{extra}{inner}</{tag}>{rng.choice(TEXTS)}"


def _page(rng: random.Random) -> str:
    body = "".join(_markup(rng, 0) for _ in range(rng.randrange(1, 6)))
    return f"<html><head><title>T</title></head><body>{body}</body></html>"


def _plain_survey(
    root: etree._Element,
) -> tuple[etree._Element | None, bool, set[etree._Element]]:
    """The survey read element by element, the plain way."""
    chrome = {element for element in root.iter() if is_chrome(element)}
    page_chrome = any(
        isinstance(element.tag, str) and element.tag not in _DOCUMENT_TAGS for element in chrome
    )
    found = []
    for order, element in enumerate(root.iter()):
        if not isinstance(element.tag, str):
            continue
        rank = _hint_rank(element.tag, element.get("class") or "", element.get("id") or "")
        if rank is not None:
            found.append((rank, order, element))
    for rank in sorted({rank for rank, _, _ in found}):
        lengths = [(_text_length(e), -order, e) for r, order, e in found if r == rank]
        length, _, best = max(lengths, key=lambda item: item[:2])
        if length >= MIN_CONTAINER_CHARS:
            return best, page_chrome, chrome
    return None, page_chrome, chrome


@pytest.mark.parametrize("parser", [PARSER, KEEPING], ids=["parser", "keeping-comments"])
@pytest.mark.parametrize("seed", range(3))
def test_the_survey_finds_what_reading_each_element_finds(
    parser: etree.HTMLParser, seed: int
) -> None:
    rng = random.Random(seed)
    for _ in range(300):
        markup = _page(rng)
        root = etree.fromstring(markup.encode("utf-8"), parser)
        hinted, length, page_chrome, chrome_in = _survey(root)
        chrome = chrome_in(root)
        plain_hinted, plain_page_chrome, plain_chrome = _plain_survey(root)
        assert set(chrome) == plain_chrome, markup
        assert page_chrome == plain_page_chrome, markup
        assert hinted is plain_hinted, markup
        assert length == (_text_length(hinted) if hinted is not None else 0), markup
        for part in rng.sample(list(root.iter(etree.Element)), 3):  # the chrome within a part of it
            inside = set(part.iter())
            assert chrome_in(part) & inside == plain_chrome & inside, markup


def test_a_tie_goes_to_the_first_in_the_page() -> None:
    text = "word " * 60
    root = etree.fromstring(
        f"<html><body><div class='storybody'><div class='storybody'>{text}</div></div>"
        f"<p class='storybody'>{text}</p></body></html>".encode(),
        PARSER,
    )
    hinted, _, _, _ = _survey(root)
    assert hinted is not None and hinted is root.find("body/div")


def test_hiding_styles_are_all_found() -> None:
    styles = ["display:none", "display: none", "DISPLAY:NONE", "visibility:hidden\x0c"]
    root = etree.fromstring(
        ("<html><body>" + "".join(f"<p style='{s}'>x</p><p style='color:red'>y</p>"
                                  for s in styles) + "</body></html>").encode(),
        PARSER,
    )
    _, _, _, chrome_in = _survey(root)
    chrome = chrome_in(root)
    assert {e.get("style") for e in chrome} == set(styles)


def test_the_densest_block_gets_its_runs_its_parent_and_half_its_grandparent() -> None:
    root = etree.fromstring(
        b"<html><body><section><div><p>" + b"a long enough text run " * 3 + b"</p></div>"
        b"<div><a href='x'><p>" + b"a link's text, not counted " * 9 + b"</p></a></div>"
        b"</section></body></html>",
        PARSER,
    )
    assert _density_container(root) is root.find("body/section/div/p")  # (first of equals)


def _excluded(element: etree._Element) -> bool:
    """Whether a text run of this element credits nothing: it or an ancestor is a link or
    skipped."""
    return any(
        not isinstance(node.tag, str) or node.tag in _DENSITY_SKIP or node.tag == "a"
        for node in (element, *element.iterancestors())
    )


def _plain_density(root: etree._Element) -> etree._Element | None:
    """Each run (a text, a tail) credited from its element's ancestors, in page order."""
    scores: dict[etree._Element, float] = {}

    def credit(owner: etree._Element, run: str | None) -> None:
        if run is None or len(run.strip()) < _MIN_RUN or _excluded(owner):
            return
        block = next(
            (node for node in (owner, *owner.iterancestors()) if node.tag in _CREDITED), None
        )
        if block is None:
            return
        parent = block.getparent()
        grand = parent.getparent() if parent is not None else None
        for factor, target in ((1.0, block), (1.0, parent), (0.5, grand)):
            if target is not None:
                scores[target] = scores.get(target, 0.0) + len(run.strip()) * factor

    def visit(element: etree._Element) -> None:
        credit(element, element.text)
        for child in element:
            if isinstance(child.tag, str):  # (the walk sees elements: a comment's tail unread)
                visit(child)
                credit(element, child.tail)

    visit(root)
    return max(scores.items(), key=lambda item: item[1])[0] if scores else None


@pytest.mark.parametrize("parser", [PARSER, KEEPING], ids=["parser", "keeping-comments"])
def test_the_density_search_finds_what_crediting_each_run_finds(parser: etree.HTMLParser) -> None:
    rng = random.Random(7)
    for _ in range(300):
        markup = _page(rng)
        root = etree.fromstring(markup.encode("utf-8"), parser)
        assert _density_container(root) is _plain_density(root), markup
