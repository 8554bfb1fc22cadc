"""Errors raised by prparse.

    PrparseError                      every error prparse raises
    ├── SourceTypeError (TypeError)   parse() got neither str nor bytes
    ├── OptionError (ValueError)      a bad option or policy value
    ├── DefectError (ValueError)      strict policy: the input had a defect
    └── WorkerStartError (RuntimeError)  parse_many's worker processes could not start

Messy input is not an error: it gives a `Release` whose `defects` say what
was odd, unless a strict policy asks for `DefectError`.
"""

from __future__ import annotations

from ._model import Defect


class PrparseError(Exception):
    """Base class of every error prparse raises."""


class SourceTypeError(PrparseError, TypeError):
    """The source is not `str` or `bytes`."""


class OptionError(PrparseError, ValueError):
    """An option or policy value is invalid."""


class DefectError(PrparseError, ValueError):
    """Raised under a strict policy when the input has a defect."""

    def __init__(self, defect: Defect) -> None:
        super().__init__(f"{defect.kind.value}: {defect.message}")
        self.defect = defect


class WorkerStartError(PrparseError, RuntimeError):
    """`parse_many()`'s worker processes could not start (spawn without a `__main__` guard)."""
