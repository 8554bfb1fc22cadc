"""Block-level cues: what a single block's own text says it is.

Each predicate looks at one block only; where the block stands (its zone)
is `_zones`' business, and the verdict that combines both is `_classify`'s.
The vocabularies are data in `_data/cues.py`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from ._blocks import Block, Hint
from ._data import cues
from ._dateline import find_dateline
from ._dates import contains_date, find_release_date
from ._literals import gated_any, openers


def _full_match(patterns: Sequence[str]) -> re.Pattern[str]:
    """One case-insensitive pattern that must match a whole block's text."""
    return re.compile(r"(?:" + "|".join(patterns) + r")\s*", re.IGNORECASE | re.DOTALL)


def _prefix_match(patterns: Sequence[str]) -> re.Pattern[str]:
    return re.compile(r"(?:" + "|".join(patterns) + r")", re.IGNORECASE)


def _any_of(patterns: Sequence[str]) -> re.Pattern[str]:
    """One case-insensitive pattern searched for any of the patterns."""
    return re.compile("|".join(patterns), re.IGNORECASE)


_ABOUT = _prefix_match(cues.ABOUT_HEADINGS)
_WEAK_ABOUT = _prefix_match(cues.WEAK_ABOUT_HEADINGS)
_ABOUT_INLINE = re.compile(
    r"((?:" + "|".join(cues.ABOUT_HEADINGS) + r")[^:!?\n]{1,100}?(?:\([^)]{1,40}\))?):\s+(?=\S)",
    re.IGNORECASE,
)
# A heading whose line break a converter lost: "About AcmeAcme is ..." (the name
# repeats) or "About AcmeFounded in 2007, ..." (a capital right after a small letter).
_ABOUT_GLUED = re.compile(
    r"(about\s+(\S.{0,60}?))(?=\2\b)|(about\s+\S(?:[^\s]|\s(?!\s)){0,60}?(?-i:[a-z.)]))(?=(?-i:[A-Z][a-z]+)\s)",
    re.IGNORECASE,
)
_ABOUT_WORD = re.compile(r"(?:about|über|à propos de)\s+", re.IGNORECASE)
_TOKEN = re.compile(r"\S+")
# How many words an About heading's name may have.
_ABOUT_NAME_WORDS = 7
_LABELLED_TITLE = re.compile(
    r"(?:" + "|".join(cues.HEADLINE_LABEL_PREFIXES) + r")\s*:\s+(?=\w)", re.IGNORECASE
)
_SEPARATOR = _full_match(cues.SEPARATORS)
_WIRE_FOOTER = _full_match(cues.WIRE_FOOTER_LINES)
_MEDIA_LINK = _full_match(cues.MEDIA_LINK_LINES)
_MEDIA_LINK_OPENERS = openers(cues.MEDIA_LINK_LINES)
_RELEASE_END = _full_match(cues.RELEASE_END_LINES)
_RELEASE_END_OPENERS = openers(cues.RELEASE_END_LINES)
_WIRE_NOTE = _full_match(cues.WIRE_NOTES_ANYWHERE)
_META = _full_match(cues.META_LINES)
_SITE_COPYRIGHT = re.compile(cues.SITE_COPYRIGHT, re.IGNORECASE)
_CORRECTION_NOTICE = gated_any(cues.CORRECTION_NOTICES, lambda: _any_of(cues.CORRECTION_NOTICES))
"""Compiled on first use, as are the caption cues: few blocks hold their words."""
_LONGEST_NOTICE = 800
_CHROME = _full_match(cues.CHROME_LINES)
_CAPTION_START = _prefix_match(cues.CAPTION_STARTS)
_CAPTION_OPENERS = openers(cues.CAPTION_STARTS)
_CAPTION_ANYWHERE = gated_any(cues.CAPTION_ANYWHERE, lambda: _any_of(cues.CAPTION_ANYWHERE))
_ABBREVIATION_END = re.compile(
    r"\b(?:inc|corp|co|ltd|llc|plc|ag|se|sa|s\.a|n\.v|l\.p|gmbh)\.$", re.I
)
_SENTENCE_END = re.compile(r"[.!?。！？]['\"\u201d\u2019)」』]?$")
"""How a sentence ends: what `ends_sentence` reads off a text's last characters."""
_WORD = re.compile(r"\w+")


@functools.cache
def _unspaced_run() -> re.Pattern[str]:
    """Ideographs and kana, written without spaces between words: looked for in non-ASCII text
    only, so compiled on first use."""
    return re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,}")


