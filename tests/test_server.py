"""``notelint server``, driven over stdio by real LSP clients: pytest-lsp's
client (pygls) for the protocol, and Neovim headless for an editor.

What the server says is checked against the CLI: the same codes and positions
as ``notelint check --format json`` (converted to the negotiated encoding
here, independently of the server's own conversion), and fixes that leave
exactly the text ``notelint check --fix`` writes."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import EXAMPLES, REPO, CliRun, run_cli

from notelint.server.drafts import minimal_change
from notelint.server.positions import LineIndex, negotiate
from notelint.source import decode

pytest.importorskip("pygls", reason="the language server tests need the lsp extra (pip install -e '.[test]')")
pytest.importorskip("pytest_lsp", reason="the language server tests need pytest-lsp (pip install -e '.[test]')")

from lsprotocol import types
from pygls.protocol import default_converter
from pytest_lsp import ClientServerConfig
from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, LanguageClient, register_lsp_features

SERVER = [sys.executable, "-m", "notelint", "server"]
# A test that starts the server is slow: the process loads pygls and lsprotocol before it answers.
FIX_ALL = "source.fixAll.notelint"
WAIT = 60  # seconds: the machine running the suite may be busy
ASTRAL = "𠮷"  # one code point, two UTF-16 units, four UTF-8 bytes
DEFECTIVE = sorted(EXAMPLES.glob("defective-*"))


# The client ------------------------------------------------------------------


def _client() -> LanguageClient:
    """pytest-lsp's client, also keeping every publishDiagnostics (with its version) and $/logTrace."""
    client = LanguageClient(converter_factory=default_converter)
    client.published, client.traces = [], []

    def published(client_: LanguageClient, params: types.PublishDiagnosticsParams) -> None:
        client.diagnostics[params.uri] = params.diagnostics
        client.published.append(params)

    def traced(client_: LanguageClient, params: types.LogTraceParams) -> None:
        client.traces.append(params.message)

    register_lsp_features(
        client, {**DEFAULT_CLIENT_FEATURES, types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS: published, types.LOG_TRACE: traced}
    )
    return client


def serve(test, encodings=None, options=None, trace=None, document_changes=True):
    """Run ``await test(client)`` against a fresh server, initialised with these client capabilities."""
    capabilities = types.ClientCapabilities(
        general=types.GeneralClientCapabilities(position_encodings=encodings),
        workspace=types.WorkspaceClientCapabilities(
            workspace_edit=types.WorkspaceEditClientCapabilities(document_changes=document_changes)
        ),
    )

    async def session():
        client = await ClientServerConfig(SERVER, client_factory=_client).start()
        try:
            result = await client.initialize_session(
                types.InitializeParams(capabilities=capabilities, initialization_options=options, trace=trace)
            )
            client.position_encoding = str(result.capabilities.position_encoding)
            await test(client)
        finally:
            await client.shutdown_session()
            await client.stop()

    asyncio.run(asyncio.wait_for(session(), WAIT * 3))


def open_text(client, path: Path, text: str, version: int = 1, language: str = "plaintext") -> str:
    uri = path.resolve().as_uri()
    client.text_document_did_open(types.DidOpenTextDocumentParams(types.TextDocumentItem(uri, language, version, text)))
    return uri


def change(client, uri: str, version: int, text: str) -> None:
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            types.VersionedTextDocumentIdentifier(uri=uri, version=version),
            [types.TextDocumentContentChangeWholeDocument(text)],
        )
    )


async def published(client, uri: str, version: int) -> types.PublishDiagnosticsParams:
    """The diagnostics the server publishes for this version of the document."""

    async def arrived():
        while True:
            for params in client.published:
                if params.uri == uri and params.version == version:
                    return params
            await asyncio.sleep(0.01)

    return await asyncio.wait_for(arrived(), WAIT)


async def actions(client, uri: str, start=(0, 0), end=(10**6, 0), only=None) -> list[types.CodeAction]:
    return (
        await client.text_document_code_action_async(
            types.CodeActionParams(
                types.TextDocumentIdentifier(uri),
                types.Range(types.Position(*start), types.Position(*end)),
                types.CodeActionContext([], only=only),
            )
        )
        or []
    )


# What the CLI says, in LSP terms (computed here, not by the server) -------------


def cli(*args: str, stdin: str | None = None) -> CliRun:
    return run_cli(*args, stdin=stdin, env={"NO_COLOR": "1"})


