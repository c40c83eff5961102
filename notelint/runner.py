"""One run over many files: settings per file, lint, fix, write, in parallel.

Each file is one independent job (read → lint → fix passes → write), so a
process pool needs nothing but the path; results come back in input order.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from typing import Any

from notelint import config, fixer
from notelint.config import Settings
from notelint.diagnostics import Diagnostic, Fix
from notelint.document import Document
from notelint.engine import FileResult, Linter, read_bytes
from notelint.rules import load_rules
from notelint.source import InputError, SourceText, encode

MAX_FIX_PASSES = 10
MIN_FILES_PER_WORKER = 8  # below this a pool costs more than it saves
CHUNKS_PER_WORKER = 64  # files are handed to the workers in chunks of len(paths) / (workers × this)


class RunOptions:
    __slots__ = ("config_file", "diff", "fix", "flags", "isolated", "lang", "unsafe_fixes")

    def __init__(
        self,
        fix: bool = False,
        unsafe_fixes: bool = False,
        diff: bool = False,
        config_file: str | None = None,
        isolated: bool = False,
        flags: Mapping[str, Any] | None = None,
        lang: str = "zh",
    ) -> None:
        self.fix = fix
        self.unsafe_fixes = unsafe_fixes
        self.diff = diff  # compute the fixes, write nothing, keep the diff
        self.config_file = config_file
        self.isolated = isolated
        self.flags = {} if flags is None else flags  # command-line settings, beating the files
        self.lang = lang  # the language when neither a flag nor the config sets one (the locale's)


class Outcome:
    """A file's result plus what the run did to it."""

    __slots__ = ("diff", "fixed_codes", "fixed_text", "note", "report", "result", "unwritten")

    def __init__(self, result: FileResult) -> None:
        self.result = result
        # The patch in the file's own encoding: ``patch`` and ``git apply``
        # compare bytes, so a GB18030 file needs a GB18030 hunk.
        self.diff = b""
        self.fixed_text: bytes | None = None  # for standard input: the fixed text, in the input's encoding
        self.unwritten = 0  # fixes found for a file that is never rewritten (a .docx)
        self.fixed_codes: list[str] = []  # the code of each fix applied (or shown by --diff)
        self.note: str | None = None  # e.g. a .docx that is never rewritten
        # The file's part of the report, rendered by the worker that linted it (bytes: encoded for where it goes).
        self.report: str | bytes | None = None


class Workspace:
    """Resolves the settings of each file (the closest config file, then the
    command-line flags) and keeps one linter per config file."""

    def __init__(self, options: RunOptions, registry=None):
        self.options = options
        self.registry = registry or load_rules()
        self.codes = frozenset(self.registry)
        self.rule_options = {code: dict(rule.options) for code, rule in self.registry.items() if rule.options}
        self._settings: dict[str | None, Settings] = {}
        self._linters: dict[str | None, Linter] = {}
        self.missing: set[str] = set()  # paths named on the command line that do not exist (see files_for)

    def _config_file(self, path: str) -> str | None:
        if self.options.config_file:
            file = os.path.abspath(self.options.config_file)
            if not os.path.isfile(file):
                raise config.ConfigError(
                    f"{self.options.config_file}：配置文件不存在", f"{self.options.config_file}: no such config file"
                )
            return file
        if self.options.isolated:
            return None
        found = config.find_config(path if path != "-" else os.getcwd())
        return found

    def settings_for(self, path: str) -> Settings:
        file = self._config_file(path)
        if file not in self._settings:
            lang = self.options.lang
            base = config.load(file, self.codes, self.rule_options, lang) if file else Settings(lang=lang)
            self._settings[file] = config.overrides(base, self.options.flags, self.codes)
        return self._settings[file]

    def linter_for(self, path: str) -> Linter:
        file = self._config_file(path)
        if file not in self._linters:
            self._linters[file] = Linter(self.settings_for(path), self.registry)
        return self._linters[file]


