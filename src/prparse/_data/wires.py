"""The newswires, as data: one row per distributor, all it is known by.

Schema: `WIRES` is a tuple of `Wire` rows, tried in order (a more specific
marker before a more general one: `/PRNewswire-PRWeb/` before
`/PRNewswire/`). Every field but `name` may be empty. Patterns are regular
expression fragments, matched case-insensitively:

- `markers`: how its datelines name it, matched where a dateline token may
  start. `slashed()` writes the usual `/Name/` or `(Name)` marker, which
  also takes a partner after a hyphen (`/PRNewswire-AsiaNet/`,
  `/Kyodo JBN-AsiaNet/`: the first part is the wire); a marker that opens
  a parenthesis holding the date (`(Newsfile Corp. - July 27, 2020)`) ends
  before the date, whose pattern closes the parenthesis.
- `anywhere`: the markers are distinctive enough to find a dateline in the
  middle of a text (`/PRNewswire/`), not only at its start (`--News Direct--`).
- `aliases`: other spellings of its name in running text and credits.
- `copyright`: how its copyright line names it (`© 2024 Business Wire`).
- `hosts`: its web sites; links to them are its footer's.
- `footer_lines`: whole lines it appends to or wraps around a release;
  `end_lines` the subset after which the release is over; `notes` the
  subset that may also stand above or inside the release.
- `notices`: phrases of its own disclaimers, which belong to the wire
  footer, not to the issuer's disclosures.
- `containers`: `(layout, tag, attribute, value)` of the element holding
  the release on its pages (see `_data.html_hints`).
- `footer_dates`: footer lines that stamp the release date, with named
  groups `year`, `month`, `day`.
- `about`: the heading of its own "About" section.

Sources: the datelines, footers and pages of the dev corpus and the bulk
sample, and each wire's published style and page layout (PR Newswire,
Business Wire, GlobeNewswire, CNW, Newsfile, ACCESSWIRE / ACCESS Newswire,
EIN Presswire, JCN Newswire, Media OutReach, Kyodo JBN, PRWeb, Marketwired,
news aktuell ots, APA-OTS, dpa, idw, IWR, Dow Jones Newswires, AAP
Medianet, IBN, PRISM MediaWire, Podnews).
"""

from __future__ import annotations

import dataclasses
from typing import Final

__all__ = ["WIRES", "Wire", "collect", "copyright_names", "host_labels", "parenthesized", "slashed"]

_PARTNER = r"(?:-[A-Za-z][\w .&]{0,30})?"


def slashed(core: str) -> str:
    """The marker `/Core/` or `(Core)`, also with a partner (`/Core-AsiaNet/`)."""
    return rf"[/(]\s*(?:{core}){_PARTNER}\s*[/)]"


def parenthesized(core: str) -> str:
    """The marker `(Core)`, as agencies write it after the city (`BERLIN (dpa) -`)."""
    return rf"\(\s*(?:{core})\s*\)"


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Wire:
    """One distributor: how its datelines, footers and pages show it."""

    name: str
    """The wire's usual name, as `Dateline.wire` gives it."""
    markers: tuple[str, ...] = ()
    """Regex fragments, one per way the wire writes itself in a dateline."""
    anywhere: bool = True
    """True when a marker may anchor a dateline found mid-text."""
    aliases: tuple[str, ...] = ()
    """Other spellings of its name (plain text, as written)."""
    copyright: tuple[str, ...] = ()
    """Regex fragments naming it in a copyright line."""
    hosts: tuple[str, ...] = ()
    """Its web sites' host names."""
    footer_lines: tuple[str, ...] = ()
    """Whole-line patterns of what it appends to a release."""
    end_lines: tuple[str, ...] = ()
    """Footer lines after which the release is over."""
    notes: tuple[str, ...] = ()
    """Footer lines that may also stand above or inside the release."""
    notices: tuple[str, ...] = ()
    """Phrases of its own disclaimers."""
    run_on: tuple[str, ...] = ()
    """Openings of its footer lines that a scraper dropping line breaks runs onto the text
    before them (`...the region.  Hashtag: #HKUSTThe issuer is solely ...`): cut there."""
    containers: tuple[tuple[str, str, str, str], ...] = ()
    """`(layout, tag, attribute, value)` of the element holding a release on its pages."""
    footer_dates: tuple[str, ...] = ()
    """Footer lines stamping the release date (groups `year`, `month`, `day`)."""
    about: str | None = None
    """The heading of its own "About" section."""


