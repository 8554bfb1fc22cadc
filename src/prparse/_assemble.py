"""Extract: fill the `Release` from classified blocks.

Each field is gathered by a small function over the blocks of its kind;
the per-field parsing (dateline parts, quote speakers, contact details,
disclosure kinds, tickers) lives in the extractor modules.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
from collections.abc import Iterator, Sequence

from ._blocks import Block, PageMeta
from ._contacts import contact_heading, parse_contact
from ._cues import (
    about_heading,
    clean_headline,
    inline_about_heading,
    release_date_line,
    section_heading,
)
from ._dateline import find_dateline
from ._dates import find_release_date
from ._disclosures import disclosure_heading, disclosure_kind
from ._feed_meta import declared_dateline
from ._header import restore_accents
from ._model import (
    Boilerplate,
    Contact,
    Dateline,
    Defect,
    DefectKind,
    Disclosure,
    DisclosureKind,
    Quote,
    Release,
    Section,
    SectionKind,
    Ticker,
)
from ._quotes import QuoteSource, extract_quotes, parse_attribution
from ._tickers import find_tickers
from ._zones import Zones

K = SectionKind


@dataclasses.dataclass(frozen=True, slots=True)
class Classified:
    """The blocks of one document with their kinds and zones."""

    blocks: Sequence[Block]
    kinds: Sequence[SectionKind]
    zones: Zones
    meta: PageMeta = dataclasses.field(default_factory=PageMeta)
    source: str = ""
    """The decoded document the blocks' offsets index."""

    def of(self, *kinds: SectionKind) -> Iterator[tuple[int, Block]]:
        """The blocks of the given kinds, with their indices, in order."""
        for index, (block, kind) in enumerate(zip(self.blocks, self.kinds, strict=True)):
            if kind in kinds:
                yield index, block


def _body_text(doc: Classified, index: int, block: Block) -> str:
    match = doc.zones.dateline
    if index == doc.zones.dateline_block and match is not None:
        return (block.text[: match.start] + " " + block.text[match.end :]).strip(" -–—:")
    return block.text


def _date_line_order(doc: Classified) -> Iterator[int]:
    """Blocks that may state the release date, the likeliest first.

    The header nearest the dateline, then the trailer (footer dates, a
    closing "Hamburg, den 2. Dezember 2022"), then the page before the
    release, nearest first.
    """
    zones = doc.zones
    yield from range(zones.body_start - 1, zones.release_start - 1, -1)
    yield from range(zones.trailer_start, len(doc.blocks))
    yield from range(zones.release_start - 1, -1, -1)


_DATE_LINE_KINDS = frozenset({K.META, K.WIRE_FOOTER, K.SUBHEADLINE, K.CHROME, K.CONTACT, K.BODY})


def _stated_date(block: Block) -> _dt.date | None:
    """The date a line states: a release-date line, a footer's date, a closing place and date."""
    found = find_release_date(block.text)
    if found is not None or not release_date_line(block):
        return found
    closing = find_dateline(block.text)
    return closing.dateline.date if closing is not None else None


def _release_date(doc: Classified) -> _dt.date | None:
    for index in _date_line_order(doc):
        if index != doc.zones.dateline_block and doc.kinds[index] in _DATE_LINE_KINDS:
            found = _stated_date(doc.blocks[index])
            if found is not None:
                return found
    return doc.meta.published


def _complete_dateline(doc: Classified) -> Dateline | None:
    """The dateline, its date completed from the release's own date lines where it has none."""
    match = doc.zones.dateline
    if match is None:  # a feed item may declare the dateline its text lacks
        declared = declared_dateline(doc.meta)
        if declared is None or declared.date is not None:
            return declared
        return dataclasses.replace(declared, date=_release_date(doc))
    dateline = match.dateline
    if dateline.date is not None:
        return dateline
    found = _release_date(doc)
    if found is None:
        return dateline
    if match.month_day is not None:
        month, day = match.month_day
        try:
            found = found.replace(month=month, day=day)
        except ValueError:  # February 29 in another year
            return dateline
    return dataclasses.replace(dateline, date=found)


def _credit_line(doc: Classified, index: int) -> str | None:
    """The pull quote's credit line (`— Jane Doe, CEO`) right under block `index`, if any."""
    below = index + 1
    if below < len(doc.blocks) and doc.kinds[below] is K.PULL_QUOTE:
        text = doc.blocks[below].text
        return text if parse_attribution(text) is not None else None
    return None


def _quotes(doc: Classified) -> tuple[Quote, ...]:
    sources: list[QuoteSource] = []
    credits: set[int] = set()
    for index, block in doc.of(K.BODY, K.PULL_QUOTE):
        if doc.kinds[index] is K.BODY:
            sources.append(QuoteSource(_body_text(doc, index, block)))
        elif index not in credits:
            credit = _credit_line(doc, index)
            if credit is not None:
                credits.add(index + 1)
            sources.append(QuoteSource(block.text, pull=True, attribution=credit))
    return extract_quotes(sources)


def _groups(doc: Classified, kind: SectionKind, opens: object) -> Iterator[list[Block]]:
    """Runs of consecutive blocks of one kind; `opens(block)` starts a new run."""
    run: list[Block] = []
    last = -2
    for index, block in doc.of(kind):
        starts = callable(opens) and bool(opens(block))
        if run and (index != last + 1 or starts):
            yield run
            run = []
        run.append(block)
        last = index
    if run:
        yield run


def _opens_boilerplate(block: Block) -> bool:
    return (
        about_heading(block, in_trailer=True)
        or bool(inline_about_heading(block))
        or section_heading(block)
    )


