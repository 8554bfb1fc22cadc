"""The pipeline, stage by stage, for one decoded document.

    blocks (text or HTML front end) -> zones -> classify -> assemble

`_api` imports this module on the first parse rather than at
`import prparse`: the stages compile their vocabularies when imported, a cost
a program that imports prparse without parsing should not pay.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from ._assemble import Classified, assemble
from ._blocks import Document
from ._classify import classify
from ._coverage import with_page_chrome
from ._model import Defect, Release
from ._text import text_document
from ._zones import find_zones, split_at_dateline


def _document(text: str, is_html: bool) -> Document:
    if is_html:
        from ._html import html_document

        return html_document(text)
    return text_document(text)


def run(text: str, is_html: bool, defects: Sequence[Defect]) -> Release:
    """The `Release` of a decoded document."""
    document = _document(text, is_html)
    blocks = split_at_dateline(document.blocks, text)
    zones = find_zones(blocks, document.meta)
    kinds = classify(blocks, zones)
    release = assemble(Classified(blocks, kinds, zones, document.meta, text), defects)
    if is_html:  # the page around the release's container is chrome, kept in sections
        release = dataclasses.replace(release, sections=with_page_chrome(release.sections, text))
    return dataclasses.replace(release, source=text)  # for the view: what the offsets point into