_QUOTE_OPEN = '"\u201c\u201e\u00ab\u2018'
_QUOTE_CLOSE = '"\u201d\u201c\u00bb\u2019'
_URLISH = re.compile(r"https?://\S+|www\.\S+|\S+@\S+\.\w+")


_ASCII_WORD_MARKS = bytes(
    ord("a" if code < 128 and (chr(code).isalnum() or chr(code) == "_") else " ")
    for code in range(256)
)
"""Every ASCII character that `\\w` matches (`[A-Za-z0-9_]`) as `a`, every other as a space:
a word is a run of `a`s, counted where one starts."""
_UTF8_WORD_MARKS = _ASCII_WORD_MARKS[:128] + b"a" * 128
"""`_ASCII_WORD_MARKS` for the UTF-8 bytes of a text whose characters past ASCII are all
word characters: each byte of theirs (128 and up) as `a`."""
_COMMON_NON_ASCII = "’”“‘—–‑‐…®™•°©€£«»\u00a0\u200e"
"""The characters past ASCII a release in English mostly holds: quotation marks, dashes and
signs, none of them part of a word (`\\w`)."""
_PAST_ASCII = re.compile(r"[^\x00-\x7f]+")


def _ascii_word_count(text: str) -> int:
    """`word_count` of an ASCII text: counted in bytes, with no list of the words made."""
    return _marked_word_count(text.encode("ascii").translate(_ASCII_WORD_MARKS))


def _marked_word_count(marks: bytes) -> int:
    """How many runs of `a` the marks hold."""
    return marks.count(b" a") + marks.startswith(b"a")


def word_count(text: str) -> int:
    """How many words (runs of `\\w`) a text has.

    Chinese and Japanese are written without spaces between words: there a run of
    ideographs or kana counts one word per two characters, about their words' length.
    """
    if text.isascii():
        return _ascii_word_count(text)
    spaced = text
    for char in _COMMON_NON_ASCII:
        if char in spaced:
            spaced = spaced.replace(char, " ")  # a mark between words, as a space is
    if spaced.isascii():  # most texts past ASCII: curly quotes and dashes only
        return _ascii_word_count(spaced)
    past_ascii = "".join(_PAST_ASCII.findall(spaced))
    # Past ASCII, the text holds the marks (below kana) and these: the highest of them is
    # the text's highest character, if any is kana or an ideograph.
    unspaced = max(past_ascii) >= "\u3040"
    if past_ascii.isalnum() and not unspaced:
        # Letters such as `é` (in UTF-8 a run of bytes past ASCII each, read as a word's):
        # most texts in other languages.
        return _marked_word_count(spaced.encode("utf-8").translate(_UTF8_WORD_MARKS))
    count = _WORD.subn("", text)[1]
    if not unspaced:  # no kana or ideograph: the runs' pattern is not compiled
        return count
    for run in _unspaced_run().findall(text):
        count += len(run) // 2 - 1
    return count


# The furthest from the end `_ABBREVIATION_END` can start (a final newline counted): only
# the tail is searched.
_ABBREVIATION_END_REACH = 8


_SENTENCE_ENDERS = frozenset(".!?。！？")
_SENTENCE_CLOSERS = frozenset("'\"\u201d\u2019)」』")


def ends_sentence(text: str) -> bool:
    """Whether a text ends like a sentence (abbreviated company names excepted).

    `_SENTENCE_END` read off the text's last characters (its `$` also before a final line
    break); `_ABBREVIATION_END` asked only of a text that ends with a full stop, as it does.
    """
    tail = text[-3:].removesuffix("\n")
    last = tail[-1:]
    if last in _SENTENCE_CLOSERS:
        last = tail[-2:-1]
    if not last or last not in _SENTENCE_ENDERS:
        return False
    return last != "." or not _ABBREVIATION_END.search(
        text, max(0, len(text) - _ABBREVIATION_END_REACH)
    )


def is_short_heading(
    block: Block, max_words: int = 14, *, words: int | None = None, sentence: bool | None = None
) -> bool:
    """A block that reads as a heading: marked as one, or short without a sentence end.

    `words` and `sentence` are the block's `word_count` and `ends_sentence` when the caller
    has them.
    """
    words = word_count(block.text) if words is None else words
    if block.hint is Hint.HEADING:
        return words <= 25
    if words > max_words:
        return False
    if sentence is not None and not block.text.endswith(":"):
        return not sentence  # the text is its own `rstrip(":")`
    return not ends_sentence(block.text.rstrip(":"))


