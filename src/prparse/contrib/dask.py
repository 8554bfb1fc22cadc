"""Releases over a cluster with Dask: files -> bag -> flat records -> data frame -> Parquet.

Needs the `dask` extra (`pip install "prparse[dask]"`, which brings
`dask[dataframe]` and `pyarrow`).

    >>> from prparse.contrib.dask import releases_dataframe
    >>> frame = releases_dataframe(sorted(Path("corpus").glob("*.txt")))
    >>> frame.to_parquet("releases.parquet")          # runs on the current scheduler

Each file becomes one row of `prparse.RECORD_COLUMNS`: the main
fields as scalar columns and the whole `Release.to_dict()` (without
`sections`) as JSON in `release`. A file that cannot be read or parsed
gives a row with `error_type` and `error_message` set and the release columns
empty, so one bad file never fails the job. Paths are read where the task
runs, so on a distributed cluster they must be visible to the workers.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .._api import DEFAULT_POLICY, Parser, Policy
from .._batch import parse_many
from .._records import RECORD_COLUMNS, to_record

__all__ = ["record_meta", "releases_bag", "releases_dataframe"]


def _require(module: str) -> Any:
    """Import an optional dependency (untyped here, so mypy passes without it installed)."""
    try:
        return importlib.import_module(module)
    except ImportError as error:
        raise ImportError(f"{module} is needed here: pip install 'prparse[dask]'") from error


_bag = _require("dask.bag")
_require("dask.dataframe")  # fail on import, not on the first `to_dataframe()`


def releases_bag(
    paths: Iterable[str | os.PathLike[str]],
    *,
    policy: Policy | None = None,
    npartitions: int | None = None,
) -> Any:
    """A Dask bag of flat records (`to_record()` rows), one per file, in the order given."""
    checked = Parser(policy or DEFAULT_POLICY).policy
    items = list(enumerate(os.fspath(path) for path in paths))
    bag = _bag.from_sequence(items, npartitions=npartitions)
    return bag.map_partitions(_partition_records, checked)


def releases_dataframe(
    paths: Iterable[str | os.PathLike[str]],
    *,
    policy: Policy | None = None,
    npartitions: int | None = None,
) -> Any:
    """A Dask data frame with `RECORD_COLUMNS`, one row per file; `.to_parquet()` it."""
    bag = releases_bag(paths, policy=policy, npartitions=npartitions)
    return bag.to_dataframe(meta=record_meta())


def record_meta() -> Any:
    """An empty pandas frame with the record columns and dtypes (Dask's `meta`)."""
    pandas = _require("pandas")
    return pandas.DataFrame(
        {name: pandas.Series(dtype=dtype) for name, dtype in RECORD_COLUMNS.items()}
    )


def _partition_records(items: list[tuple[int, str]], policy: Policy) -> list[dict[str, Any]]:
    """Parse one partition's files in this task, giving rows indexed over the whole input."""
    results = parse_many(((path, Path(path)) for _, path in items), policy=policy)
    rows = []
    for (index, _), result in zip(items, results, strict=True):
        row = to_record(result)
        row["index"] = index
        rows.append(row)
    return rows
