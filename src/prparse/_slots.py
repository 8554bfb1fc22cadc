"""A faster `__init__` for the frozen, slotted records made for every block.

A frozen dataclass's generated `__init__` sets each field through
`object.__setattr__`, looked up on every call. The records made by the
thousand per document (`Block`, `Section`) instead set each slot by its own
descriptor's `__set__`, bound once. The `__init__` is written from the
dataclass's own fields, as `dataclasses` writes its own, so the parameters,
their order, kinds and defaults stay the dataclass's.
"""

from __future__ import annotations

import dataclasses
from typing import TypeVar

_Record = TypeVar("_Record", bound=type)


def slot_init(cls: _Record) -> _Record:
    """Replace a frozen, slotted dataclass's `__init__` by one that sets each slot by its
    descriptor (the same signature; for plain fields only: no factory, no `__post_init__`)."""
    fields = dataclasses.fields(cls)
    if hasattr(cls, "__post_init__") or any(
        not f.init or f.default_factory is not dataclasses.MISSING for f in fields
    ):
        raise TypeError(f"{cls.__name__}: only plain fields can be set slot by slot")
    scope = {f"_set_{f.name}": vars(cls)[f.name].__set__ for f in fields}
    scope.update({f"_default_{f.name}": f.default for f in fields})
    parameters = [
        f.name if f.default is dataclasses.MISSING else f"{f.name}=_default_{f.name}"
        for f in fields
    ]
    keyword_only = {bool(f.kw_only) for f in fields}
    if keyword_only == {True, False}:
        raise TypeError(f"{cls.__name__}: all fields keyword-only, or none")
    if keyword_only == {True}:
        parameters.insert(0, "*")
    body = "".join(f"\n    _set_{f.name}(self, {f.name})" for f in fields)
    namespace: dict[str, object] = {}
    exec(f"def __init__(self, {', '.join(parameters)}):{body}", scope, namespace)
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"  # type: ignore[attr-defined]
    init.__doc__ = cls.__init__.__doc__  # type: ignore[misc]
    cls.__init__ = init  # type: ignore[misc]
    return cls
