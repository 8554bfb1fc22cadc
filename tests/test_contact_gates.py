"""The contact readers' gates answer as the patterns behind them: the first-characters gate
in front of `_HEADING` and `_HEADING_THEN_WORD` (read from the heading patterns themselves),
and `_label_count`, which reads the labels before colons and the social names apart."""

from __future__ import annotations

import re
import re._constants as re_constants
import re._parser as re_parser
from typing import Any

import pytest
from _contact_reference import LABEL

from prparse._contacts import (
    _HEADING,
    _HEADING_ANYWHERE_LETTERS,
    _HEADING_LEAD,
    _HEADING_START_CHARS,
    _HEADING_STARTS,
    _HEADING_THEN_WORD,
    _label_count,
    _may_open_heading,
    contact_heading,
    contact_score,
)
from prparse._data.contacts import HEADINGS

_ANY = "\0"
"""Stands for a character a class of many (`\\w`, `[^:]`) matches."""


def _starts(items: list[Any], size: int) -> set[str]:
    """The lowercased strings of `size` characters (fewer where a match may end) a match of
    the parsed items may start with; `_ANY` where a class of many characters stands."""
    if size == 0 or not items:
        return {""}
    op, arg = items[0]
    rest = items[1:]

    def then(chars: set[str]) -> set[str]:
        return {char + tail for char in chars for tail in _starts(rest, size - 1)}

    if op is re_constants.LITERAL:
        return then({chr(arg).lower()})
    if op is re_constants.IN:
        chars: set[str] = set()
        for item_op, item_arg in arg:
            if item_op is re_constants.LITERAL:
                chars.add(chr(item_arg).lower())
            else:
                return then({_ANY})
        return then(chars)
    if op in (re_constants.NOT_LITERAL, re_constants.ANY):
        return then({_ANY})
    if op is re_constants.BRANCH:
        return set().union(*(_starts([*branch, *rest], size) for branch in arg[1]))
    if op is re_constants.SUBPATTERN:
        return _starts([*arg[-1], *rest], size)
    if op in (re_constants.MAX_REPEAT, re_constants.MIN_REPEAT):
        low, high, repeated = arg
        counts = range(low, min(high, low + size) + 1)
        return set().union(*(_starts([*repeated] * count + rest, size) for count in counts))
    if op in (re_constants.ASSERT, re_constants.ASSERT_NOT, re_constants.AT):
        return _starts(rest, size)
    raise AssertionError(f"not read: {op}")


def _alternatives() -> list[list[Any]]:
    """Each heading pattern's top-level alternatives, parsed as `_HEADING` reads them."""
    found = []
    for fragment in HEADINGS:
        parsed = list(re_parser.parse(fragment, re.IGNORECASE))
        if len(parsed) == 1 and parsed[0][0] is re_constants.BRANCH:
            found += [list(branch) for branch in parsed[0][1][1]]
        else:
            found.append(parsed)
    return found


def _holds_letter(items: list[Any], letters: tuple[str, ...]) -> bool:
    """Whether every match of the parsed items holds one of the letters (a literal at their
    top level)."""
    return any(op is re_constants.LITERAL and chr(arg) in letters for op, arg in items)


def test_every_heading_starts_as_the_gate_knows() -> None:
    derived: set[str] = set()
    for alternative in _alternatives():
        starts = _starts(alternative, _HEADING_START_CHARS)
        if any(_ANY in start for start in starts):
            assert _holds_letter(alternative, _HEADING_ANYWHERE_LETTERS)
            continue
        assert all(len(start) == _HEADING_START_CHARS for start in starts)
        derived |= starts
    assert derived == _HEADING_STARTS
    # The pattern's lead is not backtracked into: no heading starts with a lead character.
    assert not any(start[0] in _HEADING_LEAD or start[0].isspace() for start in derived)


def test_the_lead_is_the_patterns_lead_in_ascii() -> None:
    lead = re.compile(r"[\s/\[(*#_>]")
    assert set(_HEADING_LEAD) == {chr(code) for code in range(128) if lead.match(chr(code))}


@pytest.mark.parametrize(
    "line",
    [
        "Media Contact:",
        "## **Press Contacts**",
        "\u00a0# CONTACT: Jane Doe",
        "/CONTACT: Jane",
        "Ihr Ansprechpartner - für Fragen der Presse",
        "Weitere Informationen - für Rückfragen bitte",
        "\u212aontakt:",  # a Kelvin sign, folded onto `k`
        "Pressekontakt",
        "FÜR RÜCKFRAGEN",
        "The company said",
        "“Contact us” she said",
        "Für Rückfragen:",
        "Contatti stampa",
        "",
        "ir",
    ],
)
def test_the_gate_rules_out_no_line_the_pattern_matches(line: str) -> None:
    matched = _HEADING.match(line) is not None
    assert _may_open_heading(line) or not matched
    assert contact_heading(line) is matched


@pytest.mark.parametrize(
    "text",
    [
        "Press Contacts Fujitsu",
        "\n\n# Media Contact Jane Doe, jane@acme.com",
        "  [Investor Relations Contacts Jane",
        "Media and Investor Contacts ACME",
        "\u00a0Press Contacts Fujitsu",
        "Die Presse Contacts Jane",
    ],
)
def test_the_gate_rules_out_no_run_on_heading(text: str) -> None:
    assert _may_open_heading(text) or _HEADING_THEN_WORD.match(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Tel.: +49 40 1 | Telefax:040 2 | Web site :acme.de | E-Mail:\tx@acme.de",
        "Hotel: Adlon | Hostel : none | Box: 12",
        "x:tel:fax:",
        "Tel . : 1 | Tel .: 2 | Tel  .:3",
        "web : acme.de | website: acme.de | web  site: acme.de",
        "tiktok x: @acme | TikTok, YouTube: acme",
        "youtube.com/watch?v=1 and youtube.com/acme and Twitter/X: @acme",
        "Mob\u0131le: 0171 | \u212aontakt | Tel\n: 1 | Phone\u2003: 2",
        "E-Mail : a@b.de, EMAIL: c@d.de, e-mail.: e@f.de",
        ": leading colon, Tel:",
        "LinkedIn:Facebook:Instagram:",
    ],
)
def test_label_count_counts_the_labels_pattern_finds(text: str) -> None:
    assert _label_count(text) == len(LABEL.findall(text))
    assert _label_count(text, named=True) == len(LABEL.findall(text))  # scanned for names


# (text, score): r1's scores, the literal gates of the score read in the text lowered once
EXAMPLES_SCORES = [
    ("Call 1-877-407-0792, pa\u017f\u017fcode 13745283.", 0.15),  # a long s folds onto s
    ("Call 1-877-407-0792, passcode 13745283.", 0.15),
    ("Call 1-877-407-0792 now.", 0.65),
    ("Follow us: Twitter, LinkedIn", 1.0),
    ("Follow us: Twitter, Linked\u0131n", 1.0),  # a dotless i folds onto i
    ("Media Contact: Jane", 0.6),
    ("Press Contacts Fujitsu Jane Doe, +1 212 555 0100", 1.0),
]


@pytest.mark.parametrize(("text", "score"), EXAMPLES_SCORES)
def test_scores_as_ever(text: str, score: float) -> None:
    assert contact_score(text) == pytest.approx(score)
