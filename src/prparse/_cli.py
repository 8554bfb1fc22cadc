"""The `prparse` command: parse release files into JSON, CSV, Markdown or HTML.

    prparse release.txt                    one JSON object, indented
    prparse a.txt b.html > out.jsonl       one JSON object per line
    prparse --jobs 4 corpus/ > out.jsonl   a directory's .txt/.html/.htm/.xml files
    cat release.txt | prparse -            standard input
    prparse --format csv corpus/ > out.csv one row per release (the `to_record()` columns)
    prparse --format html -o views/ a.txt  one output file per input, here views/a.html

Standard output (or each file of `-o DIR`) carries only the chosen format.
Records use the names of the Python API: `key` (the path), and for a failure
`error_type` and `error_message`, as `prparse.to_record()` and `BatchError` do. A
document that cannot be read, is not text (binary bytes), or cannot be
parsed gets one line on standard error (`prparse: PATH: Type: message`), no
output unless `--error-records` asks for a record, and makes the exit status
1. With more than one document a summary line (documents, errors, time) ends
standard error, and a progress bar runs there while it is a terminal and
`tqdm` is installed.
"""

from __future__ import annotations

import argparse
import codecs
import csv
import functools
import importlib
import io
import json
import os
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from ._api import Parser, Policy
from ._batch import BatchError, _Done, _Failure, read_source, run
from ._errors import PrparseError
from ._model import Release
from ._records import RECORD_COLUMNS, to_record
from ._render import render_html, render_markdown

SUFFIXES = frozenset({".txt", ".html", ".htm", ".xml"})
"""File name endings taken from a directory (case-insensitive)."""

FORMATS = {"json": ".json", "jsonl": ".jsonl", "csv": ".csv", "md": ".md", "html": ".html"}
"""The output formats and the file name ending each gets under `-o DIR`."""

# File signatures ("magic numbers") of the binary files most often met where
# release files are expected: images, documents and archives saved beside them.
BINARY_SIGNATURES: dict[bytes, str] = {
    b"\x89PNG\r\n\x1a\n": "a PNG image",
    b"GIF87a": "a GIF image",
    b"GIF89a": "a GIF image",
    b"\xff\xd8\xff": "a JPEG image",
    b"%PDF-": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (or an Office document)",
    b"\x1f\x8b": "a gzip archive",
    b"\x7fELF": "an ELF executable",
}
_SNIFF = 8192
_UTF16_32 = ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")
_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)


class NotTextError(PrparseError, ValueError):
    """A file given to the command holds binary data, not a release's text."""


