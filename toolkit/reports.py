"""The index page of the HTML reports that ``make report`` writes from the notebooks.

Run as ``python -m toolkit.reports reports/``: it links every ``*.html`` report in the folder,
titled by the notebook's first heading.
"""

from __future__ import annotations

import html
import json
import sys
from pathlib import Path

from toolkit.paths import ROOT


def notebook_title(notebook: Path) -> str:
    """The first Markdown heading of a notebook, or its file name when it has none."""
    cells = json.loads(notebook.read_text(encoding="utf-8")).get("cells", [])
    for cell in cells:
        if cell.get("cell_type") == "markdown":
            for line in "".join(cell.get("source", "")).splitlines():
                if line.startswith("#"):
                    return line.lstrip("#").strip()
    return notebook.stem


def write_index(folder: str | Path, notebooks: str | Path = ROOT / "notebooks") -> Path:
    """Write ``folder/index.html`` linking each report to its notebook's title; return it."""
    out = Path(folder)
    items = []
    for report in sorted(out.glob("*.html")):
        if report.name == "index.html":
            continue
        source = Path(notebooks) / f"{report.stem}.ipynb"
        title = notebook_title(source) if source.exists() else report.stem
        items.append(f'<li><a href="{html.escape(report.name)}">{html.escape(title)}</a>'
                     f" <small>({html.escape(report.stem)})</small></li>")
    page = ("<!doctype html><meta charset='utf-8'><title>Reports</title>"
            "<h1>Conflict news toolkit: reports</h1><ul>" + "".join(items) + "</ul>")
    index = out / "index.html"
    index.write_text(page, encoding="utf-8")
    return index


def main(argv: list[str] | None = None) -> int:
    """Entry point: ``python -m toolkit.reports FOLDER``."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m toolkit.reports REPORTS_FOLDER", file=sys.stderr)
        return 2
    print(write_index(args[0]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
