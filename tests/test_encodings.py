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
