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
from prparse._model import Ticker

__all__ = ["find_tickers"]

_ALIASES = aliases_with_case_variants()


_Trie = dict[str, "_Trie"]


def _alias_pattern(aliases: list[str]) -> str:
    """A regex of the aliases, factored by shared prefixes (`NYSE(?:[ \t]+American)?`),
    spaces matching any run of spaces or tabs.

    It tries the aliases in the order an alternation of them longest first would: every
    alias that matches at a position is a prefix of the longest one that does (the case
    counts, and an alias holds no tab), and a node's branches start with different
    characters, so the longer alias is always tried first, the shorter on backtracking.
    The factored pattern is a third shorter, and quicker to compile.
    """
    root: _Trie = {}
    for alias in aliases:
        node = root
        for char in alias:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(root)


def _trie_pattern(node: _Trie) -> str:
    """The pattern of one node of the alias trie: its branches, optional where an alias ends."""
    branches = [
        (r"[ \t]+" if char == " " else re.escape(char)) + _trie_pattern(child)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


_EXCHANGE = rf"(?<![\w&-])(?:{_alias_pattern(list(_ALIASES))})(?![\w&-])"
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
