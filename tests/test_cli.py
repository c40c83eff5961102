"""The command line as a user runs it: exit codes, formats, bad files."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from conftest import EXAMPLES

STRUCTURE = EXAMPLES / "defective-structure.txt"


def run(*args: str, cwd=None, env=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "notelint", *args], capture_output=True, text=True,
                          encoding="utf-8", cwd=cwd, env={**os.environ, "NO_COLOR": "1", **(env or {})})


def diagnostics(output: str, index: int = 0) -> list[tuple]:
    document = json.loads(output)
    return [(d["code"], d["range"]["start"]["line"], d["range"]["start"]["column"], d["range"]["start"]["offset"],
             d["range"]["end"]["offset"], d["message"]) for d in document["files"][index]["diagnostics"]]


def test_clean_file_exits_zero():
    result = run("check", str(EXAMPLES / "complete.txt"))
    assert result.returncode == 0
    assert "没有发现问题" in result.stdout


@pytest.mark.parametrize("fmt", ["full", "concise", "json"])
def test_exit_code_is_the_same_in_every_format(fmt):
    assert run("check", "--format", fmt, str(STRUCTURE)).returncode == 1


def test_fail_on_warning(tmp_path):
    text = (EXAMPLES / "complete.txt").read_text("utf-8").replace("；电子邮箱：jubangongshi@example.gov.cn", "")
    path = tmp_path / "warning-only.txt"
    path.write_text(text, "utf-8")
    assert run("check", "--select", "NL1", str(path)).returncode == 0
    assert run("check", "--select", "NL1", "--fail-on", "warning", str(path)).returncode == 1


def test_json_output_follows_the_schema():
    result = run("check", "--format", "json", str(STRUCTURE))
    document = json.loads(result.stdout)
    assert document["version"] == 1
    assert document["tool"]["name"] == "notelint"
    entry = document["files"][0]
    assert entry["encoding"] == "utf-8"
    first = entry["diagnostics"][0]
    assert set(first) == {"code", "name", "severity", "message", "range", "fix"}
    assert first["range"]["start"] == {"line": 1, "column": 1, "offset": 0}
    assert document["summary"]["diagnostics"] == len(entry["diagnostics"])


def test_english_messages():
    result = run("check", "--format", "concise", "--lang", "en", str(EXAMPLES / "defective-closing.txt"))
    assert "NL105 no next-step plan" in result.stdout


def test_unreadable_file_is_one_line_exit_2_and_others_are_still_linted(tmp_path):
    (tmp_path / "a-binary.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "b-empty.txt").write_bytes(b"")
    (tmp_path / "c-draft.txt").write_bytes(STRUCTURE.read_bytes())
    result = run("check", "--format", "concise", str(tmp_path))
    assert result.returncode == 2
    lines = result.stdout.splitlines()
    assert lines[0] == f"{tmp_path / 'a-binary.txt'}: 无法读取：这是二进制文件（含 NUL 字节）"
    assert lines[1] == f"{tmp_path / 'b-empty.txt'}: 无法检查：空文件"
    assert f"{tmp_path / 'c-draft.txt'}:1:1: NL116 标题应为“发文机关＋关于…整改…情况＋的通报”" in lines
    assert "Traceback" not in result.stderr


def test_json_reports_an_unreadable_file_with_an_error_field(tmp_path):
    (tmp_path / "x.txt").write_bytes(b"\xff\xfe\xfd\x81\x30")  # not UTF-8, GB18030 or Big5
    document = json.loads(run("check", "--format", "json", str(tmp_path / "x.txt")).stdout)
    assert set(document["files"][0]) == {"path", "encoding", "error"}
    assert document["files"][0]["error"].startswith("无法解码")


def test_missing_path_and_bad_option_are_usage_errors(tmp_path):
    result = run("check", str(tmp_path / "nope.txt"))
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr.strip() == f"notelint: no such file or folder: {tmp_path / 'nope.txt'}"
    assert run("check", "--format", "xml", str(STRUCTURE)).returncode == 2
    assert run("check", "--select", "NL999", str(STRUCTURE)).returncode == 2


def test_folders_recurse_into_txt_and_md_skipping_hidden_in_sorted_order(tmp_path):
    for name in ("b.txt", "a.md", "skip.docx.bak", ".hidden.txt", "sub/c.txt", ".git/d.txt"):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(STRUCTURE.read_bytes())
    document = json.loads(run("check", "--format", "json", str(tmp_path)).stdout)
    assert [os.path.relpath(f["path"], tmp_path) for f in document["files"]] == ["a.md", "b.txt", "sub/c.txt"]


def test_gb18030_and_crlf_copies_yield_identical_diagnostics(tmp_path, corpus):
    for source in (corpus / "real-01-shenzhen-sasac-2025.txt", STRUCTURE):
        text = source.read_text("utf-8")
        (tmp_path / "utf8.txt").write_bytes(text.encode("utf-8"))
        (tmp_path / "gb.txt").write_bytes(text.encode("gb18030"))
        (tmp_path / "crlf.txt").write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
        document = json.loads(run("check", "--format", "json", str(tmp_path / "utf8.txt"), str(tmp_path / "gb.txt"),
                                  str(tmp_path / "crlf.txt")).stdout)
        encodings = [f["encoding"] for f in document["files"]]
        assert encodings == ["utf-8", "gb18030", "utf-8"]
        utf8, gb = diagnostics(json.dumps(document), 0), diagnostics(json.dumps(document), 1)
        crlf = diagnostics(json.dumps(document), 2)
        assert gb == utf8
        # CRLF adds one code point per line break: lines and columns agree, offsets shift by the line number - 1
        assert [(c, l, col, m) for c, l, col, _, _, m in crlf] == [(c, l, col, m) for c, l, col, _, _, m in utf8]
    assert diagnostics(json.dumps(document))  # the defective example did report something


def test_corpus_structure_findings(corpus):
    document = json.loads(run("check", "--format", "json", "--select", "NL1", str(corpus)).stdout)
    found = {os.path.basename(f["path"]): [d["code"] for d in f["diagnostics"]] for f in document["files"]
             if f["path"].endswith(".txt")}
    assert found == {
        "not-a-notice-01-party-building-news.txt": ["NL100"],
        "real-01-shenzhen-sasac-2025.txt": [],
        "real-02-quanzhou-sasac-2023.txt": ["NL107"],
        "real-03-shenshan-2025.txt": [],
        "real-04-wuhan-group-2023-traditional.txt": ["NL107"],
    }


def test_real_04_positions_point_into_the_traditional_text(corpus):
    path = corpus / "real-04-wuhan-group-2023-traditional.txt"
    document = json.loads(run("check", "--format", "json", "--select", "NL107", str(path)).stdout)
    (code, line, column, offset, end, _), = diagnostics(json.dumps(document))
    text = path.read_text("utf-8")
    assert (code, line, column) == ("NL107", 49, 1)
    assert text[offset:].startswith("聯(lián)系電話")


def test_rules_and_explain():
    listing = run("rules").stdout.splitlines()
    assert listing[0].startswith("NL100  not-a-notice")
    rows = json.loads(run("rules", "--format", "json").stdout)
    assert {"code": "NL107", "name": "disclosure-period-missing", "severity": "error", "fix": None,
            "family": "structure", "summary": "缺少公开期限"} in rows
    doc = run("explain", "nl107").stdout
    for heading in ("## 检查什么", "## 为什么", "## 示例", "## 如何修复"):
        assert heading in doc
    assert run("explain", "NL000").returncode == 2


def test_every_rule_has_a_complete_doc():
    from notelint.rules import load_rules

    for code, rule in load_rules().items():
        doc = rule.doc()
        assert all(h in doc for h in ("## 检查什么", "## 为什么", "## 示例", "## 如何修复")), code
        assert set(rule.message) == {"zh", "en"}, code


def test_version():
    from notelint import __version__

    assert run("--version").stdout.strip() == f"notelint {__version__}"


def test_checking_a_file_imports_nothing_costly_it_does_not_need(tmp_path):
    """Each of these costs milliseconds of every start (dataclasses and inspect
    8.6 together, importlib.resources 11.6, Lark 15-38); notelint needs none of them to
    check a file once its caches are filled. Counted after site (an editable
    install's import hook loads some of them there)."""
    costly = {"dataclasses", "inspect", "pathlib", "hashlib", "importlib.resources", "importlib.metadata",
              "lark", "rich", "opencc", "docx", "charset_normalizer"}
    command = [sys.executable, "-X", "importtime", "-m", "notelint", "check", "--format", "concise", str(STRUCTURE)]
    environment = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    for _ in range(2):  # the first run fills the caches (Lark's tables, the entry points)
        run = subprocess.run(command, capture_output=True, text=True, encoding="utf-8", env=environment)
    imported = [line.rsplit("|", 1)[-1].strip() for line in run.stderr.splitlines() if line.startswith("import time:")]
    assert costly & set(imported[imported.index("site") + 1:]) == set()
