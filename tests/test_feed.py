"""The feed front end: small made-up items in each wrapper format -> blocks, metadata, releases.

Each item is shaped like the real ones of the dev corpus (GlobeNewswire's
NewsML-G2, Business Wire's NewsML 1.2, an NITF item, NTB info's release
export, AAP's 7901 framing) but its text is made up.
"""

from __future__ import annotations

import datetime

import pytest
from _invariants import check_release

import prparse
from prparse._api import looks_like_html
from prparse._blocks import PageMeta
from prparse._feed import feed_document, looks_like_feed
from prparse._feed_meta import declared_dateline, feed_date

G2_ITEM = """<?xml version="1.0" encoding="utf-8"?>
<newsItem standard="NewsML-G2" guid="urn:newsml:example.com:1" xmlns="http://iptc.org/std/nar/2006-10-01/">
  <rightsInfo>
    <copyrightHolder literal="globenewswire.com" />
    <copyrightNotice>© 2023 GlobeNewswire, Inc. All rights reserved.</copyrightNotice>
  </rightsInfo>
  <itemMeta>
    <provider literal="globenewswire.com" />
    <versionCreated>2023-04-12T13:00:00+00:00</versionCreated>
    <firstCreated>2023-04-11T13:00:00+00:00</firstCreated>
    <title role="MWTitleRole:PATopicKeyword">Product Announcement  Denver, CO, USA</title>
  </itemMeta>
  <contentMeta>
    <contentCreated>2023-04-12T13:00:00+00:00</contentCreated>
    <creator literal="globenewswire">
      <organisationDetails><contactInfo>
        <phone>1-888-000-0000</phone>
        <note>Please contact our Help Desk team for any technical issues</note>
      </contactInfo></organisationDetails>
    </creator>
    <subject literal="Brightline Tools Inc." type="cpnat:organisation">
      <name>Brightline Tools Inc.</name>
    </subject>
    <headline>Brightline Tools Opens Its Denver Plant</headline>
    <description role="MWdrole:abstract">Brightline Tools today opened a plant in...</description>
  </contentMeta>
  <contentSet>
    <inlineXML contenttype="application/xhtml+xml">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><title>Brightline Tools Opens Its Denver Plant</title></head>
<body>
<h1>Brightline Tools Opens Its Denver Plant</h1>
<div class="mw_release"><p>DENVER, April  12, 2023  (GLOBE NEWSWIRE) -- Brightline Tools,
a maker of hand tools, today opened its new plant in Denver, adding 120 jobs.</p>
<p>The plant will build the company&#8217;s cordless line.</p>
<p><strong>About Brightline Tools</strong><br />Brightline Tools makes hand tools in Colorado.</p>
</div>
<div class="mw_contactinfo"><pre>Media Contact: Jane Roe
press@brightline.example</pre></div>
</body></html>
    </inlineXML>
  </contentSet>
</newsItem>
"""

NEWSML12_ITEM = """<?xml version="1.0" encoding="UTF-8"?>
<NewsML Version="1.2">
  <NewsEnvelope>
    <SentFrom><Party FormalName="Business Wire" /></SentFrom>
    <DateAndTime>20220301T150000+0000</DateAndTime>
  </NewsEnvelope>
  <NewsItem>
    <Identification><NewsIdentifier><DateId>20010714</DateId></NewsIdentifier></Identification>
    <NewsManagement><FirstCreated>20220301T143000+0000</FirstCreated></NewsManagement>
    <NewsComponent>
      <NewsLines><CopyrightLine>Copyright Business Wire 2022</CopyrightLine></NewsLines>
      <DescriptiveMetadata><Genre FormalName="Release" /></DescriptiveMetadata>
      <NewsComponent>
        <NewsLines>
          <HeadLine>Harbor Analytics Adds Two Directors</HeadLine>
          <DateLine>BOSTON</DateLine>
          <SlugLine>MA-HARBOR-ANALYTICS</SlugLine>
        </NewsLines>
        <NewsComponent>
          <Role FormalName="Abstract" />
          <ContentItem><DataContent>Harbor Analytics adds two directors</DataContent></ContentItem>
        </NewsComponent>
        <NewsComponent>
          <Role FormalName="HeadLine" />
          <ContentItem><DataContent><html xmlns="http://www.w3.org/1999/xhtml"><body>
            <p><b>Harbor Analytics Adds Two Directors</b></p>
          </body></html></DataContent></ContentItem>
        </NewsComponent>
        <NewsComponent>
          <Role FormalName="Contact" />
          <ContentItem><DataContent><html xmlns="http://www.w3.org/1999/xhtml"><body>
            <p>Harbor Analytics<br />Sam Lee<br />ir@harbor.example</p>
          </body></html></DataContent></ContentItem>
        </NewsComponent>
        <NewsComponent>
          <Role FormalName="Body" />
          <ContentItem><DataContent><html xmlns="http://www.w3.org/1999/xhtml"><body>
            <p>Harbor Analytics (NYSE: HBR), a data company, today named two new directors
            to its board.</p>
            <p>Both join the audit committee.</p>
          </body></html></DataContent></ContentItem>
        </NewsComponent>
        <NewsComponent>
          <Role FormalName="TweetText" />
          <ContentItem><DataContent><html xmlns="http://www.w3.org/1999/xhtml"><body>
            <p>Harbor Analytics adds two directors #HBR</p>
          </body></html></DataContent></ContentItem>
        </NewsComponent>
      </NewsComponent>
    </NewsComponent>
  </NewsItem>
</NewsML>
"""

