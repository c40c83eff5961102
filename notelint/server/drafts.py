"""An editor's text, linted as ``notelint check`` would lint the file it belongs to.

Nothing here knows LSP: the server hands in a path and a text and gets back
notelint's own diagnostics (code-point offsets into that text), the text
``--fix`` would write, and the edits that lead there. Settings come from the
CLI's config discovery for the file's path (the closest notelint.toml or
pyproject.toml with ``[tool.notelint]``, its per-file-ignores …), reloaded when
that file changes on disk.
"""

from __future__ import annotations

import os

from notelint import config, formats, runner
from notelint.config import ConfigError
from notelint.diagnostics import Diagnostic
from notelint.document import Document
from notelint.engine import FileResult, Linter, read_bytes
from notelint.rules import load_rules
from notelint.source import InputError, SourceText, decode

# Word documents are not text an editor can change; notelint never rewrites them either.
IGNORED_SUFFIXES = formats.DOCX_SUFFIXES


class Linted:
    """One version of a draft and what notelint found in it."""

    __slots__ = ("diagnostics", "error", "lang", "text", "version")

    def __init__(
        self, version: int | None, text: str, diagnostics: list[Diagnostic], lang: str, error: str | None = None
    ) -> None:
        self.version = version
        self.text = text
        self.diagnostics = diagnostics
        self.lang = lang
        self.error = error  # a config file that cannot be used: nothing was linted


def is_ignored(path: str) -> bool:
    return path.lower().endswith(IGNORED_SUFFIXES)


def is_markdown(path: str) -> bool:
    return path.lower().endswith(formats.MARKDOWN_SUFFIXES)


class Drafts:
    """Lints texts with the settings of their paths. Not thread-safe: the
    server calls it from one worker thread."""

    def __init__(self) -> None:
        self.registry = load_rules()
        self._workspace = runner.Workspace(runner.RunOptions(), self.registry)
        self._stamps: dict[str, int | None] = {}  # config file → its mtime when loaded
        # path → the linter, text and findings of its last lint (a new linter: the settings changed)
        self._last: dict[str, tuple[Linter, str, list[Diagnostic]]] = {}

    def _linter(self, path: str) -> Linter:
        file = config.find_config(path)
        if file is not None:
            stamp = _mtime(file)
            if self._stamps.setdefault(file, stamp) != stamp:  # edited since: load every config afresh
                self._workspace = runner.Workspace(runner.RunOptions(), self.registry)
                self._stamps = {file: stamp}
        return self._workspace.linter_for(path)

    def document(self, path: str, text: str, encoding: str = "utf-8") -> Document:
        """The text as its format's reader hands it to the engine (Markdown markup
        set aside); ``encoding``: the file's, which the fix passes must keep."""
        source = SourceText(path, text, encoding)
        if is_markdown(path):
            from notelint.formats import markdown

            return markdown.read(source)
        return Document(source)

    def lint(self, path: str, text: str, version: int | None = None) -> Linted:
        try:
            linter = self._linter(path)
        except ConfigError as exc:
            return Linted(version, text, [], "zh", error=str(exc))
        lang = linter.settings.lang
        if not text.strip():  # a new, empty draft: nothing to say yet
            return Linted(version, text, [], lang)
        return Linted(version, text, self._diagnostics(linter, path, text), lang)

    def _diagnostics(self, linter: Linter, path: str, text: str) -> list[Diagnostic]:
        """The findings in ``text``, kept for its path until the text or the
        settings change: a save, a fix-all after the lint of the same text,
        a change that changes nothing ask for the same findings again."""
        last = self._last.get(path)
        if last is not None and last[0] is linter and last[1] == text:
            return last[2]
        diagnostics = linter.lint_document(self.document(path, text))
        self._last[path] = (linter, text, diagnostics)
        return diagnostics

    def forget(self, path: str) -> None:
        """Drop what is kept for a draft the editor has closed."""
        self._last.pop(path, None)

    def fix_all(self, path: str, text: str) -> str:
        """What ``notelint check --fix`` would write for this text (the text itself
        when there is nothing to fix)."""
        linter = self._linter(path)
        if not text.strip():
            return text
        document = self.document(path, text, _file_encoding(path, linter.settings.encoding))
        found = FileResult(path, document.source, self._diagnostics(linter, path, text))
        fixed, _ = runner.fix_passes(linter, document, found, unsafe=False)
        return fixed


def _file_encoding(path: str, configured: str | None) -> str:
    """The encoding of the file on disk, as ``--fix`` finds it: a fix whose text
    that encoding cannot hold is left out there, and so here."""
    try:
        return decode(read_bytes(path), configured).encoding
    except InputError:  # not saved yet, or unreadable: the text is the editor's
        return configured or "utf-8"


def _mtime(file: str) -> int | None:
    try:
        return os.stat(file).st_mtime_ns
    except OSError:
        return None


def minimal_change(old: str, new: str) -> tuple[int, int, str]:
    """One replacement turning ``old`` into ``new``: ``old[start:end]`` → the
    returned text, leaving out what both share at the start and the end. Never
    splits a CRLF (a position between CR and LF is not one an editor knows)."""
    limit = min(len(old), len(new))
    prefix = _shared_length(old, new, limit, lambda text, size: text[:size])
    suffix = _shared_length(old, new, limit - prefix, lambda text, size: text[len(text) - size :])
    start, old_end, new_end = prefix, len(old) - suffix, len(new) - suffix
    if start and old[start - 1] == "\r" and old.startswith("\n", start):
        start -= 1
    if old_end < len(old) and old[old_end - 1 : old_end + 1] == "\r\n":
        old_end, new_end = old_end + 1, new_end + 1
    return start, old_end, new[start:new_end]


def _shared_length(old: str, new: str, limit: int, part) -> int:
    """The longest size ≤ ``limit`` for which ``part`` of both texts is equal:
    a binary search over slice comparisons, each done by C code."""
    low, high = 0, limit
    while low < high:
        middle = (low + high + 1) // 2
        if part(old, middle) == part(new, middle):
            low = middle
        else:
            high = middle - 1
    return low
