"""The notebook and HTML view, the short repr, and the view checked in a real browser.

The browser tests render every fixture's view in headless Chromium and read
the DOM it built (`--dump-dom`): every section kind present is shown and in
the legend, the text is escaped (no element comes from the release's text),
and the source shown equals the decoded source character for character.
They save screenshots under `artifacts/` and are skipped only when no
Chromium binary is found (`PRPARSE_CHROMIUM` names one explicitly).
"""

from __future__ import annotations

import os
import pickle
import shutil
import subprocess
import tempfile
from collections import Counter
from collections.abc import Iterator, Sequence
from html.parser import HTMLParser
from pathlib import Path

import pytest

import prparse
from prparse import Release, Section, SectionKind
from prparse._render import KIND_STYLES, render_markdown, view_html

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = sorted(p for p in (ROOT / "fixtures").iterdir() if p.suffix in {".txt", ".html"})
ARTIFACTS = ROOT / "artifacts"
CELGENE = ROOT / "fixtures" / "bw-celgene-revlimid-alvogen.txt"
NISSAN = ROOT / "fixtures" / "bw-nissan-sentra-cup.html"

# A release whose text is markup, entities and line ends an HTML parser would
# change: the view must show it as written and run none of it.
HOSTILE = (
    "\n\nAcme <script>alert('x')</script> & Co. Names <b>R&amp;D</b> Chief\r\n\r\n"
    "NEW YORK, March 4, 2024 /PRNewswire/ -- Acme & Co. (NYSE: ACME) said <i>today</i>"
    ' that "the <img src=x onerror=alert(1)> tag is text here," said Jane Doe, CEO.\r\n'
    "\r\nAbout Acme\r\nAcme makes <things> & more.\r\n"
)

_BROWSER_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
_BROWSER_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
)


def _chromium() -> str | None:
    named = os.environ.get("PRPARSE_CHROMIUM")
    if named:
        return named
    return next((found for name in _BROWSER_NAMES if (found := shutil.which(name))), None)


needs_browser = pytest.mark.skipif(
    _chromium() is None, reason="no Chromium binary found (apt-get install chromium)"
)


def _browser(page: Path, *arguments: str) -> str:
    """Run headless Chromium on a page; its standard output."""
    binary = _chromium()
    assert binary is not None
    with tempfile.TemporaryDirectory() as profile:
        done = subprocess.run(
            [binary, *_BROWSER_FLAGS, f"--user-data-dir={profile}", *arguments, page.as_uri()],
            capture_output=True,
            timeout=300,
            check=True,
        )
    return done.stdout.decode("utf-8")


class _ViewReader(HTMLParser):
    """Reads views out of an HTML document: source text, shaded kinds, legend, elements."""

    def __init__(self, *, from_markup: bool) -> None:
        super().__init__(convert_charrefs=True)
        self._from_markup = from_markup
        self.sources: list[str] = []
        self.shown: list[Counter[str]] = []
        self.legends: list[set[str]] = []
        self.tags: Counter[str] = Counter()
        self._in_source = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags[tag] += 1
        attributes = dict(attrs)
        if attributes.get("data-prparse") == "source":
            self._in_source = True
            self.sources.append("")
            self.shown.append(Counter())
        elif attributes.get("data-prparse") == "legend":
            self.legends.append(set())
        elif "data-legend" in attributes:
            self.legends[-1].add(str(attributes["data-legend"]))
        elif self._in_source and "data-kind" in attributes:
            self.shown[-1][str(attributes["data-kind"])] += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "pre":
            self._in_source = False
            if self._from_markup:  # a browser drops the newline the view writes after <pre>
                self.sources[-1] = self.sources[-1].removeprefix("\n")

    def handle_data(self, data: str) -> None:
        if self._in_source:
            self.sources[-1] += data


def _read(markup: str, *, from_markup: bool = True) -> _ViewReader:
    """The views in a page: the view's own markup, or (`from_markup=False`) a browser's DOM."""
    reader = _ViewReader(from_markup=from_markup)
    reader.feed(markup)
    reader.close()
    return reader


def _parse(path: Path) -> Release:
    return prparse.parse(path.read_bytes())


# ---------------------------------------------------------------- without a browser


REPRS = [
    (
        CELGENE,
        "<Release headline='Celgene Settles U.S. REVLIMID(R) Patent Litigation with "
        "Alvogen' date=2019-03-29 wire='Business Wire' | ",
    ),
    (
        NISSAN,
        "<Release headline='Nissan Sentra Cup Makes Historic Debut at Iconic Lime Rock Park' "
        "date=2024-08-29 wire='Business Wire' | ",
    ),
]


@pytest.mark.parametrize(("path", "start"), REPRS, ids=lambda v: getattr(v, "stem", ""))
def test_repr_is_short_and_names_headline_date_wire(path: Path, start: str) -> None:
    text = repr(_parse(path))
    assert text.startswith(start)
    assert "\n" not in text and len(text) < 400


def test_repr_counts_each_kind() -> None:
    release = Release(
        headline="A" * 90,
        sections=(
            Section(kind=SectionKind.HEADLINE, text="A", start=0, end=1),
            Section(kind=SectionKind.BODY, text="B", start=2, end=3),
            Section(kind=SectionKind.BODY, text="C", start=4, end=5),
        ),
    )
    assert repr(release) == (
        f"<Release headline='{'A' * 69}\u2026' date=None wire=None | headline 1, body 2>"
    )
    assert repr(Release()) == "<Release headline=None date=None wire=None | no sections>"


