"""Offsets of HTML elements in the source: a forward-only search for their tags.

lxml keeps no character offsets, only each element's `sourceline` (libxml2
reports the line where a start tag *ends*). `Locator` finds every element's
start tag in document order by a forward-only search from a cursor,
starting a few lines before the element's `sourceline` and bounded for
tags the parser invents (`tbody`, an implied `p`); the tag must carry the
element's `id` or first class, so a tag the parser invented or moved costs
no overshoot. An element's end is its end tag when one comes before the
next start tag of its name (within 64 KB); an element left unclosed ends
where the next start tag of any name begins (its text and its children's
come before that), or at the end of the text. Offsets never go backwards
and always index into the text, so `text[start:end]` spans an element's
markup (approximately where the markup is broken). The text of raw-text
elements (`script`, `style`, ...) is skipped whole. Start tags inside
comments are never taken (the parser drops comments, and commented-out
markup is common). `_html_spans.fit_spans` checks the result.
"""

from __future__ import annotations

import collections
import itertools
import operator
import re
from collections.abc import Iterator, Sequence

from lxml import etree

# Tags the parser adds where the markup has none; looked for only near the cursor.
_IMPLIED = frozenset({"html", "head", "body", "tbody", "p"})
# How far past the cursor a start tag is looked for before giving up on it.
_SEARCH_WINDOW = 4096
# How many lines a start tag (with its attributes) may span.
_TAG_LINES = 3
_NEWLINE = re.compile("\n")
_MATCH_END = re.Match.end
# Any start tag: where the text of an element left unclosed stops.
_START_TAG = re.compile(r"<[A-Za-z]")
# libxml2 versions that count lines in 16 bits report 65535 for every later line.
_MAX_RELIABLE_LINE = 65535
# How far past `<tag` its attributes are read, and how many same-named tags are tried.
_TAG_SPAN = 600
# How far an end tag is looked for.
_CLOSE_WINDOW = 65_536
_MARKER_TRIES = 20
# Elements whose text may be raw (markup inside it is not markup): skipped whole when the
# parser gave them no children (libxml2 2.14 parses a `noscript`'s markup, older ones
# a `title`'s).
_RAW_TEXT = frozenset(
    {"script", "style", "textarea", "xmp", "noscript", "title", "iframe", "noembed", "noframes"}
)
_SOURCELINE = operator.attrgetter("sourceline")
# How many counts `Locator.needless` reads at first (then twice as many, and so on).
_FIRST_STRETCH = 16


_TAG_PATTERNS: dict[str, re.Pattern[str]] = {}
"""`_tag_pattern`'s patterns by tag name (`find` reads it first: a dict is cheaper to ask
than a cached function)."""
_CLOSE_PATTERNS: dict[str, re.Pattern[str]] = {}
"""`_close_pattern`'s, the same way."""
_MAX_TAG_PATTERNS = 512


def _compiled(patterns: dict[str, re.Pattern[str]], tag: str, source: str) -> re.Pattern[str]:
    """The pattern of `source` kept in `patterns` under `tag` (compiled once per tag name, of
    a bounded number of names)."""
    pattern = patterns.get(tag)
    if pattern is None:
        if len(patterns) >= _MAX_TAG_PATTERNS:
            patterns.clear()
        pattern = patterns[tag] = re.compile(source, re.IGNORECASE)
    return pattern


def _tag_pattern(tag: str) -> re.Pattern[str]:
    """`<tag` as a start tag."""
    return _TAG_PATTERNS.get(tag) or _compiled(_TAG_PATTERNS, tag, rf"<{re.escape(tag)}(?=[\s/>])")


def _close_pattern(tag: str) -> re.Pattern[str]:
    """`</tag>`."""
    return _CLOSE_PATTERNS.get(tag) or _compiled(_CLOSE_PATTERNS, tag, rf"</{re.escape(tag)}\s*>")


