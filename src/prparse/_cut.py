"""The block layer's last step: cut a block at the dateline inside it.

A page crammed onto one line, or a converter that lost the line break
before the dateline, gives one block that holds the header's last words and
the release's first paragraph. Such a block is cut where the dateline
starts, so that every later stage sees the dateline open a block, as it does
in a release written normally.

This step also answers, for the first blocks of the document, the question
every later stage asks of the dateline: does the block open with one? The
answers (`openings`) go to the facts stage, so that no block is asked twice.
"""

from __future__ import annotations

import dataclasses
import html
import re
from collections.abc import Sequence

from ._blocks import Block, Hint
from ._contact_details import digit_count, find_emails, find_phones
from ._contacts import contact_score
from ._cues import opens_issuer_description
from ._data import cues
from ._dateline import DatelineMatch, find_dateline, find_dateline_inside
from ._dates import may_hold_full_date
from ._lazy import lazy_pattern
from ._literals import literal_head

# How far into the document a dateline is looked for (blocks): crawled pages
# put hundreds of navigation lines before the release.
DATELINE_SEARCH = 1500
_MIN_DATELINE_SCORE = 0.5
_BEST_SCORE = 1.0
# A dateline is looked for inside blocks at least this long (a page crammed
# onto one line); in a shorter block it would stand at the start.
_CRAMMED_BLOCK = 200
# A dateline further down must score this much more per block to win.
_DISTANCE_PENALTY = 0.002
# A dateline with a wire's marker, or a place and a date.
STRONG_DATELINE_SCORE = 0.75
# A character reference, read as `html.unescape` reads one.
_REFERENCE = lazy_pattern(r"&(?:#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)")
# A block's text up to this long is asked whole by the dateline reader (its head, 600
# characters past the lead): no full date stands in its head if none stands in it.
_DATE_LINE_CHARS = 600
# A block whose text is this much link text is a teaser linking to another release.
_TEASER_LINK_SHARE = 0.7
# An About heading a converter ran onto the end of a paragraph: `... on X.About Coindraw`.
_ABOUT_WORDS = r"(?:About|ABOUT|Über|À propos de|Acerca de) (?=[A-Z])"
_GLUED_ABOUT = re.compile(rf"(?<=[a-z.!?\"”)]){_ABOUT_WORDS}")
# The heading's words alone: scanned fast (the pattern opens with no lookbehind: `re` looks
# for its first letters, `A`, `Ü` or `À`, and tries it there only), and needed wherever the
# glued heading stands.
_ABOUT_ANYWHERE = re.compile(_ABOUT_WORDS)
# A wire's footer line a scraper ran onto the text before it: `... region.  Hashtag: #HK`,
# `#HKUSTThe issuer is solely responsible ...` (the wires' `run_on` openings).
_RUN_ON_FOOTER = lazy_pattern(rf"(?<=\S)\s*(?=(?:{'|'.join(cues.RUN_ON_FOOTER_LINES)}))")
# A link run onto the word before it (`#NewOpportunitieshttps://...`): in such a footer
# line (hashtags only) it is the issuer's links, set on the next line before the scrape.
_GLUED_LINK = lazy_pattern(r"(?<=[^\W_])(?=https?://)")
_FOOTER_OPENINGS = tuple(re.compile(line) for line in cues.RUN_ON_FOOTER_LINES)
"""The footer lines' openings alone, each a pattern of its own: `_RUN_ON_FOOTER` matches only
where one of them stands, and they are found much faster without the lookbehind and spaces
before them, each (a literal first) by `re`'s scan for its literal, where their alternation
would be tried at every position."""
_FOOTER_GATES = tuple((literal_head(line.pattern), line) for line in _FOOTER_OPENINGS)
"""Each footer line's opening with the literal text it starts with, found by `in` far faster
than by the pattern's scan (most blocks hold none)."""
# Where a paragraph's sentences start (after `.`, `!` or `?` and a space, a capital).
_SENTENCE_START = re.compile(r"(?<=[a-z0-9)][.!?])[\"”’)]?\s+(?=[A-Z])")  # not after `E.`
# The words of narrative a paragraph keeps before a contact sentence cut off its end.
_PARAGRAPH_WORDS = 12
_DIGITS = re.compile(r"\d")
_PHONE_DIGITS = 7
# How much of a block's text after a cut is looked for verbatim in the source, longest first.
_PROBES = (32, 16, 8, 4, 2, 1)
# Hint members read for every block, bound once: `Hint.X` is looked up through the enum's
# metaclass (some 70 ns a read in Python 3.11, ten times a module global's).
_NOT_OPENING = (Hint.RULE, Hint.TABLE_ROW)
"""The blocks that cannot open the release by their markup: a rule, a table row."""


