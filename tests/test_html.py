"""The HTML front end: real-shaped snippets -> blocks, page metadata, and malformed input."""

from __future__ import annotations

import datetime
import time
from pathlib import Path

import pytest

import prparse
from prparse._blocks import Block, Hint
from prparse._html import cf_decode, edgar_text_part, html_blocks, html_document
from prparse._html_spans import fit_spans, holds


def _texts(html: str) -> list[tuple[Hint, str]]:
    return [(b.hint, b.text) for b in html_blocks(html)]


# (name, html, expected (hint, text) pairs), named by where the shape was seen.
EXAMPLES_BLOCKS = [
    (
        "bw-ap-feed-fragment",
        "Acme Wins Award\n\n<p>LAKEVILLE, Conn.--(BUSINESS WIRE)--Aug 29, 2024--</p>\n"
        "<p>It is.</p>",
        [(Hint.PARAGRAPH, "Acme Wins Award"),
         (Hint.PARAGRAPH, "LAKEVILLE, Conn.--(BUSINESS WIRE)--Aug 29, 2024--"),
         (Hint.PARAGRAPH, "It is.")],
    ),
    (
        "headings-and-lists",
        "<body><h1>Title  here</h1><h2>Deck</h2><ul><li>One</li><li><p>Two</p></li></ul></body>",
        [(Hint.HEADING, "Title here"), (Hint.HEADING, "Deck"),
         (Hint.LIST_ITEM, "One"), (Hint.LIST_ITEM, "Two")],
    ),
    (
        "asf-jekyll-emphasis-div",
        "<div><strong><em>Augments ASF Sponsorship&nbsp;</em></strong></div><div>Body text.</div>",
        [(Hint.EMPHASIS, "Augments ASF Sponsorship"), (Hint.PARAGRAPH, "Body text.")],
    ),
    (
        "blockquote-and-rule",
        "<body><blockquote><p>“A pull quote.”</p></blockquote><hr><p>After.</p></body>",
        [(Hint.BLOCKQUOTE, "“A pull quote.”"), (Hint.RULE, ""), (Hint.PARAGRAPH, "After.")],
    ),
    (
        "edgar-financial-table",
        "<body><table><tr><td><p>Revenue</p></td><td>$</td><td>11,840</td></tr>"
        "<tr><td>Net income</td><td>3,189</td></tr></table></body>",
        [(Hint.TABLE_ROW, "Revenue $ 11,840"), (Hint.TABLE_ROW, "Net income 3,189")],
    ),
    (
        "syscon-br-paragraphs",
        "<body><div>First paragraph.<br/><br/>About Eisai<br/><br/>Second.</div></body>",
        [(Hint.PARAGRAPH, "First paragraph."), (Hint.PARAGRAPH, "About Eisai"),
         (Hint.PARAGRAPH, "Second.")],
    ),
    (
        "prn-subtitle-dash-bullets",
        "<body><p class='subtitle'>- Debt holdings fully converted</p></body>",
        [(Hint.LIST_ITEM, "Debt holdings fully converted")],
    ),
    (
        "chrome-dropped",
        "<body><nav>Home</nav><div class='social-share'>Tweet</div><p>Kept.</p>"
        "<script>var x = '<p>no</p>';</script><div id='cookie-banner'>Accept</div>"
        "<div style='display: none'>Hidden</div></body>",
        [(Hint.PARAGRAPH, "Kept.")],
    ),
]


@pytest.mark.parametrize(("html", "expected"), [e[1:] for e in EXAMPLES_BLOCKS],
                         ids=[e[0] for e in EXAMPLES_BLOCKS])
def test_blocks(html: str, expected: list[tuple[Hint, str]]) -> None:
    assert _texts(html) == expected


def test_br_lines_kept_for_contacts() -> None:
    html = ("<body><p><strong>Nat Levy</strong><br/>Cockrell School<br/>"
            "e: <a href='mailto:nat.levy@utexas.edu'>nat.levy@utexas.edu</a></p></body>")
    (block,) = html_blocks(html)
    assert block.lines == ("Nat Levy", "Cockrell School", "e: nat.levy@utexas.edu")
    assert block.text == "Nat Levy Cockrell School e: nat.levy@utexas.edu"
    assert block.urls == ("mailto:nat.levy@utexas.edu",)


def test_br_long_line_is_own_block() -> None:
    prose = "The Nissan Sentra Cup has captured the attention of fans and drivers. " * 3
    (head, body) = html_blocks(f"<body><p>History made at a track <br/> {prose}</p></body>")
    assert head.text == "History made at a track"
    assert body.text == prose.strip()


