"""Speed and memory of prparse against the targets of the speed issue; prints Markdown.

    cd /work/main && .venv/bin/python benchmarks/bench.py            # everything (~5 min)
    .venv/bin/python benchmarks/bench.py --quick                      # a fast subset (~1 min)
    .venv/bin/python benchmarks/bench.py --bulk DIR                   # another bulk folder
    .venv/bin/python benchmarks/bench.py --profile text|html [--top N] # cProfile hot spots
    .venv/bin/python benchmarks/bench.py --stages text|html           # time per function
    .venv/bin/python benchmarks/bench.py --out benchmarks/results.md  # the report, to a file

Measures, on `fixtures/` (text `.txt` and `.html` apart) and the bulk folder
(`../shared/bulk/` when present): parse time per release (median, p95, p99,
max; each document's time is the best of `--repeat` runs after a warm-up);
`import prparse` in a fresh interpreter (best of several) and whether it
pulled in `dateparser`; `import prparse` plus the first parse of a text
release and of an HTML page in a fresh interpreter (best of several; each
fresh interpreter reads its modules' bytecode from a cache that a warm-up
run wrote, as an installed package does, even where PYTHONDONTWRITEBYTECODE
is set); tracemalloc peak for the largest document; RSS
after 1,000 and 10,000 parses in a fresh process; time per KB of one release
repeated 1x, 4x, 16x and 64x in one document (text and HTML); and, on the
same documents, the floors `\\w+` (text) and `lxml.html.fromstring` (HTML)
and the alternative `trafilatura.bare_extraction`, as ratios (summed over
a set; the HTML target reads the median of each page's own ratio to lxml).
Each target gets PASS or FAIL. Timings are the CPU time of this process (`--clock wall`
for the wall clock). The report also gives the time per pipeline stage
(decode, front end, cut, facts, zones, classify, extract); `--out FILE`
writes it to a file as well (`benchmarks/results.md`, which the README
includes), so no figure is typed by hand.

Optional: trafilatura (skipped when missing).
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import gc
import io
import json
import logging
import os
import platform
import pstats
import re
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import prparse
from prparse import BatchError, parse_many

HERE = Path(__file__).resolve().parent
FIXTURES = HERE.parent / "fixtures"
DEFAULT_BULK = HERE.parent.parent / "shared" / "bulk"
SCALE_TEXT = FIXTURES / "bw-celgene-revlimid-alvogen.txt"
SCALE_HTML = FIXTURES / "bw-nissan-sentra-cup.html"
WORD = re.compile(r"\w+")
BODY = re.compile(rb"(<body[^>]*>)(.*)(</body>)", re.DOTALL | re.IGNORECASE)
PARAGRAPHS = re.compile(rb"<p[\s>].*</p>", re.DOTALL | re.IGNORECASE)
"""From the first `<p>` to the last `</p>`: the body run of an HTML release."""
FACTORS = (1, 4, 16, 64)

Work = Callable[[bytes], object]


@dataclass(frozen=True)
class Target:
    """One target of the issue: what was measured against what was asked."""

    name: str
    value: str
    goal: str
    passed: bool | None
    """None when it could not be measured here."""


# ---------------------------------------------------------------- corpus


def load(folder: Path, suffixes: Sequence[str], limit: int | None) -> list[tuple[str, bytes]]:
    """(name, bytes) of a folder's files with these suffixes, sorted by name."""
    if not folder.is_dir():
        return []
    files = sorted(p for p in folder.iterdir() if p.suffix.lower() in suffixes)
    return [(p.name, p.read_bytes()) for p in files[:limit]]


def corpora(args: argparse.Namespace) -> dict[str, list[tuple[str, bytes]]]:
    """The document sets measured, by label; empty sets left out."""
    limit = 300 if args.quick else None
    sets = {
        "fixtures text": load(FIXTURES, (".txt",), None),
        "fixtures HTML": load(FIXTURES, (".html", ".htm"), None),
        "bulk text": load(args.bulk, (".txt",), limit),
        "bulk HTML": load(args.bulk, (".html", ".htm"), limit),
    }
    return {label: docs for label, docs in sets.items() if docs}


