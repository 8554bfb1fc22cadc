"""Facts: every question a later stage asks of a block, asked once.

Each block gets one frozen `Facts` record: what its own text and markup say
it is (an About heading? a contact line? legal text? a date line? a
dateline? a credit line? page chrome? title-like? prose?). Zones, classify
and extract read these records and call no cue predicate themselves, so a
block's answer to a question is the same wherever it is read, and no
question is asked twice.

The readers behind the answers are small modules of their own (`_cues` for
the vocabularies of `_data/cues.py`, `_dateline`, `_dates`, `_contacts`,
`_disclosures`, `_quotes`); this module only puts their answers together.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import re
from collections.abc import Callable, Sequence
from typing import Generic, TypeVar, overload

from . import _cues as cue
from ._blocks import Block, Hint
from ._contacts import contact_heading, contact_score, names_person
from ._dateline import DatelineMatch, find_dateline
from ._dates import contains_date, find_release_date, first_date, may_hold_full_date
from ._disclosures import disclosure_heading, disclosure_kind
from ._model import DisclosureKind
from ._quotes import parse_attribution

__all__ = ["DatelineMatch", "Facts", "block_facts", "facts_of"]

# A block this short is read whole when a dateline is looked for in it.
_HEAD_CHARS = 600
# A date line states a date and little else.
_DATE_LINE_WORDS = 8
# A credit line under a pull quote is short.
_CREDIT_CHARS = 300
# A closing description of the issuer with no heading: "Acme Corp. is a ...",
# "Acme Corp., a leader in widgets, makes ..." (the About paragraph's first
# sentence, as releases without an About heading still write it).
# A teaser repeats the lead: a paragraph this long, cut off with an ellipsis.
_TEASER_WORDS = 25
_NUMBER = re.compile(r"\d[\d,.]*")
"""A figure: `12`, `(4.5)`, `$1,200`, `12%` count once each; the brackets, currency and
percent signs around its digits add no figure, so they are not matched."""
_QUOTE_MARKS = '"“”„'

# Hint members read for every block or line, bound once: `Hint.X` is looked up through the
# enum's metaclass (some 70 ns a read in Python 3.11, ten times a module global's).
_TABLE_ROW = Hint.TABLE_ROW
_DECLARED_HINTS = (Hint.BOILERPLATE, Hint.CONTACT)


_T = TypeVar("_T")


class _once(Generic[_T]):
    """A fact computed on first read and kept in the record's `__dict__`.

    As `functools.cached_property`, without the lock Python 3.11 takes on every
    first read (a record is read by one thread). It is a non-data descriptor, so
    once stored the value is read from the instance itself; storing it in
    `__dict__` bypasses the frozen dataclass's `__setattr__`, as the standard
    descriptor does.
    """

    def __init__(self, compute: Callable[[Facts], _T]) -> None:
        self._compute = compute
        self._name = compute.__name__
        self.__doc__ = compute.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> _once[_T]: ...

    @overload
    def __get__(self, instance: Facts, owner: type | None = None) -> _T: ...

    def __get__(self, instance: Facts | None, owner: type | None = None) -> _T | _once[_T]:
        if instance is None:
            return self
        value = self._compute(instance)
        instance.__dict__[self._name] = value
        return value


@dataclasses.dataclass(frozen=True)
class Facts:
    """What one block's own text and markup say about it."""

    words: int
    """How many words the block has."""
    declared_trailer: bool
    """The document's markup declares the block boilerplate or a contact (a feed's parts)."""
    sentence: bool
    """The text ends like a sentence."""
    short_heading: bool
    """Reads as a heading: marked as one, or short with no sentence end."""
    separator: bool
    """`###`, `-30-`: the mark that ends a release."""
    wire_footer: bool
    """A line the wire writes around a release (`SOURCE Acme`, `Logo - https://...`)."""
    release_end: bool
    """A wire's closing line (`View original content: ...`)."""
    closing_footer: bool
    """A wire footer line that stands only after the release."""
    chrome: bool
    """Navigation or page furniture."""
    link_list: bool
    """Mostly link texts (a menu, related news)."""
    quoted: bool
    """One quotation from start to end (a pull quote's shape)."""
    opening: DatelineMatch | None
    """The dateline the block opens with, if any (looked for in the first blocks only)."""
    prose: bool
    """Reads as narrative: a dozen words, or a sentence of six."""
    contact_line: bool
    """Short and no sentence: a name, title or company line of a contact card."""
    site_copyright: bool
    """A copyright line with a year (`© 2020 Ente Parco ...`): a page's footer opens so. (Asked
    of every block after the body's first, by the site footer's reading, and cheap: read with
    the block, not on first use, whose reading costs more than the question.)"""
    block: Block = dataclasses.field(repr=False, compare=False)
    """The block the facts are of (the costlier questions are asked of it on first use)."""
    searched: bool = dataclasses.field(repr=False, compare=False)
    """Whether the block layer looked for a dateline at the block's start (the first blocks)."""

    # The costlier questions are asked on first use, once: most blocks are never asked them
    # (a third of the blocks or more, for the first four).

    @_once
    def about(self) -> bool:
        """An `About Acme` heading (strong vocabulary only)."""
        return cue.about_heading(self.block, words=self.words)

    @_once
    def label(self) -> bool:
        """A short label that introduces what follows (`Highlights:`)."""
        return cue.label(self.block, words=self.words)

    @_once
    def contact_heading(self) -> bool:
        """`Media Contact:`, `For more information:`."""
        return contact_heading(self.block.text)

    @_once
    def disclosure_heading(self) -> DisclosureKind | None:
        """The kind of legal text a stand-alone heading line opens."""
        return disclosure_heading(self.block.text)

    @_once
    def trailer_about(self) -> bool:
        """An About heading once in the trailer, where `BACKGROUND` counts too."""
        return cue.about_heading(self.block, in_trailer=True, words=self.words)

    @_once
    def section_heading(self) -> bool:
        """A short heading that titles the paragraphs under it."""
        return cue.section_heading(self.block, words=self.words)

    @_once
    def meta(self) -> bool:
        """`FOR IMMEDIATE RELEASE`, `Press Release`, an embargo line."""
        return cue.meta(self.block)

    @_once
    def closing(self) -> DatelineMatch | None:
        """The place and date the block opens with, as a closing date line reads it (a block
        past the block layer's search is asked only when short enough to be one). Only its
        full date is read: None where no full date can stand."""
        if self.searched or self.words > _DATE_LINE_WORDS:
            return self.opening
        text = self.block.text
        if len(text) <= _HEAD_CHARS and not may_hold_full_date(text):
            return None  # it is read for its full date only, and none can stand here
        return find_dateline(text)

    @_once
    def title_like(self) -> bool:
        """Could be a headline by its length and shape."""
        return cue.title_like(self.block, words=self.words)

    @_once
    def labelled_title(self) -> bool:
        """A title behind a label a portal or feed sets before it (`Press release: Acme ...`)."""
        return cue.title_label_end(self.block.text) > 0

    @_once
    def teaser(self) -> bool:
        """A paragraph cut off with an ellipsis (`... and letting them add ...`): a teaser."""
        return self.words >= _TEASER_WORDS and self.block.text.rstrip().endswith(("...", "…"))

    @_once
    def tabular(self) -> bool:
        """A table row, or a line that is mostly figures."""
        return _tabular(self.block, self.words)

    @_once
    def title_case(self) -> float:
        """Share of its words that start with a capital."""
        return cue.title_case_ratio(self.block.text)

    @_once
    def inline_about(self) -> int:
        """End of an `About Acme:` heading run into its paragraph; 0 if none."""
        return cue.inline_about_heading(self.block)

    @_once
    def caption(self) -> bool:
        """An image or video caption or credit."""
        return cue.caption(self.block)

    @_once
    def credit(self) -> tuple[str, str | None] | None:
        """(name, title) when the block is a pull quote's credit line (`— Jane Doe, CEO`)."""
        return _credit(self.block)

    @_once
    def date_line(self) -> bool:
        """A short line that states a date and little else (or a closing place and date)."""
        return _date_line(self)

    @_once
    def release_date(self) -> _dt.date | None:
        """The release date the block states as a header or footer line does
        (`find_release_date`), asked once for both `date_line` and `stated_date`."""
        return find_release_date(self.block.text)

    @_once
    def stated_date(self) -> _dt.date | None:
        """The release date such a line (or a wire's footer) states."""
        return _stated_date(self)

    @_once
    def contact_score(self) -> float:
        """How much the block reads as contact details (0 to 1)."""
        return contact_score(self.block.text, heading=self.contact_heading)

    @_once
    def names_person(self) -> bool:
        """A contact-like line that names a person or gives an email."""
        return _names_person(self.block, self.words, self.sentence, self.contact_score)

    @_once
    def disclosure(self) -> DisclosureKind | None:
        """The kind of legal text the block's own words are."""
        return disclosure_kind(self.block.text)

    @_once
    def issuer_description(self) -> bool:
        """Opens like a description of the issuer (`Acme Corp. is a ...`), with no quotation."""
        text = self.block.text
        return cue.opens_issuer_description(text) and not any(q in text for q in _QUOTE_MARKS)


