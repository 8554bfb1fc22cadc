"""The shortcuts of the cut and the cues give the answers of the reads they spare."""

from __future__ import annotations

import pytest

from prparse import _cues, _cut, _dates
from prparse._dateline import find_dateline, find_dateline_inside
from prparse._literals import literal_head

_INSIDE = (
    "Read more news for August 2022 PR Newswire BETHESDA, Md., Aug. 11, 2022 /PRNewswire/ -- "
    "Acme Corp. today announced results."
)


def test_inside_search_is_the_anywhere_search_past_the_opening() -> None:
    assert find_dateline(_INSIDE) is None
    assert find_dateline_inside(_INSIDE) == find_dateline(_INSIDE, anywhere=True)


@pytest.mark.parametrize(
    "text",
    [
        "Acme Corp. is a leading maker of widgets.",
        "Acme, a leading maker of widgets, said today.",
        "“Acme Holdings are the one of a kind.",
        "This is a sentence about nothing.",
        "The weather was fine and sunny all day long.",
        "Acme " + "x" * 158 + " is a maker.",
        "Acme " + "x" * 170 + " is a maker.",
    ],
)
def test_issuer_description_prefilter_keeps_the_pattern_answer(text: str) -> None:
    expected = _cues._ISSUER_DESCRIPTION.match(text) is not None
    assert _cues.opens_issuer_description(text) is expected


def test_dateparser_answer_is_read_once_per_text() -> None:
    first = _dates._parse_with_dateparser("Fiscal 2026 24", _dates.DEFAULT_LANGUAGES)
    assert first is None
    again = _dates._parse_with_dateparser("Fiscal 2026 24", _dates.DEFAULT_LANGUAGES)
    assert again is None
    assert _dates._dateparser_date.cache_info().hits >= 1


@pytest.mark.parametrize(
    ("pattern", "head"),
    [
        (r"Hashtag:\s*#", "Hashtag:"),
        ("The issuer is solely responsible", "The issuer is solely responsible"),
        ("Acmes?", "Acme"),
        ("Ac{2}", "A"),
        (r"x\.y", "x"),
        ("Acme|Widget", ""),
        ("(?i)acme", ""),
        ("", ""),
    ],
)
def test_literal_head_starts_every_match(pattern: str, head: str) -> None:
    assert literal_head(pattern) == head


def test_footer_gates_find_what_the_openings_find() -> None:
    text = "... the region.  Hashtag: #HKUSTThe issuer is solely responsible for the content"
    for head, line in _cut._FOOTER_GATES:
        found = line.search(text)
        assert head in text
        assert found is not None
        assert found.group().startswith(head)
