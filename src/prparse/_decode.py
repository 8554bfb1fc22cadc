"""Decode: bytes -> str, in one place.

Order of evidence: a byte-order mark, then a charset the document declares
(`<meta charset>`, `http-equiv`, an XML declaration), then strict UTF-8,
then Windows-1252 (the encoding of old feeds and of most pages that
declare Latin-1, as the WHATWG encoding standard prescribes), and Latin-1
as the last resort, which decodes any byte. Text is never mangled by a
wrong guess silently: a guess is reported so that it can become a defect.
"""

from __future__ import annotations

import codecs
import dataclasses
import re

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_DECLARED = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})"""
    rb"""|<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{2,40})""",
    re.IGNORECASE,
)
# Labels that mean Windows-1252 in practice (WHATWG encoding standard).
_WINDOWS_1252_LABELS = {
    "iso-8859-1",
    "iso8859-1",
    "latin-1",
    "latin1",
    "l1",
    "us-ascii",
    "ascii",
    "cp819",
}
_SNIFF_BYTES = 4096
_UNDEFINED_AS_LATIN1 = "prparse-undefined-as-latin-1"


def _latin1_for_undefined(error: UnicodeError) -> tuple[str, int]:
    """Decode the five bytes Windows-1252 leaves undefined as their Latin-1 characters."""
    assert isinstance(error, UnicodeDecodeError)
    return error.object[error.start : error.end].decode("latin-1"), error.end


codecs.register_error(_UNDEFINED_AS_LATIN1, _latin1_for_undefined)


@dataclasses.dataclass(frozen=True, slots=True)
class Decoded:
    """Decoded text and how it was decoded."""

    text: str
    encoding: str
    guessed: bool = False
    """True when neither a BOM, a declaration nor valid UTF-8 settled the encoding."""


def _declared_encoding(data: bytes) -> str | None:
    match = _DECLARED.search(data[:_SNIFF_BYTES])
    if match is None:
        return None
    label = (match.group(1) or match.group(2)).decode("ascii").lower()
    if label in _WINDOWS_1252_LABELS:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def decode(source: str | bytes) -> Decoded:
    """Decode `source` to text; a `str` is returned as it is."""
    if isinstance(source, str):
        return Decoded(source, "str")
    data = bytes(source)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return Decoded(data[len(bom) :].decode(encoding, errors="replace"), encoding)
    declared = _declared_encoding(data)
    if declared is not None:
        try:
            return Decoded(data.decode(declared), declared)
        except (UnicodeDecodeError, LookupError):  # a false declaration: keep looking
            pass
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    return Decoded(data.decode("cp1252", errors=_UNDEFINED_AS_LATIN1), "cp1252", guessed=True)
