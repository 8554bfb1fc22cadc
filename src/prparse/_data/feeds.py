"""Feed wrappers: where each news-feed format keeps the release and what it says about it.

Schema: a `FeedFormat` per standard, matched by the local name of its root
element (namespaces are ignored) and, where the root's name is common, by
an element it must hold. Element paths are lxml ElementPath expressions
over local names, relative to the root. `parts` list the release's own
text in the order a reader meets it (headline, lead, body, trailer), which
need not be the order of the file; everything else in the item (subjects,
keywords, abstracts, slugs, genre, help-desk contacts, rights notices that
are not the wire's) is envelope and gives no block.

Sources: IPTC's NewsML-G2 2.x specification (`newsItem`, `itemMeta`,
`contentMeta`, `contentSet/inlineXML`, `rightsInfo/copyrightNotice`), as
GlobeNewswire/Marketwired deliver it; IPTC NewsML 1.2 (`NewsML`,
`NewsLines/HeadLine`, `DateLine`, `CopyrightLine`, `NewsComponent` with a
`Role` and `ContentItem/DataContent`), as Business Wire delivers it, its
XHTML parts given by role; IPTC NITF 3.x (`nitf`, `head/docdata`,
`body.head/hedline`, `body.content`, `body.end`); NTB info's (ntbinfo.no)
release export (`release` with `title`, `leadtext`, entity-encoded HTML
`body`, `boilerplate`, structured `contacts`, the publisher's
`description`); and the IPTC 7901 text wire framing (`ZCZC` ... `NNNN`) as
AAP and Medianet deliver it, with ANPA 1312's control characters.
"""

from __future__ import annotations

from enum import Enum
from typing import NamedTuple


class Shape(str, Enum):
    """How a part's element holds its text."""

    MARKUP = "markup"
    """(X)HTML: as elements, or escaped as text (entities or CDATA)."""
    TEXT = "text"
    """Plain text, paragraphs on lines of their own."""
    HEADING = "heading"
    """One line of plain text that is the release's headline."""
    CARD = "card"
    """A record whose child elements are the lines of one block (a contact card)."""


class Part(NamedTuple):
    """One stretch of the release's own text in a feed item."""

    path: str
    """ElementPath (local names) from the root to the elements holding it."""
    shape: Shape
    role: str = ""
    """NewsML 1.2: the `Role` (`FormalName`) of the `NewsComponent` holding it; "" for any."""
    fields: tuple[str, ...] = ()
    """CARD: the child elements that are the card's lines, in order."""
    declares: str = ""
    """What the format says the part is ("boilerplate", "contact"; a `Hint` value), "" for
    the release's narrative; its blocks carry it as their hint."""


class FeedFormat(NamedTuple):
    """Where one feed standard keeps the release and its metadata."""

    name: str
    roots: frozenset[str]
    """Local names the root element may have."""
    marks: tuple[str, ...]
    """Paths of which at least one must exist (() when the root's name is enough)."""
    headline: tuple[str, ...]
    dateline: tuple[str, ...]
    dates: tuple[str, ...]
    """Paths to the item's dates, the release's own first; `path@attr` reads an attribute."""
    copyright: tuple[str, ...]
    """Paths to the wire's copyright notice (a block only when it reads as a wire footer)."""
    parts: tuple[Part, ...]
    provider: tuple[str, ...] = ()
    """Paths to the name or domain of the wire that sent the item (`PROVIDER_WIRES` keys)."""


_CONTACT_CARD = ("name", "title", "phone", "email")

