"""Pathological inputs from the robustness issue, as builders shared by the tests and
`fuzz/pathological.py` (which times them at full size).

Each `Case` builds its input for a size: `full` is the size the issue names,
`quick` a smaller one that still shows the shape (for the default test run).
"""

from __future__ import annotations

import contextlib
import dataclasses
import signal
from collections.abc import Callable, Iterator
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
RELEASE = (FIXTURES / "gnw-aiera-cfo.txt").read_text(encoding="utf-8")
DATELINE = "NEW YORK, Jan. 5, 2024 /PRNewswire/ --"
_PARAGRAPH = (
    "The company said revenue rose 12% to $4.1 million in the quarter, "
    "driven by demand for its cloud services. "
)


def paragraphs(size: int) -> str:
    """About `size` characters of ordinary text, in paragraphs separated by blank lines."""
    block = (_PARAGRAPH * 4).strip() + "\n\n"
    return (block * (size // len(block) + 1))[:size]


def wrapped(size: int) -> str:
    """About `size` characters of one paragraph hard-wrapped at 72 columns, no blank line."""
    line = "the company said revenue rose 12% to $4.1 million in the quarter, driven\n"
    return (line * (size // len(line) + 1))[:size]


def one_line(size: int) -> str:
    """One line of sentences, `size` characters, no line break anywhere."""
    return (_PARAGRAPH * (size // len(_PARAGRAPH) + 1))[:size]


@dataclasses.dataclass(frozen=True)
class Case:
    """One pathological input."""

    name: str
    build: Callable[[int], str]
    full: int
    """The size the issue names."""
    quick: int
    """A size for the default test run."""
    html: bool = False
    """Whether the input is (and must be parsed as) HTML."""


CASES = [
    Case("20 MB of text", paragraphs, 20 * 2**20, 500_000),
    Case("20 MB hard-wrapped, no blank line", wrapped, 20 * 2**20, 100_000),
    Case("one 5 MB line", one_line, 5 * 2**20, 200_000),
    Case("100,000 quotation marks", lambda n: '"' * n, 100_000, 100_000),
    Case("100,000 quotations", lambda n: 'He said "yes ' * n, 100_000, 10_000),
    Case("100,000 curly quotation marks", lambda n: "\u201c" * n, 100_000, 100_000),
    Case(
        "10,000-deep HTML nesting",
        lambda n: "<html><body>" + "<div>" * n + "deep text" + "</div>" * n + "</body></html>",
        10_000, 10_000, html=True,
    ),
    Case("1 million <br> (bare)", lambda n: "<br>" * n, 1_000_000, 10_000),
    Case(
        "1 million <br> (in a page)",
        lambda n: "<html><body><p>" + "line<br>" * n + "</p></body></html>",
        1_000_000, 50_000, html=True,
    ),
    Case("a release repeated 1,000 times", lambda n: RELEASE * n, 1_000, 50),
    Case("an empty string", lambda n: "", 0, 0),
    Case("only whitespace", lambda n: " \t\r\n\u00a0\u2003\n" * n, 1, 1),
    Case("only a dateline", lambda n: DATELINE, 1, 1),
]
BY_NAME = {case.name: case for case in CASES}


HANG_SECONDS = 30.0
"""The guard for a reader given pathological input: far above its time on any machine, so
it only turns catastrophic backtracking (a hang) into a failure, and measures nothing."""


class Hang(Exception):
    """The parse ran past its time guard."""


@contextlib.contextmanager
def hang_guard(seconds: float) -> Iterator[None]:
    """Raise `Hang` in the main thread when the block runs longer than `seconds`.

    Not a timing assertion: a guard far above the expected time that turns a
    hang into a failure instead of a stuck test run.
    """

    def expire(signum: int, frame: object) -> None:
        raise Hang(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
