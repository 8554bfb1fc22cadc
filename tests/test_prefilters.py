"""Prefilters give the reader's own answer: literal and shape prefilters in front of patterns,
the year a dated text needs, a sentence end looked for in the tail, prose told early."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from _contact_reference import LABEL

from prparse import _dateline
from prparse._blocks import Block, Hint
from prparse._contact_details import find_emails, find_links, find_phones, may_hold_details
from prparse._contacts import (
    _DIAL_IN,
    _HEADING_THEN_WORD,
    _PROSE_SHARE,
    _enough_lower,
    _label_count,
    contact_score,
)
from prparse._cues import ends_sentence
from prparse._dates import contains_date, find_release_date, match_date, may_hold_full_date
from prparse._disclosures import _pivoted, _strong, _weak
from prparse._facts import _tabular
from prparse._literals import (
    Gated,
    first_characters,
    longest_first_tree,
    may_contain,
    prefix_tree,
    required_words,
)
from prparse._model import DisclosureKind

_KINDS = re.compile(r"toll[- ]free|dial[- ]in|webcast", re.IGNORECASE)

# (what it shows, text, whether the prefilter lets the pattern run)
EXAMPLES_MAY_CONTAIN = [
    ("a literal in another case", "Join the WEBCAST at 10 a.m.", True),
    ("none of the literals", "Acme Corp. makes widgets for the auto industry.", False),
    ("non-ASCII text is lowered all the same", "Über Acme: die Webcast-Aufzeichnung", True),
    ("curly quotes do not turn the prefilter off", "“Acme makes widgets,” said Jane Doe.",
     False),
    ("the long s folds onto s under IGNORECASE", "Dial-in: 1-800-555-0100 (paſſcode)", True),
    ("the dotless i folds onto i under IGNORECASE", "Dıal in to the call", True),
]


@pytest.mark.parametrize(("why", "text", "expected"), EXAMPLES_MAY_CONTAIN)
def test_may_contain(why: str, text: str, expected: bool) -> None:
    assert may_contain(text, ("toll", "dial", "webcast")) is expected, why


# Blocks as releases write them: the gated patterns answer as the bare ones do.
EXAMPLES_BLOCKS = [
    "Conference call: dial-in 1-877-407-0792 (toll-free), passcode 13745283.",
    "A replay of the WEBCAST will be available for 90 days.",
    "Follow Acme on LinkedIn and Twitter.",
    "Tel.: +49 40 30030-1000 | E-Mail: presse@acme.de",
    "X: @acme | Web: acme.com | Instagram",
    "Hinweis: Mobil erreichbar",
    "Acme Corp. (NASDAQ: ACME) today announced record revenue of $12.4 million.",
    "Toll Brothers, Inc. reported results for the quarter.",
    "Die Telefonkonferenz beginnt um 15:00 Uhr MEZ.",
    "No cue here at all, only narrative prose about widgets and gadgets.",
    "Tel. : 040 123 | Telefax:040 124 | Web site :acme.de | E-Mail:\tx@acme.de",
    "Mobıle: 0171 555",  # a dotless i folds onto the label's i
    "Box: 12, Max.: 3, Twitter/X:",
]


@pytest.mark.parametrize("text", EXAMPLES_BLOCKS)
def test_gated_patterns_answer_as_the_bare_ones(text: str) -> None:
    assert _label_count(text) == len(LABEL.findall(text))
    for gated in (_DIAL_IN, Gated(_KINDS, ("toll", "dial", "webcast"))):
        assert gated.findall(text) == gated.pattern.findall(text)
        assert bool(gated.search(text)) is bool(gated.pattern.search(text))


# (text, emails, phones, links): the finders' shape prefilters keep every detail
EXAMPLES_DETAILS = [
    ("Jane Doe, jane.doe@acme.com, +1 (212) 555-0100", ["jane.doe@acme.com"],
     ["+1 (212) 555-0100"], []),
    ("media[at]acme[dot]com or 1-800-AHA-USA1", ["media[at]acme[dot]com"], ["1-800-AHA-USA1"],
     []),
    ("Visit https://www.acme.com/news or heart.org.", [], [], ["https://www.acme.com/news",
                                                               "heart.org"]),
    ("Revenue rose 12% to $4.2 million in 2024.", [], [], []),
    ("Follow @AcmeCorp and @acme.news; write to ir@acme.com, tel. 555-0100 x12", ["ir@acme.com"],
     ["555-0100"], []),
    ("Follow us @ the show or on X @AcmeCorp.", [], [], []),
    # addresses in words side by side, glued or cut by `|`: each found as in its word alone
    ("Sites: heart.org www.acme.com/x, http://a.io/bhttp://b.org|acme.de end.", [], [],
     ["heart.org", "www.acme.com/x,", "http://a.io/b", "http://b.org", "acme.de"]),
    ("An address after 70 characters of handles: @a @b @c @d @e @f @g @h @i @j @k @l @m "
     "jane_doe@acme-corp.com", ["jane_doe@acme-corp.com"], [], []),
]


@pytest.mark.parametrize(("text", "emails", "phones", "links"), EXAMPLES_DETAILS)
def test_detail_finders(text: str, emails: list[str], phones: list[str], links: list[str]) -> None:
    assert find_emails(text) == emails
    assert find_phones(text) == phones
    assert find_links(text) == links


@pytest.mark.parametrize(("text", "emails", "phones", "links"), EXAMPLES_DETAILS)
def test_detail_shapes_let_every_detail_through(
    text: str, emails: list[str], phones: list[str], links: list[str]
) -> None:
    if emails or phones or links:
        assert may_hold_details(text)


def test_text_without_a_detail_shape_is_not_scanned() -> None:
    assert not may_hold_details("Acme Corp. makes widgets for the auto industry (and more).")


@pytest.mark.parametrize("text", [*EXAMPLES_BLOCKS, *(e[0] for e in EXAMPLES_DETAILS),
                                  "Press Contacts Fujitsu", "Twitter", "Call 2024-25 12:30"])
def test_a_block_holding_nothing_scores_zero(text: str) -> None:
    if not (_HEADING_THEN_WORD.match(text) or may_hold_details(text) or _label_count(text)):
        assert not (find_emails(text) or find_phones(text) or find_links(text))
        assert _label_count(text) == 0
        assert contact_score(text, heading=False) == 0.0


# (address as found, the address without the words glued before it)
EXAMPLES_GLUED_WORDS = [
    ("Mediajane@acme.com", "jane@acme.com"),  # the longest word that names no one
    ("Investorir@acme.com", "ir@acme.com"),
    ("Tel@acme.com", "Tel@acme.com"),  # no address is left after the word
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES_GLUED_WORDS)
def test_words_glued_before_an_address(text: str, expected: str) -> None:
    assert find_emails(text) == [expected]


# (regex fragments, the words a prefilter looks for; None: no prefilter)
EXAMPLES_REQUIRED_WORDS = [
    (("first appeared on",), ("appeared",)),
    (("corrige et remplace|ersetzt die (?:pressemitteilung|meldung)",), ("remplace", "ersetzt")),
    ((r"Republication or redistribution of .{0,60}content is expressly prohibited",),
     ("redistribution",)),
    ((r"\bphotos?\s+courtesy",), ("courtesy",)),
    (("Für den Inhalt der (?:Pressemitteilung|Mitteilung) ist",), ("inhalt",)),
    (("a?bcd", "x{2,3}yyy"), ("bcd", "yyy")),
    ((r"\b(?:photo|image)s?\s+by\b",), ("photo", "image")),  # one of the group's words
    (("ab[cd]efg*",), None),  # `g` may be missing, `ef` is too short
    (("(?x) toll # free",), None),
]


@pytest.mark.parametrize(("fragments", "expected"), EXAMPLES_REQUIRED_WORDS)
def test_required_words(fragments: tuple[str, ...], expected: tuple[str, ...] | None) -> None:
    assert required_words(fragments) == expected


# Groups: every alternative of a group holds a word (`photo`, `video`), so one of them stands.
EXAMPLES_GROUP_WORDS = [
    ((r"\b(?:photo|image|picture|video)s?\s+(?:by|courtesy|credit)\b",),
     ("photo", "image", "picture", "video")),
    (("(?:trade ?marks?|service marks?) of",), ("trade", "service")),
    ((r"(?:is|are) (?:registered )?of",), None),  # `is`, `are`, `of`: too short
    ((r"(?:photo|video)? courtesy",), ("courtesy",)),
    ((r"(?=photo)\w+",), None),  # a lookahead is not read
]


@pytest.mark.parametrize(("fragments", "expected"), EXAMPLES_GROUP_WORDS)
def test_required_words_in_groups(fragments: tuple[str, ...],
                                  expected: tuple[str, ...] | None) -> None:
    assert required_words(fragments) == expected


# (regex fragments, the characters every match starts with; None: not told)
EXAMPLES_FIRST_CHARACTERS = [
    (("safe harbou?r", "Private Securities"), "Ps"),
    (("(?:is|are) (?:a )?trade ?marks? of",), "ai"),
    (("(?:not|neither) (?:an )?offer", "solicitation"), "ns"),
    (("(?:place|put)? undue reliance",), None),  # the group may be missing
    ((r"\bphotos? by",), None),  # an escape first
    (("[Pp]hoto",), None),  # a class first
    (("a?bc",), "ab"),  # an optional first character: the next one may start a match
    (("(?:news |social )?media",), "mns"),  # an optional group, then what follows it
    ((r"investor\ relations",), "i"),
    (("a{0,2}b",), None),  # a bounded repeat may be none
    (("a?",), None),  # a match may be empty
    (("(?i:abc)",), None),  # a flag group
]


@pytest.mark.parametrize(("fragments", "expected"), EXAMPLES_FIRST_CHARACTERS)
def test_first_characters(fragments: tuple[str, ...], expected: str | None) -> None:
    assert first_characters(fragments) == expected


EXAMPLES_LEGAL = [
    "This press release contains forward-looking statements within the meaning of the "
    "Private Securities Litigation Reform Act of 1995. Actual results could differ materially.",
    "Acme and the Acme logo are registered trademarks of Acme Corp. All other marks are the "
    "property of their respective owners.",
    "This announcement does not constitute an offer to sell or the solicitation of an offer "
    "to buy any securities in the United States.",
    "“We are proud of the market’s response,” said Jane Doe, adding that the offer stands.",
]


@pytest.mark.parametrize("text", EXAMPLES_LEGAL)
def test_legal_cues_behind_their_first_characters_match_as_before(text: str) -> None:
    patterns = [cues(kind) for kind in DisclosureKind for cues in (_strong, _weak)]
    for pattern in patterns:
        bare = re.compile(re.sub(r"^\(\?=\[[^\]]*\]\)", "", pattern.pattern), pattern.flags)
        assert [m.span() for m in pattern.finditer(text)] == [
            m.span() for m in bare.finditer(text)
        ]


# (names, texts): the prefix tree matches where the plain alternation does, in any case.
EXAMPLES_PREFIX_TREE = [
    (("sep", "sept", "september", "mar", "march", "März"),
     ("September 5", "Sept. 5", "sep 5", "MARCH 11", "März 3", "Marc 3", "Mai 3", "se 1")),
    (("Mon", "Monday", "Montag", "lun", "lunes", "lundi"),
     ("Monday, Dec 9", "MONTAG 3", "lundi 16", "Montreal", "lu 4")),
]


@pytest.mark.parametrize(("names", "texts"), EXAMPLES_PREFIX_TREE)
def test_prefix_tree_matches_as_the_alternation(names: tuple[str, ...],
                                               texts: tuple[str, ...]) -> None:
    tree = re.compile(rf"(?i:{prefix_tree(names)})\.?\s*\d")
    plain = re.compile(rf"(?i:{'|'.join(map(re.escape, names))})\.?\s*\d")
    for text in texts:
        assert bool(tree.match(text)) is bool(plain.match(text)), text
    assert all(re.fullmatch(prefix_tree(names), name) for name in names)


# (names, space, flags, texts): the factored names match where, and as far as, the
# alternation of them longest first does, whatever follows them must hold.
EXAMPLES_LONGEST_FIRST = [
    (("NYSE", "NYSE American", "NYSE Arca", "NYSEAmerican", "Nasdaq", "Nasdaq Global Market",
      "Nasdaq Global Select Market"), r"[ \t]+", 0,
     ("(NYSE American: X)", "NYSE  Arca:Y", "NYSE\tAmerican Z", "Nasdaq Global: Q",
      "Nasdaq Global Select Market: P", "NYSEAmericanX: Z", "nyse: A")),
    (("said", "sa", "says", "according to", "ha dichiarato", "erklärte"), r"\s+",
     re.IGNORECASE,
     ("He said so", "SAID", "saidx sa", "according  to her", "ACCORDING\nTO", "Erklärte",
      "ha  dichiarato", "she says: sa")),
]


@pytest.mark.parametrize(("names", "space", "flags", "texts"), EXAMPLES_LONGEST_FIRST)
def test_longest_first_tree_matches_as_the_longest_first_alternation(
    names: tuple[str, ...], space: str, flags: int, texts: tuple[str, ...]
) -> None:
    ordered = sorted(names, key=len, reverse=True)
    plain = "|".join(re.escape(name).replace(r"\ ", space) for name in ordered)
    for tail in (r"(?![\w&-])", r"[ \t]*:", ""):
        tree = re.compile(rf"(?:{longest_first_tree(names, space)}){tail}", flags)
        alternation = re.compile(rf"(?:{plain}){tail}", flags)
        for text in texts:
            assert [m.span() for m in tree.finditer(text)] == [
                m.span() for m in alternation.finditer(text)
            ], text


# Texts that are (True) or are not (False) a date where a dateline's place may start.
EXAMPLES_NOT_PLACE = [
    ("June 11", True), ("Tue 13 October", True), ("Tuesday Dec 9", True), ("Mon, 4", True),
    ("March Madness", False), ("Tuesday Dec9", False), ("Mars", False), ("Monday Night", False),
    ("Tuesday, March", True), ("Dec. 9", True), ("May5", True), ("Monaco", False),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES_NOT_PLACE)
def test_not_place_word_names_the_months_once_and_reads_as_both_branches(
    text: str, expected: bool
) -> None:
    months, weekdays = _dateline._MONTH_NAMES, _dateline._WEEKDAY_NAMES
    both = rf"(?:{months})\.?\s*\d|(?:{weekdays})[.,]?\s*(?:\d|(?:{months})\b)"
    once = re.compile(rf"(?i:{_dateline._NOT_PLACE_WORD})")
    assert bool(once.match(text)) is bool(re.match(rf"(?i:{both})", text)) is expected


# (text, its release date): a year is what every dated line holds, in any shape.
EXAMPLES_RELEASE_DATES = [
    ("Tue 13 October 2015", dt.date(2015, 10, 13)),
    ("For Immediate Release: Nov. 22, 2024", dt.date(2024, 11, 22)),
    ("Published: 2024-01-05", dt.date(2024, 1, 5)),
    ("05.01.2024", dt.date(2024, 1, 5)),
    ("2021年3月3日", dt.date(2021, 3, 3)),
    ("-0- 07/22/2004", dt.date(2004, 7, 22)),  # Business Wire's footer date
    ("July 22", None),  # no year: no release date
    ("Revenue rose 12% to $4.2 million", None),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES_RELEASE_DATES)
def test_release_date_lines(text: str, expected: dt.date | None) -> None:
    assert find_release_date(text) == expected


# Lines with a full date (every shape `match_date` reads), and lines with none.
EXAMPLES_FULL_DATES = [
    "Hamburg, 2. November 2021", "Rome, 14 Gennaio 20)", "2021年3月3日", "2024-01-05",
    "05.01.2024", "Pescasseroli, 14 gennaio 2020", "HELSINKI, 3. maaliskuuta 2021 –",
]


@pytest.mark.parametrize("text", EXAMPLES_FULL_DATES)
def test_full_dates_hold_their_year(text: str) -> None:
    starts = range(len(text))
    assert any((found := match_date(text, at, fallback=True)) and found.date for at in starts)
    assert may_hold_full_date(text)


@pytest.mark.parametrize("text", ["Media Contact:", "July 22nd, at noon", "Suite 100, Boston"])
def test_no_full_date_without_a_year(text: str) -> None:
    assert not may_hold_full_date(text)
    assert not any((found := match_date(text, at)) and found.date for at in range(len(text)))


@pytest.mark.parametrize(("text", "expected"), [
    ("The plant opened on March 5, 2019 in Ohio.", True),
    ("The plant opened on March 5 in Ohio.", False),
    ("Founded in 1998, Acme employs 5,000 people.", False),  # a year alone is no date
])
def test_contains_date(text: str, expected: bool) -> None:
    assert contains_date(text) is expected


# (text, whether it ends like a sentence): only the tail is looked at.
EXAMPLES_SENTENCE_ENDS = [
    ("Acme makes widgets.", True),
    ("Acme makes widgets.\n", True),
    ('"We are proud," said Jane Doe.”', True),
    ("Acme makes widgets!)", True),
    ("About Acme Corp.", False),  # a company's abbreviation
    ("Hamburg, Acme GmbH.\n", False),
    ("Media Contact", False),
    (".", True),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES_SENTENCE_ENDS)
def test_ends_sentence(text: str, expected: bool) -> None:
    assert ends_sentence(text) is expected


@pytest.mark.parametrize("count", [10, 11, 19, 20, 21, 40, 99, 100, 101, 333, 1000])
def test_enough_lower_is_the_fewest_that_read_as_prose(count: int) -> None:
    fewest = min(k for k in range(count + 1) if k / count >= _PROSE_SHARE)
    assert _enough_lower(count) == fewest


# (row text, words, whether it reads as a table row): figures counted once each.
EXAMPLES_TABULAR = [
    ("Revenue (4.5) $1,200 12%", 4, True),
    ("Net income 12.4 10.1 8.7 (2.3)", 6, True),
    ("Acme was founded in 1998 and employs 5,000 people in 12 countries.", 12, False),
]


@pytest.mark.parametrize(("text", "words", "expected"), EXAMPLES_TABULAR)
def test_tabular(text: str, words: int, expected: bool) -> None:
    block = Block(text=text, hint=Hint.PARAGRAPH, start=0, end=len(text))
    assert _tabular(block, words) is expected


# (what it shows, text, whether a word of `PIVOT_WORDS` stands in it)
PIVOT_WORDS = ("safe", "forward", "27a", "mark", "market abuse", "undue reliance")
EXAMPLES_PIVOTED = [
    ("a word led by its rarest letter, checked behind", "a safe harbor", True),
    ("the letters behind it differ", "a sofe harbor", False),
    ("a word inside a longer one", "trademarks of acme", True),
    ("a word with a space", "to place undue reliance on", True),
    ("a digit as the rarest character", "section 27a of the act", True),
    ("the rarest character at the text's start", "ket abuse", False),
    ("none of the words", "acme makes widgets", False),
]


@pytest.mark.parametrize(("what", "text", "expected"), EXAMPLES_PIVOTED)
def test_pivoted_matches_where_a_word_stands(what: str, text: str, expected: bool) -> None:
    pattern = re.compile(_pivoted(PIVOT_WORDS))
    assert (pattern.search(text) is not None) is expected, what
    assert (pattern.search(text) is not None) is any(w in text for w in PIVOT_WORDS)
