"""Markdown-ish line cleaning for the text front end.

Crawlers that convert wire pages to Markdown leave links (`[text](url)`,
`[text](#)`, `<https://...>`), images, emphasis, headings, bullets, tables,
backslash escapes and stray glyphs (`☐`, `__`). `clean_line` reduces one
line to its text and says what the markup made of it.
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Callable
from typing import NamedTuple

from ._blocks import Hint
from ._lazy import lazy_pattern

# Images first (they nest inside links): ![alt](src "title") -> nothing.
# A link target: no unescaped bracket inside, so a run of `](` cannot make a scan long.
_TARGET = r"(?:\\.|[^()\[\]\s\\]){0,2000}"
_TITLE = r"(?:\s+\"[^\"\n]{0,300}\")?"
_IMAGE = lazy_pattern(r"!\[[^\]\n]{0,500}\]\(" + _TARGET + _TITLE + r"\)")
# [text](target "title"): the text stays, the target is kept as a URL.
# Link text may hold one level of brackets: `[[email protected]](/cdn-cgi/...)`.
_LINK = lazy_pattern(
    r"\[((?:[^\[\]\n]|\[[^\[\]\n]{0,200}\]){0,1000})\]"
    r"\(\s*<?(" + _TARGET + r")>?" + _TITLE + r"\s*\)"
)
# The same two, read the same where no backslash stands in the line (no escape in a target)
# and, for a link, no bracket is opened inside a link's text (most lines): each part is a run
# of one character class, which `re` reads much faster than an alternation it tries
# character by character.
_PLAIN_TARGET = r"[^()\[\]\s\\]{0,2000}"
_PLAIN_IMAGE = lazy_pattern(r"!\[[^\]\n]{0,500}\]\(" + _PLAIN_TARGET + _TITLE + r"\)")
_PLAIN_LINK = lazy_pattern(
    r"\[([^\[\]\n]{0,1000})\]\(\s*<?(" + _PLAIN_TARGET + r")>?" + _TITLE + r"\s*\)"
)
# A bracket opened before the one opened last is closed: where none stands, `_LINK`'s
# alternative for bracketed text inside a link's is never tried.
_BRACKET_IN_BRACKET = lazy_pattern(r"\[[^\]\n]*\[")
# A link whose target holds spaces and brackets (a share button's prefilled text):
# `[](https://facebook.com/dialog/feed?caption=Acme (ACME) Looks Up)`.
_LOOSE_LINK = lazy_pattern(
    r"\[([^\[\]\n]{0,300})\]\((https?://(?:[^()\[\]\n]|\([^()\[\]\n]{0,200}\)){0,3000})\)"
)
# <https://example.com> and <name@example.com> autolinks.
_AUTOLINK = lazy_pattern(r"<((?:https?|mailto):[^>\s]{1,2000}|[^@\s<>]{1,100}@[^@\s<>]{1,200})>")
_INLINE_TAG = lazy_pattern(
    r"</?(?:br|span|b|i|u|em|strong|sup|sub|font|a)\b[^<>]{0,300}>|<!--.{0,200}?-->|<PAGE>",
    re.IGNORECASE,
)
# ATX headings; original Markdown (and crawlers following it) write `###Heading` with no
# space too. One `#` glued to a word is a hashtag, not a heading.
_HEADING = lazy_pattern(r"^\s{0,3}(#{1,6}(?=\s)|#{2,6}(?=[^\W\d_]))\s*(.*?)\s*#*\s*$")
_HEADING_BULLET = lazy_pattern(r"^\\?[-*•]\s+")
_BLOCKQUOTE = lazy_pattern(r"^\s{0,3}>\s?")
# Bullets: Markdown markers and the glyphs releases use for highlights.
_BULLET = lazy_pattern(
    r"^\s*(?:\\?[*+\-](?=\s)|--(?=\s)|[•·▪●◦■□☐➢➤►o](?=\s)|\d{1,2}[.)](?=\s+\D))\s*"
)
# Matched against the stripped line: no leading `\s*` that could backtrack.
_RULE = lazy_pattern(r"(?:[-*_=~][^\S\n]*){3,}$|\|?(?:[^\S\n]*:?-{2,}:?[^\S\n]*\|)+[^\S\n]*:?-*:?$")
# A table row: cells between pipes; converters write one-cell rows as `| text`.
_TABLE_ROW = lazy_pattern(r"\|?(?:[^|\n]*\|){2,}|\|\s*\S")
# Emphasis markers around words; `__` alone is a stray icon placeholder.
# The emphasised span is bounded, so a run of marks cannot make a scan long.
# Each alternative of these two and `_STRAY` opens with a plain character (`\*\*{0,2}` for
# `\*{1,3}`, a lookbehind moved after the mark it looks behind): `re` then scans a text for
# those characters and tries the pattern there only, rather than at every position.
_EMPHASIS = lazy_pattern(r"(\*\*{0,2}|__{0,2})(?=\S)(.{1,500}?)(?<=\S)\1(?!\w)")
_MARK_RUN = lazy_pattern(r"\*\*\*\*+|____+")
_WHOLE_EMPHASIS = lazy_pattern(r"^\s*(\*{1,3}|_{1,3})(?=\S)(.+?)(?<=\S)\1\s*$")
_ESCAPE = lazy_pattern(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
# Stray glyphs, and emphasis marks left unpaired (`_[Acme ](url)_is` -> `Acme is`).
_STRAY = lazy_pattern(
    r"☐|☑|☒|❌|✔|✓|✅|⬤|__+|\*(?<!\S\*)\*{0,2}(?!\S)|_(?<![\w_]_)(?=\w)|_(?<=\w_)(?![\w_])"
    r"|\u200b|\ufeff"
)
# Every `_STRAY` match holds one of these; a class search finds one faster than the pattern.
_STRAY_TRIGGER = lazy_pattern("[☐☑☒❌✔✓✅⬤*_\u200b\ufeff]")
# What is left of a link a converter split over lines: `](target)`, a lone `[`.
_LINK_DEBRIS = lazy_pattern(r"\]\(" + _TARGET + r"\)|(?<!\S)\[(?!\S)|^\[\s|\s\]$")
# Runs of spaces; where it changes a text, two spaces stand in a row or one that is not " "
# (and no such space is printable: `str.isprintable` tells fast that none stands).
_SPACES = lazy_pattern(r"[ \t\u00a0\u2000-\u200a\u202f\u3000]+")
_ODD_SPACES = "\t\u00a0" + "".join(map(chr, range(0x2000, 0x200B))) + "\u202f\u3000"
"""The spaces of `_SPACES` other than " "."""

# Hint members read for every block or line, bound once: `Hint.X` is looked up through the
# enum's metaclass (some 70 ns a read in Python 3.11, ten times a module global's).
_PARAGRAPH, _HEADING_HINT, _LIST_ITEM = Hint.PARAGRAPH, Hint.HEADING, Hint.LIST_ITEM


# The characters a `_BULLET` marker can start with (digits aside).
_BULLET_LEADS = frozenset("\\*+-•·▪●◦■□☐➢➤►o")
# The characters a `_RULE` line can start with.
_RULE_LEADS = frozenset("-*_=~|:")
# A line's first character that may make it more than a paragraph (digits aside).
_MARKED_LEADS = _BULLET_LEADS | _RULE_LEADS | {"#", ">"}
# A mark anywhere in a line that some step of `clean_line` takes off or reads: a link's or
# tag's bracket, a table's pipe, emphasis, an escape, an entity, a stray glyph
# (`_STRAY_TRIGGER`), or whitespace other than a space. A line without any (and with a
# plain opening, and no two spaces in a row) is kept as it is.
_MARKS = lazy_pattern(
    r"[\[\]<|*_\\&☐☑☒❌✔✓✅⬤\u200b\ufeff"
    r"\t-\r\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"
)
_ASCII_MARKS = b"[]<|*_\\&\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f"
"""The characters of `_MARKS` in ASCII: an ASCII line holds one where deleting them from its
bytes (`bytes.translate`, a tight loop) shortens it, found faster than by the pattern's scan."""
# `_MARKS` but `&` and the spaces `_collapse_spaces` makes " " (`_ODD_SPACES`): a line of plain
# words but for those (`Acme & Co`, a no-break space, two spaces in a row) is read without the
# full path's steps, each of which finds nothing to do in it (`_respaced`).
_SPACING_MARKS = lazy_pattern(
    r"[\[\]<|*_\\☐☑☒❌✔✓✅⬤\u200b\ufeff"
    r"\n-\r\x1c-\x1f\x85\u1680\u2028\u2029\u205f]"
)
_SPACING_ASCII_MARKS = _ASCII_MARKS.replace(b"&", b"").replace(b"\t", b"")
"""`_SPACING_MARKS` in ASCII, as `_ASCII_MARKS` is `_MARKS`."""