def process(workspace: Workspace, path: str, data: bytes | None = None, display: str | None = None) -> Outcome:
    """Lint one file (``data`` given for standard input) and fix it if asked."""
    linter = workspace.linter_for(display or path)
    lang = linter.settings.lang
    shown = display or path
    if data is None and path in workspace.missing:
        return Outcome(FileResult(shown, error="没有这个文件或文件夹" if lang == "zh" else "no such file or folder"))
    try:
        data = read_bytes(path) if data is None else data
        document = linter.read(shown, data)
    except InputError as exc:
        return Outcome(FileResult(shown, error=exc.message(lang)))
    result = FileResult(shown, document.source, linter.lint_document(document))
    options = workspace.options
    if not (options.fix or options.diff):
        return Outcome(result)
    if not document.writable and not options.diff:  # a .docx: report its findings as they are, never rewrite it
        outcome = Outcome(result)
        outcome.unwritten = len(fixer.select(result.diagnostics, options.unsafe_fixes))
        if outcome.unwritten:
            outcome.note = (
                f"{outcome.unwritten} 个修复未写入：.docx 从不改写（会丢失格式）；用 --diff 查看建议的修改，"
                "或用 notelint annotate --suggest-fixes 把修复写成 Word 修订"
                if lang == "zh"
                else f"{outcome.unwritten} fix(es) not written: a .docx is never rewritten (its formatting "
                "would be lost); --diff shows the suggested changes, notelint annotate --suggest-fixes "
                "writes them as tracked changes"
            )
        return outcome
    original = document.source.text
    fixed_codes: list[str] = []
    text, result = fix_passes(linter, document, result, options.unsafe_fixes, codes=fixed_codes)
    outcome = Outcome(result)
    outcome.fixed_codes = fixed_codes
    if text == original:
        return outcome
    source = document.source
    if options.diff:
        import difflib  # only for --diff

        # A .docx has no bytes to patch: its diff is of the text, in UTF-8, for reading.
        encoding, bom = (source.encoding, source.bom) if document.writable else ("utf-8", False)
        mark = "\ufeff" if bom else ""  # the BOM is part of the file's first line, as patch sees it
        patch = "".join(
            difflib.unified_diff(
                (mark + original).splitlines(keepends=True),
                (mark + text).splitlines(keepends=True),
                f"a/{shown}",
                f"b/{shown}",
            )
        )
        # The file names in UTF-8, the hunks in the file's encoding.
        header, _, hunks = patch.partition("\n@@")
        outcome.diff = (header + "\n").encode("utf-8") + ("@@" + hunks).encode(encoding)
    elif path == "-":
        outcome.fixed_text = encode(text, source.encoding, source.bom)
    else:
        outcome.note = _write(path, data, text, document, lang)
    return outcome


def fix_passes(
    linter: Linter,
    document: Document,
    result: FileResult,
    unsafe: bool,
    passes: list | None = None,
    max_passes: int = MAX_FIX_PASSES,
    codes: list | None = None,
) -> tuple[str, FileResult]:
    """Apply the fixes of ``result``'s diagnostics, re-lint, until nothing is
    left to fix or after ``max_passes`` passes (the review page applies one
    finding's fix with a result holding that finding and ``max_passes=1``).
    ``passes`` receives each pass's (text, fixes applied to it), ``codes``
    the code of each fix applied. A pass's result holds the document it
    linted (``result.document``), for a server to keep with its findings."""
    source = document.source
    text = source.text
    for _ in range(max_passes):
        # A replacement the file's encoding cannot hold (a simplified character
        # in a Big5 file) is left out: the file must stay writable as it is.
        fixes = [fix for fix in fixer.select(result.diagnostics, unsafe) if _encodable(fix, source.encoding)]
        if not fixes:
            break
        if passes is not None:
            passes.append((text, fixes))
        if codes is not None:
            code_of = {id(d.fix): d.code for d in result.diagnostics if d.fix is not None}
            codes.extend(code_of[id(fix)] for fix in fixes)
        fixed = fixer.apply(text, fixes)
        if document.writable:
            try:
                document = linter.read(source.path, encode(fixed, source.encoding, source.bom))
            except InputError:  # the fixes would leave an unreadable file (e.g. nothing but white space)
                break
        else:  # a .docx's text as shown, fixed: there is no file to read it back from
            document = Document(SourceText(source.path, fixed), writable=False)
        text = fixed
        result = FileResult(
            result.path,
            document.source,
            linter.lint_document(document),
            document=document,
            fixed=result.fixed + len(fixes),
        )
    return text, result


def _encodable(fix: Fix, encoding: str) -> bool:
    try:
        for edit in fix.edits:
            edit.replacement.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


def _write(path: str, original: bytes, text: str, document: Document, lang: str) -> str | None:
    """Write atomically, in the file's encoding, BOM and permissions, and only
    if the file is still what was read. Returns a note when it did not write."""
    source = document.source
    try:
        data = encode(text, source.encoding, source.bom)
    except UnicodeEncodeError:
        return (
            f"修复后的文本无法用 {source.encoding} 编码，未写入"
            if lang == "zh"
            else f"the fixed text cannot be encoded in {source.encoding}: not written"
        )
    try:
        if read_bytes(path) != original:
            return "文件在检查期间被修改，未写入修复" if lang == "zh" else "the file changed on disk: fixes not written"
    except InputError as exc:
        return exc.message(lang)
    import tempfile  # only when a fix is written

    folder = os.path.dirname(os.path.abspath(path))
    handle, temporary = tempfile.mkstemp(prefix=".notelint-", dir=folder)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temporary, os.stat(path).st_mode & 0o7777)
        os.replace(temporary, path)
    except OSError as exc:
        if os.path.exists(temporary):
            os.unlink(temporary)
        return f"无法写入：{exc.strerror}" if lang == "zh" else f"cannot write: {exc.strerror}"
    return None


