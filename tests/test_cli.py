"""The `prparse` command: formats, output folders, directories, jobs, errors, progress."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import prparse
from prparse._cli import _Progress, _summary, binary_reason, expand, main

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
TEXT = FIXTURES / "bw-celgene-revlimid-alvogen.txt"
HTML = FIXTURES / "bw-nissan-sentra-cup.html"


def _lines(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines()]


def _tree(root: Path) -> list[str]:
    """A small corpus: release files in nested folders, and files to be skipped."""
    (root / "b").mkdir()
    (root / "a" / "deep").mkdir(parents=True)
    (root / "b" / "2.txt").write_bytes(TEXT.read_bytes())
    (root / "a" / "deep" / "1.HTML").write_bytes(HTML.read_bytes())
    (root / "a" / "0.htm").write_bytes(HTML.read_bytes())
    (root / "a" / "gold.json").write_text("{}")
    (root / "notes.md").write_text("# not a release file")
    return [
        str(root / "a" / "0.htm"),
        str(root / "a" / "deep" / "1.HTML"),
        str(root / "b" / "2.txt"),
    ]


def test_one_file_gives_indented_json_and_no_summary(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(TEXT)]) == 0
    out, err = capsys.readouterr()
    document = json.loads(out)
    assert out.startswith('{\n  "key": ')
    assert document["headline"] == prparse.parse(TEXT.read_bytes()).headline
    assert "sections" not in document
    assert err == ""


def test_several_files_give_json_lines_and_a_summary(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(TEXT), str(HTML), "--sections"]) == 0
    out, err = capsys.readouterr()
    records = _lines(out)
    assert [r["key"] for r in records] == [str(TEXT), str(HTML)]
    assert all("sections" in r for r in records)
    assert err.startswith("prparse: 2 documents, 0 errors, ") and err.count("\n") == 1


def test_directories_are_walked_in_sorted_order(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    expected = _tree(tmp_path)
    assert list(expand([str(tmp_path)])) == expected
    assert main([str(tmp_path)]) == 0
    assert [r["key"] for r in _lines(capsys.readouterr().out)] == expected


def test_jobs_give_the_same_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _tree(tmp_path)
    main(["--quiet", str(tmp_path)])
    one = capsys.readouterr()
    main(["--quiet", "--jobs", "2", str(tmp_path)])
    two = capsys.readouterr()
    assert one.out == two.out and one.err == two.err == ""


def test_unreadable_files_get_one_line_each_and_exit_1(capsys: pytest.CaptureFixture[str]) -> None:
    missing = str(FIXTURES / "no-such-release.txt")
    assert main([missing, str(TEXT)]) == 1
    out, err = capsys.readouterr()
    assert [r["key"] for r in _lines(out)] == [str(TEXT)]
    lines = err.splitlines()
    assert lines[0] == f"prparse: {missing}: FileNotFoundError: No such file or directory"
    assert lines[1].startswith("prparse: 2 documents, 1 error, ")
    assert "Traceback" not in err


def test_error_records_go_into_the_output_when_asked(capsys: pytest.CaptureFixture[str]) -> None:
    missing = str(FIXTURES / "no-such-release.txt")
    assert main(["--error-records", "-q", str(TEXT), missing]) == 1
    records = _lines(capsys.readouterr().out)
    assert records[1] == {
        "key": missing,
        "error_type": "FileNotFoundError",
        "error_message": "No such file or directory",
    }


def test_strict_counts_defects_as_failures(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    assert main(["--strict", str(empty)]) == 1
    assert ": DefectError: " in capsys.readouterr().err


def test_standard_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(TEXT.read_bytes())))
    assert main(["--compact", "-"]) == 0
    (record,) = _lines(capsys.readouterr().out)
    assert record["key"] == "-"
    assert record["headline"] == prparse.parse(TEXT.read_bytes()).headline


def test_an_empty_directory_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path)]) == 1
    assert capsys.readouterr().err.startswith("prparse: no ")


@pytest.mark.parametrize("arguments", [["--jobs", "x", "a.txt"], ["--jobs", "-1", "a.txt"], []])
def test_bad_arguments_exit_2(arguments: list[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(arguments)
    assert stop.value.code == 2


def test_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--help"])
    assert stop.value.code == 0
    assert "--jobs" in capsys.readouterr().out


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_terminal_with_tqdm(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("tqdm")
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    bar = _Progress(3, enabled=True)
    bar.step()
    bar.write("prparse: a line")
    bar.close()
    assert "1/3" in terminal.getvalue() and "prparse: a line" in terminal.getvalue()


def test_no_progress_bar_without_tqdm(monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    monkeypatch.setitem(sys.modules, "tqdm", None)  # import fails
    bar = _Progress(3, enabled=True)
    bar.step()
    bar.write("prparse: a line")
    bar.close()
    assert terminal.getvalue() == "prparse: a line\n"


def test_summary_line() -> None:
    assert _summary(1, 0, 0.5) == "prparse: 1 document, 0 errors, 0.50 s (2 documents/s)"


def test_python_dash_m_runs_the_command() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "prparse", "--compact", str(TEXT)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["key"] == str(TEXT)


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out == f"prparse {prparse.__version__}\n"


def test_jsonl_is_one_line_even_for_one_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--format", "jsonl", str(TEXT)]) == 0
    (record,) = _lines(capsys.readouterr().out)
    assert record["key"] == str(TEXT) and "sections" not in record


def test_csv_has_the_record_columns_and_one_row_per_release(
    capsys: pytest.CaptureFixture[str],
) -> None:
    missing = str(FIXTURES / "no-such-release.txt")
    assert main(["-q", "--format", "csv", "--error-records", str(TEXT), missing, str(HTML)]) == 1
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert list(rows[0]) == list(prparse.RECORD_COLUMNS)
    assert [(r["index"], r["key"], r["error_type"]) for r in rows] == [
        ("0", str(TEXT), ""),
        ("1", missing, "FileNotFoundError"),
        ("2", str(HTML), ""),
    ]
    release = prparse.parse(TEXT.read_bytes())
    expected = prparse.to_record(prparse.Parsed(index=0, key=str(TEXT), release=release))
    assert rows[0] == {
        name: "" if value is None else str(value) for name, value in expected.items()
    }


def test_markdown_has_the_release_in_reading_order(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--format", "md", str(TEXT)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# Celgene Settles U.S. REVLIMID(R) Patent Litigation with Alvogen\n\n")
    assert "**SUMMIT, N.J.--(BUSINESS WIRE)--March 29, 2019--** Celgene Corporation" in out
    headings = [line for line in out.splitlines() if line.startswith("## ")]
    assert headings[0] == "## ABOUT CELGENE" and "## Contacts" in headings
    assert "## Forward-looking statements" in headings


def test_html_is_the_view_page(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--format", "html", str(HTML)]) == 0
    out = capsys.readouterr().out
    assert out == prparse.render_html(prparse.parse(HTML.read_bytes()))


def test_html_of_several_documents_needs_a_folder(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--format", "html", str(TEXT), str(HTML)]) == 2
    assert "give -o DIR" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("fmt", "ending"),
    [("json", ".json"), ("jsonl", ".jsonl"), ("csv", ".csv"), ("md", ".md"), ("html", ".html")],
)
def test_an_output_folder_gets_one_file_per_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str, ending: str
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _tree(corpus)
    out = tmp_path / "out"
    assert main(["-q", "--format", fmt, "-o", str(out), str(corpus), str(TEXT)]) == 0
    assert capsys.readouterr().out == ""
    written = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    assert written == sorted(
        f"{name}{ending}" for name in ("a/0", "a/deep/1", "b/2", "bw-celgene-revlimid-alvogen")
    )
    assert main(["--format", fmt, "-o", str(tmp_path / "one"), str(TEXT)]) == 0
    assert main(["--format", fmt, str(TEXT)]) == 0
    written_one = (tmp_path / "one" / f"bw-celgene-revlimid-alvogen{ending}").read_text("utf-8")
    assert written_one == capsys.readouterr().out


def test_two_inputs_for_one_output_file_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_bytes(TEXT.read_bytes())
    (tmp_path / "a.html").write_bytes(HTML.read_bytes())
    out = tmp_path / "out"
    assert main(["-o", str(out), str(tmp_path / "a.txt"), str(tmp_path / "a.html")]) == 2
    assert "would both write" in capsys.readouterr().err
    assert not out.exists()


# Binary files saved where releases are expected, by their file signatures.
NOT_TEXT = [
    ("png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
    ("pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "a PDF document"),
    ("zip", b"PK\x03\x04\x14\x00\x06\x00\x08\x00", "a ZIP archive (or an Office document)"),
    ("elf", b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00", "an ELF executable"),
    ("nuls", b"PRESS RELEASE\x00\x00\x01\x02\x00\xff\x00\x10", "binary data (NUL bytes)"),
]
TEXT_WITH_NULS = [
    ("utf-16-le", "NEW YORK, March 4, 2024 /PRNewswire/ -- Acme Corp.\n".encode("utf-16-le")),
    ("utf-16-be", "MÜNCHEN, 4. März 2024 -- Die Acme AG\n".encode("utf-16-be")),
    ("utf-16-le-cjk", "東京、2024年3月4日 -- Acme株式会社は\n".encode("utf-16-le")),
    ("utf-32-le", "PARIS, le 4 mars 2024 -- Acme SA\n".encode("utf-32-le")),
    ("utf-16-bom", "LONDON, 4 March 2024 -- Acme plc\n".encode("utf-16")),
    ("plain", b"TORONTO, March 4, 2024 /CNW/ - Acme Inc."),
]


@pytest.mark.parametrize(("name", "data", "reason"), NOT_TEXT, ids=[n for n, _, _ in NOT_TEXT])
def test_a_binary_file_gives_one_line_and_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, data: bytes, reason: str
) -> None:
    path = tmp_path / f"{name}.txt"
    path.write_bytes(data + bytes(range(256)))
    assert main([str(path)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err == f"prparse: {path}: NotTextError: not text: {reason}\n"


@pytest.mark.parametrize(("name", "data"), TEXT_WITH_NULS, ids=[n for n, _ in TEXT_WITH_NULS])
def test_text_in_utf16_or_utf32_is_not_binary(name: str, data: bytes) -> None:
    assert binary_reason(data) is None