def about_heading(block: Block, *, in_trailer: bool = False, words: int | None = None) -> bool:
    """`About Acme`, `Über Acme`: a heading that opens boilerplate (`BACKGROUND` in the trailer).

    `words` is the block's `word_count` when the caller has it.
    """
    text = block.text.strip().rstrip(":").strip()
    if len(text) > 120 or not (_ABOUT.match(text) or (in_trailer and _WEAK_ABOUT.match(text))):
        return False
    words = word_count(text) if words is None else words
    # "Über kevin." ends in a full stop that belongs to the company's name.
    return is_short_heading(block, words=words) or (words <= 5 and block.hint is not Hint.LIST_ITEM)


_ABOUT_OPENING = re.compile(r"about|über|à propos de", re.IGNORECASE)
"""What `_ABOUT_GLUED` and `_ABOUT_WORD` open with."""
_INLINE_ABOUT_TEXT = 40
"""The characters of paragraph an inline About heading must have after it."""


def _may_open_inline_about(text: str) -> bool:
    """False when no inline About heading can open the text (most paragraphs): it is too
    short to hold one and its paragraph, or it has no colon (which ends `_ABOUT_INLINE`'s
    heading) and no About word at its start (which the other readings open with)."""
    if len(text) <= _INLINE_ABOUT_TEXT:
        return False
    return ":" in text or _ABOUT_OPENING.match(text) is not None


def inline_about_heading(block: Block) -> int:
    """End of an `About Acme Inc. (OTC: ACME):` heading run into its paragraph; 0 if none."""
    if not _may_open_inline_about(block.text):
        return 0
    match = _ABOUT_INLINE.match(block.text) or _ABOUT_GLUED.match(block.text)
    end = match.end() if match is not None else _about_run_end(block.text)
    if not end or len(block.text) - end < _INLINE_ABOUT_TEXT:
        return 0
    heading = block.text[:end]
    return end if word_count(heading) <= 8 and title_case_ratio(heading) >= 0.6 else 0


def _about_run_end(text: str) -> int:
    """End of an About heading a crawl ran into its paragraph with a space: `About Acme
    Widgets Founded in 2003, ...` -> `About Acme Widgets`.

    The heading is `About` and the capitalised words of a name (small words and `&`
    between them); the paragraph opens with its first sentence: where the name starts
    again (`About Acme Acme's mission`), a sentence opener (`The`, `Based`, `Founded`), a
    word after a corporate suffix (`Inc.`), the first title-case word after an upper-case
    heading (`ABOUT ACME Acme is`), else the last capitalised word before a small word.
    """
    about = _ABOUT_WORD.match(text)
    if about is None:
        return 0
    tokens = [m for m in _TOKEN.finditer(text, about.end())][: _ABOUT_NAME_WORDS + 3]
    words = [m.group() for m in tokens]
    if not words or not words[0][:1].isupper():
        return 0
    shouting = about.group().strip().isupper()
    small = _first_small_word(words)
    lowest = len(words) - 1 if small is None else small
    first = words[0].casefold().rstrip(".,:;’'s")
    repeats = [i for i in range(1, lowest) if words[i].casefold().startswith(first)]
    opener = next(
        (
            index
            for index in range(1, lowest + 1)
            if words[index][:1].isupper()
            and (
                words[index].casefold() in cues.ABOUT_SENTENCE_OPENERS
                or words[index - 1].casefold() in cues.CORPORATE_SUFFIXES
                or (shouting and not words[index].isupper())
            )
        ),
        None,
    )
    starts = [i for i in (repeats[-1] if repeats else None, opener) if i is not None]
    if not starts and small is None:
        return 0  # a run of capitalised words with no sentence in sight: no heading to tell
    if not starts:
        starts = [max(i for i in range(lowest) if words[i][:1].isupper())]
    start = min(starts)
    return tokens[start - 1].end() if start >= 1 else 0


def _first_small_word(words: list[str]) -> int | None:
    """Index of the first word that is neither part of a name nor a joiner inside one."""
    for index, word in enumerate(words):
        if word[:1].isupper() or not any(ch.isalpha() for ch in word):
            continue  # a capitalised word, a figure, `&` or a dash
        following = words[index + 1] if index + 1 < len(words) else ""
        if word.casefold() in _MINOR_WORDS and following[:1].isupper():
            continue  # `Scholarship for Medical Students`
        return index
    return None


def separator(block: Block) -> bool:
    """`###`, `-30-`, `ENDS`: the mark that ends a release."""
    return bool(_SEPARATOR.fullmatch(block.text.strip()))


def wire_footer(block: Block) -> bool:
    """A line the wire writes around a release (`SOURCE Acme`, `View original content`)."""
    text = block.text.strip()
    return len(text) <= 600 and bool(_WIRE_FOOTER.fullmatch(text) or _is_media_link(text))


