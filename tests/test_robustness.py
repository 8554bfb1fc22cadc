"""Robustness (issue 5): pathological inputs, misuse, and hostile XML.

Pathological inputs run at a size that shows their shape in the default run
and at the issue's full size under the `slow` marker (PRPARSE_SLOW=1). No
test asserts a time: `fuzz/pathological.py` measures and prints the times.
Inputs that hang are kept as `xfail(strict=True)` tests behind a hang guard,
so the fix is noticed when it lands.
"""

from __future__ import annotations

import io
import socket
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from _invariants import check_release
from _pathological import BY_NAME, CASES, DATELINE, Case, hang_guard

import prparse
from prparse import DefectKind, OptionError, Policy, SourceTypeError
from prparse._api import looks_like_html

NO_RELEASE = {DefectKind.NO_HEADLINE, DefectKind.NO_DATELINE, DefectKind.NO_BODY}

def _cases(size: str) -> list[Any]:
    """`CASES` as pytest params at `quick` or `full` size, with their known failures marked."""
    marks: dict[str, list[pytest.MarkDecorator]] = {}
    params = []
    for case in CASES:
        extra = [pytest.mark.slow] if size == "full" else []
        value = case.full if size == "full" else case.quick
        known = marks.get(case.name, [])
        params.append(pytest.param(case, value, id=case.name, marks=extra + known))
    return params


def _check_case(case: Case, size: int, guard: float) -> prparse.Release:
    source = case.build(size)
    with hang_guard(guard):
        release = check_release(source)
    assert looks_like_html(source) is case.html
    words = {w for s in release.sections for w in s.text.split()}
    if "deep text" in source:
        assert {"deep", "text"} <= words, "the text below the nesting is lost"
    return release


@pytest.mark.parametrize(("case", "size"), _cases("quick"))
def test_pathological_quick(case: Case, size: int) -> None:
    _check_case(case, size, guard=60)


@pytest.mark.parametrize(("case", "size"), _cases("full"))
def test_pathological_full(case: Case, size: int) -> None:
    release = _check_case(case, size, guard=300)
    if size > Policy().max_chars:
        assert DefectKind.INPUT_TRUNCATED in {d.kind for d in release.defects}


# Inputs that once hung (findings F1, F7, F8, F9: a regex or a join that grew
# with the square of the input); a linear parse of each takes well under a
# second, so a 2 s guard catches a relapse.
# (name, source)
HANGS = [
    ("60,000 <br> on one line (text front end)", "<br>" * 60_000),  # F1
    ("20,000 em spaces then a letter", "\u2003" * 20_000 + "x"),  # F1, F7
    ("20,000 form feeds then a letter", "\x0c" * 20_000 + "x"),  # F1, F7
    ("no-break and em spaces, then a pipe", "\u00a0\u2003" * 10_000 + "| x |"),  # F1, F7
    ("20,000 em spaces between letters", "x" + "\u2003" * 20_000 + "x"),  # F7
    ("a dateline, 20,000 form feeds, a dash",
     "NEW YORK, Jan. 5, 2024" + "\x0c" * 20_000 + "-- Body."),  # F7
    ("a signature line of 10,000 underscores", "x" + "_" * 10_000 + "x"),  # F8
    ("10,000 *a in a row", "*a" * 10_000),  # F8
    ("30,000 lone [ on one line (link debris -> spaces)", " [" * 30_000),  # F1
    ("20,000 wrapped lines, no blank line",
     "the quick brown fox jumps over the lazy dog\n" * 20_000),  # F9
]


@pytest.mark.parametrize("source", [pytest.param(s, id=n) for n, s in HANGS])
def test_no_hang(source: str) -> None:
    with hang_guard(2):
        prparse.parse(source)


# F2: past 2,046 levels libxml2 (even with huge_tree) stopped with "Excessive depth"
# and every word below was lost with no defect; fixed in the HTML walker during
# this work, kept as a regression test.
@pytest.mark.parametrize(
    "depth",
    [
        10,
        255,  # libxml2's default depth limit
        2_046,  # the last depth libxml2 keeps with huge_tree
        2_047,
        10_000,
        50_000,
    ],
)
def test_deep_nesting_keeps_its_text(depth: int) -> None:
    source = "<html><body>" + "<div>" * depth + "deep text" + "</div>" * depth + "</body></html>"
    release = check_release(source)
    assert [s.text for s in release.sections] == ["deep text"]


def test_input_over_max_chars_is_cut_with_a_defect() -> None:
    source = BY_NAME["20 MB of text"].build(5_000)
    release = check_release(source, Policy(max_chars=1_000))
    assert DefectKind.INPUT_TRUNCATED in {d.kind for d in release.defects}
    assert max(s.end for s in release.sections) <= 1_000