def character(line_text: str, column: int, encoding: str) -> int:
    """The LSP character of 1-based code-point ``column`` of a line."""
    prefix = line_text[: column - 1]
    return {
        "utf-32": len(prefix),
        "utf-8": len(prefix.encode("utf-8")),
        "utf-16": len(prefix.encode("utf-16-le")) // 2,
    }[encoding]


def expected(path: Path, encoding: str) -> list[tuple]:
    """(code, start line, start character, end line, end character, message) per CLI finding."""
    lines = path.read_text(encoding="utf-8").replace("\r\n", "\n").split("\n")
    report = json.loads(cli("check", "--format", "json", str(path)).stdout)
    found = []
    for d in report["files"][0]["diagnostics"]:
        start, end = d["range"]["start"], d["range"]["end"]
        found.append(
            (
                d["code"],
                start["line"] - 1,
                character(lines[start["line"] - 1], start["column"], encoding),
                end["line"] - 1,
                character(lines[end["line"] - 1], end["column"], encoding),
                d["message"],
            )
        )
    return found


def received(diagnostics) -> list[tuple]:
    return [
        (d.code, d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character, d.message)
        for d in diagnostics
    ]


def cli_fix(path: Path, tmp_path: Path) -> str:
    """What ``notelint check --fix`` writes for ``path``."""
    copy = tmp_path / "cli" / path.name
    copy.parent.mkdir(exist_ok=True)
    shutil.copyfile(path, copy)
    cli("check", "--fix", str(copy))
    return copy.read_text(encoding="utf-8")


def apply(text: str, edits, encoding: str) -> str:
    """Apply LSP text edits (non-overlapping, as LSP requires), last first."""
    index = LineIndex(text)
    spans = sorted(
        (
            (
                index.offset(e.range.start.line, e.range.start.character, encoding),
                index.offset(e.range.end.line, e.range.end.character, encoding),
                e.new_text,
            )
            for e in edits
        ),
        reverse=True,
    )
    for start, end, new_text in spans:
        text = text[:start] + new_text + text[end:]
    return text


def edits_of(action: types.CodeAction, uri: str, version: int | None = None) -> list:
    """The text edits of an action that edits one document (at ``version``, when versioned)."""
    edit = action.edit
    if edit.document_changes is not None:
        (document_edit,) = edit.document_changes
        assert document_edit.text_document.uri == uri
        assert document_edit.text_document.version == version
        return list(document_edit.edits)
    assert list(edit.changes) == [uri]
    return list(edit.changes[uri])


# In process: the conversions every message goes through --------------------------


def test_negotiation_prefers_code_points_then_utf8_and_falls_back_to_utf16():
    assert negotiate(["utf-16", "utf-8", "utf-32"]) == "utf-32"
    assert negotiate(["utf-16", "utf-8"]) == "utf-8"
    assert negotiate(["utf-16"]) == "utf-16"
    assert negotiate(None) == negotiate([]) == negotiate(["utf-7"]) == "utf-16"


def test_positions_break_lines_only_where_lsp_does():
    text = f"第一行\r\n{ASTRAL}甲\u2028乙\x0c丙\x85丁\r第三行\n{ASTRAL}"
    index = LineIndex(text)
    assert index.starts == [0, 5, 14, 18]  # U+2028, form feed and U+0085 do not break a line
    ding = text.index("丁")
    assert index.position(ding, "utf-32") == (1, 7)
    assert index.position(ding, "utf-16") == (1, 8)
    assert index.position(ding, "utf-8") == (1, 4 + 3 + 3 + 3 + 1 + 3 + 2)
    for encoding in ("utf-8", "utf-16", "utf-32"):
        for offset in range(len(text) + 1):
            if text[offset - 1 : offset + 1] != "\r\n":  # inside a CRLF is no position
                assert index.offset(*index.position(offset, encoding), encoding) == offset


def test_incoming_positions_past_a_line_or_inside_a_character_are_clamped():
    index = LineIndex(f"{ASTRAL}甲\n乙")
    assert index.offset(0, 1, "utf-16") == 1  # half a surrogate pair: after the character
    assert index.offset(0, 99, "utf-8") == 2  # past the line's end: its end, not the next line
    assert index.offset(7, 0, "utf-32") == 4  # past the last line: the end of the text