# (name, html, visible text expected, url expected)
EXAMPLES_EMAILS = [
    ("ein-email-us-here", "<p>Jane Doe <a href='mailto:jane@acme.com'>email us here</a></p>",
     "Jane Doe jane@acme.com", "mailto:jane@acme.com"),
    ("cloudflare-cfemail",
     "<p>Contact: <a class='__cf_email__' data-cfemail='543e3b3c3a143d3a303d333b7a373b39'>"
     "[email&#160;protected]</a></p>",
     "Contact: john@indigo.com", "mailto:john@indigo.com"),
]


@pytest.mark.parametrize(("html", "text", "url"), [e[1:] for e in EXAMPLES_EMAILS],
                         ids=[e[0] for e in EXAMPLES_EMAILS])
def test_hidden_emails(html: str, text: str, url: str) -> None:
    (block,) = html_blocks(f"<body>{html}</body>")
    assert block.text == text
    assert url in block.urls


def test_cf_decode() -> None:
    assert cf_decode("543e3b3c3a143d3a303d333b7a373b39") == "john@indigo.com"
    assert cf_decode("zz") is None


def test_page_meta() -> None:
    html = """<html><head><title>Acme Wins | Wire Site</title>
    <meta property="og:title" content="Acme Wins Big Award">
    <meta property="article:published_time" content="2020-12-31T18:52:35+00:00">
    <script type="application/ld+json">{"@graph": [{"@type": "NewsArticle",
      "headline": "Acme Wins Big Award", "datePublished": "2020-12-30", "dateline": "AUSTIN"}]}
    </script></head><body><p>Text of the release, long enough.</p>
    <footer>Copyright 2023 Wire Site</footer></body></html>"""
    meta = html_document(html).meta
    assert meta.title == "Acme Wins | Wire Site"
    assert meta.headline == "Acme Wins Big Award"
    assert meta.published == datetime.date(2020, 12, 30)
    assert meta.dateline == "AUSTIN"


def test_title_becomes_heading_when_page_has_none() -> None:
    html = ("<html><head><title>Stevia First Corp. Looks to Disrupt Flavor Industry</title>"
            "</head><body><div>WHITEFISH, MT / ACCESSWIRE / July 13, 2015 / Text.</div>"
            "</body></html>")
    blocks = html_blocks(html)
    assert blocks[0].hint is Hint.HEADING
    assert blocks[0].text == "Stevia First Corp. Looks to Disrupt Flavor Industry"


def test_front_matter_title() -> None:
    html = ("---\nlayout: post\ntitle: The Apache&reg; Software Foundation\n  Announces\n---\n"
            "<div>Body.</div>")
    blocks = html_blocks(html)
    assert blocks[0].hint is Hint.HEADING
    assert blocks[0].text == "The Apache® Software Foundation Announces"
    assert blocks[1].text == "Body."


EDGAR = (
    "<SEC-DOCUMENT>0000084581-00-500009.txt\n<DOCUMENT>\n<TYPE>8-K\n<TEXT>\ncover\n</TEXT>\n"
    "</DOCUMENT>\n<DOCUMENT>\n<TYPE>EX-99\n<FILENAME>press.htm\n<TEXT>\n"
    "<HTML><BODY><P>CONCORD, N.H., Sept. 26, 2000 -- Rock of Ages acquired it.</P></BODY></HTML>\n"
    "</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>"
)


def test_edgar_exhibit_part() -> None:
    found = edgar_text_part(EDGAR)
    assert found is not None
    part, offset = found
    assert EDGAR[offset:].startswith("<HTML>") and part.endswith("</HTML>")
    assert [b.text for b in html_blocks(EDGAR)] == [
        "CONCORD, N.H., Sept. 26, 2000 -- Rock of Ages acquired it."
    ]


def test_edgar_plain_text_exhibit_goes_to_text_front_end() -> None:
    text = EDGAR.replace(
        "<HTML><BODY><P>CONCORD, N.H., Sept. 26, 2000 -- Rock of Ages acquired it.</P>"
        "</BODY></HTML>",
        "Rock of Ages Acquires\n\nCONCORD, N.H. -- Rock of Ages acquired it.",
    )
    blocks = html_blocks(text)
    assert [b.text for b in blocks][-1] == "CONCORD, N.H. -- Rock of Ages acquired it."
    assert all(text[b.start : b.end].strip() for b in blocks)


def _valid_offsets(text: str, blocks: list[Block]) -> None:
    last = 0
    for block in blocks:
        assert 0 <= block.start <= block.end <= len(text)
        assert block.start >= last
        assert holds(block.text, text[block.start : block.end]), block
        last = block.start


