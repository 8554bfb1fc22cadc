"""Coverage: the page text no block took becomes chrome sections.

The HTML front end turns only the release's container into blocks; the
navigation, footers and related-news lists around it are page chrome. So
that nothing leaves `Release.sections` silently, each stretch of the page
between blocks that holds visible text is reported as a `CHROME` section
with that text (scripts, styles and comments are not visible text).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator, Sequence

from ._model import Section, SectionKind

# A tag: `<`, at most 2000 characters but `<` and `>`, and `>` (written as a search for a `>`
# before the next `<`, then a run up to it: single-character runs are read by a fast loop).
_TAG = re.compile(r"<(?=[^<]{0,2000}>)[^>]*>")
_INVISIBLE_ELEMENTS = ("script", "style", "noscript", "template")
# What opens invisible markup -> what closes it.
_OPENERS = {**{f"<{name}": f"</{name}" for name in _INVISIBLE_ELEMENTS}, "<!--": "-->"}
# The same, found in the markup as written (ASCII letters in any case, as `str.lower` reads
# them: no other character lowercases to one of these names').
# (The lookahead on the name's first letter lets most tags fail at one test, not four.)
_INITIALS = "".join(sorted({name[0] for name in _INVISIBLE_ELEMENTS}))
_OPENER = re.compile(
    rf"<(?:(?=[{_INITIALS}])({'|'.join(_INVISIBLE_ELEMENTS)})|!--)", re.IGNORECASE | re.ASCII
)
_CLOSERS = {name: re.compile(f"</{name}", re.IGNORECASE | re.ASCII) for name in _INVISIBLE_ELEMENTS}


def _without_invisible(markup: str) -> str:
    """The markup without comments and script/style elements (a linear scan).

    An element's closing tag is looked for from its opening (ASCII letters in any
    case); an element or comment left open hides the rest of the markup.
    """
    if "\u0130" in markup:  # lowercased, it grows a character: the offsets below would slip
        return _without_invisible_lowered(markup)
    kept: list[str] = []
    pos = 0
    while (opened := _OPENER.search(markup, pos)) is not None:
        at = opened.start()
        kept.append(markup[pos:at])
        name = opened.group(1)
        if name is None:  # a comment
            close = markup.find("-->", at)
            if close < 0:
                return "".join(kept)
            pos = close + 3
            continue
        closing = _CLOSERS[name.lower()].search(markup, at)
        if closing is None:
            return "".join(kept)
        pos = markup.find(">", closing.start()) + 1
        if pos <= at:  # an unterminated closing tag
            return "".join(kept)
    kept.append(markup[pos:])
    return "".join(kept)


def _without_invisible_lowered(markup: str) -> str:
    """`_without_invisible` over the markup lowercased (a dotted capital I is two characters
    lowercased, and the offsets found in the lowercased markup cut the markup itself).

    Each opener's next occurrence is remembered and looked for again only once the
    scan has passed it, so no stretch of the markup is searched twice for it.
    """
    lower = markup.lower()
    kept: list[str] = []
    pos = 0
    following = {opener: lower.find(opener) for opener in _OPENERS}
    while True:
        for opener, at in following.items():
            if 0 <= at < pos:
                following[opener] = lower.find(opener, pos)
        found = [(at, _OPENERS[opener]) for opener, at in following.items() if at >= 0]
        if not found:
            kept.append(markup[pos:])
            return "".join(kept)
        at, closing = min(found)
        kept.append(markup[pos:at])
        close = lower.find(closing, at)
        if close < 0:
            return "".join(kept)
        pos = lower.find(">", close) + 1 if closing != "-->" else close + 3
        if pos <= at:  # an unterminated closing tag
            return "".join(kept)


def visible_text(markup: str) -> str:
    """The text a browser would show for a piece of a page, whitespace collapsed."""
    if "<" not in markup and "&" not in markup:  # no markup, no reference: the text itself
        return " ".join(markup.split())
    text = _TAG.sub(" ", _without_invisible(markup))
    return " ".join(html.unescape(text).split())


def _gaps(sections: Sequence[Section], length: int) -> Iterator[tuple[int, int]]:
    pos = 0
    for section in sorted(sections, key=lambda s: s.start):
        if section.start > pos:
            yield pos, section.start
        pos = max(pos, section.end)
    if pos < length:
        yield pos, length


def with_page_chrome(sections: Sequence[Section], source: str) -> tuple[Section, ...]:
    """The sections, with a chrome section for each stretch of visible text between them."""
    chrome = []
    for start, end in _gaps(sections, len(source)):
        text = visible_text(source[start:end])
        if text:
            chrome.append(Section(kind=SectionKind.CHROME, text=text, start=start, end=end))
    if not chrome:
        return tuple(sections)
    return tuple(sorted([*sections, *chrome], key=lambda s: s.start))
