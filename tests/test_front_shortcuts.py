"""The text front end's and the cut's shortcuts give the full path's answer: lines split by
`str.split` where no carriage return stands, plain lines kept without the Markdown steps,
and the opening of a block that cannot be the dateline left unread where no full date can
stand in it."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from prparse import _markdown, _text
from prparse._blocks import Block, Hint
from prparse._cut import openings
from prparse._dateline import find_dateline
from prparse._facts import block_facts
from prparse._lazy import lazy_pattern
from prparse._markdown import clean_line
from prparse._text import _raw_lines, text_blocks

_LINE_END = re.compile(r"\r\n|\r|\n")


def _lines_as_found(source: str) -> list[tuple[str, int]]:
    """The lines with their offsets as a scan for each line end finds them (the reference)."""
    lines, pos = [], 0
    for match in _LINE_END.finditer(source + "\n"):
        if match.start() >= len(source) and pos == match.start():
            break  # the empty line after a final line break
        lines.append((source[pos : match.start()], pos))
        pos = match.end()
    return lines


# (what it shows, source)
EXAMPLES_LINE_ENDS = [
    ("Unix line ends", "Acme Corp.\n\nACME, Ohio -- Acme today announced ...\n"),
    ("Windows line ends", "Acme Corp.\r\n\r\nACME, Ohio -- Acme today announced ...\r\n"),
    ("old Mac line ends", "Acme Corp.\r\rACME, Ohio -- Acme today announced ...\r"),
    ("mixed, and no final break", "Title\r\n\nBody line one\rBody line two"),
    ("a carriage return before a blank line", "Title\r\r\n\nBody"),
    ("blank lines only", "\n\n \n"),
    ("nothing", ""),
    ("one line break", "\n"),
    ("a form feed is no line end here", "Page one\x0cPage two\nNext"),
]


@pytest.mark.parametrize(("why", "source"), EXAMPLES_LINE_ENDS)
def test_raw_lines_split_as_found(why: str, source: str) -> None:
    assert _raw_lines(source) == _lines_as_found(source), why


@pytest.mark.parametrize(("why", "source"), EXAMPLES_LINE_ENDS)
def test_offsets_point_into_the_source(why: str, source: str) -> None:
    for block in text_blocks(source):
        assert block.text.split()[0] in source[block.start : block.end], why


# Lines as releases write them: plain prose, and lines one mark away from plain.
EXAMPLES_LINES = [
    "Acme Corp. (NASDAQ: ACME) today announced record revenue of $12.4 million.",
    "“We are delighted,” said Jane Doe, Chief Executive Officer of Acme.",
    "of the company, which was founded in 1999 in Cleveland, Ohio.",
    "o  Revenue up 12 percent",
    "1. Revenue up 12 percent",
    "١. Revenue up 12 percent",
    "- Revenue up 12 percent",
    "# Acme Corp. Reports Results",
    "> A quotation set apart",
    "*** ",
    "Acme\u00a0Corp. today announced",
    "Acme  Corp. today announced",
    "Acme\tCorp.\ttoday announced",
    "Acme\x0bCorp. today announced",
    "Acme\u2028Corp. today announced",
    "Acme Corp.\u200b today announced",
    "Acme Corp. today announced ✅",
    "Revenue | Cost | Margin",
    "See [the report](https://acme.example/report) for details.",
    "ANITA &amp; ZAHA",
    "Acme_Corp today \\*announced\\*",
    "  Acme Corp. today announced  ",
    "___",
]


@pytest.mark.parametrize("line", EXAMPLES_LINES)
@pytest.mark.parametrize("in_table", [False, True])
def test_plain_line_shortcut_answers_as_the_markup_steps(
    line: str, in_table: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    shortcut = clean_line(line, 7, in_table=in_table)
    monkeypatch.setattr(_markdown, "_plain", lambda stripped: False)
    assert shortcut == clean_line(line, 7, in_table=in_table)


def test_plain_lines_take_the_shortcut() -> None:
    assert _markdown._plain(EXAMPLES_LINES[0])
    assert _markdown._plain(EXAMPLES_LINES[1])
    assert not _markdown._plain("1. Revenue up 12 percent")
    assert not _markdown._plain("Acme\u00a0Corp. today announced")


def _block(text: str, hint: Hint = Hint.PARAGRAPH, link_chars: int = 0) -> Block:
    return Block(text=text, start=0, end=len(text), hint=hint, link_chars=link_chars)


# Blocks that cannot be the release's dateline by their shape, and what they open with.
EXAMPLES_NOT_DATELINES = [
    ("a table row with a place and a wire", _block("Hörstel (ots) -", Hint.TABLE_ROW)),
    ("a table row with a closing place and date",
     _block("Greven, 12. März 2024", Hint.TABLE_ROW)),
    ("a rule", _block("", Hint.RULE)),
    ("a linked teaser", _block("BERLIN, March 5, 2024 -- Acme opens", link_chars=40)),
    ("a linked teaser without a year", _block("BERLIN (ots) - Acme opens", link_chars=20)),
    ("a scrap", _block("Mai")),
]


@pytest.mark.parametrize(("why", "block"), EXAMPLES_NOT_DATELINES)
def test_unread_opening_states_the_same_date(why: str, block: Block) -> None:
    read = block_facts([block], [find_dateline(block.text)])[0]
    found = block_facts([block], openings([block]))[0]
    assert (found.date_line, found.stated_date) == (read.date_line, read.stated_date), why


def test_opening_with_a_full_date_is_read() -> None:
    row = _block("Greven, 12. März 2024", Hint.TABLE_ROW)
    assert openings([row]) == [find_dateline(row.text)]


def test_opening_without_a_full_date_is_left_unread() -> None:
    row = _block("Hörstel (ots) -", Hint.TABLE_ROW)
    assert find_dateline(row.text) is not None
    assert openings([row]) == [None]


def test_every_odd_space_is_unprintable() -> None:
    """`clean_line` collapses spaces only where two stand in a row or one is unprintable."""
    spaces = _markdown._SPACES()
    odd = [chr(code) for code in range(0x3100) if spaces.fullmatch(chr(code))]
    assert odd
    assert [ch for ch in odd if ch != " " and ch.isprintable()] == []


def test_lazy_pattern_compiles_once_on_first_use() -> None:
    pattern = lazy_pattern(r"\bAcme\b", re.IGNORECASE)
    assert pattern() is pattern()
    assert pattern().search("ACME Corp.") is not None
    assert lazy_pattern(rb"\x00")().search(b"a\x00") is not None


# Lines of words, spaces of every kind and the marks the Markdown steps read.
_LINE_PIECES = st.sampled_from(
    ["Acme", "Corp.", "1.", "o", "#", ">", "-", "*", "_", "[", "]", "(", ")", "](", "<", ">",
     "|", "&amp;", "\\", " ", "  ", "\t", "\u00a0", "\u2009", "\u200b", "\x0b", "\u2028",
     "\u0661", "✅", "https://acme.example", "“", "é"]
)
_LINES = st.lists(_LINE_PIECES, max_size=12).map("".join)


@given(_LINES, st.booleans())
def test_any_line_shortcut_answers_as_the_markup_steps(line: str, in_table: bool) -> None:
    shortcut = clean_line(line, 0, in_table=in_table)
    stripped = line.strip()
    if stripped and _markdown._plain(stripped):
        real = _markdown._plain
        try:
            _markdown._plain = lambda stripped: False
            assert shortcut == clean_line(line, 0, in_table=in_table)
        finally:
            _markdown._plain = real



@given(_LINES)
def test_stray_gate_agrees_with_the_trigger_scan(line: str) -> None:
    expected = _markdown._STRAY_TRIGGER().search(line) is not None
    assert _markdown._may_hold_stray(line) is expected


@given(_LINES)
def test_odd_spacing_gate_agrees_with_the_collapse(line: str) -> None:
    """Where the gate says no, collapsing the spaces changes nothing."""
    if not _markdown._spaced_oddly(line):
        assert _markdown._collapse_spaces(line) == line
        assert _markdown._SPACES().sub(" ", line) == line


def _wrap_width_by_count(raws: list[str]) -> int:
    """`_wrap_width` as first written (the reference): the near lines counted one by one."""
    lengths = sorted(n for raw in raws if (n := len(raw.rstrip())) >= 40)
    if len(lengths) < 8:
        return 0
    p90 = lengths[int(len(lengths) * 0.9)]
    if p90 > 100 or p90 < 50:
        return 0
    near = sum(1 for n in lengths if p90 - 12 <= n <= p90 + 2)
    return p90 if near >= len(lengths) * 0.5 else 0


@given(st.lists(st.integers(0, 120).map(lambda n: "x" * n + " " * (n % 3)), max_size=30))
def test_wrap_width_as_counted(raws: list[str]) -> None:
    lines = [_markdown.CleanLine(raw.strip(), raw, 0, len(raw), Hint.PARAGRAPH) for raw in raws]
    assert _text._wrap_width(lines) == _wrap_width_by_count(raws)