def test_offsets_span_markup() -> None:
    html = "<html><body>\n<h1>Head</h1>\n<p>One <b>bold</b>.</p>\n<p>Two</p>\n</body></html>"
    blocks = html_blocks(html)
    _valid_offsets(html, blocks)
    assert [html[b.start : b.end] for b in blocks] == [
        "<h1>Head</h1>", "<p>One <b>bold</b>.</p>", "<p>Two</p>"
    ]


# (name, html, each block's span) for markup the parser repairs (finding F3)
_LINE_A, _LINE_B = "a" * 160, "b" * 160
EXAMPLES_SPANS = [
    ("unclosed paragraphs", "<p>first<p>second", ["<p>first", "<p>second"]),
    ("tail text after a block", "<p>One</p> and after.", ["<p>One</p>", " and after."]),
    (
        "unclosed rows",
        "<table><tr><td>a<td>b<tr><td>c</table>",
        ["<tr><td>a<td>b", "<tr><td>c</table>"],
    ),
    (
        "commented-out markup",
        "<p>One</p><!-- <p>old</p> --><p>Two</p>",
        ["<p>One</p>", "<p>Two</p>"],
    ),
    (
        "a noscript's paragraphs",
        "<p>A</p><noscript><p>B</noscript><p>C</p>",
        ["<p>A</p>", "<p>C</p>"],
    ),
    (
        "long br lines",
        f"<p>{_LINE_A}<br>{_LINE_B}</p>",
        [f"<p>{_LINE_A}", f"<br>{_LINE_B}</p>"],
    ),
]


@pytest.mark.parametrize(
    ("html", "spans"), [e[1:] for e in EXAMPLES_SPANS], ids=[e[0] for e in EXAMPLES_SPANS]
)
def test_repaired_markup_spans(html: str, spans: list[str]) -> None:
    blocks = html_blocks(html)
    _valid_offsets(html, blocks)
    assert [html[b.start : b.end] for b in blocks] == spans


def test_fit_spans_relocates_a_block_and_pulls_back_those_before() -> None:
    text = "<p>Alpha beta</p><p>Gamma delta</p>"
    blocks = [
        Block(text="", start=17, end=17, hint=Hint.RULE),  # placed too far on
        Block(text="Alpha beta", start=17, end=17),  # its span misses its text
        Block(text="Gamma delta", start=17, end=35),
    ]
    fitted = fit_spans(blocks, text, 0, len(text))
    assert [(b.start, b.end) for b in fitted] == [(3, 17), (3, 13), (17, 35)]


# Malformed input: no crash, no hang, valid offsets.
MALFORMED = {
    "empty": "",
    "whitespace": "   \n ",
    "unclosed-tags": "<html><body><p>One<p>Two<div><b>bold<table><tr><td>cell",
    "deep-nesting": "<html><body>" + "<div>" * 10_000 + "deep" + "</div>" * 10_000,
    "deep-unclosed": "<body>" + "<span><b>x" * 10_000,
    "binary-garbage": "<html>" + bytes(range(256)).decode("latin-1") * 200,
    "nul-bytes": "<html><body><p>a\x00b</p>",
    "only-doctype": "<!DOCTYPE html>",
    "stray-close": "</p></div></body><p>text</p>",
    "xml-declaration": (
        "<?xml version='1.0' encoding='utf-8'?><nitf><body><p>NITF text</p></body></nitf>"
    ),
}


@pytest.mark.parametrize("html", MALFORMED.values(), ids=MALFORMED.keys())
def test_malformed_input_does_not_crash(html: str) -> None:
    document = html_document(html)
    _valid_offsets(html, document.blocks)


def test_big_page_is_fast() -> None:
    row = "<tr><td>Revenue</td><td>$</td><td>1,234</td><td>5,678</td></tr>\n"
    para = "<p>A paragraph of the release with <a href='https://x.com'>a link</a>.</p>\n"
    chunk = para * 20 + "<table>" + row * 200 + "</table>"
    html = "<html><body>" + chunk * 120 + "</body></html>"
    assert len(html) > 1_500_000
    began = time.perf_counter()
    blocks = html_blocks(html)
    assert time.perf_counter() - began < 20
    assert len(blocks) == 120 * 220
    _valid_offsets(html, blocks)


NITF = """<?xml version="1.0" encoding="UTF-8"?>
<nitf><head><title>Acme Reports Record Results</title>
<docdata><date.issue norm="20240829T080000-0400"/></docdata></head>
<body><body.head><hedline><hl1>Acme Reports Record Results</hl1><hl2>Revenue up 20%</hl2>
</hedline><dateline><location>NEW YORK</location></dateline></body.head>
<body.content><p>NEW YORK--(BUSINESS WIRE)--Aug 29, 2024--Acme (NYSE: ACME) reported.</p>
</body.content></body></nitf>"""


