"""``notelint annotate``: the reviewer's own draft back, marked up.

Each finding becomes a Word comment (批注) anchored on the characters the
finding is about — the paragraph and character a report's ``location`` names
— with the message, the code and rule name, and ``建议改为：…`` when there is
a fix. A finding with no characters of its own (a missing part) or on a number
Word generates is anchored on its paragraph; a file-wide finding sits at its
first occurrence, as it does in the report. With ``--suggest-fixes`` the
safe fixes also become tracked changes (修订) the reviewer accepts or
rejects; accepting them all gives what ``check --fix`` gives.

The draft is read, never written: the result is a new .docx, by default
``DRAFT.notelint.docx`` beside it (``DRAFT.notelint-2.docx`` … when that
exists). A .md or .txt draft becomes a new .docx, one paragraph per line; a
.doc, .wps or .rtf draft is converted by LibreOffice first. Settings, rule
selection, per-file ignores, the baseline and Word-comment directives apply
as in ``check``.
"""

from __future__ import annotations

import bisect
import io
import os
import sys
from typing import NamedTuple

from notelint.diagnostics import Applicability, Diagnostic, Edit, Fix
from notelint.runner import RunOptions, Workspace

SUFFIX = ".notelint"


class Annotated(NamedTuple):
    output: str
    comments: int
    revisions: int
    diagnostics: list[Diagnostic]


def default_output(path: str) -> str:
    """``draft.notelint.docx`` beside the draft, or the first free ``draft.notelint-N.docx``."""
    stem = os.path.splitext(path)[0]
    candidate, number = f"{stem}{SUFFIX}.docx", 2
    while os.path.lexists(candidate):
        candidate, number = f"{stem}{SUFFIX}-{number}.docx", number + 1
    return candidate


def comment_text(diagnostic: Diagnostic, text: str, lang: str, revised: bool) -> str:
    from notelint.annotate.changes import suggestion

    zh = lang == "zh"
    lines = [diagnostic.message, f"{diagnostic.code} {diagnostic.name}"]
    if diagnostic.extra.get("location", {}).get("automatic_number"):
        lines.append(
            "此处是 Word 自动生成的编号，请在编号设置中修改。"
            if zh
            else "This is a number Word generates: change it in the numbering settings."
        )
    suggested = suggestion(text, diagnostic, lang)
    if suggested:
        if revised:
            suggested += "（已标为修订）" if zh else " (shown as a tracked change)"
        elif diagnostic.fix is not None and diagnostic.fix.applicability is Applicability.UNSAFE:
            suggested += "（此修改未必正确，请核实）" if zh else " (may be wrong: check it)"
        lines.append(suggested)
    return "\n".join(lines)


def _covered(edits: list[Edit], starts: list[int], fix: Fix) -> bool:
    """Whether every edit of a finding's ``fix`` lies inside one of ``edits``
    (sorted; ``starts``: their starts)."""
    for edit in fix.edits:
        index = bisect.bisect_right(starts, edit.start) - 1
        if index < 0 or edits[index].end < edit.end:
            return False
    return True


def _as_word(linter, path: str, data: bytes):
    """(Document to lint, python-docx document to mark up, its paragraph
    layouts, draft offset → offset in the Word document's text)."""
    from notelint import formats
    from notelint.annotate import plain
    from notelint.formats import docx

    word = formats.word_bytes(path, data)
    if word is not None:
        document, package, layouts = docx.read_layout(path, word)
        return document, package, layouts, lambda offset: offset
    document = linter.read(path, data)
    mapping = plain.Mapping(document.source)
    _, package, layouts = docx.read_layout(path, plain.word_document(mapping))
    return document, package, layouts, mapping.offset


def _tracked_changes(linter, document, diagnostics: list[Diagnostic], body, to_word) -> tuple[list, list[Edit]]:
    """The safe fixes as ``check --fix`` applies them (in passes), folded into
    edits on the draft: (the tracked changes showing them, the edits shown)."""
    from notelint.annotate import changes
    from notelint.engine import FileResult
    from notelint.runner import fix_passes

    passes: list = []
    fix_passes(linter, document, FileResult(document.source.path, document.source, diagnostics), False, passes)
    revisions, shown = [], []
    for edit in changes.net_edits(passes):
        shown_as = body.revisable(to_word(edit.start), to_word(edit.end), edit.replacement)
        if shown_as:
            revisions.extend(shown_as)
            shown.append(edit)
    return revisions, shown


def annotate(
    workspace: Workspace, path: str, output: str | None = None, suggest_fixes: bool = False, baseline=None
) -> Annotated:
    """Write the annotated copy of ``path``. Raises InputError (unreadable
    draft, bad output) and OSError (cannot write)."""
    from notelint.engine import read_bytes
    from notelint.source import InputError

    data = read_bytes(path)
    output = output or default_output(path)
    if os.path.exists(output) and os.path.samefile(output, path):
        raise InputError("输出文件不能是草稿本身", "the output file cannot be the draft itself")
    marked = mark_up(workspace, path, data, suggest_fixes, baseline)
    _write(output, marked.docx)
    return Annotated(output, marked.comments, marked.revisions, marked.diagnostics)