# (name, source, expected defect kinds, expected section texts)
EXAMPLES_EMPTY = [
    ("an empty string", "", NO_RELEASE, []),
    ("empty bytes", b"", NO_RELEASE, []),
    ("only whitespace", " \t\r\n\u00a0\u2003\n\n", NO_RELEASE, []),
    ("only a BOM", b"\xef\xbb\xbf", NO_RELEASE, []),
    ("only a UTF-16 BOM", b"\xff\xfe", NO_RELEASE, []),
    ("only NULs", "\x00" * 10, NO_RELEASE - {DefectKind.NO_BODY}, ["\x00" * 10]),
    ("only a dateline", DATELINE, {DefectKind.NO_HEADLINE, DefectKind.NO_BODY}, [DATELINE]),
    ("only a rule", "---\n", NO_RELEASE, [""]),
    ("only an image", "![logo](https://example.com/logo.png)\n", NO_RELEASE, []),
]


@pytest.mark.parametrize(
    ("source", "defects", "texts"),
    [e[1:] for e in EXAMPLES_EMPTY],
    ids=[e[0] for e in EXAMPLES_EMPTY],
)
def test_nearly_empty_input(
    source: str | bytes, defects: set[DefectKind], texts: list[str]
) -> None:
    release = check_release(source)
    assert {d.kind for d in release.defects} == defects
    assert [s.text for s in release.sections] == texts


# F4, found by the fuzzer and minimised: `_frontmatter._values` zipped the keys of a
# key-less block strictly against `keys[1:] + [None]` and raised ValueError. Fixed;
# kept as regression tests. (name, source)
EXAMPLES_CRASHES = [
    ("two dashes, a space, two dashes (fuzzer, minimised)", "-- --"),
    ("a Markdown rule above and below a line", "---\nHello\n---\n"),
    ("rules around the headline", "---\n\nA headline\n\n---\n\nNEW YORK -- Body text.\n"),
]


@pytest.mark.parametrize(
    "source", [s for _, s in EXAMPLES_CRASHES], ids=[n for n, _ in EXAMPLES_CRASHES]
)
def test_front_matter_lookalike_does_not_crash(source: str) -> None:
    check_release(source)


# Found by the fuzzer (atheris, this round) and cut down by hand. (name, source)
EXAMPLES_FUZZ_FINDINGS = [
    (
        "a feed item whose recovered element name is no XML name (ValueError from lxml)",
        '<?xml version="1.0"?>\n<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/">'
        "<itemSet><http://x>text</http://x></itemSet></newsMessage>",
    ),
    (
        "a NITF item with a name of two colons",
        '<?xml version="1.0"?>\n<nitf xmlns="urn:x"><body><a:b:c>t</a:b:c></body></nitf>',
    ),
    ("a line of a bullet glyph and an emphasis mark (its text was lost)", "Hello there.\n\n o  *"),
]


@pytest.mark.parametrize(
    "source", [s for _, s in EXAMPLES_FUZZ_FINDINGS], ids=[n for n, _ in EXAMPLES_FUZZ_FINDINGS]
)
def test_fuzz_findings_keep_the_invariants(source: str) -> None:
    check_release(source)


def test_only_a_dateline_is_read_as_one() -> None:
    dateline = check_release(DATELINE).dateline
    assert dateline is not None
    assert (dateline.city, dateline.wire) == ("New York", "PR Newswire")


# Misuse: (name, call) -> the documented error.
EXAMPLES_MISUSE: list[tuple[str, Any, type[Exception]]] = [
    ("None", lambda: prparse.parse(None), SourceTypeError),
    ("an int", lambda: prparse.parse(42), SourceTypeError),
    ("a list of lines", lambda: prparse.parse(["line one", "line two"]), SourceTypeError),
    ("a file object", lambda: prparse.parse(io.BytesIO(b"Headline")), SourceTypeError),
    ("strict not a bool", lambda: Policy(strict="yes"), OptionError),
    ("strict as 1", lambda: Policy(strict=1), OptionError),
    ("max_chars zero", lambda: Policy(max_chars=0), OptionError),
    ("max_chars negative", lambda: Policy(max_chars=-5), OptionError),
    ("max_chars a float", lambda: Policy(max_chars=1.5), OptionError),
    ("max_chars a string", lambda: Policy(max_chars="100"), OptionError),
    ("clone with an unknown option", lambda: Policy().clone(strcit=True), OptionError),
    ("clone to a bad value", lambda: Policy().clone(max_chars=0), OptionError),
    ("a policy that is a dict", lambda: prparse.parse("x", policy={"strict": True}), OptionError),
    ("a Parser given a bool", lambda: prparse.Parser(True), OptionError),
]


