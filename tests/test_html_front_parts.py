"""Shortcuts of the HTML front end read as the plain definitions they stand for:
`edgar_text_part` (plain searches for the parts' tags) as the lazy regexes that first
defined it, `_short_line` (a long text cleaned only in part) as `clean` and a length,
`holds` over an ASCII span (tags dropped, then all but letters) as its passes over any
span, `letters` (ASCII signs dropped byte-wise) as one regex, and the word-by-word
search `holds` tries first on a long span as the full check it stands in front of."""

from __future__ import annotations

import html
import itertools
import random
import re
import unicodedata

import pytest
from lxml import etree

import prparse._html as html_front
from prparse._blocks import PageMeta
from prparse._dates import find_release_date
from prparse._html import _DATE_LINE_CHARS, _short_line
from prparse._html_offsets import Locator, _close_pattern, _tag_pattern
from prparse._html_page import clean, edgar_text_part
from prparse._html_spans import _ANY_TAG, _subsequence, _words_shown, holds, letters
from prparse._html_walk import container_blocks

_DOCUMENT = re.compile(r"<DOCUMENT>(.*?)(?:</DOCUMENT>|\Z)", re.DOTALL | re.IGNORECASE)
_TYPE = re.compile(r"<TYPE>\s*([^\s<]+)", re.IGNORECASE)
_TEXT = re.compile(r"<TEXT>\s*(.*?)\s*(?:</TEXT>|\Z)", re.DOTALL | re.IGNORECASE)
_PIECES = (
    "<DOCUMENT>", "</DOCUMENT>", "<document>", "<TYPE>", "EX-99.1", "10-Q", "<TEXT>",
    "</TEXT>", "</text>", " ", "\n", "\u00a0", "a", "<p>", "\t",
)  # fmt: skip


def _by_regexes(text: str) -> tuple[str, int] | None:
    chosen = None
    for document in _DOCUMENT.finditer(text):
        kind = _TYPE.search(document.group(1)[:500])
        if chosen is None or (kind is not None and kind.group(1).upper().startswith("EX-99")):
            chosen = document
            if kind is not None and kind.group(1).upper().startswith("EX-99"):
                break
    if chosen is None:
        return None
    inner = _TEXT.search(chosen.group(1))
    if inner is None:
        return None
    return inner.group(1), chosen.start(1) + inner.start(1)


def test_edgar_parts_read_as_the_regexes_read_them() -> None:
    rng = random.Random(7)
    for _ in range(3000):
        text = "<SEC-DOCUMENT>" + "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 30)))
        assert edgar_text_part(text) == _by_regexes(text), text


def test_a_short_line_is_its_cleaned_text_when_that_is_short() -> None:
    rng = random.Random(11)
    pieces = ("a", "bc ", " ", "\n\n", "\u200b", "\u00a0", "\t", "2015", "x" * 70, " " * 90)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        line = clean(text)
        assert _short_line(text) == (line if 0 < len(line) <= _DATE_LINE_CHARS else None), text


def test_an_ascii_span_is_read_as_the_plain_passes_read_it() -> None:
    rng = random.Random(5)
    pieces = ("<", ">", "<b>", "</p>", "a", "Bc", "9", " ", "_", "<a href='x'>", "-", "\n", "<<")
    for _ in range(3000):
        span = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        plain = letters(html.unescape(_ANY_TAG.sub(" ", span)))
        assert letters(_ANY_TAG.sub("", span)) == plain, span


_NOT_ALNUM = re.compile(r"[\W_]+")
_SPAN_PIECES = (
    "<", ">", "<b>", "</p>", "a", "Bc", "9", " ", "_", "<a href='a'>", "-", "\n", "<<",
    "&amp;", "&#769;", "e", "&", "#", "&#x41;", "\u0301", "\u00e9", "&eacute;", "ab", "&ab",
    "&#1;", "x", ";", "AT&T", "&lt<b>", "\u2019", "\u00a0", "\ud800",
)  # fmt: skip
_TEXT_WORDS = ("a", "Bc", "9", "e", "ab", "x", "A", "AT", "T", "amp", "41", "b", "\u00e9",
               "e\u0301", "\u2019", "-", "\ud800")  # fmt: skip


def _plain_letters(text: str) -> str:
    return _NOT_ALNUM.sub("", text if text.isascii() else unicodedata.normalize("NFC", text))