class CleanLine(NamedTuple):
    """One source line reduced to its text (a tuple: one is made for every line)."""

    text: str
    raw: str
    start: int
    end: int
    hint: Hint
    level: int = 0
    urls: tuple[str, ...] = ()
    link_chars: int = 0
    finished: tuple[str, bool] = ("", False)
    """`finish_text(text)`: what the line's text reads as once joined, asked once."""


_new_line = functools.partial(tuple.__new__, CleanLine)
"""A `CleanLine` of all its fields, in order, as one tuple."""


def _strip_links(text: str) -> tuple[str, tuple[str, ...], int]:
    """The text with links reduced to their text, the targets, and how much was link text."""
    if "[" not in text and "]" not in text and "<" not in text:
        return text, (), 0
    urls: list[str] = []
    linked = 0

    def link(match: re.Match[str]) -> str:
        nonlocal linked
        linked += len(match.group(1).strip())
        target = match.group(2)
        if _kept_target(target):
            urls.append(target)
        return match.group(1)

    def autolink(match: re.Match[str]) -> str:
        urls.append(match.group(1))
        return match.group(1).removeprefix("mailto:")

    # Each pattern is tried only where its literal stands (`![`, `](`, `<`, a bracket).
    if "![" in text:
        text = (_IMAGE() if "\\" in text else _PLAIN_IMAGE()).sub("", text)
    if "](" in text:
        text = _link_pattern(text).sub(link, text)
        if "](" in text:
            text = _link_pattern(text).sub(link, text)  # a link whose text held an image
        if "](http" in text:
            text = _LOOSE_LINK().sub(link, text)
    if "<" in text:
        text = _AUTOLINK().sub(autolink, text)
    if "[" in text or "]" in text:
        text = _LINK_DEBRIS().sub(" ", text)
    if "<" in text:
        text = _INLINE_TAG().sub(" ", text)
    return text, tuple(urls), linked


