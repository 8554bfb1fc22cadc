"""The release as a person reads it: the source shaded by kind, beside the parsed fields.

In the manner of spaCy's displaCy: the decoded source, every section shaded
by its `SectionKind` (a legend of the kinds present above it), and a table
of what was extracted (headline, date, dateline parts, wire, quotes with
speakers, tickers, contacts, defects). `view_html()` is the fragment a
notebook shows (`Release._repr_html_`), `render_html()` the same as a whole
page. Plain HTML with inline styles and no script, so it can be embedded
anywhere; every piece of text is escaped.

The source is `Release.source`, the exact text the section offsets point
into, so the view shows all of it, gaps between sections included. A release
built by hand or from a dict has no source; its sections' texts stand in.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence

from ._model import Quote, Release, Section, SectionKind

__all__ = ["render_html", "render_markdown", "view_html"]

KIND_STYLES: dict[SectionKind, str] = {
    SectionKind.HEADLINE: "background:#ffd166;font-weight:bold",
    SectionKind.SUBHEADLINE: "background:#ffe9a8",
    SectionKind.META: "background:#e4e4e4",
    SectionKind.BODY: "background:#dcefff",
    SectionKind.PULL_QUOTE: "background:#c8f0cf",
    SectionKind.CAPTION: "background:#efdcff",
    SectionKind.BOILERPLATE: "background:#d5f5e3",
    SectionKind.CONTACT: "background:#ffd8bf",
    SectionKind.DISCLOSURE: "background:#f8d0da",
    SectionKind.WIRE_FOOTER: "background:#dcdcf6",
    SectionKind.SEPARATOR: "background:#c8c8c8",
    SectionKind.CHROME: "color:#8a8a8a",
}
"""The inline style of each kind's shading (chrome is greyed, not shaded)."""

_FONT = "font-family:-apple-system,'Segoe UI',Helvetica,Arial,sans-serif;font-size:14px"
_BOX = f"display:flex;flex-wrap:wrap;gap:16px;align-items:flex-start;color:#222;{_FONT}"
_PRE = (
    "white-space:pre-wrap;overflow-wrap:anywhere;margin:0;padding:10px;"
    "border:1px solid #ddd;border-radius:4px;background:#fff;line-height:1.6;"
    "font-family:Menlo,Consolas,'DejaVu Sans Mono',monospace;font-size:12.5px"
)
_TABLE = "border-collapse:collapse;width:100%;font-size:13px"
_TH = "text-align:left;vertical-align:top;padding:4px 8px;border-bottom:1px solid #eee;width:6.5em"
_TD = "vertical-align:top;padding:4px 8px;border-bottom:1px solid #eee;overflow-wrap:anywhere"
_NONE = '<span style="color:#aaa">&#8212;</span>'
# html.escape's table, without importing `html` (it loads the entity tables: ~5 ms at import).
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"})

# Characters an HTML parser would not give back as they are: markup, and a
# carriage return (parsers turn CR LF into LF, a character reference survives).
# NUL cannot be carried by HTML at all; U+2400 SYMBOL FOR NULL shows where it was.
_SOURCE_ESCAPES = str.maketrans(
    {"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;", "\0": "\u2400"}
)
# Markup in an HTML source is dimmed so that the release's own words stand out.
_MARKUP = re.compile(r"<[!/?]?[A-Za-z][^<>]{0,2000}>|<!--.{0,20000}?-->", re.DOTALL)
_MARKUP_STYLE = "color:#9a9a9a"


def render_html(release: Release) -> str:
    """The release as a whole HTML page: the view of `view_html()` with a title."""
    title = _escape(release.headline or "Press release")
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{title}</title></head>\n"
        f'<body style="margin:16px;background:#fafafa">\n{view_html(release)}\n</body></html>\n'
    )