NITF_ITEM = """<?xml version="1.0" encoding="UTF-8"?>
<nitf>
  <head>
    <title>Lakeside Foods recalls a batch of soup</title>
    <docdata>
      <date.issue norm="20240829T080000-0400" />
      <key-list><keyword key="recall" /></key-list>
    </docdata>
  </head>
  <body>
    <body.head>
      <hedline><hl1>Lakeside Foods Recalls a Batch of Tomato Soup</hl1></hedline>
      <abstract><p>A short abstract of the recall.</p></abstract>
      <dateline>MADISON, Wis.</dateline>
    </body.head>
    <body.content>
      <p>MADISON, Wis., Aug. 29, 2024 -- Lakeside Foods is recalling one batch of its tomato
      soup after a labelling error.</p>
      <p>No illness has been reported.</p>
    </body.content>
  </body>
</nitf>
"""

NTB_ITEM = """<?xml version="1.0" encoding="UTF-8"?>
<release id="1" lang="no">
    <!--Body text for a release, HTML (both XML- and HTML-encoded)-->
    <body>&lt;p&gt;Salget &amp;oslash;kte med 12 prosent i mars.&lt;/p&gt;
        &lt;p&gt;&lt;strong&gt;Nye butikker&lt;/strong&gt;&lt;/p&gt;
        &lt;p&gt;Kjeden &amp;aring;pner tre nye butikker i mai.&lt;/p&gt;</body>
    <boilerplate>Fjellkjeden driver 40 butikker i Norge.</boilerplate>
    <keywords>handel salg butikker</keywords>
    <leadtext>Fjellkjeden la fram sterke tall for mars.</leadtext>
    <publicationDate>02.04.2024 09:30</publicationDate>
    <title>Sterkt salg for Fjellkjeden i mars</title>
    <contacts>
        <contact id="2">
            <name>Kari Nordmann</name>
            <title>Kommunikasjonssjef</title>
            <phone>+47 900 00 000</phone>
            <email>kari@fjellkjeden.example</email>
            <skype/>
        </contact>
    </contacts>
</release>
"""

TEXT_WIRE_ITEM = (
    "   ZCZC AAP\r\n%MNETALL MFI\r\n$J\r\n:\r\n:Example Council\r\n*X\r\n"
    "Media release: Example Council opens its new central library to the public\r\n\r\n"
    "Wed 6 March 2024\r\n\r\n"
    "The Example Council today opened a new library in the town centre.\r\n\r\n"
    "It holds 40,000 books and a reading room that seats 200 people, the council said.\r\n\r\n"
    "SOURCE: Example Council\r\n\r\nNNNN\r\n"
)

G2_TEXT_ITEM = """<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" standard="NewsML-G2">
  <contentMeta><headline>Northwind Ships Its Ten Millionth Kettle</headline></contentMeta>
  <contentSet>
    <inlineData contenttype="text/plain">BOSTON, May 2, 2024 -- Northwind &amp; Co. shipped its
ten millionth kettle this week, the company said.

The kettle was made in Ohio.</inlineData>
  </contentSet>
</newsItem>
"""

