"""Spans that hold their blocks' text: the HTML front end's last step.

`fit_spans` is the net under `_html_offsets`, run once over the finished
blocks: starts never go backwards, and a block whose span does not hold its
text (its letters and digits, in order, once tags are dropped and character
references decoded) is re-located by a search for that text from the last
block seen to hold its own (the blocks placed since then, too far on, start
where it is found), else widened from the previous block's start to the end
of the text. The checks read each span once and all of them together read
the text a few times at most, so a page of a million blocks costs little
beside its parse.
"""

from __future__ import annotations

import dataclasses
import html
import re
import unicodedata

from ._blocks import Block

# What the span checks read as markup, words, and not letters or digits.
_ANY_TAG = re.compile(r"<[^<>]*>")
_WORD = re.compile(r"[^\W_]+")
_NON_SPACE = re.compile(r"\S+")
_ASCII_ALNUM = re.compile(r"[A-Za-z0-9]+")
# How far before the first ASCII letter of a word its other letters may be written
# (as a character reference: `&Uuml;ber`, `&#x000DC;ber`).
_REFERENCE_SLACK = 10
_NOT_ALNUM = re.compile(r"[\W_]+")
# The letters and digits of an ASCII span with no character reference, less its tags', in
# one pass: each `<` is tried as a tag's start, as `_ANY_TAG` tries it.
_ASCII_SHOWN_LETTERS = re.compile(r"<[^<>]*>|[^A-Za-z0-9<]+|<")
_SPACE = re.compile(r"\s+")
# How many times the text's length the span checks of one page may read, past a floor.
_CHECK_READS = 16
_CHECK_FLOOR = 4_000_000


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
    if reduce is letters and span.isascii() and "&" not in span:  # the common case: one pass
        shown = _ASCII_SHOWN_LETTERS.sub("", span)
    else:
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
    `limit`. The checks read the text a few times at most; past that budget the
    spans are only kept in order.
    """
    fitter = _SpanFitter(text, limit, _CHECK_READS * (limit - base) + _CHECK_FLOOR)
    for block in blocks:
        fitter.add(block)
    return fitter.blocks