# ---------------------------------------------------------------- timing


CLOCKS = {"cpu": time.process_time, "wall": time.perf_counter}
"""`cpu` (default) is this process's CPU time: parsing is single-threaded and
CPU-bound, and CPU time does not count the time other processes of a shared
machine take the core; `wall` is the wall clock."""


def cache_clearers() -> list[Callable[[], None]]:
    """`cache_clear` of prparse's per-text memos: `lru_cache`s of `PER_TEXT_CACHE` or more.

    Smaller caches hold data loaded once (country names, compiled patterns)
    and stay warm, as they would in a long run.
    """
    found = {id(value): value.cache_clear
             for name, module in list(sys.modules.items())
             if name.startswith("prparse") and module is not None
             for value in vars(module).values() if _per_text_cache(value)}
    return list(found.values())


PER_TEXT_CACHE = 1024


def _per_text_cache(value: object) -> bool:
    info = getattr(value, "cache_info", None)
    maxsize = info().maxsize if callable(info) else None
    return maxsize is not None and maxsize >= PER_TEXT_CACHE


def best_time(work: Work, data: bytes, repeat: int, clock: Callable[[], float]) -> float:
    """Best seconds of `repeat` runs of `work(data)` by `clock`.

    prparse's per-text caches are cleared before each run, so a run never
    profits from an earlier run over the same text: each is timed as a
    document never seen before (as in a stream of distinct releases).
    """
    clearers = cache_clearers()
    best = float("inf")
    for _ in range(repeat):
        for clear in clearers:
            clear()
        start = clock()
        work(data)
        best = min(best, clock() - start)
    return best


def times(work: Work, docs: list[tuple[str, bytes]], repeat: int,
          clock: Callable[[], float]) -> list[float]:
    """Per-document best times, after one warm-up pass over all of them."""
    for _, data in docs:
        work(data)
    return [best_time(work, data, repeat, clock) for _, data in docs]


def quantile(values: list[float], q: float) -> float:
    """The q-quantile by nearest rank (q=1 is the max)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * len(ordered)) - 1))]


def words(data: bytes) -> object:
    """The text floor: one `\\w+` pass over the decoded text."""
    return WORD.findall(data.decode("utf-8", "replace"))


def lxml_floor() -> Work | None:
    """The HTML floor: `lxml.html.fromstring`."""
    try:
        import lxml.html
    except ImportError:
        return None
    return lxml.html.fromstring


def trafilatura_work() -> Work | None:
    """What users would pick instead: `trafilatura.bare_extraction` (None if missing)."""
    try:
        import trafilatura
    except ImportError:
        return None
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    return lambda data: trafilatura.bare_extraction(data)


def ms(seconds: float) -> str:
    """Seconds as milliseconds for the tables."""
    return f"{seconds * 1e3:.2f}"


@dataclass(frozen=True)
class Settings:
    """How to time: runs per document (best kept), the clock, and whether to cut corners."""

    repeat: int
    clock: Callable[[], float]
    quick: bool


def timing_rows(sets: dict[str, list[tuple[str, bytes]]],
                run: Settings) -> tuple[list[list[str]], dict[str, dict[str, float]]]:
    """The per-release table, and the figures the targets need."""
    rows, figures = [], {}
    for label, docs in sets.items():
        mine = times(prparse.parse, docs, run.repeat, run.clock)
        per_kb = [t / (len(d) / 1024) for t, (_, d) in zip(mine, docs, strict=True)]
        stats = {"median": statistics.median(mine), "p95": quantile(mine, 0.95),
                 "p99": quantile(mine, 0.99), "max": max(mine),
                 "per_kb": statistics.median(per_kb)}
        floors = _floor_ratios(docs, mine, label.endswith("HTML"), run)
        stats.update(floors)
        figures[label] = stats
        quantiles = (ms(stats[k]) for k in ("median", "p95", "p99", "max", "per_kb"))
        rows.append([label, str(len(docs)), *quantiles, _ratio(floors.get("floor")),
                     _ratio(floors.get("floor_median")), _ratio(floors.get("trafilatura"))])
    return rows, figures


def _floor_ratios(docs: list[tuple[str, bytes]], mine: list[float], html: bool,
                  run: Settings) -> dict[str, float]:
    """prparse / floor and trafilatura / prparse, as ratios of summed times; and the median
    over documents of each one's prparse / floor."""
    floor = lxml_floor() if html else words
    ratios: dict[str, float] = {}
    if floor is not None:
        floors = times(floor, docs, run.repeat, run.clock)
        ratios["floor"] = sum(mine) / sum(floors)
        ratios["floor_median"] = statistics.median(
            m / f for m, f in zip(mine, floors, strict=True) if f > 0
        )
    other = trafilatura_work() if html else None
    if other is not None:
        sample = docs[:40] if run.quick else docs
        theirs = times(other, sample, 1, run.clock)
        ratios["trafilatura"] = sum(theirs) / sum(mine[: len(sample)])
    return ratios


