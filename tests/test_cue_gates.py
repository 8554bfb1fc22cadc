"""The block cues' gates give the patterns' own answers: the characters a family of lines can
open with, and words counted in bytes for texts past ASCII."""

from __future__ import annotations

import random
import re
import string

import pytest

from prparse import _cues
from prparse._blocks import Block, Hint
from prparse._data import cues
from prparse._literals import FOLDED_ONTO, first_characters

_EVERY_CHARACTER = "".join(chr(code) for code in range(0x110000) if not 0xD800 <= code < 0xE000)
_WORD = re.compile(r"\w+")
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,}")


def _reference_word_count(text: str) -> int:
    count = len(_WORD.findall(text))
    return count + sum(len(run) // 2 - 1 for run in _UNSPACED.findall(text))


def test_folds_onto_ascii_letters_are_all_there_are() -> None:
    for letter in string.ascii_lowercase:
        matched = set(re.findall(letter, _EVERY_CHARACTER, re.IGNORECASE))
        assert matched == {letter, letter.upper(), *FOLDED_ONTO.get(letter, "")}


@pytest.mark.parametrize(
    ("lines", "openers"),
    [
        (cues.MEDIA_LINK_LINES, _cues._MEDIA_LINK_OPENERS),
        (cues.RELEASE_END_LINES, _cues._RELEASE_END_OPENERS),
        (cues.CAPTION_STARTS, _cues._CAPTION_OPENERS),
    ],
)
def test_openers_are_what_the_family_can_start_with(
    lines: tuple[str, ...], openers: frozenset[str]
) -> None:
    first = first_characters(lines)
    assert first is not None
    matched = set(re.findall(f"[{re.escape(first)}]", _EVERY_CHARACTER, re.IGNORECASE))
    assert matched == openers


@pytest.mark.parametrize(
    "text",
    [
        "Logo - https://mma.prnewswire.com/media/1/acme.jpg",
        "PHOTO: www.acme.com/photo.jpg",
        "ıMAGE - https://x.com/a.png",
        "View original content: https://www.prnewswire.com/news/acme.html",
        "© 2020 GlobeNewswire, Inc.",
        "Photo courtesy of Acme",
        "(Photo: Business Wire)",
        "İmage: Acme",
    ],
)
def test_gated_cues_agree_with_their_patterns(text: str) -> None:
    for variant in (text, text.upper(), text.swapcase(), text.lower()):
        block = Block(text=variant, start=0, end=len(variant), hint=Hint.PARAGRAPH)
        stripped = variant.strip()
        assert _cues.media_link(block) is bool(_cues._MEDIA_LINK.fullmatch(stripped))
        assert _cues.release_end(block) is bool(_cues._RELEASE_END.fullmatch(stripped))
        opening = stripped.lstrip("[!(*_ ")
        expected = bool(
            _cues._CAPTION_START.match(opening) or _cues._CAPTION_ANYWHERE.search(stripped)
        )
        assert _cues.caption(block) is expected


@pytest.mark.parametrize("seed", range(4))
def test_word_count_is_the_runs_of_word_characters(seed: int) -> None:
    pool = "ab Z_9 .,-’”“—éüßÆ\u0301\u00a0\u200e漢字かなカナ한국\U0001f600ſK™€→\t\n"
    rnd = random.Random(seed)
    for _ in range(20_000):
        text = "".join(rnd.choice(pool) for _ in range(rnd.randint(0, 14)))
        for variant in (text, text.upper(), text.swapcase()):
            assert _cues.word_count(variant) == _reference_word_count(variant), variant


@pytest.mark.parametrize(
    "text",
    [
        "Die Nordex Group ist ein führender Hersteller von Windenergieanlagen.",
        "L’entreprise a été fondée en 1998 — à Paris.",
        "Café ² ½ naïve façade",
        "株式会社LAplustは東京に本社を置く",
        "Zürich\u0301 combining",
    ],
)
def test_word_count_past_ascii(text: str) -> None:
    assert _cues.word_count(text) == _reference_word_count(text)
