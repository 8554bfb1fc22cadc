"""The one shape every stage after the front ends sees: a `Block`.

The front ends (`_text.py` for plain and Markdown-ish text, `_html.py`
for HTML, `_feed.py` for feed items) turn the decoded source into a list
of blocks: one paragraph, heading, list item, table row or quotation each,
with its text cleaned of markup, the lines as written, the link targets it held, and its offsets
into the decoded source.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
from enum import Enum

from ._slots import slot_init

LONG_LINE = 150
"""A line longer than this among lines set apart by line breaks (`<br>` in HTML, a hard
break in Markdown) is a paragraph of its own, not one more line of a card or a verse."""


class Hint(str, Enum):
    """What the markup said a block was (a hint, not a verdict)."""

    PARAGRAPH = "paragraph"
    HEADING = "heading"
    LIST_ITEM = "list_item"
    TABLE_ROW = "table_row"
    BLOCKQUOTE = "blockquote"
    EMPHASIS = "emphasis"
    """The whole block is bold or italic."""
    RULE = "rule"
    """A horizontal rule or a line of punctuation such as `---`."""
    BOILERPLATE = "boilerplate"
    """A feed item's element says the block is the issuer's boilerplate (NTB info's)."""
    CONTACT = "contact"
    """A feed item's element says the block is a contact (a contact record, a `Contact` part)."""


@slot_init
@dataclasses.dataclass(frozen=True, slots=True)
class Block:
    """A paragraph-sized piece of the input."""

    text: str
    """The text, markup removed, broken lines joined by single spaces."""
    start: int
    """Offset into the decoded source of the block's first character."""
    end: int
    """Offset just past the block's last character."""
    hint: Hint = Hint.PARAGRAPH
    lines: tuple[str, ...] = ()
    """The block's lines as written (markup removed), for line-based blocks such as contacts."""
    urls: tuple[str, ...] = ()
    """Link targets found in the block (Markdown links, autolinks, `href`s)."""
    level: int = 0
    """Heading level (1 for `#`/`h1`), 0 when not a heading."""
    link_chars: int = 0
    """How many characters of `text` are the text of links (for link density)."""
    gap_before: bool = True
    """False when the block follows the previous one with no blank line (text input)."""

    @property
    def line_list(self) -> tuple[str, ...]:
        """The block's lines, or its text as one line when it has none recorded."""
        return self.lines or (self.text,)




@dataclasses.dataclass(frozen=True, slots=True)
class PageMeta:
    """What a document states about itself, outside the release's own text.

    HTML pages give `<title>`, `og:title`, JSON-LD and `article:published_time`;
    text gives a YAML front matter (`title:`, `date:`); feed items their envelope
    (headline, dateline, dates, copyright). It is evidence, never
    the only source: the release's own headline and dateline win.
    """

    title: str | None = None
    """The page's or front matter's title (may carry a site name)."""
    headline: str | None = None
    """A headline the page declares (`og:title`, JSON-LD `headline`)."""
    published: _dt.date | None = None
    """The publication date the page declares."""
    dateline: str | None = None
    """A dateline the page or feed item declares (JSON-LD `dateline`, NewsML `DateLine`)."""
    copyright: str | None = None
    """The wire's copyright notice a feed item declares (NewsML `copyrightNotice`)."""
    wire: str | None = None
    """The wire a feed item names as its provider, by its usual name (`Dateline.wire`)."""
    end: int = 0
    """Offset where a leading metadata block (front matter) ends; 0 when there is none."""


@dataclasses.dataclass(frozen=True, slots=True)
class Document:
    """A front end's output: the blocks of a document and what it says about itself."""

    blocks: list[Block]
    meta: PageMeta = dataclasses.field(default_factory=PageMeta)
