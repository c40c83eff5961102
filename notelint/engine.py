"""The pipeline: read → normalise → lex → parse → model → checks → diagnostics.

Checks see offsets into the analysis text; everything leaving the engine
(diagnostics and the edits of their fixes) is mapped back into the text the
user gave.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from notelint import formats
from notelint.diagnostics import Diagnostic, Edit, Fix
from notelint.document import Document
from notelint.rules import Context, Rule, load_rules
from notelint.source import InputError, SourceText

# What a folder is searched for.
LINTABLE_SUFFIXES = (".txt", ".md", ".markdown", ".docx")
# Word and WPS keep "~$name.docx" next to a document while it is open: a lock file, not a draft.
WORD_LOCK_PREFIX = "~$"


@dataclass
class Settings:
    lang: str = "zh"
    encoding: str | None = None  # force a decoding instead of detecting one
    select: frozenset[str] | None = None  # codes to run; None: all
    options: dict[str, dict] = field(default_factory=dict)


@dataclass
class FileResult:
    path: str
    source: SourceText | None = None
    diagnostics: list[Diagnostic] = field(default_factory=list)
    error: str | None = None
    document: Document | None = None

    @property
    def encoding(self) -> str | None:
        return self.source.encoding if self.source else None


class Linter:
    def __init__(self, settings: Settings | None = None, rules: dict[str, type[Rule]] | None = None):
        self.settings = settings or Settings()
        registry = load_rules() if rules is None else rules
        self.rules = [cls() for code, cls in registry.items()
                      if self.settings.select is None or code in self.settings.select]
        self.context = Context(lang=self.settings.lang, options=self.settings.options)

    def lint_source(self, source: SourceText) -> list[Diagnostic]:
        return self.lint_document(Document(source))

    def lint_document(self, document: Document) -> list[Diagnostic]:
        from notelint.model import build
        from notelint.normalize import normalize

        normalized = normalize(document.source, document.removed)
        notice = build(normalized)
        offsets = normalized.offsets
        found = []
        for rule in self.rules:
            for diagnostic in rule.check(notice, self.context):
                start, end = offsets.span_to_source(diagnostic.start, diagnostic.end)
                fix = diagnostic.fix
                if fix is not None:
                    fix = Fix(fix.applicability, tuple(
                        Edit(*offsets.span_to_source(e.start, e.end), e.replacement) for e in fix.edits))
                found.append(diagnostic.with_range(start, end, fix))
        found.sort(key=Diagnostic.sort_key)
        return found

    def lint_bytes(self, path: str, data: bytes) -> FileResult:
        try:
            document = formats.read(path, data, self.settings.encoding)
        except InputError as exc:
            return FileResult(path, error=exc.message(self.settings.lang))
        return FileResult(path, document.source, self.lint_document(document), document=document)

    def lint_file(self, path: str) -> FileResult:
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            reason = exc.strerror or type(exc).__name__
            message = f"无法读取文件：{reason}" if self.settings.lang == "zh" else f"cannot read file: {reason}"
            return FileResult(path, error=message)
        return self.lint_bytes(path, data)


def discover(paths: Iterable[str]) -> list[str]:
    """Files to lint: files as given, folders searched for .txt, .md, .markdown and .docx,
    hidden entries and Word lock files skipped, each folder in sorted order, no file twice."""
    found: list[str] = []
    seen: set[str] = set()

    def add(path: str) -> None:
        key = os.path.realpath(path)
        if key not in seen:
            seen.add(key)
            found.append(path)

    for path in paths:
        if os.path.isdir(path):
            visited: set[str] = set()
            for folder, dirs, files in os.walk(path, followlinks=True):
                real = os.path.realpath(folder)
                if real in visited:  # a symlink loop
                    dirs[:] = []
                    continue
                visited.add(real)
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith((".", WORD_LOCK_PREFIX)) and name.lower().endswith(LINTABLE_SUFFIXES):
                        add(os.path.join(folder, name))
        else:
            add(path)
    return found
