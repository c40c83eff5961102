"""Shared test helpers: lint a text in memory and read diagnostics back as
(code, line, column, end line, end column, message) tuples."""

from __future__ import annotations

from pathlib import Path

import pytest

from notelint.config import Settings
from notelint.engine import Linter
from notelint.source import SourceText

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"
CORPUS = REPO.parent / "shared" / "corpus"

_LINTERS: dict = {}


def linter(lang: str = "zh", select: tuple[str, ...] | None = None, options: dict | None = None) -> Linter:
    key = (lang, select, repr(options))
    if key not in _LINTERS:
        _LINTERS[key] = Linter(Settings(lang=lang, select=select, options=options or {}))
    return _LINTERS[key]


def lint(text: str, *codes: str, lang: str = "zh", options: dict | None = None):
    """Diagnostics of ``text`` as tuples, only for ``codes`` (prefixes allowed) if given."""
    source = SourceText("<test>", text)
    found = []
    for d in linter(lang, None, options).lint_source(source):
        if codes and not d.code.startswith(codes):
            continue
        (line, column), (end_line, end_column) = source.position(d.start), source.position(d.end)
        found.append((d.code, line, column, end_line, end_column, d.message))
    return found


def lint_diagnostics(text: str, *codes: str, lang: str = "zh", options: dict | None = None):
    """The Diagnostic objects themselves (offsets into ``text``), for fix tests."""
    source = SourceText("<test>", text)
    return [d for d in linter(lang, None, options).lint_source(source) if not codes or d.code.startswith(codes)]


def apply_edits(text: str, diagnostics) -> str:
    """Apply every fix edit of ``diagnostics`` (non-overlapping) to ``text``."""
    edits = sorted((e for d in diagnostics if d.fix for e in d.fix.edits), key=lambda e: e.start, reverse=True)
    for edit in edits:
        text = text[: edit.start] + edit.replacement + text[edit.end :]
    return text


@pytest.fixture
def corpus():
    if not CORPUS.is_dir():
        pytest.skip("the real corpus (../shared/corpus) is not next to this checkout")
    return CORPUS