def _link_pattern(text: str) -> re.Pattern[str]:
    """`_LINK`, or `_PLAIN_LINK` where it matches the same links: no backslash in the line,
    and no bracket opened inside a link's text (one bracket at most, or each closed before
    the next opens)."""
    if "\\" in text:
        return _LINK()
    if text.count("[") <= 1 or _BRACKET_IN_BRACKET().search(text) is None:
        return _PLAIN_LINK()
    return _LINK()


def _table_cells(text: str) -> str:
    return " ".join(cell.strip() for cell in text.strip().strip("|").split("|") if cell.strip())


def clean_line(raw: str, start: int, *, in_table: bool = False) -> CleanLine | None:
    """The line's text and hint, or None for a blank line (or one of only glyphs).

    `in_table`: the line follows a table's `---|---` ruling, so a single `|`
    separates cells (`(1) | This presentation includes ...`).
    """
    stripped = raw.strip()
    if not stripped:
        return None
    end = start + len(raw)
    if _plain(stripped):  # most lines: a paragraph's, no markup to take off, spaced as read
        # Every field given, as a tuple (the named tuple's own `__new__` is Python code).
        return _new_line((stripped, raw, start, end, _PARAGRAPH, 0, (), 0, (stripped, False)))
    if (text := _respaced(stripped)) is not None:  # a paragraph's, only its spaces to mend
        return _new_line((text, raw, start, end, _PARAGRAPH, 0, (), 0, (text, False)))
    if stripped[0] in _RULE_LEADS and _is_rule(stripped):
        return CleanLine("", raw, start, end, Hint.RULE)
    if stripped[0] == "#" and (heading := _heading_line(raw, stripped)) is not None:
        level, text = heading  # an ATX heading with plain text (a release's title, mostly)
        return _new_line((text, raw, start, end, _HEADING_HINT, level, (), 0, (text, False)))
    if stripped[0] in _MARKERS and (item := _bullet_line(stripped)) is not None:
        return _new_line((item, raw, start, end, _LIST_ITEM, 0, (), 0, (item, False)))
    if stripped[0] == "[" and (link := _link_line(stripped)) is not None:
        text, target = link  # a line that is one link with plain text (a crawl's menus, credits)
        urls = (target,) if _kept_target(target) else ()
        return _new_line((text, raw, start, end, _PARAGRAPH, 0, urls, len(text), (text, False)))
    return _clean_marked(raw, start, end, in_table=in_table)


