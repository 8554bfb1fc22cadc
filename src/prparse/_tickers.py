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
_FIRST_EXCHANGE = rf"(?<!/){_EXCHANGE}"  # not inside a link: `x.com/NYSE:ABC`

_SYMBOL = r"""
    [A-Z0-9]                      # a symbol starts with a capital or a digit
    (?:[A-Z0-9]|[.-](?=[A-Z0-9])){0,9}   # BRK.A, ABC.UN, SVM-B: a dot or dash only inside
    (?![\w'’-])                   # and ends at a word end: `NYSE: The` is no listing
"""

_FIRST_LETTERS = re.escape("".join(sorted({alias[0] for alias in _ALIASES})))
_LISTING = re.compile(
    rf"""
    (?=[{_FIRST_LETTERS}])                    # where an exchange's name may start: a cheap test
    (?P<exchanges>
        {_FIRST_EXCHANGE}
        (?:                                   # more exchanges sharing the symbol:
            [ \t]*(?:/|,|&|\band\b)[ \t]*     #   NYSE-A/TSX, NYSE, Nasdaq, NYSE and NASDAQ
            {_EXCHANGE}
        ){{0,3}}
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


@functools.cache
def _one_exchange() -> re.Pattern[str]:
    """One exchange alias, to split a listing's exchanges (compiled on first use: only a
    text with a listing needs it)."""
    return re.compile(_EXCHANGE)


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
    names = [m.group(0) for m in _one_exchange().finditer(match.group("exchanges"))]
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


def find_tickers(text: str) -> list[Ticker]:
    """Exchange listings named in `text`, in order of first mention, each once.

    `(NYSE American: MCRP)` gives `Ticker(exchange="NYSEAMERICAN", symbol="MCRP")`;
    exchange names are normalised to their usual upper-case name.
    """
    seen: set[Ticker] = set()
    found: list[Ticker] = []
    if ":" not in text:
        return found  # every listing has its colon
    for match in _LISTING.finditer(text):
        for ticker in _listing_tickers(match, text):
            if ticker not in seen:
                seen.add(ticker)
                found.append(ticker)
    return found