ANPA_ITEM = (
    "\x16\x16\x01a0421 r f BC-Northwind-Kettles 05-02 0112\r\n\x02"
    "Northwind ships its ten millionth kettle from the Ohio plant\r\n\r\n"
    "BOSTON, May 2, 2024 -- Northwind shipped its ten millionth kettle this week, "
    "the company said on Thursday.\r\n\r\n"
    "The kettle was made at the plant in Ohio that opened in 1998.\r\n"
    "\x03\r\nAP-NY-05-02-24 1423EDT\x04\r\n"
)

ITEMS = {
    "newsml-g2": G2_ITEM,
    "newsml-g2-text": G2_TEXT_ITEM,
    "newsml-1.2": NEWSML12_ITEM,
    "nitf": NITF_ITEM,
    "ntbinfo-export": NTB_ITEM,
    "iptc-7901-text": TEXT_WIRE_ITEM,
    "anpa-1312": ANPA_ITEM,
}

# (name, headline, dateline, published, copyright) the item's envelope declares.
EXAMPLES_META = [
    ("newsml-g2", "Brightline Tools Opens Its Denver Plant", None, datetime.date(2023, 4, 12),
     "© 2023 GlobeNewswire, Inc. All rights reserved."),
    ("newsml-g2-text", "Northwind Ships Its Ten Millionth Kettle", None, None, None),
    ("newsml-1.2", "Harbor Analytics Adds Two Directors", "BOSTON", datetime.date(2022, 3, 1),
     "Copyright Business Wire 2022"),
    ("nitf", "Lakeside Foods Recalls a Batch of Tomato Soup", "MADISON, Wis.",
     datetime.date(2024, 8, 29), None),
    ("ntbinfo-export", "Sterkt salg for Fjellkjeden i mars", None, datetime.date(2024, 4, 2), None),
    ("iptc-7901-text", None, None, None, None),
    ("anpa-1312", None, None, None, None),
]


@pytest.mark.parametrize(("name", "headline", "dateline", "published", "notice"), EXAMPLES_META)
def test_feed_meta(
    name: str,
    headline: str | None,
    dateline: str | None,
    published: datetime.date | None,
    notice: str | None,
) -> None:
    document = feed_document(ITEMS[name])
    assert document is not None
    meta = document.meta
    assert (meta.headline, meta.dateline, meta.published, meta.copyright) == (
        headline,
        dateline,
        published,
        notice,
    )


# (name, the blocks' texts in reading order): envelope text gives none.
EXAMPLES_BLOCKS = [
    ("newsml-g2", [
        "© 2023 GlobeNewswire, Inc. All rights reserved.",
        "Brightline Tools Opens Its Denver Plant",
        "DENVER, April 12, 2023 (GLOBE NEWSWIRE) -- Brightline Tools, a maker of hand tools, "
        "today opened its new plant in Denver, adding 120 jobs.",
        "The plant will build the company’s cordless line.",
        "About Brightline Tools Brightline Tools makes hand tools in Colorado.",
        "Media Contact: Jane Roe press@brightline.example",
    ]),
    ("newsml-g2-text", [
        "BOSTON, May 2, 2024 -- Northwind & Co. shipped its ten millionth kettle this week, "
        "the company said.",
        "The kettle was made in Ohio.",
    ]),
    ("newsml-1.2", [
        "Copyright Business Wire 2022",
        "Harbor Analytics Adds Two Directors",
        "Harbor Analytics (NYSE: HBR), a data company, today named two new directors to its board.",
        "Both join the audit committee.",
        "Harbor Analytics Sam Lee ir@harbor.example",
    ]),
    ("nitf", [
        "Lakeside Foods Recalls a Batch of Tomato Soup",
        "MADISON, Wis., Aug. 29, 2024 -- Lakeside Foods is recalling one batch of its tomato soup "
        "after a labelling error.",
        "No illness has been reported.",
    ]),
    ("ntbinfo-export", [
        "Sterkt salg for Fjellkjeden i mars",
        "Fjellkjeden la fram sterke tall for mars.",
        "Salget økte med 12 prosent i mars.",
        "Nye butikker",
        "Kjeden åpner tre nye butikker i mai.",
        "Fjellkjeden driver 40 butikker i Norge.",
        "Kari Nordmann Kommunikasjonssjef +47 900 00 000 kari@fjellkjeden.example",
    ]),
    ("iptc-7901-text", [
        "ZCZC AAP", "%MNETALL MFI", "$J", ":Example Council", "*X",
        "Media release: Example Council opens its new central library to the public",
        "Wed 6 March 2024",
        "The Example Council today opened a new library in the town centre.",
        "It holds 40,000 books and a reading room that seats 200 people, the council said.",
        "SOURCE: Example Council",
        "NNNN",
    ]),
    ("anpa-1312", [
        "Northwind ships its ten millionth kettle from the Ohio plant",
        "BOSTON, May 2, 2024 -- Northwind shipped its ten millionth kettle this week, "
        "the company said on Thursday.",
        "The kettle was made at the plant in Ohio that opened in 1998.",
    ]),
]


