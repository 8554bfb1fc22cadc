"""Shrink an input that breaks prparse to a small reproducer (delta debugging over characters).

    .venv/bin/python fuzz/minimise.py crash-FILE          # a libFuzzer artifact (mode byte first)
    .venv/bin/python fuzz/minimise.py --text FILE         # a str input

Prints the reproducer (repr) and the problem it still shows.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from _invariants import decoded, problems

import prparse

Source = TypeVar("Source", str, bytes)


def failure(source: str | bytes, policy: prparse.Policy = prparse.DEFAULT_POLICY) -> str | None:
    """What goes wrong when parsing `source` (an exception or a broken invariant), or None."""
    try:
        release = prparse.parse(source, policy=policy)
    except Exception as error:  # any exception is the finding
        return f"{type(error).__name__}: {error}"
    found = problems(release, decoded(source, policy))
    return found[0] if found else None


def _as_text(data: bytes) -> str:
    try:
        return data.decode("utf-8", errors="surrogatepass")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def signature(message: str) -> str:
    """A failure message without its numbers and quoted text: what kind of failure it is."""
    return re.sub(r"\d+", "N", message.split("'")[0].split('"')[0])


def shrink(source: Source, fails: Callable[[Source], bool]) -> Source:
    """A smaller `source` that still fails (ddmin over chunks, then over single characters)."""
    chunk = max(1, len(source) // 2)
    while chunk >= 1:
        index, changed = 0, False
        while index < len(source):
            candidate = source[:index] + source[index + chunk :]
            if candidate != source and fails(candidate):
                source, changed = candidate, True
            else:
                index += chunk
        if not changed:
            chunk //= 2
    return source


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--text", action="store_true", help="the file is a str input, no mode byte")
    args = parser.parse_args()
    data = args.path.read_bytes()
    policy = prparse.DEFAULT_POLICY
    source: str | bytes = data
    if args.text:
        source = _as_text(data)
    elif data:
        mode, source = data[0] % 5, data[1:]  # as fuzz_parse.test_one_input feeds it
        if mode == 1:
            source = _as_text(source)
        elif mode == 2:
            source = "<html><body><div>" + _as_text(source) + "</div></body></html>"
        elif mode == 3:
            policy = prparse.Policy(max_chars=4096)
    first = failure(source, policy)
    if first is None:
        print("no failure to minimise")
        return
    kind = signature(first)

    def same(candidate: str | bytes) -> bool:
        found = failure(candidate, policy)
        return found is not None and signature(found) == kind

    small = shrink(source, same)
    print(repr(small), policy)
    print(failure(small, policy))


if __name__ == "__main__":
    main()