FORMATS: tuple[FeedFormat, ...] = (
    FeedFormat(
        name="NewsML-G2",
        roots=frozenset({"newsItem", "newsMessage"}),
        marks=(),
        headline=(".//contentMeta/headline",),
        dateline=(".//contentMeta/dateline",),
        dates=(".//contentMeta/contentCreated", ".//itemMeta/firstCreated",
               ".//itemMeta/versionCreated"),
        copyright=(".//rightsInfo/copyrightNotice",),
        parts=(
            Part(".//contentSet/inlineXML", Shape.MARKUP),
            Part(".//contentSet/inlineData", Shape.TEXT),
        ),
        provider=(".//itemMeta/provider@literal", ".//itemMeta/provider@qcode"),
    ),
    FeedFormat(
        name="NewsML 1.2",
        roots=frozenset({"NewsML", "NewsItem"}),
        marks=(),
        headline=(".//NewsLines/HeadLine",),
        dateline=(".//NewsLines/DateLine",),
        # Business Wire's DateId is the wire's registration date, not the release's.
        dates=(".//NewsManagement/FirstCreated", ".//NewsManagement/ThisRevisionCreated",
               ".//NewsEnvelope/DateAndTime", ".//NewsIdentifier/DateId"),
        copyright=(".//NewsLines/CopyrightLine",),
        parts=(
            Part(".//NewsComponent/ContentItem/DataContent", Shape.MARKUP, role="HeadLine"),
            Part(".//NewsComponent/ContentItem/DataContent", Shape.MARKUP, role="SubHeadLine"),
            Part(".//NewsComponent/ContentItem/DataContent", Shape.MARKUP, role="Body"),
            Part(".//NewsComponent/ContentItem/DataContent", Shape.MARKUP, role="Main"),
            Part(
                ".//NewsComponent/ContentItem/DataContent",
                Shape.MARKUP,
                role="Contact",
                declares="contact",
            ),
        ),
        provider=(".//NewsEnvelope/SentFrom/Party@FormalName", ".//NewsIdentifier/ProviderId"),
    ),
    FeedFormat(
        name="NITF",
        roots=frozenset({"nitf"}),
        marks=(),
        headline=(".//body.head/hedline/hl1", ".//head/title"),
        dateline=(".//body.head/dateline",),
        dates=(".//docdata/date.issue@norm", ".//pubdata@date.publication",
               ".//docdata/date.release@norm"),
        copyright=(),  # `doc.copyright` holds attributes only: no text to show
        parts=(
            Part(".//body.head/hedline", Shape.MARKUP),
            Part(".//body/body.content", Shape.MARKUP),
            Part(".//body/body.end", Shape.MARKUP),
        ),
        provider=(".//docdata/doc-id@regsrc",),
    ),
    FeedFormat(
        name="NTB info release export",
        roots=frozenset({"release"}),
        marks=("./publicationDate", "./leadtext"),
        headline=("./title",),
        dateline=(),
        dates=("./publicationDate",),
        copyright=(),
        parts=(
            Part("./title", Shape.HEADING),
            Part("./leadtext", Shape.MARKUP),
            Part("./body", Shape.MARKUP),
            Part("./boilerplate", Shape.TEXT, declares="boilerplate"),
            Part("./publisher/description", Shape.TEXT, declares="boilerplate"),
            Part("./contacts/contact", Shape.CARD, fields=_CONTACT_CARD, declares="contact"),
            Part("./contactsAsText", Shape.TEXT, declares="contact"),
        ),
    ),
)

# The wire's usual name (as `Dateline.wire` gives it) by the provider a feed item
# names, casefolded: the wires' feed domains and names.
PROVIDER_WIRES: dict[str, str] = {
    "businesswire.com": "Business Wire",
    "business wire": "Business Wire",
    "globenewswire.com": "GlobeNewswire",
    "globenewswire": "GlobeNewswire",
    "marketwired.com": "Marketwired",
    "prnewswire.com": "PR Newswire",
    "pr newswire": "PR Newswire",
    "newswire.ca": "CNW",
    "accesswire.com": "ACCESSWIRE",
    "newsfilecorp.com": "Newsfile",
    "einpresswire.com": "EIN Presswire",
}

# IPTC 7901 / ANPA 1312 text framing. A message opens with `ZCZC` (a start-of-
# message line, maybe after a few spaces) or the control character SOH (after
# SYN characters); header lines follow (7901: `%` selector codes, `$` take codes,
# `:` keyword lines, `*` end of header), then the story: after STX where the
# framing uses control characters, else after the header lines. The story ends
# at ETX, or at the `NNNN` line that ends the message (EOT in ANPA).
TEXT_WIRE_START = r"[\x16 \t]*(?:ZCZC\b|\x01)"
TEXT_WIRE_HEADER_LINE = r"[%$:*][^\r\n]*|[ \t]*"
"""A header line (or a blank one) of the framing; the first other line starts the story."""
TEXT_WIRE_STORY_START = "\x02"
TEXT_WIRE_STORY_END = "\x03"
TEXT_WIRE_END_LINE = r"NNNN[ \t]*"
TEXT_WIRE_END = "\x04"

# NewsML 1 flattened to text: a crawler that renders a NewsML item as Markdown runs its
# envelope onto one line: the envelope's timestamps (`20210131T024100+0000`), the
# provider's domain, the item's URN (`urn:newsml:businesswire.com:20010714:...`),
# the `./NewsComponent/...` and `./ContentItem/...` paths of elements it could not
# render, then the NewsLines: copyright, headline, dateline, slug (`CT-INTERACTIVE-BROKERS`).
NEWSML_URN = r"\burn:newsml:(?P<provider>[\w.-]+):"
NEWSML_TIMESTAMP = r"\b(?:19|20)\d{6}T\d{6}(?:[+-]\d{4}|Z)\b"
NEWSML_COPYRIGHT = r"\bCopyright\s+[^./]{2,60}?\s(?:19|20)\d\d\b"
# The NewsLines' dateline, a place in capitals and its region, just before the slug line
# (an upper-case keyword with hyphens): `GREENWICH, Conn. CT-INTERACTIVE-BROKERS`.
NEWSML_DATELINE = (
    r"(?<=\s)(?P<dateline>[A-Z][A-Z.'’ -]{2,40}(?:,\s*[A-Z][\w.'’ -]{1,30}?)?)"
    r"\s+[A-Z]{2,}(?:-[A-Z0-9]+){1,8}\b"
)