@pytest.mark.parametrize(("name", "texts"), EXAMPLES_BLOCKS)
def test_feed_blocks(name: str, texts: list[str]) -> None:
    document = feed_document(ITEMS[name])
    assert document is not None
    assert [block.text for block in document.blocks] == texts


@pytest.mark.parametrize("name", ITEMS)
def test_feed_block_starts_never_go_backwards(name: str) -> None:
    document = feed_document(ITEMS[name])
    assert document is not None
    starts = [block.start for block in document.blocks]
    assert starts == sorted(starts)


# (name, headline, date, a body paragraph, a wire footer line) of the parsed release.
EXAMPLES_RELEASES = [
    ("newsml-g2", "Brightline Tools Opens Its Denver Plant", datetime.date(2023, 4, 12),
     "The plant will build the company’s cordless line.",
     "© 2023 GlobeNewswire, Inc. All rights reserved."),
    ("newsml-g2-text", "Northwind Ships Its Ten Millionth Kettle", datetime.date(2024, 5, 2),
     "The kettle was made in Ohio.", None),
    ("newsml-1.2", "Harbor Analytics Adds Two Directors", datetime.date(2022, 3, 1),
     "Both join the audit committee.", "Copyright Business Wire 2022"),
    ("nitf", "Lakeside Foods Recalls a Batch of Tomato Soup", datetime.date(2024, 8, 29),
     "No illness has been reported.", None),
    ("ntbinfo-export", "Sterkt salg for Fjellkjeden i mars", datetime.date(2024, 4, 2),
     "Kjeden åpner tre nye butikker i mai.", None),
    ("anpa-1312", "Northwind ships its ten millionth kettle from the Ohio plant",
     datetime.date(2024, 5, 2), "The kettle was made at the plant in Ohio that opened in 1998.",
     None),
    ("iptc-7901-text",
     "Media release: Example Council opens its new central library to the public",
     datetime.date(2024, 3, 6),
     "It holds 40,000 books and a reading room that seats 200 people, the council said.", "*X"),
]


@pytest.mark.parametrize(("name", "headline", "date", "paragraph", "footer"), EXAMPLES_RELEASES)
def test_feed_release(
    name: str, headline: str, date: datetime.date | None, paragraph: str, footer: str | None
) -> None:
    release = check_release(ITEMS[name].encode("utf-8"))
    assert release.headline == headline
    assert release.date == date
    assert paragraph in release.body
    if footer is not None:
        assert footer in release.wire_footer


# Envelope words: reported as chrome, or (where a reading-order span passes over
# them) in no section's text at all; never in the release's own sections.
EXAMPLES_ENVELOPE = [
    ("newsml-g2", "Help Desk", {prparse.SectionKind.CHROME}),
    ("newsml-g2", "today opened a plant in...", {prparse.SectionKind.CHROME}),
    ("newsml-1.2", "MA-HARBOR-ANALYTICS", {prparse.SectionKind.CHROME}),
    ("newsml-1.2", "#HBR", {prparse.SectionKind.CHROME}),
    ("nitf", "A short abstract", {prparse.SectionKind.CHROME}),
    ("ntbinfo-export", "handel salg butikker", set()),
]


@pytest.mark.parametrize(("name", "words", "kinds"), EXAMPLES_ENVELOPE)
def test_feed_envelope_is_chrome(name: str, words: str, kinds: set[prparse.SectionKind]) -> None:
    release = prparse.parse(ITEMS[name])
    assert {s.kind for s in release.sections if words in s.text} == kinds


