"""The facts stage and the cues behind it: tables of real-shaped examples, one per convention.

Each row names where the shape comes from (a dev fixture, a bulk release, or made up
to show the convention); the rules were read over `../shared/bulk` before they were kept.
"""

from __future__ import annotations

import dataclasses
import re

import pytest

import prparse
from prparse._blocks import Block
from prparse._cues import caption, inline_about_heading, link_list, word_count
from prparse._facts import Facts, _date_line, facts_of

EXAMPLES_CAPTIONS = [
    ("a label with a colon", "Photo: Jane Doe, CEO of Acme, at the opening.", True),
    ("a credit", "(Photo courtesy of Acme Corp.)", True),
    ("pictured", "Pictured from left: Jane Doe and John Smith.", True),
    ("German, after an image link a converter left open", "[![Von links nach rechts: A, B", True),
    ("a logo's alt text", "Acme Software logo www.acme.com.", True),
    (
        "prose that opens with `Video`",
        "Video games are a $200 billion industry, and Acme's "
        "platform lets studios ship updates twice as fast.",
        False,
    ),
    (
        "prose that opens with `Credit`",
        "Credit unions across the country are adopting the platform to modernize lending.",
        False,
    ),
    (
        "prose that opens with `Images`",
        "Images from the mission will be released next week.",
        False,
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [pytest.param(*row[1:], id=row[0]) for row in EXAMPLES_CAPTIONS]
)
def test_captions(text: str, expected: bool) -> None:
    assert caption(Block(text=text, start=0, end=len(text))) is expected


def _linked(*links: tuple[str, str]) -> Block:
    """A block of Markdown links reduced to their texts, as the text front end gives it."""
    text = "".join(label for label, _ in links)
    return Block(
        text=text, start=0, end=len(text), urls=tuple(u for _, u in links), link_chars=len(text)
    )


# (where the shape comes from, the block's links as (text, target), a menu?)
EXAMPLES_LINK_LISTS = [
    (
        "direct-pnalm-orso-it-md: a site's menu labels its links with words",
        [("Albo Online", "http://p.example/albo"), ("Privacy", "contenuti.php?id=10")],
        True,
    ),
    (
        "mor-hk-central-asia: the issuer's site and social pages, written out",
        [
            ("https://www.brandhk.gov.hk/", "https://www.brandhk.gov.hk/"),
            ("https://x.com/Brand_HK/", "https://x.com/Brand_HK/"),
            ("https://www.facebook.com/brandhk.isd", "https://www.facebook.com/brandhk.isd"),
        ],
        False,
    ),
    (
        "mor-hk-central-asia (bulk 0623): one video link written out is still a link line",
        [("https://youtu.be/3BHeD0NGioo", "https://youtu.be/3BHeD0NGioo")],
        True,
    ),
]


@pytest.mark.parametrize(
    ("links", "expected"), [pytest.param(*row[1:], id=row[0]) for row in EXAMPLES_LINK_LISTS]
)
def test_written_out_addresses_are_not_a_menu(links: list[tuple[str, str]], expected: bool) -> None:
    assert link_list(_linked(*links)) is expected


_DESCRIPTION = " is a family-owned maker of hockey apparel based in Rockford, Illinois, since 2023."

# (bulk: where the shape was seen, paragraph, heading the crawl ran into it)
EXAMPLES_RUN_IN_ABOUT = [
    (
        "247pr: a sentence opener",
        "About Iron+Steel Threads Founded in 2023 by a family, Iron"
        "+Steel Threads makes apparel for hockey players and fans.",
        "About Iron+Steel Threads",
    ),
    (
        "247pr: an article opens the paragraph",
        "About SUN The Syteline User Network (SUN) is a "
        "non-profit organization of users of the Infor Syteline systems.",
        "About SUN",
    ),
    (
        "247pr: the name again",
        "About Blue Faery Blue Faery's mission is to prevent, treat and "
        "cure primary liver cancer in adults.",
        "About Blue Faery",
    ),
    (
        "247pr: after a corporate suffix",
        "About Concurrency, Inc. Since 1989, Concurrency has "
        "helped clients leverage technology to fulfill their missions.",
        "About Concurrency, Inc.",
    ),
    (
        "247pr: an upper-case heading",
        "ABOUT KEY HOUSING Based in Folsom, California, Key "
        "Housing Connections specializes in corporate housing.",
        "ABOUT KEY HOUSING",
    ),
    ("a sentence that opens with `About`", "About 40 percent of the retailers" + _DESCRIPTION, ""),
]


@pytest.mark.parametrize(
    ("text", "heading"), [pytest.param(*row[1:], id=row[0]) for row in EXAMPLES_RUN_IN_ABOUT]
)
def test_about_heading_run_into_its_paragraph(text: str, heading: str) -> None:
    end = inline_about_heading(Block(text=text, start=0, end=len(text)))
    assert text[:end].strip() == heading


def test_words_of_scripts_written_without_spaces() -> None:
    assert word_count("長崎県五島市の実海水データをもとに") == 8  # 17 characters
    assert word_count("Acme opens an office") == 4


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "Acme",
        "  Acme's Q3-2024 results_final: $1,200.50 (up 12%)!  ",
        "\tFOR IMMEDIATE RELEASE\n--\x1c###\x7f-30-",
        "a_b c__d _ 9",
        "Zürich, 3. März 2021 – Acme",
        "“Acme’s robots—and its people—lead,” said Jane Doe…",
        "Acme®™ • 5°C ©2024 €12 £3 «oui» a\u00a0b\u200ec",
        "“Café” – naïve",
    ],
)
def test_word_count_is_the_count_of_word_runs(text: str) -> None:
    assert word_count(text) == len(re.findall(r"\w+", text))


