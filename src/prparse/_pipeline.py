"""The pipeline, stage by stage, for one decoded document.

    blocks (text, HTML or feed front end, cut at the dateline) -> facts -> zones
    -> classify -> extract (assemble)

`_api` imports this module on the first parse rather than at
`import prparse`: the stages compile their vocabularies when imported, a cost
a program that imports prparse without parsing should not pay.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from ._across import across_facts
from ._assemble import Classified, assemble
from ._blocks import Document
from ._classify import classify
from ._coverage import with_page_chrome
from ._cut import cut_at_dateline, cut_at_glued_headings
from ._facts import block_facts
from ._feed_sniff import looks_like_feed
from ._model import Defect, DefectKind, Release
from ._text import text_document
from ._zones import find_zones


def _document(text: str, is_html: bool) -> tuple[Document, bool, str | None]:
    """The document's blocks, whether text outside them is chrome (a page, an envelope), and
    the text lxml's parse of the whole page kept (None when the page was not parsed whole)."""
    if looks_like_feed(text):
        from ._feed import feed_document  # lxml and the HTML front end: loaded for a feed only

        if (feed := feed_document(text)) is not None:
            return feed, True, None
    if is_html:
        from ._html import html_page

        document, parsed = html_page(text)
        return document, True, parsed
    return text_document(text), False, None


def _with_lost_text(release: Release, page: str, parsed: str | None) -> Release:
    """The release, with a defect when the page's broken markup hides part of its text."""
    from ._malformed import MALFORMED_MESSAGE, html_text_lost

    if not html_text_lost(page, parsed):
        return release
    lost = Defect(kind=DefectKind.MALFORMED_HTML, message=MALFORMED_MESSAGE)
    return dataclasses.replace(release, defects=(*release.defects, lost))


def run(text: str, is_html: bool, defects: Sequence[Defect]) -> Release:
    """The `Release` of a decoded document (an HTML page's checked for text its markup hides)."""
    document, wrapped, parsed = _document(text, is_html)
    blocks, openings = cut_at_dateline(cut_at_glued_headings(document.blocks, text), text)
    facts = block_facts(blocks, openings)
    across = across_facts(blocks, facts)
    zones = find_zones(blocks, facts, document.meta, text)
    kinds = classify(blocks, facts, across, zones)
    release = assemble(Classified(blocks, facts, kinds, zones, document.meta, text), defects)
    if wrapped:  # the page or envelope around the release is chrome, kept in sections
        release = dataclasses.replace(release, sections=with_page_chrome(release.sections, text))
    return _with_lost_text(release, text, parsed) if is_html else release