def _ratio(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.1f}x"


# ---------------------------------------------------------------- import


IMPORT_PROBE = """
import sys, time
wall, cpu = time.perf_counter(), time.process_time()
import prparse
print(time.perf_counter() - wall, time.process_time() - cpu, "dateparser" in sys.modules)
"""


FIRST_PARSE_PROBE = """
import sys, time
data = open(sys.argv[1], "rb").read()
wall, cpu = time.perf_counter(), time.process_time()
import prparse
prparse.parse(data)
print(time.perf_counter() - wall, time.process_time() - cpu)
"""


def fresh_env(cache: Path) -> dict[str, str]:
    """The environment of a fresh interpreter that keeps its bytecode in `cache`.

    An installed package's modules are compiled once, at install; a run with
    PYTHONDONTWRITEBYTECODE (common in containers) would compile them again
    in every interpreter and time the compiler, not prparse.
    """
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(cache)
    return env


def fresh_run(args: list[str], cache: Path) -> str:
    """The standard output of a fresh interpreter run with `args`."""
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, check=True,
                          env=fresh_env(cache)).stdout


def import_time(tries: int, clock: str, cache: Path) -> tuple[float, bool]:
    """Best `import prparse` seconds in a fresh interpreter, and whether dateparser came along."""
    best, dateparser = float("inf"), False
    fresh_run(["-c", IMPORT_PROBE], cache)  # warm-up: writes the bytecode cache
    for _ in range(tries):
        out = fresh_run(["-c", IMPORT_PROBE], cache).split()
        seconds = float(out[0] if clock == "wall" else out[1])
        best, dateparser = min(best, seconds), dateparser or out[2] == "True"
    return best, dateparser


def first_parse_times(tries: int, clock: str, cache: Path) -> dict[str, float]:
    """Best seconds of `import prparse` plus the first parse, in a fresh interpreter, of a
    typical text release and of an HTML page."""
    found = {}
    for path in (SCALE_TEXT, SCALE_HTML):
        args = ["-c", FIRST_PARSE_PROBE, str(path)]
        fresh_run(args, cache)  # warm-up: writes the bytecode cache
        runs = [fresh_run(args, cache).split() for _ in range(tries)]
        found[path.name] = min(float(out[0] if clock == "wall" else out[1]) for out in runs)
    return found


def slowest_imports(count: int, cache: Path) -> list[str]:
    """The modules `import prparse` spends most on (self time, `-X importtime`)."""
    err = subprocess.run([sys.executable, "-X", "importtime", "-c", "import prparse"],
                         capture_output=True, text=True, check=True,
                         env=fresh_env(cache)).stderr
    rows = []
    for line in err.splitlines()[1:]:
        parts = line.split("|")
        if len(parts) == 3 and parts[0].split(":")[-1].strip().isdigit():
            rows.append((int(parts[0].split(":")[-1]), parts[2].strip()))
    return [f"{name} {us / 1000:.1f} ms" for us, name in sorted(rows, reverse=True)[:count]]


