"""MkDocs hook: the accuracy table, made at build time from the scorer's JSON.

A page line `<!-- score-table: PATH -->` becomes a Markdown table of the
fields the scorer weighs into `overall`, for all documents and per format,
read from the file `score.py --json PATH` wrote. No figure is typed by hand.
The JSON gives `overall` for all documents only; a format's overall is
computed here by the scorer's own rule: the mean of the fields below it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

_MARKER = re.compile(r"^<!-- score-table: (\S+) -->$", re.MULTILINE)
_ROWS = (
    "overall",
    "headline",
    "date",
    "subheadlines",
    "dateline.city",
    "dateline.region",
    "dateline.country_code",
    "dateline.wire",
    "body",
    "quotes",
    "quotes.speaker",
    "boilerplate",
    "contacts",
    "contacts.emails",
    "contacts.phones",
    "disclosures",
    "disclosures.kind",
    "tickers",
)
_COLUMNS = (("all", None), ("text", "format=text"), ("HTML", "format=html"))


def on_page_markdown(markdown: str, **_: Any) -> str:
    """Replace each score-table marker with its table."""
    return _MARKER.sub(lambda match: _table(Path(match.group(1))), markdown)


def _table(path: Path) -> str:
    figures = json.loads(path.read_text(encoding="utf-8"))
    columns = [
        figures["fields"] if group is None else _with_overall(figures["groups"][group])
        for _, group in _COLUMNS
    ]
    lines = [
        "| field | " + " | ".join(name for name, _ in _COLUMNS) + " |",
        "|---|" + "---:|" * len(_COLUMNS),
    ]
    for row in _ROWS:
        cells = (f"{column[row]:.3f}" if row in column else "n/a" for column in columns)
        lines.append(f"| {row} | " + " | ".join(cells) + " |")
    lines.append("")
    lines.append(f"{figures['fields']['docs']} documents scored.")
    return "\n".join(lines)


def _with_overall(group: dict[str, float]) -> dict[str, float]:
    parts = [group[field] for field in _ROWS[1:] if field in group]
    return {**group, "overall": sum(parts) / len(parts)}