def test_the_source_is_kept_but_not_compared_nor_in_to_dict() -> None:
    release = prparse.parse(HOSTILE)
    assert release.source == HOSTILE
    assert "source" not in release.to_dict()
    assert Release(**{**_fields(release), "source": None}) == release
    assert pickle.loads(pickle.dumps(release)).source == HOSTILE


def _fields(release: Release) -> dict[str, object]:
    return {name: getattr(release, name) for name in release.__dataclass_fields__}


@pytest.mark.parametrize("path", [CELGENE, NISSAN], ids=lambda p: p.stem)
def test_the_view_shows_the_whole_source_and_every_kind(path: Path) -> None:
    release = _parse(path)
    reader = _read(release._repr_html_())
    assert reader.sources == [release.source]
    kinds = {section.kind.value for section in release.sections}
    assert set(reader.shown[0]) == kinds == reader.legends[0]


def test_the_view_escapes_every_text() -> None:
    release = prparse.parse(HOSTILE)
    page = prparse.render_html(release)
    reader = _read(page)
    assert reader.sources == [HOSTILE]
    assert not {"script", "img", "b", "i", "things"} & set(reader.tags)
    assert "&lt;script&gt;" in page and "&amp;amp;" in page


def test_a_release_without_its_source_shows_its_sections() -> None:
    release = Release(
        headline="Acme <Names> Chief",
        sections=(
            Section(kind=SectionKind.HEADLINE, text="Acme <Names> Chief", start=0, end=18),
            Section(kind=SectionKind.BODY, text="Acme & Co. said so.", start=20, end=39),
        ),
    )
    reader = _read(view_html(release))
    assert reader.sources == ["Acme <Names> Chief\n\nAcme & Co. said so."]
    assert reader.shown[0] == Counter({"headline": 1, "body": 1})


def test_every_kind_has_a_style() -> None:
    assert set(KIND_STYLES) == set(SectionKind)


# ---------------------------------------------------------------- in a browser


@pytest.fixture(scope="module")
def fixture_dom(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Release], _ViewReader]:
    """Every fixture's notebook view on one page, as the browser's DOM read it."""
    releases = [_parse(path) for path in FIXTURES]
    page = tmp_path_factory.mktemp("views") / "fixtures.html"
    views = "\n".join(release._repr_html_() for release in releases)
    page.write_text(f'<!DOCTYPE html><meta charset="utf-8"><body>{views}</body>', "utf-8")
    return releases, _read(_browser(page, "--dump-dom"), from_markup=False)


@needs_browser
def test_the_browser_shows_every_fixture_whole(
    fixture_dom: tuple[list[Release], _ViewReader],
) -> None:
    releases, reader = fixture_dom
    assert len(reader.sources) == len(releases)
    lost = [
        path.name
        for path, release, shown in zip(FIXTURES, releases, reader.sources, strict=True)
        if shown != release.source
    ]
    assert lost == []


@needs_browser
def test_the_browser_shows_every_kind_of_every_fixture(
    fixture_dom: tuple[list[Release], _ViewReader],
) -> None:
    releases, reader = fixture_dom
    for path, release, shown, legend in zip(
        FIXTURES, releases, reader.shown, reader.legends, strict=True
    ):
        kinds = Counter(section.kind.value for section in _visible(release.sections))
        assert set(shown) == set(kinds) <= legend, path.name


def _visible(sections: Sequence[Section]) -> Iterator[Section]:
    """The sections a view can shade: not empty, and not wholly inside an earlier one's span
    (a feed item's parts out of reading order overlap; each character is shown once)."""
    reach = 0
    for section in sections:
        if section.end > section.start and section.end > reach:
            yield section
        reach = max(reach, section.end)


@needs_browser
def test_the_browser_runs_nothing_from_the_text(tmp_path: Path) -> None:
    page = tmp_path / "hostile.html"
    page.write_text(prparse.render_html(prparse.parse(HOSTILE)), "utf-8")
    reader = _read(_browser(page, "--dump-dom"), from_markup=False)
    assert reader.sources == [HOSTILE]
    assert not {"script", "img", "b", "i", "things"} & set(reader.tags)


@needs_browser
@pytest.mark.parametrize("path", [CELGENE, NISSAN], ids=lambda p: p.stem)
def test_a_screenshot_of_the_page(path: Path) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page = ARTIFACTS / f"{path.stem}.html"
    shot = ARTIFACTS / f"{path.stem}.png"
    shot.unlink(missing_ok=True)
    page.write_text(prparse.render_html(_parse(path)), "utf-8")
    _browser(page, f"--screenshot={shot}", "--window-size=1400,1600")
    assert shot.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")


# What releases write that Markdown would read as markup, and how it must come out.
MARKDOWN_ESCAPES = [
    ("# of units sold rose 12%", "\\# of units sold rose 12%"),
    ("- 30 -", "\\- 30 -"),
    ("2024. A record year", "2024\\. A record year"),
    ("> 50 new stores", "\\> 50 new stores"),
    ("the *new* Acme_Pro [beta] <b>", "the \\*new\\* Acme\\_Pro \\[beta\\] \\<b\\>"),
    ("R&amp;D and P&G", "R&amp;amp;D and P&G"),
    ("ticker `ACME`", "ticker \\`ACME\\`"),
    (".NET 8 and 3.5% growth", ".NET 8 and 3.5% growth"),
]


@pytest.mark.parametrize(("text", "expected"), MARKDOWN_ESCAPES)
def test_markdown_escapes_what_it_would_read_as_markup(text: str, expected: str) -> None:
    body = render_markdown(Release(body=(text,)))
    assert body == f"{expected}\n"