def _arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="prparse",
        description="Parse press releases (text or HTML files) into structured data.",
        epilog="json: with one file indented; with several, or a directory, one object per line "
        "(as jsonl). csv: a header and one row per release. md: the release as Markdown. html: "
        "the source shaded by section kind beside the parsed fields (one page per document: "
        "with several, give -o DIR). Failed documents are reported on stderr, one line each; "
        "the exit status is 1 if any failed.",
    )
    parser.add_argument("--version", action="version", version=f"prparse {_version()}")
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
        "-f",
        "--format",
        choices=tuple(FORMATS),
        default="json",
        help="output format (default json)",
    )
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="DIR",
        help="write one file per input into DIR (name from the input, ending from the format)",
    )
    parser.add_argument(
        "--sections",
        action="store_true",
        help="JSON: include every block with its kind and offsets",
    )
    parser.add_argument(
        "--compact", action="store_true", help="one line per document even for one file"
    )
    parser.add_argument(
        "--error-records",
        action="store_true",
        help='also write a record for failures ({"key", "error_type", "error_message"} in JSON)',
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


def _version() -> str:
    from . import __version__  # the package is loaded by the time arguments are read

    return __version__


def expand(paths: Sequence[str]) -> Iterator[str]:
    """The files named: directories walked (sorted) for release files, others as given."""
    for name, _ in _inputs(paths):
        yield name


def _inputs(paths: Sequence[str]) -> Iterator[tuple[str, Path]]:
    """Each file named, with its output's path under `-o DIR` less the ending.

    A file given by name writes `DIR/STEM`; a file found in a directory keeps
    its place below that directory; standard input writes `DIR/stdin`.
    """
    for name in paths:
        if name == "-":
            yield name, Path("stdin")
        elif Path(name).is_dir():
            for found in _walk(Path(name)):
                yield found, Path(found).relative_to(name).with_suffix("")
        else:
            yield name, Path(Path(name).stem)


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


def binary_reason(data: bytes) -> str | None:
    """What binary data looks like (`a PNG image`), or None for text.

    A known file signature, or NUL bytes, is binary; NULs in text that reads
    as UTF-16 or UTF-32 (with or without a byte-order mark) are that text's.
    """
    for signature, name in BINARY_SIGNATURES.items():
        if data.startswith(signature):
            return name
    head = data[:_SNIFF]
    if b"\0" not in head or any(head.startswith(bom) for bom in _BOMS):
        return None
    if any(_reads_as_text(head, encoding) for encoding in _UTF16_32):
        return None
    return "binary data (NUL bytes)"


def _reads_as_text(head: bytes, encoding: str) -> bool:
    """Whether bytes with NULs are text in this encoding: the NULs all fall in the
    high bytes of its code units (ASCII and most Latin and CJK characters have them)
    and what it decodes to is printable."""
    unit = 4 if "32" in encoding else 2
    head = head[: len(head) - len(head) % unit]
    low = 0 if encoding.endswith("le") else unit - 1  # where a code unit's low byte sits
    if any(head[i] == 0 for i in range(low, len(head), unit)):
        return False
    try:
        text = head.decode(encoding)
    except UnicodeDecodeError:
        return False
    printable = sum(char.isprintable() or char in "\t\r\n" for char in text)
    return printable >= 0.95 * max(len(text), 1)


def output(policy: Policy, fmt: str, sections: bool, source: object) -> dict[str, Any] | str:
    """In a worker: one document in the output format (a JSON-ready dict for json and csv).

    Raises `NotTextError` for binary bytes, found here or by the parser.
    """
    data = read_source(source)
    reason = binary_reason(data) if isinstance(data, bytes) else None
    if reason is not None:
        raise NotTextError(f"not text: {reason}")
    release = Parser(policy).parse(data)
    for defect in release.defects:
        if defect.kind.value == "not_text":  # the parser's own finding, where it makes one
            raise NotTextError(f"not text: {defect.message}")
    return _formatted(release, fmt, sections)


def _formatted(release: Release, fmt: str, sections: bool) -> dict[str, Any] | str:
    if fmt == "md":
        return render_markdown(release)
    if fmt == "html":
        return render_html(release)
    if fmt == "csv":
        return to_record(release)
    result = release.to_dict()
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


class _Writer:
    """Writes each document's output: to standard output, or to its own file under `-o DIR`."""

    def __init__(self, args: argparse.Namespace, single: bool, targets: dict[str, Path]) -> None:
        self._format: str = args.format
        self._folder: Path | None = args.output
        self._targets = targets
        self._indent = (
            2 if args.format == "json" and (single or args.output) and not args.compact else None
        )
        self._error_records: bool = args.error_records
        self._written = 0

    def document(self, index: int, name: str, value: dict[str, Any] | str) -> None:
        """One document's output."""
        if isinstance(value, str):
            self._write(name, value)
        elif self._format == "csv":
            self._write(name, self._csv_row({**value, "index": index, "key": name}))
        else:
            self._write(
                name,
                json.dumps({"key": name, **value}, ensure_ascii=False, indent=self._indent) + "\n",
            )

    def failure(self, index: int, name: str, failure: _Failure) -> None:
        """A failed document's record, when `--error-records` asks for one (JSON and CSV)."""
        if not self._error_records or self._format in {"md", "html"}:
            return
        error = BatchError(
            index=index, key=name, error_type=failure.error_type, error_message=failure.message
        )
        if self._format == "csv":
            self._write(name, self._csv_row(to_record(error)))
        else:
            fields = {k: v for k, v in error.to_dict().items() if k != "index"}
            self._write(name, json.dumps(fields, ensure_ascii=False) + "\n")

    def _csv_row(self, row: dict[str, Any]) -> str:
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=list(RECORD_COLUMNS), lineterminator="\n")
        if self._folder is not None or not self._written:
            writer.writeheader()
        writer.writerow(row)
        return buffer.getvalue()

    def _write(self, name: str, text: str) -> None:
        if self._folder is None:
            if self._format == "md" and self._written:
                sys.stdout.write("\n* * *\n\n")  # a thematic break between releases
            sys.stdout.write(text)
        else:
            target = self._folder / self._targets[name]
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8", newline="")
        self._written += 1


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
    inputs = list(_inputs(args.paths))
    if not inputs:
        print("prparse: no .txt, .html, .htm or .xml files found", file=sys.stderr)
        return 1
    names = [name for name, _ in inputs]
    targets = {name: Path(f"{stem}{FORMATS[args.format]}") for name, stem in inputs}
    problem = _output_problem(args, targets)
    if problem:
        print(f"prparse: {problem}", file=sys.stderr)
        return 2
    single = len(names) == 1 and not any(Path(p).is_dir() for p in args.paths if p != "-")
    writer = _Writer(args, single, targets)
    work = functools.partial(output, Policy(strict=args.strict), args.format, args.sections)
    started = time.perf_counter()
    progress = _Progress(len(names), not args.quiet)
    errors = 0
    try:
        for done in run(map(_source, names), work, jobs=args.jobs):
            errors += _emit(done, writer, progress)
            progress.step()
        sys.stdout.flush()
    finally:
        progress.close()
    if len(names) > 1 and not args.quiet:
        print(_summary(len(names), errors, time.perf_counter() - started), file=sys.stderr)
    return 1 if errors else 0


def _output_problem(args: argparse.Namespace, targets: dict[str, Path]) -> str | None:
    """Why the outputs cannot be written as asked, before any work is done."""
    if args.output is None:
        if args.format == "html" and len(targets) > 1:
            return f"--format html writes a page per document: give -o DIR for {len(targets)}"
        return None
    if args.output.exists() and not args.output.is_dir():
        return f"-o {args.output}: not a directory"
    seen: dict[Path, str] = {}
    for name, target in targets.items():
        if target in seen:
            return f"{seen[target]} and {name} would both write {args.output / target}"
        seen[target] = name
    return None


def _emit(done: _Done[dict[str, Any] | str], writer: _Writer, progress: _Progress) -> bool:
    """Write one document's output; True if it failed."""
    name = str(done.task.key)
    outcome = done.outcome
    if isinstance(outcome, _Failure):
        progress.write(f"prparse: {name}: {outcome.error_type}: {outcome.message}")
        writer.failure(done.task.index, name, outcome)
        return True
    writer.document(done.task.index, name, outcome)
    return False


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