def release_end(block: Block) -> bool:
    """A wire's closing line (`View original content: ...`): the release is over."""
    if len(block.text) > 600:
        return False
    text = block.text.strip()
    return text[:1] in _RELEASE_END_OPENERS and _RELEASE_END.fullmatch(text) is not None


def closing_footer(block: Block) -> bool:
    """A wire footer line that stands only after the release (not a media link or a note)."""
    text = block.text.strip()
    return wire_footer(block) and not media_link(block) and not _WIRE_NOTE.fullmatch(text)


def media_link(block: Block) -> bool:
    """`Logo - https://...`, `Photo - https://...`: the wire's links to a release's media."""
    return len(block.text) <= 600 and _is_media_link(block.text.strip())


def _is_media_link(text: str) -> bool:
    """`_MEDIA_LINK` matches the whole (stripped) text."""
    return text[:1] in _MEDIA_LINK_OPENERS and _MEDIA_LINK.fullmatch(text) is not None


def site_copyright(block: Block) -> bool:
    """A short line that opens with a copyright mark and a year (`© 2020 Ente Parco ...`)."""
    return len(block.text) < _COPYRIGHT_CHARS and _SITE_COPYRIGHT.match(block.text) is not None


_COPYRIGHT_CHARS = 300


_ISSUER_DESCRIPTION = re.compile(
    r"^[\"“]?(?!(?:If|When|As|This|That|These|It|We|You|They|There|Our|For|In|With)\b)"
    r"(?:[A-Z0-9][^.!?]{0,160}?\b(?:is|are)\s+(?:a|an|the|one of)\b"
    r"|[A-Z][\w&.'’-]*(?:,?\s+[A-Z][\w&.'’-]*){0,5},\s+(?:a|an|the)\s+"
    r"(?:leading|recognized|global|leader|pioneer|provider|innovator)\b)",
    re.DOTALL,
)


_DESCRIBING_VERB_WITHIN = 165
"""`is` or `are` ends within this many characters where `_ISSUER_DESCRIPTION`'s first form
matches (a quote mark, a capital and 160 characters before it)."""
_DESCRIBING_WORDS = ("lead", "recognized", "global", "pioneer", "provider", "innovator")
"""One of which its second form holds (`leading`, `leader`, ...)."""


def _may_describe_issuer(text: str) -> bool:
    """False when neither form of `_ISSUER_DESCRIPTION` can match: no `is`/`are` near the
    start, none of the second form's words anywhere (most paragraphs, found by `in`)."""
    head = text[:_DESCRIBING_VERB_WITHIN]
    return "is" in head or "are" in head or any(map(text.__contains__, _DESCRIBING_WORDS))


def opens_issuer_description(text: str) -> bool:
    """Opens like a description of the issuer: `Acme Corp. is a ...`, `Acme, a leading ...`."""
    return _may_describe_issuer(text) and _ISSUER_DESCRIPTION.match(text) is not None


def meta(block: Block) -> bool:
    """`FOR IMMEDIATE RELEASE`, `Press Release`, an embargo line, a correction notice."""
    if len(block.text) <= 160 and _META.fullmatch(block.text.strip(" *:-")):
        return True
    return len(block.text) <= _LONGEST_NOTICE and bool(_CORRECTION_NOTICE.search(block.text))


def chrome(block: Block, *, words: int | None = None) -> bool:
    """Navigation or page furniture: menu words, or a short line that is all links.

    `words` is the block's `word_count` when the caller has it.
    """
    text = block.text.strip()
    if _CHROME.fullmatch(text):
        return True
    if (
        block.urls
        and (word_count(text) if words is None else words) <= 6
        and not _URLISH.search(text)
        and block.hint is not Hint.HEADING
    ):
        return True
    return not text.strip("|·•-–—/>»«< +×")


def link_list(block: Block) -> bool:
    """A block whose text is mostly link texts (a menu, a list of related news).

    A menu labels its links with words; a run of links that show their own
    addresses (`https://x.com/Brand_HK/ https://www.facebook.com/brandhk.isd`)
    is web addresses written out, as an issuer lists its site and social pages.
    """
    # A heading that links to its own page is a headline, not a menu.
    text = block.text.strip()
    return (
        bool(block.urls)
        and block.hint is not Hint.HEADING
        and block.link_chars >= _LINK_SHARE * len(text)
        and not (len(block.urls) > 1 and len(_URLISH.sub("", text).strip()) < _BARE * len(text))
    )


_LINK_SHARE = 0.7
_BARE = 1 - _LINK_SHARE  # at most this share of a run of written-out addresses is other text


