"""The language server: LSP messages in, notelint's findings and fixes out.

Built on pygls 2 and lsprotocol. Lints run one at a time in a worker thread,
so the server keeps answering (hover, code actions, shutdown) while a long
notice is linted; a change that a newer one supersedes before its lint starts
is never linted (see :meth:`NotelintServer.schedule`).

The document is synced whole (``TextDocumentSyncKind.Full``): pygls applies
incremental changes to lines it splits with ``str.splitlines``, which also
breaks at U+2028, form feed, \\x1c–\\x1e and \\x85 where LSP breaks only at
``\\n``, ``\\r\\n`` and ``\\r``, so an incremental edit after such a character
would silently corrupt the text notelint lints.
"""

from __future__ import annotations

import asyncio
import os
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import unquote, urlparse

from lsprotocol import types
from pygls.capabilities import get_capability
from pygls.lsp.server import LanguageServer
from pygls.protocol import LanguageServerProtocol, lsp_method
from pygls.uris import to_fs_path

from notelint import __version__
from notelint.diagnostics import Applicability, Diagnostic, Severity
from notelint.engine import UNUSED_SUPPRESSION
from notelint.server import drafts
from notelint.server.positions import LineIndex, negotiate
from notelint.source import LINE_BREAK

FIX_ALL = "source.fixAll.notelint"
DISABLE_DIRECTIVE = "<!-- notelint-disable-next-line {code} -->"
# How long a change waits for the next one before it is linted: keystrokes in a burst are linted once.
DEFAULT_DEBOUNCE_MS = 10

SEVERITIES = {
    Severity.ERROR: types.DiagnosticSeverity.Error,
    Severity.WARNING: types.DiagnosticSeverity.Warning,
    Severity.INFO: types.DiagnosticSeverity.Information,
}

TITLES = {
    "zh": {
        "fix": "修复 {code}：{message}",
        "unsafe": "修复 {code}（不安全修复，请核对）：{message}",
        "disable": "在此行禁用 {code}（在上方插入注释）",
        "fix_all": "notelint：修复全部可安全修复的问题",
    },
    "en": {
        "fix": "Fix {code}: {message}",
        "unsafe": "Fix {code} (unsafe: check it): {message}",
        "disable": "Disable {code} for this line (insert a comment)",
        "fix_all": "notelint: fix all safely fixable problems",
    },
}


class _Protocol(LanguageServerProtocol):
    @lsp_method(types.INITIALIZE)
    def lsp_initialize(self, params: types.InitializeParams):
        # pygls takes the client's first choice; notelint prefers its own code points (see positions).
        general = params.capabilities.general
        if general is not None and general.position_encodings:
            general.position_encodings = [negotiate(general.position_encodings)]
        self.trace = params.trace or types.TraceValue.Off
        return (yield from super().lsp_initialize(params))


class Draft:
    """A document the client has open."""

    __slots__ = ("closed", "fixed", "generation", "linted", "path", "task", "text", "uri", "version")

    def __init__(self, uri: str, path: str, version: int, text: str) -> None:
        self.uri = uri
        self.path = path
        self.version = version
        self.text = text
        self.generation = 0  # every change or save: what a running lint compares against
        self.linted: drafts.Linted | None = None
        self.fixed: tuple[drafts.Linted, str] | None = None  # a lint and the text --fix gives for its text
        self.task: asyncio.Future | None = None
        self.closed = False


class NotelintServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__(
            "notelint", __version__, protocol_cls=_Protocol, text_document_sync_kind=types.TextDocumentSyncKind.Full
        )
        self.open: dict[str, Draft] = {}
        self.debounce = DEFAULT_DEBOUNCE_MS / 1000
        self.docs_url: str | None = None
        self.reported_errors: set[str] = set()
        self._worker = ThreadPoolExecutor(1, thread_name_prefix="notelint-lint")
        self._drafts: drafts.Drafts | None = None  # made in the worker: loading the rules takes a while

    @property
    def encoding(self) -> str:
        kind = self.workspace.position_encoding
        return str(getattr(kind, "value", kind))

    # The worker thread -------------------------------------------------------

    def _call(self, method: str, *args):
        if self._drafts is None:
            self._drafts = drafts.Drafts()
        return getattr(self._drafts, method)(*args)

    def forget(self, draft: Draft) -> None:
        """Let the worker drop what it keeps for a closed draft (in its thread: Drafts is not thread-safe)."""
        self._worker.submit(self._call, "forget", draft.path)

    async def in_worker(self, method: str, *args):
        return await asyncio.get_running_loop().run_in_executor(self._worker, self._call, method, *args)

    # Linting -----------------------------------------------------------------

    def schedule(self, draft: Draft) -> None:
        """Lint the draft soon. One lint task per draft: a change that arrives
        while it waits or lints is picked up by it, and only the newest text is linted."""
        draft.generation += 1
        if draft.task is None or draft.task.done():
            draft.task = asyncio.ensure_future(self._lint_newest(draft))

    async def _lint_newest(self, draft: Draft) -> None:
        await asyncio.sleep(self.debounce)
        while not draft.closed:
            generation, version, text = draft.generation, draft.version, draft.text
            self.log_lint(f"lint {draft.uri} version {version}")
            try:
                linted = await self.in_worker("lint", draft.path, text, version)
            except Exception as exc:  # a bug in a rule must not take the server down
                self.window_log_message(
                    types.LogMessageParams(
                        types.MessageType.Error,
                        f"notelint: internal error linting {draft.uri}: {type(exc).__name__}: {exc}",
                    )
                )
                return
            if draft.generation == generation and not draft.closed:
                draft.linted = linted
                self.publish(draft, linted)
                return

    async def current(self, draft: Draft) -> drafts.Linted:
        """The findings of the draft's text as it is now."""
        linted = draft.linted
        if linted is None or linted.version != draft.version or linted.text is not draft.text:
            linted = await self.in_worker("lint", draft.path, draft.text, draft.version)
        return linted

    def publish(self, draft: Draft, linted: drafts.Linted) -> None:
        if linted.error and linted.error not in self.reported_errors:
            self.reported_errors.add(linted.error)
            self.window_show_message(types.ShowMessageParams(types.MessageType.Error, f"notelint: {linted.error}"))
        index = LineIndex(linted.text)
        found = [self.to_lsp(d, index) for d in linted.diagnostics]
        self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(draft.uri, found, linted.version))

    def log_lint(self, message: str) -> None:
        if self.protocol.trace != types.TraceValue.Off:
            self.log_trace(types.LogTraceParams(message))

    # Conversions -------------------------------------------------------------

    def to_range(self, index: LineIndex, start: int, end: int) -> types.Range:
        return types.Range(
            types.Position(*index.position(start, self.encoding)), types.Position(*index.position(end, self.encoding))
        )

    def to_lsp(self, diagnostic: Diagnostic, index: LineIndex) -> types.Diagnostic:
        description = None
        if self.docs_url:
            description = types.CodeDescription(self.docs_url.replace("{code}", diagnostic.code))
        return types.Diagnostic(
            self.to_range(index, diagnostic.start, diagnostic.end),
            diagnostic.message,
            severity=SEVERITIES[diagnostic.severity],
            code=diagnostic.code,
            code_description=description,
            source="notelint",
            tags=[types.DiagnosticTag.Unnecessary] if diagnostic.code == UNUSED_SUPPRESSION else None,
        )

    def offset(self, index: LineIndex, position: types.Position) -> int:
        return index.offset(position.line, position.character, self.encoding)

    def workspace_edit(self, draft: Draft, version: int | None, edits: list[types.TextEdit]) -> types.WorkspaceEdit:
        """Edits of one version of the draft, carrying that version when the client can check it."""
        if get_capability(self.client_capabilities, "workspace.workspace_edit.document_changes", False):
            identifier = types.OptionalVersionedTextDocumentIdentifier(draft.uri, version)
            return types.WorkspaceEdit(document_changes=[types.TextDocumentEdit(identifier, edits)])
        return types.WorkspaceEdit(changes={draft.uri: edits})

    # Code actions ------------------------------------------------------------

    async def code_actions(self, draft: Draft, params: types.CodeActionParams) -> list[types.CodeAction]:
        linted = await self.current(draft)
        index = LineIndex(linted.text)
        start, end = self.offset(index, params.range.start), self.offset(index, params.range.end)
        titles = TITLES[linted.lang]
        only = params.context.only

        def wanted(kind: str) -> bool:
            return not only or any(kind == k or kind.startswith(f"{k}.") for k in only)

        actions = []
        if wanted(types.CodeActionKind.QuickFix):
            here = [d for d in linted.diagnostics if d.start <= end and start <= d.end]
            actions += [self.quick_fix(draft, linted, index, d, titles) for d in here if d.fix and d.fix.edits]
            if drafts.is_markdown(draft.path):
                actions += self.disable_actions(draft, linted, index, here, titles)
        if wanted(FIX_ALL):
            fix_all = await self.fix_all(draft, linted, index, titles)
            if fix_all is not None:
                actions.append(fix_all)
        return actions

    def quick_fix(
        self, draft: Draft, linted: drafts.Linted, index: LineIndex, diagnostic: Diagnostic, titles: dict
    ) -> types.CodeAction:
        fix = diagnostic.fix
        assert fix is not None  # code_actions offers a quick fix only for a finding with one
        safe = fix.applicability is Applicability.SAFE
        edits = [types.TextEdit(self.to_range(index, e.start, e.end), e.replacement) for e in fix.edits]
        title = titles["fix" if safe else "unsafe"].format(code=diagnostic.code, message=diagnostic.message)
        return types.CodeAction(
            title,
            kind=types.CodeActionKind.QuickFix,
            diagnostics=[self.to_lsp(diagnostic, index)],
            is_preferred=safe,
            edit=self.workspace_edit(draft, linted.version, edits),
        )

    def disable_actions(
        self, draft: Draft, linted: drafts.Linted, index: LineIndex, here: list[Diagnostic], titles: dict
    ) -> list[types.CodeAction]:
        """For Markdown: a directive comment on its own line above the finding's line."""
        actions, seen = [], set()
        first_break = LINE_BREAK.search(linted.text)
        newline = first_break.group() if first_break else "\n"  # the draft's own line ending
        for diagnostic in here:
            line, _ = index.position(diagnostic.start, self.encoding)
            if diagnostic.code == UNUSED_SUPPRESSION or (diagnostic.code, line) in seen:
                continue
            seen.add((diagnostic.code, line))
            at = types.Position(line, 0)
            edit = types.TextEdit(types.Range(at, at), DISABLE_DIRECTIVE.format(code=diagnostic.code) + newline)
            actions.append(
                types.CodeAction(
                    titles["disable"].format(code=diagnostic.code),
                    kind=types.CodeActionKind.QuickFix,
                    diagnostics=[self.to_lsp(diagnostic, index)],
                    edit=self.workspace_edit(draft, linted.version, [edit]),
                )
            )
        return actions

    async def fix_all(
        self, draft: Draft, linted: drafts.Linted, index: LineIndex, titles: dict
    ) -> types.CodeAction | None:
        """Everything ``--fix`` would change, as one edit of the smallest span that holds it."""
        if not any(d.fix and d.fix.edits and d.fix.applicability is Applicability.SAFE for d in linted.diagnostics):
            return None
        if draft.fixed is None or draft.fixed[0] is not linted:
            draft.fixed = (linted, await self.in_worker("fix_all", draft.path, linted.text))
        fixed = draft.fixed[1]
        if fixed == linted.text:
            return None
        start, end, replacement = drafts.minimal_change(linted.text, fixed)
        edit = types.TextEdit(self.to_range(index, start, end), replacement)
        return types.CodeAction(
            titles["fix_all"], kind=FIX_ALL, edit=self.workspace_edit(draft, linted.version, [edit])
        )

    # Hover -------------------------------------------------------------------

    async def hover(self, draft: Draft, position: types.Position) -> types.Hover | None:
        from notelint.cli import explanation

        linted = await self.current(draft)
        index = LineIndex(linted.text)
        offset = self.offset(index, position)
        here = [d for d in linted.diagnostics if d.start <= offset < d.end or d.start == d.end == offset]
        if not here:
            return None
        assert self._drafts is not None  # made by the lint current() ran
        registry = self._drafts.registry
        codes = list(dict.fromkeys(d.code for d in here if d.code in registry))
        text = "\n\n---\n\n".join(explanation(registry[code], linted.lang) for code in codes)
        return types.Hover(
            types.MarkupContent(types.MarkupKind.Markdown, text), self.to_range(index, here[0].start, here[0].end)
        )


