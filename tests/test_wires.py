"""Table tests for `prparse._data.wires`: one row per wire, and the tables built from the rows."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from prparse._data import cues, html_hints, legal
from prparse._data.wires import WIRES
from prparse._dateline import find_dateline
from prparse._dates import find_release_date

D = dt.date

# How each wire's datelines write it, named by where the shape was seen.
EXAMPLES_MARKERS = [
    ("prn-agnc-q2-2022-results", "BETHESDA, Md., July 25, 2022 /PRNewswire/ —", "PR Newswire"),
    ("prn AsiaNet partner", "SINGAPORE, Feb. 2, 2017 /PRNewswire-AsiaNet/ --", "PR Newswire"),
    ("prn FirstCall partner", "CHICAGO, July 22, 2004 /PRNewswire-FirstCall/ --", "PR Newswire"),
    ("PRWeb through PR Newswire", "AUSTIN, Texas, May 1, 2019 /PRNewswire-PRWeb/ --", "PRWeb"),
    (
        "bw-celgene-revlimid-alvogen",
        "SUMMIT, N.J.--(BUSINESS WIRE)--March 29, 2019--",
        "Business Wire",
    ),
    ("gnw-aiera-cfo", "NEW YORK, April 07, 2026 (GLOBE NEWSWIRE) --", "GlobeNewswire"),
    ("ein-kerman", "WASHINGTON, DC, January 11, 2024 /EINPresswire.com/ --", "EIN Presswire"),
    ("acw-stevia-first", "WHITEFISH, MT / ACCESSWIRE / July 13, 2015 /", "ACCESSWIRE"),
    (
        "ACCESS Newswire, its name since 2025",
        "DALLAS, TX / ACCESS Newswire / May 1, 2025 /",
        "ACCESSWIRE",
    ),
    (
        "nf-generic-gold",
        "Vancouver, British Columbia--(Newsfile Corp. - July 27, 2020) -",
        "Newsfile",
    ),
    ("CNW", "TORONTO, Jan. 5, 2024 /CNW/ -", "CNW"),
    ("CNW Telbec", "MONTRÉAL, le 16 octobre 2025 /CNW Telbec/ -", "CNW"),
    ("jcn", "TOKYO, Jan 5, 2024 - (JCN Newswire) -", "JCN Newswire"),
    ("Kyodo JBN with a partner", "TOKYO, Feb. 2, 2017 /Kyodo JBN-AsiaNet/ --", "Kyodo JBN"),
    (
        "mo-bora-macrogenics",
        "HONG KONG SAR - Media OutReach Newswire - 2 July 2026 -",
        "Media OutReach Newswire",
    ),
    ("ots", "Hamburg (ots) -", "ots"),
    ("ots with the issuer", "Berlin (ots/Acme AG) -", "ots"),
    ("dpa", "BERLIN (dpa) -", "dpa"),
    ("dpa-AFX", "FRANKFURT (dpa-AFX) -", "dpa"),
    ("idw", "Jena (idw) -", "idw"),
    ("iwr", "Hamburg (iwr-pressedienst) -", "IWR-Pressedienst"),
    ("News Direct", "--News Direct--", "News Direct"),
]


@pytest.mark.parametrize(("source", "dateline", "wire"), EXAMPLES_MARKERS)
def test_a_wire_is_named_by_its_row(source: str, dateline: str, wire: str) -> None:
    found = find_dateline(dateline + " Acme Corp. today announced")
    assert found is not None, source
    assert found.dateline.wire == wire, source


def test_every_marker_compiles_and_rows_are_unique() -> None:
    names = [wire.name for wire in WIRES]
    assert len(names) == len(set(names))
    for wire in WIRES:
        for pattern in (*wire.markers, *wire.footer_lines, *wire.notices, *wire.footer_dates):
            re.compile(pattern, re.IGNORECASE)


def test_a_wires_end_and_note_lines_are_its_footer_lines() -> None:
    for wire in WIRES:
        assert set(wire.end_lines) <= set(wire.footer_lines), wire.name
        assert set(wire.notes) <= set(wire.footer_lines), wire.name


_FOOTER = re.compile("(?:" + "|".join(cues.WIRE_FOOTER_LINES) + r")\s*", re.I | re.S)
_END = re.compile("(?:" + "|".join(cues.RELEASE_END_LINES) + r")\s*", re.I | re.S)
_NOTICE = re.compile("|".join(legal.WIRE_NOTICES), re.I)

# Footer lines the wires print, and whether the release is over after them.
EXAMPLES_FOOTER_LINES = [
    ("prn", "View original content:https://www.prnewswire.com/news-releases/x.html", True),
    ("prn old footer", "-0- 07/22/2004", True),
    ("prn AsiaNet", "MEDIA RELEASE PR12345", False),
    ("bw", "View source version on businesswire.com: https://www.businesswire.com/x", True),
    ("bw copyright", "Copyright Business Wire 2021", True),
    ("gnw copyright", "© 2020 GlobeNewswire, Inc. All rights reserved.", True),
    ("ein", "This press release can be viewed online at: https://www.einpresswire.com/x", True),
    ("ein parent company", "© 1995-2024 Newsmatics Inc. dba EIN Presswire", True),
    ("newsfile", "To view the source version of this press release, please visit x", True),
    ("news direct", "View source version on newsdirect.com: https://newsdirect.com/x", True),
    ("link to the wire's copy", "https://www.globenewswire.com/news-release/2020/x", False),
    ("media outreach", "Hashtag: #Acme", False),
    ("dow jones", "(END) Dow Jones Newswires", False),
    ("prism", "PMW on NewsRamp: https://newsramp.com/x", False),
    ("podnews", "This is a press release which we link to from Podnews, our newsletter.", False),
]


@pytest.mark.parametrize(("source", "line", "ends"), EXAMPLES_FOOTER_LINES)
def test_footer_lines_come_from_the_rows(source: str, line: str, ends: bool) -> None:
    assert _FOOTER.fullmatch(line), source
    assert bool(_END.fullmatch(line)) is ends, source


@pytest.mark.parametrize(
    "line",
    [
        "Acme Corp. today announced record results.",
        "Copyright 2024 Acme Corp. All rights reserved.",
    ],
)
def test_issuer_lines_are_not_wire_footers(line: str) -> None:
    assert not _FOOTER.fullmatch(line)


def test_wire_notices_come_from_the_rows() -> None:
    assert _NOTICE.search("The issuer is solely responsible for the content of this announcement.")
    assert _NOTICE.search("We may make small edits for editorial reasons.")
    assert not _NOTICE.search("Acme is solely responsible for its products.")


def test_page_containers_come_from_the_rows() -> None:
    sites = [hint.site for hint in html_hints.CONTAINERS]
    assert sites.index("PR Newswire 2019+") < sites.index("Yahoo mobile reprint")
    assert ("class", "bw-release-story") in {(h.attribute, h.value) for h in html_hints.CONTAINERS}


EXAMPLES_FOOTER_DATES = [
    (
        "edgar-sears-q2-2004: PR Newswire's old footer, month first",
        "-0- 07/22/2004",
        D(2004, 7, 22),
    ),
    ("no such day", "-0- 13/22/2004", None),
]


@pytest.mark.parametrize(("source", "line", "expected"), EXAMPLES_FOOTER_DATES)
def test_footer_dates_come_from_the_rows(source: str, line: str, expected: dt.date | None) -> None:
    assert find_release_date(line) == expected, source


def test_headline_credits_name_every_wire() -> None:
    credit = re.compile(r"\s+(?:" + "|".join(cues.HEADLINE_WIRE_NAMES) + r")\s*$")
    for wire in WIRES:
        assert credit.search(f"Acme Reports Record Results {wire.name}"), wire.name


_ISSUER_NOTE = "The issuer is solely responsible for the content of this announcement."
_MO_LEAD = (
    "HONG KONG SAR - Media OutReach Newswire - 23 June 2026 - Acme Holdings today opened "
    "its first office in Almaty, where forty engineers will work on payment systems.\n\n"
)

# Scraped Media OutReach releases that lost the line breaks of their closing lines,
# named by where the shape was seen, with the footer lines expected.
EXAMPLES_RUN_ON_FOOTER = [
    (
        "mediaoutreach-2026-0316 (bulk): hashtag glued to the issuer note",
        "The gala dinner will celebrate 35 years.  Hashtag: #HKUST" + _ISSUER_NOTE,
        ["Hashtag: #HKUST", _ISSUER_NOTE],
    ),
    (
        "mediaoutreach-2026-0608 (bulk): run on with a space",
        "It plans to deploy globally.  Hashtag: #VinDynamics " + _ISSUER_NOTE,
        ["Hashtag: #VinDynamics", _ISSUER_NOTE],
    ),
    (
        "mor-hk-central-asia: the issuer's links glued between the two lines",
        "It welcomed enterprises.\n\nHashtag: #HongKong #NewOpportunitieshttps://www.brandhk."
        "gov.hk/https://x.com/Brand_HK/" + _ISSUER_NOTE,
        ["Hashtag: #HongKong #NewOpportunities", _ISSUER_NOTE],
    ),
]


@pytest.mark.parametrize(("name", "tail", "footer"), EXAMPLES_RUN_ON_FOOTER)
def test_a_footer_line_run_onto_the_text_before_it_is_cut_off(
    name: str, tail: str, footer: list[str]
) -> None:
    import prparse

    release = prparse.parse("# Acme Opens in Almaty\n\n" + _MO_LEAD + tail + "\n")
    assert list(release.wire_footer) == footer, name
    assert not any("Hashtag" in p or "solely" in p for p in release.body), name