def quoted(text: str) -> bool:
    """A paragraph that is one quotation from start to end (a pull quote's shape)."""
    text = text.strip().rstrip("*_ ")
    if len(text) < 20:
        return False
    opens = text[0] in _QUOTE_OPEN
    closes = text[-1] in _QUOTE_CLOSE or text[-2:] in {'."', ".\u201d", "!\u201d", '!"'}
    if opens:
        return closes
    return closes and not any(q in text[:-1] for q in _QUOTE_OPEN)


def title_like(block: Block, *, words: int | None = None) -> bool:
    """Could this block be a headline? (`words`: the block's `word_count` if the caller has it.)"""
    text = block.text.strip()
    words = word_count(text) if words is None else words
    if not 2 <= words <= 60 or len(text) > 400:
        return False
    if block.hint in (Hint.RULE, Hint.TABLE_ROW):
        return False
    if text.endswith(","):
        return False
    if text.endswith(":") and not (block.hint is Hint.HEADING and block.level == 1 and words >= 4):
        return False  # a label, unless the page's main heading (`# Hot Tech for a Summer:`)
    return not _URLISH.fullmatch(text)


_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789ÀÁÂÄÉÈÊÖÜ")
_MINOR_WORDS = frozenset(
    {"a", "an", "and", "as", "at", "but", "by", "de", "der", "die", "das", "du", "en", "et"}
    | {"for", "from", "in", "into", "of", "on", "or", "the", "to", "un", "une", "und", "via"}
    | {"vs", "with", "y"}
)
_LONGEST_MINOR_WORD = max(map(len, _MINOR_WORDS))


def title_case_ratio(text: str) -> float:
    """Share of the words (minor words aside) that start with a capital or digit."""
    counted = capitalised = 0
    for word in text.split():
        # Case folding never shortens a word: a longer one is no minor word.
        if word[:1].isalnum() and (
            len(word) > _LONGEST_MINOR_WORD or word.casefold() not in _MINOR_WORDS
        ):
            counted += 1
            capitalised += word[0] in _CAPITALS
    return capitalised / counted if counted else 0.0


def release_date_line(block: Block) -> bool:
    """A short line that states a date and little else (`Tue 13 October 2015`, a byline).

    Also a closing place and date (`Hamburg, den 02. Dezember 2022`).
    """
    words = word_count(block.text)
    if words > 8:
        return False
    if find_release_date(block.text) is not None or (words <= 7 and contains_date(block.text)):
        return True
    place_and_date = find_dateline(block.text)
    return (
        place_and_date is not None
        and place_and_date.dateline.date is not None
        and place_and_date.end >= len(block.text.rstrip()) - 2
    )


def title_label_end(text: str) -> int:
    """End of a label a portal or feed sets before a title (`Press release: Acme Buys
    Beta`, `Text: ...`, `Medienmitteilung der Stadt Zürich: ...`); 0 when there is none,
    or when fewer than four words follow it."""
    found = _LABELLED_TITLE.match(text)
    return found.end() if found is not None and word_count(text[found.end() :]) >= 4 else 0


def label(block: Block, *, words: int | None = None) -> bool:
    """A short label that introduces what follows (`Research Highlights:`).

    `words` is the block's `word_count` when the caller has it.
    """
    text = block.text.strip()
    return text.endswith(":") and (word_count(text) if words is None else words) <= 5


def section_heading(
    block: Block, *, words: int | None = None, title_case: float | None = None
) -> bool:
    """A short heading line that titles the paragraphs under it (`Engagement für das Ökosystem`).

    `words` and `title_case` are the block's `word_count` and `title_case_ratio` when the
    caller has them.
    """
    words = word_count(block.text) if words is None else words
    if block.hint is Hint.HEADING:
        return words <= 12
    return (
        block.hint in (Hint.EMPHASIS, Hint.PARAGRAPH)
        and 1 <= words <= 8
        and not ends_sentence(block.text)
        and not block.text.rstrip().endswith((",", ";"))
        and (title_case_ratio(block.text) if title_case is None else title_case) >= 0.5
    )


def caption(block: Block) -> bool:
    """An image or video caption or credit (`Photo courtesy of X`, `From left to right: ...`)."""
    text = block.text.strip()
    if len(text) > 400 or block.hint is Hint.LIST_ITEM:
        return False
    opening = text.lstrip("[!(*_ ")  # an image link a converter left open: `[![Von links ...`
    if opening[:1] in _CAPTION_OPENERS and _CAPTION_START.match(opening):
        return True
    return _CAPTION_ANYWHERE.search(text) is not None
