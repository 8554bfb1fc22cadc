"""Decode: bytes -> str, in one place.

Order of evidence (the WHATWG encoding standard's, with detection last):

1. a binary signature (PNG, PDF, ZIP, ELF...): not text at all;
2. a byte-order mark;
3. the caller's hint: an encoding it knows, or the charset of an HTTP
   `Content-Type` header;
4. a charset the document declares (`<meta charset>`, `http-equiv`, an
   XML declaration);
5. UTF-16 without a BOM: text with every other byte NUL (ASCII in UTF-16
   is valid UTF-8 too, so this comes first);
6. strict UTF-8;
7. bytes with a NUL or more than 1 control byte in 50 are not text (no
   legacy encoding of a release writes them; valid UTF-8 is kept as text
   whatever it holds, as the same `str` would be);
8. detection (`_detect`): a multi-byte CJK or a non-Latin single-byte
   encoding that charset-normalizer finds, else the Latin code page the
   letters point to, Windows-1252 by default.

Text is never mangled by a wrong guess silently: a guess, bytes replaced as
invalid, and input that is not text are reported so that they can become
defects.
"""

from __future__ import annotations

import codecs
import dataclasses
import re

from ._data.encodings import BINARY_SIGNATURES
from ._detect import detect
from ._lazy import lazy_pattern

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
_CONTENT_TYPE_CHARSET = lazy_pattern(r"""charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.I)
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
# C0 controls other than the whitespace and form feed text uses; DEL.
_CONTROL_BYTES = lazy_pattern(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_TEXT_CONTROLS = lazy_pattern(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_MIN_UTF16_NULS = 8
_MAX_INVALID_SHARE = 100  # UTF-16 with more invalid characters (than 1 and 1%) is not text
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
    """True when neither a BOM, a hint, a declaration nor valid UTF-8 settled the encoding."""
    replaced: bool = False
    """True when bytes invalid in `encoding` were replaced by U+FFFD."""
    binary: bool = False
    """True when the bytes are not text (then `text` is empty)."""


def codec_name(label: str) -> str | None:
    """The Python codec an encoding label names (WHATWG's Latin-1 labels: Windows-1252)."""
    label = label.strip().lower()
    if label in _WINDOWS_1252_LABELS:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _declared_encoding(data: bytes) -> str | None:
    match = _DECLARED.search(data[:_SNIFF_BYTES])
    if match is None:
        return None
    return codec_name((match.group(1) or match.group(2)).decode("ascii"))


def charset_of(content_type: str | None) -> str | None:
    """The codec an HTTP `Content-Type` header's charset names (`text/html; charset=EUC-JP`)."""
    if not content_type:
        return None  # no header: its pattern is not even compiled
    match = _CONTENT_TYPE_CHARSET().search(content_type)
    return codec_name(match.group(1)) if match else None


def _strict(data: bytes, encoding: str | None) -> str | None:
    if encoding is None:
        return None
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):  # a false hint or declaration: keep looking
        return None


def _utf16_without_bom(data: bytes) -> Decoded | None:
    """UTF-16 text of a Latin-script majority: NULs at every other byte, on one side only."""
    sample = data[:_SNIFF_BYTES]
    if b"\x00" not in sample:  # most texts: no NUL, so neither side has any (a fast find)
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if max(even, odd) < _MIN_UTF16_NULS or min(even, odd) > max(even, odd) // 50:
        return None
    encoding = "utf-16-le" if odd > even else "utf-16-be"
    text = data.decode(encoding, errors="replace")  # a lone surrogate, a cut last character
    bad = text.count("\ufffd")
    if bad > max(1, len(text) // _MAX_INVALID_SHARE):
        return None
    if _TEXT_CONTROLS().search(text[:_SNIFF_BYTES]):
        return None
    replaced = bad > 0 and _strict(data, encoding) is None
    return Decoded(text, encoding, guessed=True, replaced=replaced)


def is_binary(data: bytes) -> bool:
    """Whether bytes that are not UTF-8 hold something other than text.

    A file signature says so outright; otherwise NULs or a share of control
    bytes that no text encoding of a release produces (1 in 50).
    """
    if data.startswith(BINARY_SIGNATURES):
        return True
    sample = data[:_SNIFF_BYTES]
    return b"\x00" in sample or len(_CONTROL_BYTES().findall(sample)) * 50 > len(sample)


def decode(source: str | bytes, hint: str | None = None) -> Decoded:
    """Decode `source` to text; a `str` is returned as it is.

    `hint` is an encoding the caller knows (an HTTP charset, a feed's
    metadata); a BOM overrides it, and it is passed over if the bytes are
    invalid in it.
    """
    if isinstance(source, str):
        return Decoded(source, "str")
    data = bytes(source)
    if data.startswith(BINARY_SIGNATURES):
        return Decoded("", "binary", binary=True)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _with_bom(data[len(bom) :], encoding)
    for evidence in (codec_name(hint) if hint else None, _declared_encoding(data)):
        text = _strict(data, evidence)
        if text is not None and evidence is not None:
            return Decoded(text, evidence)
    utf16 = _utf16_without_bom(data)  # before UTF-8: ASCII in UTF-16 is valid UTF-8 too
    if utf16 is not None:
        return utf16
    text = _strict(data, "utf-8")
    if text is not None:
        return Decoded(text, "utf-8")
    if is_binary(data):
        return Decoded("", "binary", binary=True)
    encoding = detect(data)
    if encoding == "cp1252":
        return Decoded(data.decode("cp1252", errors=_UNDEFINED_AS_LATIN1), "cp1252", guessed=True)
    return Decoded(data.decode(encoding, errors="replace"), encoding, guessed=True)


def _with_bom(data: bytes, encoding: str) -> Decoded:
    try:
        return Decoded(data.decode(encoding), encoding)
    except UnicodeDecodeError:  # an odd byte count, a lone surrogate: replaced
        return Decoded(data.decode(encoding, errors="replace"), encoding, replaced=True)
