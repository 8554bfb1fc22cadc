"""Exchange listings named in a release: `(NASDAQ: ABCD)` -> `NASDAQ:ABCD`.

A listing is an exchange alias (from `_data.exchanges`), a colon and one
or more symbols. The vocabulary of exchanges is closed, so ordinary
`Word: Text` pairs (`NOTE: The`, `Q3: Revenue`, `10:30`) never match.
Shapes covered, all seen in real releases:

    (NYSE: ACME)  (NYSE:KO)  ( Nasdaq: AGNC )  NASDAQ:MNST
    (TSX: ACM, NYSE: ACME)  [BSE: 540565 | NSE: INDIGRID]  (TWSE: 6472; OTCQB: BORAY)
    (NYSE, Nasdaq: VZ)  NYSE and NASDAQ: X  (NYSE-A/TSX: SVM)   several exchanges, one symbol
    (NASDAQ: NXPL, NXPLW)  (Nasdaq: ROCL; ROCLU and ROCLW)       one exchange, several symbols
    (NASDAQ/NMS:ROAC)  (NASDAQ Global Select Market: PGC)        market tiers
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from prparse._data.exchanges import AMBIGUOUS_ALIASES, aliases_with_case_variants
from prparse._literals import longest_first_tree
from prparse._model import Ticker

__all__ = ["find_tickers"]

_ALIASES = aliases_with_case_variants()


_ALIAS_TREE = longest_first_tree(_ALIASES, r"[ \t]+")
"""The aliases, matched with their case, spaces as any run of spaces or tabs: a factored
pattern, tried longest first as the alternation of them sorted by length would be."""
_EXCHANGE = rf"(?<![\w&-])(?:{_ALIAS_TREE})(?![\w&-])"

_SYMBOL = r"""
    [A-Z0-9]                      # a symbol starts with a capital or a digit
    (?:[A-Z0-9]|[.-](?=[A-Z0-9])){0,9}   # BRK.A, ABC.UN, SVM-B: a dot or dash only inside
    (?![\w'’-])                   # and ends at a word end: `NYSE: The` is no listing
"""

_FIRST_LETTERS = re.escape("".join(sorted({alias[0] for alias in _ALIASES})))
# The aliases stand once in the pattern: a separator is taken only before another name's
# first letter, so a run of names that no colon follows backs off to where one may.
_LISTING = re.compile(
    rf"""
    (?=[{_FIRST_LETTERS}])                    # where an exchange's name may start: a cheap test
    (?<![\w&/-])                              # at a word's start, not inside a link: `x.com/NYSE`
    (?P<exchanges>
        (?:
            {_EXCHANGE}
            (?:[ \t]*(?:/|,|&|\band\b)[ \t]*     # more exchanges sharing the symbol:
               (?=[{_FIRST_LETTERS}]))?       #   NYSE-A/TSX, NYSE, Nasdaq, NYSE and NASDAQ
        ){{1,4}}
    )
    [ \t]*:[ \t]*                             # the colon, spaced or not
    (?P<symbol>{_SYMBOL})
    (?P<more>                                 # more symbols on the same exchange, only in a
        (?:[ \t]*(?:,|;|&|\band\b)[ \t]*{_SYMBOL}(?![ \t]*:)){{1,4}}  # parenthesis that
        (?=[ \t]*[)\]])                       # closes right after them: (NASDAQ: A, AW)
    )?
    """,
    re.VERBOSE,
)

_BY_FIRST: dict[str, list[list[str]]] = {}
"""The aliases by their first character, each as its words, the longest alias first."""
for _alias in sorted(_ALIASES, key=len, reverse=True):
    _BY_FIRST.setdefault(_alias[0], []).append(_alias.split(" "))
_SPACE = " \t"
_NAMES_MEMO = 1024
"""Exchange runs whose aliases are remembered: releases write the same few (`NYSE`, `Nasdaq`,
`TSXV`) again and again. (A memo of 1024 or more is one `benchmarks/bench.py` clears before
each timed parse, so no document is timed on another's answers.)"""


def _joins_word(char: str) -> bool:
    """Whether `char` runs on a word next to it (`[\\w&-]`): no alias starts or ends there."""
    return char.isalnum() or char in "_&-"


def _alias_end(text: str, start: int, words: list[str]) -> int | None:
    """Where the alias of these words ends if it is written at `start` (a space as any run
    of spaces or tabs), else None."""
    at = start
    for index, word in enumerate(words):
        if index:
            run = at
            while at < len(text) and text[at] in _SPACE:
                at += 1
            if at == run:
                return None
        if not text.startswith(word, at):
            return None
        at += len(word)
    return at


def _exchange_at(text: str, start: int) -> int | None:
    """Where the longest alias written as a whole word at `start` ends, else None."""
    if start and _joins_word(text[start - 1]):
        return None
    for words in _BY_FIRST.get(text[start], ()):
        if not text.startswith(words[0], start):
            continue  # the common case, told without a call
        end = _alias_end(text, start, words)
        if end is not None and not (end < len(text) and _joins_word(text[end])):
            return end
    return None


@functools.lru_cache(maxsize=_NAMES_MEMO)
def _exchange_names(exchanges: str) -> tuple[str, ...]:
    """The aliases of a listing's exchanges (`NYSE-A/TSX` -> `NYSE-A`, `TSX`), read left to
    right, the longest at each place, as a search for any alias as a whole word finds them."""
    names: list[str] = []
    at = 0
    while at < len(exchanges):
        end = _exchange_at(exchanges, at)
        if end is None:
            at += 1
        else:
            names.append(exchanges[at:end])
            at = end
    return tuple(names)


_ONE_SYMBOL = re.compile(_SYMBOL, re.VERBOSE)
_OPENERS = "([{"
_CLOSERS = ")]}"


def _inside_brackets(text: str, position: int) -> bool:
    """Whether `position` is inside an open parenthesis or bracket on its line."""
    depth = 0
    line_start = text.rfind("\n", 0, position) + 1
    for char in reversed(text[max(line_start, position - 200) : position]):
        if char in _CLOSERS:
            depth -= 1
        elif char in _OPENERS:
            depth += 1
            if depth > 0:
                return True
    return False


def _listing_tickers(match: re.Match[str], text: str) -> Iterator[Ticker]:
    """The tickers of one listing match: every exchange with every symbol."""
    names = _exchange_names(match.group("exchanges"))
    symbols = [match.group("symbol")]
    symbols += [m.group(0) for m in _ONE_SYMBOL.finditer(match.group("more") or "")]
    bracketed = _inside_brackets(text, match.start())
    for name in names:
        if name in AMBIGUOUS_ALIASES and not bracketed and not _has_digit(symbols[0]):
            continue
        exchange = _ALIASES[" ".join(name.split())]
        for symbol in symbols:
            yield Ticker(exchange=exchange, symbol=symbol)


def _has_digit(symbol: str) -> bool:
    """Whether a symbol holds a digit (Asian and Frankfurt codes: `4523`, `1WD`)."""
    return any(char.isdigit() for char in symbol)


_ALIAS_ENDS: dict[str, tuple[str, ...]] = {}
"""The aliases by their last character: a colon's text is compared with those that end as
it does, not with every alias."""
for _alias in _ALIASES:
    _ALIAS_ENDS[_alias[-1]] = (*_ALIAS_ENDS.get(_alias[-1], ()), _alias)
_LONGEST_ALIAS = max(map(len, _ALIASES))


def _may_hold_listing(text: str) -> bool:
    """False only when no colon of the text follows an exchange's name (`NYSE:`, `Nasdaq :`),
    as every listing's does: most colons (`Contact:`, `10:30`) are told by a `str.endswith`,
    not a scan of the text for a listing."""
    colon = text.find(":")
    while colon >= 0:
        end = colon
        while end and text[end - 1] in _SPACE:
            end -= 1
        before = text[max(0, end - _LONGEST_ALIAS) : end]
        # A name written with a run of spaces or a tab (`NYSE\tAmerican`) is left to the scan.
        if before.endswith(_ALIAS_ENDS.get(before[-1:], ())) or "  " in before or "\t" in before:
            return True
        colon = text.find(":", colon + 1)
    return False


def find_tickers(text: str) -> list[Ticker]:
    """Exchange listings named in `text`, in order of first mention, each once.

    `(NYSE American: MCRP)` gives `Ticker(exchange="NYSEAMERICAN", symbol="MCRP")`;
    exchange names are normalised to their usual upper-case name.
    """
    seen: set[Ticker] = set()
    found: list[Ticker] = []
    if not _may_hold_listing(text):
        return found
    for match in _LISTING.finditer(text):
        for ticker in _listing_tickers(match, text):
            if ticker not in seen:
                seen.add(ticker)
                found.append(ticker)
    return found
