"""The data model: what `prparse.parse()` returns.

Every result type is a frozen, slotted, keyword-only dataclass with a
`to_dict()` that gives plain JSON-ready values (enums as their values,
dates as ISO strings). The meaning of each field follows the corpus
README (`shared/corpus/README.md`).
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import functools
import json
import types
import typing
from collections.abc import Mapping
from enum import Enum
from typing import Any, TypeVar

from ._slots import slot_init

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
        return {f.name: _plain(getattr(value, f.name)) for f in fields if in_dict(f)}
    if isinstance(value, (tuple, list)):
        return [_plain(v) for v in value]
    return value


def _from_plain(hint: Any, value: Any, where: str) -> Any:
    """The model value of type `hint` that `_plain` made `value` from."""
    arms = typing.get_args(hint)
    if typing.get_origin(hint) in (types.UnionType, typing.Union):
        if value is None and type(None) in arms:
            return None
        (arm,) = (a for a in arms if a is not type(None))
        return _from_plain(arm, value, where)
    if typing.get_origin(hint) is tuple:
        if not isinstance(value, (list, tuple)):
            raise ValueError(f"{where}: expected a list, got {type(value).__name__}")
        return tuple(_from_plain(arms[0], v, f"{where}[{i}]") for i, v in enumerate(value))
    if isinstance(hint, type) and issubclass(hint, _ToDict):
        return hint._from_dict_at(value, where)
    if isinstance(hint, type) and issubclass(hint, Enum):
        return hint(value)
    if hint is _dt.date:
        if not isinstance(value, str):
            raise ValueError(f"{where}: expected an ISO date string, got {value!r}")
        return _dt.date.fromisoformat(value)
    if (hint is int and isinstance(value, bool)) or not isinstance(value, hint):
        raise ValueError(f"{where}: expected {hint.__name__}, got {type(value).__name__}")
    return value


_M = TypeVar("_M", bound="_ToDict")


class _ToDict:
    """Mixin: `to_dict()` and `from_dict()` for the model's dataclasses."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        """The value as plain dicts, lists, strings and numbers (JSON-ready)."""
        result: dict[str, Any] = _plain(self)
        return result

    @classmethod
    def from_dict(cls: type[_M], data: Mapping[str, Any]) -> _M:
        """The value that `to_dict()` gave `data` (missing keys take their defaults).

        Raises `ValueError` for a key the class does not have or a value of the wrong type.
        """
        return cls._from_dict_at(data, cls.__name__)

    @classmethod
    def _from_dict_at(cls: type[_M], data: Any, where: str) -> _M:
        if not isinstance(data, Mapping):
            raise ValueError(f"{where}: expected an object, got {type(data).__name__}")
        hints = _field_hints(typing.cast(type, cls))
        fields = dataclasses.fields(typing.cast(Any, cls))
        unknown = set(data) - set(hints)
        if unknown:
            raise ValueError(f"{where}: unknown key(s) {', '.join(sorted(map(str, unknown)))}")
        missing = [f.name for f in fields if _required(f) and f.name not in data]
        if missing:
            raise ValueError(f"{where}: missing key(s) {', '.join(missing)}")
        values = {k: _from_plain(hints[k], v, f"{where}.{k}") for k, v in data.items()}
        return cls(**values)


def in_dict(field: dataclasses.Field[Any]) -> bool:
    """Whether a model field is part of `to_dict()` (the source text a release keeps is not)."""
    return bool(field.metadata.get("to_dict", True))


def _required(field: dataclasses.Field[Any]) -> bool:
    return field.default is dataclasses.MISSING and field.default_factory is dataclasses.MISSING


@functools.cache
def _field_hints(cls: type) -> dict[str, Any]:
    """The resolved type of each dataclass field of a model class."""
    hints = typing.get_type_hints(cls)
    return {f.name: hints[f.name] for f in dataclasses.fields(cls) if in_dict(f)}


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
    """HTML so broken that part of its text is lost to the parse."""
    NOT_TEXT = "not_text"
    """The input is binary (an image, a PDF, an archive, a program), not a release."""
    ENCODING_ERROR = "encoding_error"
    """Bytes that are invalid in the encoding they were decoded with were replaced."""


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Defect(_ToDict):
    """A problem found in the input; the parse carried on regardless."""

    kind: DefectKind
    """What kind of oddity it is."""
    message: str
    """What was found, in a sentence (one line)."""


