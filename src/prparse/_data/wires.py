"""The newswires, as data: each wire's usual name and the markers it prints.

Schema: `WIRES` is a tuple of `Wire` rows, tried in order (a more specific
marker before a more general one: `/PRNewswire-PRWeb/` before
`/PRNewswire/`). Each marker is a regular-expression fragment matched
case-insensitively where a dateline token may start; a marker that opens a
parenthesis holding the date (`(Newsfile Corp. - July 27, 2020)`) ends
before the date, whose pattern closes the parenthesis. `anywhere` says the
markers are distinctive enough to find a dateline in the middle of a text
(`/PRNewswire/`), not only at its start (`--News Direct--`).

Sources: the datelines of the dev corpus and the bulk sample, and each
wire's published style (PR Newswire, Business Wire, GlobeNewswire, CNW,
Newsfile, ACCESSWIRE / ACCESS Newswire, EIN Presswire, JCN Newswire, Media
OutReach, Kyodo JBN, PRWeb, Marketwired, news aktuell ots, APA-OTS).
"""

from __future__ import annotations

from typing import Final, NamedTuple

__all__ = ["WIRES", "Wire"]


class Wire(NamedTuple):
    """One distributor and the markers its datelines carry."""

    name: str
    """The wire's usual name, as `Dateline.wire` gives it."""
    markers: tuple[str, ...]
    """Regex fragments, one per way the wire writes itself in a dateline."""
    anywhere: bool = True
    """True when a marker may anchor a dateline found mid-text."""


_OPEN = r"[/(]\s*"  # a marker between slashes or parentheses
_CLOSE = r"\s*[/)]"

WIRES: Final[tuple[Wire, ...]] = (
    Wire(
        "PRWeb",
        (
            rf"{_OPEN}PRNewswire-PRWeb{_CLOSE}",  # `/PRNewswire-PRWeb/` (PRWeb through PRN)
            rf"{_OPEN}PRWeb{_CLOSE}",  # `(PRWEB)`, `/PRWeb/`
        ),
    ),
    Wire(
        "PR Newswire",
        (
            # `/PRNewswire/`, `/PRNewswire-AsiaNet/`, `/PRNewswire-FirstCall/`,
            # `/PRNewswire-HISPANIC PR WIRE/`, `(ANI/PRNewswire)`, `/ PRNewswire /`
            rf"{_OPEN}(?:[A-Z]{{2,8}}/)?PR\s?Newswire(?:-[A-Za-z][\w .&]{{0,30}})?{_CLOSE}",
        ),
    ),
    Wire(
        "Business Wire",
        (
            # `--(BUSINESS WIRE)--`, `(Business Wire India)`
            r"\(\s*BUSINESS\s?WIRE(?:\s+India)?\s*\)",
        ),
    ),
    Wire(
        "GlobeNewswire",
        (
            rf"{_OPEN}GLOBE\s?NEWSWIRE{_CLOSE}",  # `(GLOBE NEWSWIRE)`
        ),
    ),
    Wire(
        "EIN Presswire",
        (
            rf"{_OPEN}EIN\s?Presswire(?:\.com)?{_CLOSE}",  # `/EINPresswire.com/`
        ),
    ),
    Wire(
        "ACCESSWIRE",
        (
            rf"{_OPEN}ACCESS\s?WIRE{_CLOSE}",  # `/ ACCESSWIRE /`
            rf"{_OPEN}ACCESS\s+Newswire{_CLOSE}",  # `/ ACCESS Newswire /` (its name since 2025)
        ),
    ),
    Wire(
        "Newsfile",
        (
            r"\(\s*Newsfile\s+Corp\.?\s*[-–—]\s*",  # `(Newsfile Corp. - July 27, 2020)`
            rf"{_OPEN}Newsfile(?:\s+Corp\.?)?{_CLOSE}",
        ),
    ),
    Wire(
        "Marketwired",
        (
            r"\(\s*Marketwired?\s*[-–—]\s*",  # `(Marketwired - Jan. 5, 2016)`, `(Marketwire - ...)`
            rf"{_OPEN}Marketwired?{_CLOSE}",  # `/Marketwired/`
        ),
    ),
    Wire(
        "CNW",
        (
            rf"{_OPEN}CNW(?:\s+Telbec)?{_CLOSE}",  # `/CNW/`, `/CNW Telbec/`
            rf"{_OPEN}Canada\s+NewsWire{_CLOSE}",  # `/Canada NewsWire/`
        ),
    ),
    Wire("JCN Newswire", (rf"{_OPEN}JCN\s+Newswire{_CLOSE}",)),  # `- (JCN Newswire) -`
    Wire("ACN Newswire", (rf"{_OPEN}ACN\s+Newswire{_CLOSE}",)),  # JCN's sister wire
    Wire("Kyodo JBN", (rf"{_OPEN}Kyodo\s+JBN{_CLOSE}",)),  # `/Kyodo JBN/`
    Wire(
        "Media OutReach Newswire",
        (
            r"Media\s+OutReach(?:\s+Newswire)?(?=\s*[-–—/])",  # `- Media OutReach Newswire -`
        ),
    ),
    Wire("24-7 Press Release", (rf"{_OPEN}24-7\s?Press\s?Release{_CLOSE}",)),
    Wire("NewMediaWire", (rf"{_OPEN}NewMediaWire{_CLOSE}",)),  # `(NewMediaWire) - date -`
    Wire("Noticias Newswire", (rf"{_OPEN}NOTICIAS\s+NEWSWIRE{_CLOSE}",)),
    Wire(
        "News Direct",
        (
            r"News\s+Direct(?=\s*--)",  # `--News Direct--`
            rf"{_OPEN}News\s?Direct{_CLOSE}",  # `NEW YORK, NY / NewsDirect / July 11th, 2024 /`
        ),
        anywhere=False,
    ),
    Wire(
        "PRISM MediaWire",
        (
            # `– PRISM MediaWire (Press Release Service – Press Release Distribution) –`
            r"PRISM\s+MediaWire(?:\s*\([^()@]{0,80}\))?(?=\s*[-–—])",
        ),
        anywhere=False,
    ),
    Wire("IWR-Pressedienst", (r"\(\s*iwr-pressedienst\s*\)",)),  # `Hamburg (iwr-pressedienst) -`
    Wire("APA-OTS", (r"\((?:APA-OTS|(?-i:OTS))\)",)),  # Austria: `Wien (OTS) -`
    Wire("ots", (r"\((?-i:ots)(?:/[^()/]{1,40})?\)",), anywhere=False),  # `Berlin (ots) -`
    Wire("Newsworthy.ai", (rf"{_OPEN}Newsworthy\.ai{_CLOSE}",)),  # `Scottsdale, AZ (Newsworthy.ai)`
    Wire("PR Karma", (rf"{_OPEN}PR\s+Karma{_CLOSE}",)),  # `SAN DIEGO, CA / PR Karma / date`
    Wire("NewsUSA", (rf"\(\s*NewsUSA{_CLOSE}",), anywhere=False),  # `(NewsUSA) - `
    Wire("EZ Newswire", (rf"{_OPEN}EZ\s+Newswire{_CLOSE}",)),
    Wire("Send2Press", (rf"{_OPEN}SEND2PRESS(?:\s+NEWSWIRE)?{_CLOSE}",)),
    Wire("PRLog", (rf"{_OPEN}PRLog{_CLOSE}",)),
    Wire("IssueWire", (rf"{_OPEN}IssueWire{_CLOSE}",)),
)
