"""The evaluation command: runs on what is there, skips what is not."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from toolkit.evaluate import main

FIXTURES = Path(__file__).parent / "fixtures"


def test_skips_cleanly_without_gold(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert main([str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "skipped attributions" in out and "skipped time expressions" in out


def test_scores_a_polnear_shaped_folder(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    dev = tmp_path / "polnear" / "dev"
    (dev / "text").mkdir(parents=True)
    (dev / "attributions").mkdir()
    shutil.copy(FIXTURES / "brat" / "wire.txt", dev / "text" / "wire.txt")
    shutil.copy(FIXTURES / "brat" / "wire.ann", dev / "attributions" / "wire_a1.ann")
    assert main([str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "content+source" in out and "skipped time expressions" in out