def view_html(release: Release, *, max_height: str | None = None) -> str:
    """The release as an HTML fragment: the shaded source beside the table of fields.

    `max_height` (a CSS length) makes the source scroll past that height, as
    a notebook wants; by default it is shown at full length.
    """
    scroll = f";max-height:{_escape(max_height)};overflow:auto" if max_height else ""
    # 44em holds an 80-column line of the source, so hard-wrapped text is not wrapped again.
    return (
        f'<div class="prparse-release" style="{_BOX}">'
        f'<div style="flex:3 1 44em;min-width:0">{_legend(release.sections)}'
        f'<pre data-prparse="source" style="{_PRE}{scroll}">\n{_source_html(release)}</pre>'
        f'</div><div style="flex:2 1 20em;min-width:0{scroll}">{_fields_table(release)}</div></div>'
    )


def _legend(sections: Sequence[Section]) -> str:
    counts = Counter(section.kind for section in sections)
    items = "".join(
        f'<span data-legend="{kind.value}" style="{KIND_STYLES[kind]};padding:1px 6px;'
        f'margin:0 6px 4px 0;border-radius:3px;display:inline-block">'
        f"{kind.value} {counts[kind]}</span>"
        for kind in SectionKind
        if counts[kind]
    )
    return f'<div data-prparse="legend" style="margin-bottom:6px">{items}</div>'


def _source_html(release: Release) -> str:
    """The source with each section in a shaded span; the text between left plain."""
    if release.source is None:
        parts = (_section_span(section, section.text) for section in release.sections)
        return "\n\n".join(parts)
    return "".join(_source_pieces(release.source, release.sections))


def _source_pieces(source: str, sections: Sequence[Section]) -> Iterator[str]:
    done = 0
    for section in sections:
        start = min(max(section.start, done), len(source))  # an overlap is shown once
        end = min(max(section.end, start), len(source))
        if start > done:
            yield _escape_source(source[done:start])
        if end > start:
            yield _section_span(section, source[start:end])
        done = end
    if done < len(source):
        yield _escape_source(source[done:])


def _section_span(section: Section, text: str) -> str:
    kind = section.kind.value
    return (
        f'<span data-kind="{kind}" title="{kind}" style="{KIND_STYLES[section.kind]};'
        f'border-radius:3px">{_escape_source(text)}</span>'
    )


def _escape_source(text: str) -> str:
    """Escaped text with its markup dimmed; the characters shown are those of `text`."""
    pieces: list[str] = []
    done = 0
    for match in _MARKUP.finditer(text):
        pieces.append(text[done : match.start()].translate(_SOURCE_ESCAPES))
        tag = match.group().translate(_SOURCE_ESCAPES)
        pieces.append(f'<span style="{_MARKUP_STYLE}">{tag}</span>')
        done = match.end()
    pieces.append(text[done:].translate(_SOURCE_ESCAPES))
    return "".join(pieces)


def _fields_table(release: Release) -> str:
    rows = "".join(
        f'<tr><th style="{_TH}">{_escape(name)}</th><td style="{_TD}">{value}</td></tr>'
        for name, value in _field_rows(release)
    )
    return f'<table data-prparse="fields" style="{_TABLE}">{rows}</table>'


def _field_rows(release: Release) -> Iterator[tuple[str, str]]:
    dateline = release.dateline
    yield "headline", _text(release.headline)
    yield "subheadlines", _lines(release.subheadlines)
    yield "date", _text(release.date.isoformat() if release.date else None)
    yield "dateline", _text(dateline.raw if dateline else None)
    yield "city", _text(dateline.city if dateline else None)
    yield "region", _text(dateline.region if dateline else None)
    yield "country", _text(_country(dateline.country, dateline.country_code) if dateline else None)
    yield "wire", _text(dateline.wire if dateline else None)
    yield "quotes", _lines(_quote_lines(release))
    yield "tickers", _text(", ".join(str(ticker) for ticker in release.tickers) or None)
    yield "contacts", _lines(_contact_lines(release))
    yield "about", _lines(b.heading or "(closing description)" for b in release.boilerplate)
    yield "disclosures", _lines(d.kind.value for d in release.disclosures)
    yield "defects", _lines(f"{d.kind.value}: {d.message}" for d in release.defects)


