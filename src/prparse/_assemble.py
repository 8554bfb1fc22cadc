"""Extract: fill the `Release` from classified blocks.

Each field is gathered by a small function over the blocks of its kind;
the per-field parsing (dateline parts, quote speakers, contact details,
disclosure kinds, tickers) lives in the extractor modules.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import re
from collections.abc import Callable, Iterator, Sequence

from ._blocks import Block, PageMeta
from ._contacts import parse_contact
from ._disclosures import disclosure_kind
from ._facts import Facts
from ._feed_meta import declared_dateline
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
from ._quotes import QuoteSource, extract_quotes
from ._tickers import find_tickers
from ._zones import Zones

K = SectionKind
# Members read for every block, bound once: `SectionKind.X` is looked up through the enum's
# metaclass (some 70 ns a read in Python 3.11, ten times a module global's).
_BODY, _PULL_QUOTE, _SEPARATOR = K.BODY, K.PULL_QUOTE, K.SEPARATOR
_NO_TICKERS = (K.CHROME, K.WIRE_FOOTER)
_HEADING_WORDS = 4  # a contact heading alone: `Media Contacts:`
_SITE_NAME = re.compile(r"\w\.[a-z]{2,}\b")  # `SaveRxCanada.to`, `Acme.com`


@dataclasses.dataclass(frozen=True, slots=True)
class Classified:
    """The blocks of one document with their kinds and zones."""

    blocks: Sequence[Block]
    facts: Sequence[Facts]
    kinds: Sequence[SectionKind]
    zones: Zones
    meta: PageMeta = dataclasses.field(default_factory=PageMeta)
    source: str = ""
    """The decoded document the blocks' offsets index."""


_Indexed = list[tuple[int, Block]]


def _by_kind(doc: Classified) -> dict[SectionKind, _Indexed]:
    """Each kind's blocks with their indices, in order (one pass over the blocks for every
    field gathered from blocks of one kind)."""
    found: dict[SectionKind, _Indexed] = {}
    for index, (block, kind) in enumerate(zip(doc.blocks, doc.kinds, strict=True)):
        if kind in found:
            found[kind].append((index, block))
        else:
            found[kind] = [(index, block)]
    return found


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


def _release_date(doc: Classified) -> _dt.date | None:
    """The date a line of the release states (a release-date line, a footer's date, a closing
    place and date), else the date the page declares."""
    for index in _date_line_order(doc):
        if index != doc.zones.dateline_block and doc.kinds[index] in _DATE_LINE_KINDS:
            found = doc.facts[index].stated_date
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


def _credit_line(doc: Classified, index: int) -> tuple[str, str | None] | None:
    """(name, title) of the pull quote's credit line (`— Jane Doe, CEO`) right under block
    `index`, if any."""
    below = index + 1
    if below < len(doc.blocks) and doc.kinds[below] is _PULL_QUOTE:
        return doc.facts[below].credit
    return None


def _quotes(doc: Classified) -> tuple[Quote, ...]:
    sources: list[QuoteSource] = []
    blocks, dateline_block = doc.blocks, doc.zones.dateline_block
    credit_line = -1  # the credit line under the last pull quote, itself no pull quote
    for index, kind in enumerate(doc.kinds):
        if kind is _BODY:
            block = blocks[index]
            text = block.text if index != dateline_block else _body_text(doc, index, block)
            sources.append(QuoteSource(text))
        elif kind is _PULL_QUOTE and index != credit_line:
            credit = _credit_line(doc, index)
            if credit is not None:
                credit_line = index + 1
            sources.append(QuoteSource(blocks[index].text, pull=True, credit=credit))
    return tuple(q for q in extract_quotes(sources) if not _said_by_issuer(q, doc.zones.issuer))


def _said_by_issuer(quote: Quote, issuer: str | None) -> bool:
    """A quotation credited to the issuing company itself (`said Acme in a statement`,
    `said SaveRx.to`) is no person's: the issuer's name as one word, or as a site name.
    A release about a person (`Jane Doe ... said`) keeps its quotes."""
    if issuer is None or quote.speaker != issuer:
        return False
    return " " not in issuer or _SITE_NAME.search(issuer) is not None


def _groups(
    doc: Classified, indexed: _Indexed, opens: Callable[[Facts], bool]
) -> Iterator[list[tuple[Block, Facts]]]:
    """Runs of consecutive blocks among `indexed` (of one kind); a block whose facts `opens`
    starts a new run."""
    run: list[tuple[Block, Facts]] = []
    last = -2
    for index, block in indexed:
        fact = doc.facts[index]
        if run and (index != last + 1 or opens(fact)):
            yield run
            run = []
        run.append((block, fact))
        last = index
    if run:
        yield run


def _opens_boilerplate(fact: Facts) -> bool:
    return fact.trailer_about or bool(fact.inline_about) or fact.section_heading


def _issuer_heading(doc: Classified, block: Block) -> bool:
    """The block is the issuer's name standing as its profile's heading (`Acme Corp.`)."""
    index = doc.zones.issuer_heading
    return index is not None and doc.blocks[index] is block


def _boilerplate(doc: Classified, indexed: _Indexed) -> tuple[Boilerplate, ...]:
    out: list[Boilerplate] = []
    for run in _groups(doc, indexed, _opens_boilerplate):
        first, fact = run[0]
        rest = [b.text for b, _ in run[1:]]
        if fact.inline_about:
            heading: str | None = first.text[: fact.inline_about].strip()
            paragraphs = [first.text[fact.inline_about :].strip(), *rest]
        elif (_opens_boilerplate(fact) or _issuer_heading(doc, first)) and rest:
            heading, paragraphs = first.text.strip(), rest
        else:
            heading, paragraphs = None, [first.text, *rest]
        out.append(Boilerplate(heading=heading, text="\n\n".join(paragraphs)))
    return tuple(out)


