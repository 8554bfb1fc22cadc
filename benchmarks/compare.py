"""prparse against general article extractors on the HTML pages of a corpus.

Runs prparse, `trafilatura.bare_extraction` and newspaper4k on the same
`.html` documents and scores, the same way for all three, the headline
(exact after the scorer's `norm()`), the date (ISO date equal to the gold
`dateline.date`) and body word-token F1 (the extractor's main text against
the gold body). Prints a Markdown table and writes nothing.

    cd /work/main && .venv/bin/python benchmarks/compare.py [CORPUS_DIR]

Dev-only dependencies: trafilatura, newspaper4k (a missing one is skipped).
"""

from __future__ import annotations

import contextlib
import datetime
import importlib.util
import io
import json
import signal
import statistics
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parent.parent / "shared" / "corpus" / "dev"
SCORER = HERE.parent.parent / "shared" / "eval" / "score.py"
SOURCE = HERE.parent / "src"
TIME_LIMIT = 30

# (headline, ISO date, body text) as an extractor found them.
Extracted = tuple[str | None, str | None, str]


def _load_scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("prparse_score", SCORER)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load the scorer at {SCORER}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _iso(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()[:10]
    text = str(value).strip()
    return text[:10] if len(text) >= 10 and text[4] == "-" else None


def run_prparse(raw: bytes) -> Extracted:
    """prparse's headline, date and body (from `src/` when it is not installed)."""
    if str(SOURCE) not in sys.path:
        sys.path.insert(0, str(SOURCE))
    import prparse

    release = prparse.parse(raw)
    dateline = release.dateline
    date = _iso(dateline.date) if dateline is not None else None
    return release.headline, date, "\n".join(str(p) for p in release.body)


def run_trafilatura(raw: bytes) -> Extracted:
    """trafilatura's title, date and main text."""
    import trafilatura

    doc = trafilatura.bare_extraction(raw, with_metadata=True)
    if doc is None:
        return None, None, ""
    data = doc if isinstance(doc, dict) else doc.as_dict()
    return data.get("title"), _iso(data.get("date")), data.get("text") or ""


def run_newspaper(raw: bytes) -> Extracted:
    """newspaper4k's title, publish date and text."""
    import newspaper

    config = newspaper.Config()
    config.fetch_images = False  # it would download the page's images to size them
    config.request_timeout = 1
    article = newspaper.Article(url="http://localhost/", config=config)
    article.download(input_html=raw.decode("utf-8", errors="replace"))
    article.parse()
    return article.title, _iso(article.publish_date), article.text or ""


EXTRACTORS: dict[str, Callable[[bytes], Extracted]] = {
    "prparse": run_prparse,
    "trafilatura": run_trafilatura,
    "newspaper4k": run_newspaper,
}


class _TimeUp(Exception):
    """An extractor ran past the time limit on one document."""


@contextlib.contextmanager
def _time_limit(seconds: int) -> Iterator[None]:
    """Raise `_TimeUp` after `seconds` (where SIGALRM exists)."""
    if not hasattr(signal, "SIGALRM"):
        yield
        return

    def alarm(_signum: int, _frame: object) -> None:
        raise _TimeUp(f"no result after {seconds} s")

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def _available(name: str) -> bool:
    if name == "prparse":
        return True
    module = {"prparse": "prparse", "trafilatura": "trafilatura", "newspaper4k": "newspaper"}[name]
    return importlib.util.find_spec(module) is not None


def score_one(score: ModuleType, got: Extracted, gold: dict[str, Any]) -> dict[str, float]:
    """headline, date and body F1 of one extraction; like the scorer, a date counts only
    where the gold or the extractor has one."""
    headline, date, body = got
    gold_date = (gold.get("dateline") or {}).get("date")
    out = {
        "headline": float(score.norm(headline) == score.norm(gold.get("headline"))),
        "body": score.prf(score.tokens(body), score.tokens(" ".join(gold.get("body") or [])))[2],
    }
    if gold_date or date:
        out["date"] = float(date == gold_date)
    return out


def main(argv: list[str]) -> int:
    """Score every extractor on the corpus's HTML documents and print the table."""
    corpus = Path(argv[1]) if len(argv) > 1 else DEFAULT_CORPUS
    score = _load_scorer()
    docs = sorted(p for p in corpus.glob("*.html") if p.with_suffix(".json").exists())
    if not docs:
        print(f"no HTML documents with gold in {corpus}", file=sys.stderr)
        return 1
    results: dict[str, list[dict[str, float]]] = {}
    for name, extract in EXTRACTORS.items():
        if not _available(name):
            print(f"{name}: not installed, skipped", file=sys.stderr)
            continue
        rows = results.setdefault(name, [])
        for path in docs:
            gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
            try:
                with contextlib.redirect_stdout(io.StringIO()), _time_limit(TIME_LIMIT):
                    got = extract(path.read_bytes())
            except Exception as error:  # an extractor's crash or hang scores zero
                print(f"{name} crashed on {path.name}: {error!r}", file=sys.stderr)
                got = (None, None, "")
            rows.append(score_one(score, got, gold))
    print(f"HTML pages of `{corpus.name}` ({len(docs)} documents)\n")
    print("| extractor | headline | date | body F1 |")
    print("|---|---:|---:|---:|")
    for name, rows in results.items():
        fields = ("headline", "date", "body")
        means = [statistics.mean(r[k] for r in rows if k in r) for k in fields]
        print(f"| {name} | " + " | ".join(f"{m:.2f}" for m in means) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