def _tabular(block: Block, words: int) -> bool:
    if block.hint is Hint.TABLE_ROW:
        return True
    return len(_NUMBER.findall(block.text)) >= max(2, words // 3)


def _credit(block: Block) -> tuple[str, str | None] | None:
    """A pull quote's credit line: set apart by a dash (`— Jane Doe, CEO`), or by emphasis,
    which the block's markup gives as its hint (`*Jane Doe, CEO*`)."""
    if len(block.text) > _CREDIT_CHARS:
        return None
    text = f"*{block.text}*" if block.hint is Hint.EMPHASIS else block.text
    return parse_attribution(text)


def _names_person(block: Block, words: int, sentence: bool, score: float) -> bool:
    """Whether a short or contact-like block names a person or gives an email."""
    if score <= 0 and (words > 12 or sentence):
        return False
    return names_person(block.line_list)


def _date_line(facts: Facts) -> bool:
    """A date line: a release date, a short line with a date, or a closing place and date
    (its closing place and date looked for last)."""
    block, words = facts.block, facts.words
    if words > _DATE_LINE_WORDS:
        return False
    if facts.release_date is not None or (words <= 7 and contains_date(block.text)):
        return True
    closing = facts.closing
    return (
        closing is not None
        and closing.dateline.date is not None
        and closing.end >= len(block.text.rstrip()) - 2
    )


def _stated_date(facts: Facts) -> _dt.date | None:
    found = facts.release_date
    if found is not None or not facts.date_line:
        return found
    closing = facts.closing
    if closing is not None and closing.dateline.date is not None:
        return closing.dateline.date
    return first_date(facts.block.text)  # a line that states a date and little else


def facts_of(block: Block, opening: DatelineMatch | None, *, searched: bool = True) -> Facts:
    """The facts of one block.

    `opening` is the dateline the block opens with, as the block layer found it;
    `searched` is False for blocks past its search, which are asked here only
    when short enough to be a closing place-and-date line.
    """
    text = block.text
    words = cue.word_count(text)
    sentence = cue.ends_sentence(text)
    wire_footer = cue.wire_footer(block)
    # Made without the frozen dataclass's `__init__`, which sets each field through
    # `object.__setattr__`: a record is made for every block, so its `__dict__` is filled at
    # once. Every field must be given (there are no defaults to fall back on; a test holds
    # `facts_of` to it).
    record = object.__new__(Facts)
    record.__dict__.update(
        words=words,
        declared_trailer=block.hint in _DECLARED_HINTS,
        sentence=sentence,
        short_heading=cue.is_short_heading(block, words=words, sentence=sentence),
        separator=cue.separator(block),
        wire_footer=wire_footer,
        release_end=cue.release_end(block),
        closing_footer=wire_footer and cue.closing_footer(block),  # only a wire footer line is
        chrome=cue.chrome(block, words=words),
        link_list=cue.link_list(block),
        quoted=cue.quoted(text),
        opening=opening,
        prose=block.hint is not _TABLE_ROW and (words >= 12 or (words >= 6 and sentence)),
        contact_line=words <= 12 and not sentence,
        site_copyright=cue.site_copyright(block),
        block=block,
        searched=searched,
    )
    if words > _DATE_LINE_WORDS:  # most blocks: too long for a date line, told at once
        record.__dict__["date_line"] = False
    return record


def block_facts(blocks: Sequence[Block], openings: Sequence[DatelineMatch | None]) -> list[Facts]:
    """The facts of every block, in order; `openings` covers the first blocks only."""
    searched = len(openings)
    return [
        facts_of(block, openings[i] if i < searched else None, searched=i < searched)
        for i, block in enumerate(blocks)
    ]
