"""The CLI: exit codes, outputs, manifest."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from toolkit.__main__ import main
from toolkit.paths import data_dir
from toolkit.schema import TABLES


def test_parse_writes_every_table_and_a_manifest(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture) -> None:
    code = main(["parse", str(data_dir() / "articles"), "--out", str(tmp_path),
                 "--metadata", str(data_dir() / "articles.csv")])
    assert code == 0
    for name in TABLES:
        assert (tmp_path / f"{name}.parquet").exists(), name
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    assert manifest["rows"]["articles"] == 1 and manifest["rows"]["errors"] == 0
    assert manifest["pack"]["hash"] and manifest["toolkit_version"]
    assert manifest["parameters"]["metadata"].endswith("articles.csv")
    assert "1 articles, 0 errors" in capsys.readouterr().out


@pytest.mark.parametrize("argv", [
    ["parse", "--out", "x"],  # no input
    ["parse", "does/not/exist.txt", "--out", "x"],  # a path that does not exist
    ["parse", "data/articles"],  # no --out
    ["parse", "data/articles", "--out", "x", "--jobs", "0"],
    ["parse", "data/articles", "--out", "x", "--engine", "spark"],
    ["parse", "data/articles", "--out", "x", "--metadata", "missing.csv"],
    [],
])
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture) -> None:
    assert main(argv) == 2
    assert "error" in capsys.readouterr().err


def test_bad_inputs_still_exit_0(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_text("")
    assert main(["parse", str(tmp_path / "in"), "--out", str(tmp_path / "out")]) == 0
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text())
    assert manifest["rows"]["errors"] == 1


def test_runs_as_a_module(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "toolkit", "parse",
                           str(data_dir() / "articles"), "--out", str(tmp_path)],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""  # no progress bar when stderr is not a terminal