def openings(blocks: Sequence[Block]) -> list[DatelineMatch | None]:
    """The dateline each of the first blocks opens with, if any: up to where no later block
    can outrank the best one found (as `best_dateline` reads them), at most
    `DATELINE_SEARCH` blocks.

    A block that cannot be the release's dateline by its shape (a rule, a table row, a
    linked teaser) is read only where a full date may stand in it: later stages read its
    opening only as a closing date line, for its full date (`Facts.closing`), and find
    none either way.
    """
    opened: list[DatelineMatch | None] = []
    best = None
    for index, block in enumerate(blocks[:DATELINE_SEARCH]):
        if best is not None and best >= _BEST_SCORE - _DISTANCE_PENALTY * index:
            break
        match = find_dateline(block.text) if _worth_reading(block) else None
        opened.append(match)
        if match is not None and _candidate(block, match):
            rank = match.score - _DISTANCE_PENALTY * index
            best = rank if best is None or rank > best else best
    return opened


def _worth_reading(block: Block) -> bool:
    """Whether the opening of a block can tell later stages anything: it may be the release's
    dateline, or a full date may stand in it (in a text short enough to be asked whole)."""
    text = block.text
    return _shaped_like_dateline(block) or len(text) > _DATE_LINE_CHARS or may_hold_full_date(text)


def _candidate(block: Block, match: DatelineMatch) -> bool:
    """Whether a block's opening may be the release's dateline."""
    return match.score >= _MIN_DATELINE_SCORE and _shaped_like_dateline(block)


def _shaped_like_dateline(block: Block) -> bool:
    """Whether a block may open the release by its shape: not a rule, a table row, a teaser
    of another release (mostly link text) or a scrap of a few characters."""
    return (
        block.hint not in _NOT_OPENING
        and len(block.text) >= 4
        and (block.link_chars < _TEASER_LINK_SHARE * len(block.text))
    )


def best_dateline(
    blocks: Sequence[Block], opened: Sequence[DatelineMatch | None]
) -> tuple[int, DatelineMatch] | None:
    """The block that opens with the release's dateline, and the match.

    The best-scored opening wins; one further down must score a little more
    per block (the dateline stands near the top).
    """
    best: tuple[float, int, DatelineMatch] | None = None
    for index, match in enumerate(opened):
        if best is not None and best[0] >= _BEST_SCORE - _DISTANCE_PENALTY * index:
            break  # no later block can outrank the best one
        if match is None or not _candidate(blocks[index], match):
            continue  # a rule, a table row, a linked teaser of another release
        rank = match.score - _DISTANCE_PENALTY * index
        if best is None or rank > best[0]:
            best = (rank, index, match)
    return None if best is None else (best[1], best[2])


def _plain_letters(window: str, start: int, end: int) -> list[tuple[str, int, int]]:
    return [(ch, at, at + 1) for at in range(start, end) if (ch := window[at]).isalnum()]


def _source_letters(window: str) -> list[tuple[str, int, int]]:
    """The letters and digits of `window`, each with the span of the window it is read from.

    A character reference counts as the letters it stands for, all spanning the
    reference (the text front end decodes references in a block's text).
    """
    letters: list[tuple[str, int, int]] = []
    pos = 0
    for reference in _REFERENCE().finditer(window) if "&" in window else ():
        letters += _plain_letters(window, pos, reference.start())
        decoded = html.unescape(reference.group())
        letters += [(ch, reference.start(), reference.end()) for ch in decoded if ch.isalnum()]
        pos = reference.end()
    return letters + _plain_letters(window, pos, len(window))