# (name, document, whether it is a feed item, whether it is read as HTML)
EXAMPLES_SNIFF = [
    ("newsml-g2", G2_ITEM, True, True),
    ("g2 without a declaration", G2_ITEM.split("\n", 1)[1], True, True),
    ("newsml-1.2", NEWSML12_ITEM, True, True),
    ("7901 text", TEXT_WIRE_ITEM, True, False),
    ("an HTML page", "<!DOCTYPE html><html><body><p>Text</p></body></html>", False, True),
    ("plain text", "Acme Opens a Plant\n\nDENVER -- Acme opened a plant.\n", False, False),
    ("ZCZC inside a text", "Headline\n\nThe code ZCZC opens a wire message.\n", False, False),
]


@pytest.mark.parametrize(("name", "document", "feed", "as_html"), EXAMPLES_SNIFF)
def test_looks_like_feed(name: str, document: str, feed: bool, as_html: bool) -> None:
    assert (looks_like_feed(document), looks_like_html(document)) == (feed, as_html)


def test_release_root_without_the_exports_marks_is_no_feed() -> None:
    assert feed_document('<?xml version="1.0"?><release><body>Text</body></release>') is None


# (value, date): the date shapes feeds write.
EXAMPLES_DATES = [
    ("20210131T024100+0000", datetime.date(2021, 1, 31)),
    ("2019-12-03T17:00:10+00:00", datetime.date(2019, 12, 3)),
    ("20010714", datetime.date(2001, 7, 14)),
    ("04.03.2019 15:05", datetime.date(2019, 3, 4)),
    ("2019-02-30", None),
    ("Tuesday", None),
]


@pytest.mark.parametrize(("value", "date"), EXAMPLES_DATES)
def test_feed_date(value: str, date: datetime.date | None) -> None:
    assert feed_date(value) == date


# (declared dateline, the item's wire, (city, region, country code, wire)); None: no place.
EXAMPLES_DECLARED_DATELINES = [
    ("GREENWICH, Conn.", "Business Wire", ("Greenwich", "Conn.", "US", "Business Wire")),
    ("TORONTO", "GlobeNewswire", ("Toronto", None, "CA", "GlobeNewswire")),
    ("BOSTON", None, ("Boston", None, "US", None)),
    ("Interactive Brokers lifts all restrictions", "Business Wire", None),
    ("", "Business Wire", None),
]


@pytest.mark.parametrize(("declared", "wire", "expected"), EXAMPLES_DECLARED_DATELINES)
def test_declared_dateline(
    declared: str, wire: str | None, expected: tuple[str | None, ...] | None
) -> None:
    found = declared_dateline(PageMeta(dateline=declared or None, wire=wire))
    if expected is None:
        assert found is None
    else:
        assert found is not None
        assert found.raw == declared
        assert (found.city, found.region, found.country_code, found.wire) == expected


# (name, the wire the item names as its provider)
EXAMPLES_PROVIDERS = [
    ("newsml-g2", "GlobeNewswire"),
    ("newsml-1.2", "Business Wire"),
    ("nitf", None),
    ("ntbinfo-export", None),
]


@pytest.mark.parametrize(("name", "wire"), EXAMPLES_PROVIDERS)
def test_feed_provider_wire(name: str, wire: str | None) -> None:
    document = feed_document(ITEMS[name])
    assert document is not None
    assert document.meta.wire == wire


def test_newsml12_release_takes_the_declared_dateline() -> None:
    release = prparse.parse(NEWSML12_ITEM.replace("<DateLine>BOSTON", "<DateLine>BOSTON, Mass."))
    assert release.dateline is not None
    dateline = release.dateline
    assert (dateline.raw, dateline.city, dateline.date, dateline.wire) == (
        "BOSTON, Mass.",
        "Boston",
        datetime.date(2022, 3, 1),
        "Business Wire",
    )


