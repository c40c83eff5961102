"""The examples in notelint's docstrings are run, so that they stay true."""

import doctest
import importlib

import pytest
from conftest import REPO

# Each folder of source and the package it installs as.
PACKAGES = {"notelint": "notelint", "checks": "notelint.checks"}


def _modules_with_examples() -> list[str]:
    found = []
    for folder, package in PACKAGES.items():
        for path in sorted((REPO / folder).rglob("*.py")):
            if ">>> " in path.read_text("utf-8"):
                parts = path.relative_to(REPO / folder).with_suffix("").parts
                found.append(".".join((package, *parts)).removesuffix(".__init__"))
    return found


def test_the_examples_are_found():
    assert "notelint.numerals" in _modules_with_examples()


@pytest.mark.parametrize("name", _modules_with_examples())
def test_the_docstring_examples_hold(name):
    failed, attempted = doctest.testmod(importlib.import_module(name))
    assert attempted > 0 and failed == 0
