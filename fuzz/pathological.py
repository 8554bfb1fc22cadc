"""Time prparse on the issue's pathological inputs at full size and print a table.

    .venv/bin/python fuzz/pathological.py                 # every case, full size
    .venv/bin/python fuzz/pathological.py --quick         # the test suite's sizes
    .venv/bin/python fuzz/pathological.py --only "10,000-deep HTML nesting"

Each case runs in a fresh process (so one hang cannot stop the table) with
a time limit (`--limit`, 300 s); a case over it is reported as a hang. The
time is the best of `--repeat` parses, `parse()` only (building the input
and the lazy imports of a first parse are not counted); memory is the
process's peak RSS.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from _pathological import BY_NAME, CASES

_CHILD = """
import json, resource, sys, time
sys.path.insert(0, {tests!r})
import prparse
from _pathological import BY_NAME
case = BY_NAME[{name!r}]
prparse.parse("Headline\\n\\nNEW YORK, Jan. 5, 2024 -- Body.")  # warm up: lazy imports
prparse.parse("<html><body><p>Body.</p></body></html>")
source = case.build({size})
best = None
for _ in range({repeat}):
    start = time.perf_counter()
    release = prparse.parse(source)
    elapsed = time.perf_counter() - start
    best = elapsed if best is None else min(best, elapsed)
print(json.dumps({{
    "chars": len(source), "seconds": best, "sections": len(release.sections),
    "defects": [d.kind.value for d in release.defects],
    "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
}}))
"""


def run(name: str, size: int, repeat: int, limit: float) -> dict[str, object]:
    tests = str(Path(__file__).resolve().parents[1] / "tests")
    code = _CHILD.format(tests=tests, name=name, size=size, repeat=repeat)
    try:
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, timeout=limit, check=False
        )
    except subprocess.TimeoutExpired:
        return {"error": f"HANG: over {limit:.0f} s"}
    if done.returncode != 0:
        return {"error": "CRASH: " + (done.stderr.strip().splitlines() or ["?"])[-1][:120]}
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="the default test run's sizes")
    parser.add_argument("--only", action="append", help="a case's name (repeatable)")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--limit", type=float, default=300.0)
    args = parser.parse_args()
    cases = [BY_NAME[name] for name in args.only] if args.only else CASES
    head = f"| {'input':32} | {'chars':>10} | {'time (s)':>9} | {'RSS MB':>6} | sections | defects"
    print(head)
    print(f"|{'-' * 34}|{'-' * 12}|{'-' * 11}|{'-' * 8}|----------|---------|")
    for case in cases:
        size = case.quick if args.quick else case.full
        result = run(case.name, size, args.repeat, args.limit)
        if "error" in result:
            print(f"| {case.name:32} | {'':>10} | {result['error']} |", flush=True)
            continue
        defects = ", ".join(str(d) for d in result["defects"]) or "-"  # type: ignore[attr-defined]
        print(
            f"| {case.name:32} | {result['chars']:>10,} | {result['seconds']:>9.3f} "
            f"| {result['rss_mb']:>6} | {result['sections']:>8} | {defects} |",
            flush=True,
        )


if __name__ == "__main__":
    main()
