"""`parse_many()`: order, keys, error records, streaming, process pools; the Dask recipe."""

from __future__ import annotations

import itertools
import json
import multiprocessing
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

import prparse
from prparse._batch import BatchError, Parsed, _Failure, parse_many, run
from prparse._records import RECORD_COLUMNS, to_record

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SAMPLE = sorted(FIXTURES.glob("*.txt"))[:4] + sorted(FIXTURES.glob("*.html"))[:2]
START_METHODS = [m for m in ("fork", "spawn") if m in multiprocessing.get_all_start_methods()]
CRASH = b"<<crash the worker>>"


def _sequential(paths: list[Path]) -> list[dict[str, object]]:
    return [prparse.parse(path.read_bytes()).to_dict() for path in paths]


def _crash_on_marker(source: object) -> int:
    """Work for `run()` that kills its process on one marker document (a segfault stand-in)."""
    if source == CRASH:
        os._exit(3)
    assert isinstance(source, bytes)
    return len(source)


def test_sequential_matches_parse_and_keeps_order() -> None:
    results = list(parse_many(SAMPLE))
    assert [r.index for r in results] == list(range(len(SAMPLE)))
    assert all(isinstance(r, Parsed) for r in results)
    assert [r.release.to_dict() for r in results if isinstance(r, Parsed)] == _sequential(SAMPLE)


@pytest.mark.parametrize("start_method", START_METHODS)
def test_process_pool_gives_the_sequential_results(start_method: str) -> None:
    results = list(parse_many(SAMPLE, jobs=2, chunksize=2, window=2, start_method=start_method))
    assert [r.key for r in results] == [os.fspath(p) for p in SAMPLE]
    assert [r.release.to_dict() for r in results if isinstance(r, Parsed)] == _sequential(SAMPLE)


def test_keys_for_pairs_paths_and_plain_documents() -> None:
    text = SAMPLE[0].read_text()
    sources = [("mine", text), SAMPLE[1], text.encode(), bytearray(b"x y z")]
    results = list(parse_many(sources))  # type: ignore[arg-type]
    assert [r.key for r in results] == ["mine", os.fspath(SAMPLE[1]), None, None]
    assert all(isinstance(r, Parsed) for r in results)


@pytest.mark.parametrize("jobs", [1, 2])
def test_bad_documents_give_error_records_and_the_batch_goes_on(jobs: int) -> None:
    sources: list[object] = [
        SAMPLE[0],
        FIXTURES / "no-such-release.txt",
        42,
        ("a", "b", "c"),
        memoryview(SAMPLE[1].read_bytes()),
    ]
    results = list(parse_many(sources, jobs=jobs))  # type: ignore[arg-type]
    kinds = [r.error_type if isinstance(r, BatchError) else "ok" for r in results]
    assert kinds == ["ok", "FileNotFoundError", "SourceTypeError", "SourceTypeError", "ok"]
    missing = results[1]
    assert isinstance(missing, BatchError)
    assert missing.key == os.fspath(FIXTURES / "no-such-release.txt")
    assert "\n" not in missing.error_message
    assert missing.to_dict()["index"] == 1


def test_strict_policy_defects_are_error_records() -> None:
    strict = prparse.Policy(strict=True)
    results = list(parse_many(["", SAMPLE[0]], policy=strict))
    assert isinstance(results[0], BatchError)
    assert results[0].error_type == "DefectError"


@pytest.mark.parametrize(
    "options",
    [{"jobs": -1}, {"jobs": True}, {"chunksize": 0}, {"window": 0}, {"start_method": "nope"},
     {"policy": "strict"}, {"timeout": 0}, {"timeout": "5"}, {"timeout": True}],
)
def test_bad_options_raise_at_the_call(options: dict[str, object]) -> None:
    with pytest.raises(prparse.OptionError):
        parse_many([], **options)  # type: ignore[arg-type]


def _counting(source: str, counter: list[int]) -> Iterator[str]:
    for _ in itertools.count():
        counter[0] += 1
        yield source


@pytest.mark.parametrize("jobs", [1, 2])
def test_input_is_consumed_lazily_within_the_window(jobs: int) -> None:
    counter = [0]
    results = parse_many(_counting(SAMPLE[0].read_text(), counter), jobs=jobs,
                         chunksize=2, window=3)
    first = list(itertools.islice(results, 5))
    results.close()  # stops the pool; an endless input must not hang it
    assert [r.index for r in first] == [0, 1, 2, 3, 4]
    assert counter[0] <= 5 + 3 * 2 + 2


@pytest.mark.skipif("fork" not in START_METHODS, reason="needs the fork start method")
def test_a_crashed_worker_costs_only_its_document() -> None:
    sources = [b"one", b"two", CRASH, b"four", b"five", b"six", b"seven"]
    done = list(run(sources, _crash_on_marker, jobs=2, chunksize=2, window=2,
                    start_method="fork"))
    outcomes = [d.outcome for d in done]
    assert [d.task.index for d in done] == list(range(len(sources)))
    assert outcomes[2] == _Failure("WorkerCrashed", "the worker process died parsing this document")
    assert outcomes[:2] + outcomes[3:] == [3, 3, 4, 4, 3, 5]


def test_records_have_the_same_columns_for_releases_and_errors() -> None:
    results = list(parse_many([SAMPLE[0], FIXTURES / "missing.txt"]))
    good, bad = (to_record(r) for r in results)
    assert list(good) == list(bad) == list(RECORD_COLUMNS)
    assert good["error_type"] is None and bad["error_type"] == "FileNotFoundError"
    assert good["error_message"] is None and bad["error_message"]
    assert good["headline"] == prparse.parse(SAMPLE[0].read_bytes()).headline
    whole = prparse.parse(SAMPLE[0].read_bytes()).to_dict()
    whole.pop("sections")
    assert json.loads(good["release"]) == whole


