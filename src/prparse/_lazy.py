"""Patterns compiled on first use, for modules that every parse loads and many never run.

The text front end is imported with the pipeline, yet an HTML page or a feed item
never runs its patterns, and a plain text release few of its Markdown ones; compiled
at import they would cost the first parse in a process several milliseconds (`re`
compiles a character class over non-ASCII ranges in about 0.2 ms). A pattern is
written as at module level, `lazy_pattern(...)` in place of `re.compile(...)`, and
called to be used: `_LINK().sub(...)`. The call is a cache hit after the first
(some 50 ns).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import AnyStr

__all__ = ["lazy_pattern"]


def lazy_pattern(pattern: AnyStr, flags: int = 0) -> Callable[[], re.Pattern[AnyStr]]:
    """A function returning `re.compile(pattern, flags)`, compiled on its first call, once."""

    @functools.cache
    def compiled() -> re.Pattern[AnyStr]:
        return re.compile(pattern, flags)

    return compiled