def test_a_facts_record_holds_every_field() -> None:
    block = Block(text="BOSTON, Dec. 3, 2024 /PRNewswire/ -- Acme", start=0, end=41)
    record = facts_of(block, None)
    assert set(vars(record)) == {field.name for field in dataclasses.fields(Facts)}


@pytest.mark.parametrize(
    "text",
    [
        "Acme today announced the Picker X, a warehouse robot that learns new products.",
        "Tue 13 October 2015",
        "Hamburg, den 02. Dezember 2022",
    ],
)
def test_a_date_line_told_at_once_reads_as_asked(text: str) -> None:
    record = facts_of(Block(text=text, start=0, end=len(text)), None, searched=False)
    assert record.date_line == _date_line(record)


_LEAD = (
    "BOSTON, Dec. 3, 2024 /PRNewswire/ -- Acme Robotics today announced the Picker X, a "
    "warehouse robot that learns new products from a handful of examples.\n\n"
)
_MORE = "The system ships in January to retailers in North America and Europe.\n\n"

# (name, release, the boilerplate's (heading, first words) expected)
EXAMPLES_TRAILER = [
    (
        "direct-laplust-akashio-ja: the company's profile under its name with its legal form "
        "and web address; the paragraph names it without them",
        "# Acme Unveils the Picker X Robot\n\n"
        + _LEAD
        + _MORE
        + "株式会社Acme(アクメ)\n[https://acme.example/](https://acme.example/)\n"
        "Acme develops warehouse robots for retailers in twelve countries and ships "
        "them from Ohio.\n",
        ("株式会社Acme(アクメ)", "https://acme.example/ Acme develops"),
    ),
    (
        "made up (the same convention in English): `Acme Robotics, Inc.` over `Acme Robotics ...`",
        "# Acme Unveils the Picker X Robot\n\n"
        + _LEAD
        + _MORE
        + "Acme Robotics, Inc.\n\nAcme Robotics builds warehouse robots for retailers in "
        "twelve countries and ships them from Ohio.\n",
        ("Acme Robotics, Inc.", "Acme Robotics builds"),
    ),
    (
        "bulk blockchainwire: an About heading a converter ran onto the paragraph before it",
        "# Acme Unveils the Picker X Robot\n\n"
        + _LEAD
        + _MORE
        + "For details visit acme.com.About Acme Robotics\n\nAcme Robotics builds warehouse "
        "robots for retailers in 12 countries.\n",
        ("About Acme Robotics", "Acme Robotics builds"),
    ),
    (
        "edgar-apple: a closing description with no heading, opening with the issuer's name",
        "# Acme Unveils the Picker X Robot\n\n"
        + _LEAD
        + _MORE
        + _MORE.replace("ships", "sells")
        + "Acme Robotics designs warehouse robots that learn new items in minutes, for "
        "retailers across North America and Europe.\n\nPress Contact:\nJane Doe\n"
        "jane@acme.com\n",
        (None, "Acme Robotics designs"),
    ),
    (
        "gnw-brookfield: a heading that names the issuer alone over its description",
        "# Acme Unveils the Picker X Robot\n\n"
        + _LEAD
        + _MORE
        + "Acme Robotics\n\nAcme Robotics operates warehouse robots for retailers in 12 "
        "countries.\n\nContact:\nJane Doe\njane@acme.com\n",
        ("Acme Robotics", "Acme Robotics operates"),
    ),
]


@pytest.mark.parametrize(
    ("source", "expected"), [pytest.param(*row[1:], id=row[0]) for row in EXAMPLES_TRAILER]
)
def test_boilerplate_shapes(source: str, expected: tuple[str | None, str]) -> None:
    release = prparse.parse(source)
    assert len(release.boilerplate) == 1
    about = release.boilerplate[0]
    assert (about.heading, " ".join(about.text.split()[:3])) == expected
    assert all(not p.startswith(expected[1]) for p in release.body)
