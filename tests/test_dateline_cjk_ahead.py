"""The place reader's test for a CJK word ahead (`_CJK_WORD_AHEAD_RE`) answers as the
two-step reading it replaced: the first character after the gap, or after the next token
and its spaces."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from prparse import _dateline

_GAP = re.compile(r"[\s,]*")
_TOKEN_AND_SPACE = re.compile(r"\S*\s+")


def _two_steps(text: str, pos: int) -> bool:
    start = _GAP.match(text, pos).end()  # type: ignore[union-attr]
    after = _TOKEN_AND_SPACE.match(text, start)
    heads = text[start : start + 1] + (text[after.end() : after.end() + 1] if after else "")
    return any("\u3040" <= head <= "\ud7af" for head in heads)


_PIECES = st.sampled_from([" ", ",", "\u3000", "\n", "and", "東京", "서울", "Tokyo", "a", "ー"])


@given(st.lists(_PIECES, max_size=8).map("".join))
def test_the_pattern_answers_as_the_two_steps(text: str) -> None:
    for pos in range(len(text) + 1):
        found = _dateline._CJK_WORD_AHEAD_RE.match(text, pos) is not None
        assert found is _two_steps(text, pos), (text, pos)