class Locator:
    """Offsets of elements in the source, found by a forward-only search from a cursor."""

    def __init__(self, text: str, base: int, end: int) -> None:
        self.text = text
        self.base = base
        self.limit = end
        self.cursor = base
        self.absent: dict[str, int] = {}
        self._free = (-1, -1)
        """No start tag begins in [free[0], free[1]); one does at free[1] (or it is the limit)."""
        # Where each line starts: the base, then one past each newline (read off the text in
        # place: splitting it would copy it).
        self.lines = [base]
        self.lines += map(_MATCH_END, _NEWLINE.finditer(text, base, end))
        self.comments = text.find("<!--", base, end) >= 0
        self.reliable_lines = min(
            _MAX_RELIABLE_LINE, len(self.lines) - (self.lines[-1] >= end)
        )
        """The lines up to which (not included) `find` reads a line's end off `sourceline`."""
        self._comment_from = self._comment_at = -1
        """No comment opens in [comment_from, comment_at); one does at comment_at (or, at
        the text's length, none)."""

    def search_start(self, line: int) -> int:
        """Where the search for a tag ending on `line` (1-based, 0 for none) starts."""
        first = line - _TAG_LINES
        return self.base if first < 1 else self.lines[min(first, len(self.lines)) - 1]

    def line_start(self, line: int | None) -> int:
        """Where 1-based source line `line` starts (the base when there is no line)."""
        if not line or line < 1:
            return self.base
        return self.lines[min(line, len(self.lines)) - 1]

    def find(self, element: etree._Element) -> int:
        """The offset of `element`'s start tag (the cursor when it is not found).

        The tag is looked for from a few lines before the element's
        `sourceline` (libxml2 gives the line where a start tag ends) up to the
        end of that line, and must carry the element's `id` or first class
        (tried on a few tags of its name): a tag the parser invented or moved
        then costs no overshoot.
        """
        tag = element.tag
        cursor = self.cursor
        if tag.__class__ is not str or not tag:  # a comment's or an entity's (a function)
            return cursor
        line = element.sourceline
        pos, stop = cursor, self.limit
        if isinstance(line, int) and line:
            lines = self.lines
            count = len(lines)
            first = line - _TAG_LINES
            begin = self.base if first < 1 else lines[(first if first < count else count) - 1]
            if begin > pos:
                pos = begin
            if line < _MAX_RELIABLE_LINE and line < count:
                stop = lines[line] if lines[line] > pos else pos  # the start of the next line
        elif self.base > pos:
            pos = self.base
        if tag in _IMPLIED and pos + _SEARCH_WINDOW < stop:
            stop = pos + _SEARCH_WINDOW
        gone = self.absent.get(tag)
        if gone is not None and gone <= pos:
            return cursor
        pattern = _TAG_PATTERNS.get(tag) or _tag_pattern(tag)
        text = self.text
        marker = element.get("id") or (element.get("class") or "").partition(" ")[0] or None
        match = pattern.search(text, pos, stop)
        if match is not None and self.comments and self._comment_opens(pos, match.start()):
            match = self._outside_comments(pattern, match, pos, stop)  # else none holds it
        if match is not None and marker is not None:
            end = match.end()
            if text.find(marker, end, end + _TAG_SPAN) < 0:  # not its tag: try the next ones
                match = self._search(pattern, marker, end, stop, _MARKER_TRIES)
        if match is None:
            if stop >= self.limit and marker is None:
                self.absent[tag] = pos  # no such tag after `pos`: never search for it again
            return cursor
        end = self.cursor = match.end()
        if tag in _RAW_TEXT and not len(element):  # its text is all but its end tag
            close = _close_pattern(tag).search(text, end, self.limit)
            if close is not None:
                self.cursor = close.end()
        return match.start()

    def _search(
        self, pattern: re.Pattern[str], marker: str, pos: int, stop: int, tries: int
    ) -> re.Match[str] | None:
        """The first of the next `tries` tags of `pattern` from `pos` (outside comments)
        that `marker` follows closely (in its attributes)."""
        text = self.text
        for _ in range(tries):
            match = self._first(pattern, pos, stop)
            if match is None:
                return None
            end = match.end()
            if text.find(marker, end, end + _TAG_SPAN) >= 0:
                return match
            pos = end
        return None

    def reset(self) -> None:
        """Back to the state it was made in (the cursor at the base, nothing remembered)."""
        self.cursor = self.base
        self.absent.clear()
        self._free = (-1, -1)

    def bounds(self, element: etree._Element) -> tuple[int, int]:
        """Where the search for `element`'s start tag begins at the earliest, and how far
        locating it can move the cursor at the most (a cursor further on stays put).

        Read from the element's `sourceline` alone (and, for raw text, the end tags
        after its line's last tag of its name), whatever the cursor: a locator whose
        cursor is no further than every later element's earliest start needs no
        earlier element located to locate them as it would have.
        """
        line = element.sourceline
        lines = self.lines
        count = len(lines)
        if not isinstance(line, int) or not line:
            return self.base, self.limit
        first = line - _TAG_LINES
        begin = self.base if first < 1 else lines[(first if first < count else count) - 1]
        if line >= _MAX_RELIABLE_LINE or line >= count or lines[line] >= self.limit:
            return begin, self.limit  # searched to the limit: it may be marked absent too
        reach = lines[line]  # its tag ends before the start of the next line
        tag = element.tag
        if tag in _RAW_TEXT and not len(element):
            tags = collections.deque(_tag_pattern(tag).finditer(self.text, begin, reach), 1)
            if tags:  # its end tag comes no later than the first after the last of them
                close = _close_pattern(tag).search(self.text, tags[0].end(), self.limit)
                return begin, max(reach, close.end()) if close is not None else self.limit
        return begin, reach

    def needless(
        self,
        elements: list[etree._Element],
        tags: Sequence[object],
        most: int,
        then: etree._Element,
    ) -> Iterator[int]:
        """How many of the first `most` of `elements` (in document order, `tags` their tags,
        `then` after them) need not be located, most first: those whose locating moves
        the cursor no further than the search of every later element starts, so that
        locating the later ones reads no cursor they leave (and, their searches having
        line-bound windows, they mark no tag absent either).

        `bounds` read in bulk: a tag ends before the start of the line after its
        `sourceline` and its search starts `_TAG_LINES` lines before it, so the furthest
        reach of the first elements is read off their largest line (and the end tags of
        those of raw text), and the earliest start of the later ones off their smallest.
        """
        numbers = list(map(_SOURCELINE, elements))
        numbers.append(then.sourceline)
        reliable = self.reliable_lines
        low: list[int] = numbers  # checked next: all lines
        if None in numbers or not 1 <= min(low) <= max(low) < reliable:
            low = [n if isinstance(n, int) and 1 <= n < reliable else 0 for n in numbers]
        high = [n or reliable for n in low] if 0 in low else low  # no line: the text's end
        raw: list[tuple[int, int]] = []
        reaches: dict[tuple[object, object, bool], int] = {}  # by tag, line and childlessness
        # (A minified head sets many scripts on one line: their reach is read once.)
        for i in itertools.compress(range(most), map(_RAW_TEXT.__contains__, tags[:most])):
            key = (tags[i], numbers[i], not len(elements[i]))
            far = reaches.get(key)
            if far is None:
                far = reaches[key] = self.bounds(elements[i])[1]
            raw.append((i, far))
        raw_far = list(itertools.accumulate((far for _, far in raw), max))
        if most < 1:
            return
        # Lines start ever further on: a tag ending on line `far` ends before the search for
        # one ending on line `earliest` starts when far + _TAG_LINES < earliest.
        earliest = min(low[most:])
        if max(high[:most]) + _TAG_LINES < earliest and (
            not raw_far or raw_far[-1] <= self.search_start(earliest)
        ):
            yield most
        # The largest line of each count's first elements, read down from the most in ever
        # longer stretches (the first that may stay unlocated is mostly near the most).
        top, stretch = most - 1, _FIRST_STRETCH
        while top >= 1:
            bottom = max(top - stretch, 0)
            below = max(high[:bottom], default=0)
            furthest = list(itertools.accumulate(high[bottom:top], max, initial=below))
            # (furthest[i]: the largest of high[:bottom + i])
            for count in range(top, bottom, -1):
                line = low[count]
                if line < earliest:
                    earliest = line
                if furthest[count - bottom] + _TAG_LINES < earliest:
                    while raw and raw[-1][0] >= count:
                        raw.pop()
                        raw_far.pop()
                    if not raw_far or raw_far[-1] <= self.search_start(earliest):
                        yield count
            top, stretch = bottom, 2 * stretch

    def _first(self, pattern: re.Pattern[str], pos: int, stop: int) -> re.Match[str] | None:
        """The first match of `pattern` in [pos, stop) outside comments (the parser drops
        them, and commented-out markup is common)."""
        match = pattern.search(self.text, pos, stop)
        if match is None or not self.comments or not self._comment_opens(pos, match.start()):
            return match
        return self._outside_comments(pattern, match, pos, stop)

    def _comment_opens(self, start: int, end: int) -> bool:
        """Whether a comment's `<!--` lies wholly in [start, end) (one search for the next
        `<!--` serves every cursor up to it)."""
        if not self._comment_from <= start <= self._comment_at:
            at = self.text.find("<!--", start)
            self._comment_from, self._comment_at = start, at if at >= 0 else len(self.text)
        return self._comment_at + 4 <= end

    def _outside_comments(
        self, pattern: re.Pattern[str], match: re.Match[str], pos: int, stop: int
    ) -> re.Match[str] | None:
        """`match` (the first of `pattern` from `pos`) when no comment opened since `pos`
        holds it, else the first match after such comments."""
        text = self.text
        while True:
            opened = text.rfind("<!--", pos, match.start())
            if opened < 0 or text.find("-->", opened + 2, match.start()) >= 0:
                return match
            closed = text.find("-->", match.start())
            if closed < 0:
                return None
            pos = closed + 3
            found = pattern.search(text, pos, stop)
            if found is None:
                return None
            match = found

    def close(self, element: etree._Element, start: int) -> int:
        """Where `element` (whose inner start tags the cursor has passed) ends: past its end
        tag when one comes before the next tag of its name, else where the next start tag
        of any name begins (an element left unclosed holds the text up to there)."""
        pos = max(start, self.cursor)
        end = self._end_tag(element, pos)
        return end if end is not None else self.next_start(pos)

    def pass_over(self, element: etree._Element, start: int) -> int:
        """Where `element` ends, the cursor moved past it: one search for its end tag, else
        (an element left unclosed) a search for each of its inner tags first."""
        end = self._end_tag(element, max(start, self.cursor))
        if end is None:
            for inner in element.iter():
                if inner is not element:
                    self.find(inner)
            end = self.close(element, start)
        self.cursor = max(self.cursor, end)
        return end

    def _end_tag(self, element: etree._Element, pos: int) -> int | None:
        """The end of `element`'s end tag, when one follows `pos` before the next start tag
        of its name (within `_CLOSE_WINDOW`)."""
        tag = element.tag if isinstance(element.tag, str) else ""
        if not tag:
            return None
        stop = min(self.limit, pos + _CLOSE_WINDOW)
        # The first end tag, then a start tag before it (none can begin inside an end tag):
        # the second search reads no further than the first found.
        match = self._first(_CLOSE_PATTERNS.get(tag) or _close_pattern(tag), pos, stop)
        if match is None or self._first(_tag_pattern(tag), pos, match.start()) is not None:
            return None
        return match.end()

    def next_start(self, pos: int) -> int:
        """Where the first start tag at or after `pos` begins (the limit when none does).

        Remembers the stretch it found free of start tags, so that the ends of many
        unclosed elements cost one scan of the text between them.
        """
        low, high = self._free
        if low <= pos <= high:
            return high
        # Before the stretch known free, only up to it need be read.
        upto, beyond = (low, high) if pos < low else (self.limit, self.limit)
        match = self._first(_START_TAG, pos, upto)
        found = match.start() if match is not None else beyond
        self._free = (pos, found)
        return found
