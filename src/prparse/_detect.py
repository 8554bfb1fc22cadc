"""Detection: the encoding of bytes that are neither UTF-8 nor declared.

charset-normalizer, directly, over a short list of candidates
(`_data.encodings.DETECTABLE`), settles the script: CJK, Cyrillic, Greek,
Hebrew, Arabic, if at least one letter in five of the text it decodes to
is of a non-Latin script: a Western text read as Shift_JIS or Windows-1251
turns only its few accented letters into stray kana or Cyrillic (the
detector alone named cp932 for 90 of 1,216 Windows-1252 releases of the
corpus and the bulk sample). beautifulsoup4's `UnicodeDammit` was tried first; it only
hands detection to whichever of cchardet, chardet and charset-normalizer is
installed (so results change from machine to machine) and lets it pick among
all code pages, which named Windows-1250, ISO-8859-14, cp775 or cp1257 for
one in five plain English or French Windows-1252 releases of the corpus.

Among Latin code pages the conventions decide, not statistics:
- Windows-1252 is the default (the WHATWG standard's for Western text);
- Windows-1250 when at least 1 letter in 50 (and 3) is one only Central European
  languages write (ř, ł, ő...), read as Windows-1250;
- ISO-8859-15 when the bytes hold its euro sign (0xA4, `¤` in Windows-1252,
  a sign releases do not use) and none of the bytes 0x80-0x9F, which
  ISO-8859 leaves to control codes and Windows-1252 uses for quotes and dashes.
"""

from __future__ import annotations

import unicodedata

from ._data.encodings import CENTRAL_EUROPEAN_LETTERS, DETECTABLE, DETECTED_AS

_SAMPLE_BYTES = 64_000
_SCRIPT_SHARE = 5  # one letter in this many
_CENTRAL_EUROPEAN_SHARE = 50  # one letter in this many
_MIN_CENTRAL = 3
_EURO_ISO_8859_15 = 0xA4


def detect(data: bytes) -> str:
    """The codec of `data` (not UTF-8, no BOM, no declaration): detected, else Windows-1252."""
    found = _script_encoding(data[:_SAMPLE_BYTES])
    if found is not None:
        return found
    return _latin_encoding(data)


def _script_encoding(data: bytes) -> str | None:
    """A CJK or non-Latin encoding charset-normalizer finds for `data`, else None."""
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(DETECTABLE)).best()
    if best is None or best.encoding == "cp1252":
        return None
    encoding = DETECTED_AS.get(best.encoding, best.encoding)
    if encoding not in DETECTABLE:
        return None
    letters = [ch for ch in data.decode(encoding, errors="replace") if ch.isalpha()]
    foreign = sum(not unicodedata.name(ch, "LATIN").startswith("LATIN") for ch in letters)
    return encoding if foreign * _SCRIPT_SHARE >= len(letters) > 0 else None


def _latin_encoding(data: bytes) -> str:
    if _EURO_ISO_8859_15 in data and not any(0x80 <= byte <= 0x9F for byte in data):
        return "iso8859_15"
    letters = [ch for ch in data.decode("cp1250", errors="replace") if ch.isalpha()]
    central = sum(ch in CENTRAL_EUROPEAN_LETTERS for ch in letters)
    western = data.decode("cp1252", errors="replace")
    central_in_western = sum(ch in CENTRAL_EUROPEAN_LETTERS for ch in western)  # š, ž: both
    only_central = central - central_in_western
    if only_central >= _MIN_CENTRAL and only_central * _CENTRAL_EUROPEAN_SHARE >= len(letters):
        return "cp1250"
    return "cp1252"
