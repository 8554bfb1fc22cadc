"""What a feed item says about its release: headline, dateline, date, copyright, wire.

Read from the paths of the item's `FeedFormat` (`_data/feeds.py`) into
`PageMeta`, evidence for the stages after the front end; `declared_dateline`
reads the item's own dateline element for a release whose text has none.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import html
import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from ._blocks import PageMeta
from ._data.feeds import PROVIDER_WIRES, FeedFormat
from ._dateline import find_dateline
from ._model import Dateline

if TYPE_CHECKING:  # the assembler reads `declared_dateline` of every release: no lxml for it
    from lxml import etree

__all__ = ["clean", "declared_dateline", "feed_date", "item_meta", "text_of"]

_SPACES = re.compile(r"\s+")
# The dates feeds write: ISO 8601, basic (`20210131T024100+0000`) or extended
# (`2019-12-03T17:00:10+00:00`), and NTB info's `dd.MM.yyyy HH:mm`.
_ISO_DATE = re.compile(r"\s*(\d{4})-?(\d{2})-?(\d{2})(?:\b|T)")
_DAY_FIRST_DATE = re.compile(r"\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\b")


def text_of(element: etree._Element) -> str:
    """All the text inside an element."""
    return "".join(map(str, element.itertext()))


def clean(text: str | None) -> str:
    """Character references decoded, whitespace collapsed, ends stripped."""
    return _SPACES.sub(" ", html.unescape(text or "")).strip()


def _values(root: etree._Element, paths: Sequence[str]) -> Iterator[str]:
    """The values at `paths` (`path@attr` reads an attribute), in order, empty ones skipped."""
    for path in paths:
        where, _, attribute = path.partition("@")
        for element in root.iterfind(where):
            value = element.get(attribute) if attribute else text_of(element)
            if value and (cleaned := clean(value)):
                yield cleaned


def feed_date(value: str) -> _dt.date | None:
    """The date of a feed's date value (ISO 8601 basic or extended, or `dd.MM.yyyy`)."""
    match = _ISO_DATE.match(value)
    if match is not None:
        year, month, day = (int(g) for g in match.groups())
    elif (match := _DAY_FIRST_DATE.match(value)) is not None:
        day, month, year = (int(g) for g in match.groups())
    else:
        return None
    try:
        return _dt.date(year, month, day)
    except ValueError:
        return None


def item_meta(root: etree._Element, feed: FeedFormat) -> PageMeta:
    """What a feed item's envelope says about the release: headline, dateline, date,
    copyright notice, wire."""
    headline = next(_values(root, feed.headline), None)
    dateline = next(_values(root, feed.dateline), None)
    published = next(
        (d for v in _values(root, feed.dates) if (d := feed_date(v)) is not None), None
    )
    notice = next(_values(root, feed.copyright), None)
    wire = next(
        (w for v in _values(root, feed.provider) if (w := PROVIDER_WIRES.get(v.casefold()))),
        None,
    )
    return PageMeta(
        headline=headline, dateline=dateline, published=published, copyright=notice, wire=wire
    )


def declared_dateline(meta: PageMeta) -> Dateline | None:
    """The dateline a feed item declares (NewsML `DateLine`: `GREENWICH, Conn.`), read as
    the opening of a paragraph, with the item's wire; None when it names no place.

    Business Wire's NewsML carries the dateline only there: the body's XHTML starts
    after it.
    """
    if not meta.dateline:
        return None
    found = find_dateline(f"{meta.dateline} --")  # as it would open the first paragraph
    if found is None or found.start != 0 or found.dateline.city is None:
        return None
    dateline = found.dateline
    return dataclasses.replace(dateline, raw=meta.dateline, wire=dateline.wire or meta.wire)