# Broken and odd feed items, each a shape real feeds take; the invariants hold on all.
EXAMPLES_ODD = [
    ("G2 item cut short", G2_ITEM[: len(G2_ITEM) * 2 // 3]),
    ("NTB export cut short", NTB_ITEM[: len(NTB_ITEM) // 2]),
    ("inlineXML left open", "<newsItem><contentSet><inlineXML><p>Text one<p>Text two"),
    ("empty inlineXML", "<newsItem><contentSet><inlineXML/></contentSet></newsItem>"),
    (
        "inlineXML as CDATA",
        "<newsItem><contentSet><inlineXML><![CDATA[<p>Para &amp; one</p><p>Two</p>]]>"
        "</inlineXML></contentSet></newsItem>",
    ),
    (
        "deeply nested XHTML",
        "<newsItem><contentSet><inlineXML>"
        + "<div>" * 3000
        + "deep text"
        + "</div>" * 3000
        + "</inlineXML></contentSet></newsItem>",
    ),
    (
        "entity bomb in the doctype",
        '<?xml version="1.0"?><!DOCTYPE newsItem [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
        "<newsItem><contentSet><inlineXML><p>&c;</p></inlineXML></contentSet></newsItem>",
    ),
    ("ZCZC alone", "ZCZC\n"),
    ("7901 without NNNN", "ZCZC AAP\n%MNET\n*X\nCouncil opens a library for all\n\nBody text.\n"),
    ("7901 with text after NNNN", TEXT_WIRE_ITEM + "ZCZC AAP\nNext message\nNNNN\n"),
    ("ANPA without ETX", ANPA_ITEM.replace("\x03", "")),
    ("SOH alone", "\x01"),
]


@pytest.mark.parametrize("source", [s for _, s in EXAMPLES_ODD], ids=[n for n, _ in EXAMPLES_ODD])
def test_odd_feed_item_keeps_the_invariants(source: str) -> None:
    check_release(source)
    check_release(source.encode("utf-8"))


def test_declared_boilerplate_and_contact_go_to_the_trailer() -> None:
    release = prparse.parse(NTB_ITEM)
    assert [b.text for b in release.boilerplate] == ["Fjellkjeden driver 40 butikker i Norge."]
    assert [c.emails for c in release.contacts] == [("kari@fjellkjeden.example",)]
    assert "Fjellkjeden driver 40 butikker i Norge." not in release.body


def test_text_after_the_end_of_the_message_is_chrome() -> None:
    release = prparse.parse(TEXT_WIRE_ITEM + "ZCZC AAP\r\nThe next message of the wire\r\nNNNN\r\n")
    holding = {s.kind for s in release.sections if "next message" in s.text}
    assert holding == {prparse.SectionKind.CHROME}


_FLAT_BODY = (
    "\n\n**Acme Opens a Plant in Ohio**\n\n./ContentItem/Format ./ContentItem/MimeType\n\n"
    "Acme Corp. (NYSE: ACME), a maker of widgets, announced today that it opened a plant "
    "in Columbus that will employ 300 people.\n"
)

# NewsML items a crawler flattened to Markdown: the envelope on one run-on line, then the
# text (bw-ibkr-options-restrictions-md's shape; the values are made up).
EXAMPLES_FLATTENED_NEWSML = [
    (
        "Business Wire NewsML 1.2: copyright before the NewsLines, slug after the dateline",
        "20210131T024100+0000 businesswire.com 20010714 20210130005024 1 "
        "urn:newsml:businesswire.com:20010714:20210130005024:1 20210131T024100+0000 "
        "./NewsComponent/DescriptiveMetadata/Language Copyright Business Wire 2021 SF "
        "./NewsComponent/Role Acme Opens a Plant in Ohio COLUMBUS, Ohio CT-ACME-PLANT Acme "
        "opens a plant ./ContentItem/Format",
        ("COLUMBUS, Ohio", "Columbus", "Business Wire", datetime.date(2021, 1, 31)),
    ),
    (
        "GlobeNewswire NewsML 1: no copyright line, the dateline's region a word",
        "20200305T130000Z globenewswire.com 20200305 1985433 1 "
        "urn:newsml:globenewswire.com:20200305:1985433:1 20200305T130000Z "
        "./NewsComponent/Role Acme Opens a Plant in Ohio TORONTO, Ontario "
        "ON-ACME-PLANT ./ContentItem/Format",
        ("TORONTO, Ontario", "Toronto", "GlobeNewswire", datetime.date(2020, 3, 5)),
    ),
]


@pytest.mark.parametrize(("name", "envelope", "expected"), EXAMPLES_FLATTENED_NEWSML)
def test_a_flattened_newsml_envelope_gives_date_and_dateline(
    name: str, envelope: str, expected: tuple[str, str, str, datetime.date]
) -> None:
    release = prparse.parse(envelope + _FLAT_BODY)
    raw, city, wire, date = expected
    assert release.dateline is not None, name
    assert (release.dateline.raw, release.dateline.city) == (raw, city), name
    assert (release.dateline.wire, release.date) == (wire, date), name
    assert release.headline == "Acme Opens a Plant in Ohio", name
    assert not any("ContentItem" in p or "urn:newsml" in p for p in release.body), name
