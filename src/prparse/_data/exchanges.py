"""Stock exchanges as press releases name them in a listing (`(NYSE: ACME)`).

Schema: `EXCHANGES` maps each exchange's usual upper-case name (the name
`Ticker.exchange` carries, as the corpus gold writes it) to the aliases
releases write before the colon. Aliases are matched case-sensitively as
written here; `aliases_with_case_variants()` adds the all-capitals form of
each (`NYSE American` -> `NYSE AMERICAN`), since headlines are often set in
capitals. A space in an alias matches any run of spaces.

`AMBIGUOUS_ALIASES` are aliases that are also ordinary words or places
(`Frankfurt`, `Tokyo`, `SIX`): they name an exchange only inside a
parenthesis or bracket, as in `(Frankfurt: 1WD)`.

Sources: the listings in the dev corpus gold (`NYSE:KO`, `OTC:TATYY`,
`SWX:EVE`, `NYSEAMERICAN:MCRP`, `TSE:4523`, `TWSE:6472`, `BSE:540565`,
`NSE:INDIGRID`, `CSE:GGC`, `FSE:1WD`) and every `(X: SYMBOL)` shape found
in the 1,528 releases of `shared/bulk/` (e.g. `NASDAQGM`, `NYSE-A`,
`OTCPK`, `FRA`, `FWB`, `CNX`, `Cboe CA`, `NASDAQ/NMS`).
"""

from __future__ import annotations

from typing import Final

EXCHANGES: Final[dict[str, tuple[str, ...]]] = {
    # United States
    "NASDAQ": (
        "NASDAQ", "Nasdaq", "NasdaqGS", "NasdaqGM", "NasdaqCM", "NASDAQGS", "NASDAQGM",
        "NASDAQCM", "NASDAQ/NMS",  # 1990s "National Market System" tier
        "Nasdaq Global Select Market", "Nasdaq Global Select", "Nasdaq Global Market",
        "Nasdaq Capital Market", "Nasdaq National Market", "Nasdaq SmallCap Market",
        "NASDAQ Global Select Market", "NASDAQ Global Market", "NASDAQ Capital Market",
    ),
    "NYSE": ("NYSE", "New York Stock Exchange"),
    "NYSEAMERICAN": (
        "NYSE American", "NYSEAmerican", "NYSE-A", "NYSE MKT", "NYSE Amex", "NYSEAMERICAN",
    ),
    "NYSEARCA": ("NYSE Arca", "NYSEArca", "NYSEARCA"),
    "AMEX": ("AMEX", "American Stock Exchange"),  # the pre-2008 name, kept as written
    "CBOE": ("Cboe", "CBOE", "Cboe BZX", "Cboe CA", "Cboe Canada"),
    # OTC Markets: the two named tiers keep their names, the rest is "OTC"
    "OTCQX": ("OTCQX", "OTC QX"),
    "OTCQB": ("OTCQB", "OTC QB"),
    "OTC": (
        "OTC", "OTC Markets", "OTCMKTS", "OTCM", "OTC Pink", "OTCPK", "OTC PK", "PINK",
        "Pink Sheets", "OTCID", "OTC Expert Market", "OTCBB", "OTC BB",
    ),
    # Canada
    "TSX": ("TSX", "Toronto Stock Exchange"),
    "TSXV": ("TSXV", "TSX-V", "TSX.V", "TSX V", "TSX Venture", "TSX Venture Exchange",
             "TSX-Venture", "CDNX"),
    "CSE": ("CSE", "CNSX", "CNX", "Canadian Securities Exchange"),
    "NEO": ("NEO", "NEO Exchange", "Aequitas NEO"),
    # Europe
    "LSE": ("LSE", "LON", "London Stock Exchange", "AIM"),
    "FSE": ("FSE", "FRA", "FWB", "Frankfurt", "Frankfurt Stock Exchange", "Börse Frankfurt"),
    "XETRA": ("XETRA", "Xetra", "ETR"),
    "SWX": ("SWX", "SIX", "SIX Swiss Exchange"),
    "EURONEXT": (
        "Euronext", "Euronext Paris", "Euronext Brussels", "Euronext Amsterdam",
        "Euronext Lisbon", "Euronext Dublin", "Euronext Oslo", "Euronext Growth",
    ),
    "OSE": ("Oslo Børs", "Oslo Bors"),
    "BIT": ("BIT", "Borsa Italiana"),
    "BME": ("BME",),
    "WSE": ("WSE", "GPW"),
    # Asia-Pacific
    "ASX": ("ASX", "Australian Securities Exchange"),
    "NZX": ("NZX",),
    "TSE": ("TSE", "TYO", "Tokyo", "TOKYO", "Tokyo Stock Exchange"),
    "TWSE": ("TWSE", "TWSE/TPEx"),
    "TPEX": ("TPEx", "TPEX", "GTSM"),
    "HKEX": ("HKEX", "HKSE", "SEHK", "HKG", "Hong Kong Stock Exchange"),
    "SSE": ("SSE", "Shanghai Stock Exchange"),
    "SZSE": ("SZSE", "Shenzhen Stock Exchange"),
    "KRX": ("KRX", "KOSPI"),
    "KOSDAQ": ("KOSDAQ",),
    "SGX": ("SGX", "SGX-ST"),
    "BSE": ("BSE", "Bombay Stock Exchange"),
    "NSE": ("NSE", "National Stock Exchange of India"),
    "IDX": ("IDX",),
    "TASE": ("TASE", "Tel Aviv Stock Exchange"),
    # Africa and Latin America
    "JSE": ("JSE", "Johannesburg Stock Exchange"),
    "BMV": ("BMV", "Mexican Stock Exchange"),
    "B3": ("B3", "BM&FBOVESPA", "BOVESPA", "Bovespa"),
}

AMBIGUOUS_ALIASES: Final[frozenset[str]] = frozenset(
    {"Frankfurt", "Tokyo", "TOKYO", "SIX", "AIM", "LON", "PINK", "Euronext", "NEO", "Cboe",
     "CBOE", "BIT", "ETR", "SSE", "IDX", "B3", "FRA", "HKG", "CNX"}
)
"""Aliases that are also ordinary words, places or other acronyms: parenthesised only."""


def aliases_with_case_variants() -> dict[str, str]:
    """Every alias (and its all-capitals form) mapped to its exchange's usual name."""
    table: dict[str, str] = {}
    for exchange, aliases in EXCHANGES.items():
        for alias in aliases:
            table.setdefault(alias, exchange)
            table.setdefault(alias.upper(), exchange)
    return table
