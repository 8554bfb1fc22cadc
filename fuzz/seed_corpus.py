"""Seed fuzz/corpus/ from the fixtures: each text and HTML fixture in every mode, cut to 16 KB."""

from __future__ import annotations

import hashlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CUT = 16_384


def main() -> None:
    out = ROOT / "fuzz" / "corpus"
    out.mkdir(exist_ok=True)
    count = 0
    for path in sorted((ROOT / "fixtures").iterdir()):
        if path.suffix not in (".txt", ".html"):
            continue
        data = path.read_bytes()[:CUT]
        for mode in range(5):
            seed = bytes([mode]) + data
            (out / hashlib.sha1(seed).hexdigest()).write_bytes(seed)
            count += 1
    print(f"{count} seeds in {out}")


if __name__ == "__main__":
    main()
