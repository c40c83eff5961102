"""The regression corpus: fictional drafts with the findings a reviewer expects.

Each draft in ``cases/`` (notices, correct or with planted defects) and ``lookalikes/``
(documents that only look like notices) has a sidecar ``NAME.expected`` beside it: one
``CODE LINE COLUMN`` per line, ``#`` starts a comment. The drafts are read as bytes, as the
CLI reads them, so GB18030 and CRLF files are decoded by notelint itself.
"""

from __future__ import annotations

import os
from collections import Counter
from typing import NamedTuple

HERE = os.path.dirname(os.path.abspath(__file__))
FOLDERS = ("cases", "lookalikes")
SIDECAR = ".expected"


class CorpusError(Exception):
    """A draft notelint cannot read, or a draft without its sidecar: a broken corpus, not a difference in findings."""


class Expectation(NamedTuple):
    code: str
    line: int
    column: int


class Outcome(NamedTuple):
    path: str
    missing: list[Expectation]
    unexpected: list[Expectation]
    lines: list[str]  # the draft's lines, to show the text of each differing finding
    messages: dict[Expectation, str]  # notelint's message, or the sidecar's comment for a missing finding

    @property
    def passed(self) -> bool:
        return not self.missing and not self.unexpected


def _files(suffix_is_sidecar: bool) -> list[str]:
    found = []
    for folder in FOLDERS:
        directory = os.path.join(HERE, folder)
        found.extend(
            os.path.join(directory, name)
            for name in sorted(os.listdir(directory))
            if name.endswith(SIDECAR) == suffix_is_sidecar
        )
    return found


def drafts() -> list[str]:
    """Every draft, folder by folder, in name order (each must have a sidecar)."""
    return _files(False)


def orphan_sidecars() -> list[str]:
    """Sidecars whose draft is missing (renamed or deleted)."""
    return [path for path in _files(True) if not os.path.isfile(path[: -len(SIDECAR)])]


def read_sidecar(path: str) -> tuple[Counter, dict[Expectation, str]]:
    """The sidecar of ``path``: a multiset of expectations and the comment written on each
    expectation's line (a malformed line raises ValueError)."""
    expected: Counter = Counter()
    notes: dict[Expectation, str] = {}
    if not os.path.isfile(path + SIDECAR):
        raise CorpusError(f"{os.path.relpath(path, HERE)}: no sidecar {os.path.basename(path)}{SIDECAR} beside it")
    with open(path + SIDECAR, encoding="utf-8") as sidecar:
        for number, raw in enumerate(sidecar, 1):
            data, _, comment = raw.partition("#")
            fields = data.split()
            if not fields:
                continue
            if len(fields) != 3 or not fields[1].isdigit() or not fields[2].isdigit():
                raise ValueError(f"{path}{SIDECAR}:{number}: expected 'CODE LINE COLUMN', got {raw.strip()!r}")
            key = Expectation(fields[0], int(fields[1]), int(fields[2]))
            expected[key] += 1
            notes[key] = "# " + comment.strip() if comment.strip() else ""
    return expected, notes


def read_expected(path: str) -> Counter:
    return read_sidecar(path)[0]


_LINTER = None


def _linter():
    global _LINTER
    if _LINTER is None:
        from notelint.config import Settings
        from notelint.engine import Linter

        _LINTER = Linter(Settings(lang="zh"))
    return _LINTER


def check(path: str) -> Outcome:
    """Lint ``path`` in process and compare its findings with its sidecar."""
    with open(path, "rb") as file:
        data = file.read()
    result = _linter().lint_bytes(os.path.basename(path), data)
    if result.error:
        raise CorpusError(f"{os.path.relpath(path, HERE)}: notelint could not read the draft: {result.error}")
    found: Counter = Counter()
    expected, messages = read_sidecar(path)
    for diagnostic in result.diagnostics:
        line, column = result.source.position(diagnostic.start)
        key = Expectation(diagnostic.code, line, column)
        found[key] += 1
        messages[key] = diagnostic.message
    lines = [result.source.line_text(n) for n in range(1, len(result.source.line_starts) + 1)]
    return Outcome(path, sorted((expected - found).elements()), sorted((found - expected).elements()), lines, messages)


def _quoted(lines: list[str], expectation: Expectation) -> str:
    text = lines[expectation.line - 1] if 0 < expectation.line <= len(lines) else ""
    start = max(expectation.column - 1 - 12, 0)
    excerpt = text[start : expectation.column - 1 + 30]
    return ("…" if start else "") + excerpt + ("…" if expectation.column - 1 + 30 < len(text) else "")


def describe(outcome: Outcome) -> str:
    """A readable diff: what the sidecar expects and notelint missed, what it reports beyond that."""
    out = [os.path.relpath(outcome.path, HERE)]
    for label, items in (("漏报 missing", outcome.missing), ("多报 unexpected", outcome.unexpected)):
        for item in items:
            message = outcome.messages.get(item, "")
            out.append(f"  {label:15} {item.code} {item.line}:{item.column}  {message}")
            out.append(f"  {'':15} | {_quoted(outcome.lines, item)}")
    return "\n".join(out)