def _earliest_end(letters: Sequence[tuple[str, int, int]], text: str) -> int | None:
    """Where, at the earliest, all the letters of `text` have been read in order (None: never)."""
    end, index = 0, 0
    for ch in (c for c in text if c.isalnum()):
        while index < len(letters) and letters[index][0] != ch:
            index += 1
        if index == len(letters):
            return None
        end = letters[index][2]
        index += 1
    return end


def _latest_start(letters: Sequence[tuple[str, int, int]], text: str, default: int) -> int | None:
    """Where, at the latest, reading the letters of `text` in order can begin (None: nowhere)."""
    start, index = default, len(letters) - 1
    for ch in (c for c in reversed(text) if c.isalnum()):
        while index >= 0 and letters[index][0] != ch:
            index -= 1
        if index < 0:
            return None
        start = letters[index][1]
        index -= 1
    return start


def _verbatim_start(window: str, text: str, low: int, high: int) -> int:
    """The offset in `low..high` where the window reads most like the start of `text`.

    The longest verbatim opening wins, its first occurrence on a tie; `high` when
    not even the first character is there (a reference, say).
    """
    for length in _PROBES:
        probe = text[:length]
        found = window.find(probe, low, high + len(probe)) if probe else -1
        if found >= 0:
            return found
    return high


def _cut_offset(source: str, block: Block, text_offset: int) -> int | None:
    """The source offset at which to cut the block so that its text splits at `text_offset`.

    The block's text is the source less its markup (link targets, emphasis,
    escapes, references; broken lines joined), so its letters are read off the
    source in order: the head's as early as they can be, the tail's as late as
    they can be. Any offset between the two keeps each half's text in its span;
    the one where the source reads like the tail's opening is taken. None when
    the text cannot be read off the source so (no sound cut).
    """
    window = source[block.start : block.end]
    letters = _source_letters(window)
    tail = block.text[text_offset:]
    low = _earliest_end(letters, block.text[:text_offset])
    high = _latest_start(letters, tail, len(window))
    if low is None or high is None or low > high:
        return None
    return block.start + _verbatim_start(window, tail, low, high)


def _split(blocks: list[Block], index: int, at: int, source: str) -> list[Block] | None:
    """The blocks with block `index` cut in two where its text reaches offset `at`, or None
    when the cut cannot be placed soundly in the source."""
    block = blocks[index]
    cut = _cut_offset(source, block, at)
    if cut is None or not block.start < cut < block.end:
        return None
    # A nested HTML block may start inside this one: the tail starts no later than it,
    # so that sections stay in document order (its span still holds its text).
    tail_start = min(cut, blocks[index + 1].start) if index + 1 < len(blocks) else cut
    head = dataclasses.replace(block, text=block.text[:at].strip(), end=cut, lines=())
    tail = dataclasses.replace(
        block, text=block.text[at:], start=tail_start, lines=(), gap_before=True
    )
    return [*blocks[:index], head, tail, *blocks[index + 1 :]]


def _closing_contact(text: str) -> int | None:
    """Where a contact sentence that closes the issuer's description starts (`MOSTe ... is
    a non-profit organization ... career readiness. Contact MOSTe at info@moste.org.`):
    short, with an email or a phone number, and reading as contact details rather than
    prose (`contact_score`); None if none.

    Issuers end their description with how to reach them; the sentence is the
    release's contact, not part of the boilerplate.
    """
    if not _may_hold_contact(text) or not opens_issuer_description(text):
        return None  # the cheaper question first: most paragraphs hold no email, few digits
    starts = [m.end() for m in _SENTENCE_START.finditer(text)]
    if not starts:
        return None
    start = starts[-1]
    tail = text[start:]
    if "@" not in tail and len(_DIGITS.findall(tail)) < _PHONE_DIGITS:
        return None
    if len(text[:start].split()) < _PARAGRAPH_WORDS or contact_score(tail) < _CONTACT_SENTENCE:
        return None
    return start if find_emails(tail) or find_phones(tail) else None


