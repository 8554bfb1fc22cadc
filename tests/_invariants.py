"""The invariants every `Release` keeps, as plain functions tests and the fuzzer share.

What prparse promises for any input (see `check_release`):

Every input (text or HTML):
    R1  `parse()` returns a `Release`, deterministically (same input, equal result);
        its `to_json()` works (every value is JSON-ready).
    R2  every section has `0 <= start <= end <= len(text)`, where `text` is the
        decoded source (cut at `Policy.max_chars`), and a `SectionKind`.
    R3  sections come in document order: their starts never go backwards.
    R4  a section's text comes from its span: the letters and digits of
        `section.text` are, in order, a subsequence of those of `text[start:end]`
        (HTML tags dropped, character references decoded, in HTML twice: a feed item
        may escape the HTML it holds as text). Markup may be dropped,
        never a word invented or moved.

Text input (plain or Markdown-ish) additionally:
    T1  sections are disjoint: each ends at or before the next one starts.
    T2  nothing is lost: what lies outside every section is whitespace or
        Markdown markup that carries no text of the release (images with their
        alt text, link targets, empty links, HTML comments and inline tags,
        table pipes, rules, stray glyphs); no other letter or digit is left out.

HTML input promises R1-R4 only: the HTML front end keeps the blocks of the
release's container and leaves page chrome outside it out of `sections`, so
coverage of the whole page is not promised, and nested blocks may overlap.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata

import prparse
from prparse._api import looks_like_html
from prparse._cut import cut_at_dateline
from prparse._decode import decode
from prparse._text import text_document

# Markdown markup that carries no release text, for T2. Link targets may hold
# spaces and parentheses (a share button's prefilled caption, where a backslash is
# just a character), escaped or nested parentheses (`\(...\)`, crawled tracking
# pixels), or end at the first `)` (a converter's broken link), with a `"title"`.
# The parser reads a target in either of the first two ways, so gap text is lost
# only when neither reading accounts for it.
_CAPTION = r"\(https?://(?:[^()\[\]\n]|\([^()\[\]\n]*\))*\)"
_ESCAPED = r"\(https?://(?:\\.|[^()\[\]\n\\]|\([^()\[\]\n]*\))*\)"
_OTHER = (
    r"\((?:\\.|[^()\\\n]|\((?:\\.|[^()\\\n])*\))*\)"  # balanced, escapes allowed
    r"|\(\s*<?(?:\\.|[^)\s>\\])*>?(?:\s+\"[^\"\n]*\")?\s*\)"  # to the first `)`, a "title"
)


def _markup(target: str) -> re.Pattern[str]:
    return re.compile(
        r"!\[[^\]\n]*\](?:" + target + ")"  # an image, alt text included
        + r"|\](?:" + target + ")"  # a link's target (its text is checked like any other)
        + r"|<!--.*?-->"  # an HTML comment
        + r"|</?[A-Za-z][^<>\n]{0,300}>"  # an inline tag (`<br>`, `<span ...>`)
        + r"|__+"  # an icon placeholder
        + r"|[\[\]|]",  # link brackets and table pipes
        re.DOTALL,
    )


_MARKUPS = (_markup(f"{_CAPTION}|{_OTHER}"), _markup(f"{_ESCAPED}|{_OTHER}"))
Sections = tuple[prparse.Section, ...]
_WORD_CHAR = re.compile(r"[^\W_]")
_TAG = re.compile(r"<[^<>]*>")


def decoded(source: str | bytes, policy: prparse.Policy = prparse.DEFAULT_POLICY) -> str:
    """The text the parser's offsets point into."""
    text = decode(source).text if isinstance(source, bytes) else source
    return text[: policy.max_chars]


