"""Test articles with every line's zone written down (tests/fixtures/zones/*.txt).

Each fixture line is ``zone<TAB>paragraph``; blank lines stay blank. The articles are written
for the tests in the styles of named outlets (the file name says which).
"""

from __future__ import annotations

from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures" / "zones"


def load(path: Path) -> tuple[str, list[str]]:
    """The raw article text a fixture describes, and the zone of each paragraph in order."""
    lines, zones = [], []
    for line in path.read_text(encoding="utf-8").split("\n")[:-1]:
        if line:
            zone, paragraph = line.split("\t", 1)
            zones.append(zone)
            lines.append(paragraph)
        else:
            lines.append("")
    return "\n".join(lines) + "\n", zones


def all_fixtures() -> list[Path]:
    """Every fixture file, sorted."""
    return sorted(FIXTURES.glob("*.txt"))
