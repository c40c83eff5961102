"""The pipeline: read → normalise → lex → parse → model → checks → diagnostics.

Checks see offsets into the analysis text; everything leaving the engine
(diagnostics and the edits of their fixes) is mapped back into the text the
user gave. Then the user's settings apply: rule selection per file, severity
overrides, and the directives in the draft's comments.
"""

from __future__ import annotations

import errno
import gc
import operator
import os
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, cast

from notelint import formats, suppressions
from notelint.config import Settings
from notelint.diagnostics import Diagnostic, Edit, Fix
from notelint.document import Document
from notelint.rules import NOTICE, Context, Rule, load_rules
from notelint.source import InputError, SourceText

if TYPE_CHECKING:
    from notelint.model import Notice
    from notelint.rules import ReportsAfterAll

    Check = Callable[[Notice, Context], Iterable[Diagnostic]]

# What a folder is searched for.
LINTABLE_SUFFIXES = (".txt", ".md", ".markdown", ".docx", ".doc", ".wps", ".rtf")
# Word and WPS keep "~$name.docx" next to a document while it is open: a lock file, not a draft.
WORD_LOCK_PREFIX = "~$"
# A project's own files, which a folder of drafts often holds beside them (README.md, LICENSE.txt,
# requirements.txt): never a draft, so a folder search passes over them; named, they are linted.
PROJECT_FILES = frozenset(
    (
        "readme",
        "changelog",
        "changes",
        "history",
        "contributing",
        "license",
        "licence",
        "authors",
        "code_of_conduct",
        "security",
        "requirements",
    )
)
UNUSED_SUPPRESSION = "NL901"
_IN_SOURCE = operator.attrgetter("in_source")


class FileResult:
    __slots__ = ("baseline_matched", "diagnostics", "document", "error", "fixed", "path", "source")

    def __init__(
        self,
        path: str,
        source: SourceText | None = None,
        diagnostics: list[Diagnostic] | None = None,
        error: str | None = None,
        document: Document | None = None,
        fixed: int = 0,
        baseline_matched: int = 0,
    ) -> None:
        self.path = path
        self.source = source
        self.diagnostics = [] if diagnostics is None else diagnostics
        self.error = error
        self.document = document
        self.fixed = fixed  # fixes applied to the file (or that --diff shows)
        self.baseline_matched = baseline_matched

    @property
    def encoding(self) -> str | None:
        return self.source.encoding if self.source else None


class Linter:
    def __init__(self, settings: Settings | None = None, rules: dict[str, type[Rule]] | None = None):
        self.settings = settings or Settings()
        self.registry = load_rules() if rules is None else rules
        self.instances = {code: cls() for code, cls in self.registry.items()}
        self.context = Context(lang=self.settings.lang, options=dict(self.settings.options))
        # What runs on a document, by the codes enabled there and whether it is a
        # notice: the same for every document of a Linter's files (but those a
        # per-file-ignores pattern picks), so chosen once, not rule by rule per lint.
        self._enabled_everywhere: frozenset[str] | None = None
        self._checks: dict[tuple[frozenset[str], bool], list[Check]] = {}

    def lint_source(self, source: SourceText) -> list[Diagnostic]:
        return self.lint_document(Document(source))

    def lint_document(self, document: Document) -> list[Diagnostic]:
        """The findings in ``document``, with the cyclic collector paused:
        a lint makes tens of thousands of short-lived objects, freed by their
        reference counts as it goes, and a collection every few hundred of them
        walks the young ones to free nothing. What a lint leaves in cycles is
        collected after it, as the collector's counts say."""
        collecting = gc.isenabled()
        gc.disable()
        try:
            return self._lint_document(document)
        finally:
            if collecting:
                gc.enable()

    def _lint_document(self, document: Document) -> list[Diagnostic]:
        from notelint.model import build
        from notelint.normalize import normalize

        enabled = self._enabled(document.source.path)
        normalized = normalize(document.source, document.removed)
        notice = build(normalized)
        offsets = normalized.offsets
        identity = offsets.is_identity  # analysis offsets are the user's offsets already
        context = self.context
        found: list[Diagnostic] = []
        for check in self._checks_for(enabled, notice.is_notice):
            if identity:
                found.extend(check(notice, context))
                continue
            checked = list(check(notice, context))
            if all(map(_IN_SOURCE, checked)):  # made in the user's text (told at C speed: NL502 makes thousands)
                found.extend(checked)
                continue
            for diagnostic in checked:
                if not diagnostic.in_source:
                    start, end = offsets.span_to_source(diagnostic.start, diagnostic.end)
                    fix = diagnostic.fix and Fix(
                        diagnostic.fix.applicability,
                        tuple(
                            Edit(*offsets.span_to_source(e.start, e.end), e.replacement) for e in diagnostic.fix.edits
                        ),
                    )
                    diagnostic = diagnostic.with_range(start, end, fix)
                found.append(diagnostic)
        if document.comments:
            directives = suppressions.parse(document)
            found = suppressions.apply(found, directives)
            if UNUSED_SUPPRESSION in enabled:
                unused = cast("ReportsAfterAll", self.instances[UNUSED_SUPPRESSION])
                found.extend(unused.report(self.context, directives, self.registry))
        if self.settings.severity or document.locate is not None:
            found = [self._settled(d, document) for d in found]
        found.sort(key=Diagnostic.sort_key)
        return found

    def _enabled(self, path: str) -> frozenset[str]:
        """The codes that run on the file at ``path``."""
        if self.settings.per_file_ignores:
            return self.settings.enabled(self.registry, path)
        if self._enabled_everywhere is None:
            self._enabled_everywhere = self.settings.enabled(self.registry)
        return self._enabled_everywhere

    def _checks_for(self, enabled: frozenset[str], is_notice: bool) -> list[Check]:
        """The checks of the ``enabled`` rules, in the registry's order: on a
        document that is no notice, only those of the rules that read any document."""
        key = (enabled, is_notice)
        checks = self._checks.get(key)
        if checks is None:
            checks = self._checks[key] = [
                rule.check
                for code, rule in self.instances.items()
                if code in enabled and (is_notice or rule.scope != NOTICE)
            ]
        return checks

    def _settled(self, diagnostic: Diagnostic, document: Document) -> Diagnostic:
        """The user's severity for the code, and where a format without lines locates it."""
        severity = self.settings.severity_of(diagnostic.code)
        if severity is not None:
            diagnostic = diagnostic.replace(severity=severity)
        if document.locate is not None:
            diagnostic = diagnostic.replace(extra={**diagnostic.extra, "location": document.locate(diagnostic.start)})
        return diagnostic

    def read(self, path: str, data: bytes) -> Document:
        """Raises InputError for a file that cannot be read."""
        return formats.read(path, data, self.settings.encoding)

    def lint_bytes(self, path: str, data: bytes) -> FileResult:
        try:
            document = self.read(path, data)
        except InputError as exc:
            return FileResult(path, error=exc.message(self.settings.lang))
        return FileResult(path, document.source, self.lint_document(document), document=document)

    def lint_file(self, path: str) -> FileResult:
        try:
            data = read_bytes(path)
        except InputError as exc:
            return FileResult(path, error=exc.message(self.settings.lang))
        return self.lint_bytes(path, data)


