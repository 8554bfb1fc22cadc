"""`parse()`'s inputs: paths, `parse_file()`, the url kept and used as evidence, malformed HTML."""

from __future__ import annotations

from pathlib import Path

import pytest

import prparse
from prparse import DefectKind
from prparse._data.hosts import WIRE_HOSTS
from prparse._data.wires import WIRES
from prparse._urls import wire_of_url

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
TEXT = FIXTURES / "gnw-aiera-cfo.txt"
NO_WIRE = (
    "Acme Names Jane Doe Chief Executive\n\n"
    "BOSTON, Jan. 5, 2024 -- Acme Corp. said today that Jane Doe will lead the company "
    "from March, after a search of six months.\n"
)


def test_a_path_is_read_and_a_str_is_always_text() -> None:
    from_path = prparse.parse(TEXT)
    assert from_path == prparse.parse(TEXT.read_bytes())
    assert prparse.parse_file(TEXT) == from_path
    assert prparse.parse_file(str(TEXT)) == from_path
    assert prparse.parse(str(TEXT)).body != from_path.body  # the path's own text, parsed


def test_a_missing_file_raises() -> None:
    with pytest.raises(FileNotFoundError):
        prparse.parse(FIXTURES / "no-such-release.txt")


@pytest.mark.parametrize(
    "options", [{"encoding": 5}, {"content_type": b"text/html"}, {"url": 5}, {"encoding": "utf-99"}]
)
def test_bad_hints_raise_at_the_call(options: dict[str, object]) -> None:
    with pytest.raises(prparse.OptionError):
        prparse.parse(FIXTURES / "no-such-release.txt", **options)  # type: ignore[arg-type]


def test_an_unknown_charset_in_a_header_is_passed_over() -> None:
    data = NO_WIRE.encode()
    assert prparse.parse(data, content_type="text/plain; charset=x-unknown") == prparse.parse(data)


# (url, wire): a wire's own site names it; any other address names none.
EXAMPLES_URLS = [
    ("https://www.businesswire.com/news/home/20240105005123/en/", "Business Wire"),
    ("https://www.prnewswire.com/news-releases/acme-names-ceo-302030.html", "PR Newswire"),
    ("http://globenewswire.com/news-release/2024/01/05/1/0/en/x.html", "GlobeNewswire"),
    ("https://newsdirect.com/news/acme-names-ceo-123", "News Direct"),
    ("https://www.presseportal.de/blaulicht/pm/1/2", "ots"),
    ("https://WWW.EINPRESSWIRE.COM./article/1", "EIN Presswire"),
    ("https://www.acme.com/news/acme-names-ceo", None),
    ("https://businesswire.com.example.net/fake", None),
    ("https://notbusinesswire.com/x", None),
    ("not a url", None),
    ("http://[::1", None),
]


@pytest.mark.parametrize(("url", "wire"), EXAMPLES_URLS)
def test_wire_of_url(url: str, wire: str | None) -> None:
    assert wire_of_url(url) == wire


def test_every_host_names_a_known_wire() -> None:
    assert set(WIRE_HOSTS.values()) - {w.name for w in WIRES} == set()


def test_the_url_is_kept_and_names_a_missing_wire() -> None:
    url = "https://www.businesswire.com/news/home/20240105005123/en/"
    release = prparse.parse(NO_WIRE, url=url)
    assert release.url == url
    assert release.dateline is not None and release.dateline.wire == "Business Wire"
    assert release.to_dict()["url"] == url
    without = prparse.parse(NO_WIRE)
    assert without.url is None and without.dateline is not None
    assert without.dateline.wire is None


def test_the_releases_own_wire_wins_over_the_urls() -> None:
    text = NO_WIRE.replace("2024 --", "2024 /PRNewswire/ --")
    release = prparse.parse(text, url="https://www.businesswire.com/news/home/1/en/")
    assert release.dateline is not None and release.dateline.wire == "PR Newswire"


_PAGE = (
    "<html><head><title>Acme names a chief executive</title></head><body>"
    "<h1>Acme Names Jane Doe Chief Executive</h1>{broken}"
    + "<p>BOSTON, Jan. 5, 2024 -- Acme Corp. said today that Jane Doe will lead the company "
    "from March, after a search of six months.</p>" * 3
    + "</body></html>"
)
# (name, page, malformed): text a broken page hides from the parser.
EXAMPLES_MALFORMED = [
    ("a well-formed page", _PAGE.format(broken=""), False),
    ("a comment left open", _PAGE.format(broken="<!-- teaser "), True),
    ("a script left open", _PAGE.format(broken="<script>var x = 1;"), True),
    ("an attribute's quote left open", _PAGE.format(broken='<div class="lead>'), True),
    ("the release after </html>", _PAGE.format(broken="</body></html>"), True),
    ("a few stray closing tags", _PAGE.format(broken="</div></span></p>"), False),
    ("a comment closed", _PAGE.format(broken="<!-- teaser -->"), False),
    (
        "a Russian page with no charset declaration",
        "<html><body><h1>Компания открывает новый завод</h1>"
        + "<p>МОСКВА, 5 января 2024 г. — Компания сообщила сегодня, что её новый завод "
        "начнёт работу в марте после полугода строительства и испытаний.</p>" * 3
        + "</body></html>",
        False,
    ),
]


@pytest.mark.parametrize(
    ("page", "malformed"),
    [e[1:] for e in EXAMPLES_MALFORMED],
    ids=[e[0] for e in EXAMPLES_MALFORMED],
)
def test_text_lost_to_broken_markup_is_malformed_html(page: str, malformed: bool) -> None:
    kinds = {d.kind for d in prparse.parse(page).defects}
    assert (DefectKind.MALFORMED_HTML in kinds) is malformed


def test_no_fixture_page_is_malformed() -> None:
    pages = sorted(FIXTURES.glob("*.html"))
    flagged = [p.name for p in pages if DefectKind.MALFORMED_HTML in
               {d.kind for d in prparse.parse(p.read_bytes()).defects}]
    assert flagged == []
