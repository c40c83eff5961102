"""The data files shipped in notelint/data: one entry a line, ``#`` starts a
comment line, blank lines are skipped."""

from __future__ import annotations

import os

# notelint installs as a plain folder, so its data files are files beside this
# module (importlib.resources would find them too, but costs more to import
# than reading them does).
DATA_FOLDER = os.path.join(os.path.dirname(__file__), "data")


def entries(name: str) -> list[str]:
    """The entries of ``notelint/data/<name>``, stripped."""
    with open(os.path.join(DATA_FOLDER, name), encoding="utf-8") as file:
        text = file.read()
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]
