"""Literal prefilters: a cheap `in` test that rules a case-insensitive pattern out.

Python's `re` tries a case-insensitive alternation at every position of a
text, and most blocks of a release hold none of its words. When every match
of a pattern must contain one of a few lowercase literals, looking for those
in the lowered text first answers most blocks at the speed of `str.find`, and
the pattern runs only where it may match, so the answer is the pattern's own.

The test is exact for ASCII text. For other text the pattern always runs:
`re.IGNORECASE` also folds a few non-ASCII letters (`ſ`, `K`, `İ`, `ı`) onto
ASCII ones, which lowering the text does not.
"""

from __future__ import annotations

import re

__all__ = ["Gated", "may_contain"]


def may_contain(text: str, literals: tuple[str, ...]) -> bool:
    """False only when the text (ASCII) holds none of the lowercase `literals`."""
    if not text.isascii():
        return True
    lowered = text.lower()
    return any(literal in lowered for literal in literals)


class Gated:
    """A compiled pattern behind the literals every one of its matches contains."""

    __slots__ = ("literals", "pattern")

    def __init__(self, pattern: re.Pattern[str], literals: tuple[str, ...]) -> None:
        self.pattern = pattern
        self.literals = literals

    def search(self, text: str) -> re.Match[str] | None:
        """`pattern.search(text)`, without running it where it cannot match."""
        return self.pattern.search(text) if may_contain(text, self.literals) else None

    def findall(self, text: str) -> list[str]:
        """`pattern.findall(text)`, without running it where it cannot match."""
        return self.pattern.findall(text) if may_contain(text, self.literals) else []
