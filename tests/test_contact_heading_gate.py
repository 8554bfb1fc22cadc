"""The first-characters gate in front of `_HEADING`: it rules a line out only where the
pattern cannot match, as read from the heading patterns themselves."""

from __future__ import annotations

import re
import re._constants as re_constants
import re._parser as re_parser
from typing import Any

import pytest

from prparse._contacts import (
    _HEADING,
    _HEADING_ANYWHERE_LETTERS,
    _HEADING_LEAD,
    _HEADING_START_CHARS,
    _HEADING_STARTS,
    _may_open_heading,
    contact_heading,
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