_VIEW_SOURCE = r"view source (?:content|version)\b.*"  # Business Wire's, copied by News Direct

WIRES: Final[tuple[Wire, ...]] = (
    Wire(
        name="PRWeb",
        markers=(slashed(r"PRNewswire-PRWeb"), slashed(r"PRWeb")),  # PRWeb through PRN, `(PRWEB)`
        hosts=("prweb.com",),
    ),
    Wire(
        name="PR Newswire",
        # `/PRNewswire/`, `/PRNewswire-AsiaNet/`, `/PRNewswire-FirstCall/`,
        # `/PRNewswire-HISPANIC PR WIRE/`, `(ANI/PRNewswire)`, `/ PRNewswire /`
        # `/美通社/`: its name in its Chinese edition
        markers=(slashed(r"(?:[A-Z]{2,8}/)?PR\s?Newswire|美通社"),),
        copyright=(r"pr newswire",),
        hosts=("prnewswire.com",),
        footer_lines=(
            r"media release pr\d+",  # the AsiaNet wrapper
            r"view original (?:content|version)\b.*",
            r"-0- \d{2}/\d{2}/\d{4}",
        ),
        end_lines=(r"view original (?:content|version)\b.*", r"-0- \d{2}/\d{2}/\d{4}"),
        notes=(r"media release pr\d+",),
        containers=(
            # 2019-2024: <article class="news-release"> holds the release
            # header (h1, subtitle) and <section class="release-body">.
            ("PR Newswire 2019+", "article", "class", "news-release"),
            ("PR Newswire 2019+ body", "*", "class", "release-body"),
            # 2016: <div class="news-release"> / release text column.
            ("PR Newswire 2016", "div", "class", "news-release"),
            ("PR Newswire 2016 text", "*", "class", "release-text"),
        ),
        # The old footer stamps the release date month first: `-0- 07/22/2004`.
        footer_dates=(r"-0-\s+(?P<month>\d{1,2})/(?P<day>\d{1,2})/(?P<year>\d{4})\b",),
    ),
    Wire(
        name="Business Wire",
        markers=(slashed(r"BUSINESS\s?WIRE(?:\s+India)?"),),  # `--(BUSINESS WIRE)--`
        copyright=(r"business wire",),
        hosts=("businesswire.com",),
        footer_lines=(r"this press release features multimedia.*", _VIEW_SOURCE),
        end_lines=(_VIEW_SOURCE,),
        notes=(r"this press release features multimedia.*",),
        notices=(r"Republication or redistribution of .{0,60}content is expressly prohibited",),
        containers=(
            ("Business Wire", "*", "class", "bw-release-main"),  # headline and story
            ("Business Wire story", "*", "class", "bw-release-story"),
        ),
    ),
    Wire(
        name="GlobeNewswire",
        markers=(slashed(r"GLOBE\s?NEWSWIRE"),),  # `(GLOBE NEWSWIRE)`
        aliases=("Globe Newswire",),
        copyright=(r"globe ?newswire",),
        hosts=("globenewswire.com",),
        containers=(
            ("GlobeNewswire", "*", "class", "main-body-container"),
            ("GlobeNewswire notified", "*", "id", "main-body-container"),
        ),
    ),
    Wire(
        name="EIN Presswire",
        markers=(slashed(r"EIN\s?Presswire(?:\.com)?"),),  # `/EINPresswire.com/`
        copyright=(r"ein presswire", r"presswire", r"newsmatics"),  # Newsmatics owns it
        hosts=("einpresswire.com",),
        footer_lines=(
            r"ein presswire['’]s priority is source transparency.*",
            r"ein presswire, everyone['’]s internet news presswire.*",
            r"this press release can be viewed online.*",
        ),
        end_lines=(r"this press release can be viewed online.*",),
        notices=(r"EIN Presswire's priority is source transparency",),
        containers=(("EIN Presswire", "*", "class", "article_column"),),
    ),
    Wire(
        name="ACCESSWIRE",
        # `/ ACCESSWIRE /`; `/ ACCESS Newswire /` is its name since 2025
        markers=(slashed(r"ACCESS\s?WIRE"), slashed(r"ACCESS\s+Newswire")),
        aliases=("ACCESS Newswire", "Accesswire"),
        copyright=(r"accesswire",),
        hosts=("accesswire.com",),
        containers=(("ACCESSWIRE", "*", "id", "articlebody"),),
    ),
    Wire(
        name="Newsfile",
        markers=(
            r"\(\s*Newsfile\s+Corp\.?\s*[-–—]\s*",  # `(Newsfile Corp. - July 27, 2020)`
            slashed(r"Newsfile(?:\s+Corp\.?)?"),
        ),
        copyright=(r"newsfile",),
        hosts=("newsfilecorp.com",),
        footer_lines=(r"to view the (?:original|source) version of this press release.*",),
        end_lines=(r"to view the (?:original|source) version of this press release.*",),
        containers=(("Newsfile", "*", "id", "release-body"),),
    ),
    Wire(
        name="Marketwired",
        markers=(
            r"\(\s*Marketwired?\s*[-–—]\s*",  # `(Marketwired - Jan. 5, 2016)`, `(Marketwire - ...)`
            slashed(r"Marketwired?"),  # `/Marketwired/`
        ),
    ),
    Wire(
        name="CNW",
        markers=(slashed(r"CNW(?:\s+Telbec)?"), slashed(r"Canada\s+NewsWire")),  # `/CNW Telbec/`
    ),
    Wire(name="JCN Newswire", markers=(slashed(r"JCN\s+Newswire"),), copyright=(r"jcn",)),
    Wire(
        name="ACN Newswire",  # JCN's sister wire
        markers=(slashed(r"ACN\s+Newswire"),),
        copyright=(r"acn",),
        notices=(r"Republication or redistribution of .{0,60}content is expressly prohibited",),
    ),
    Wire(name="Kyodo JBN", markers=(slashed(r"Kyodo\s+JBN"),)),  # `/Kyodo JBN/`
    Wire(
        name="Media OutReach Newswire",
        markers=(
            r"Media\s+OutReach(?:\s+Newswire)?(?=\s*[-–—/])",
        ),  # `- Media OutReach Newswire -`
        footer_lines=(
            r"hashtag:\s*#.*",
            r"the issuer is solely responsible for the content of this announcement\.?",
        ),
        # Scraped copies lose the line breaks of the closing lines: the hashtags run on
        # from the last paragraph and the issuer line from the hashtags or the issuer's
        # links (bulk: all nine Media OutReach releases).
        run_on=(r"Hashtag:\s*#", r"The issuer is solely responsible for the content"),
        # The hashtags and the issuer line stand before "About X".
        notes=(
            r"hashtag:\s*#.*",
            r"the issuer is solely responsible for the content of this announcement\.?",
        ),
        notices=(r"The issuer is solely responsible for the content",),
    ),
    Wire(name="24-7 Press Release", markers=(slashed(r"24-7\s?Press\s?Release"),)),
    Wire(name="NewMediaWire", markers=(slashed(r"NewMediaWire"),)),  # `(NewMediaWire) - date -`
    Wire(name="Noticias Newswire", markers=(slashed(r"NOTICIAS\s+NEWSWIRE"),)),
    Wire(
        name="News Direct",
        markers=(
            r"News\s+Direct(?=\s*--)",  # `--News Direct--`
            slashed(r"News\s?Direct"),  # `NEW YORK, NY / NewsDirect / July 11th, 2024 /`
        ),
        anywhere=False,
        hosts=("newsdirect.com",),
        footer_lines=(_VIEW_SOURCE,),
        end_lines=(_VIEW_SOURCE,),
    ),
    Wire(
        name="PRISM MediaWire",
        # `– PRISM MediaWire (Press Release Service – Press Release Distribution) –`
        markers=(r"PRISM\s+MediaWire(?:\s*\([^()@]{0,80}\))?(?=\s*[-–—])",),
        anywhere=False,
        footer_lines=(
            r"add (?:prism mediawire|us) (?:as your preferred news source|on google).*",
            r"pmw on newsramp:.*",  # its link to the NewsRamp summary
            r"the latest news and updates relating to .{1,60} are available .*",  # as IBN's
        ),
        about=r"about prism mediawire",
    ),
    Wire(
        name="IWR-Pressedienst",
        markers=(r"\(\s*iwr-pressedienst\s*\)",),  # `Hamburg (iwr-pressedienst) -`
        footer_lines=(
            r"herausgeber:.*",
            r"pressebilder nur für die redaktionelle verwendung\.?",
            r"hinweis: für den inhalt der pressemitteilung ist der emittent.*",
        ),
        notices=(r"Für den Inhalt der (?:Pressemitteilung|Mitteilung) ist",),  # also dgap's
        containers=(("IWR Pressedienst", "div", "class", "newsdiv"),),  # of #pressemitteilung_main
    ),
    Wire(name="APA-OTS", markers=(r"\((?:APA-OTS|(?-i:OTS))\)",)),  # Austria: `Wien (OTS) -`
    Wire(
        name="ots",  # news aktuell: `Berlin (ots) -`, `Berlin (ots/Acme AG) -`
        markers=(r"\((?-i:ots)(?:/[^()/]{1,40})?\)",),
        anywhere=False,
    ),
    Wire(
        name="dpa",  # the German agency and its financial service: `BERLIN (dpa-AFX) -`
        markers=(parenthesized(r"(?-i:dpa)(?:-AFX)?"),),
        anywhere=False,
    ),
    Wire(name="idw", markers=(parenthesized(r"(?-i:idw)"),), anywhere=False),  # `Jena (idw) -`
    Wire(
        name="Newsworthy.ai", markers=(slashed(r"Newsworthy\.ai"),)
    ),  # `Scottsdale, AZ (Newsworthy.ai)`
    Wire(name="PR Karma", markers=(slashed(r"PR\s+Karma"),)),  # `SAN DIEGO, CA / PR Karma / date`
    Wire(name="NewsUSA", markers=(r"\(\s*NewsUSA\s*[/)]",), anywhere=False),  # `(NewsUSA) - `
    Wire(name="EZ Newswire", markers=(slashed(r"EZ\s+Newswire"),)),
    Wire(name="Send2Press", markers=(slashed(r"SEND2PRESS(?:\s+NEWSWIRE)?"),)),
    Wire(name="PRLog", markers=(slashed(r"PRLog"),)),
    Wire(name="IssueWire", markers=(slashed(r"IssueWire"),)),
    Wire(
        name="Dow Jones Newswires",  # carries releases with its own wrapper and timestamps
        footer_lines=(
            r"(?:\(end\) )?dow jones newswires",
            r"\d{1,2} \w{3} \d{4} \d{1,2}:\d{2} et.*",
            r"\w+ \d{1,2}, \d{4} \d{1,2}:\d{2} et \(\d{1,2}:\d{2} gmt\)",
            r"press release: .{5,300}",
        ),
        notes=(r"press release: .{5,300}",),
    ),
    Wire(
        name="Medianet",  # AAP Medianet's wire codes around a release
        hosts=("medianet.com.au",),
        footer_lines=(r"(?:zczc\b.{0,40}|nnnn|\$j|\*x|%mnet.{0,60}|:\S.{0,60})",),
    ),
    Wire(
        name="IBN",  # InvestorBrandNetwork
        footer_lines=(r"the latest news and updates relating to .{1,60} are available .*",),
        about=r"about ibn",
    ),
    Wire(
        # Podnews's own notes, as its site prints them: under every press release it links
        # to ('This is a press release which we link to from Podnews ...') and under every
        # list of podcasts on its pages ('The above list of podcasts is available as an
        # OPML file ...'). One release in the dev corpus, none in bulk: the row is what the
        # wire's pages say of themselves, like every row here, not a rule read off it.
        name="Podnews",
        hosts=("podnews.net",),
        footer_lines=(
            r"this is a press release which we link to from .*",
            r"the above list of .{1,80} is available as .*",
        ),
        notices=(r"We may make small edits for editorial reasons",),
    ),
)


def collect(field: str) -> tuple[str, ...]:
    """Every row's entries of a tuple field (`"footer_lines"`, `"notices"`...), once each, in order."""
    values: dict[str, None] = {}
    for wire in WIRES:
        values.update(dict.fromkeys(getattr(wire, field)))
    return tuple(values)


def copyright_names() -> str:
    """An alternation of the names wires' copyright lines give (`business wire|jcn|...`)."""
    return "|".join(("newswire", *collect("copyright")))


def host_labels() -> str:
    """An alternation of the wires' site names without their domain (`businesswire|...`)."""
    return "|".join(dict.fromkeys(host.split(".")[0] for host in collect("hosts")))
