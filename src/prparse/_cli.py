"""The `prparse` command: parse release files and print JSON.

    prparse release.txt              one JSON object, indented
    prparse a.txt b.html > out.jsonl  one JSON object per line
    cat release.txt | prparse -      standard input
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from ._api import parse
from ._errors import PrparseError


def _arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="prparse",
        description="Parse press releases (text or HTML files) into structured JSON.",
        epilog="With one file the JSON is indented; with several, one object per line (JSON Lines).",
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="release files, or - for stdin")
    parser.add_argument("--sections", action="store_true", help="include every block with its kind and offsets")
    parser.add_argument("--compact", action="store_true", help="one line per document even for one file")
    return parser.parse_args(argv)


def _read(name: str) -> bytes:
    if name == "-":
        return sys.stdin.buffer.read()
    return Path(name).read_bytes()


def _record(name: str, data: bytes, sections: bool) -> dict[str, object]:
    result = parse(data).to_dict()
    if not sections:
        result.pop("sections", None)
    return {"file": name, **result}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _arguments(argv)
    status = 0
    indent = 2 if len(args.files) == 1 and not args.compact else None
    for name in args.files:
        try:
            record = _record(name, _read(name), args.sections)
        except OSError as error:
            print(f"prparse: {name}: {error.strerror or error}", file=sys.stderr)
            status = 1
            continue
        except PrparseError as error:
            print(f"prparse: {name}: {error}", file=sys.stderr)
            status = 1
            continue
        print(json.dumps(record, ensure_ascii=False, indent=indent))
    return status


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
