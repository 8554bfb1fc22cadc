"""The HTML path's shortcuts give what the plain forms they stand for give.

Patterns written for speed (a lookahead on a name's first letter, a search for a `>`
before the next `<`) match where the plain patterns do; `text_nodes` is `itertext`;
the survey's inlined reading of attributes finds the chrome `is_chrome` finds; a table
row's kind and text are what reading its text piece by piece gave.
"""

from __future__ import annotations

import random
import re
import sys

import pytest
from lxml import etree

from prparse._coverage import _OPENER, _TAG
from prparse._html import PARSER
from prparse._html_page import _survey, is_chrome, text_nodes
from prparse._html_walk import _row_kind
from prparse._malformed import _HIDDEN_START, _POSSESSIVE_TAG_PATTERN, _TAG_PATTERN

PLAIN_TAG = re.compile(r"<[^<>]{0,2000}>")
PLAIN_OPENER = re.compile(r"<(script|style|noscript|template)|<!--", re.IGNORECASE | re.ASCII)
PLAIN_HIDDEN_START = re.compile(
    r"<!--|<(script|style|template|noembed|noframes|iframe)\b[^>]*>", re.IGNORECASE
)
PIECES = [
    "<", ">", "/", "!--", " ", "\n", "x", "-", "s", "n", "t", "script", "SCRIPT", "style",
    "noscript", "TEMPLATE", "iframe", "nOeMbed", "noframes", "\u017ftyle", "\u0130frame",
]


def _random_markup(rng: random.Random) -> str:
    return "".join(rng.choice(PIECES) for _ in range(rng.randrange(1, 14)))


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], str | None]]:
    return [(match.span(), match.group(match.re.groups) if match.re.groups else None)
            for match in pattern.finditer(text)]


@pytest.mark.parametrize("seed", range(4))
def test_fast_patterns_match_where_the_plain_ones_do(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(5000):
        text = _random_markup(rng)
        assert _spans(_TAG, text) == _spans(PLAIN_TAG, text), text
        assert _spans(_OPENER, text) == _spans(PLAIN_OPENER, text), text
        assert _spans(_HIDDEN_START, text) == _spans(PLAIN_HIDDEN_START, text), text


TAG_PIECES = [*'<>/="\' \n\taB!?-x', "<a", "</b>", '="', "<!", "\u0130", "\x1c", "\xa0"]


@pytest.mark.skipif(sys.version_info < (3, 11), reason="possessive runs are Python 3.11's")
@pytest.mark.parametrize("bound", [0, 1, 3, 2000])
def test_the_possessive_tag_pattern_matches_where_the_plain_one_does(bound: int) -> None:
    plain = re.compile(_TAG_PATTERN.replace("{0,2000}", f"{{0,{bound}}}"))
    possessive = re.compile(_POSSESSIVE_TAG_PATTERN.replace("{0,2000}", f"{{0,{bound}}}"))
    rng = random.Random(bound)
    for _ in range(20000):
        text = "".join(rng.choice(TAG_PIECES) for _ in range(rng.randrange(1, 30)))
        assert possessive.sub("|", text) == plain.sub("|", text), text


@pytest.mark.parametrize("inside", [1999, 2000, 2001, 5000])
def test_a_tag_is_at_most_2000_characters_between_its_brackets(inside: int) -> None:
    text = f"a <{'x' * inside}> b <{'y' * (inside // 2)}<p> c"
    assert _TAG.sub("|", text) == PLAIN_TAG.sub("|", text)


def _tree(markup: str) -> etree._Element:
    return etree.fromstring(markup.encode("utf-8"), PARSER)


PAGE = (
    "<html><head><title>T</title><script>var a = '<p>';</script></head><body>"
    "<div class='nav-menu'>Menu</div><p style='DISPLAY : NONE'>gone</p>"
    "<p style='di\u017fplay:none'>gone too</p><p style='color: red'>shown</p>"
    "<span hidden>h</span><span itemprop='Breadcrumb'>b</span><article class='article-body'>"
    "<p>Text &amp; more<!-- a comment --> after<b>bold</b> tail</p>"
    "<table><tr><td>A</td><td><a href='mailto:x@example.com'>write</a></td></tr>"
    "<tr><td>" + "long text " * 250 + "</td></tr>"
    "<tr><td><table><tr><td>nested</td></tr></table></td></tr></table>"
    "<header>h</header><footer class='x'>f</footer></article><footer>page foot</footer>"
    "</body></html>"
)


def test_text_nodes_are_itertext() -> None:
    root = _tree(PAGE)
    for element in root.iter():
        assert text_nodes(element) == list(map(str, element.itertext()))


def test_the_survey_finds_the_chrome_is_chrome_finds() -> None:
    root = _tree(PAGE)
    _, _, _, chrome_in = _survey(root)
    chrome = chrome_in(root)
    assert set(chrome) == {element for element in root.iter() if is_chrome(element)}


def test_row_kinds_and_pieces() -> None:
    rows = list(_tree(PAGE).iter("tr"))
    kinds = []
    for row in rows[:4]:
        pieces: list[str] = []
        kinds.append(_row_kind(row, pieces, set()))
        if kinds[-1] == "plain":
            assert pieces == list(map(str, row.itertext()))
    assert kinds == ["mixed", "layout", "layout", "plain"]