def _country(country: str | None, code: str | None) -> str | None:
    if country and code:
        return f"{country} ({code})"
    return country or code


def _quote_lines(release: Release) -> Iterator[str]:
    for quote in release.quotes:
        speaker = ", ".join(part for part in (quote.speaker, quote.speaker_title) if part)
        pull = " (pull quote)" if quote.pull else ""
        yield f"\u201c{quote.text}\u201d \u2014 {speaker or 'unattributed'}{pull}"


def _contact_lines(release: Release) -> Iterator[str]:
    for contact in release.contacts:
        details = (*contact.names, *contact.emails, *contact.phones)
        yield "; ".join(details) or contact.text.partition("\n")[0]


def _text(value: str | None) -> str:
    return _NONE if value is None or value == "" else _escape(value)


def _lines(values: Iterator[str] | Sequence[str]) -> str:
    items = [f'<div style="margin-bottom:4px">{_escape(v)}</div>' for v in values]
    return "".join(items) or _NONE


# ---------------------------------------------------------------- Markdown

_MD_INLINE = re.compile(r"([\\`*_\[\]<>])|&(?=#?\w+;)")
# A line opening like this would become a heading, quote, list item or rule.
_MD_BLOCK_START = re.compile(r"^([ \t]*)(?:(\d{1,9})(?=[.)])|(?=[#>+=-]))", re.MULTILINE)
_DISCLOSURE_TITLES = {
    "forward_looking": "Forward-looking statements",
    "fara": "FARA notice",
    "non_gaap": "Non-GAAP measures",
    "offer": "Not an offer",
    "trademark": "Trademarks",
    "other": "Legal notice",
}


def render_markdown(release: Release) -> str:
    """The release as clean Markdown: headline, deck, dateline and body, quotes, About,
    contacts and disclosures; the release's own characters escaped where Markdown would
    read them as markup."""
    blocks: list[str] = []
    if release.headline:
        blocks.append(f"# {_md(release.headline)}")
    blocks.extend(f"*{_md(line.strip())}*" for line in release.subheadlines if line.strip())
    blocks.extend(_md_body(release))
    if release.quotes:
        blocks.append("## Quotes")
        blocks.extend(_md_quote(quote) for quote in release.quotes)
    for about in release.boilerplate:
        blocks.append(f"## {_md(about.heading or 'About')}")
        blocks.extend(_md(part) for part in about.text.split("\n\n") if part.strip())
    if release.contacts:
        blocks.append("## Contacts")
        blocks.extend(_md_lines(contact.text) for contact in release.contacts)
    for disclosure in release.disclosures:
        blocks.append(f"## {_DISCLOSURE_TITLES.get(disclosure.kind.value, 'Legal notice')}")
        blocks.append(_md_lines(disclosure.text))
    return "\n\n".join(block for block in blocks if block.strip()) + "\n"


def _md_body(release: Release) -> Iterator[str]:
    paragraphs = iter(release.body)
    if release.dateline is not None:
        lead = next(paragraphs, "")
        yield f"**{_md(release.dateline.raw.strip())}** {_md(lead)}".rstrip()
    yield from (_md(paragraph) for paragraph in paragraphs)


def _md_quote(quote: Quote) -> str:
    speaker = ", ".join(_md(part) for part in (quote.speaker, quote.speaker_title) if part)
    said = f"\n>\n> \u2014 {speaker}" if speaker else ""
    return f"> \u201c{_md(' '.join(quote.text.split()))}\u201d{said}"


def _md_lines(text: str) -> str:
    """Lines kept as lines (a hard break at each end of line)."""
    return "  \n".join(_md(line.strip()) for line in text.splitlines() if line.strip())


def _md(text: str) -> str:
    escaped = _MD_INLINE.sub(lambda m: "\\" + m.group() if m.group(1) else "&amp;", text)
    return _MD_BLOCK_START.sub(lambda m: m.group(1) + (m.group(2) or "") + "\\", escaped)


def _escape(text: str) -> str:
    return text.translate(_ESCAPES)
