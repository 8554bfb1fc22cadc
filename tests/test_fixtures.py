"""Whole-document tests: every fixture of the dev corpus against every field of its gold.

Each field is checked the way `../shared/eval/score.py` reads it (exact for the
headline, the date and the dateline's parts; word-token F1 with a floor for
texts; sets for contact details and tickers). Known misses are listed in
`known_misses.py` by field, each with its reason, as strict xfails: a fix is
noticed and a regression fails. Regenerate the lists by reading the failures
(`python tools/known_misses.py`), never by loosening a check.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

import pytest
from gold import documents, gold, norm, source, token_f1
from known_misses import KNOWN_MISSES

import prparse

DOCS = documents()
TEXT_FLOOR = 0.9
"""Word-token F1 a text field must reach (body, deck, About, legal text, wire footer)."""
_DIGITS = re.compile(r"\D")

_RESULTS: dict[str, prparse.Release] = {}


def _parsed(doc_id: str) -> prparse.Release:
    if doc_id not in _RESULTS:
        _RESULTS[doc_id] = prparse.parse(source(doc_id))
    return _RESULTS[doc_id]


def _params(field: str) -> list[Any]:
    misses = KNOWN_MISSES.get(field, {})
    return [
        pytest.param(
            doc_id,
            marks=[pytest.mark.xfail(strict=True, reason=misses[doc_id])]
            if doc_id in misses
            else [],
            id=doc_id,
        )
        for doc_id in DOCS
    ]


def _texts(items: Iterable[Any], get: Callable[[Any], str]) -> list[str]:
    return [get(item) for item in items]


@pytest.mark.parametrize("doc_id", _params("headline"))
def test_headline(doc_id: str) -> None:
    assert norm(_parsed(doc_id).headline) == norm(gold(doc_id)["headline"])


@pytest.mark.parametrize("doc_id", _params("date"))
def test_date(doc_id: str) -> None:
    want = gold(doc_id).get("date", (gold(doc_id)["dateline"] or {}).get("date"))
    got = _parsed(doc_id).date
    assert (got.isoformat() if got else None) == want


@pytest.mark.parametrize("doc_id", _params("subheadlines"))
def test_subheadlines(doc_id: str) -> None:
    got = list(_parsed(doc_id).subheadlines)
    assert token_f1(got, gold(doc_id)["subheadlines"]) >= TEXT_FLOOR


@pytest.mark.parametrize("doc_id", _params("dateline"))
def test_dateline(doc_id: str) -> None:
    expected = gold(doc_id)["dateline"]
    dateline = _parsed(doc_id).dateline
    if expected is None:
        assert dateline is None
        return
    assert dateline is not None
    parts = ("raw", "city", "region", "country", "wire")
    got = {part: norm(getattr(dateline, part)) for part in parts}
    want = {part: norm(expected[part]) for part in parts}
    got["country_code"], want["country_code"] = dateline.country_code, expected["country_code"]
    got["date"] = dateline.date.isoformat() if dateline.date else None
    want["date"] = expected["date"]
    assert got == want


@pytest.mark.parametrize("doc_id", _params("body"))
def test_body(doc_id: str) -> None:
    assert token_f1(list(_parsed(doc_id).body), gold(doc_id)["body"]) >= TEXT_FLOOR


@pytest.mark.parametrize("doc_id", _params("quotes"))
def test_quotes(doc_id: str) -> None:
    """Each gold quote is found (token F1 >= 0.5) with its speaker and `pull`; no extra ones."""
    got = list(_parsed(doc_id).quotes)
    want = gold(doc_id)["quotes"]
    assert len(got) == len(want)
    for quote, expected in zip(got, want, strict=True):
        assert token_f1([quote.text], [expected["text"]]) >= 0.5
        assert norm(quote.speaker) == norm(expected["speaker"])
        assert quote.pull == expected["pull"]


@pytest.mark.parametrize("doc_id", _params("boilerplate"))
def test_boilerplate(doc_id: str) -> None:
    got = _texts(_parsed(doc_id).boilerplate, lambda b: b.text)
    want = _texts(gold(doc_id)["boilerplate"], lambda b: b["text"])
    assert token_f1(got, want) >= TEXT_FLOOR


def _details(contacts: Iterable[Any], field: str) -> set[str]:
    values = {
        str(value)
        for contact in contacts
        for value in (contact[field] if isinstance(contact, dict) else getattr(contact, field))
    }
    if field == "phones":
        return {_DIGITS.sub("", value)[-10:] for value in values}
    if field == "urls":
        return {re.sub(r"^(?:https?://)?(?:www\.)?", "", norm(v)).rstrip("/") for v in values}
    return {norm(value) for value in values}


@pytest.mark.parametrize("doc_id", _params("contacts"))
def test_contacts(doc_id: str) -> None:
    got, want = _parsed(doc_id).contacts, gold(doc_id)["contacts"]
    assert token_f1([c.text for c in got], [c["text"] for c in want]) >= TEXT_FLOOR
    for field in ("emails", "phones", "names", "urls"):
        assert _details(got, field) == _details(want, field), field


@pytest.mark.parametrize("doc_id", _params("disclosures"))
def test_disclosures(doc_id: str) -> None:
    got, want = _parsed(doc_id).disclosures, gold(doc_id)["disclosures"]
    assert token_f1([d.text for d in got], [d["text"] for d in want]) >= TEXT_FLOOR
    assert {d.kind.value for d in got} == {d["kind"] for d in want}


@pytest.mark.parametrize("doc_id", _params("tickers"))
def test_tickers(doc_id: str) -> None:
    got = [str(t).upper() for t in _parsed(doc_id).tickers]
    assert got == [t.replace(" ", "").upper() for t in gold(doc_id)["tickers"]]


@pytest.mark.parametrize("doc_id", _params("wire_footer"))
def test_wire_footer(doc_id: str) -> None:
    got = list(_parsed(doc_id).wire_footer)
    assert token_f1(got, gold(doc_id)["wire_footer"]) >= TEXT_FLOOR


@pytest.mark.parametrize("doc_id", DOCS)
def test_sections_are_ordered_and_point_into_the_source(doc_id: str) -> None:
    raw = source(doc_id)
    text = raw if isinstance(raw, str) else prparse._decode.decode(raw).text
    previous_start = 0
    for section in _parsed(doc_id).sections:
        assert previous_start <= section.start <= section.end <= len(text)
        previous_start = section.start