# ---------------------------------------------------------------- memory


def peak_memory(data: bytes) -> float:
    """tracemalloc peak (bytes) while parsing one document, after a warm-up parse."""
    prparse.parse(data)
    gc.collect()
    tracemalloc.start()
    try:
        prparse.parse(data)
        return float(tracemalloc.get_traced_memory()[1])
    finally:
        tracemalloc.stop()


def rss() -> int:
    """This process's resident set size in bytes (Linux `/proc`; else the peak from `resource`)."""
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak if sys.platform == "darwin" else peak * 1024


def rss_child(count: int, bulk: Path) -> None:
    """In a fresh process: parse `count` releases (cycling the corpus), print RSS checkpoints."""
    found = load(FIXTURES, (".txt", ".html"), None) + load(bulk, (".txt", ".html"), None)
    docs = [data for _, data in found]
    checkpoints = {count // 10: 0, count // 2: 0, count: 0}
    for i in range(1, count + 1):
        prparse.parse(docs[i % len(docs)])
        if i in checkpoints:
            gc.collect()
            checkpoints[i] = rss()
    print(json.dumps(checkpoints))


def rss_growth(count: int, bulk: Path) -> dict[int, int]:
    """RSS checkpoints from `rss_child` run in a fresh interpreter."""
    out = subprocess.run([sys.executable, __file__, "--rss-child", str(count), "--bulk", str(bulk)],
                         capture_output=True, text=True, check=True).stdout
    return {int(k): v for k, v in json.loads(out).items()}


# ---------------------------------------------------------------- scaling


Scale = list[tuple[int, int, float]]
"""(factor, KB, ms per KB) rows of one scaling run."""


def distinct(copy: bytes, number: int, html: bool) -> bytes:
    """Copy `number` of a text, each paragraph ending in a word of its own (` r7`).

    Without it the copies would be the same texts and prparse's per-text
    caches would parse every copy after the first for free.
    """
    if number == 0:
        return copy
    mark = f" r{number}".encode()
    if html:
        return re.sub(rb"(?i)</p>", mark + b"</p>", copy)
    return re.sub(rb"(?<=\S)(?=\r?\n\s*\n)", mark, copy)


def copies(run: bytes, factor: int, html: bool, joint: bytes) -> bytes:
    """`factor` distinct copies of a run of text or markup, joined by `joint`."""
    return joint.join(distinct(run, number, html) for number in range(factor))


def repeated(data: bytes, factor: int, html: bool) -> bytes:
    """One release repeated `factor` times in one document (inside one `<body>` for HTML)."""
    if not html:
        return copies(data.rstrip() + b"\n\n", factor, html, b"")
    match = BODY.search(data)
    if match is None:
        return copies(data, factor, html, b"")
    return data[: match.start(2)] + copies(match.group(2), factor, html, b"") + data[match.end(2):]


def body_repeated(data: bytes, factor: int, html: bool) -> bytes:
    """One release with its body run (the paragraphs or `<p>` elements) repeated `factor` times.

    Unlike `repeated()`, the copies are body text of one release, so every
    copy goes through the body, quote and disclosure paths.
    """
    if html:
        match = PARAGRAPHS.search(data)
        if match is None:
            return repeated(data, factor, html)
        grown = copies(match.group(0), factor, html, b"\n")
        return data[: match.start()] + grown + data[match.end():]
    paragraphs = data.split(b"\n\n")
    start, end = len(paragraphs) // 4, len(paragraphs) // 2
    middle = copies(b"\n\n".join(paragraphs[start:end]) + b"\n\n", factor, html, b"")
    return b"\n\n".join(paragraphs[:start]) + b"\n\n" + middle + b"\n\n".join(paragraphs[end:])


def scaling(path: Path, run: Settings, grow: Callable[[bytes, int, bool], bytes]) -> Scale:
    """(factor, KB, ms per KB) of one release grown 1x..64x by `grow`."""
    data, html = path.read_bytes(), path.suffix == ".html"
    rows = []
    for factor in FACTORS:
        doc = grow(data, factor, html)
        prparse.parse(doc)
        seconds = best_time(prparse.parse, doc, run.repeat, run.clock)
        rows.append((factor, len(doc) // 1024, seconds * 1e3 / (len(doc) / 1024)))
    return rows


def scaling_runs(run: Settings) -> dict[str, Scale]:
    """Whole release and body run repeated, for the text and the HTML release."""
    return {f"{how} {path.name}": scaling(path, run, grow)
            for how, grow in (("release x", repeated), ("body x", body_repeated))
            for path in (SCALE_TEXT, SCALE_HTML)}


def throughput(sets: dict[str, list[tuple[str, bytes]]], quick: bool) -> list[list[str]]:
    """Documents per second (wall clock) of `parse_many` with 1 job and one per CPU."""
    docs = [data for found in sets.values() for _, data in found][: 300 if quick else 2000]
    rows = []
    for jobs in sorted({1, os.cpu_count() or 1}):
        start = time.perf_counter()
        failed = sum(isinstance(r, BatchError) for r in parse_many(docs, jobs=jobs))
        seconds = time.perf_counter() - start
        rows.append([str(jobs), str(len(docs)), str(failed), f"{seconds:.1f}",
                     f"{len(docs) / seconds:.0f}"])
    return rows


# ---------------------------------------------------------------- profile


def profile(kind: str, sets: dict[str, list[tuple[str, bytes]]], top: int) -> None:
    """Print the top functions by cumulative and by own time over the text or HTML sets."""
    docs = _documents_of(kind, sets)
    clearers = cache_clearers()
    profiler = cProfile.Profile()
    for data in docs:
        for clear in clearers:  # as in `best_time`: each document as never seen
            clear()
        profiler.enable()
        prparse.parse(data)
        profiler.disable()
    entries = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    total = max(cum for _, _, _, cum, _ in entries.values())
    print(f"## cProfile, {kind}: {len(docs)} documents, {total:.2f} s under the profiler\n")
    for title, column in (("cumulative", 3), ("own time", 2)):
        print(f"| function ({title}) | module:line | calls | own s | cum s | share |")
        print("|---|---|---|---|---|---|")
        ranked = sorted(entries.items(), key=lambda kv: kv[1][column], reverse=True)[:top]
        for (file, line, name), (_, calls, own, cum, _) in ranked:
            where = f"{Path(file).name}:{line}" if line else "builtin"
            share = (cum if column == 3 else own) / total
            print(f"| `{name}` | {where} | {calls} | {own:.2f} | {cum:.2f} | {share:.0%} |")
        print()


def _documents_of(kind: str, sets: dict[str, list[tuple[str, bytes]]]) -> list[bytes]:
    """The documents of the text or HTML sets, each parsed once (warm-up)."""
    docs = [data for label, found in sets.items() if label.endswith(kind) for _, data in found]
    for data in docs:
        prparse.parse(data)
    return docs


PIPELINE = {
    "decode": ("_decode.decode",),
    "front end": (
        "_text.text_document", "_html.html_page", "_html.html_document", "_feed.feed_document",
    ),
    "cut": ("_cut.cut_at_dateline",),
    "facts": ("_facts.block_facts",),
    "zones": ("_zones.find_zones",),
    "classify": ("_classify.classify",),
    "extract": ("_assemble.assemble",),
    "page chrome": ("_coverage.with_page_chrome",),
    "malformed check": ("_malformed.html_text_lost",),
}
"""The pipeline's stages (`_pipeline.run`), each as the functions that make it up."""

STAGES = (
    *(name for names in PIPELINE.values() for name in names),
    "_html.html_blocks", "_html.walk", "_html_page.find_container", "_html_page.is_chrome",
    "_dateline.find_dateline", "_contacts.contact_score", "_contacts.names_person",
    "_disclosures.disclosure_kind", "_dates.find_release_date", "_quotes.extract_quotes",
    "_people.find_people", "_markdown.finish_text", "_tickers.find_tickers",
    "_dates.parse_date", "_dates._parse_with_dateparser", "_model._plain",
)
"""Functions timed (inclusive, without a profiler) by `--stages`, as `module.function`;
a name a revision lacks is left out."""


def stage_times(docs: list[bytes], names: Sequence[str]) -> tuple[float, dict[str, float],
                                                                   dict[str, int]]:
    """Parse CPU seconds over the documents; each function's inclusive seconds and calls."""
    spent: dict[str, float] = dict.fromkeys(names, 0.0)
    calls: dict[str, int] = dict.fromkeys(names, 0)
    clearers = cache_clearers()
    undo = [_wrap(name, spent, calls) for name in names]
    total = 0.0
    try:
        for data in docs:
            for clear in clearers:  # as in `best_time`: each document as never seen
                clear()
            start = time.process_time()
            prparse.parse(data)
            total += time.process_time() - start
    finally:
        for restore in undo:
            restore()
    return total, spent, calls


def stages(kind: str, sets: dict[str, list[tuple[str, bytes]]]) -> None:
    """Print each stage's inclusive share of parse CPU time, no profiler overhead."""
    docs = _documents_of(kind, sets)
    total, spent, calls = stage_times(docs, STAGES)
    print(f"## Stages, {kind}: {len(docs)} documents, {total:.2f} s, "
          f"{total / len(docs) * 1e3:.2f} ms per document\n")
    rows = [[f"`{name}`", str(calls[name]), f"{spent[name]:.2f}", f"{spent[name] / total:.0%}"]
            for name in sorted(STAGES, key=spent.__getitem__, reverse=True) if calls[name]]
    print(table(["function (inclusive)", "calls", "s", "share"], rows))


def pipeline_rows(sets: dict[str, list[tuple[str, bytes]]]) -> list[list[str]]:
    """Per set, ms per document in each pipeline stage (inclusive; `-` where a revision lacks
    the stage), the whole parse and what no stage covers."""
    names = [name for group in PIPELINE.values() for name in group]
    rows = []
    for label, found in sets.items():
        docs = [data for _, data in found]
        for data in docs:  # warm-up, as in `times`
            prparse.parse(data)
        total, spent, calls = stage_times(docs, names)
        cells, covered = [], 0.0
        for group in PIPELINE.values():
            seconds = sum(spent[name] for name in group)
            covered += seconds
            ran = any(calls[name] for name in group)
            cells.append(ms(seconds / len(docs)) if ran else "-")
        rows.append([label, str(len(docs)), *cells, ms(total / len(docs)),
                     ms(max(0.0, total - covered) / len(docs))])
    return rows


def _wrap(name: str, spent: dict[str, float], calls: dict[str, int]) -> Callable[[], None]:
    """Replace `prparse.<module>.<function>` wherever prparse's modules bound it; give an undo."""
    module_name, function_name = name.rsplit(".", 1)
    module = sys.modules.get(f"prparse.{module_name}")
    original = getattr(module, function_name, None) if module else None
    if original is None:
        return lambda: None

    def timed(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return original(*args, **kwargs)
        finally:
            spent[name] += time.process_time() - start
            calls[name] += 1

    holders = [m for key, m in list(sys.modules.items())
               if key.startswith("prparse") and m is not None
               for attr in [function_name] if getattr(m, attr, None) is original]
    for holder in holders:
        setattr(holder, function_name, timed)

    def undo() -> None:
        for holder in holders:
            setattr(holder, function_name, original)

    return undo


# ---------------------------------------------------------------- report


def table(header: Sequence[str], rows: list[list[str]]) -> str:
    """A Markdown table."""
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def machine() -> str:
    """What the figures came from."""
    model = platform.processor() or "?"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return (f"{platform.system()} {platform.machine()}, {model}, {os.cpu_count()} CPUs, "
            f"Python {platform.python_version()}, prparse {prparse.__version__} ({revision()})")


def revision() -> str:
    """The git commit measured, `+` when the work tree has changes."""
    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=HERE, capture_output=True, text=True,
                              check=False).stdout.strip()

    commit = git("rev-parse", "--short", "HEAD") or "no git"
    return commit + ("+" if git("status", "--porcelain", "--untracked-files=no") else "")


def targets(figures: dict[str, dict[str, float]], imported: tuple[float, bool],
            first: dict[str, float], scales: dict[str, Scale],
            growth: dict[int, int]) -> list[Target]:
    """Each target of the issue against what was measured."""
    seconds = imported[0]
    found = [Target("import prparse", f"{seconds * 1e3:.0f} ms", "<= 50 ms", seconds <= 0.05)]
    for name, took in first.items():
        found.append(Target(f"import + first parse, {name}", f"{took * 1e3:.0f} ms",
                            "<= 150 ms", took <= 0.15))
    for label, stats in figures.items():
        if label == "bulk text":
            found.append(Target(f"{label}: median", f"{ms(stats['median'])} ms", "<= 1.5 ms",
                                stats["median"] <= 0.0015))
            found.append(Target(f"{label}: p99", f"{ms(stats['p99'])} ms", "<= 8 ms",
                                stats["p99"] <= 0.008))
        elif label.endswith("HTML"):
            floor, other = stats.get("floor_median"), stats.get("trafilatura")
            found.append(Target(f"{label}: median of prparse / lxml.html per page",
                                _ratio(floor), "<= 8x", None if floor is None else floor <= 8))
            found.append(Target(f"{label}: trafilatura / prparse", _ratio(other), ">= 4x",
                                None if other is None else other >= 4))
    for label, rows in scales.items():
        ratio = rows[-1][2] / rows[0][2]
        found.append(Target(f"time per KB 64x/1x, {label}", f"{ratio:.2f}", "<= 1.3",
                            ratio <= 1.3))
    marks = sorted(growth)
    for first_mark in marks[:-1]:
        grown = (growth[marks[-1]] - growth[first_mark]) / 2**20
        found.append(Target(f"RSS growth {first_mark:,} -> {marks[-1]:,} parses",
                            f"{grown:+.1f} MB", "<= 2 MB", grown <= 2))
    return found


def _verdict(target: Target) -> str:
    return "n/a" if target.passed is None else ("PASS" if target.passed else "FAIL")


def report(args: argparse.Namespace) -> None:
    """Run every measurement and print the Markdown report."""
    sets = corpora(args)
    run = Settings(args.repeat, CLOCKS[args.clock], args.quick)
    print(f"# prparse benchmark\n\nMachine: {machine()}\n")
    rows, figures = timing_rows(sets, run)
    print(f"## Parse time per release (ms, {args.clock} time, best of {args.repeat} runs "
          "per document)\n")
    print(table(["set", "docs", "median", "p95", "p99", "max", "median per KB",
                 "prparse / floor", "median page / floor", "trafilatura / prparse"], rows))
    print("\nfloor: `\\w+` over the text for text, `lxml.html.fromstring` for HTML "
          "(ratios of summed times over the set; `median page`: the median of each "
          "document's own ratio)\n")
    print("## Time per stage (ms per document, cpu time, one run after a warm-up)\n")
    print(table(["set", "docs", *PIPELINE, "parse", "other"], pipeline_rows(sets)))
    print("\nA stage's time is inclusive; `other` is the parse outside the stages "
          "(the API, the pipeline's glue); `-`: the revision has no such stage.\n")
    with tempfile.TemporaryDirectory(prefix="prparse-bench-pyc-") as cache:
        tries = 3 if args.quick else 7
        imported = import_time(tries, args.clock, Path(cache))
        first = first_parse_times(tries, args.clock, Path(cache))
        slowest = slowest_imports(5, Path(cache))
    print(f"## Import\n\n`import prparse`: {imported[0] * 1e3:.1f} ms ({args.clock} time, best "
          f"of fresh interpreters); dateparser imported: {imported[1]}; slowest modules: "
          + ", ".join(slowest) + "\n")
    print("`import prparse` and the first parse, in a fresh interpreter: "
          + ", ".join(f"{name} {took * 1e3:.0f} ms" for name, took in first.items()) + "\n")
    scales = scaling_runs(run)
    print("## Scaling (one release grown in one document)\n")
    print(table(["document", "factor", "KB", "ms per KB", "vs 1x"],
                [[label, f"{f}x", str(kb), f"{per:.3f}", f"{per / rows_[0][2]:.2f}"]
                 for label, rows_ in scales.items() for f, kb, per in rows_]))
    print("\n## Batch throughput (`parse_many`, wall clock, pool start included)\n")
    print(table(["jobs", "docs", "errors", "s", "docs/s"], throughput(sets, args.quick)))
    _memory_section(args, sets)
    growth = rss_growth(1_000 if args.quick else 10_000, args.bulk)
    print(table(["parses", "RSS MB"], [[f"{n:,}", f"{v / 2**20:.1f}"] for n, v in growth.items()]))
    print("\n## Targets\n")
    print(table(["target", "measured", "goal", "result"],
                [[t.name, t.value, t.goal, _verdict(t)]
                 for t in targets(figures, imported, first, scales, growth)]))


def _memory_section(args: argparse.Namespace, sets: dict[str, list[tuple[str, bytes]]]) -> None:
    name, data = max((doc for docs in sets.values() for doc in docs), key=lambda d: len(d[1]))
    peak = peak_memory(data)
    print(f"\n## Memory\n\nLargest document: {name}, {len(data) / 2**20:.2f} MB; tracemalloc "
          f"peak while parsing it: {peak / 2**20:.1f} MB ({peak / len(data):.0f}x its size)\n")


def main(argv: Sequence[str] | None = None) -> None:
    """Parse the options and run the report, the profile or the RSS child."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer documents and repeats")
    parser.add_argument("--bulk", type=Path, default=DEFAULT_BULK, help="bulk corpus folder")
    parser.add_argument("--repeat", type=int, default=None, help="runs per document (best kept)")
    parser.add_argument("--clock", choices=sorted(CLOCKS), default="cpu",
                        help="cpu: process CPU time (default; robust on a shared machine); "
                        "wall: wall clock")
    parser.add_argument("--profile", choices=("text", "HTML", "html"), help="print hot spots")
    parser.add_argument("--stages", choices=("text", "HTML", "html"),
                        help="print each stage's share of parse time (no profiler)")
    parser.add_argument("--top", type=int, default=25, help="rows per profile table")
    parser.add_argument("--out", type=Path, help="also write the report to this file")
    parser.add_argument("--rss-child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    args.repeat = args.repeat or (1 if args.quick else 3)
    if args.rss_child:
        rss_child(args.rss_child, args.bulk)
    elif args.stages:
        stages("HTML" if args.stages.lower() == "html" else "text", corpora(args))
    elif args.profile:
        profile("HTML" if args.profile.lower() == "html" else "text", corpora(args), args.top)
    else:
        printed = io.StringIO()
        with contextlib.redirect_stderr(io.StringIO()), contextlib.redirect_stdout(printed):
            report(args)  # trafilatura's chatter on stderr is dropped
        print(printed.getvalue(), end="")
        if args.out is not None:
            args.out.write_text(printed.getvalue(), encoding="utf-8")


if __name__ == "__main__":
    main()
