#!/usr/bin/env python3
"""Snapshot prparse's output over a folder of releases, and diff two snapshots.

A rule's change is read over releases without gold before it is kept:

    python tools/bulk_diff.py snap before.jsonl            # ../shared/bulk by default
    ... change a rule ...
    python tools/bulk_diff.py snap after.jsonl
    python tools/bulk_diff.py diff before.jsonl after.jsonl [--field headline] [--show 20]

`diff` counts the releases whose field changed, per field, and shows some
changes side by side (the field's old and new value).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BULK = ROOT.parent / "shared" / "bulk"
FIELDS = (
    "headline", "date", "subheadlines", "dateline", "body", "quotes", "boilerplate",
    "contacts", "disclosures", "tickers", "wire_footer", "sections", "defects",
)


def snapshot(folder: Path, out: Path) -> None:
    """Parse every .txt/.html file of `folder`; one JSON line per file, sorted by name."""
    import prparse

    with out.open("w", encoding="utf-8") as sink:
        for path in sorted(p for p in folder.iterdir() if p.suffix in (".txt", ".html")):
            data = path.read_bytes()
            source: str | bytes = data
            if path.suffix == ".txt":
                try:
                    source = data.decode("utf-8")
                except UnicodeDecodeError:
                    pass
            try:
                result = prparse.parse(source).to_dict()
                record = {field: result.get(field) for field in FIELDS}
            except Exception as error:  # a crash is a result to diff too
                record = {"crash": f"{type(error).__name__}: {error}"}
            sink.write(json.dumps({"id": path.name, **record}, ensure_ascii=False, default=str) + "\n")


def _load(path: Path) -> dict[str, dict[str, object]]:
    with path.open(encoding="utf-8") as lines:
        return {(r := json.loads(line))["id"]: r for line in lines}


def _short(value: object, width: int = 300) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= width else text[: width - 3] + "..."


def diff(before: Path, after: Path, field: str | None, show: int) -> None:
    """Print how many releases changed per field, then examples."""
    old, new = _load(before), _load(after)
    counts: Counter[str] = Counter()
    examples: list[tuple[str, str, object, object]] = []
    for doc_id in sorted(old.keys() & new.keys()):
        for name in ("crash", *FIELDS):
            if old[doc_id].get(name) != new[doc_id].get(name):
                counts[name] += 1
                if field in (None, name):
                    examples.append((doc_id, name, old[doc_id].get(name), new[doc_id].get(name)))
    changed = {d for d, *_ in examples} if field else {d for d in old if old[d] != new.get(d)}
    print(f"{len(changed)} of {len(old)} releases changed")
    for name, count in counts.most_common():
        print(f"  {name:14} {count}")
    for doc_id, name, was, now in examples[:show]:
        print(f"\n{doc_id} [{name}]\n  - {_short(was)}\n  + {_short(now)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    snap = sub.add_parser("snap", help="parse a folder into a snapshot file")
    snap.add_argument("out", type=Path)
    snap.add_argument("--folder", type=Path, default=BULK)
    comp = sub.add_parser("diff", help="compare two snapshots")
    comp.add_argument("before", type=Path)
    comp.add_argument("after", type=Path)
    comp.add_argument("--field", choices=FIELDS)
    comp.add_argument("--show", type=int, default=15)
    args = parser.parse_args(argv)
    if args.command == "snap":
        snapshot(args.folder, args.out)
    else:
        diff(args.before, args.after, args.field, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
