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
elements (`script`, `style`, ...) is skipped whole.

`fit_spans` is the net under all that, run once over the finished blocks:
starts never go backwards, and a block whose span does not hold its text
(its letters and digits, in order, once tags are dropped and character
references decoded) is re-located by a search for that text from the last
block seen to hold its own (the blocks placed since then, too far on, start
where it is found), else widened from the previous block's start to the end
of the text. The checks read each span once and all of them together read
the text a few times at most, so a page of a million blocks costs little
beside its parse. Start tags inside comments are never taken (the parser
drops comments, and commented-out markup is common).
"""

from __future__ import annotations

import dataclasses
import functools
import html
import re
import unicodedata

from lxml import etree

from ._blocks import Block

# Tags the parser adds where the markup has none; looked for only near the cursor.
_IMPLIED = frozenset({"html", "head", "body", "tbody", "p"})
# How far past the cursor a start tag is looked for before giving up on it.
_SEARCH_WINDOW = 4096
# How many lines a start tag (with its attributes) may span.
_TAG_LINES = 3
_LINE_END = re.compile(r"\n")
# Any start tag: where the text of an element left unclosed stops.
_START_TAG = re.compile(r"<[A-Za-z]")
# What the span checks read as markup, words, and not letters or digits.
_ANY_TAG = re.compile(r"<[^<>]*>")
_WORD = re.compile(r"[^\W_]+")
_NON_SPACE = re.compile(r"\S+")
_ASCII_ALNUM = re.compile(r"[A-Za-z0-9]+")
# How far before the first ASCII letter of a word its other letters may be written
# (as a character reference: `&Uuml;ber`, `&#x000DC;ber`).
_REFERENCE_SLACK = 10
_NOT_ALNUM = re.compile(r"[\W_]+")
_SPACE = re.compile(r"\s+")
# How many times the text's length the span checks of one page may read, past a floor.
_CHECK_READS = 16
_CHECK_FLOOR = 4_000_000
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
        self._free = (-1, -1)
        """No start tag begins in [free[0], free[1]); one does at free[1] (or it is the limit)."""
        self.lines = [base] + [m.end() for m in _LINE_END.finditer(text, base, end)]
        self.comments = text.find("<!--", base, end) >= 0

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
        if tag in _RAW_TEXT and not len(element):  # its text holds anything but its end tag
            close = _close_pattern(tag).search(self.text, self.cursor, self.limit)
            self.cursor = close.end() if close else self.cursor
        return match.start()

    def _search(self, tag: str, marker: str | None, pos: int, stop: int) -> re.Match[str] | None:
        """The first `<tag` in [pos, stop) whose attributes hold `marker` (tried a few times)."""
        if self.absent.get(tag, self.limit + 1) <= pos:
            return None
        pattern = _tag_pattern(tag)
        start = pos
        for _ in range(_MARKER_TRIES + 1):
            match = self._first(pattern, start, stop)
            if match is None:
                if stop >= self.limit and marker is None:
                    self.absent[tag] = pos  # no such tag after `pos`: never search for it again
                return None
            if marker is None or marker in self.text[match.end() : match.end() + _TAG_SPAN]:
                return match
            start = match.end()
        return None

    def _first(self, pattern: re.Pattern[str], pos: int, stop: int) -> re.Match[str] | None:
        """The first match of `pattern` in [pos, stop) outside comments (the parser drops
        them, and commented-out markup is common)."""
        while True:
            match = pattern.search(self.text, pos, stop)
            if match is None or not self.comments:
                return match
            opened = self.text.rfind("<!--", pos, match.start())
            if opened < 0 or self.text.find("-->", opened + 2, match.start()) >= 0:
                return match
            closed = self.text.find("-->", match.start())
            if closed < 0:
                return None
            pos = closed + 3

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
        following = self._first(_tag_pattern(tag), pos, stop)
        match = self._first(_close_pattern(tag), pos, following.start() if following else stop)
        return match.end() if match is not None else None

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


def _marker(element: etree._Element) -> str | None:
    """A value the element's start tag must hold: its `id`, else its first class."""
    value = element.get("id") or (element.get("class") or "").split(" ")[0]
    return value or None


def letters(text: str) -> str:
    """The letters and digits of `text` (NFC-normalised), all else dropped."""
    return _NOT_ALNUM.sub("", text if text.isascii() else unicodedata.normalize("NFC", text))


def _visible(text: str) -> str:
    """`text` without its white space (what a text of no letter or digit is compared by)."""
    return _SPACE.sub("", text)


def _needle(text: str) -> str:
    """What of `text` its span must hold: its letters and digits, else what is not space."""
    return letters(text) or _visible(text)


def _subsequence(needle: str, haystack: str) -> bool:
    """Whether the characters of `needle` occur, in order, in `haystack`."""
    pos = 0
    for char in needle:
        pos = haystack.find(char, pos) + 1
        if not pos:
            return False
    return True


