"""Run the atheris harness for a total time, restarting it after each finding.

    .venv/bin/python fuzz/run_fuzz.py --seconds 600 --artifacts /tmp/prparse-fuzz

libFuzzer stops at the first crash; this runs it again (on the grown corpus)
until the time is spent, then prints the total executions and every
artifact (crash-*, timeout-*) with the first line of its error.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
_EXECUTED = re.compile(r"stat::number_of_executed_units:\s*(\d+)")
_ERROR = re.compile(r"^(?:AssertionError|\w+Error|\w+Exception|==\d+== ERROR).*$", re.M)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=600)
    parser.add_argument("--artifacts", type=Path, default=Path("/tmp/prparse-fuzz"))
    parser.add_argument("--max-len", type=int, default=8192)
    args = parser.parse_args()
    args.artifacts.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + args.seconds
    executions, runs, findings = 0, 0, []
    while (left := int(deadline - time.monotonic())) > 5:
        runs += 1
        log = args.artifacts / f"run-{runs}.log"
        command = [
            sys.executable, str(HERE / "fuzz_parse.py"), f"-max_total_time={left}",
            f"-max_len={args.max_len}", "-timeout=5", "-rss_limit_mb=4096", "-print_final_stats=1",
            f"-artifact_prefix={args.artifacts}/", str(HERE / "corpus"),
        ]
        with log.open("w") as out:
            subprocess.run(command, stdout=out, stderr=subprocess.STDOUT, check=False)
        text = log.read_text(errors="replace")
        executions += sum(int(n) for n in _EXECUTED.findall(text))
        if "Test unit written to" in text:
            errors = _ERROR.findall(text)
            findings.append((log.name, errors[0] if errors else "?"))
        print(f"run {runs}: {log.name}, executions so far {executions}", flush=True)
    print(f"total: {executions} executions in {runs} runs, {len(findings)} findings")
    for name, error in findings:
        print(f"  {name}: {error[:200]}")
    for path in sorted(args.artifacts.glob("*-*")):
        if path.name.startswith(("crash-", "timeout-", "oom-", "slow-unit-")):
            print(f"  artifact {path} ({path.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
