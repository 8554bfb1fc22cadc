"""Encodings, as data: binary signatures, the encodings detection may pick, Latin letters.

Schema: `BINARY_SIGNATURES` is a tuple of byte prefixes of file formats that
are not text; `DETECTABLE` the codecs charset-normalizer may choose among for
bytes that are neither UTF-8 nor declared; `CENTRAL_EUROPEAN_LETTERS` the
letters Windows-1250 writes where Windows-1252 has other characters.

Sources: the file-format specifications (PNG, PDF, ZIP, ELF, GIF, JPEG, gzip,
7z, OLE2, WebAssembly, Mach-O, Java class), the WHATWG encoding standard's
legacy encodings of the web, and the code charts of Windows-1250/1252.
"""

from __future__ import annotations

from typing import Final

BINARY_SIGNATURES: Final[tuple[bytes, ...]] = (
    b"\x89PNG\r\n\x1a\n",  # PNG
    b"%PDF-",  # PDF
    b"PK\x03\x04",  # ZIP, and the Office and OpenDocument files built on it
    b"PK\x05\x06",  # an empty ZIP
    b"\x7fELF",  # ELF programs and libraries
    b"GIF87a",
    b"GIF89a",
    b"\xff\xd8\xff",  # JPEG
    b"\x1f\x8b",  # gzip
    b"7z\xbc\xaf\x27\x1c",  # 7-Zip
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",  # OLE2: old .doc, .xls, .msg
    b"\x00asm",  # WebAssembly
    b"\xcf\xfa\xed\xfe",  # Mach-O, 64-bit
    b"\xca\xfe\xba\xbe",  # Java class, Mach-O universal
    b"MZ\x90\x00",  # Windows programs (PE)
)

# Multi-byte CJK and non-Latin single-byte encodings: the script tells them
# apart from Windows-1252, and charset-normalizer does that reliably. Latin
# code pages are left out on purpose: their differences are a few letters
# that statistics over one release cannot settle (see `_detect`).
DETECTABLE: Final[tuple[str, ...]] = (
    "cp1252",  # the reference: a Western text stays Windows-1252
    "cp932",  # Shift_JIS as Windows writes it (a superset of Shift_JIS)
    "euc_jp",
    "gb18030",  # a superset of GBK and GB2312
    "big5",
    "cp949",  # EUC-KR as Windows writes it (a superset of EUC-KR)
    "cp1251",  # Cyrillic
    "koi8_r",
    "cp1253",  # Greek
    "cp1255",  # Hebrew
    "cp1256",  # Arabic
)

# What charset-normalizer calls a codec -> the codec decoding is done with.
DETECTED_AS: Final[dict[str, str]] = {
    "shift_jis": "cp932",
    "euc_jis_2004": "euc_jp",
    "euc_jisx0213": "euc_jp",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "euc_kr": "cp949",
}

CENTRAL_EUROPEAN_LETTERS: Final[frozenset[str]] = frozenset(
    "ĄąĆćČčĎďĐđĘęĚěĹĺĽľŁłŃńŇňŐőŔŕŘřŚśŞşŠšŢţŤťŮůŰűŹźŻżŽž"
)