def holds(text: str, span: str) -> bool:
    """Whether `span` holds `text`: its letters and digits (a text of none: all it has but
    space) in order in the span read as text (tags dropped, character references decoded)
    or as written (the text of a `<script>` or a `<title>` holds markup)."""
    needle = letters(text)
    reduce = letters
    if not needle:
        needle, reduce = _visible(text), _visible
        if not needle:
            return True
    shown = reduce(html.unescape(_ANY_TAG.sub(" ", span) if "<" in span else span))
    if needle in shown or _subsequence(needle, shown):
        return True
    raw = reduce(html.unescape(span))
    return needle in raw or _subsequence(needle, raw)


def _chars_end(text: str, needle: str, pos: int, limit: int) -> int | None:
    """Just past where the ASCII characters of `needle` are all found, in order, from `pos`
    (any other may be written as a character reference)."""
    for char in needle:
        if char.isascii():
            pos = text.find(char, pos, limit) + 1
            if not pos:
                return None
    return pos


def _probes(words: str) -> list[tuple[str, int]]:
    """What to look for where `words` start, each with how far before it they may start:
    the first word as written, else its first run of ASCII letters and digits (the
    others may be written as character references)."""
    first = _WORD.search(words) or _NON_SPACE.search(words)
    if first is None:
        return []
    word = first.group()
    run = _ASCII_ALNUM.search(word)
    if run is None or run.group() == word:
        return [(word, 0)]
    return [(word, 0), (run.group(), _REFERENCE_SLACK if run.start() else 0)]


class _SpanFitter:
    """Spans fitted to blocks in document order, within a budget of text read."""

    def __init__(self, text: str, limit: int, budget: int) -> None:
        self.text = text
        self.limit = limit
        self.budget = budget
        self.blocks: list[Block] = []
        self.last = 0
        """The previous block's start: no start goes before it."""
        self.anchor = 0
        """The start of the last block whose span was seen to hold its text."""

    def add(self, block: Block) -> None:
        """Add the block, its start at or after the previous one's, its span holding its text."""
        start = min(max(block.start, self.last), self.limit)
        end = min(max(block.end, start), self.limit)
        if self.budget > 0 and not block.text.isspace() and block.text:
            self.budget -= end - start
            if holds(block.text, self.text[start:end]):
                self.anchor = start
            else:
                start, end = self._relocate(block.text, start, end)
        if (start, end) != (block.start, block.end):
            block = dataclasses.replace(block, start=start, end=end)
        self.blocks.append(block)
        self.last = start

    def _relocate(self, words: str, start: int, end: int) -> tuple[int, int]:
        """A span that holds `words`, from the first occurrence of its first word after the
        last block seen to hold its text (else after the start of the text), or from
        `start` if that is earlier, to where all its characters are found in order; else
        from the previous block's start to the end of the text.

        A span found before the previous block's start starts the blocks since then there
        too: one placed too far on must not hide the text of all that follow it.
        """
        for low in dict.fromkeys((self.anchor, 0)):
            for probe, slack in _probes(words):
                at = self.text.find(probe, low, self.limit)
                self.budget -= (at if at >= 0 else self.limit) - low
                if at < 0:
                    continue
                span = self._span_from(at, words, min(start, max(low, at - slack)))
                if span is not None:
                    if span[0] < self.last:
                        self._pull_back(span[0])
                    self.anchor = span[0]
                    return span
        return self.last, self.limit  # the widest span the order allows

    def _span_from(self, at: int, words: str, begin: int) -> tuple[int, int] | None:
        """A span from `begin` that holds `words`: to where its characters end when read
        from `at`, else to the end of the text; None when neither holds them."""
        needle = _needle(words)
        stop = _chars_end(self.text, needle, at, self.limit)
        self.budget -= len(needle) + (stop or self.limit) - at
        if stop is None:
            return None
        for end in (stop, self.limit):
            self.budget -= end - begin
            if holds(words, self.text[begin:end]):
                return begin, end
        return None

    def _pull_back(self, at: int) -> None:
        """Start the blocks that start after `at` at `at` (widening their spans)."""
        index = len(self.blocks)
        while index and self.blocks[index - 1].start > at:
            index -= 1
            self.blocks[index] = dataclasses.replace(self.blocks[index], start=at)
        self.budget -= len(self.blocks) - index
        self.last = at


def fit_spans(blocks: list[Block], text: str, base: int, limit: int) -> list[Block]:
    """Blocks whose starts never go backwards and whose spans hold their text (R3, R4).

    A span that misses its block's text is re-located by a search for that text
    (its first word, then all its letters in order) from the start of the last
    block seen to hold its text, else widened to the previous block's start and
    `limit`. The checks
    read the text a few times at most; past that budget the spans are only kept
    in order.
    """
    fitter = _SpanFitter(text, limit, _CHECK_READS * (limit - base) + _CHECK_FLOOR)
    for block in blocks:
        fitter.add(block)
    return fitter.blocks