_WORKSPACE: Workspace | None = None  # the forked workers' copy
_RENDER_FILE: Callable[[FileResult], str | bytes] | None = None


def _process_in_worker(path: str) -> Outcome:
    assert _WORKSPACE is not None  # set by run() before the pool forks
    outcome = process(_WORKSPACE, path)
    outcome.result.document = None  # a .docx locator need not cross the process boundary
    if _RENDER_FILE is not None:
        outcome.report = _RENDER_FILE(outcome.result)
        outcome.result = _summarised(outcome.result)
    return outcome


def _summarised(result: FileResult) -> FileResult:
    """What the parent still reads of a result whose part of the report the
    worker has written: for the summary, the exit code and ``--show-fixes``,
    each finding's code, name, severity and whether it has a safe or an unsafe
    fix. Each finding becomes a stand-in holding only those (no message, no
    position, a fix without edits), and findings alike share one stand-in,
    which pickle sends once: unpickling every finding of every file, with the
    text and the fixes' hundreds of edits, was the parent's work, serial."""
    stand_ins: dict[tuple, Diagnostic] = {}
    diagnostics = []
    for d in result.diagnostics:
        applicability = d.fix.applicability if d.fix is not None else None
        key = (d.code, d.name, d.severity, applicability)
        if key not in stand_ins:
            fix = Fix(applicability, ()) if applicability is not None else None
            stand_ins[key] = Diagnostic(d.code, d.name, d.severity, "", 0, 0, fix)
        diagnostics.append(stand_ins[key])
    return FileResult(
        result.path, None, diagnostics, result.error, fixed=result.fixed, baseline_matched=result.baseline_matched
    )


def run(
    workspace: Workspace, paths: list[str], jobs: int, render_file: Callable[[FileResult], str | bytes] | None = None
) -> list[Outcome]:
    """Process ``paths``; with ``jobs`` > 1 in a fork pool (the workers inherit
    the loaded rules and parser), results in input order either way.
    ``render_file``: what renders a file's part of the report; a worker
    renders the files it lints (``Outcome.report``) and sends back only what
    the summary needs of each result (see ``_summarised``), so that the
    parent writes the parts one after the other instead of rendering every file alone."""
    workers = min(jobs, len(paths) // MIN_FILES_PER_WORKER)
    if workers < 2:
        return [process(workspace, path) for path in paths]
    import multiprocessing  # not free to import: only when a pool is worth it

    if "fork" not in multiprocessing.get_all_start_methods():
        return [process(workspace, path) for path in paths]
    from concurrent.futures import ProcessPoolExecutor

    global _WORKSPACE, _RENDER_FILE
    _WORKSPACE, _RENDER_FILE = workspace, render_file
    from notelint.parser import _parser

    _parser()  # load the parse tables once, before forking
    # Small chunks: a notice takes from a few to a hundred times another's time, and with large
    # chunks one worker is left with the last heavy chunk while the other has finished.
    chunk = max(1, len(paths) // (workers * CHUNKS_PER_WORKER))
    try:
        pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"))
    except (OSError, ImportError):  # no semaphores here (a sandbox without /dev/shm): one process does it
        return [process(workspace, path) for path in paths]
    with pool:
        return list(pool.map(_process_in_worker, paths, chunksize=chunk))


def files_for(workspace: Workspace, paths: list[str], discover: Callable) -> list[str]:
    """Folders expanded, honouring each file's ``exclude`` settings; a file
    named on the command line is excluded too where ``force-exclude`` is on.
    A path that does not exist stays in the list: reading it reports it."""

    def excluded(path: str) -> bool:
        return bool(workspace.settings_for(path).excluded(path))

    named = [
        path
        for path in paths
        if not (os.path.isfile(path) and workspace.settings_for(path).force_exclude and excluded(path))
    ]
    workspace.missing.update(_display(path) for path in named if not os.path.lexists(path))
    return [_display(path) for path in discover(named, excluded=excluded)]


def _display(path: str) -> str:
    """A path as reported: ``./a.txt`` (found by searching ``.``) as ``a.txt``."""
    while path.startswith("./") and len(path) > 2:
        path = path[2:]
    return path