# Why a file cannot be opened, in words a user acts on (strerror is English only).
_OPEN_ERRORS: dict[int | None, tuple[str, str]] = {
    errno.ENOENT: ("文件不存在（可能在检查期间被删除或移走）", "no such file (deleted or moved during the run?)"),
    errno.EACCES: ("没有读取权限", "permission denied"),
    errno.EPERM: ("没有读取权限", "permission denied"),
    errno.ELOOP: ("符号链接循环（链接最终指回自身）", "a symlink loop (the link leads back to itself)"),
    errno.EISDIR: ("这是一个文件夹", "a folder, not a file"),
}
_FOLDER_LOOP = (
    "符号链接指回它的上级文件夹（目录循环），未进入",
    "a symlink back to a folder above it (a directory loop): not followed",
)


def read_bytes(path: str) -> bytes:
    try:
        # Unbuffered: the file is read whole, in one call, and a buffer would only be built and freed.
        with open(path, "rb", buffering=0) as file:
            return file.read()
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        zh, en = (
            _FOLDER_LOOP
            if exc.errno == errno.EISDIR and os.path.islink(path)
            else _OPEN_ERRORS.get(exc.errno, (reason, reason))
        )
        raise InputError(f"无法读取文件：{zh}", f"cannot read file: {en}") from None


def discover(paths: Iterable[str], excluded=lambda path: False) -> list[str]:
    """Files to lint: files as given, folders searched for lintable files,
    hidden entries, Word lock files, a project's own files (README.md…) and ``excluded``
    ones skipped, each folder in sorted order,
    no file twice, symlink loops cut (and listed, so that reading them reports the loop)."""
    found: list[str] = []
    seen: set[str] = set()

    def add(path: str) -> None:
        key = os.path.realpath(path)
        if key not in seen:
            seen.add(key)
            found.append(path)

    for path in paths:
        if not os.path.isdir(path):
            add(path)
            continue
        visited: set[str] = set()
        for folder, dirs, files in os.walk(path, followlinks=True):
            real = os.path.realpath(folder)
            if real in visited:
                dirs[:] = []
                if os.path.islink(folder) and _is_within(os.path.dirname(folder), real):
                    add(folder)  # a loop: reported when it is read (see read_bytes), the run exits 2
                continue
            visited.add(real)
            dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not excluded(os.path.join(folder, d)))
            for name in sorted(files):
                file = os.path.join(folder, name)
                if (
                    not name.startswith((".", WORD_LOCK_PREFIX))
                    and name.lower().endswith(LINTABLE_SUFFIXES)
                    and not _is_project_file(name)
                    and not excluded(file)
                ):
                    add(file)
    return found


def _is_project_file(name: str) -> bool:
    """README.md, LICENSE.txt, CODE-OF-CONDUCT.md, requirements-dev.txt…"""
    stem = name.split(".", 1)[0].lower().replace("-", "_")
    return stem in PROJECT_FILES or stem.startswith("requirements")


def _is_within(folder: str, ancestor: str) -> bool:
    """Whether ``folder`` is ``ancestor`` (a real path) or lies inside it."""
    real = os.path.realpath(folder)
    return real == ancestor or real.startswith(ancestor.rstrip(os.sep) + os.sep)
