"""The README's example runs, and prints what its comments say.

The expected values are read from the README itself (the comment after each
`print(...)`), so when the parser's answers improve only the README changes.
"""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"

_EXAMPLE = re.compile(r"^## Example\n.*?^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)
_PRINT = re.compile(r"^print\(.*\)  # (.*)$")


def _example() -> str:
    match = _EXAMPLE.search(README.read_text("utf-8"))
    assert match, "the README has no ## Example with a python block"
    return match.group(1)


def _expected(code: str) -> list[str]:
    """The comment of each `print(...)` line: the line it must print."""
    lines = [line for line in code.splitlines() if line.startswith("print(")]
    expected = [_PRINT.match(line) for line in lines]
    missing = [line for line, match in zip(lines, expected, strict=True) if match is None]
    assert not missing, f"print lines without an expected-value comment: {missing}"
    return [match.group(1).rstrip() for match in expected if match]


def test_the_readme_example_prints_what_its_comments_say(monkeypatch: pytest.MonkeyPatch) -> None:
    code = _example()
    expected = _expected(code)
    assert len(expected) >= 5
    monkeypatch.chdir(ROOT)  # the example opens a fixture by its path from the root
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, str(README), "exec"), {"__name__": "readme_example"})
    printed = [line.rstrip() for line in out.getvalue().splitlines()]
    assert printed == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("print(release.date)  # 2019-03-29", "2019-03-29"),
        (
            "print(release.body[0][:44])  # Celgene Corporation (NASDAQ:CELG) and Lotus ",
            "Celgene Corporation (NASDAQ:CELG) and Lotus",
        ),
        ("print([str(t) for t in release.tickers])  # ['NASDAQ:CELG']", "['NASDAQ:CELG']"),
    ],
)
def test_the_expected_value_is_the_comment(line: str, expected: str) -> None:
    assert _expected(line) == [expected]


def test_a_print_without_its_expected_value_is_refused() -> None:
    with pytest.raises(AssertionError, match="without an expected-value comment"):
        _expected("print(release.headline)")
