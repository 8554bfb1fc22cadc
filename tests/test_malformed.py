"""The malformed-HTML check: words a tag-stripper finds that lxml's parse loses."""

from __future__ import annotations

import html
import random
from collections import Counter
from pathlib import Path

import pytest
from lxml import etree

from prparse._html import PARSER, html_page
from prparse._malformed import (
    _UNSHOWN,
    _differing_runs,
    _stripped_text,
    _unescape,
    _words,
    html_text_lost,
)

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
    _, tree = html_page(page)
    assert tree is not None
    assert html_text_lost(page, tree) == html_text_lost(page)


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


_FIXTURE_PAGES = sorted(Path(__file__).parent.parent.joinpath("fixtures").glob("*.html"))
_BREAKS = ["", "<!-- teaser ", "<script>var x = 1;", '<a href="x>', "<title>", "<!DOCTYPE html>"]


def _lost_by_words(page: str) -> bool:
    """The verdict counted word by word over the whole of both readings (no shortcut)."""
    root = etree.fromstring(page.encode("utf-8", errors="replace"), PARSER)
    etree.strip_elements(root, *_UNSHOWN, with_tail=False)
    shown = " ".join(_stripped_text(page).split())
    parsed = " ".join(" ".join(map(str, root.itertext())).split())
    found, kept = _differing_runs(shown, parsed)
    lost = sum((_words(found) - _words(kept)).values())
    return lost >= 25 and lost * 20 >= sum(_words(shown).values())


@pytest.mark.parametrize("path", _FIXTURE_PAGES, ids=lambda path: path.stem)
def test_the_same_characters_shortcut_gives_the_word_by_word_verdict(path: Path) -> None:
    page = path.read_text(encoding="utf-8", errors="replace")
    for number, broken in enumerate(_BREAKS):
        at = page.find("<", len(page) * number // len(_BREAKS))
        changed = page if at < 0 else page[:at] + broken + page[at:]
        assert html_text_lost(changed) == _lost_by_words(changed), broken