def _boilerplate(doc: Classified) -> tuple[Boilerplate, ...]:
    out: list[Boilerplate] = []
    for run in _groups(doc, K.BOILERPLATE, _opens_boilerplate):
        first = run[0]
        inline = inline_about_heading(first)
        if inline:
            heading: str | None = first.text[:inline].strip()
            paragraphs = [first.text[inline:].strip()] + [b.text for b in run[1:]]
        elif _opens_boilerplate(first) and len(run) > 1:
            heading, paragraphs = first.text.strip(), [b.text for b in run[1:]]
        else:
            heading, paragraphs = None, [b.text for b in run]
        out.append(Boilerplate(heading=heading, text="\n\n".join(paragraphs)))
    return tuple(out)


def _contacts(doc: Classified) -> tuple[Contact, ...]:
    out: list[Contact] = []
    run: list[Block] = []
    last = -2
    for index, block in doc.of(K.CONTACT):
        new = index != last + 1 or (contact_heading(block.text) and block.gap_before)
        if run and new:
            out.append(_contact_of(run))
            run = []
        run.append(block)
        last = index
    if run:
        out.append(_contact_of(run))
    return tuple(out)


def _contact_of(run: Sequence[Block]) -> Contact:
    lines = [line for block in run for line in block.line_list]
    urls = [url for block in run for url in block.urls]
    return parse_contact(lines, urls)


def _disclosures(doc: Classified) -> tuple[Disclosure, ...]:
    out: list[Disclosure] = []
    for run in _groups(doc, K.DISCLOSURE, lambda b: disclosure_heading(b.text) is not None):
        heading_kind = disclosure_heading(run[0].text)
        paragraphs = run[1:] if heading_kind is not None else run
        if not paragraphs:
            continue
        heading = run[0].text if heading_kind is not None else None
        for kind, texts in _split_by_kind(paragraphs, heading, heading_kind):
            out.append(Disclosure(kind=kind, text="\n\n".join(texts)))
    return tuple(out)


def _paragraph_kind(
    block: Block,
    heading: str | None,
    heading_kind: DisclosureKind | None,
    current: DisclosureKind | None,
) -> DisclosureKind:
    """A legal paragraph's kind: its heading's, unless its own words plainly say another."""
    if heading_kind is not None and heading_kind is not DisclosureKind.OTHER:
        own = disclosure_kind(block.text)
        if current is None or own is None:
            return current or heading_kind
        return own  # a safe harbor statement run in under a trademark notice
    return disclosure_kind(block.text, heading) or heading_kind or DisclosureKind.OTHER


def _split_by_kind(
    paragraphs: Sequence[Block], heading: str | None, heading_kind: DisclosureKind | None
) -> Iterator[tuple[DisclosureKind, list[str]]]:
    """Consecutive legal paragraphs of one kind make one disclosure."""
    current: DisclosureKind | None = None
    texts: list[str] = []
    for block in paragraphs:
        kind = _paragraph_kind(block, heading, heading_kind, current)
        if texts and current is not None and kind is not current:
            yield current, texts
            texts = []
        current = kind
        texts.append(block.text)
    if texts and current is not None:
        yield current, texts


def _tickers(doc: Classified) -> tuple[Ticker, ...]:
    seen: dict[str, Ticker] = {}
    skip = (K.CHROME, K.WIRE_FOOTER)
    for index, block in enumerate(doc.blocks):
        if doc.kinds[index] in skip:
            continue
        for ticker in find_tickers(block.text):
            seen.setdefault(str(ticker), ticker)
    return tuple(seen.values())


def _defects(release: Release) -> tuple[Defect, ...]:
    defects = []
    if release.headline is None:
        defects.append(Defect(kind=DefectKind.NO_HEADLINE, message="no headline found"))
    if release.dateline is None:
        defects.append(Defect(kind=DefectKind.NO_DATELINE, message="no dateline found"))
    if not release.body:
        defects.append(Defect(kind=DefectKind.NO_BODY, message="no body paragraphs found"))
    return tuple(defects)


def assemble(doc: Classified, defects: Sequence[Defect] = ()) -> Release:
    """The `Release` for a classified document."""
    zones = doc.zones
    wire = zones.dateline.dateline.wire if zones.dateline is not None else None
    headline = (
        clean_headline(
            " ".join(
                b.text for b in doc.blocks[zones.headline : zones.headline + zones.headline_span]
            ),
            wire,
        )
        if zones.headline is not None
        else zones.headline_text
    )
    if headline:
        headline = restore_accents(headline, doc.source)
    body = tuple(t for i, b in doc.of(K.BODY) if (t := _body_text(doc, i, b)))
    dateline = _complete_dateline(doc)
    release = Release(
        headline=headline,
        date=dateline.date if dateline is not None and dateline.date else _release_date(doc),
        subheadlines=tuple(b.text for _, b in doc.of(K.SUBHEADLINE)),
        dateline=dateline,
        body=body,
        quotes=_quotes(doc),
        boilerplate=_boilerplate(doc),
        contacts=_contacts(doc),
        disclosures=_disclosures(doc),
        tickers=_tickers(doc),
        wire_footer=tuple(b.text for _, b in doc.of(K.WIRE_FOOTER)),
        sections=tuple(
            Section(kind=kind, text=block.text, start=block.start, end=block.end)
            for block, kind in zip(doc.blocks, doc.kinds, strict=True)
        ),
    )
    return dataclasses.replace(release, defects=tuple(defects) + _defects(release))
