"""The documentation site builds with MkDocs in strict mode: every warning is an error.

Needs the docs extra (`pip install -e '.[docs]'`); skipped without it.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_the_site_builds_strictly(tmp_path: Path) -> None:
    pytest.importorskip("mkdocs", reason="the docs extra is not installed")
    pytest.importorskip("mkdocstrings", reason="the docs extra is not installed")
    site = tmp_path / "site"
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    model = (site / "model" / "index.html").read_text("utf-8")
    assert "speaker_title" in model and "to_dict" in model
    accuracy = (site / "accuracy" / "index.html").read_text("utf-8")
    assert "score-table" not in accuracy and "<td>overall</td>" in accuracy