def test_nitf_feed_xml() -> None:
    document = html_document(NITF)
    assert [(b.hint, b.level, b.text) for b in document.blocks] == [
        (Hint.HEADING, 1, "Acme Reports Record Results"),
        (Hint.HEADING, 2, "Revenue up 20%"),
        (Hint.PARAGRAPH, 0, "NEW YORK--(BUSINESS WIRE)--Aug 29, 2024--Acme (NYSE: ACME) reported."),
    ]
    assert document.meta.published == datetime.date(2024, 8, 29)
    assert document.meta.dateline == "NEW YORK"


_PAGES = Path(__file__).resolve().parent / "pages"

# Wire pages of today's templates, made up in their shape (a release inside the site's
# chrome: navigation, share buttons, related news, the site's footer):
# (file, headline, deck, date, wire, About heading, contact names, wire footer count).
EXAMPLES_WIRE_PAGES = [
    (
        "made-up-prn-2024-template.html",
        "Acme Robotics Unveils Warehouse Picker That Learns New Items in Minutes",
        ["New system cuts onboarding time for retailers by 80 percent"],
        "2024-12-03",
        "PR Newswire",
        "About Acme Robotics",
        ["John Smith"],
        2,
    ),
    (
        "made-up-gnw-2024-template.html",
        "Acme Robotics Unveils Warehouse Picker That Learns New Items in Minutes",
        ["Learns new items in minutes", "Cuts onboarding time by 80 percent"],
        "2024-12-03",
        "GlobeNewswire",
        "About Acme Robotics",
        ["John Smith"],
        0,
    ),
    (
        "made-up-bw-2024-template.html",
        "Acme Robotics Unveils Warehouse Picker That Learns New Items in Minutes",
        ["New system cuts onboarding time for retailers by 80 percent"],
        "2024-12-03",
        "Business Wire",
        "About Acme Robotics",
        ["John Smith"],
        0,
    ),
]


@pytest.mark.parametrize(
    ("name", "headline", "deck", "date", "wire", "about", "names", "footer"),
    EXAMPLES_WIRE_PAGES,
    ids=[row[0] for row in EXAMPLES_WIRE_PAGES],
)
def test_wire_page(
    name: str,
    headline: str,
    deck: list[str],
    date: str,
    wire: str,
    about: str,
    names: list[str],
    footer: int,
) -> None:
    release = prparse.parse((_PAGES / name).read_bytes())
    assert (release.headline, list(release.subheadlines)) == (headline, deck)
    assert release.date is not None and release.date.isoformat() == date
    assert release.dateline is not None and release.dateline.wire == wire
    assert [b.heading for b in release.boilerplate] == [about]
    assert [n for c in release.contacts for n in c.names] == names
    assert len(release.wire_footer) == footer
    assert release.body and all("Also from this source" not in p for p in release.body)


_ARTICLE = (
    "<html><body><nav><a href='/'>Home</a></nav><main><article class='news'>"
    "<h1>Endlich mehr Beschleunigung wagen!</h1>"
    "<p>BERLIN, 8. Dezember 2022 – Die durchschnittliche Dauer der Genehmigungsverfahren "
    "liegt nach Angaben der Länder bei rund zwei Jahren, in sieben Ländern darüber.</p>"
    "<p>Die Bundesregierung kann und muss hier endlich mehr Beschleunigung wagen.</p>"
    "</article></main>{box}<footer><p>Bundesverband e.V.<br>EUREF-Campus 16<br>10829 Berlin"
    "</p><p>info@verband.example<br>Tel. +49 30 212341 210</p></footer></body></html>"
)

# (where the shape comes from, what follows the article, the contact expected or None)
EXAMPLES_CONTACT_BOX = [
    (
        "direct-bwe-genehmigungen-de: the press officer's box after the article, then the footer",
        "<section><div><h2>Ihr Ansprechpartner für Pressefragen</h2><p><br>Frank Grüneisen"
        "<br><br>Tel.:+49 (0)30-212 341-253<br>E-Mail: presse@verband.example</p></div>"
        "</section>",
        ("presse@verband.example",),
    ),
    (
        "made up: a related-news box after the article is no contact",
        "<section><h2>Weitere Pressemitteilungen</h2><p><a href='/x'>Mehr Wind</a></p></section>",
        None,
    ),
]


@pytest.mark.parametrize(("name", "box", "emails"), EXAMPLES_CONTACT_BOX)
def test_a_contact_box_right_after_the_article_is_the_release_contact(
    name: str, box: str, emails: tuple[str, ...] | None
) -> None:
    release = prparse.parse(_ARTICLE.replace("{box}", box).encode())
    assert [c.emails for c in release.contacts] == ([emails] if emails else []), name
