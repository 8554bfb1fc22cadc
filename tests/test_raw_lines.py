"""A source's lines read by built-ins (`_raw_lines`' shortcut) are the lines read one by
one, crammed ones split and bylines cut off."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from prparse._text import (
    _CRAMMED_LINE,
    _raw_lines,
    _split_byline,
    _split_crammed,
)


def _raw_lines_line_by_line(source: str) -> list[tuple[str, int]]:
    """`_raw_lines` as each line is read in turn (the reference for its shortcut)."""
    texts = source.split("\n")
    if not texts[-1]:
        texts.pop()
    lines: list[tuple[str, int]] = []
    pos = 0
    for text in texts:
        if len(text) > _CRAMMED_LINE:
            lines += _split_crammed(text, pos)
        elif "**" in text or "By:" in text:
            lines += _split_byline(text, pos)
        else:
            lines.append((text, pos))
        pos += len(text) + 1
    return lines


_SOURCE = st.lists(
    st.one_of(
        st.text(alphabet=st.sampled_from([*"Ab .By:*\t"]), max_size=40),
        st.just("**A bold title of the release** Accesswire Monday, July 13, 2015"),
        st.just("A portal title of the release By: Business Wire Aug. 28, 2015"),
        st.just("Crammed.   " * 200),
    ),
    max_size=8,
).map("\n".join)


@given(_SOURCE, st.booleans())
def test_the_lines_are_read_as_line_by_line(source: str, final_break: bool) -> None:
    source += "\n" if final_break else ""
    assert _raw_lines(source) == _raw_lines_line_by_line(source)
