"""Month and weekday names per language, for the date patterns in `_dates`.

Sources: the Unicode CLDR month names (wide and abbreviated, format and
stand-alone forms) for English, German, French, Spanish, Italian,
Portuguese, Dutch, Swedish, Danish, Norwegian (Bokmål), Polish, Czech and
Russian, plus the spellings newswires actually print: AP style
abbreviations (`Sept.`), German `Mrz`, and accent-less forms (`Marz`,
`fevrier`, `aout`) left by old feeds and converters. Slavic languages write
a date's month in the genitive (`3 marca 2021`, `3 марта 2021`), so both
the genitive and the nominative are listed.

Schema: `MONTHS` maps a language code to a dict of lower-case name ->
month number (1-12); abbreviations are listed without their final dot
(the patterns allow one); a name shared by two languages means the same
month in both. `WEEKDAYS` maps a language code to its lower-case weekday
names and abbreviations. `DAY_ARTICLES`, `MONTH_PARTICLES`,
`YEAR_PARTICLES` and `YEAR_SUFFIXES` are the small words languages write
around a date's parts (`le 3 mars`, `3 de marzo de 2021`, `2021 r.`).
`RELEASE_DATE_LABELS` are the labels a header line puts before the
release's date (`For Immediate Release:`, `Veröffentlicht am`), as regex
fragments per language. `FALLBACK_LANGUAGES` are the `dateparser` language codes tried for a date
these tables cannot read (their own languages first, then languages whose
dates are written in other shapes: Finnish partitive months, Hungarian
year-first dates, Turkish, Greek...). Data only; no logic.
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "DAY_ARTICLES",
    "FALLBACK_LANGUAGES",
    "MONTHS",
    "MONTH_PARTICLES",
    "RELEASE_DATE_LABELS",
    "WEEKDAYS",
    "YEAR_PARTICLES",
    "YEAR_SUFFIXES",
]


def _numbered(*groups: tuple[str, ...]) -> dict[str, int]:
    """Map every name in the n-th group to month n (1-based)."""
    return {name: number for number, names in enumerate(groups, start=1) for name in names}


MONTHS: Final[dict[str, dict[str, int]]] = {
    "en": _numbered(
        ("january", "jan"),
        ("february", "feb"),
        ("march", "mar"),
        ("april", "apr"),
        ("may",),
        ("june", "jun"),
        ("july", "jul"),
        ("august", "aug"),
        ("september", "sept", "sep"),
        ("october", "oct"),
        ("november", "nov"),
        ("december", "dec"),
    ),
    "de": _numbered(
        ("januar", "jänner", "jan", "jän"),
        ("februar", "feber", "feb"),
        ("märz", "marz", "maerz", "mär", "mrz"),
        ("april", "apr"),
        ("mai",),
        ("juni", "jun"),
        ("juli", "jul"),
        ("august", "aug"),
        ("september", "sept", "sep"),
        ("oktober", "okt"),
        ("november", "nov"),
        ("dezember", "dez"),
    ),
    "fr": _numbered(
        ("janvier", "janv"),
        ("février", "fevrier", "févr", "fevr", "fév", "fev"),
        ("mars",),
        ("avril", "avr"),
        ("mai",),
        ("juin",),
        ("juillet", "juil"),
        ("août", "aout"),
        ("septembre", "sept"),
        ("octobre", "oct"),
        ("novembre", "nov"),
        ("décembre", "decembre", "déc", "dec"),
    ),
    "es": _numbered(
        ("enero", "ene"),
        ("febrero", "feb"),
        ("marzo", "mar"),
        ("abril", "abr"),
        ("mayo", "may"),
        ("junio", "jun"),
        ("julio", "jul"),
        ("agosto", "ago"),
        ("septiembre", "setiembre", "sept", "sep", "set"),
        ("octubre", "oct"),
        ("noviembre", "nov"),
        ("diciembre", "dic"),
    ),
    "it": _numbered(
        ("gennaio", "gen"),
        ("febbraio", "feb"),
        ("marzo", "mar"),
        ("aprile", "apr"),
        ("maggio", "mag"),
        ("giugno", "giu"),
        ("luglio", "lug"),
        ("agosto", "ago"),
        ("settembre", "set"),
        ("ottobre", "ott"),
        ("novembre", "nov"),
        ("dicembre", "dic"),
    ),
    "pt": _numbered(
        ("janeiro", "jan"),
        ("fevereiro", "fev"),
        ("março", "marco", "mar"),
        ("abril", "abr"),
        ("maio", "mai"),
        ("junho", "jun"),
        ("julho", "jul"),
        ("agosto", "ago"),
        ("setembro", "set"),
        ("outubro", "out"),
        ("novembro", "nov"),
        ("dezembro", "dez"),
    ),
    "nl": _numbered(
        ("januari", "jan"),
        ("februari", "feb"),
        ("maart", "mrt"),
        ("april", "apr"),
        ("mei",),
        ("juni", "jun"),
        ("juli", "jul"),
        ("augustus", "aug"),
        ("september", "sept", "sep"),
        ("oktober", "okt"),
        ("november", "nov"),
        ("december", "dec"),
    ),
    "sv": _numbered(
        ("januari",),
        ("februari",),
        ("mars",),
        ("april",),
        ("maj",),
        ("juni",),
        ("juli",),
        ("augusti",),
        ("september",),
        ("oktober",),
        ("november",),
        ("december",),
    ),
    "da": _numbered(
        ("januar",),
        ("februar",),
        ("marts",),
        ("april",),
        ("maj",),
        ("juni",),
        ("juli",),
        ("august",),
        ("september",),
        ("oktober",),
        ("november",),
        ("december",),
    ),
    "nb": _numbered(
        ("januar",),
        ("februar",),
        ("mars",),
        ("april",),
        ("mai",),
        ("juni",),
        ("juli",),
        ("august",),
        ("september",),
        ("oktober",),
        ("november",),
        ("desember",),
    ),
    "pl": _numbered(
        ("stycznia", "styczeń", "styczen"),
        ("lutego", "luty"),
        ("marca", "marzec"),
        ("kwietnia", "kwiecień", "kwiecien"),
        ("maja", "maj"),
        ("czerwca", "czerwiec"),
        ("lipca", "lipiec"),
        ("sierpnia", "sierpień", "sierpien"),
        ("września", "wrzesnia", "wrzesień", "wrzesien"),
        ("października", "pazdziernika", "październik", "pazdziernik"),
        ("listopada", "listopad"),
        ("grudnia", "grudzień", "grudzien"),
    ),
    "cs": _numbered(
        ("ledna", "leden"),
        ("února", "unora", "únor"),
        ("března", "brezna", "březen"),
        ("dubna", "duben"),
        ("května", "kvetna", "květen"),
        ("června", "cervna", "červen"),
        ("července", "cervence", "červenec"),
        ("srpna", "srpen"),
        ("září", "zari"),
        ("října", "rijna", "říjen"),
        ("listopadu", "listopad"),
        ("prosince", "prosinec"),
    ),
    "ru": _numbered(
        ("января", "январь"),
        ("февраля", "февраль"),
        ("марта", "март"),
        ("апреля", "апрель"),
        ("мая", "май"),
        ("июня", "июнь"),
        ("июля", "июль"),
        ("августа", "август"),
        ("сентября", "сентябрь"),
        ("октября", "октябрь"),
        ("ноября", "ноябрь"),
        ("декабря", "декабрь"),
    ),
}

DAY_ARTICLES: Final[tuple[str, ...]] = ("le", "el", "il", "am", "den")
"""Words before a date's day: French `le 3 mars`, Spanish `el 3 de marzo`, Italian `il 3
marzo`, German `am 3. März`, Swedish and Danish `den 3 mars`."""

MONTH_PARTICLES: Final[tuple[str, ...]] = ("de", "of")
"""Words between a day and its month: Spanish and Portuguese `3 de marzo`, English `3rd of March`."""

YEAR_PARTICLES: Final[tuple[str, ...]] = ("de", "del")
"""Words between a month and its year: Spanish `marzo de 2021`, `marzo del 2021`."""

YEAR_SUFFIXES: Final[tuple[str, ...]] = ("roku", "r.", "года", "г.", "г")
"""Words written after a date's year: Polish `3 marca 2021 r.`, Russian `3 марта 2021 г.`."""

RELEASE_DATE_LABELS: Final[dict[str, tuple[str, ...]]] = {
    "en": (
        r"for\s+(?:immediate\s+)?release",  # `For Immediate Release`
        r"(?:release|publication|issue|news)\s+date",  # `Release Date`
        r"(?:date|dated|published|posted|issued|updated|released)(?:\s+(?:on|at))?",
        r"embargoed\s+(?:until|till)",  # `Embargoed until`
        r"press\s+release",  # `PRESS RELEASE  Jan 5, 2024`
    ),
    "de": (r"(?:veröffentlicht|datum)(?:\s+am)?", r"sperrfrist(?:\s+bis)?"),
    "fr": (r"(?:publié|diffusé)\s+le", r"pour\s+diffusion\s+immédiate", r"date\s+de\s+publication"),
    "es": (r"(?:publicado|fecha)(?:\s+el)?", r"para\s+difusión\s+inmediata"),
    "it": (r"pubblicato\s+il", r"data(?:\s+di\s+pubblicazione)?", r"per\s+diffusione\s+immediata"),
    "pt": (r"publicado\s+em", r"data\s+de\s+publicação", r"para\s+divulgação\s+imediata"),
    "nl": (r"gepubliceerd\s+op", r"datum", r"voor\s+onmiddellijke\s+publicatie"),
    "sv": (r"publicerad(?:\s+den)?", r"datum"),
    "da": (r"offentliggjort(?:\s+den)?", r"dato"),
    "nb": (r"publisert(?:\s+den)?", r"dato"),
    "pl": (r"opublikowano", r"data(?:\s+publikacji)?"),
}
"""Sources: the header lines of the dev corpus and the bulk sample (English,
German), and the wording of the same labels in each language's newsrooms."""

FALLBACK_LANGUAGES: Final[tuple[str, ...]] = (
    *("en", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "nb", "pl", "cs", "ru"),
    *("fi", "tr", "hu", "ro", "el", "id", "uk", "sk", "ja", "zh", "ko"),
)
"""`dateparser` languages tried, in order, for a date the tables above miss."""

WEEKDAYS: Final[dict[str, tuple[str, ...]]] = {
    "en": (
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
    ),
    "de": (
        "montag",
        "dienstag",
        "mittwoch",
        "donnerstag",
        "freitag",
        "samstag",
        "sonnabend",
        "sonntag",
    ),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "es": (
        "lunes",
        "martes",
        "miércoles",
        "miercoles",
        "jueves",
        "viernes",
        "sábado",
        "sabado",
        "domingo",
    ),
    "it": (
        "lunedì",
        "lunedi",
        "martedì",
        "martedi",
        "mercoledì",
        "mercoledi",
        "giovedì",
        "giovedi",
        "venerdì",
        "venerdi",
        "sabato",
        "domenica",
    ),
    "pt": (
        "segunda-feira",
        "terça-feira",
        "terca-feira",
        "quarta-feira",
        "quinta-feira",
        "sexta-feira",
        "sábado",
        "sabado",
        "domingo",
    ),
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "sv": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
    "da": ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"),
    "nb": ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"),
    "pl": ("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"),
    "cs": ("pondělí", "úterý", "středa", "čtvrtek", "pátek", "sobota", "neděle"),
    "ru": ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"),
}
