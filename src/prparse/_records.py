"""Flat records of releases and batch results, for data frames, CSV and Parquet.

`to_record()` turns a `parse_many()` result (or a lone `Release`) into one
row of scalar columns (`RECORD_COLUMNS`), the whole release as JSON beside
them; parsed and failed documents give rows of the same columns.
"""

from __future__ import annotations

import json
from typing import Any

from ._batch import BatchError, BatchResult, _plain_key
from ._model import Release

# Flat columns for data frames and Parquet: scalars only, nested values as JSON.
RECORD_COLUMNS: dict[str, str] = {
    "index": "int64",
    "key": "string",
    "error_type": "string",
    "error_message": "string",
    "headline": "string",
    "date": "string",
    "dateline_city": "string",
    "dateline_country_code": "string",
    "dateline_date": "string",
    "wire": "string",
    "body": "string",
    "n_quotes": "int64",
    "n_contacts": "int64",
    "tickers": "string",
    "release": "string",
}
"""The columns of `to_record()` and their pandas dtypes (for a Dask `meta`)."""


def to_record(result: BatchResult | Release) -> dict[str, Any]:
    """One flat row for a batch result or a release: the main fields as scalars, all as JSON.

    Rows of parsed and failed documents have the same columns (`RECORD_COLUMNS`),
    so they stack into one table; `release` holds `Release.to_dict()` without
    `sections`, as a JSON string, for anything the flat columns leave out. A
    `Release` given alone has no index, and its `url` as its key.
    """
    row: dict[str, Any] = dict.fromkeys(RECORD_COLUMNS)
    row.update(n_quotes=0, n_contacts=0)
    if isinstance(result, Release):
        row.update(key=result.url, **_release_columns(result))
        return row
    row.update(index=result.index, key=_plain_key(result.key))
    if isinstance(result, BatchError):
        row.update(error_type=result.error_type, error_message=result.error_message)
        return row
    row.update(_release_columns(result.release))
    return row


def _release_columns(release: Release) -> dict[str, Any]:
    dateline = release.dateline
    full = release.to_dict()
    full.pop("sections", None)
    return {
        "headline": release.headline,
        "date": release.date.isoformat() if release.date else None,
        "dateline_city": dateline.city if dateline else None,
        "dateline_country_code": dateline.country_code if dateline else None,
        "dateline_date": dateline.date.isoformat() if dateline and dateline.date else None,
        "wire": dateline.wire if dateline else None,
        "body": "\n\n".join(release.body),
        "n_quotes": len(release.quotes),
        "n_contacts": len(release.contacts),
        "tickers": " ".join(str(ticker) for ticker in release.tickers),
        "release": json.dumps(full, ensure_ascii=False, sort_keys=True),
    }
