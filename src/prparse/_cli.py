"""The `prparse` command: parse release files and print JSON.

    prparse release.txt                    one JSON object, indented
    prparse a.txt b.html > out.jsonl       one JSON object per line
    prparse --jobs 4 corpus/ > out.jsonl   a directory's .txt/.html/.htm/.xml files
    cat release.txt | prparse -            standard input

Standard output carries only JSON. A document that cannot be read or
parsed gets one line on standard error (`prparse: PATH: Type: message`),
no JSON unless `--error-records` asks for `{"file", "error"}` lines, and
makes the exit status 1. With more than one document a summary line
(documents, errors, time) ends standard error, and a progress bar runs
there while it is a terminal and `tqdm` is installed.
"""

from __future__ import annotations

import argparse
import functools
import importlib
import json
import os
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from ._api import Parser, Policy
from ._batch import _Done, _Failure, read_source, run

SUFFIXES = frozenset({".txt", ".html", ".htm", ".xml"})
"""File name endings taken from a directory (case-insensitive)."""


def _arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="prparse",
        description="Parse press releases (text or HTML files) into structured JSON.",
        epilog="With one file the JSON is indented; with several, or a directory, one object "
        "per line (JSON Lines). Failed documents are reported on stderr, one line each; "
        "the exit status is 1 if any failed.",
    )
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="release files, directories (searched for .txt/.html/.htm/.xml), or - for stdin",
    )
    parser.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        default=1,
        metavar="N",
        help="worker processes (default 1; 0 = one per CPU)",
    )
    parser.add_argument(
        "--sections", action="store_true", help="include every block with its kind and offsets"
    )
    parser.add_argument(
        "--compact", action="store_true", help="one line per document even for one file"
    )
    parser.add_argument(
        "--error-records",
        action="store_true",
        help='also write {"file", "error": {"type", "message"}} lines for failures',
    )
    parser.add_argument(
        "--strict", action="store_true", help="count a document with any defect as failed"
    )
    parser.add_argument(
        "-q", "--quiet", action="store_true", help="no progress bar and no summary line"
    )
    return parser.parse_args(argv)


def _jobs(value: str) -> int | None:
    try:
        jobs = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if jobs < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return jobs or None


def expand(paths: Sequence[str]) -> Iterator[str]:
    """The files named: directories walked (sorted) for release files, others as given."""
    for name in paths:
        if name != "-" and Path(name).is_dir():
            yield from _walk(Path(name))
        else:
            yield name


def _walk(root: Path) -> Iterator[str]:
    found = [
        os.path.join(folder, file)
        for folder, _, files in os.walk(root)
        for file in files
        if Path(file).suffix.lower() in SUFFIXES
    ]
    yield from sorted(found)


def _source(name: str) -> tuple[str, bytes | Path]:
    if name == "-":
        return name, sys.stdin.buffer.read()
    return name, Path(name)


def record(policy: Policy, sections: bool, source: object) -> dict[str, Any]:
    """In a worker: one document's JSON-ready result (without its file name)."""
    result = Parser(policy).parse(read_source(source)).to_dict()
    if not sections:
        result.pop("sections", None)
    return result


class _Progress:
    """A tqdm bar on stderr when it is a terminal and tqdm is installed; else nothing."""

    def __init__(self, total: int, enabled: bool) -> None:
        self._bar: Any = None
        if enabled and total > 1 and sys.stderr.isatty():
            try:
                tqdm = importlib.import_module("tqdm").tqdm  # optional: `pip install tqdm`
            except ImportError:
                return
            self._bar = tqdm(total=total, unit="doc", file=sys.stderr, dynamic_ncols=True)

    def step(self) -> None:
        """One more document done."""
        if self._bar is not None:
            self._bar.update(1)

    def write(self, line: str) -> None:
        """A line on stderr that does not break the bar."""
        if self._bar is not None:
            self._bar.write(line, file=sys.stderr)
        else:
            print(line, file=sys.stderr)

    def close(self) -> None:
        """Remove the bar."""
        if self._bar is not None:
            self._bar.close()


def _emit(
    done: _Done[dict[str, Any]],
    indent: int | None,
    error_records: bool,
    progress: _Progress,
    out: TextIO,
) -> bool:
    """Write one document's output; True if it failed."""
    name = str(done.task.key)
    outcome = done.outcome
    if isinstance(outcome, _Failure):
        progress.write(f"prparse: {name}: {outcome.error_type}: {outcome.message}")
        if error_records:
            error = {"type": outcome.error_type, "message": outcome.message}
            out.write(json.dumps({"file": name, "error": error}, ensure_ascii=False) + "\n")
        return True
    out.write(json.dumps({"file": name, **outcome}, ensure_ascii=False, indent=indent) + "\n")
    return False


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")


def _summary(documents: int, errors: int, seconds: float) -> str:
    rate = documents / seconds if seconds > 0 else 0.0
    return (
        f"prparse: {_count(documents, 'document')}, {_count(errors, 'error')}, "
        f"{seconds:.2f} s ({rate:.0f} documents/s)"
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _arguments(argv)
    try:
        return _run(args)
    except KeyboardInterrupt:
        print("prparse: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `prparse dir/ | head`: the reader left; stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


def _run(args: argparse.Namespace) -> int:
    names = list(expand(args.paths))
    if not names:
        print("prparse: no .txt, .html, .htm or .xml files found", file=sys.stderr)
        return 1
    single = len(names) == 1 and not any(Path(p).is_dir() for p in args.paths if p != "-")
    indent = 2 if single and not args.compact else None
    work = functools.partial(record, Policy(strict=args.strict), args.sections)
    started = time.perf_counter()
    progress = _Progress(len(names), not args.quiet)
    errors = 0
    try:
        for done in run(map(_source, names), work, jobs=args.jobs):
            errors += _emit(done, indent, args.error_records, progress, sys.stdout)
            progress.step()
        sys.stdout.flush()
    finally:
        progress.close()
    if len(names) > 1 and not args.quiet:
        print(_summary(len(names), errors, time.perf_counter() - started), file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