@pytest.mark.parametrize(
    ("call", "error"), [e[1:] for e in EXAMPLES_MISUSE], ids=[e[0] for e in EXAMPLES_MISUSE]
)
def test_misuse_raises_the_documented_error(call: Any, error: type[Exception]) -> None:
    with pytest.raises(error) as raised:
        call()
    assert isinstance(raised.value, prparse.PrparseError)
    assert isinstance(raised.value, TypeError if error is SourceTypeError else ValueError)


def test_max_chars_rejects_a_bool() -> None:
    with pytest.raises(OptionError):
        Policy(max_chars=True)


@pytest.mark.parametrize("source", [bytearray(b"Headline\n\nText."), memoryview(b"Headline")])
def test_bytes_like_sources_are_accepted(source: bytearray | memoryview) -> None:
    assert prparse.parse(source) == prparse.parse(bytes(source))


def test_strict_policy_raises_the_first_defect() -> None:
    with pytest.raises(prparse.DefectError) as raised:
        prparse.parse("", policy=Policy(strict=True))
    assert raised.value.defect == prparse.parse("").defects[0]
    assert isinstance(raised.value, ValueError)


def test_strict_policy_returns_a_release_without_defects() -> None:
    source = (Path(__file__).parents[1] / "fixtures" / "gnw-aiera-cfo.txt").read_text()
    lenient = prparse.parse(source)
    assert not lenient.defects
    assert prparse.parse(source, policy=Policy(strict=True)) == lenient


# Hostile XML: nothing is expanded, read or fetched.
SECRET = "prparse-secret-3f9c1e"


@pytest.fixture
def secret_file(tmp_path: Path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text(SECRET)
    return path


@pytest.fixture
def listener() -> Iterator[tuple[int, list[bytes]]]:
    """A local TCP server that records every connection made to it."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    server.settimeout(0.2)
    seen: list[bytes] = []
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except OSError:
                continue
            with conn:
                conn.settimeout(0.5)
                try:
                    seen.append(conn.recv(1024))
                except OSError:
                    seen.append(b"")

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield server.getsockname()[1], seen
    stop.set()
    thread.join()
    server.close()


LAUGHS = "".join(
    f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' if i else '<!ENTITY lol0 "lol">' for i in range(10)
)
HOSTILE = [
    ("billion laughs", f"<?xml version=\"1.0\"?><!DOCTYPE lolz [{LAUGHS}]><lolz>&lol9;</lolz>"),
    (
        "billion laughs in an HTML page",
        f"<!DOCTYPE html [{LAUGHS}]><html><body><p>Text &lol9; text</p></body></html>",
    ),
    (
        "XXE: a file entity",
        '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY xxe SYSTEM "file://{secret}">]>'
        "<html><body><p>Leak: &xxe;</p></body></html>",
    ),
    (
        "XXE: a parameter entity",
        '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY % p SYSTEM "file://{secret}"> %p;]>'
        "<html><body><p>Text</p></body></html>",
    ),
    (
        "XXE: a network entity",
        '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY net SYSTEM "http://127.0.0.1:{port}/e">]>'
        "<html><body><p>Fetch: &net;</p></body></html>",
    ),
    (
        "an external DTD",
        '<!DOCTYPE html SYSTEM "http://127.0.0.1:{port}/x.dtd"><html><body><p>Text</p></body></html>',
    ),
    (
        "XInclude",
        '<html xmlns:xi="http://www.w3.org/2001/XInclude"><body>'
        '<p><xi:include href="file://{secret}" parse="text"/></p>'
        '<p><xi:include href="http://127.0.0.1:{port}/i" parse="text"/></p></body></html>',
    ),
    (
        "an XML stylesheet",
        '<?xml version="1.0"?><?xml-stylesheet href="http://127.0.0.1:{port}/s.xsl"?>'
        "<html><body><p>Text</p></body></html>",
    ),
]


@pytest.mark.parametrize("template", [h for _, h in HOSTILE], ids=[n for n, _ in HOSTILE])
@pytest.mark.parametrize("as_bytes", [False, True], ids=["str", "bytes"])
def test_hostile_xml_is_inert(
    template: str, as_bytes: bool, secret_file: Path, listener: tuple[int, list[bytes]]
) -> None:
    port, seen = listener
    source = template.replace("{secret}", str(secret_file)).replace("{port}", str(port))
    with hang_guard(10):
        release = prparse.parse(source.encode() if as_bytes else source)
    texts = " ".join(s.text for s in release.sections) + release.to_json()
    assert SECRET not in texts
    assert "lollol" not in texts
    assert len(texts) < 20 * len(source)
    assert seen == [], "prparse made a network connection"
