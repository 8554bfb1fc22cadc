"""Offsets of HTML elements in the source: a forward-only search for their tags.

lxml keeps no character offsets, only each element's `sourceline` (libxml2
reports the line where a start tag *ends*). `Locator` finds every element's
start tag in document order by a forward-only search from a cursor,
starting a few lines before the element's `sourceline` and bounded for
tags the parser invents (`tbody`, an implied `p`); the tag must carry the
element's `id` or first class, so a tag the parser invented or moved costs
no overshoot. An element's end is its end tag when one comes before the
next start tag of its name (within 64 KB), else the cursor. Offsets never
go backwards and always index into the text, so `text[start:end]` spans an
element's markup (approximately where the markup is broken). The text of
raw-text elements (`script`, `style`, ...) is skipped whole.
"""

from __future__ import annotations

import functools
import re

from lxml import etree

# Tags the parser adds where the markup has none; looked for only near the cursor.
_IMPLIED = frozenset({"html", "head", "body", "tbody", "p"})
# How far past the cursor a start tag is looked for before giving up on it.
_SEARCH_WINDOW = 4096
# How many lines a start tag (with its attributes) may span.
_TAG_LINES = 3
_LINE_END = re.compile(r"\n")
# libxml2 versions that count lines in 16 bits report 65535 for every later line.
_MAX_RELIABLE_LINE = 65535
# How far past `<tag` its attributes are read, and how many same-named tags are tried.
_TAG_SPAN = 600
# How far an end tag is looked for.
_CLOSE_WINDOW = 65_536
_MARKER_TRIES = 20
# Elements whose text is raw (markup inside it is not markup).
_RAW_TEXT = frozenset({"script", "style", "textarea", "xmp", "noscript", "title"})


@functools.lru_cache(maxsize=512)
def _tag_pattern(tag: str) -> re.Pattern[str]:
    """`<tag` as a start tag (compiled once per tag name)."""
    return re.compile(rf"<{re.escape(tag)}(?=[\s/>])", re.IGNORECASE)


@functools.lru_cache(maxsize=512)
def _close_pattern(tag: str) -> re.Pattern[str]:
    """`</tag>` (compiled once per tag name)."""
    return re.compile(rf"</{re.escape(tag)}\s*>", re.IGNORECASE)


class Locator:
    """Offsets of elements in the source, found by a forward-only search from a cursor."""

    def __init__(self, text: str, base: int, end: int) -> None:
        self.text = text
        self.base = base
        self.limit = end
        self.cursor = base
        self.absent: dict[str, int] = {}
        self.lines = [base] + [m.end() for m in _LINE_END.finditer(text, base, end)]

    def line_start(self, line: int | None) -> int:
        """Where 1-based source line `line` starts (the base when there is no line)."""
        if not line or line < 1:
            return self.base
        return self.lines[min(line, len(self.lines)) - 1]

    def find(self, element: etree._Element) -> int:
        """The offset of `element`'s start tag (the cursor when it is not found).

        The tag is looked for from a few lines before the element's
        `sourceline` (libxml2 gives the line where a start tag ends) up to the
        end of that line, and must carry the element's `id` or first class:
        a tag the parser invented or moved then costs no overshoot.
        """
        tag = element.tag if isinstance(element.tag, str) else ""
        if not tag:
            return self.cursor
        line = element.sourceline if isinstance(element.sourceline, int) else None
        pos = max(self.cursor, self.line_start(line - _TAG_LINES if line else None))
        stop = self.limit
        if line and line < _MAX_RELIABLE_LINE and line < len(self.lines):
            stop = max(pos, self.lines[line])  # the start of the next line
        if tag in _IMPLIED:
            stop = min(stop, pos + _SEARCH_WINDOW)
        match = self._search(tag, _marker(element), pos, stop)
        if match is None:
            return self.cursor
        self.cursor = match.end()
        if tag in _RAW_TEXT:  # its text may hold anything but its end tag: skip to that
            close = _close_pattern(tag).search(self.text, self.cursor, self.limit)
            self.cursor = close.end() if close else self.cursor
        return match.start()

    def _search(self, tag: str, marker: str | None, pos: int, stop: int) -> re.Match[str] | None:
        """The first `<tag` in [pos, stop) whose attributes hold `marker` (tried a few times)."""
        if self.absent.get(tag, self.limit + 1) <= pos:
            return None
        pattern = _tag_pattern(tag)
        for tries, match in enumerate(pattern.finditer(self.text, pos, stop)):
            if marker is None or marker in self.text[match.end() : match.end() + _TAG_SPAN]:
                return match
            if tries >= _MARKER_TRIES:
                break
        else:
            if stop >= self.limit and marker is None:
                self.absent[tag] = pos  # no such tag after `pos`: never search for it again
        return None

    def close(self, element: etree._Element, start: int) -> int:
        """Where `element` (whose last start tag was at or before the cursor) ends: past its
        end tag when one comes before the next tag of its name, else the cursor."""
        tag = element.tag if isinstance(element.tag, str) else ""
        pos = max(start, self.cursor)
        if not tag:
            return pos
        stop = min(self.limit, pos + _CLOSE_WINDOW)
        following = _tag_pattern(tag).search(self.text, pos, stop)
        match = _close_pattern(tag).search(self.text, pos, following.start() if following else stop)
        return match.end() if match is not None else pos


def _marker(element: etree._Element) -> str | None:
    """A value the element's start tag must hold: its `id`, else its first class."""
    value = element.get("id") or (element.get("class") or "").split(" ")[0]
    return value or None
