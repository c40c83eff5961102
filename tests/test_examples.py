"""The examples are the product's showcase: the complete draft is clean and
every defective draft yields exactly its snapshot (concise output).

Regenerate after an intended change with NOTELINT_UPDATE_SNAPSHOTS=1 and
review the diff."""

from __future__ import annotations

import os

import pytest
from conftest import EXAMPLES, REPO, linter

from notelint.reporters import ReportOptions, render

SNAPSHOTS = REPO / "tests" / "snapshots"
DRAFTS = sorted(p.name for p in EXAMPLES.iterdir() if p.suffix in (".txt", ".md", ".docx"))


def concise(name: str) -> str:
    result = linter().lint_file(str(EXAMPLES / name))
    result.path = f"examples/{name}"
    return render("concise", [result], ReportOptions())


@pytest.mark.parametrize("name", [n for n in DRAFTS if n.startswith("complete.")])
def test_complete_example_is_clean(name):
    result = linter().lint_file(str(EXAMPLES / name))
    assert result.error is None
    assert [(d.code, d.message) for d in result.diagnostics] == []


@pytest.mark.parametrize("name", [n for n in DRAFTS if n.startswith("defective-")])
def test_defective_example_matches_snapshot(name):
    snapshot = SNAPSHOTS / f"{name}.concise"
    output = concise(name)
    if os.environ.get("NOTELINT_UPDATE_SNAPSHOTS"):
        snapshot.write_text(output, "utf-8")
    assert output == snapshot.read_text("utf-8")
    assert output.count("\n") > 1, "a defective example must show defects"
