"""`Locator.needless` (its reaches read once per tag and line, its largest lines read in
stretches) yields the counts the plain reading of its rule yields, on pages of every shape:
many elements on a line, scripts and styles on one line, lines out of order."""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterator, Sequence

import pytest
from lxml import etree

from prparse._html import PARSER
from prparse._html_offsets import _RAW_TEXT, _TAG_LINES, Locator

_PIECES = [
    "<div>", "</div>", "<p>", "</p>", "<span class='a'>", "</span>", "<br>",
    "<script>var a = '<p>';</script>", "<style>p { color: red }</style>", "<b>", "</b>",
    "<title>T</title>", "<noscript><p>x</p></noscript>", "<textarea>t</textarea>", "text",
    "<!-- <p> -->", "<table><tr><td>c</td></tr></table>", "\n", "\n", "\n", " ",
]  # fmt: skip


def _plain_needless(
    locator: Locator, elements: list[etree._Element], tags: Sequence[object], most: int,
    then: etree._Element,
) -> Iterator[int]:  # fmt: skip
    """The counts, read as the rule states them (the reference)."""
    numbers = [element.sourceline for element in elements]
    numbers.append(then.sourceline)
    reliable = locator.reliable_lines
    low = [n if isinstance(n, int) and 1 <= n < reliable else 0 for n in numbers]
    high = [n or reliable for n in low]
    raw = [(i, locator.bounds(elements[i])[1]) for i in range(most) if tags[i] in _RAW_TEXT]
    for count in range(most, 0, -1):
        far = max(high[:count])
        earliest = min(low[count:])
        reaches = [reach for i, reach in raw if i < count]
        if far + _TAG_LINES < earliest and (
            not reaches or max(reaches) <= locator.search_start(earliest)
        ):
            yield count


def _page(seed: int) -> str:
    rng = random.Random(seed)
    body = "".join(rng.choice(_PIECES) for _ in range(rng.randrange(20, 400)))
    return f"<html><head>{body[: len(body) // 3]}</head><body>{body}<p>end</p></body></html>"


@pytest.mark.parametrize("seed", range(60))
def test_needless_yields_what_the_rule_states(seed: int) -> None:
    text = _page(seed)
    root = etree.fromstring(text.encode(), PARSER)
    elements = list(root.iter())
    rng = random.Random(seed)
    for _ in range(5):
        split = rng.randrange(1, len(elements))
        before, then = elements[:split], elements[split]
        tags = [element.tag for element in before]
        for most in {0, 1, split // 2, split}:
            locator = Locator(text, 0, len(text))
            got = list(locator.needless(before, tags, most, then))
            want = list(_plain_needless(locator, before, tags, most, then))
            assert got == want, (seed, split, most)


def test_needless_on_a_long_head_of_one_line_scripts() -> None:
    head = "<script>a()</script>" * 40 + "\n" * 5 + "<meta name='x'>\n" * 300
    text = f"<html><head>{head}</head><body><div>\n<p>text</p></div>\n</body></html>\n"
    root = etree.fromstring(text.encode(), PARSER)
    elements = list(itertools.takewhile(lambda e: e.tag != "p", root.iter()))
    then = next(root.iter("p"))
    tags = [element.tag for element in elements]
    locator = Locator(text, 0, len(text))
    got = list(locator.needless(elements, tags, len(elements), then))
    assert got == list(_plain_needless(locator, elements, tags, len(elements), then))
    assert got  # the scripts' line is far enough from the paragraph's
