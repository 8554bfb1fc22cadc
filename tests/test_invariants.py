"""The invariants of `tests/_invariants.py` on every fixture, the bulk corpus and odd documents.

The invariants (stated in full in `_invariants.py`):

- any input: offsets inside the decoded text, sections in document order,
  and each section's letters and digits found, in order, in its own span;
- text input: sections disjoint, and no letter or digit outside every
  section except inside markup that carries no release text (images, link
  targets, comments, tags, pipes, rules, glyphs);
- HTML input: no coverage promise (page chrome outside the release's
  container is left out; nested blocks may overlap).

The default run checks every fixture and every 25th bulk release; the slow
run (PRPARSE_SLOW=1) all 1,528 bulk releases.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _invariants import check_release, lost_text, problems

import prparse
from prparse import Section, SectionKind

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = sorted(p for p in (ROOT / "fixtures").iterdir() if p.suffix in (".txt", ".html"))
BULK = sorted((ROOT.parent / "shared" / "bulk").glob("*.txt"))


@pytest.mark.parametrize("path", FIXTURES, ids=[p.name for p in FIXTURES])
def test_fixture_keeps_the_invariants(path: Path) -> None:
    check_release(path.read_bytes())


@pytest.mark.parametrize("path", BULK[::25], ids=[p.name[:60] for p in BULK[::25]])
def test_bulk_sample_keeps_the_invariants(path: Path) -> None:
    check_release(path.read_bytes())


@pytest.mark.slow
def test_all_bulk_keeps_the_invariants() -> None:
    broken = {p.name: problems(prparse.parse(p.read_bytes()), p.read_text()) for p in BULK}
    assert {name: found[:3] for name, found in broken.items() if found} == {}


# Odd but plausible documents, each a shape real input takes.
# (name, source)
EXAMPLES_ODD = [
    ("CR-only line ends", "Headline\r\rNEW YORK, Jan. 5, 2024 -- Text of the body.\r"),
    ("NUL bytes inside words", "Head\x00line\n\nBo\x00dy text here.\n"),
    ("a lone surrogate", "Headline \ud800 here\n\nBody \udfff text.\n"),
    ("RTL and bidi marks", "\u202bعنوان الخبر\u202c\n\n\u200fالقاهرة - نص الخبر.\n"),
    ("emoji and ZWJ sequences", "🚀 Launch 👩‍💻 day\n\nWe are 🎉 happy to announce it.\n"),
    ("combining marks", "Cafe\u0301 opens\n\nThe cafe\u0301 opened today in Zu\u0308rich.\n"),
    ("a table of pipes", "| a | b |\n|---|---|\n| 1 | 2 |\n"),
    ("a link whose target breaks", "See [the report](https://example.com/a b) now.\n"),
    ("an unclosed image", "![logo](https://example.com/logo.png\n\nText after.\n"),
    ("text that only looks like HTML", "<p>Text in a paragraph tag</p> and plain text after.\n"),
    ("an unclosed div", "<html><body><div>Headline\n\nBody text."),
    ("an unclosed paragraph", "<p>first paragraph<p>second paragraph"),
    ("a start tag never closed", "<html><body><p class='x"),
    ("nothing but a doctype", "<!DOCTYPE html>"),
    ("entities in text", "Smith &amp; Sons &#8212; Q3 &eacute;t&eacute;\n\nResults were up.\n"),
    ("a form feed page break", "Headline\n\nFirst page text.\n\x0c\nSecond page text.\n"),
    ("a tag left open before the next one (fuzzer)", "Call <u +39 06 8305 5699<br> now"),
]

# Invariants that fail today, each a reported finding (none at present: the HTML
# ones, F3, are fixed). (name -> mark)
KNOWN_ODD: dict[str, pytest.MarkDecorator] = {}


@pytest.mark.parametrize(
    "source",
    [pytest.param(s, id=n, marks=KNOWN_ODD.get(n, ())) for n, s in EXAMPLES_ODD],
)
def test_odd_document_keeps_the_invariants(source: str) -> None:
    check_release(source)


# F3 (fixed), minimised from the fuzzer and hypothesis: HTML blocks whose span was
# empty, missed the block's text, or started before the previous block. (name, source)
EXAMPLES_HTML_SPANS = [
    ("an unclosed div (fuzzer)", "<html><body><div>g"),
    ("a page with no block tags (fuzzer)",
     "<html>Head\nNEW YORK, Feb. 2, 2017 /PRNewswire/ -- Body text of the release."),
    ("a br line after a CR (fuzzer)",
     "<html>--\nE, Feb. 2, 2017 /PRNewswire-AsiaNet/ --\rppointment Helps Essence Meet "
     "Increasing Demand for Data- e semplificato ti stampa\n**E-DiNews Media Italia**<br>T"),
    ("a declared UTF-16 page of NULs (hypothesis)", b'<meta charset="utf-16">\x00\x00\x000'),
    ("a noscript holding paragraphs (hypothesis)",
     "<html><head></head><body>A<p></p><noscript>A<p></noscript><p>A<p><p>###</p>"
     "FOR IMMEDIATE RELEASE<p></body></html>"),
    ("a title inside the body (hypothesis)",
     "<html><head></head><body>A<title>A<!-- a comment --></title></body></html>"),
    ("commented-out paragraphs (fuzzer)",
     "<html><body><p>One.</p><!-- <p>old</p><p>older --><p>Two paragraphs later.</p>"
     "<p>Three.</p></body></html>"),
    ("table rows left unclosed", "<html><body><table><tr><td>a<td>b<tr><td>c<td>d"),
    ("a paragraph left open in a closed div (hypothesis)",
     "<html><head></head><body><div><p></div>A<span>A</body></html>"),
    ("an iframe with a container's class (hypothesis)",
     '<html><head></head><body>A<p><iframe class="article-body">FOR IMMEDIATE RELEASE'
     "<!-- a comment -->FOR IMMEDIATE RELEASE<dateline>FOR IMMEDIATE RELEASE<p>NEW YORK, "
     "Jan. 5, 2024 /PRNewswire/ -- Acme Corp. (NYSE: ACME) today announced results.&amp;"
     "</body></html>"),
    ("a page-meta headline: og:title, no title",
     "<html><head><meta property='og:title' content='Acme Corp Announces Record Results'>"
     "</head><body><p>NEW YORK -- Acme said.</p></body></html>"),
    ("an iframe's fallback text inside the h1 (hypothesis)",
     "<html><head></head><body>A<h1>NEW YORK<iframe>&nbsp;</iframe><p><p>A AFOR IMMEDIATE "
     "RELEASENEW YORK, Jan. 5, 2024 /PRNewswire/ -- Acme Corp. (NYSE: ACME) today announced "
     "results.Aa</body></html>"),
    ("a dateline cut out of a block a nested one starts inside (fuzzer)",
     "y</<p><p><p><p>KEYWORSTATES NORTH AMERICAower Young Women Through Educatio\nLOS "
     "ANGELES, CA, December 10, 2024 /24-7PressRelease/ -- MOSTe (Motivating Our Students "
     "Through Experience) has launched itsiness Wire 2024.</p><p>PUB: 4<p><p>"),
]


@pytest.mark.parametrize(
    "source", [s for _, s in EXAMPLES_HTML_SPANS], ids=[n for n, _ in EXAMPLES_HTML_SPANS]
)
def test_html_spans_hold_their_text(source: str | bytes) -> None:
    check_release(source)


# F6 (fixed), minimised from the fuzzer and hypothesis: a text block cut at a
# dateline inside it, where the dateline is not verbatim in the source (a
# Markdown link), once got a guessed cut whose halves missed their text. (name, source)
_LONG_BLOCK = "The company makes widgets and gadgets for customers around the world every day. " * 4
EXAMPLES_DATELINE_CUT = [
    (
        "mo-bora-macrogenics with its lines joined (hypothesis)",
        "# Bora Pharmaceuticals Completes Acquisition of MacroGenics Rockville Operations "
        "Covering Development through Commercial SupplyTAIPEI, TAIWAN - [Media OutReach "
        "Newswire](https://www.media-outreach.com/) - 2 July 2026 - Bora Pharmaceuticals Co., "
        "Ltd. today announced the completion of its acquisition.",
    ),
    (
        "a city glued to a word (fuzzer, in a long block)",
        _LONG_BLOCK + "tcTAIWAN - [Media OutReach Newswire](utreach.com/) - 2 July 2026 - Led by",
    ),
    (
        "a glyph before the city (fuzzer, in a long block)",
        _LONG_BLOCK + "\u00bbHONG KONG - [Media OutReach Newswire](https://x.com/) - 23 June 2026",
    ),
    (
        "a word glued to the city, a link and emphasis around it (mutated fixture)",
        "Rating (2) [Generic Gold Announces Upsizing of Fully Subscribed Private Placement up "
        "to $7 Million](t)Toronto, Ontario--(Newsfile Corp. - July 27, 2020) - Generic Gold "
        'Corp. (CSE: GGC) (FSE: 1WD) ("**Generic Gold**" or the "**Company**") is pleased to '
        "announce",
    ),
    (
        "emphasis and an empty link glued to the city (mutated fixture)",
        "[o. Dr. Jan Wenske, Deputy Director IWES, Michael Franke VP Global Engineering "
        "Nordex, Prof. Dr. Andreas Reuter, Managing Director IWES, Gesa Quisdorf, Group "
        "manage _© Nordex_]()Hamburg (iwr-pressedienst)",
    ),
    (
        "an image before the city (mutated fixture)",
        "Zusammenarbeit bei der Netzintegration [![Von links: Gesa Quisdorf, Group manager]"
        "(./iwr.de/Nordex_files/efa98_IMG_2.jpg) IWES, Gesa Quisdorf, Group manager _© "
        "Nordex_]()Hamburg (iwr-pressedienst) - Die vermehrte Stromerzeugung aus Windenergie "
        "hat einen erheblichen Einfluss auf das elektrische Netz.",
    ),
    (
        "the dateline's first word earlier in a link target (mutated fixture)",
        "56](/iwr.dePressedienst.Nordexf)## Pressemitteilung###### Herausgeber: [Nordex SE]()"
        "Hamburg (iwr-pressedienst) - Die vermehrte blichen Einfluss auf das elektrische Netz. "
        "Windenergieanlagen speisen den Strom über leistungselektronisch",
    ),
    (
        "the dateline's opening words earlier in the block, a line separator (mutated fixture)",
        "Acme may not sell generic lenalidomide before January 31, but may sell it without "
        "limit beginning on January 31, 2026\u2028SUMMIT, N.J.--(BUSINESS WIRE)--March 29, "
        "2019--\u2028Acme Corp. today announced a settlement.",
    ),
]


@pytest.mark.parametrize(
    "source", [s for _, s in EXAMPLES_DATELINE_CUT], ids=[n for n, _ in EXAMPLES_DATELINE_CUT]
)
def test_dateline_cut_keeps_the_text_in_its_span(source: str) -> None:
    check_release(source)


# The checker itself: a release that drops or misplaces text must be caught.
def _section(start: int, end: int, text: str) -> Section:
    return Section(kind=SectionKind.BODY, text=text, start=start, end=end)


# (name, text, sections, expected problem fragment)
EXAMPLES_CHECKER = [
    ("a dropped paragraph", "One.\n\nTwo.\n", (_section(0, 4, "One."),), "text lost at 4"),
    ("offsets past the end", "One.", (_section(0, 9, "One."),), "offsets outside"),
    ("overlap", "One two.", (_section(0, 5, "One"), _section(3, 8, "two.")), "overlaps"),
    ("out of order", "One two.", (_section(4, 8, "two."), _section(0, 3, "One")), "starts before"),
    ("text not in its span", "One two.", (_section(0, 3, "two"),), "is not in its span"),
]


@pytest.mark.parametrize(
    ("text", "sections", "fragment"),
    [e[1:] for e in EXAMPLES_CHECKER],
    ids=[e[0] for e in EXAMPLES_CHECKER],
)
def test_checker_catches(text: str, sections: tuple[Section, ...], fragment: str) -> None:
    release = prparse.Release(sections=sections)
    assert any(fragment in problem for problem in problems(release, text))


# (name, gap) markup that carries no release text: never "lost"
EXAMPLES_MARKUP = [
    ("an image with alt text", "![Two color divider](https://example.com/bar.svg)"),
    ("a linked image", "[![](https://example.com/a.png)](https://example.com/)"),
    ("a tracking pixel with escaped parentheses", "![](https://x.example/p?a=\\(1\\)&b=2)"),
    ("an icon link", "[ __](https://twitter.com/example)"),
    ("an HTML comment", "<!--more-->"),
    ("a table of images", "| ![](a.png) | ![](b.png) |"),
]


@pytest.mark.parametrize(
    "gap", [g for _, g in EXAMPLES_MARKUP], ids=[n for n, _ in EXAMPLES_MARKUP]
)
def test_markup_is_not_lost_text(gap: str) -> None:
    text = "Body.\n\n" + gap + "\n"
    assert lost_text(text, (_section(0, 5, "Body."),)) == []


def _feed_with_stray_end_tag() -> str:
    """The NTB feed fixture with a second `<boilerplate>` opened before the first, over the
    body's last line and its `</body>` (a shuffled feed the property tests drew): the
    plain-text element's source then holds a tag the feed did not escape."""
    text = (ROOT / "fixtures" / "ntbinfo-bisnode-konkurser-feb2019-no.html").read_text("utf-8")
    body_end = text.index("</body>") + len("</body>")
    last_line = text[text.rindex("\n", 0, body_end) + 1 : body_end]
    opening = text.index("<boilerplate>")
    return f"{text[:opening]}<boilerplate>Bisnode AS\n{last_line}\n{text[opening:]}"


def test_feed_text_element_holding_a_stray_tag_keeps_the_invariants() -> None:
    check_release(_feed_with_stray_end_tag(), html_order=True, dateline_cut=True)