def _contacts(doc: Classified, indexed: _Indexed) -> tuple[Contact, ...]:
    out: list[Contact] = []
    run: list[Block] = []
    last = -2
    for index, block in indexed:
        over = _heading_over(doc, run, last, index)
        new = (
            index != last + 1 or (doc.facts[index].contact_heading and block.gap_before)
        ) and not over
        if run and new:
            out.append(_contact_of(run))
            run = []
        run.append(block)
        last = index
    if run:
        out.append(_contact_of(run))
    return tuple(out)


def _heading_over(doc: Classified, run: Sequence[Block], last: int, index: int) -> bool:
    """A contact heading alone (`Contacts:`) over the card under it, with nothing or only a
    rule between them: the card is the heading's, even when it opens with a label of its own
    (`Contact information:` / `Media:` / `Jane Doe`)."""
    return (
        len(run) == 1
        and doc.facts[last].contact_heading
        and doc.facts[last].words <= _HEADING_WORDS
        and all(doc.kinds[i] is _SEPARATOR for i in range(last + 1, index))
    )


def _contact_of(run: Sequence[Block]) -> Contact:
    lines = [line for block in run for line in block.line_list]
    urls = [url for block in run for url in block.urls]
    return parse_contact(lines, urls)


def _disclosures(doc: Classified, indexed: _Indexed) -> tuple[Disclosure, ...]:
    out: list[Disclosure] = []
    for run in _groups(doc, indexed, lambda f: f.disclosure_heading is not None):
        heading_kind = run[0][1].disclosure_heading
        paragraphs = run[1:] if heading_kind is not None else run
        if not paragraphs:
            continue
        heading = run[0][0].text if heading_kind is not None else None
        for kind, texts in _split_by_kind(paragraphs, heading, heading_kind):
            out.append(Disclosure(kind=kind, text="\n\n".join(texts)))
    return tuple(out)


def _paragraph_kind(
    block: Block,
    own: DisclosureKind | None,
    heading: str | None,
    heading_kind: DisclosureKind | None,
    current: DisclosureKind | None,
) -> DisclosureKind:
    """A legal paragraph's kind: its heading's, unless its own words (`own`) plainly say another."""
    if heading_kind is not None and heading_kind is not DisclosureKind.OTHER:
        if current is None or own is None:
            return current or heading_kind
        return own  # a safe harbor statement run in under a trademark notice
    under_heading = disclosure_kind(block.text, heading) if heading else own
    return under_heading or heading_kind or DisclosureKind.OTHER


def _split_by_kind(
    paragraphs: Sequence[tuple[Block, Facts]],
    heading: str | None,
    heading_kind: DisclosureKind | None,
) -> Iterator[tuple[DisclosureKind, list[str]]]:
    """Consecutive legal paragraphs of one kind make one disclosure."""
    current: DisclosureKind | None = None
    texts: list[str] = []
    for block, fact in paragraphs:
        kind = _paragraph_kind(block, fact.disclosure, heading, heading_kind, current)
        if texts and current is not None and kind is not current:
            yield current, texts
            texts = []
        current = kind
        texts.append(block.text)
    if texts and current is not None:
        yield current, texts


def _tickers(doc: Classified) -> tuple[Ticker, ...]:
    seen: dict[str, Ticker] = {}
    for block, kind in zip(doc.blocks, doc.kinds, strict=True):
        if kind in _NO_TICKERS or ":" not in block.text:
            continue  # every listing has its colon (`find_tickers`'s own first test)
        for ticker in find_tickers(block.text):
            seen.setdefault(str(ticker), ticker)
    return tuple(seen.values())


def _defects(
    headline: str | None, dateline: Dateline | None, body: tuple[str, ...]
) -> tuple[Defect, ...]:
    """What the release lacks: a headline, a dateline, body paragraphs."""
    defects = []
    if headline is None:
        defects.append(Defect(kind=DefectKind.NO_HEADLINE, message="no headline found"))
    if dateline is None:
        defects.append(Defect(kind=DefectKind.NO_DATELINE, message="no dateline found"))
    if not body:
        defects.append(Defect(kind=DefectKind.NO_BODY, message="no body paragraphs found"))
    return tuple(defects)


def assemble(doc: Classified, defects: Sequence[Defect] = ()) -> Release:
    """The `Release` for a classified document."""
    headline = doc.zones.headline_text or None
    of = _by_kind(doc)
    none: _Indexed = []
    body = tuple(t for i, b in of.get(K.BODY, none) if (t := _body_text(doc, i, b)))
    dateline = _complete_dateline(doc)
    return Release(
        headline=headline,
        date=dateline.date if dateline is not None and dateline.date else _release_date(doc),
        subheadlines=tuple(b.text for _, b in of.get(K.SUBHEADLINE, none)),
        dateline=dateline,
        body=body,
        quotes=_quotes(doc),
        boilerplate=_boilerplate(doc, of.get(K.BOILERPLATE, none)),
        contacts=_contacts(doc, of.get(K.CONTACT, none)),
        disclosures=_disclosures(doc, of.get(K.DISCLOSURE, none)),
        tickers=_tickers(doc),
        wire_footer=tuple(b.text for _, b in of.get(K.WIRE_FOOTER, none)),
        sections=tuple([
            Section(kind=kind, text=block.text, start=block.start, end=block.end)
            for block, kind in zip(doc.blocks, doc.kinds, strict=True)
        ]),
        defects=tuple(defects) + _defects(headline, dateline, body),
        source=doc.source,  # for the view: what the offsets point into
    )