def _letters(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFC", text) if ch.isalnum())


def _is_subsequence(needle: str, haystack: str) -> bool:
    chars = iter(haystack)
    return all(ch in chars for ch in needle)


def _span_text(span: str, is_html: bool) -> str:
    """The span as text: tags dropped (HTML), character references decoded (both front ends).

    A feed item (XML) may hold HTML as text, escaped once more (`&amp;aring;` for
    `&aring;`): in HTML input references are decoded a second time.
    """
    if not is_html:
        return html.unescape(span)
    once = html.unescape(_TAG.sub(" ", span))
    return html.unescape(once) if "&" in once else once


def _in_span(text: str, span: str, raw: str) -> bool:
    """Whether the letters of `text` are, in order, in the span (as text, or as written:
    the text of `<script>`, `<noscript>` or `<template>` holds markup as its text)."""
    letters = _letters(text)
    return _is_subsequence(letters, _letters(span)) or _is_subsequence(
        letters, _letters(html.unescape(raw))
    )


def gaps(text: str, sections: Sections) -> list[tuple[int, str]]:
    """The stretches of `text` outside every section, with their offsets."""
    out: list[tuple[int, str]] = []
    pos = 0
    for section in sorted(sections, key=lambda s: s.start):
        if section.start > pos:
            out.append((pos, text[pos : section.start]))
        pos = max(pos, section.end)
    if pos < len(text):
        out.append((pos, text[pos:]))
    return out


def lost_text(text: str, sections: Sections) -> list[tuple[int, str]]:
    """Gaps that hold a letter or digit once markup is removed (T2): text lost silently."""
    return [
        (at, gap)
        for at, gap in gaps(text, sections)
        if all(has_words(markup.sub(" ", gap)) for markup in _MARKUPS)
    ]


def has_words(text: str) -> bool:
    """Whether `text` holds a letter or digit."""
    return bool(_WORD_CHAR.search(text))


def dateline_cuts(text: str) -> set[tuple[int, int]]:
    """The spans of the two blocks a text front end's block was cut into at a dateline inside it."""
    blocks = text_document(text).blocks
    cut, _ = cut_at_dateline(blocks, text)
    return {(b.start, b.end) for b in cut} - {(b.start, b.end) for b in blocks}


def problems(
    release: prparse.Release, text: str, *, html_order: bool = True, dateline_cut: bool = True
) -> list[str]:
    """Every broken invariant of `release` parsed from decoded `text` (empty: all hold).

    `html_order=False` leaves R3 and R4 unchecked for HTML input (finding F3);
    `dateline_cut=False` leaves R4 unchecked for the two halves of a text block
    cut at a dateline inside it (finding F6).
    """
    found: list[str] = []
    is_html = looks_like_html(text)
    ordered = html_order or not is_html
    unchecked = set() if dateline_cut or is_html else dateline_cuts(text)
    previous: prparse.Section | None = None
    for index, section in enumerate(release.sections):
        where = f"section {index} [{section.start}:{section.end}] {section.kind}"
        if not isinstance(section.kind, prparse.SectionKind):
            found.append(f"{where}: kind is not a SectionKind")
        if not 0 <= section.start <= section.end <= len(text):
            found.append(f"{where}: offsets outside 0..{len(text)}")
            continue
        if ordered and previous is not None and section.start < previous.start:
            found.append(f"{where}: starts before the previous section ({previous.start})")
        if not is_html and previous is not None and section.start < previous.end:
            found.append(f"{where}: overlaps the previous section (ends {previous.end})")
        span = _span_text(text[section.start : section.end], is_html)
        exact = ordered and (section.start, section.end) not in unchecked
        if exact and not _in_span(section.text, span, text[section.start : section.end]):
            found.append(f"{where}: text {section.text[:60]!r} is not in its span {span[:60]!r}")
        previous = section
    if not is_html:
        lost = lost_text(text, release.sections)
        found.extend(f"text lost at {at}: {gap.strip()[:80]!r}" for at, gap in lost)
    return found


def check_release(
    source: str | bytes,
    policy: prparse.Policy = prparse.DEFAULT_POLICY,
    *,
    html_order: bool = True,
    dateline_cut: bool = True,
) -> prparse.Release:
    """Parse `source` and assert R1-R4 (and T1-T2 for text); the release, for further checks.

    The keywords leave known findings unchecked, as `problems()` says.
    """
    release = prparse.parse(source, policy=policy)
    assert isinstance(release, prparse.Release)
    assert all(isinstance(d, prparse.Defect) for d in release.defects)
    json.loads(release.to_json())
    text = decoded(source, policy)
    found = problems(release, text, html_order=html_order, dateline_cut=dateline_cut)
    assert not found, "\n".join(found[:10])
    return release
