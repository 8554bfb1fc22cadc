"""prparse: wire-service press releases into structured data.

>>> import prparse
>>> release = prparse.parse(open("release.txt").read())
>>> release.headline, release.dateline.city, release.body[0]
"""

from typing import TYPE_CHECKING, Any

from ._api import DEFAULT_POLICY, Parser, Policy, parse
from ._batch import RECORD_COLUMNS, BatchError, BatchResult, Parsed, parse_many, to_record
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

if TYPE_CHECKING:
    from ._render import render_html

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_POLICY",
    "RECORD_COLUMNS",
    "BatchError",
    "BatchResult",
    "Boilerplate",
    "Contact",
    "Dateline",
    "Defect",
    "DefectError",
    "DefectKind",
    "Disclosure",
    "DisclosureKind",
    "OptionError",
    "Parsed",
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
    "parse_many",
    "render_html",
    "to_record",
]


def __getattr__(name: str) -> Any:
    """`render_html` is imported on first use: a program that only parses does not pay for it."""
    if name == "render_html":
        from ._render import render_html

        return render_html
    raise AttributeError(f"module 'prparse' has no attribute {name!r}")
