"""The `prparse` command: JSON out, directories, jobs, errors, progress and summary."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import prparse
from prparse._cli import _Progress, _summary, expand, main

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
    return [str(root / "a" / "0.htm"), str(root / "a" / "deep" / "1.HTML"),
            str(root / "b" / "2.txt")]


def test_one_file_gives_indented_json_and_no_summary(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(TEXT)]) == 0
    out, err = capsys.readouterr()
    document = json.loads(out)
    assert out.startswith('{\n  "file": ')
    assert document["headline"] == prparse.parse(TEXT.read_bytes()).headline
    assert "sections" not in document
    assert err == ""


def test_several_files_give_json_lines_and_a_summary(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(TEXT), str(HTML), "--sections"]) == 0
    out, err = capsys.readouterr()
    records = _lines(out)
    assert [r["file"] for r in records] == [str(TEXT), str(HTML)]
    assert all("sections" in r for r in records)
    assert err.startswith("prparse: 2 documents, 0 errors, ") and err.count("\n") == 1


def test_directories_are_walked_in_sorted_order(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    expected = _tree(tmp_path)
    assert list(expand([str(tmp_path)])) == expected
    assert main([str(tmp_path)]) == 0
    assert [r["file"] for r in _lines(capsys.readouterr().out)] == expected


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
    assert [r["file"] for r in _lines(out)] == [str(TEXT)]
    lines = err.splitlines()
    assert lines[0] == f"prparse: {missing}: FileNotFoundError: No such file or directory"
    assert lines[1].startswith("prparse: 2 documents, 1 error, ")
    assert "Traceback" not in err


def test_error_records_go_into_the_output_when_asked(capsys: pytest.CaptureFixture[str]) -> None:
    missing = str(FIXTURES / "no-such-release.txt")
    assert main(["--error-records", "-q", str(TEXT), missing]) == 1
    records = _lines(capsys.readouterr().out)
    assert records[1] == {"file": missing, "error": {"type": "FileNotFoundError",
                                                     "message": "No such file or directory"}}


def test_strict_counts_defects_as_failures(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    assert main(["--strict", str(empty)]) == 1
    assert ": DefectError: " in capsys.readouterr().err


def test_standard_input(monkeypatch: pytest.MonkeyPatch,
                        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(TEXT.read_bytes())))
    assert main(["--compact", "-"]) == 0
    (record,) = _lines(capsys.readouterr().out)
    assert record["file"] == "-"
    assert record["headline"] == prparse.parse(TEXT.read_bytes()).headline


def test_an_empty_directory_is_an_error(tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
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
    done = subprocess.run([sys.executable, "-m", "prparse", "--compact", str(TEXT)],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["file"] == str(TEXT)
