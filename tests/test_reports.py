"""The reports index links every HTML report under its notebook's title, escaped."""

from __future__ import annotations

import json
from pathlib import Path

from toolkit.reports import main, write_index


def _notebook(path: Path, heading: str) -> None:
    cell = {"cell_type": "markdown", "metadata": {}, "source": [f"# {heading}\n", "text"]}
    path.write_text(json.dumps({"cells": [cell], "metadata": {}, "nbformat": 4,
                                "nbformat_minor": 5}))


def test_index_links_reports_by_title(tmp_path: Path) -> None:
    notebooks, reports = tmp_path / "nb", tmp_path / "reports"
    notebooks.mkdir()
    reports.mkdir()
    _notebook(notebooks / "01-a.ipynb", "Parsing <articles>")
    (reports / "01-a.html").write_text("x")
    (reports / "02-b.html").write_text("y")
    page = write_index(reports, notebooks).read_text()
    assert 'href="01-a.html">Parsing &lt;articles&gt;</a>' in page
    assert 'href="02-b.html">02-b</a>' in page
    assert page.index("01-a") < page.index("02-b")


def test_usage_error_without_folder() -> None:
    assert main([]) == 2
