"""environment.yml (conda) and pyproject.toml (pip) name the same packages and bounds."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
# conda-forge splits dask[distributed] into two packages.
CONDA_NAMES = {"dask[distributed]": ["dask", "distributed"]}


def _split(requirement: str) -> tuple[str, str]:
    match = re.match(r"([A-Za-z0-9_.\-\[\]]+)\s*(.*)", requirement.strip())
    assert match, requirement
    return match.group(1).lower(), match.group(2).replace(" ", "")


def _pyproject() -> dict[str, str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    requirements = list(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        requirements += extra
    out = {}
    for name, bound in map(_split, requirements):
        for conda_name in CONDA_NAMES.get(name, [name]):
            out[conda_name] = bound
    return out


def _conda() -> dict[str, str]:
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    deps = [d for d in env["dependencies"] if isinstance(d, str)]
    return dict(_split(d) for d in deps if not d.startswith(("python", "pip")))


def test_same_packages_and_bounds() -> None:
    assert _conda() == _pyproject()


def test_environment_installs_the_project_itself() -> None:
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    pip = [d for d in env["dependencies"] if isinstance(d, dict)]
    assert pip == [{"pip": ["-e ."]}]


def test_lock_pins_every_dependency() -> None:
    pinned = {
        line.split("==")[0].lower().replace("_", "-")
        for line in (ROOT / "requirements.lock").read_text().splitlines()
        if "==" in line
    }
    wanted = {name.split("[")[0].replace("_", "-") for name in _pyproject()}
    assert wanted <= pinned, sorted(wanted - pinned)
