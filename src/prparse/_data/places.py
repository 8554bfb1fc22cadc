"""Places that open datelines, mapped to ISO 3166-1 alpha-2 country codes.

Schema: every table maps an upper-case name, as a dateline may write it
(full name, postal code, AP style abbreviation with its dots), to the
alpha-2 code of the country it lies in. Lookups upper-case the text first.

Sources: US states and territories with their USPS codes and AP style
abbreviations (AP Stylebook, "state names"); Canadian provinces with
Canada Post codes and the Canadian Press abbreviations; Australian states
with their usual abbreviations; country names from ISO 3166-1 as
`pycountry` gives them (name, common and official names; `_data/countries.py`,
made by `tools/make_countries.py`, loaded on first use) plus the
variants datelines use (`U.S.`, `UK`, `HONG KONG SAR`, endonyms such as
`Deutschland`); cities from the capitals and largest cities of the
countries in which wire services have bureaus, completed by the cities
seen alone in the datelines of the dev corpus and the bulk sample (see
`_data/cities.py`).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Final

from .cities import CITIES

__all__ = [
    "ACRONYMS",
    "CITIES",
    "CONNECTORS",
    "COUNTRY_VARIANTS",
    "NOT_CITY_WORDS",
    "REGIONS",
    "country_names",
]


def _regions(code: str, rows: str) -> dict[str, str]:
    """Map every `|`-separated name of every line of `rows` to `code`."""
    return {
        name.strip().upper(): code
        for line in rows.strip().splitlines()
        for name in line.split("|")
        if name.strip()
    }


_US = """
ALABAMA|AL|Ala.
ALASKA|AK
ARIZONA|AZ|Ariz.
ARKANSAS|AR|Ark.
CALIFORNIA|CA|Calif.|Cal.
COLORADO|CO|Colo.
CONNECTICUT|CT|Conn.
DELAWARE|DE|Del.
DISTRICT OF COLUMBIA|DC|D.C.
FLORIDA|FL|Fla.
GEORGIA|GA|Ga.
HAWAII|HI
IDAHO|ID
ILLINOIS|IL|Ill.
INDIANA|IN|Ind.
IOWA|IA
KANSAS|KS|Kan.|Kans.
KENTUCKY|KY|Ky.
LOUISIANA|LA|La.
MAINE|ME
MARYLAND|MD|Md.
MASSACHUSETTS|MA|Mass.
MICHIGAN|MI|Mich.
MINNESOTA|MN|Minn.
MISSISSIPPI|MS|Miss.
MISSOURI|MO|Mo.
MONTANA|MT|Mont.
NEBRASKA|NE|Neb.|Nebr.
NEVADA|NV|Nev.
NEW HAMPSHIRE|NH|N.H.
NEW JERSEY|NJ|N.J.
NEW MEXICO|NM|N.M.
NEW YORK STATE|NY|N.Y.
NORTH CAROLINA|NC|N.C.
NORTH DAKOTA|ND|N.D.
OHIO|OH
OKLAHOMA|OK|Okla.
OREGON|OR|Ore.|Oreg.
PENNSYLVANIA|PA|Pa.|Penn.
RHODE ISLAND|RI|R.I.
SOUTH CAROLINA|SC|S.C.
SOUTH DAKOTA|SD|S.D.
TENNESSEE|TN|Tenn.
TEXAS|TX|Tex.
UTAH|UT
VERMONT|VT|Vt.
VIRGINIA|VA|Va.
WASHINGTON STATE|WA|Wash.
WEST VIRGINIA|WV|W.Va.|W. Va.
WISCONSIN|WI|Wis.|Wisc.
WYOMING|WY|Wyo.
PUERTO RICO|PR|P.R.
GUAM|GU
U.S. VIRGIN ISLANDS|VI|USVI
"""

_CA = """
ONTARIO|ON|Ont.
QUEBEC|QUÉBEC|QC|Que.|Qué.|PQ
BRITISH COLUMBIA|BC|B.C.
ALBERTA|AB|Alta.
MANITOBA|MB|Man.
SASKATCHEWAN|SK|Sask.
NOVA SCOTIA|NS|N.S.
NEW BRUNSWICK|NB|N.B.
NEWFOUNDLAND AND LABRADOR|NEWFOUNDLAND|NL|Nfld.
PRINCE EDWARD ISLAND|PE|PEI|P.E.I.
YUKON|YT
NORTHWEST TERRITORIES|NT|N.W.T.
NUNAVUT|NU
"""

_AU = """
NEW SOUTH WALES|NSW|N.S.W.
VICTORIA|VIC|Vic.
QUEENSLAND|QLD|Qld.
WESTERN AUSTRALIA
SOUTH AUSTRALIA
TASMANIA|TAS|Tas.
AUSTRALIAN CAPITAL TERRITORY|ACT
NORTHERN TERRITORY
"""

_OTHER_REGIONS = {
    **_regions("GB", "ENGLAND|SCOTLAND|WALES|NORTHERN IRELAND"),
    **_regions("DE", "BAVARIA|BAYERN|HESSEN|HESSE|SAXONY|SACHSEN|NRW|NORDRHEIN-WESTFALEN"),
    **_regions("IN", "MAHARASHTRA|KARNATAKA|TAMIL NADU|GUJARAT|TELANGANA|KERALA|HARYANA"),
    **_regions("CN", "GUANGDONG|JIANGSU|ZHEJIANG|SHANDONG|FUJIAN|SICHUAN|HUBEI"),
    **_regions("JP", "KANAGAWA|OSAKA PREFECTURE|AICHI|HOKKAIDO|OKINAWA"),
}

REGIONS: Final[dict[str, str]] = {
    **_OTHER_REGIONS,
    **_regions("AU", _AU),
    **_regions("CA", _CA),
    **_regions("US", _US),  # last: US readings win for shared codes (WA, NT)
}
"""States, provinces and other first-level regions -> country code."""

COUNTRY_VARIANTS: Final[dict[str, str]] = {
    **_regions("US", "UNITED STATES|UNITED STATES OF AMERICA|USA|U.S.A.|U.S.|US|AMERICA"),
    **_regions("GB", "UK|U.K.|UNITED KINGDOM|GREAT BRITAIN|BRITAIN|ENGLAND|SCOTLAND|WALES"),
    **_regions("HK", "HONG KONG|HONG KONG SAR|HONG KONG SAR, CHINA|HKSAR"),
    **_regions("MO", "MACAU|MACAO|MACAU SAR|MACAO SAR"),
    **_regions("TW", "TAIWAN|TAIWAN, R.O.C.|ROC|R.O.C."),
    **_regions("CN", "CHINA|P.R. CHINA|PR CHINA|PRC|P.R.C.|MAINLAND CHINA"),
    **_regions("KR", "SOUTH KOREA|KOREA|REPUBLIC OF KOREA|S. KOREA"),
    **_regions("AE", "UAE|U.A.E.|UNITED ARAB EMIRATES"),
    **_regions("RU", "RUSSIA"),
    **_regions("VN", "VIETNAM|VIET NAM"),
    **_regions("TR", "TURKEY|TÜRKIYE|TURKIYE"),
    **_regions("CZ", "CZECH REPUBLIC|CZECHIA"),
    **_regions("NL", "THE NETHERLANDS|NETHERLANDS|HOLLAND|NEDERLAND"),
    **_regions("DE", "DEUTSCHLAND|GERMANY"),
    **_regions("CH", "SCHWEIZ|SUISSE|SVIZZERA|SWITZERLAND"),
    **_regions("AT", "ÖSTERREICH|OESTERREICH"),
    **_regions("ES", "ESPAÑA|ESPANA"),
    **_regions("IT", "ITALIA"),
    **_regions("BR", "BRASIL"),
    **_regions("MX", "MÉXICO"),
    **_regions("BE", "BELGIQUE|BELGIË|BELGIE"),
    **_regions("IR", "IRAN"),
    **_regions("SY", "SYRIA"),
    **_regions("TZ", "TANZANIA"),
    **_regions("BO", "BOLIVIA"),
    **_regions("VE", "VENEZUELA"),
    **_regions("LA", "LAOS"),
    **_regions("MD", "MOLDOVA"),
    **_regions("PS", "PALESTINE"),
    **_regions("CI", "IVORY COAST|CÔTE D'IVOIRE|COTE D'IVOIRE"),
}
"""Country names and abbreviations pycountry does not list -> country code."""


CONNECTORS: Final[frozenset[str]] = frozenset(
    {
        "de",
        "del",
        "da",
        "do",
        "dos",
        "das",
        "di",
        "du",
        "des",
        "la",
        "le",
        "les",
        "los",
        "las",
        "el",
        "am",
        "an",
        "der",
        "im",
        "upon",
        "on",
        "of",
        "sur",
        "en",
        "y",
        "and",
        "et",
        "und",
        "&",
    }
)
"""Lower-case words that join the words of a place name (`Playa del Carmen`)."""

ACRONYMS: Final[frozenset[str]] = frozenset(
    {"SAR", "DC", "D.C.", "NYC", "USA", "UAE", "UK", "US", "U.S."}
)
"""Capitals kept as written when a place name is put in title case (`Hong Kong SAR`)."""

NOT_CITY_WORDS: Final[frozenset[str]] = frozenset(
    """THE A AN THIS THAT THESE OUR WE IN ON AT FOR AS WITH BY TODAY IT ITS HIS HER THEIR
    FROM SINCE WHEN AFTER BEFORE EFFECTIVE UPDATE UPDATED NOTE NEWS PRESS RELEASE MEDIA
    CONTACT SOURCE ABOUT DATE PUBLISHED POSTED EMBARGOED BREAKING EDITOR EDITORS PHOTO
    VIDEO WATCH READ HIGHLIGHTS SUMMARY BACKGROUND DEAR HELLO WHY HOW WHAT NEW""".split()  # noqa: SIM905
)
"""First words of sentences and headings that no city name starts with (`The Hague`
and `The Woodlands` are in `CITIES`, which wins)."""


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Every country name ISO 3166-1 gives (`_data/countries.py`, made from pycountry),
    upper-cased, plus the variants -> alpha-2.

    Built on first use, once; only a dateline place the city and region tables
    do not name needs it.
    """
    from .countries import COUNTRIES

    return {**COUNTRIES, **COUNTRY_VARIANTS}