_CONTACT_SENTENCE = 0.6
def _may_hold_contact(text: str) -> bool:
    """Whether an email or a phone number may stand in the text's closing sentence: an `@`
    or enough digits stand in the text."""
    return "@" in text or digit_count(text) >= _PHONE_DIGITS


def _may_glue_about(text: str) -> bool:
    """Whether `_GLUED_ABOUT` is worth trying: the heading's words stand somewhere in the text
    (one scan, which rejects most paragraphs faster than `in` tests for pieces of the words
    would before it)."""
    return _ABOUT_ANYWHERE.search(text) is not None


def _glued_line(text: str) -> int | None:
    """Where a glued line starts in the text: an About heading or a wire's footer line run
    onto what comes before it, or a link run onto such a footer line; None if none."""
    found: list[int] = []
    if _may_glue_about(text) and (about := _GLUED_ABOUT.search(text)) is not None:
        found.append(about.start())
    first_opening = None  # where the first footer line's opening stands (most blocks: none)
    for head, line in _FOOTER_GATES:
        if head in text and (opening := line.search(text)) is not None:
            at = opening.start()
            first_opening = at if first_opening is None else min(at, first_opening)
    if first_opening is not None:
        if (footer := _RUN_ON_FOOTER().search(text)) is not None:
            found.append(footer.end())
        if first_opening == 0 and (link := _GLUED_LINK().search(text)) is not None:
            found.append(link.end())  # a link run onto the hashtags of a footer line
    if not found and (contact := _closing_contact(text)) is not None:
        found.append(contact)
    return min(found, default=None)


def cut_at_glued_headings(blocks: list[Block], source: str) -> list[Block]:
    """The blocks, each cut where a converter ran a line onto the end of the text before it:
    an `About X` heading after a sentence's end (`... on X.About Coindraw`), a wire's
    footer line (`...the region.  Hashtag: #HKUST`), links run onto the hashtags."""
    out = blocks
    index = 0
    while index < len(out):
        at = _glued_line(out[index].text)
        cut = _split(out, index, at, source) if at is not None else None
        out = cut if cut is not None else out
        index += 1  # the tail may hold a further glued line
    return out


def cut_at_dateline(
    blocks: list[Block], source: str
) -> tuple[list[Block], list[DatelineMatch | None]]:
    """The blocks, one cut at a dateline inside it where needed, and their openings.

    Used when no block opens with a strong dateline; only a dateline with a
    wire's marker is taken from inside a block, and only before a weaker one.
    """
    opened = openings(blocks)
    found = best_dateline(blocks, opened)
    if found is not None and found[1].score >= STRONG_DATELINE_SCORE:
        return blocks, opened
    limit = found[0] if found is not None else min(len(blocks), DATELINE_SEARCH)
    minimum = STRONG_DATELINE_SCORE if found is not None else _MIN_DATELINE_SCORE
    for index, block in enumerate(blocks[:limit]):
        if len(block.text) < _CRAMMED_BLOCK:
            continue
        # `find_dateline(text, anywhere=True)`, its opening read once: `openings` holds it
        read = index < len(opened) and _worth_reading(block)
        match = opened[index] if read else find_dateline(block.text)
        match = match if match is not None else find_dateline_inside(block.text)
        if match is None or match.score < minimum or match.start == 0:
            continue
        cut_blocks = _split(blocks, index, match.start, source)
        if cut_blocks is None:
            continue
        head, tail = cut_blocks[index], cut_blocks[index + 1]
        pair = [find_dateline(head.text), find_dateline(tail.text)]
        return cut_blocks, [*opened[:index], *pair, *opened[index + 1 :]][:DATELINE_SEARCH]
    return blocks, opened