def draft_path(server: NotelintServer, uri: str, language_id: str | None) -> str:
    """The file a document stands for: its path, or for an unsaved one a name in
    the first workspace folder (its config applies), .md when it is Markdown."""
    if uri.startswith("file:"):
        return to_fs_path(uri) or unquote(urlparse(uri).path)
    name = os.path.basename(unquote(urlparse(uri).path)) or "untitled"
    if language_id == "markdown" and not drafts.is_markdown(name):
        name += ".md"
    folders = list(server.workspace.folders.values())
    root = to_fs_path(folders[0].uri) if folders else server.workspace.root_path
    return os.path.join(root or os.getcwd(), name)


def apply_changes(text: str, changes, encoding: str) -> str:
    """The text after the client's changes: whole texts as announced; a range
    change (a client that ignores the announced sync kind) converted exactly."""
    for change in changes:
        if isinstance(change, types.TextDocumentContentChangePartial):
            index = LineIndex(text)
            start = index.offset(change.range.start.line, change.range.start.character, encoding)
            end = index.offset(change.range.end.line, change.range.end.character, encoding)
            text = text[:start] + change.text + text[end:]
        else:
            text = change.text
    return text


def build() -> NotelintServer:
    server = NotelintServer()

    @server.feature(types.INITIALIZE)
    def initialize(ls: NotelintServer, params: types.InitializeParams) -> None:
        options = params.initialization_options if isinstance(params.initialization_options, dict) else {}
        debounce = options.get("debounceMs")
        if isinstance(debounce, (int, float)) and debounce >= 0:
            ls.debounce = debounce / 1000
        docs_url = options.get("ruleDocumentationUrl")
        if isinstance(docs_url, str) and docs_url:
            ls.docs_url = docs_url

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: NotelintServer, params: types.DidOpenTextDocumentParams) -> None:
        document = params.text_document
        path = draft_path(ls, document.uri, document.language_id)
        if drafts.is_ignored(path):
            return
        draft = Draft(document.uri, path, document.version, document.text)
        ls.open[document.uri] = draft
        ls.schedule(draft)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: NotelintServer, params: types.DidChangeTextDocumentParams) -> None:
        draft = ls.open.get(params.text_document.uri)
        if draft is None:
            return
        draft.text = apply_changes(draft.text, params.content_changes, ls.encoding)
        draft.version = params.text_document.version
        ls.schedule(draft)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: NotelintServer, params: types.DidSaveTextDocumentParams) -> None:
        draft = ls.open.get(params.text_document.uri)
        if draft is not None:
            ls.schedule(draft)  # the text is the same, but a config file may have changed

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: NotelintServer, params: types.DidCloseTextDocumentParams) -> None:
        draft = ls.open.pop(params.text_document.uri, None)
        if draft is not None:
            draft.closed = True
            ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(draft.uri, []))
            ls.forget(draft)

    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix, FIX_ALL]),
    )
    async def code_action(ls: NotelintServer, params: types.CodeActionParams):
        draft = ls.open.get(params.text_document.uri)
        return None if draft is None else await ls.code_actions(draft, params)

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    async def hover(ls: NotelintServer, params: types.HoverParams):
        draft = ls.open.get(params.text_document.uri)
        return None if draft is None else await ls.hover(draft, params.position)

    return server


def serve() -> int:
    build().start_io()
    return 0