def _respaced(stripped: str) -> str | None:
    """The text `_clean_marked` makes of a stripped line that is plain (as `_plain` reads it)
    but for its spaces (two in a row, or one of `_ODD_SPACES`) and `&`s that open no entity
    (`Acme & Co`): its spaces collapsed, with nothing else to take off (no link, escape,
    emphasis or stray glyph, no space left that `finish_text` would join); None for another
    line."""
    lead = stripped[0]
    if lead in _MARKED_LEADS or lead.isdecimal():
        return None
    if _holds_mark(stripped, _SPACING_ASCII_MARKS, _SPACING_MARKS):
        return None
    if "&" in stripped and html.unescape(stripped) != stripped:
        return None  # an entity (`&amp;`) may stand for a mark: the full path reads it
    return _collapse_spaces(stripped) if _spaced_oddly(stripped) else stripped


def _heading_line(raw: str, stripped: str) -> tuple[int, str] | None:
    """The level and text of an ATX heading line (`## Acme Unveils ...`) whose text is plain
    (as `_plain` reads a line) and ends with no closing `#`, read as `_HEADING` reads it; else
    None (a heading with marks, or glued to its hashes, is left to the full path).

    The pattern's lazy text, tried against its closing `\\s*#*\\s*$` at every character, is
    read off the line's ends: at most three spaces before the hashes, one to six of them, a
    space after.
    """
    if len(raw) - len(raw.lstrip()) > 3:
        return None
    level = len(stripped) - len(stripped.lstrip("#"))
    if not 1 <= level <= 6 or not stripped[level : level + 1].isspace():
        return None
    text = stripped[level:].lstrip()
    if not text or text[-1] == "#" or not _plain(text):
        return None
    return level, text


_MARKERS = frozenset("*+-•·▪●◦■□☐➢➤►o")
"""The one-character markers of `_BULLET` (an escaped, doubled or numbered one aside)."""


def _bullet_line(stripped: str) -> str | None:
    """The text of a list item marked by one character and a space (`* Acme`, `• Acme`) whose
    text is plain (as `_plain` reads a line), read as `_BULLET` reads it; else None (a
    marker with marks after it is left to the full path)."""
    if not stripped[1:2].isspace():
        return None
    text = stripped[1:].lstrip()
    return text if text and _plain(text) else None


def _link_line(stripped: str) -> tuple[str, str] | None:
    """The text and target of a line that is one Markdown link and nothing else, whose text is
    plain (as `_plain` reads a line) and stripped, with no title, backslash or other bracket;
    else None. `_clean_marked` reads such a line as a paragraph of the link's text, with the
    target as its one URL and all its text link text: each of its other steps finds nothing
    to do in a plain text."""
    if stripped.count("[") != 1 or "\\" in stripped or stripped[-1] != ")":
        return None
    link = _PLAIN_LINK().fullmatch(stripped)
    if link is None or '"' in stripped[link.end(1) :]:  # a title after the target
        return None
    text = link.group(1)
    if not text or text != text.strip() or not _plain(text):
        return None
    return text, link.group(2)


def _kept_target(target: str) -> bool:
    """Whether a link's target is kept as one of the line's URLs (not `#` or a script)."""
    return bool(target) and target != "#" and not target.startswith("javascript:")


def _clean_marked(raw: str, start: int, end: int, *, in_table: bool) -> CleanLine | None:
    """`clean_line` of a line with marks to take off or read (its full path)."""
    text, urls, linked = _strip_links(raw)
    hint, level = _PARAGRAPH, 0
    lead = text.lstrip()[:1]
    if in_table and "|" in text:
        hint, text = Hint.TABLE_ROW, _table_cells(text)
    elif lead == "#" and (heading := _HEADING().match(text)):
        hint, level = Hint.HEADING, len(heading.group(1))
        text = _HEADING_BULLET().sub("", heading.group(2))
    elif lead == ">" and _BLOCKQUOTE().match(text):
        hint, text = Hint.BLOCKQUOTE, _BLOCKQUOTE().sub("", text, count=1)
    elif _table_row(text):
        hint, text = Hint.TABLE_ROW, _table_cells(text)
    elif (
        _may_be_bullet(lead)
        and (bullet := _BULLET().match(text))
        and _item_text(text[bullet.end() :])
    ):
        hint, text = Hint.LIST_ITEM, text[bullet.end() :]
        if _table_row(text):  # a bullet in a layout table: `• | text |`
            text = _table_cells(text)
    if "\\" in text:
        text = _ESCAPE().sub(r"\1", text)
    if "&" in text:  # crawls keep HTML entities: `ANITA &amp; ZAHA`
        text = html.unescape(text)
    if _spaced_oddly(text):
        text = _collapse_spaces(text)
    text = text.strip()
    finished = finish_text(text)
    if not finished[0]:
        return None
    return CleanLine(text, raw, start, end, hint, level, urls, min(linked, len(text)), finished)


