"""Malformed HTML: a page whose text an HTML parser loses to its broken markup.

A browser's parser (and lxml's, which the HTML front end uses) hides text
that broken markup swallows: a comment, `<script>`, `<style>`, `<title>` or
`<textarea>` left open runs to the end of the page, an attribute's quote
left open runs to the next quote. The test compares the words of the page
read as markup by lxml with the words of the page read by a tolerant
tag-stripper that ends nothing it has not seen closed: words the stripper
finds and lxml does not are text lost to the markup.
"""

from __future__ import annotations

import html
import re
import sys
from collections import Counter

from lxml import etree

MALFORMED_MESSAGE = "broken markup hides part of the page's text"
# Markup whose contents are never shown: a comment, and elements of hidden text.
# (The lookahead on the name's first letter lets most tags fail at one test, not six.)
_HIDDEN_START = re.compile(
    r"<(?:!--|(?=[stni])(script|style|template|noembed|noframes|iframe)\b[^>]*>)", re.IGNORECASE
)
_HIDDEN_END = {
    name: re.compile(rf"</{name}\s*>", re.IGNORECASE)
    for name in ("script", "style", "template", "noembed", "noframes", "iframe")
}
_COMMENT_END = re.compile("-->")
_CDATA_MARKS = re.compile(r"<!\[CDATA\[|\]\]>")  # an XML feed's text holders: their text shows
# A tag, its quoted attribute values whole (they may hold `<` and `>`); else up to the next `>`.
_TAG_PATTERN = (
    r"""<[A-Za-z][^\s/<>]*(?:\s+[^\s=/<>"']+(?:\s*=\s*"""
    r"""(?:"[^"]{0,2000}"|'[^']{0,2000}'|[^\s<>"'][^\s<>]*))?)*\s*/?>"""
    r"|</?[A-Za-z!?][^<>]*>"
)
# Where Python reads possessive runs (3.11), the start tag's runs are possessive: each is
# followed by a character it cannot hold, so giving one back never lets the tag match, and
# the engine keeps no state to give it back (the same matches, in about 85% of the time).
_POSSESSIVE_TAG_PATTERN = (
    r"""<[A-Za-z][^\s/<>]*+(?:\s++[^\s=/<>"']++(?:\s*+=\s*+"""
    r"""(?:"[^"]{0,2000}+"|'[^']{0,2000}+'|[^\s<>"'][^\s<>]*+))?)*+\s*+/?>"""
    r"|</?[A-Za-z!?][^<>]*>"
)
_TAG = re.compile(_POSSESSIVE_TAG_PATTERN if sys.version_info >= (3, 11) else _TAG_PATTERN)
_WORD = re.compile(r"[^\W_]{2,}")
# The commonest references, decoded by `str.replace` ahead of `html.unescape` (which calls back
# into Python for each one). Each starts with `&` (which no other reference runs past) and ends
# with `;`, and decodes to no `&`: decoding it first leaves every other reference as it was.
_COMMON_REFERENCES = (("&nbsp;", "\xa0"), ("&#160;", "\xa0"))
_LOST_WORDS = 25  # and
_LOST_SHARE = 20  # one word in this many


def _words(text: str) -> Counter[str]:
    return Counter(map(str.casefold, _WORD.findall(text)))


def _without_hidden(page: str) -> str:
    """`page` without its closed comments and closed elements of hidden text (in linear time)."""
    kept: list[str] = []
    pos = 0
    unclosed: set[str] = set()  # nothing after the first unclosed one of a kind closes it
    for start in _HIDDEN_START.finditer(page):
        kind = (start.group(1) or "!--").lower()
        if start.start() < pos or kind in unclosed:
            continue
        end = (_HIDDEN_END.get(kind) or _COMMENT_END).search(page, start.end())
        if end is None:
            unclosed.add(kind)
            continue
        kept.append(page[pos : start.start()])
        pos = end.end()
    kept.append(page[pos:])
    return " ".join(kept)


def _stripped_text(page: str) -> str:
    """The text of `page` with closed comments, hidden elements and tags removed."""
    text = _without_hidden(page)
    if "<![CDATA[" in text or "]]>" in text:  # the marks are rare: no regex pass without them
        text = _CDATA_MARKS.sub(" ", text)
    return _unescape(_TAG.sub(" ", text))


def _unescape(text: str) -> str:
    """`html.unescape(text)`, the commonest references decoded by `str.replace` first."""
    if "&" not in text:
        return text
    if text.isascii():  # (replacing in a wider string costs more than it saves)
        for reference, character in _COMMON_REFERENCES:
            text = text.replace(reference, character)
    return html.unescape(text)


_UNSHOWN = ("script", "style", "template", "noembed", "noframes", "iframe")


def parsed_text(root: etree._Element) -> str:
    """The text lxml's recovering HTML parser keeps of a page parsed into `root`, hidden
    elements left out (they are stripped from the tree: read it last)."""
    etree.strip_elements(root, *_UNSHOWN, with_tail=False)
    # (Not `text_nodes`: stripping leaves a stripped element's tail a text node of its own
    # next to the text before it, which `itertext` reads as one piece, libxml2 as two.)
    return " ".join(map(str, root.itertext()))


def _parse(page: str) -> str | None:
    """The text lxml's recovering HTML parser keeps of `page`, hidden elements left out."""
    # The front end's parser (loaded by then): the page is handed over as UTF-8 and said to
    # be, so a page with no charset declaration keeps its non-ASCII words.
    from ._html import PARSER

    try:
        root = etree.fromstring(page.encode("utf-8", errors="replace"), PARSER)
    except (etree.ParserError, ValueError):
        return None
    if root is None:
        return None
    return parsed_text(root)


def _common_prefix(first: str, second: str) -> int:
    """How many characters `first` and `second` share at their start (by halving: the
    stretches compared add up to the length once)."""
    low, high = 0, min(len(first), len(second))
    while low < high:
        middle = (low + high + 1) // 2
        if first[low:middle] == second[low:middle]:
            low = middle
        else:
            high = middle - 1
    return low


def _differing_runs(shown: str, parsed: str) -> tuple[str, str]:
    """The runs of whole words where two texts of single-spaced words differ: what is left of
    each once the words both start with and both end with are cut off."""
    start = _common_prefix(shown, parsed)
    start = shown.rfind(" ", 0, start) + 1  # back to a word's start (the same in both)
    shared = min(len(shown), len(parsed)) - start
    end = _common_prefix(shown[::-1][:shared], parsed[::-1][:shared])
    cut = shown.find(" ", len(shown) - end)  # on to a word's end (the same in both)
    if cut < 0:
        return shown[start:], parsed[start:]
    return shown[start:cut], parsed[start : cut + len(parsed) - len(shown)]


def html_text_lost(page: str, parsed: str | None = None) -> bool:
    """Whether lxml's parse of `page` loses words a tag-stripper finds (at least 25, 1 in 20).

    `parsed` is `parsed_text` of the page's tree where the caller has it; else the page
    is parsed here. Words both texts start or end with cancel out, so only the runs where
    they differ are counted word by word.
    """
    if parsed is None:
        parsed = _parse(page)
    if parsed is None:
        return False
    shown_words, parsed_words = _stripped_text(page).split(), parsed.split()
    if shown_words == parsed_words:  # the same words, in order: none lost (the common case)
        return False
    shown, parsed = " ".join(shown_words), " ".join(parsed_words)
    found, kept = _differing_runs(shown, parsed)
    lost = sum((_words(found) - _words(kept)).values())
    return lost >= _LOST_WORDS and lost * _LOST_SHARE >= len(_WORD.findall(shown))
