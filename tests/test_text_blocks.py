"""The text front end: real shapes of text releases -> blocks."""

from __future__ import annotations

from pathlib import Path

import pytest

from prparse._blocks import Hint
from prparse._text import text_blocks

_LEAD = (
    "Formic acid is a promising carrier of energy, as it can be made from carbon dioxide "
    "by electrochemistry and used in many ways; a team now reports a hybrid cell."
)

# (name: where the shape comes from, source, expected block texts)
EXAMPLES_JOINING = [
    (
        "ein-kerman: a paragraph a converter broke mid-sentence across a blank line",
        "Acknowledging the Iranian people’s legitimate right to oppose the regime and "
        "defend themselves against terror\n\nentities like the IRGC is a crucial step.\n",
        [
            "Acknowledging the Iranian people’s legitimate right to oppose the regime and "
            "defend themselves against terror entities like the IRGC is a crucial step."
        ],
    ),
    (
        "ein-kerman: an emphasised credit line wrapped over three lines",
        "*Alireza Jafarzadeh, Deputy\nDirector of NCRI's Washington\nOffice*\n",
        ["Alireza Jafarzadeh, Deputy Director of NCRI's Washington Office"],
    ),
    (
        "mnet-afsa: bullets on consecutive lines are separate items",
        "increased:\n* bankruptcies fell by 0.1%\n* debt agreements increased by 2.4%\n",
        ["increased:", "bankruptcies fell by 0.1%", "debt agreements increased by 2.4%"],
    ),
    (
        "mor-hk-central-asia: a whole release on one line, paragraphs split by runs of spaces",
        "First paragraph of the release that goes on. " * 30
        + "   Second paragraph starts here and ends.   Third one.",
        [
            ("First paragraph of the release that goes on. " * 30).strip(),
            "Second paragraph starts here and ends.",
            "Third one.",
        ],
    ),
    (
        "crawler Markdown: links, autolinks, emphasis and escapes reduced to text",
        "Read [the report](https://example.com/r) at <https://example.com> \\- **now**.\n",
        ["Read the report at https://example.com - now."],
    ),
    ("CRLF line ends", "Line one.\r\n\r\nLine two.\r\n", ["Line one.", "Line two."]),
    (
        "idw-md: an emphasised deck, a hard line break (<br>), then the long lead paragraph",
        f"_Fast-charging microbial fuel cell on formic acid  \n{_LEAD}_\n",
        ["Fast-charging microbial fuel cell on formic acid", _LEAD],
    ),
    (
        "a sentence broken by a hard line break between two short lines goes on",
        "Acme Corp. said today that its new plant  \nwill open in May.\n",
        ["Acme Corp. said today that its new plant will open in May."],
    ),
]


@pytest.mark.parametrize(
    ("name", "source", "expected"), EXAMPLES_JOINING, ids=[e[0][:40] for e in EXAMPLES_JOINING]
)
def test_block_texts(name: str, source: str, expected: list[str]) -> None:
    assert [b.text for b in text_blocks(source)] == expected


EXAMPLES_HINTS = [
    ("# Headline here", Hint.HEADING),
    ("## Sub heading", Hint.HEADING),
    ("* a bullet item", Hint.LIST_ITEM),
    ("• a glyph bullet", Hint.LIST_ITEM),
    ("> a quoted block", Hint.BLOCKQUOTE),
    ("| Revenue | $5 | $6 |", Hint.TABLE_ROW),
    ("**All of it bold**", Hint.EMPHASIS),
    ("Plain words.", Hint.PARAGRAPH),
]


@pytest.mark.parametrize(("source", "hint"), EXAMPLES_HINTS)
def test_hints(source: str, hint: Hint) -> None:
    (block,) = text_blocks(source)
    assert block.hint is hint


FIXTURES = Path(__file__).parent.parent / "fixtures"


def test_hard_wrapped_release_keeps_header_lines_apart() -> None:
    """prn-essence-jovy-gill: wrapped at 80 columns; the wrapped headline is one block."""
    source = (FIXTURES / "prn-essence-jovy-gill.txt").read_text(encoding="utf-8")
    assert [b.text for b in text_blocks(source)[:4]] == [
        "Source: Essence",
        "MEDIA RELEASE PR67257",
        "Digital Agency Essence Builds on Enormous Growth in APAC; Promotes Jovy Gill to "
        "Managing Director of Australia",
        "SINGAPORE, Feb. 2, 2017 /PRNewswire-AsiaNet/ --",
    ]


def test_page_breaks_of_a_filing_do_not_split_a_paragraph() -> None:
    source = (
        "Steve Jobs will announce details on how Apple plans to\n\n8\n\n"
        "<PAGE> incorporate NeXT technology.\n"
    )
    texts = [b.text for b in text_blocks(source)]
    assert texts == [
        "Steve Jobs will announce details on how Apple plans to incorporate NeXT technology."
    ]


def test_table_cells_joined_by_spaces() -> None:
    (block,) = text_blocks("| Revenue | $5.1 | $6.2 |")
    assert block.text == "Revenue $5.1 $6.2"


def test_offsets_point_into_the_source() -> None:
    source = "# Title\n\nFirst para\nwraps here.\n\n* item\n"
    for block in text_blocks(source):
        assert 0 <= block.start < block.end <= len(source)
        assert source[block.start : block.end].strip()
    assert [source[b.start : b.end] for b in text_blocks(source)][1] == "First para\nwraps here."