def _plain_holds(text: str, span: str) -> bool:
    needle = _plain_letters(text)
    if not needle:
        return holds(text, span)  # a text of no letter: not what these tests are about
    shown = _plain_letters(html.unescape(_ANY_TAG.sub(" ", span)))
    raw = _plain_letters(html.unescape(span))
    return _subsequence(needle, shown) or _subsequence(needle, raw)


def test_letters_are_what_one_regex_keeps() -> None:
    rng = random.Random(13)
    for _ in range(3000):
        text = "".join(rng.choice(_SPAN_PIECES) for _ in range(rng.randint(0, 14)))
        assert letters(text) == _plain_letters(text), text


def test_the_words_shortcut_finds_only_what_holds_finds() -> None:
    rng = random.Random(17)
    found = 0
    for _ in range(20000):
        span = "".join(rng.choice(_SPAN_PIECES) for _ in range(rng.randint(0, 16)))
        text = " ".join(rng.choice(_TEXT_WORDS) for _ in range(rng.randint(1, 4)))
        if _plain_letters(text) and _words_shown(text, span):
            found += 1
            assert _plain_holds(text, span), (text, span)
        assert holds(text, span) == _plain_holds(text, span), (text, span)
    assert found > 100


def test_a_long_span_is_read_word_by_word_as_a_whole() -> None:
    cell = '<td style="width:9%; font-family:Calibri">'
    text = "Total revenues $ 9,367 $ 9,800"
    span = f"<tr>{cell}<p>Total revenues</p></td>{cell}$</td>{cell}9,367</td>{cell}$ 9,800</td>"
    assert _words_shown(text, span * 3)
    assert not _words_shown("9800 Total", span)  # out of order
    assert not _words_shown("Calibri", span)  # inside a tag only
    assert not _words_shown("amp", "AT&amp;T")  # a reference's name
    assert not _words_shown("e", "e&#769;")  # joined with its mark: `\u00e9`


def _random_page(rng: random.Random) -> str:
    """A page of random markup: nested, unclosed and raw-text elements, comments (some
    holding tags), tags over several lines, long attributes, and any line ends."""

    def gap() -> str:
        return rng.choice(["", "", "\n", " ", "\n\n", "\r\n", "\r"])

    def words() -> str:
        return rng.choice(["Hello", "News 12 March 2019", "x", "", "Aug. 28, 2015", "a<b", "&amp;"])

    def marks() -> str:
        found = []
        if rng.random() < 0.3:
            found.append(f'id="i{rng.randint(0, 5)}"')
        if rng.random() < 0.3:
            found.append(f'class="c{rng.randint(0, 5)} d"')
        if rng.random() < 0.1:
            found.append('data-x="' + "y" * rng.randint(0, 800) + '"')
        if rng.random() < 0.1:
            found.append("\n".join(["a=1"] * rng.randint(1, 5)))
        return "".join(" " + mark for mark in found)

    def element(depth: int) -> str:
        tag = rng.choice(_PAGE_TAGS)
        if tag in ("br", "img"):
            return f"<{tag}{marks()}>" + gap()
        if tag.lower() in ("script", "style", "title"):
            body = rng.choice(["var a = '<div>';", "x", "", "</div>", "document.write('<p>')"])
            return f"<{tag}{marks()}>{body}" + (f"</{tag}>" if rng.random() < 0.95 else "") + gap()
        inner = "".join(
            element(depth + 1)
            if rng.random() < 0.5
            else rng.choice([words(), "<!-- <div> -->", "<!--", "-->", gap()])
            for _ in range(rng.randint(0, 4 if depth < 4 else 0))
        )
        close = f"</{tag}>" if rng.random() < 0.9 else ""
        return f"<{tag}{marks()}>{gap()}{words()}{inner}{close}{gap()}"

    head = "".join(element(3) for _ in range(rng.randint(0, 3)))
    body = "".join(element(0) for _ in range(rng.randint(1, 8)))
    opening = rng.choice(["<html><head>", "<html>\n<head>\n", "", "<!DOCTYPE html>\n<html>"])
    middle = rng.choice(["</head><body>", "</head>\n<body class='x'>\n", ""])
    return opening + head + middle + body + rng.choice(["</body></html>", ""])


