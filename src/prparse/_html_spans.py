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
# What is not a letter or digit, where ASCII holds letters and digits only (the range is read
# first: cheaper than `[\W_]` for each character).
_NON_ASCII_NOT_ALNUM = re.compile(r"[^\x00-\x7f\w]+")
# The UTF-8 that opens U+2000-U+203F, General Punctuation's first half: no letter or digit.
_PUNCTUATION = b"\xe2\x80"
_ASCII_NOT_ALNUM = bytes(code for code in range(128) if not chr(code).isalnum())
_SPACE = re.compile(r"\s+")
# A span this many times its text's length is first searched for the text's words one by
# one (`str.find` skips markup faster than `_ANY_TAG` reads it).
_WORDS_FIRST = 4
_WORDS_FIRST_PLAIN = 32
_WORD_TRIES = 8
# A character reference as `html.unescape` reads one.
_CHARREF = re.compile(r"&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)")
# `_joins_nothing` of the references met (`&nbsp;` and a few others, on most pages).
_REFERENCES_JOINING_NOTHING: dict[str, bool] = {}
_MAX_REFERENCES = 512
# How many times the text's length the span checks of one page may read, past a floor.
_CHECK_READS = 16
_CHECK_FLOOR = 4_000_000


def letters(text: str) -> str:
    """The letters and digits of `text` (NFC-normalised), all else dropped."""
    if text.isascii():
        return text.encode("ascii").translate(None, _ASCII_NOT_ALNUM).decode("ascii")
    # Its ASCII signs dropped byte-wise first (the bytes of a UTF-8 sequence are none of
    # them), and the signs of General Punctuation that open with `_PUNCTUATION` (curly
    # quotes, dashes, ellipses, thin spaces), then what signs are left, if any.
    data = (
        unicodedata.normalize("NFC", text)
        .encode("utf-8", "surrogatepass")
        .translate(None, _ASCII_NOT_ALNUM)
    )
    if _PUNCTUATION in data:  # each such sign is these two bytes and one more
        head, *rest = data.split(_PUNCTUATION)
        data = head + b"".join([part[1:] for part in rest])
    kept = data.decode("utf-8", "surrogatepass")
    if kept.isascii() or kept.isalnum():  # `[\W_]` is what `str.isalnum` refuses
        return kept
    return _NON_ASCII_NOT_ALNUM.sub("", kept)


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
    plain = span.isascii() and "&" not in span  # its letters are those outside its tags
    if (
        reduce is letters
        and len(span) > (_WORDS_FIRST_PLAIN if plain else _WORDS_FIRST) * len(text)
        and needle.isascii()
        and _words_shown(text, span)
    ):
        return True
    if reduce is letters and plain:  # the common case: tags dropped, then all but letters
        shown = letters(_ANY_TAG.sub("", span) if "<" in span else span)
    else:
        shown = reduce(html.unescape(_ANY_TAG.sub(" ", span) if "<" in span else span))
    if needle in shown or _subsequence(needle, shown):
        return True
    raw = reduce(html.unescape(span))
    return needle in raw or _subsequence(needle, raw)


def _words_shown(text: str, span: str) -> bool:
    """Whether each ASCII word of `text` is found, in order, in `span` where reading the
    span as text keeps it whole: outside tags and character references, and not before
    a mark that joins its last letter (`e&#769;` reads as `é`). A sufficient test for
    `holds` that reads a long span's markup only through `str.find`: when it fails,
    the span may still hold the text (a word split by a tag: `<b>W</b>ord`)."""
    pos = 0
    words = text if text.isascii() else unicodedata.normalize("NFC", text)
    for word in _WORD.findall(words):
        if not word.isascii():
            return False
        pos = _shown_word_end(word, span, pos)
        if pos < 0:
            return False
    return True


def _shown_word_end(word: str, span: str, pos: int) -> int:
    """Just past the first occurrence of `word` from `pos` that reading `span` as text
    keeps whole (tried a few times), else -1. No tag that holds text from `pos` on opens
    before it (`pos` is 0, or just past text seen outside tags or past a tag)."""
    for _ in range(_WORD_TRIES):
        at = span.find(word, pos)
        if at < 0:
            return -1
        end = at + len(word)
        opened = span.rfind("<", pos, at)
        if opened >= 0 and span.rfind(">", opened, at) < 0:  # the `<` may open a tag holding it
            closed = span.find(">", end)
            if closed >= 0 and span.find("<", end, closed) < 0:
                pos = closed + 1
                continue
        before = span[at - 1] if at else ""
        if before.isalnum() or before in ("&", "#"):  # inside a word, or a reference's name
            pos = at + 1
            continue
        if end == len(span):
            return end
        after = span[end]
        return end if (after.isascii() and after != "&") or _joins_nothing(span, end) else -1
    return -1


def _joins_nothing(span: str, at: int) -> bool:
    """Whether what `span` reads as at `at` (a character, or a character reference's first
    character) cannot join the letter before it (NFC joins a letter and a combining mark;
    every mark that joins an ASCII letter has a combining class)."""
    char = span[at]
    if char.isascii() and char != "&":
        return True
    if char != "&":
        return not unicodedata.combining(char)
    reference = _CHARREF.match(span, at)
    if reference is None:
        return True  # a `&` as such
    written = reference.group()
    known = _REFERENCES_JOINING_NOTHING.get(written)
    if known is None:
        if "<" in written:
            return False  # a tag may cut it short: not worth reading on
        decoded = html.unescape(written)
        known = bool(decoded) and not unicodedata.combining(decoded[0])
        if len(_REFERENCES_JOINING_NOTHING) >= _MAX_REFERENCES:
            _REFERENCES_JOINING_NOTHING.clear()
        _REFERENCES_JOINING_NOTHING[written] = known
    return known


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
