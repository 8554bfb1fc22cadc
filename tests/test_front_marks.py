"""The text front end's plain-line test reads an ASCII line's marks off its bytes: the same
answer as `_MARKS`' scan; and a plain line is made as the named tuple's constructor makes it."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from prparse._blocks import Hint
from prparse._markdown import (
    _ASCII_MARKS,
    _MARKS,
    CleanLine,
    _clean_marked,
    _holds_mark,
    _is_rule,
    clean_line,
)


def test_the_ascii_marks_are_the_patterns() -> None:
    assert bytes(c for c in range(128) if _MARKS().match(chr(c))) == bytes(sorted(_ASCII_MARKS))


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_an_ascii_text_holds_a_mark_as_the_pattern_finds(text: str) -> None:
    assert _holds_mark(text) == (_MARKS().search(text) is not None)


@given(st.text())
def test_any_text_holds_a_mark_as_the_pattern_finds(text: str) -> None:
    assert _holds_mark(text) == (_MARKS().search(text) is not None)


def test_a_plain_line_is_the_named_tuple() -> None:
    line = clean_line(" Acme today announced the Picker X. ", 7)
    text = "Acme today announced the Picker X."
    expected = CleanLine(text, " " + text + " ", 7, 43, Hint.PARAGRAPH, finished=(text, False))
    assert line == expected and type(line) is CleanLine


_LINK_TEXT = st.one_of(
    st.text(alphabet=st.sampled_from([*"Acme Nw.,:'!1-", "é"])),
    st.text(alphabet=st.sampled_from([*"Acme Nw.,:'!#1-*_&<>[]()|\\\"", "\u00a0", "é"])),
)
_TARGET = st.one_of(
    st.text(alphabet=st.sampled_from([*"htps:/w.acme-x#?=<>_ \"'()[]\\"])),
    st.just("#"),
    st.just("javascript:void"),
)
_SPACES = st.sampled_from(["", " ", "  ", "\t", " \u00a0"])


@given(
    _SPACES,
    _LINK_TEXT,
    _TARGET,
    st.sampled_from(["", " ", ' "A title"', ">"]),
    _SPACES,
    st.booleans(),
)
def test_a_link_line_reads_as_the_full_path_reads_it(
    before: str, text: str, target: str, title: str, after: str, in_table: bool
) -> None:
    raw = f"{before}[{text}]({target}{title}){after}"
    expected = _clean_marked(raw, 5, 5 + len(raw), in_table=in_table)
    assert clean_line(raw, 5, in_table=in_table) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "[Original/Source Press Release](https://www.example.com/press-release/509160/)",
        "  [Newsramp.com TLDR](https://newsramp.com/curated-news/x)  ",
        "[Acme](#)",
        "[Acme](javascript:void(0))",
        "[Acme](<https://acme.example/>)",
        "[Acme]( https://acme.example/ )",
        '[Acme](https://acme.example/ "Acme")',
        "[Acme](https://acme.example/) and more",
        "[Acme](https://acme.example/))",
        "[&amp; Acme](https://acme.example/)",
        "[Acme*](https://acme.example/)",
    ],
)
def test_a_link_line_example_reads_as_the_full_path_reads_it(raw: str) -> None:
    assert clean_line(raw, 0) == _clean_marked(raw, 0, len(raw), in_table=False)


_HEADING_TEXT = st.one_of(
    st.text(alphabet=st.sampled_from([*"Acme Nw.,:'!1-#", "é", "\xad"])),
    st.text(alphabet=st.sampled_from([*"Acme N#-*_&[]()|\\", "\u00a0", "\t", "\u2028"])),
)
_INDENT = st.sampled_from(["", " ", "   ", "    ", "\t", "\u00a0", " \x1c"])


@given(_INDENT, st.integers(min_value=0, max_value=8), _SPACES, _HEADING_TEXT, _SPACES)
def test_a_heading_line_reads_as_the_full_path_reads_it(
    indent: str, level: int, gap: str, text: str, after: str
) -> None:
    raw = f"{indent}{'#' * level}{gap}{text}{after}"
    if not raw.strip():
        return
    assert clean_line(raw, 2) == _clean_marked(raw, 2, 2 + len(raw), in_table=False)


@pytest.mark.parametrize(
    "raw",
    [
        "# Iron+Steel Threads: New Hockey Brand",
        "   ### Acme Unveils the Picker X",
        "    # Indented four: code, no heading",
        "####### Seven hashes",
        "## Acme ##",
        "## C#",
        "##Glued to its hashes",
        "#hashtag",
        "# - A bulleted heading",
        "# Acme &amp; Co",
        "#\u00a0Acme",
        "# ",
    ],
)
def test_a_heading_example_reads_as_the_full_path_reads_it(raw: str) -> None:
    assert clean_line(raw, 0) == _clean_marked(raw, 0, len(raw), in_table=False)


_MARKER = st.sampled_from([*"*+-•·▪●◦■□☐➢➤►o#>|\\1", "--", "\\*", "1.", "12)"])


@given(_INDENT, _MARKER, _SPACES, _HEADING_TEXT, _SPACES, st.booleans())
def test_a_list_item_reads_as_the_full_path_reads_it(
    indent: str, marker: str, gap: str, text: str, after: str, in_table: bool
) -> None:
    raw = f"{indent}{marker}{gap}{text}{after}"
    if not raw.strip() or _is_rule(raw.strip()):
        return  # a blank line, a rule: read before either path
    expected = _clean_marked(raw, 2, 2 + len(raw), in_table=in_table)
    assert clean_line(raw, 2, in_table=in_table) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "* Acme",
        "  - Acme Corp.",
        "• Acme",
        "o Acme",
        "or contact:",
        "*Acme*",
        "-- Acme",
        "* | Acme |",
        "* [Acme](https://acme.example/)",
        "☐ Acme",
        "*\u00a0Acme",
    ],
)
def test_a_list_item_example_reads_as_the_full_path_reads_it(raw: str) -> None:
    assert clean_line(raw, 0) == _clean_marked(raw, 0, len(raw), in_table=False)
