"""The data model: what `prparse.parse()` returns.

Every result type is a frozen, slotted, keyword-only dataclass with a
`to_dict()` that gives plain JSON-ready values (enums as their values,
dates as ISO strings). The meaning of each field follows the corpus
README (`shared/corpus/README.md`).
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import json
from enum import Enum
from typing import Any

__all__ = [
    "Boilerplate",
    "Contact",
    "Dateline",
    "Defect",
    "DefectKind",
    "Disclosure",
    "DisclosureKind",
    "Quote",
    "Release",
    "Section",
    "SectionKind",
    "Ticker",
]


def _plain(value: Any) -> Any:
    """A JSON-ready copy of a model value."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = dataclasses.fields(value)
        return {
            f.name: _plain(getattr(value, f.name))
            for f in fields
            if f.metadata.get("to_dict", True)
        }
    if isinstance(value, (tuple, list)):
        return [_plain(v) for v in value]
    return value


class _ToDict:
    """Mixin: `to_dict()` for the model's dataclasses."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        """The value as plain dicts, lists, strings and numbers (JSON-ready)."""
        result: dict[str, Any] = _plain(self)
        return result


class SectionKind(str, Enum):
    """What a block of the input is. Every block gets exactly one kind."""

    CHROME = "chrome"
    """Site navigation, share buttons, crawler trailers: not part of the release."""
    HEADLINE = "headline"
    SUBHEADLINE = "subheadline"
    META = "meta"
    """Header lines about the release: `FOR IMMEDIATE RELEASE`, a date line, `Source: X`."""
    BODY = "body"
    PULL_QUOTE = "pull_quote"
    CAPTION = "caption"
    """Image or video captions and media links set apart from the text."""
    BOILERPLATE = "boilerplate"
    CONTACT = "contact"
    DISCLOSURE = "disclosure"
    WIRE_FOOTER = "wire_footer"
    SEPARATOR = "separator"
    """`###`, `-30-`, rules: end-of-release marks."""


class DisclosureKind(str, Enum):
    """The kind of a legal disclosure."""

    FORWARD_LOOKING = "forward_looking"
    FARA = "fara"
    NON_GAAP = "non_gaap"
    OFFER = "offer"
    TRADEMARK = "trademark"
    OTHER = "other"


class DefectKind(str, Enum):
    """Something odd the parser noticed and worked around."""

    NO_HEADLINE = "no_headline"
    NO_DATELINE = "no_dateline"
    NO_BODY = "no_body"
    ENCODING_GUESSED = "encoding_guessed"
    INPUT_TRUNCATED = "input_truncated"
    MALFORMED_HTML = "malformed_html"


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Defect(_ToDict):
    """A problem found in the input; the parse carried on regardless."""

    kind: DefectKind
    message: str


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Section(_ToDict):
    """One block of the input, with its kind and where it came from."""

    kind: SectionKind
    text: str
    """The block's text, markup removed and broken lines joined."""
    start: int
    """Offset of the block's first character in the decoded source."""
    end: int
    """Offset just past the block's last character (`source[start:end]`)."""


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Dateline(_ToDict):
    """The opening of the first body paragraph: place, date and wire."""

    raw: str
    """The dateline as written, up to and including its separator."""
    city: str | None = None
    """The first place's city, in title case."""
    region: str | None = None
    """State, province or region as written (`Calif.`, `ON`)."""
    country: str | None = None
    """Country as written."""
    country_code: str | None = None
    """ISO 3166-1 alpha-2 code implied by the place."""
    date: _dt.date | None = None
    """The release date (from the dateline, else from the release's own date line)."""
    wire: str | None = None
    """The distributor's usual name; None for a release sent with no wire."""


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Quote(_ToDict):
    """A direct quotation attributed to a person."""

    text: str
    """The quoted words, without the outer quotation marks."""
    speaker: str | None = None
    speaker_title: str | None = None
    pull: bool = False
    """True for a pull quote set apart from the body."""


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Boilerplate(_ToDict):
    """An "About X" section, or a closing description of the issuer."""

    heading: str | None
    text: str
    """The section's paragraphs, joined by a blank line."""


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Contact(_ToDict):
    """A contact block and the details found in it."""

    text: str
    """The block with its heading, one line per line."""
    names: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    urls: tuple[str, ...] = ()


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Disclosure(_ToDict):
    """Legal text: forward-looking statements, FARA notices, and the like."""

    kind: DisclosureKind
    text: str


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Ticker(_ToDict):
    """An exchange listing named in the release."""

    exchange: str
    """The exchange's usual upper-case name (`NYSE`, `NASDAQ`, `TSXV`)."""
    symbol: str

    def __str__(self) -> str:
        return f"{self.exchange}:{self.symbol}"


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Release(_ToDict):
    """A press release split into typed sections."""

    headline: str | None = None
    date: _dt.date | None = None
    """The release's date: the dateline's, else a date line of the release, else the page's."""
    subheadlines: tuple[str, ...] = ()
    dateline: Dateline | None = None
    body: tuple[str, ...] = ()
    """The narrative paragraphs, the first without its dateline."""
    quotes: tuple[Quote, ...] = ()
    boilerplate: tuple[Boilerplate, ...] = ()
    contacts: tuple[Contact, ...] = ()
    disclosures: tuple[Disclosure, ...] = ()
    tickers: tuple[Ticker, ...] = ()
    wire_footer: tuple[str, ...] = ()
    sections: tuple[Section, ...] = dataclasses.field(default=(), repr=False)
    """Every block of the input in order, with its kind and offsets."""
    defects: tuple[Defect, ...] = dataclasses.field(default=(), repr=False)
    """What the parser found odd in the input."""
    source: str | None = dataclasses.field(
        default=None, repr=False, compare=False, metadata={"to_dict": False}
    )
    """The decoded text the section offsets point into (not in `to_dict()`, nor compared)."""

    def __repr__(self) -> str:
        """Headline, date, wire and how many sections of each kind; not every field."""
        headline = (
            self.headline
            if self.headline is None or len(self.headline) <= 70
            else (self.headline[:69] + "\u2026")
        )
        wire = self.dateline.wire if self.dateline else None
        kinds = dict.fromkeys(SectionKind, 0)
        for section in self.sections:
            kinds[section.kind] += 1
        counts = ", ".join(f"{kind.value} {n}" for kind, n in kinds.items() if n)
        defects = f" | defects {len(self.defects)}" if self.defects else ""
        date = self.date.isoformat() if self.date else None
        return (
            f"<Release headline={headline!r} date={date} wire={wire!r}"
            f" | {counts or 'no sections'}{defects}>"
        )

    def _repr_html_(self) -> str:
        """The notebook view: the source shaded by section kind beside the parsed fields."""
        from ._render import view_html  # only a notebook pays for the view's code

        return view_html(self, max_height="36em")

    def to_json(self, **kwargs: Any) -> str:
        """The release as a JSON string; keyword arguments go to `json.dumps`."""
        kwargs.setdefault("ensure_ascii", False)
        return json.dumps(self.to_dict(), **kwargs)