def test_minimal_change_keeps_what_both_texts_share_and_never_splits_a_crlf():
    assert minimal_change("甲乙丙丁", "甲乙X丁") == (2, 3, "X")
    assert minimal_change("甲乙", "甲乙") == (2, 2, "")
    for new in ("a\r\r\nb", "a\rX\nb", "a\nb", "a\r\n\r\nb"):
        start, end, replacement = minimal_change("a\r\nb", new)
        assert "a\r\nb"[:start] + replacement + "a\r\nb"[end:] == new
        assert start != 2 and end != 2, new  # never between CR and LF
    assert minimal_change("a\r\nb", "a\rX\nb") == (1, 3, "\rX\n")


# Over stdio, with pytest-lsp's client ----------------------------------------------


def test_without_pygls_the_command_says_how_to_install_it():
    hide = "import sys; sys.modules['pygls'] = None; from notelint.cli import main; main(['server'])"
    run = subprocess.run([sys.executable, "-c", hide], capture_output=True, text=True, encoding="utf-8")
    assert run.returncode == 2
    assert run.stdout == ""
    assert run.stderr.count("\n") == 1 and 'pip install "notelint[lsp]"' in run.stderr


@pytest.mark.slow
def test_diagnostics_after_open_and_change_are_the_clis(tmp_path):
    draft = tmp_path / "draft.txt"
    original = (EXAMPLES / "defective-hygiene.txt").read_text(encoding="utf-8")
    draft.write_text(original, encoding="utf-8")
    edited = original.replace(",", "，", 1)  # fixes the NL505 finding, nothing else

    async def test(client):
        assert client.position_encoding == "utf-16"
        uri = open_text(client, draft, original)
        opened = await published(client, uri, 1)
        assert received(opened.diagnostics) == expected(draft, "utf-16")
        assert {(d.source, d.severity) for d in opened.diagnostics if d.code == "NL505"} == {
            ("notelint", types.DiagnosticSeverity.Warning)
        }
        assert {d.severity for d in opened.diagnostics if d.code == "NL502"} == {types.DiagnosticSeverity.Error}
        assert {d.code_description for d in opened.diagnostics} == {None}  # no documentation address configured
        change(client, uri, 2, edited)
        changed = await published(client, uri, 2)
        draft.write_text(edited, encoding="utf-8")
        assert received(changed.diagnostics) == expected(draft, "utf-16")
        assert "NL505" in {d.code for d in opened.diagnostics} - {d.code for d in changed.diagnostics}

    serve(test)


@pytest.mark.slow
@pytest.mark.parametrize(
    "encodings, negotiated",
    [(["utf-16"], "utf-16"), (["utf-16", "utf-8"], "utf-8"), (["utf-16", "utf-8", "utf-32"], "utf-32")],
)
def test_a_character_outside_the_bmp_does_not_shift_a_finding(tmp_path, encodings, negotiated):
    original = (EXAMPLES / "defective-hygiene.txt").read_text(encoding="utf-8")
    comma_line = original[: original.index(",")].rsplit("\n", 1)[-1]
    text = original.replace(comma_line, f"{ASTRAL}{ASTRAL}{comma_line}", 1)
    draft = tmp_path / "draft.txt"
    draft.write_text(text, encoding="utf-8")
    line_number = text[: text.index(",")].count("\n")

    async def test(client):
        assert client.position_encoding == negotiated
        uri = open_text(client, draft, text)
        diagnostics = (await published(client, uri, 1)).diagnostics
        assert received(diagnostics) == expected(draft, negotiated)
        (comma,) = [d for d in diagnostics if d.code == "NL505" and d.range.start.line == line_number]
        units = {"utf-32": 1, "utf-16": 2, "utf-8": 4}[negotiated]
        assert comma.range.start.character == character(comma_line, len(comma_line) + 1, negotiated) + 2 * units
        # and back: an edit at the finding's range replaces exactly the comma
        (fix,) = [
            a
            for a in await actions(client, uri, only=[types.CodeActionKind.QuickFix])
            if a.diagnostics and a.diagnostics[0].range == comma.range
        ]
        assert apply(text, edits_of(fix, uri, 1), negotiated) == text.replace(",", "，", 1)

    serve(test, encodings=encodings)


