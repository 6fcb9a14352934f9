"""Every public name of the package has a docstring, and every module says what it is for."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest

import toolkit

MODULES = sorted(m.name for m in pkgutil.iter_modules(toolkit.__path__, "toolkit."))


@pytest.mark.parametrize("name", toolkit.__all__)
def test_public_names_have_docstrings(name: str) -> None:
    obj = getattr(toolkit, name)
    if not isinstance(obj, str):
        assert inspect.getdoc(obj), name


@pytest.mark.parametrize("module_name", MODULES)
def test_modules_and_their_public_functions_have_docstrings(module_name: str) -> None:
    module = importlib.import_module(module_name)
    assert module.__doc__, module_name
    for name, obj in vars(module).items():
        if name.startswith("_") or getattr(obj, "__module__", None) != module_name:
            continue
        if inspect.isfunction(obj) or inspect.isclass(obj):
            assert inspect.getdoc(obj), f"{module_name}.{name}"
