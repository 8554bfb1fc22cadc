"""`edgar_text_part` finds the parts by plain searches; it reads them as the lazy regexes
that first defined it did."""

from __future__ import annotations

import random
import re

from prparse._html_page import edgar_text_part

_DOCUMENT = re.compile(r"<DOCUMENT>(.*?)(?:</DOCUMENT>|\Z)", re.DOTALL | re.IGNORECASE)
_TYPE = re.compile(r"<TYPE>\s*([^\s<]+)", re.IGNORECASE)
_TEXT = re.compile(r"<TEXT>\s*(.*?)\s*(?:</TEXT>|\Z)", re.DOTALL | re.IGNORECASE)
_PIECES = (
    "<DOCUMENT>", "</DOCUMENT>", "<document>", "<TYPE>", "EX-99.1", "10-Q", "<TEXT>",
    "</TEXT>", "</text>", " ", "\n", "\u00a0", "a", "<p>", "\t",
)  # fmt: skip


def _by_regexes(text: str) -> tuple[str, int] | None:
    chosen = None
    for document in _DOCUMENT.finditer(text):
        kind = _TYPE.search(document.group(1)[:500])
        if chosen is None or (kind is not None and kind.group(1).upper().startswith("EX-99")):
            chosen = document
            if kind is not None and kind.group(1).upper().startswith("EX-99"):
                break
    if chosen is None:
        return None
    inner = _TEXT.search(chosen.group(1))
    if inner is None:
        return None
    return inner.group(1), chosen.start(1) + inner.start(1)


def test_edgar_parts_read_as_the_regexes_read_them() -> None:
    rng = random.Random(7)
    for _ in range(3000):
        text = "<SEC-DOCUMENT>" + "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 30)))
        assert edgar_text_part(text) == _by_regexes(text), text