@pytest.mark.slow
def test_quick_fix_and_fix_all_give_exactly_what_fix_gives(tmp_path):
    complete = (EXAMPLES / "complete.txt").read_text(encoding="utf-8")
    one_fix = tmp_path / "one-fix.txt"
    one_fix.write_text(complete.replace("，", ",", 1), encoding="utf-8")
    drafts = [one_fix, *DEFECTIVE]

    async def test(client):
        uris = [open_text(client, path, path.read_text(encoding="utf-8")) for path in drafts]
        for uri in uris:
            await published(client, uri, 1)
        # the one finding's quick fix, preferred because it is safe
        quick = [a for a in await actions(client, uris[0]) if a.kind == types.CodeActionKind.QuickFix]
        assert [(a.diagnostics[0].code, a.is_preferred) for a in quick] == [("NL505", True)]
        assert (
            apply(one_fix.read_text(encoding="utf-8"), edits_of(quick[0], uris[0], 1), "utf-16")
            == cli_fix(one_fix, tmp_path)
            == complete
        )
        for path, uri in zip(drafts, uris):
            # every family's findings, missing parts placed where they belong, as the CLI places them
            assert received(client.diagnostics[uri]) == expected(path, "utf-16"), path.name
            text = path.read_text(encoding="utf-8")
            fixed = cli_fix(path, tmp_path)
            fix_all = await actions(client, uri, only=[types.CodeActionKind.SourceFixAll])
            if fixed == text:
                assert fix_all == [], path.name
                continue
            (action,) = fix_all
            assert action.kind == FIX_ALL
            edits = edits_of(action, uri, 1)
            assert len(edits) == 1, path.name
            assert apply(text, edits, "utf-16") == fixed, path.name

    serve(test)


@pytest.mark.slow
def test_fix_all_leaves_out_what_the_files_encoding_cannot_hold_as_fix_does(tmp_path):
    """In a Big5 file, NL309's "～" cannot be written: ``--fix`` leaves that fix out, and so must fix-all."""
    from opencc import OpenCC

    def big5(char: str) -> bool:
        try:
            char.encode("big5")
        except UnicodeEncodeError:
            return False
        return True

    traditional = OpenCC("s2t").convert((EXAMPLES / "defective-dates.txt").read_text(encoding="utf-8"))
    draft = tmp_path / "draft.txt"
    draft.write_bytes("".join(char for char in traditional if big5(char)).encode("big5"))
    text = decode(draft.read_bytes()).text  # as an editor shows it, and the CLI reads it

    async def test(client):
        uri = open_text(client, draft, text)
        assert "NL309" in {d.code for d in (await published(client, uri, 1)).diagnostics}
        (fix_all,) = await actions(client, uri, only=[FIX_ALL])
        cli("check", "--fix", str(draft))
        fixed = decode(draft.read_bytes()).text
        assert "30-40" in fixed and "，" in fixed  # NL309 left out, NL505 applied
        assert apply(text, edits_of(fix_all, uri, 1), "utf-16") == fixed

    serve(test)


