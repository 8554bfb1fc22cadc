"""A memo that lives for one parse.

Several stages ask the same question of the same block (is it a contact
line? a legal paragraph? does it open with a dateline?). `per_parse`
remembers the answers while a parse runs, in a dictionary that `parse_memo()`
opens for that parse and drops after it: nothing is kept between documents,
and parses in other threads or tasks have their own (a `ContextVar`).
Outside a parse the function is simply called.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable, Hashable, Iterator
from contextvars import ContextVar
from typing import ParamSpec, TypeVar, cast

P = ParamSpec("P")
R = TypeVar("R")

_MEMO: ContextVar[dict[Hashable, object] | None] = ContextVar("prparse_memo", default=None)


def per_parse(function: Callable[P, R]) -> Callable[P, R]:
    """Remember `function`'s results (by its hashable arguments) for the current parse."""

    @functools.wraps(function)
    def remembered(*args: P.args, **kwargs: P.kwargs) -> R:
        memo = _MEMO.get()
        if memo is None:
            return function(*args, **kwargs)
        key = (function, args, tuple(sorted(kwargs.items())))
        if key in memo:
            return cast(R, memo[key])
        result = function(*args, **kwargs)
        memo[key] = result
        return result

    return remembered


@contextlib.contextmanager
def parse_memo() -> Iterator[None]:
    """Open a memo for one parse; it is dropped when the block ends."""
    token = _MEMO.set({})
    try:
        yield
    finally:
        _MEMO.reset(token)