class MarkedUp(NamedTuple):
    docx: bytes
    comments: int
    revisions: int
    diagnostics: list[Diagnostic]


def mark_up(workspace: Workspace, path: str, data: bytes, suggest_fixes: bool = False, baseline=None) -> MarkedUp:
    """The annotated copy of the draft ``data`` (named ``path``), made in
    memory (the review page's download). Raises InputError."""
    from notelint.annotate import wordml
    from notelint.engine import FileResult

    linter = workspace.linter_for(path)
    document, package, layouts, to_word = _as_word(linter, path, data)
    result = FileResult(path, document.source, linter.lint_document(document))
    every_finding = list(result.diagnostics)  # --fix fixes what the baseline accepts too
    if baseline is not None:
        baseline.filter(result)
    body = wordml.Body(package, layouts)
    revisions, shown = _tracked_changes(linter, document, every_finding, body, to_word) if suggest_fixes else ([], [])

    spans = [body.comment_span(to_word(d.start), to_word(d.end)) for d in result.diagnostics]
    for first, last in spans:
        body.cut(first)
        body.cut(last)
    for index, start, end, _ in revisions:
        body.cut((index, start))
        body.cut((index, end))
    lang = linter.settings.lang
    text = document.source.text
    shown_starts = [edit.start for edit in shown]
    for diagnostic, (first, last) in zip(result.diagnostics, spans):
        revised = (
            bool(shown)
            and diagnostic.fix is not None
            and diagnostic.fix.applicability is Applicability.SAFE
            and _covered(shown, shown_starts, diagnostic.fix)
        )
        body.add_comment(first, last, comment_text(diagnostic, text, lang, revised))
    body.add_revisions(revisions)
    buffer = io.BytesIO()
    package.save(buffer)
    return MarkedUp(buffer.getvalue(), len(spans), len(revisions), result.diagnostics)


def _write(path: str, data: bytes) -> None:
    """Atomically: a reader never sees half a file."""
    import tempfile

    folder = os.path.dirname(os.path.abspath(path))
    handle, temporary = tempfile.mkstemp(prefix=".notelint-", suffix=".docx", dir=folder)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def run(
    paths: list[str],
    options: RunOptions,
    output: str | None = None,
    suggest_fixes: bool = False,
    baseline_path: str | None = None,
) -> int:
    """The command: annotate each draft, one line per draft; the exit code
    (2 if any draft failed, else 1 if findings reach the fail level, else 0)."""
    from notelint.baseline import Baseline
    from notelint.config import ConfigError
    from notelint.diagnostics import Severity
    from notelint.rules import RegistryError
    from notelint.source import InputError

    lang = options.flags.get("lang") or "zh"
    try:
        workspace = Workspace(options)
        lang = workspace.settings_for(paths[0]).lang
        baseline = Baseline(baseline_path) if baseline_path else None
    except (ConfigError, RegistryError, InputError) as exc:
        print(f"notelint: {exc.message(lang) if isinstance(exc, InputError) else exc}", file=sys.stderr)
        return 2
    if output is not None and len(paths) > 1:
        print("notelint: -o 只能用于一个草稿" if lang == "zh" else "notelint: -o takes one draft only", file=sys.stderr)
        return 2
    failed = reached = False
    for path in paths:
        try:
            settings = workspace.settings_for(path)
        except ConfigError as exc:
            print(f"notelint: {exc}", file=sys.stderr)
            failed = True
            continue
        try:
            if os.path.isdir(path):
                raise InputError("这是一个文件夹，请指定草稿文件", "a folder: name the draft files")
            done = annotate(workspace, path, output, suggest_fixes, baseline)
        except InputError as exc:
            print(f"{path}: {exc.message(settings.lang)}", file=sys.stderr)
            failed = True
            continue
        except OSError as exc:
            reason = exc.strerror or str(exc)
            print(
                f"{path}: {'无法写入' if settings.lang == 'zh' else 'cannot write'} {exc.filename or ''}：{reason}",
                file=sys.stderr,
            )
            failed = True
            continue
        threshold = Severity.parse(settings.fail_on)
        reached = reached or any(d.severity >= threshold for d in done.diagnostics)
        if settings.lang == "zh":
            line = f"{path} → {done.output}：{done.comments} 条批注"
            line += f"，{done.revisions} 处修订" if suggest_fixes else ""
        else:
            line = f"{path} → {done.output}: {done.comments} comment(s)"
            line += f", {done.revisions} tracked change(s)" if suggest_fixes else ""
        print(line)
    return 2 if failed else 1 if reached else 0
