"""The data files shipped in notelint/data: one entry a line, ``#`` starts a
comment line, blank lines are skipped."""

from __future__ import annotations

from importlib import resources


def entries(name: str) -> list[str]:
    """The entries of ``notelint/data/<name>``, stripped."""
    text = (resources.files("notelint") / "data" / name).read_text("utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]
