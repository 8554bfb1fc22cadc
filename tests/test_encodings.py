"""Round-trips: a release given as bytes in UTF-8, UTF-8 with BOM, UTF-16 with BOM or cp1252
(where the text fits in cp1252) parses exactly as the same release given as `str`.

Exactly: the whole `to_dict()`, offsets included (the bytes decode to the same
text, so the offsets must agree), except the `encoding_guessed` defect, which
the decoder rightly records for cp1252 bytes that declare no charset.

The default run covers the fixtures under 200 KB and every 25th bulk release;
the slow run (PRPARSE_SLOW=1) every fixture and all 1,528 bulk releases.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import prparse
from prparse import DefectKind
from prparse._decode import decode

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = sorted(p for p in (ROOT / "fixtures").iterdir() if p.suffix in (".txt", ".html"))
SMALL_FIXTURES = [p for p in FIXTURES if p.stat().st_size < 200_000]
BULK = sorted((ROOT.parent / "shared" / "bulk").glob("*.txt"))
# Python's "utf-16" codec writes a BOM (little-endian here); "utf-16-be" with a BOM by hand.
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-be+bom", "cp1252"]


def encode(text: str, encoding: str) -> bytes:
    if encoding == "utf-16-be+bom":
        return b"\xfe\xff" + text.encode("utf-16-be")
    return text.encode(encoding)


def comparable(release: prparse.Release) -> dict[str, Any]:
    """The release as a dict, without the defect that only says the encoding was guessed."""
    result = release.to_dict()
    result["defects"] = [d for d in result["defects"] if d["kind"] != DefectKind.ENCODING_GUESSED]
    return result


def mismatch(text: str, encoding: str) -> str | None:
    """Why `text` as bytes in `encoding` does not parse as `text` does; None when it does."""
    try:
        data = encode(text, encoding)
    except UnicodeEncodeError:
        return None  # not representable: nothing to compare
    if decode(data).text != text:
        return f"{encoding}: decodes to different text ({decode(data).encoding})"
    if comparable(prparse.parse(data)) != comparable(prparse.parse(text)):
        return f"{encoding}: a different release"
    return None


def _read(path: Path) -> str:
    return decode(path.read_bytes()).text


@pytest.mark.parametrize("encoding", ENCODINGS)
@pytest.mark.parametrize("path", SMALL_FIXTURES, ids=[p.name for p in SMALL_FIXTURES])
def test_fixture_round_trips(path: Path, encoding: str) -> None:
    text = _read(path)
    if encoding == "cp1252":
        try:
            text.encode("cp1252")
        except UnicodeEncodeError:
            pytest.skip("not representable in cp1252")
    assert mismatch(text, encoding) is None


@pytest.mark.parametrize("path", BULK[::25], ids=[p.name[:60] for p in BULK[::25]])
def test_bulk_sample_round_trips(path: Path) -> None:
    text = _read(path)
    assert [m for e in ENCODINGS if (m := mismatch(text, e))] == []


@pytest.mark.slow
@pytest.mark.parametrize("encoding", ENCODINGS)
def test_everything_round_trips(encoding: str) -> None:
    found = {p.name: m for p in FIXTURES + BULK if (m := mismatch(_read(p), encoding))}
    assert found == {}


# (name, str, bytes): the same text written by different producers.
EXAMPLES_SAME_TEXT = [
    ("cp1252 smart quotes", "\u201cQuote\u201d \u2013 dash", b"\x93Quote\x94 \x96 dash"),
    ("Latin-1 declared, cp1252 meant", '<meta charset="iso-8859-1"><p>\u20ac 5</p>',
     b'<meta charset="iso-8859-1"><p>\x80 5</p>'),
    ("UTF-32 with BOM", "Headline\n\nBody.", "\ufeffHeadline\n\nBody.".encode("utf-32-le")),
    ("an XML declaration", '<?xml version="1.0" encoding="utf-16"?><p>x</p>',
     '\ufeff<?xml version="1.0" encoding="utf-16"?><p>x</p>'.encode("utf-16-le")),
]


@pytest.mark.parametrize(
    ("text", "data"), [e[1:] for e in EXAMPLES_SAME_TEXT], ids=[e[0] for e in EXAMPLES_SAME_TEXT]
)
def test_producers_agree(text: str, data: bytes) -> None:
    assert decode(data).text == text
    assert comparable(prparse.parse(data)) == comparable(prparse.parse(text))


def test_lone_surrogates_cannot_round_trip_but_parse() -> None:
    text = "Headline \ud83d\n\nBody \udc00 text."
    release = prparse.parse(text)
    assert [s.text for s in release.sections] == ["Headline \ud83d", "Body \udc00 text."]
    assert prparse.parse(text.encode("utf-8", errors="surrogatepass")).sections


# Bytes with no BOM and no declared charset: each a real release (or a translation
# of one, `tests/translations/`) in an encoding that can write it. The detected
# text must be the text, so the release is the same as from the `str`.
TRANSLATIONS = ROOT / "tests" / "translations"
_JA = ROOT / "fixtures" / "direct-laplust-akashio-ja.txt"
_EN = ROOT / "fixtures" / "jcn-fujitsu-tornado.txt"
_DE = ROOT / "fixtures" / "direct-bwe-genehmigungen-de-md.txt"
# ISO-8859-15 has no curly quotes: its producers write straight ones.
_STRAIGHT = str.maketrans({"„": '"', "“": '"', "”": '"', "’": "'", "–": "-"})
EXAMPLES_UNDECLARED = [
    ("UTF-16 LE, English", _EN, "utf-16-le"),
    ("UTF-16 BE, English", _EN, "utf-16-be"),
    ("UTF-16 LE, Japanese", _JA, "utf-16-le"),
    ("UTF-16 BE, Japanese", _JA, "utf-16-be"),
    ("Shift_JIS", _JA, "shift_jis"),
    ("EUC-JP", _JA, "euc_jp"),
    ("GB18030", TRANSLATIONS / "jcn-fujitsu-tornado-zh-hans.txt", "gb18030"),
    ("Big5", TRANSLATIONS / "jcn-fujitsu-tornado-zh-hant.txt", "big5"),
    ("EUC-KR", TRANSLATIONS / "jcn-fujitsu-tornado-ko.txt", "euc_kr"),
    ("Windows-1251", TRANSLATIONS / "jcn-fujitsu-tornado-ru.txt", "cp1251"),
    ("Windows-1250", TRANSLATIONS / "jcn-fujitsu-tornado-cs.txt", "cp1250"),
    ("ISO-8859-15", _DE, "iso8859_15"),
]


@pytest.mark.parametrize(
    ("path", "encoding"),
    [e[1:] for e in EXAMPLES_UNDECLARED],
    ids=[e[0] for e in EXAMPLES_UNDECLARED],
)
def test_undeclared_encodings_are_detected(path: Path, encoding: str) -> None:
    text = path.read_text(encoding="utf-8")
    if encoding == "iso8859_15":
        text = text.translate(_STRAIGHT)
    data = text.encode(encoding)
    assert decode(data).text == text
    release = prparse.parse(data)
    assert comparable(release) == comparable(prparse.parse(text))
    assert DefectKind.ENCODING_GUESSED in {d.kind for d in release.defects}


# (name, bytes, codec): the conventions that settle a Latin code page (see `_detect`).
EXAMPLES_LATIN = [
    ("Windows-1252 by default", "Café owners in Zürich raised £5m.".encode("cp1252"), "cp1252"),
    ("Windows-1252 quotes beside a euro sign", "\u201c\u20ac5\u201d, \xa4".encode("cp1252"),
     "cp1252"),
    ("ISO-8859-15: its euro sign, no C1 bytes", "Preis: 25 € je Aktie, Œuvre.".encode("iso8859_15"),
     "iso8859_15"),
    ("Windows-1250: Polish letters", "Łódź, 5 maja 2024 - Spółka ogłosiła wyniki za rok.".encode(
        "cp1250"), "cp1250"),
    ("Windows-1252: one Ł-looking pound sign in English",
     ("Revenue rose to £12 million, " + "the company said in its annual report. " * 5).encode(
         "cp1252"), "cp1252"),
]


@pytest.mark.parametrize(
    ("data", "codec"), [e[1:] for e in EXAMPLES_LATIN], ids=[e[0] for e in EXAMPLES_LATIN]
)
def test_latin_code_pages_follow_the_conventions(data: bytes, codec: str) -> None:
    decoded = decode(data)
    assert (decoded.encoding, decoded.text) == (codec, data.decode(codec))


# (name, hint, bytes, section texts): the caller's encoding, or the HTTP header's charset.
EXAMPLES_HINTS = [
    ("encoding=", {"encoding": "koi8-r"}, "Новости компании".encode("koi8-r"),
     ["Новости компании"]),
    ("Content-Type charset", {"content_type": "text/plain; charset=EUC-JP"},
     "株式会社のお知らせ".encode("euc_jp"), ["株式会社のお知らせ"]),
    ("quoted charset", {"content_type": 'text/html; charset="Shift_JIS"'},
     "株式会社のお知らせ".encode("shift_jis"), ["株式会社のお知らせ"]),
    ("the header over a false meta (WHATWG order)", {"content_type": "text/html; charset=EUC-KR"},
     '<meta charset="utf-8"><p>회사 소식</p>'.encode("euc_kr"), ["회사 소식"]),
]


@pytest.mark.parametrize(
    ("hint", "data", "texts"), [e[1:] for e in EXAMPLES_HINTS], ids=[e[0] for e in EXAMPLES_HINTS]
)
def test_the_callers_charset_is_a_hint(hint: dict[str, str], data: bytes, texts: list[str]) -> None:
    release = prparse.parse(data, **hint)
    assert [s.text for s in release.sections] == texts
    assert DefectKind.ENCODING_GUESSED not in {d.kind for d in release.defects}


def test_a_false_hint_is_passed_over() -> None:
    data = "Café Acme names a chief\n\nBOSTON, Jan. 5, 2024 -- Acme said.".encode("cp1252")
    assert prparse.parse(data, content_type="text/plain; charset=utf-8") == prparse.parse(data)


# (name, bytes): not text; nothing of a release is made up from them.
EXAMPLES_BINARY = [
    ("PNG", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256))),
    ("PDF", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"),
    ("ZIP (a .docx)", b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00word/document.xml"),
    ("ELF", b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 8 + b"\x02\x00>\x00"),
    ("NULs and bytes", b"Head\x00\x00\x00\x00line\xff\xfe\x00\x01\x02\x03" * 20),
    ("mostly control characters", bytes(range(1, 32)) * 10 + b"\xe9 text"),
]


@pytest.mark.parametrize(
    "data", [e[1] for e in EXAMPLES_BINARY], ids=[e[0] for e in EXAMPLES_BINARY]
)
def test_binary_input_is_not_text(data: bytes) -> None:
    release = prparse.parse(data)
    assert [d.kind for d in release.defects] == [DefectKind.NOT_TEXT]
    assert release == prparse.Release(defects=release.defects)
    with pytest.raises(prparse.DefectError, match="not_text"):
        prparse.parse(data, policy=prparse.Policy(strict=True))


_ACME = "Acme Corp names a new chief executive officer after a search of six months."
# (name, bytes, text): UTF-16 with bytes invalid in it.
EXAMPLES_INVALID_UTF16 = [
    ("a BOM, an odd byte count", b"\xff\xfeH\x00i\x00!", "Hi\ufffd"),
    ("a BOM, a lone surrogate", b"\xfe\xff\x00H\xd8\x00\x00i", "H\ufffdi"),
    ("no BOM, cut mid-character", "Acme Corp names CEO".encode("utf-16-le")[:-1],
     "Acme Corp names CE\ufffd"),
    ("no BOM, a lone surrogate", _ACME.encode("utf-16-be")[:20] + b"\xdc\x00"
     + _ACME.encode("utf-16-be")[20:], _ACME[:10] + "\ufffd" + _ACME[10:]),
]


@pytest.mark.parametrize(
    ("data", "text"),
    [e[1:] for e in EXAMPLES_INVALID_UTF16],
    ids=[e[0] for e in EXAMPLES_INVALID_UTF16],
)
def test_invalid_utf16_is_an_encoding_defect(data: bytes, text: str) -> None:
    release = prparse.parse(data)
    assert decode(data).text == text
    assert DefectKind.ENCODING_ERROR in {d.kind for d in release.defects}