_PAGE_TAGS = (
    "div", "p", "span", "h1", "h2", "script", "style", "title", "br", "img", "table", "tr",
    "td", "li", "ul", "b", "noscript", "small", "DIV", "SCRIPT", "Title", "H1",
)  # fmt: skip


def _synced(
    text: str, root: etree._Element, container: etree._Element, meta: PageMeta, skip: bool
) -> tuple[object, ...]:
    """What `_sync_to` gives and leaves (the locator, the container's blocks after it)."""
    locator = Locator(text, 0, len(text))
    with pytest.MonkeyPatch.context() as patch:
        if not skip:
            patch.setattr(html_front, "_unlocated", lambda *_: [])
        heading, title, dated = html_front._sync_to(root, container, locator, meta)
    start = locator.find(container)
    state = (locator.cursor, dict(locator.absent))
    return heading, title(), dated, start, state, container_blocks(container, locator, set())


def _before(root: etree._Element, container: etree._Element) -> list[etree._Element]:
    return list(itertools.takewhile(lambda element: element is not container, root.iter()))


def test_elements_left_unlocated_leave_the_locator_as_locating_them_would(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(html_front, "_SKIP_WORTH", 1)
    rng = random.Random(23)
    skipped = 0
    for _ in range(400):
        text = _random_page(rng)
        root = html_front._parse(text)
        assert root is not None
        container = rng.choice([e for e in root.iter() if isinstance(e.tag, str)])
        before = _before(root, container)
        tags = [element.tag for element in before]
        locator = Locator(text, 0, len(text))
        skipped += any(html_front._unlocated(before, tags, container, locator))
        for meta in (PageMeta(), PageMeta(headline="News 12 March 2019")):
            every = _synced(text, root, container, meta, skip=False)
            assert _synced(text, root, container, meta, skip=True) == every, text
    assert skipped > 50


def _end_tag_by_definition(locator: Locator, tag: str, pos: int) -> int | None:
    """The first end tag before the next start tag of its name (each outside comments)."""
    following = locator._first(_tag_pattern(tag), pos, locator.limit)
    stop = following.start() if following else locator.limit
    match = locator._first(_close_pattern(tag), pos, stop)
    return match.end() if match is not None else None


def test_an_end_tag_is_the_first_before_the_next_start_tag_of_its_name() -> None:
    rng = random.Random(29)
    pieces = ("<p>", "</p>", "</p >", "<p\n", "<!--", "-->", "<!-->", "x", "<P>", "</P>", "<pre>")
    element = etree.Element("p")
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        pos = rng.randint(0, len(text))
        expected = _end_tag_by_definition(Locator(text, 0, len(text)), "p", pos)
        assert Locator(text, 0, len(text))._end_tag(element, pos) == expected, (text, pos)


def _date_line_by_definition(before: list[etree._Element]) -> object:
    """The date line as first defined: every element read in order, the dates after the last
    heading kept (the first of them), else the last date near the container."""
    found: list[tuple[int, object]] = []
    heading = False
    for order, element in enumerate(before, 1):
        if element.tag in ("h1", "hl1"):
            heading, found = True, []
        elif isinstance(element.tag, str) and element.text and re.search(r"\d", element.text):
            line = _short_line(element.text)
            if line and (date := find_release_date(line)):
                found.append((order, date))
    if heading:
        return found[0][1] if found else None
    near = [date for at, date in found if len(before) - at <= html_front._NEAR_CONTAINER]
    return near[-1] if near else None


def test_the_date_line_is_read_from_the_elements_that_may_hold_it() -> None:
    rng = random.Random(31)
    for _ in range(300):
        text = _random_page(rng) + "<p>x</p>" * rng.randint(0, 50)
        root = html_front._parse(text)
        assert root is not None
        container = rng.choice([e for e in root.iter() if isinstance(e.tag, str)])
        before = _before(root, container)
        tags = [element.tag for element in before]
        assert html_front._date_line(before, tags) == _date_line_by_definition(before), text


def test_line_starts_are_those_of_the_split_lines() -> None:
    rng = random.Random(37)
    for _ in range(2000):
        pieces = ("a", "\n", "\r\n", "\u00e9", "<p>")
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 20)))
        base = rng.randint(0, len(text))
        end = rng.randint(base, len(text))
        lengths = (len(part) + 1 for part in text[base:end].split("\n"))
        starts = list(itertools.accumulate(lengths, initial=base))
        assert Locator(text, base, end).lines == starts[:-1], (text, base, end)
