"""The place a dateline names: city, region, country and country code.

`describe_place` reads the place part of a dateline (`SUMMIT, N.J.`,
`REDMOND, Wash. and SANTA CLARA, Calif.`, `PORT OF SPAIN, TRINIDAD AND
TOBAGO`) against the tables of `_data.places`, and says how strongly it
looks like a place. The city comes in title case when written in capitals.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from ._data.places import ACRONYMS, CITIES, CONNECTORS, NOT_CITY_WORDS, REGIONS, country_names
from ._data.world_cities import world_cities

__all__ = ["Place", "describe_place"]


class Place(NamedTuple):
    """A dateline's place as read from it."""

    city: str | None
    region: str | None
    country: str | None
    country_code: str | None
    strength: int
    """-1: not a place; else one point each for a city in capitals, a known
    city, a known region or country."""


_GROUP_SPLIT_RE = re.compile(r"\s+(?:(?i:and|und|et)|&|y|e)\s+")
"""Where a dateline naming several places joins them (`REDMOND, Wash. and SANTA CLARA`,
`JUPITER AND SUNRISE, FL`)."""


def _key(name: str) -> str:
    """A lookup key for the place tables: upper case, single spaces."""
    return " ".join(name.upper().split())


_POSSESSIVE_RE = re.compile(r"(['’])S$")
_WORD_PIECES_RE = re.compile(r"([-'’.])")
"""Where a word's pieces meet (`O'FALLON`, `WILKES-BARRE`, `ST.`), each title-cased alone."""
_MC_RE = re.compile(r"Mc[a-z]")


def _title_word(word: str) -> str:
    """One capitalized word in title case (`MCLEAN` -> `McLean`, `O'FALLON` -> `O'Fallon`)."""
    if word in ACRONYMS or len(word) <= 1:
        return word
    parts = _WORD_PIECES_RE.split(word)
    out = "".join(p[:1].upper() + p[1:].lower() for p in parts)
    if _MC_RE.match(out):
        out = "Mc" + out[2].upper() + out[3:]
    return _POSSESSIVE_RE.sub(r"\1s", out)  # `ST. JOHN'S` -> `St. John's`


def _as_written(name: str, *, short: int = 3) -> str:
    """A name in title case if written all in capitals and longer than `short`.

    A particle inside a place name stays in small letters, as the place
    writes it (`Rio de Janeiro`, `Frankfurt am Main`, `King of Prussia`).
    """
    if name.isupper() and len(name.replace(".", "")) > short and _key(name) not in ACRONYMS:
        words = name.split()
        return " ".join(
            w.lower() if 0 < i < len(words) - 1 and w.lower() in CONNECTORS else _title_word(w)
            for i, w in enumerate(words)
        )
    return name


def _city_is_plausible(city: str) -> bool:
    """False for words that cannot be a city (`The`, `Today`, mixed-case runs)."""
    words = [w for w in city.split() if w.lower() not in CONNECTORS]
    if not words or len(words) > 5 or any(map(str.isdigit, city)):
        return False
    if _key(words[0]) in NOT_CITY_WORDS and _key(city) not in CITIES:
        return False
    shouting = any(w.isupper() and len(w) >= 3 and w not in ACRONYMS for w in words)
    talking = any(map(str.islower, "".join(words)))
    return not (shouting and talking)


def _is_known_place(name: str) -> bool:
    """True for a name the place tables list (city, region or country)."""
    key = _key(name)
    return key in CITIES or key in REGIONS or key in country_names()


def _place_groups(place: str) -> list[str]:
    """The places a dateline names, split where `and` joins them.

    A name the tables list with its `and` (`TRINIDAD AND TOBAGO`,
    `Newfoundland and Labrador`) is one place, not two.
    """
    joined = [p for p in place.split(",") if _GROUP_SPLIT_RE.search(p)]
    if any(_is_known_place(p) for p in joined):
        return [place]
    return _GROUP_SPLIT_RE.split(place)


def _region_and_country(part: str) -> tuple[str, str, str] | None:
    """Region, country and code of a region written before its country with no comma
    (`Pleasanton, CA USA`, `Toronto, Ontario Canada`), else None."""
    head, _, tail = part.rpartition(" ")
    key, country_key = _key(head), _key(tail)
    if key not in REGIONS or country_names().get(country_key) != REGIONS[key]:
        return None
    return _as_written(head, short=4), _as_written(tail), REGIONS[key]


_DOUBLED = re.compile(r"([A-ZÀ-Þ][\w'’.-]{2,}?)\1")


def _undoubled(city: str) -> str:
    """A name a converter wrote twice, glued (`RheineRheine`): pages carry two copies of a
    place's link, one for small screens, and crawls keep both."""
    doubled = _DOUBLED.fullmatch(city)
    return doubled.group(1) if doubled else city


_PLACE_MEMO = 1024
"""Places whose reading is remembered: a release opens many paragraphs with the same
words (`The`, `In`), each read as a dateline's place before it is told apart."""


@functools.lru_cache(maxsize=_PLACE_MEMO)
def describe_place(place: str) -> Place:
    """City, region, country and country code of a dateline place."""
    if "," not in place and place.split() == [place]:  # one word (`The`, `BOSTON`): a city's
        city, others = _undoubled(place), []
    else:
        groups = _place_groups(place)
        first = [p.strip() for p in groups[0].split(",") if p.strip()]
        last = [p.strip() for p in groups[-1].split(",") if p.strip()]
        city, others = _undoubled(first[0]), first[1:] or last[1:]
    head, _, tail = city.rpartition(" ")
    if not others and _key(head) in CITIES and _key(tail) in REGIONS:
        city, others = head, [tail]  # `Washington DC`
    if not _city_is_plausible(city):
        return Place(None, None, None, None, -1)
    region = country = code = None
    key = _key(city)
    strength = int(city.isupper()) + int(key in CITIES or key in REGIONS or key in country_names())
    for part in others:
        key = _key(part)
        if region is None and country is None and key in REGIONS:
            region, code = _as_written(part, short=4), REGIONS[key]
        elif country is None and key in country_names():
            country, code = _as_written(part), country_names()[key]
        elif key in CITIES:
            break  # `NEW YORK, LONDON and TOKYO`: another city, not the first one's region
        elif region is None and country is None and (pair := _region_and_country(part)):
            region, country, code = pair
        elif region is None and country is None and len(others) == 1:
            region = _as_written(part, short=4)  # unknown: `LAS VEGAS, VALETTA`
            continue
        else:
            return Place(None, None, None, None, -1)
        strength += 1
    if code is None:
        key = _key(city)
        code = CITIES.get(key) or REGIONS.get(key) or country_names().get(key)
        if code is None and not others:  # a city named alone: the world's cities know its country
            code = world_cities().get(key)
        if not others and key not in CITIES and key in country_names():
            return Place(None, None, _as_written(city), code, strength)  # `United Kingdom -`
        if not others and key not in CITIES and key in REGIONS:
            return Place(None, _as_written(city, short=4), None, code, strength)  # `California,`
    return Place(_as_written(city, short=2), region, country, code, strength)