@pytest.mark.slow
def test_edits_carry_the_version_only_when_the_client_can_check_it(tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text((EXAMPLES / "defective-hygiene.txt").read_text(encoding="utf-8"), encoding="utf-8")

    async def test(client):
        uri = open_text(client, draft, draft.read_text(encoding="utf-8"), version=7)
        await published(client, uri, 7)
        (fix_all,) = await actions(client, uri, only=[FIX_ALL])
        assert fix_all.edit.document_changes is None and list(fix_all.edit.changes) == [uri]
        quick = {a.diagnostics[0].code: a for a in await actions(client, uri, only=[types.CodeActionKind.QuickFix])}
        assert quick["NL503"].is_preferred is False and "不安全" in quick["NL503"].title  # an unsafe fix
        assert quick["NL505"].is_preferred is True

    serve(test, document_changes=False)


@pytest.mark.slow
def test_settings_come_from_the_pyproject_in_the_files_folder(tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        '[tool.notelint]\nlang = "en"\nignore = ["NL505"]\n[tool.notelint.per-file-ignores]\n"draft-*.txt" = ["NL506"]\n',
        encoding="utf-8",
    )
    text = (EXAMPLES / "defective-hygiene.txt").read_text(encoding="utf-8")
    for name in ("draft-1.txt", "other.txt"):
        (tmp_path / name).write_text(text, encoding="utf-8")

    async def test(client):
        draft = open_text(client, tmp_path / "draft-1.txt", text)
        other = open_text(client, tmp_path / "other.txt", text)
        draft_codes = {d.code for d in (await published(client, draft, 1)).diagnostics}
        other_found = (await published(client, other, 1)).diagnostics
        assert "NL505" not in draft_codes | {d.code for d in other_found}
        assert "NL506" not in draft_codes and "NL506" in {d.code for d in other_found}
        assert received(other_found) == expected(tmp_path / "other.txt", "utf-16")  # the CLI agrees
        (residue,) = [d for d in other_found if d.code == "NL502"]
        assert residue.message.startswith("pinyin")  # English, as the file's config says
        assert residue.code_description.href == "https://docs.example.org/notelint/NL502.html"
        fix_all = await actions(client, other, only=[FIX_ALL])
        assert [a.title for a in fix_all] == ["notelint: fix all safely fixable problems"]
        # an edited config applies from the next lint on (here: the save)
        pyproject = tmp_path / "pyproject.toml"
        pyproject.write_text(
            pyproject.read_text(encoding="utf-8").replace('"NL505"', '"NL505", "NL502"'), encoding="utf-8"
        )
        client.text_document_did_save(types.DidSaveTextDocumentParams(types.TextDocumentIdentifier(other)))
        saved = len(client.published)
        while len(client.published) == saved:
            await asyncio.sleep(0.01)
        assert "NL502" not in {d.code for d in client.published[-1].diagnostics}

    serve(test, options={"ruleDocumentationUrl": "https://docs.example.org/notelint/{code}.html"})


@pytest.mark.slow
def test_a_superseded_change_is_not_linted(tmp_path):
    text = (EXAMPLES / "complete.txt").read_text(encoding="utf-8")
    draft = tmp_path / "draft.txt"

    async def test(client):
        uri = open_text(client, draft, text)
        await published(client, uri, 1)
        change(client, uri, 2, text.replace("，", ",", 1))  # superseded by version 3 at once
        change(client, uri, 3, text.replace("，", ";", 1))
        latest = await published(client, uri, 3)
        assert [d.code for d in latest.diagnostics] == ["NL505"] and ";" in latest.diagnostics[0].message
        assert [p.version for p in client.published] == [1, 3]
        assert [t for t in client.traces if t.startswith("lint ")] == [f"lint {uri} version 1", f"lint {uri} version 3"]

    # The changes arrive well within the wait before a lint; the trace names each version linted.
    serve(test, options={"debounceMs": 500}, trace=types.TraceValue.Messages)


@pytest.mark.slow
def test_a_long_lint_does_not_keep_the_server_from_answering(tmp_path):
    small = (EXAMPLES / "defective-dates.txt").read_text(encoding="utf-8")
    large = "\n".join(path.read_text(encoding="utf-8") for path in DEFECTIVE if path.suffix == ".txt") * 25

    async def test(client):
        small_uri = open_text(client, tmp_path / "small.txt", small)
        (invalid,) = [d for d in (await published(client, small_uri, 1)).diagnostics if d.code == "NL301"]
        large_uri = open_text(client, tmp_path / "large.txt", large)
        while f"lint {large_uri} version 1" not in client.traces:  # its lint has begun
            await asyncio.sleep(0.001)
        hover = await client.text_document_hover_async(
            types.HoverParams(types.TextDocumentIdentifier(small_uri), invalid.range.start)
        )
        assert hover.contents.value.startswith("NL301")
        assert large_uri not in {p.uri for p in client.published}  # answered while the large notice was linted
        await published(client, large_uri, 1)

    serve(test, trace=types.TraceValue.Messages)


@pytest.mark.slow
def test_markdown_disable_action_silences_that_finding_and_only_it(tmp_path):
    draft = tmp_path / "draft.md"
    text = (EXAMPLES / "defective-markdown.md").read_text(encoding="utf-8")
    draft.write_text(text, encoding="utf-8")

    async def test(client):
        uri = open_text(client, draft, text, language="markdown")
        found = (await published(client, uri, 1)).diagnostics
        (skipped,) = [d for d in found if d.code == "NL201"]
        line = skipped.range.start.line
        offered = await actions(client, uri, (line, 0), (line, 1))
        (disable,) = [a for a in offered if a.title == "在此行禁用 NL201（在上方插入注释）"]
        silenced = apply(text, edits_of(disable, uri, 1), "utf-16")
        assert silenced.split("\n")[line] == "<!-- notelint-disable-next-line NL201 -->"
        change(client, uri, 2, silenced)
        after = (await published(client, uri, 2)).diagnostics
        assert [d.code for d in after] == [d.code for d in found if d.code != "NL201"]  # and no NL901

    serve(test)


@pytest.mark.slow
def test_hover_on_a_finding_shows_notelint_explain(tmp_path):
    draft = tmp_path / "draft.txt"
    text = (EXAMPLES / "defective-dates.txt").read_text(encoding="utf-8")

    async def test(client):
        uri = open_text(client, draft, text)
        found = (await published(client, uri, 1)).diagnostics
        (invalid,) = [d for d in found if d.code == "NL301"]
        hover = await client.text_document_hover_async(
            types.HoverParams(types.TextDocumentIdentifier(uri), invalid.range.start)
        )
        assert hover.contents.value == cli("explain", "NL301").stdout.rstrip("\n")
        assert hover.range == invalid.range
        touched = {line for d in found for line in range(d.range.start.line, d.range.end.line + 1)}
        free = min(set(range(text.count("\n"))) - touched)
        nothing = await client.text_document_hover_async(
            types.HoverParams(types.TextDocumentIdentifier(uri), types.Position(free, 0))
        )
        assert nothing is None

    serve(test)


@pytest.mark.slow
def test_a_docx_opened_by_the_editor_is_ignored_and_an_unsaved_draft_is_linted(tmp_path):
    text = (EXAMPLES / "defective-hygiene.txt").read_text(encoding="utf-8")
    markdown = (EXAMPLES / "defective-markdown.md").read_text(encoding="utf-8")

    async def test(client):
        docx = open_text(client, tmp_path / "draft.docx", text)
        txt = open_text(client, tmp_path / "draft.txt", text)
        await published(client, txt, 1)  # documents are handled in order: the .docx came first
        assert [p.uri for p in client.published] == [txt]
        assert await actions(client, docx) == []
        unsaved = "untitled:Untitled-1"
        client.text_document_did_open(
            types.DidOpenTextDocumentParams(types.TextDocumentItem(unsaved, "markdown", 1, markdown))
        )
        found = (await published(client, unsaved, 1)).diagnostics
        assert received(found) == expected(EXAMPLES / "defective-markdown.md", "utf-16")  # read as Markdown

    serve(test)


# Neovim as the client --------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("nvim") is None, reason="Neovim (nvim) is not installed: apt-get install neovim")
def test_neovim_receives_the_clis_diagnostics(tmp_path):
    original = (EXAMPLES / "defective-hygiene.txt").read_text(encoding="utf-8")
    draft = tmp_path / "draft.txt"
    draft.write_text(ASTRAL + original, encoding="utf-8")
    out = tmp_path / "diagnostics.json"
    environment = {
        **os.environ,
        "NOTELINT_NVIM_OUT": str(out),
        "NOTELINT_PYTHON": sys.executable,
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
    }
    subprocess.run(
        ["nvim", "--headless", "-n", "-i", "NONE", "-u", str(REPO / "tests" / "lsp" / "init.lua"), str(draft)],
        cwd=tmp_path,
        env=environment,
        timeout=120,
        capture_output=True,
        stdin=subprocess.DEVNULL,
    )
    payload = json.loads(out.read_text(encoding="utf-8"))
    assert "error" not in payload, payload
    assert payload["uri"] == draft.resolve().as_uri()
    got = [
        (
            d["code"],
            d["range"]["start"]["line"],
            d["range"]["start"]["character"],
            d["range"]["end"]["line"],
            d["range"]["end"]["character"],
            d["message"],
        )
        for d in payload["diagnostics"]
    ]
    assert got == expected(draft, payload["encoding"])
    assert len(got) > 5


def test_drafts_lint_a_text_once_until_the_text_or_its_settings_change(tmp_path, linted_texts):
    """A save, or the fix-all code action after a lint, asks for the findings of
    the text just linted: they are kept, and dropped when the config changes."""
    from notelint.server.drafts import Drafts

    linted = linted_texts
    drafts, path = Drafts(), str(tmp_path / "draft.txt")
    text = (EXAMPLES / "defective-hygiene.txt").read_text("utf-8")
    first, again = drafts.lint(path, text, 1), drafts.lint(path, text, 2)
    assert (again.version, again.diagnostics, linted) == (2, first.diagnostics, [text])
    assert any(d.code == "NL505" for d in first.diagnostics)
    fixed = drafts.fix_all(path, text)
    assert fixed != text and linted.count(text) == 1  # the fix passes lint only the fixed texts
    (tmp_path / "notelint.toml").write_text('ignore = ["NL505"]\n', "utf-8")
    ignored = drafts.lint(path, text, 3)
    assert linted.count(text) == 2 and not any(d.code == "NL505" for d in ignored.diagnostics)
    drafts.forget(path)
    drafts.lint(path, text, 4)
    assert linted.count(text) == 3
