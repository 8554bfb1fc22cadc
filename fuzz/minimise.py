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

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from _invariants import decoded, problems

import prparse


def failure(source: str | bytes, policy: prparse.Policy = prparse.DEFAULT_POLICY) -> str | None:
    """What goes wrong when parsing `source` (an exception or a broken invariant), or None."""
    try:
        release = prparse.parse(source, policy=policy)
    except Exception as error:  # any exception is the finding
        return f"{type(error).__name__}: {error}"
    found = problems(release, decoded(source, policy))
    return found[0] if found else None


def signature(message: str) -> str:
    """A failure message without its numbers and quoted text: what kind of failure it is."""
    return re.sub(r"\d+", "N", message.split("'")[0].split('"')[0])


def shrink(source: str, fails: Callable[[str], bool]) -> str:
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
    if args.text:
        source = data.decode("utf-8", errors="surrogatepass")
    else:
        source = data[1:].decode("utf-8", errors="surrogatepass")
        if data[0] % 5 == 2:
            source = "<html><body><div>" + source + "</div></body></html>"
        if data[0] % 5 == 3:
            policy = prparse.Policy(max_chars=4096)
    first = failure(source, policy)
    if first is None:
        print("no failure to minimise")
        return
    kind = signature(first)

    def same(candidate: str) -> bool:
        found = failure(candidate, policy)
        return found is not None and signature(found) == kind

    small = shrink(source, same)
    print(repr(small), policy)
    print(failure(small, policy))


if __name__ == "__main__":
    main()