@slot_init
@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Section(_ToDict):
    """One block of the input, with its kind and where it came from."""

    kind: SectionKind
    """What the block is (headline, body, contact, chrome...)."""
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
    """The person quoted, without honorifics (resolved from "he said"); None if unknown."""
    speaker_title: str | None = None
    """The speaker's role and organisation as given with the quote or at the first mention."""
    pull: bool = False
    """True for a pull quote set apart from the body."""


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Boilerplate(_ToDict):
    """An "About X" section, or a closing description of the issuer."""

    heading: str | None
    """The section's heading as written (`About Acme`); None for a closing description."""
    text: str
    """The section's paragraphs, joined by a blank line."""


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Contact(_ToDict):
    """A contact block and the details found in it."""

    text: str
    """The block with its heading, one line per line."""
    names: tuple[str, ...] = ()
    """The people named in the block."""
    emails: tuple[str, ...] = ()
    """E-mail addresses as written."""
    phones: tuple[str, ...] = ()
    """Phone numbers as written."""
    urls: tuple[str, ...] = ()
    """Web addresses as written."""


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Disclosure(_ToDict):
    """Legal text: forward-looking statements, FARA notices, and the like."""

    kind: DisclosureKind
    """What the legal text is about."""
    text: str
    """The text, without a heading that stands alone (`Forward-Looking Statements`)."""


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Ticker(_ToDict):
    """An exchange listing named in the release."""

    exchange: str
    """The exchange's usual upper-case name (`NYSE`, `NASDAQ`, `TSXV`)."""
    symbol: str
    """The symbol as listed (`ACME`, `BRK.B`)."""

    def __str__(self) -> str:
        return f"{self.exchange}:{self.symbol}"


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Release(_ToDict):
    """A press release split into typed sections."""

    headline: str | None = None
    """The release's title as written, without a wire prefix; None if none was found."""
    date: _dt.date | None = None
    """The release's date: the dateline's, else a date line of the release, else the page's."""
    subheadlines: tuple[str, ...] = ()
    """Deck lines between headline and dateline: summary sentences, highlight bullets."""
    dateline: Dateline | None = None
    """The opening of the first body paragraph, parsed; None when there is none."""
    body: tuple[str, ...] = ()
    """The narrative paragraphs, the first without its dateline."""
    quotes: tuple[Quote, ...] = ()
    """Direct quotations of six or more words attributed to a person, in order."""
    boilerplate: tuple[Boilerplate, ...] = ()
    """The "About X" sections."""
    contacts: tuple[Contact, ...] = ()
    """The contact blocks."""
    disclosures: tuple[Disclosure, ...] = ()
    """Legal text: forward-looking statements, FARA notices, and the like."""
    tickers: tuple[Ticker, ...] = ()
    """Exchange listings named in the text, in order of first mention, once each."""
    wire_footer: tuple[str, ...] = ()
    """What the distributor appends (`SOURCE Acme`, `View original content: ...`), one each."""
    sections: tuple[Section, ...] = dataclasses.field(default=(), repr=False)
    """Every block of the input in order, with its kind and offsets."""
    defects: tuple[Defect, ...] = dataclasses.field(default=(), repr=False)
    """What the parser found odd in the input."""
    source: str | None = dataclasses.field(
        default=None, repr=False, compare=False, metadata={"to_dict": False}
    )
    """The decoded text the section offsets point into (not in `to_dict()`, nor compared)."""

    url: str | None = None
    """The address the release was fetched from, when the caller gave it."""

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

    @classmethod
    def from_json(cls, text: str | bytes) -> Release:
        """The release that `to_json()` gave `text`."""
        return cls.from_dict(json.loads(text))
