"""Atheris harness: any bytes -> `prparse.parse` returns a `Release` whose invariants hold.

The first byte picks how the rest is fed: as bytes (the decoder sniffs
BOMs, declared charsets, UTF-8, cp1252), as a `str` decoded from UTF-8
(with lone surrogates kept via `surrogatepass`), as HTML (wrapped in a page),
or under a strict policy (which may raise only `DefectError`). A crash is
any other exception or a broken invariant (`tests/_invariants.py`); a hang
is reported by libFuzzer's `-timeout`. See fuzz/README.md.
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

with atheris.instrument_imports():
    import prparse
    from _invariants import check_release

_STRICT = prparse.Policy(strict=True)
_SMALL = prparse.Policy(max_chars=4096)


def _as_text(data: bytes) -> str:
    return data.decode("utf-8", errors="surrogatepass") if _valid(data) else data.decode("latin-1")


def _valid(data: bytes) -> bool:
    try:
        data.decode("utf-8", errors="surrogatepass")
    except UnicodeDecodeError:
        return False
    return True


def test_one_input(data: bytes) -> None:
    if not data:
        check_release(b"")
        return
    mode, rest = data[0] % 5, data[1:]
    if mode == 0:
        check_release(rest)
    elif mode == 1:
        check_release(_as_text(rest))
    elif mode == 2:
        check_release("<html><body><div>" + _as_text(rest) + "</div></body></html>")
    elif mode == 3:
        check_release(rest, policy=_SMALL)
    else:
        try:
            release = prparse.parse(rest, policy=_STRICT)
        except prparse.DefectError:
            return
        assert not release.defects


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
