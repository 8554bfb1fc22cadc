#!/usr/bin/env python3
"""List the fixtures that miss their gold, per field of `tests/test_fixtures.py`.

    python tools/known_misses.py            # field -> failing fixtures, with the reason on file

Prints `tests/known_misses.py`'s table as it would read now: the reasons already
written are kept; a new miss is shown with `NEW:` and the assertion, to be read
and given its reason by hand (a fixed one simply drops out).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests")]

import test_fixtures as tf  # noqa: E402
from known_misses import KNOWN_MISSES  # noqa: E402

CHECKS = {
    "headline": tf.test_headline,
    "date": tf.test_date,
    "subheadlines": tf.test_subheadlines,
    "dateline": tf.test_dateline,
    "body": tf.test_body,
    "quotes": tf.test_quotes,
    "boilerplate": tf.test_boilerplate,
    "contacts": tf.test_contacts,
    "disclosures": tf.test_disclosures,
    "tickers": tf.test_tickers,
    "wire_footer": tf.test_wire_footer,
}


def _describe(field: str, doc_id: str) -> str:
    """What the result gives against the gold, in a few words."""
    release, want = tf._parsed(doc_id).to_dict(), tf.gold(doc_id)
    if field in ("headline", "date"):
        got = release[field]
        expected = want.get(field, (want["dateline"] or {}).get("date"))
        return f"got {str(got)[:60]!r}, want {str(expected)[:60]!r}"
    if field == "dateline":
        got, expected = release["dateline"] or {}, want["dateline"] or {}
        keys = sorted(set(got) | set(expected))
        return "; ".join(
            f"{k} {got.get(k)!r} not {expected.get(k)!r}"
            for k in keys
            if tf.norm(got.get(k)) != tf.norm(expected.get(k))
        )[:150]
    def text(items: object) -> list[str]:
        return [i if isinstance(i, str) else str(i.get("text", "")) for i in items]  # type: ignore[attr-defined]
    score = tf.token_f1(text(release[field]), text(want[field]))
    return f"F1 {score:.2f}, {len(release[field])} found, {len(want[field])} in the gold"


def main() -> int:
    print("KNOWN_MISSES: dict[str, dict[str, str]] = {")
    for field, check in CHECKS.items():
        print(f"    {field!r}: {{")
        for doc_id in tf.DOCS:
            try:
                check(doc_id)
            except AssertionError as error:
                reason = KNOWN_MISSES.get(field, {}).get(doc_id)
                note = reason or "NEW: " + (str(error) or _describe(field, doc_id))
                print(f"        {doc_id!r}: {note!r},")
        print("    },")
    print("}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
