"""The toolkit's modules bind each top-level name once: a second pattern under a name the
module already has silently replaces the first for every rule defined after it (this happened
three times while adding patterns, once costing 19 right attributions on PolNeAR dev)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

TOOLKIT = Path(__file__).resolve().parents[1] / "toolkit"


def _top_level_names(source: str) -> Counter[str]:
    """How often each module-level name is bound by an assignment, a function or a class."""
    names: Counter[str] = Counter()
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and node.value is not None and isinstance(
                node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names[node.name] += 1
    return names


def test_a_name_bound_twice_is_found() -> None:
    source = "_A = 1\n\ndef f():\n    return _A\n\n_A = 2\n_B = 3\n"
    assert {n for n, k in _top_level_names(source).items() if k > 1} == {"_A"}


@pytest.mark.parametrize("path", sorted(TOOLKIT.glob("*.py")), ids=lambda p: p.name)
def test_each_top_level_name_is_bound_once(path: Path) -> None:
    twice = {name for name, count in _top_level_names(path.read_text()).items() if count > 1}
    assert not twice, f"{path.name} binds {sorted(twice)} more than once"