def _plain_rows(frame: object) -> list[dict[str, object]]:
    pandas = pytest.importorskip("pandas")
    rows = frame.to_dict(orient="records")  # type: ignore[attr-defined]
    return [{k: None if pandas.isna(v) else v for k, v in row.items()} for row in rows]


def test_dask_recipe_gives_the_sequential_records(tmp_path: Path) -> None:
    pytest.importorskip("dask.dataframe")
    from prparse.contrib.dask import releases_dataframe

    paths = [*SAMPLE, FIXTURES / "missing.txt"]
    expected = [to_record(r) for r in parse_many(paths)]
    frame = releases_dataframe(paths, npartitions=3)
    assert _plain_rows(frame.compute(scheduler="synchronous")) == expected
    pytest.importorskip("pyarrow")
    frame.to_parquet(tmp_path / "releases", write_index=False,
                     compute_kwargs={"scheduler": "synchronous"})
    pandas = pytest.importorskip("pandas")
    stored = pandas.read_parquet(tmp_path / "releases").sort_values("index")
    assert _plain_rows(stored) == expected


def _sleep_on_marker(source: object) -> int:
    """Work for `run()` that hangs on one marker document (a parse that never ends)."""
    import time

    if source == SLOW:
        time.sleep(60)
    assert isinstance(source, bytes)
    return len(source)


SLOW = b"<<never ends>>"


def test_jobs_zero_is_one_worker_per_cpu() -> None:
    results = list(parse_many(SAMPLE[:2], jobs=0))
    assert [r.release.to_dict() for r in results if isinstance(r, Parsed)] == _sequential(
        SAMPLE[:2]
    )


def test_a_str_naming_a_file_is_an_error_not_a_release() -> None:
    one_line = os.fspath(SAMPLE[0])
    results = list(parse_many([one_line, "release.txt", SAMPLE[0].read_text()]))
    error = results[0]
    assert isinstance(error, BatchError) and error.error_type == "SourceTypeError"
    assert "a path? pass pathlib.Path" in error.error_message
    assert [type(r) for r in results[1:]] == [Parsed, Parsed]  # no such file: text, as always


def test_error_records_name_things_as_the_cli_does() -> None:
    (missing,) = parse_many([FIXTURES / "missing.txt"])
    assert isinstance(missing, BatchError)
    assert missing.to_dict() == {
        "index": 0,
        "key": os.fspath(FIXTURES / "missing.txt"),
        "error_type": "FileNotFoundError",
        "error_message": "No such file or directory",
    }


def test_to_record_takes_a_release() -> None:
    release = prparse.parse(SAMPLE[0].read_bytes())
    (parsed,) = parse_many([SAMPLE[0].read_bytes()])
    row = to_record(release)
    assert list(row) == list(RECORD_COLUMNS)
    assert row == {**to_record(parsed), "index": None}
    with_url = prparse.parse(SAMPLE[0].read_bytes(), url="https://example.com/news/1")
    assert to_record(with_url)["key"] == "https://example.com/news/1"


@pytest.mark.parametrize("start_method", START_METHODS)
def test_a_document_over_the_timeout_is_stopped_and_its_worker_replaced(
    start_method: str,
) -> None:
    sources = [b"one", SLOW, b"three", b"four", SLOW, b"six"]
    done = list(run(sources, _sleep_on_marker, jobs=2, chunksize=2, window=2,
                    start_method=start_method, timeout=1.5))
    outcomes = [d.outcome for d in done]
    assert [d.task.index for d in done] == list(range(len(sources)))
    assert [o.error_type if isinstance(o, _Failure) else o for o in outcomes] == [
        3, "Timeout", 5, 4, "Timeout", 3
    ]


@pytest.mark.skipif("spawn" not in START_METHODS, reason="needs the spawn start method")
def test_a_worker_slow_to_start_does_not_time_out_its_first_document() -> None:
    from _slow_start import length  # the import sleeps in the worker, not here: imported now

    done = list(run([b"one", b"three"], length, jobs=1, chunksize=1, window=2,
                    start_method="spawn", timeout=1.0))
    assert [d.outcome for d in done] == [3, 5]


def test_timeout_gives_the_sequential_results_when_nothing_is_slow() -> None:
    results = list(parse_many(SAMPLE, jobs=1, timeout=60))
    assert [r.release.to_dict() for r in results if isinstance(r, Parsed)] == _sequential(SAMPLE)


@pytest.mark.skipif("spawn" not in START_METHODS, reason="needs the spawn start method")
@pytest.mark.parametrize("timeout", [None, 30.0])
def test_spawn_without_a_main_guard_is_one_clear_error(
    tmp_path: Path, timeout: float | None
) -> None:
    import subprocess
    import sys

    script = tmp_path / "unguarded.py"
    script.write_text(
        "import prparse\n"
        f"for r in prparse.parse_many(['a', 'b', 'c', 'd'], jobs=2, start_method='spawn',"
        f" timeout={timeout}):\n"
        "    print('RESULT', r)\n"
    )
    src = Path(prparse.__file__).resolve().parents[1]
    path = os.pathsep.join([str(src), os.environ.get("PYTHONPATH", "")])
    env = {**os.environ, "PYTHONPATH": path}
    run_ = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                          env=env, timeout=120, check=False)
    assert run_.returncode != 0
    assert "RESULT" not in run_.stdout
    last = run_.stderr.strip().splitlines()[-1]
    assert last.startswith("prparse._errors.WorkerStartError: parse_many's worker processes")
    assert 'if __name__ == "__main__":' in last
