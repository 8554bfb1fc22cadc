"""Tests for the people of a release (`prparse._people.Registry`): the first mention with a
title wins, a name in full is the fallback, and a pronoun's person is the last named."""

from __future__ import annotations

from prparse._people import Registry

PARAGRAPHS = [
    "Acme Corp. today named Jane Doe its new chief.",  # a name in full, no title
    "The board said the move was planned.",
    "Jane Doe, CEO of Acme, will start in May.",  # the first mention with a title
    "John Smith, CFO of Acme, joins her. Doe thanked him.",
    "Mary Doe, director of sales, also spoke.",  # a later mention of the same surname
]


def test_resolve_prefers_the_first_mention_with_a_title() -> None:
    people = Registry(PARAGRAPHS)
    assert people.resolve("Doe") == "Jane Doe"
    assert people.resolve("Smith") == "John Smith"
    assert people.resolve("Jane Doe") == "Jane Doe"  # a full name stays as written
    assert people.resolve("Nobody") == "Nobody"


def test_a_name_in_full_serves_where_no_mention_has_a_title() -> None:
    people = Registry(["Acme hired Peter Lee last week.", "Lee starts on Monday."])
    assert people.resolve("Lee") == "Peter Lee"
    assert people.resolve("Peter") == "Peter Lee"  # by first name too
    assert people.knows("Lee")
    assert not people.knows("Kim")


def test_title_of_reads_the_first_mention_then_what_a_quotation_gave() -> None:
    people = Registry(PARAGRAPHS)
    assert people.title_of("Jane Doe") == "CEO of Acme"
    people.note_title("Ann Kim", "analyst")
    people.note_title("Jane Doe", "chief")  # a mention's title comes first
    assert people.title_of("Ann Kim") == "analyst"
    assert people.title_of("Jane Doe") == "CEO of Acme"


def test_last_named_is_the_last_mention_in_the_range() -> None:
    people = Registry(PARAGRAPHS)
    assert people.last_named((0, 0), (4, 0)) == "John Smith"
    assert people.last_named((0, 0), (3, 0)) == "Jane Doe"
    assert people.last_named((3, 1), (4, 0)) is None  # John Smith is named at (3, 0)
    assert people.last_named((0, 0), (2, 0)) is None  # no title given before
    assert people.last_named((0, 0), (len(PARAGRAPHS) - 1, 10**6)) == "Mary Doe"


def test_registry_reads_a_surname_from_the_segments_that_hold_it() -> None:
    """A question about one surname reads only that surname's segments of a paragraph, and
    answers as a reading of all its `Name, Title` mentions does."""
    text = "Acme named Jane Doe, CEO of Acme, and John Roe, CFO, to its board."
    people = Registry([text])
    assert people.resolve("Roe") == "John Roe"
    assert people.title_of("Jane Doe") == "CEO of Acme"
    full = Registry([text])
    assert full.last_named((0, 0), (1, 0)) == "John Roe"  # reads every mention
    assert full.title_of("John Roe") == people.title_of("John Roe") == "CFO"
