"""The malformed-HTML check: words a tag-stripper finds that lxml's parse loses."""

from __future__ import annotations

import html
import random
from collections import Counter

import pytest

from prparse._html import html_page
from prparse._malformed import _differing_runs, _unescape, _words, html_text_lost

_VOCABULARY = ["Acme", "acme", "said", "the", "İstanbul", "Straße", "a", "x_y", "2024", "news"]


def _text(tokens: list[str]) -> str:
    return " ".join(tokens)


@pytest.mark.parametrize("seed", range(200))
def test_words_both_texts_start_or_end_with_cancel_out(seed: int) -> None:
    rng = random.Random(seed)
    common = [rng.choice(_VOCABULARY) for _ in range(rng.randrange(0, 30))]
    cut = rng.randrange(0, len(common) + 1)
    first = [rng.choice(_VOCABULARY) for _ in range(rng.randrange(0, 6))]
    second = [rng.choice(_VOCABULARY) for _ in range(rng.randrange(0, 6))]
    shown = _text(common[:cut] + first + common[cut:])
    parsed = _text(common[:cut] + second + common[cut:])
    found, kept = _differing_runs(shown, parsed)
    assert _words(found) - _words(kept) == _words(shown) - _words(parsed)
    assert Counter(found.split()) - Counter(kept.split()) == Counter(shown.split()) - Counter(
        parsed.split()
    )


_PAGE = (
    "<html><head><title>Acme opens a plant</title></head><body>{broken}<p>NEW YORK -- "
    + "Acme Corp. said today that its new plant in Ohio opens in March. " * 4
    + "</p><p>The plant employs 300 people.</p></body></html>"
)


@pytest.mark.parametrize(
    "broken",
    ["", "<!-- teaser ", "<script>var x = 1;", '<div class="lead>', "</body></html>", "<title>x"],
)
def test_the_front_ends_tree_gives_the_verdict_a_parse_of_its_own_gives(broken: str) -> None:
    page = _PAGE.format(broken=broken)
    _, parsed = html_page(page)
    assert parsed is not None
    assert html_text_lost(page, parsed) == html_text_lost(page)


def test_unescape_matches_html_unescape_around_the_common_references() -> None:
    for text in (
        "&nbsp;&nbsp",
        "&&nbsp;;",
        "&amp;nbsp;",
        "&#1600;&#160;",
        "&#160&#160;",
        "&nbsp;x&nbspy &copy; &#x41;",
        "&#x&nbsp;",
        "caf\u00e9 &nbsp; &#160;",
        "no references",
    ):
        assert _unescape(text) == html.unescape(text)
