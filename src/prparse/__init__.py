"""prparse: wire-service press releases into structured data.

>>> import prparse
>>> release = prparse.parse(open("release.txt").read())
>>> release.headline, release.dateline.city, release.body[0]
"""

from ._api import DEFAULT_POLICY, Parser, Policy, parse
from ._errors import DefectError, OptionError, PrparseError, SourceTypeError
from ._model import (
    Boilerplate,
    Contact,
    Dateline,
    Defect,
    DefectKind,
    Disclosure,
    DisclosureKind,
    Quote,
    Release,
    Section,
    SectionKind,
    Ticker,
)

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_POLICY",
    "Boilerplate",
    "Contact",
    "Dateline",
    "Defect",
    "DefectError",
    "DefectKind",
    "Disclosure",
    "DisclosureKind",
    "OptionError",
    "Parser",
    "Policy",
    "PrparseError",
    "Quote",
    "Release",
    "Section",
    "SectionKind",
    "SourceTypeError",
    "Ticker",
    "__version__",
    "parse",
]
