"""Shared test helpers: lint a text in memory and read diagnostics back as
(code, line, column, end line, end column, message) tuples."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import NamedTuple

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


class CliRun(NamedTuple):
    """What a run of the command line gave: its exit code, stdout and stderr."""

    returncode: int
    stdout: str | bytes
    stderr: str | bytes


def _decoded(data: bytes) -> str:
    """``data`` as ``subprocess.run(..., text=True)`` reads a pipe: UTF-8, universal newlines."""
    return io.TextIOWrapper(io.BytesIO(data), encoding="utf-8").read()


def _ran(returncode: int, stdout: bytes, stderr: bytes, text: bool) -> CliRun:
    if text:
        return CliRun(returncode, _decoded(stdout), _decoded(stderr))
    return CliRun(returncode, stdout, stderr)


def _environment_over(base: Mapping[str, str], env: Mapping[str, str | None] | None) -> dict[str, str]:
    """``base`` with ``env`` set over it; None unsets a variable."""
    environment = dict(base)
    for name, value in (env or {}).items():
        if value is None:
            environment.pop(name, None)
        else:
            environment[name] = value
    return environment


def run_cli(
    *args: str,
    stdin: str | bytes | None = None,
    cwd: str | os.PathLike | None = None,
    env: Mapping[str, str | None] | None = None,
    text: bool = True,
) -> CliRun:
    """``python -m notelint *args`` run in this process, as the process would
    run it: standard streams as a pipe gives them (UTF-8; stdout surrogateescape,
    stderr backslashreplace; not a terminal), an empty standard input unless
    ``stdin`` is given, ``env`` set over the environment (None unsets a
    variable) and ``cwd`` as the working folder, all restored afterwards.
    With ``text`` the output is read back as ``subprocess.run(text=True)``
    reads it; without, as bytes. Starting an interpreter per call was most of
    the suite's time; ``run_process`` is for the tests of the process itself."""
    from notelint.cli import main

    if isinstance(stdin, str):
        stdin = stdin.encode("utf-8")
    out, err = io.BytesIO(), io.BytesIO()
    streams = (sys.stdin, sys.stdout, sys.stderr, sys.__stdout__)
    saved_environ, saved_cwd = dict(os.environ), os.getcwd()
    sys.stdin = io.TextIOWrapper(io.BytesIO(stdin or b""), encoding="utf-8", errors="surrogateescape")
    sys.stdout = io.TextIOWrapper(out, encoding="utf-8", errors="surrogateescape", write_through=True)
    sys.stderr = io.TextIOWrapper(err, encoding="utf-8", errors="backslashreplace", write_through=True)
    # argparse asks sys.__stdout__ for the terminal's width: a pipe has none
    sys.__stdout__ = sys.stdout  # type: ignore[misc]
    try:
        os.environ.clear()
        os.environ.update(_environment_over(saved_environ, env))
        if cwd is not None:
            os.chdir(cwd)
        try:
            main(list(args))
        except SystemExit as exited:  # main always ends here; argparse's --help and usage errors too
            code = exited.code
        sys.stdout.flush()
        sys.stderr.flush()
        stdout, stderr = out.getvalue(), err.getvalue()  # before the wrappers go, closing what they wrap
    finally:
        sys.stdin, sys.stdout, sys.stderr, sys.__stdout__ = streams  # type: ignore[misc]
        os.chdir(saved_cwd)
        os.environ.clear()
        os.environ.update(saved_environ)
    return _ran(code if isinstance(code, int) else 0 if code is None else 1, stdout, stderr, text)


def run_process(
    *args: str,
    stdin: str | bytes | None = None,
    cwd: str | os.PathLike | None = None,
    env: Mapping[str, str | None] | None = None,
    text: bool = True,
) -> CliRun:
    """``python -m notelint *args`` in a process of its own, for what only a
    process shows (its start, what it imports, the installed distributions it
    finds); the same arguments and result as ``run_cli``."""
    ran = subprocess.run(
        [sys.executable, "-m", "notelint", *args],
        input=stdin.encode("utf-8") if isinstance(stdin, str) else stdin,
        capture_output=True,
        cwd=cwd,
        env=_environment_over(os.environ, env),
    )
    return _ran(ran.returncode, ran.stdout, ran.stderr, text)


@pytest.fixture
def linted_texts(monkeypatch) -> list[str]:
    """The texts the engine lints during the test, in order (a server that
    keeps its findings lints a text once)."""
    from notelint.engine import Linter

    linted: list[str] = []
    lint_document = Linter.lint_document

    def counting(self, document):
        linted.append(document.source.text)
        return lint_document(self, document)

    monkeypatch.setattr(Linter, "lint_document", counting)
    return linted
