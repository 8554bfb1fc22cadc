"""Reading the dev corpus fixtures and their gold answers for whole-document tests.

The normalisation follows the corpus README: NFKC, case folding, straight
quotes, collapsed whitespace; text fields compare by word-token F1.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u00a0": " ",
    }
)


def documents() -> list[str]:
    """Ids of the fixtures that have a gold file."""
    return sorted(
        p.stem
        for p in FIXTURES.glob("*.json")
        if p.with_suffix(".txt").exists() or p.with_suffix(".html").exists()
    )


def source(doc_id: str) -> str | bytes:
    """The document as the scorer passes it: text as str (bytes if not UTF-8), HTML as bytes."""
    text_path = FIXTURES / f"{doc_id}.txt"
    if text_path.exists():
        data = text_path.read_bytes()
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            return data
    return (FIXTURES / f"{doc_id}.html").read_bytes()


def gold(doc_id: str) -> dict[str, Any]:
    """The gold answer of a fixture."""
    result: dict[str, Any] = json.loads((FIXTURES / f"{doc_id}.json").read_text(encoding="utf-8"))
    return result


def norm(value: object) -> str:
    """Casefolded, NFKC, straight quotes, single spaces, no edge punctuation."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFKC", str(value)).translate(_QUOTES).casefold()
    text = re.sub(r"-{2,}", "-", text)  # as the scorer reads it: a run of dashes is one dash
    return re.sub(r"\s+", " ", text).strip().strip(" .,;:-\"'")


def token_f1(predicted: list[str], expected: list[str]) -> float:
    """Word-token F1 of two lists of texts taken together (1.0 when both are empty)."""
    pred = Counter(re.findall(r"\w+", norm(" ".join(predicted))))
    want = Counter(re.findall(r"\w+", norm(" ".join(expected))))
    if not pred and not want:
        return 1.0
    overlap = sum((pred & want).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(pred.values()), overlap / sum(want.values())
    return 2 * precision * recall / (precision + recall)
