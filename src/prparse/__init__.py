"""prparse: wire-service press releases into structured data.

>>> import pathlib, prparse
>>> release = prparse.parse(pathlib.Path("release.txt"))  # or bytes: resp.content
>>> release.headline, release.dateline.city, release.body[0]
"""

from typing import TYPE_CHECKING, Any

from ._api import DEFAULT_POLICY, Parser, Policy, parse, parse_file
from ._batch import BatchError, BatchResult, Parsed, parse_many
from ._errors import DefectError, OptionError, PrparseError, SourceTypeError, WorkerStartError
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
from ._records import RECORD_COLUMNS, to_record
from ._schema import json_schema

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
    "WorkerStartError",
    "__version__",
    "json_schema",
    "parse",
    "parse_file",
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
