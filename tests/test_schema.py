"""The JSON Schema of `Release.to_dict()` and the round trip `from_dict(to_dict())`.

Every fixture and 500 bulk releases (when `../shared/bulk` is there) give
dicts the shipped schema accepts, and come back from their dict (and JSON)
as the very same `Release`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

import prparse
from prparse import _schema

jsonschema = pytest.importorskip("jsonschema")

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = sorted(p for p in (ROOT / "fixtures").iterdir() if p.suffix in (".txt", ".html"))
BULK = sorted((ROOT.parent / "shared" / "bulk").glob("*.txt"))[:500]


@pytest.fixture(scope="module")
def validator() -> Any:
    schema = prparse.json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def _errors(validator: Any, release: prparse.Release) -> list[str]:
    found = validator.iter_errors(release.to_dict())
    return [f"{list(e.absolute_path)}: {e.message}" for e in found]


def test_the_shipped_file_is_the_generated_schema() -> None:
    assert prparse.json_schema() == _schema.generate(), (
        "regenerate: PYTHONPATH=src python -m prparse._schema > src/prparse/release.schema.json"
    )


def test_every_model_field_has_a_docstring() -> None:
    assert _schema.missing_docstrings() == []


@pytest.mark.parametrize("path", FIXTURES, ids=[p.name for p in FIXTURES])
def test_fixture_validates_and_round_trips(path: Path, validator: Any) -> None:
    release = prparse.parse(path.read_bytes(), url="https://www.example.com/news/1")
    assert _errors(validator, release) == []
    assert prparse.Release.from_dict(release.to_dict()) == release
    assert prparse.Release.from_json(release.to_json()) == release


@pytest.mark.skipif(not BULK, reason="../shared/bulk is not here")
def test_bulk_releases_validate(validator: Any) -> None:
    invalid = {p.name: e for p in BULK if (e := _errors(validator, prparse.parse(p.read_bytes())))}
    assert invalid == {}


def test_round_trip_keeps_types() -> None:
    release = prparse.Release(
        headline="Acme Names CEO",
        date=dt.date(2024, 1, 5),
        dateline=prparse.Dateline(raw="BOSTON, Jan. 5, 2024 --", city="Boston",
                                  date=dt.date(2024, 1, 5), wire=None),
        tickers=(prparse.Ticker(exchange="NYSE", symbol="ACME"),),
        disclosures=(prparse.Disclosure(kind=prparse.DisclosureKind.OFFER, text="Not an offer."),),
        sections=(prparse.Section(kind=prparse.SectionKind.HEADLINE, text="Acme Names CEO",
                                  start=0, end=14),),
        defects=(prparse.Defect(kind=prparse.DefectKind.NO_BODY, message="no body"),),
        url="https://www.businesswire.com/news/home/1/en/",
    )
    back = prparse.Release.from_dict(release.to_dict())
    assert back == release
    assert isinstance(back.tickers, tuple) and isinstance(back.date, dt.date)
    assert back.sections[0].kind is prparse.SectionKind.HEADLINE


# (name, dict, what the error names)
BAD_DICTS = [
    ("unknown key", {"headlines": "x"}, "unknown key(s) headlines"),
    ("wrong type", {"headline": 3}, "Release.headline: expected str"),
    ("not a list", {"body": "text"}, "Release.body: expected a list"),
    ("bad enum", {"defects": [{"kind": "odd", "message": "m"}]}, "is not a valid DefectKind"),
    ("bad date", {"date": "5 Jan 2024"}, "Invalid isoformat"),
    ("nested missing key", {"quotes": [{"speaker": "Ann Lee"}]}, "Release.quotes[0]: missing"),
    ("bool for an int", {"sections": [{"kind": "body", "text": "t", "start": True, "end": 1}]},
     "Release.sections[0].start: expected int"),
]


@pytest.mark.parametrize(
    ("data", "says"), [b[1:] for b in BAD_DICTS], ids=[b[0] for b in BAD_DICTS]
)
def test_bad_dicts_raise_value_error(data: dict[str, Any], says: str) -> None:
    with pytest.raises(ValueError, match=None) as raised:
        prparse.Release.from_dict(data)
    assert says in str(raised.value)
