"""Whether a decoded document is a feed item, from its opening alone.

The pipeline asks this of every document, so this module parses nothing and
loads no parser: the feed front end (`_feed`, which brings lxml and the HTML
front end) is imported only for a document that looks like a feed item.
"""

from __future__ import annotations

import re

from ._data.feeds import FORMATS
from ._feed_text import looks_like_text_wire

__all__ = ["looks_like_feed", "looks_like_xml_feed"]

_ROOT_NAMES = "|".join(sorted({name for f in FORMATS for name in f.roots}))
# The document's first element (after the XML declaration, comments, a doctype).
_FEED_START = re.compile(
    r"\A\ufeff?\s*(?:<\?xml[^>]{0,200}>\s*)?(?:<!--.{0,2000}?-->\s*|<!DOCTYPE[^>]{0,500}>\s*)*"
    rf"<(?:[\w.-]+:)?(?:{_ROOT_NAMES})[\s/>]",
    re.DOTALL,
)


def looks_like_xml_feed(text: str) -> bool:
    """Whether a decoded document opens with the root element of a feed format's item."""
    return bool(_FEED_START.match(text[:4000]))


def looks_like_feed(text: str) -> bool:
    """Whether a decoded document opens as a feed item the feed front end reads."""
    return looks_like_xml_feed(text) or looks_like_text_wire(text)