def _spaced_oddly(text: str) -> bool:
    """Whether `_collapse_spaces` may change the text: two spaces stand in a row, or a space
    other than " " stands (in an ASCII text, where `str.isascii` reads a flag, only a tab can;
    in another, no such space is printable, and `str.isprintable` tells fast that none is)."""
    if "  " in text:
        return True
    return "\t" in text if text.isascii() else not text.isprintable()


def _collapse_spaces(text: str) -> str:
    """`_SPACES().sub(" ", text)`: each run of spaces as one " ", made by `str.replace` (the
    pattern makes a match of every space between two words)."""
    if text.isascii():  # of the odd spaces, only a tab is ASCII
        text = text.replace("\t", " ")
    else:
        for space in _ODD_SPACES:
            if space in text:
                text = text.replace(space, " ")
    while "  " in text:
        text = text.replace("  ", " ")
    return text


def _plain(stripped: str) -> bool:
    """Whether a stripped line is plain text that `clean_line` (and `finish_text`) would keep
    as it is: no mark of a link, table, emphasis, escape, entity or stray glyph, no
    whitespace but single spaces, and no opening that could make it a heading, quotation,
    list item or rule."""
    lead = stripped[0]
    return (
        lead not in _MARKED_LEADS
        and not lead.isdecimal()  # `1. ` opens a numbered item
        and "  " not in stripped
        and not _holds_mark(stripped)
    )


def _holds_mark(
    text: str,
    ascii_marks: bytes = _ASCII_MARKS,
    marks: Callable[[], re.Pattern[str]] = _MARKS,
) -> bool:
    """Whether one of `marks` stands in the text (in an ASCII text, one of `ascii_marks`, its
    ASCII characters: deleting them from its bytes shortens it)."""
    if text.isascii():  # most lines (a flag read)
        data = text.encode("ascii")
        return len(data.translate(None, ascii_marks)) != len(data)
    return marks().search(text) is not None


def _may_be_bullet(lead: str) -> bool:
    """Whether a line's first character could open a `_BULLET` marker."""
    return lead in _BULLET_LEADS or lead.isdecimal()


def _item_text(rest: str) -> bool:
    """Whether a bullet has text after it: a line of markers alone (`o  *`, a glyph and an
    emphasis mark) is no list item, and its text is kept as written."""
    return bool(rest.strip()) and bool(finish_text(rest.strip())[0])


def _rule(raw: str) -> bool:
    """A horizontal rule or a table's ruling (`---`, `***`, `|---|---|`)."""
    return _is_rule(raw.strip())


def _is_rule(stripped: str) -> bool:
    return len(stripped) >= 3 and bool(_RULE().match(stripped))


def _table_row(text: str) -> bool:
    stripped = text.lstrip()
    return "|" in stripped and bool(_TABLE_ROW().match(stripped))


def table_ruling(raw: str) -> bool:
    """A Markdown table's `---|---` line: the rows under it are the table's."""
    return "|" in raw and _rule(raw)


def open_emphasis(text: str) -> bool:
    """Whether a line opens emphasis it does not close (`*Jane Doe, Chief`)."""
    stripped = text.strip()
    return (
        stripped[:1] in "*_"
        and " " in stripped
        and not _WHOLE_EMPHASIS().match(stripped)
        and (stripped.count("*") % 2 == 1 or stripped.count("_") % 2 == 1)
    )


def finish_text(text: str) -> tuple[str, bool]:
    """Joined line texts without emphasis marks and stray glyphs; and whether all was emphasis."""
    whole = False
    if "*" in text or "_" in text:
        text = _MARK_RUN().sub(" ", text)
        whole = bool(_WHOLE_EMPHASIS().match(text))
        text = _EMPHASIS().sub(r"\2", text)
    if _may_hold_stray(text):
        text = _STRAY().sub(" ", text)
    return " ".join(text.split()).strip(" *_"), whole


def _may_hold_stray(text: str) -> bool:
    """Whether `_STRAY` may match: one of `_STRAY_TRIGGER`'s characters stands in the text.
    In an ASCII text (most; `str.isascii` reads a flag) only `*` and `_` can, each found by
    `in` far faster than by the pattern's scan."""
    if "*" in text or "_" in text:
        return True
    return not text.isascii() and _STRAY_TRIGGER().search(text) is not None
