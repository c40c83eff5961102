"""The command line as a user runs it: exit codes, formats, bad files."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest
from conftest import EXAMPLES, CliRun, run_cli, run_process

STRUCTURE = EXAMPLES / "defective-structure.txt"


def run(*args: str, cwd=None, env=None) -> CliRun:
    return run_cli(*args, cwd=cwd, env={"NO_COLOR": "1", "LANG": "C.UTF-8", "LC_ALL": "", **(env or {})})


def diagnostics(output: str, index: int = 0) -> list[tuple]:
    document = json.loads(output)
    return [
        (
            d["code"],
            d["range"]["start"]["line"],
            d["range"]["start"]["column"],
            d["range"]["start"]["offset"],
            d["range"]["end"]["offset"],
            d["message"],
        )
        for d in document["files"][index]["diagnostics"]
    ]


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
    assert document["version"] == 2
    assert document["tool"]["name"] == "notelint"
    entry = document["files"][0]
    assert entry["encoding"] == "utf-8"
    first = entry["diagnostics"][0]
    assert set(first) == {"code", "name", "severity", "message", "range", "fix"}
    assert first["range"]["start"] == {"line": 1, "column": 1, "offset": 0}
    assert document["summary"]["diagnostics"] == len(entry["diagnostics"])
    assert "\n" not in result.stdout.rstrip("\n")  # compact unless --pretty
    pretty = run("check", "--format", "json", "--pretty", str(STRUCTURE)).stdout
    assert pretty == json.dumps(document, ensure_ascii=False, indent=2) + "\n"


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


def test_bad_options_are_usage_errors():
    assert run("check", "--format", "xml", str(STRUCTURE)).returncode == 2
    assert run("check", "--select", "NL999", str(STRUCTURE)).returncode == 2


def test_folders_recurse_into_txt_and_md_skipping_hidden_in_sorted_order(tmp_path):
    for name in ("b.txt", "a.md", "skip.docx.bak", ".hidden.txt", "sub/c.txt", ".git/d.txt"):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(STRUCTURE.read_bytes())
    document = json.loads(run("check", "--format", "json", str(tmp_path)).stdout)
    assert [os.path.relpath(f["path"], tmp_path) for f in document["files"]] == ["a.md", "b.txt", "sub/c.txt"]


def test_a_folder_search_passes_over_the_projects_own_files(tmp_path):
    names = ("README.md", "LICENSE.txt", "CHANGELOG.md", "code-of-conduct.md", "requirements-dev.txt", "draft.md")
    for name in names:
        (tmp_path / name).write_bytes(STRUCTURE.read_bytes())
    document = json.loads(run("check", "--format", "json", str(tmp_path)).stdout)
    assert [os.path.relpath(f["path"], tmp_path) for f in document["files"]] == ["draft.md"]
    named = json.loads(run("check", "--format", "json", str(tmp_path / "README.md")).stdout)
    assert [os.path.basename(f["path"]) for f in named["files"]] == ["README.md"]  # named, it is linted


def test_gb18030_and_crlf_copies_yield_identical_diagnostics(tmp_path, corpus):
    for source in (corpus / "real-01-shenzhen-sasac-2025.txt", STRUCTURE):
        text = source.read_text("utf-8")
        (tmp_path / "utf8.txt").write_bytes(text.encode("utf-8"))
        (tmp_path / "gb.txt").write_bytes(text.encode("gb18030"))
        (tmp_path / "crlf.txt").write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
        document = json.loads(
            run(
                "check",
                "--format",
                "json",
                str(tmp_path / "utf8.txt"),
                str(tmp_path / "gb.txt"),
                str(tmp_path / "crlf.txt"),
            ).stdout
        )
        encodings = [f["encoding"] for f in document["files"]]
        assert encodings == ["utf-8", "gb18030", "utf-8"]
        utf8, gb = diagnostics(json.dumps(document), 0), diagnostics(json.dumps(document), 1)
        crlf = diagnostics(json.dumps(document), 2)
        assert gb == utf8
        # CRLF adds one code point per line break: lines and columns agree, offsets shift by the line number - 1
        assert [(c, line, col, m) for c, line, col, _, _, m in crlf] == [
            (c, line, col, m) for c, line, col, _, _, m in utf8
        ]
    assert diagnostics(json.dumps(document))  # the defective example did report something


def test_corpus_structure_findings(corpus):
    document = json.loads(run("check", "--format", "json", "--select", "NL1", str(corpus)).stdout)
    found = {
        os.path.basename(f["path"]): [d["code"] for d in f["diagnostics"]]
        for f in document["files"]
        if f["path"].endswith(".txt")
    }
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
    ((code, line, column, offset, _end, _),) = diagnostics(json.dumps(document))
    text = path.read_text("utf-8")
    assert (code, line, column) == ("NL107", 49, 1)
    assert text[offset:].startswith("聯(lián)系電話")


def test_rules_and_explain():
    listing = run("rules").stdout.splitlines()
    assert listing[0].startswith("NL100  not-a-notice")
    rows = json.loads(run("rules", "--output-format", "json").stdout)
    assert {
        "code": "NL107",
        "name": "disclosure-period-missing",
        "severity": "error",
        "fix": None,
        "family": "structure",
        "summary": "缺少公开期限",
    } in rows
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
    costly = {
        "dataclasses",
        "inspect",
        "pathlib",
        "hashlib",
        "importlib.resources",
        "importlib.metadata",
        "lark",
        "rich",
        "opencc",
        "docx",
        "charset_normalizer",
    }
    command = [sys.executable, "-X", "importtime", "-m", "notelint", "check", "--format", "concise", str(STRUCTURE)]
    environment = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    for _ in range(2):  # the first run fills the caches (Lark's tables, the entry points)
        run = subprocess.run(command, capture_output=True, text=True, encoding="utf-8", env=environment)
    imported = [line.rsplit("|", 1)[-1].strip() for line in run.stderr.splitlines() if line.startswith("import time:")]
    assert costly & set(imported[imported.index("site") + 1 :]) == set()


# -- in process: the defects of issue 17 and what a ruff user reaches for ----------

from notelint import cli  # noqa: E402

NUMBERING = EXAMPLES / "defective-numbering.txt"


@pytest.fixture(autouse=True)
def chinese_locale(monkeypatch):
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.setenv("NO_COLOR", "1")
    for name in ("LC_ALL", "LC_MESSAGES", "COLUMNS"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def notelint(monkeypatch):
    """Run the CLI in this process: (exit code, stdout bytes, stderr text)."""

    def call(*args: str, stdin: bytes | None = None, cwd=None) -> tuple[int, bytes, str]:
        if cwd is not None:
            monkeypatch.chdir(cwd)
        code, out, err = run_cli(*args, stdin=stdin, text=False)
        return code, out, err.decode("utf-8")

    return call


def text(out: bytes) -> list[str]:
    return out.decode("utf-8").splitlines()


def test_fail_on_info_is_accepted_on_the_command_line(tmp_path, notelint):
    (tmp_path / "notelint.toml").write_text('[severity]\nNL106 = "info"\n', "utf-8")
    (tmp_path / "a.txt").write_bytes((EXAMPLES / "defective-closing.txt").read_bytes())
    assert notelint("check", "--select", "NL106", "a.txt", cwd=tmp_path)[0] == 0
    code, out, err = notelint("check", "--select", "NL106", "--fail-on", "info", "--format", "concise", "a.txt")
    assert (code, err) == (1, "")
    assert text(out) == ["a.txt:17:1: NL106 缺少欢迎干部群众监督的表述", "共发现 1 个问题（提示 1 个）。"]


def test_a_missing_path_is_one_line_and_the_others_are_linted(tmp_path, notelint):
    (tmp_path / "a.txt").write_bytes(STRUCTURE.read_bytes())
    code, out, err = notelint("check", "--output-format", "concise", "nope.txt", "a.txt", cwd=tmp_path)
    lines = text(out)
    assert code == 2 and err == ""
    assert lines[0] == "nope.txt: 没有这个文件或文件夹"
    assert lines[1].startswith("a.txt:1:1: NL116 ")
    assert lines[-1].endswith("；1 个文件无法读取。")


def test_statistics_list_unreadable_files_and_give_json(tmp_path, notelint):
    (tmp_path / "a.txt").write_bytes(NUMBERING.read_bytes())
    (tmp_path / "b.txt").write_bytes(b"")
    code, out, _ = notelint("check", "--statistics", "a.txt", "b.txt", cwd=tmp_path)
    assert code == 2
    assert text(out) == [
        "b.txt: 无法检查：空文件",
        "3  NL203  numbering-mark                   [可修复] 3",
        "1  NL201  numbering-sequence",
        "1  NL202  heading-level-skip",
        "1  NL204  enumeration-sequence",
    ]
    code, out, _ = notelint("check", "--statistics", "--output-format", "json", "a.txt", "b.txt")
    assert code == 2
    assert json.loads(out) == {
        "statistics": [
            {"code": "NL203", "name": "numbering-mark", "count": 3, "fixable": 3},
            {"code": "NL201", "name": "numbering-sequence", "count": 1, "fixable": 0},
            {"code": "NL202", "name": "heading-level-skip", "count": 1, "fixable": 0},
            {"code": "NL204", "name": "enumeration-sequence", "count": 1, "fixable": 0},
        ],
        "unreadable": [{"path": "b.txt", "error": "无法检查：空文件"}],
    }


def test_diff_of_a_gb18030_file_is_a_gb18030_patch_that_patch_applies(tmp_path, notelint):
    original = NUMBERING.read_text("utf-8")
    (tmp_path / "a.txt").write_bytes(original.encode("gb18030"))
    code, out, err = notelint("check", "--diff", "a.txt", cwd=tmp_path)
    assert code == 1
    assert err == "可修复 3 个问题（未写入文件）。\n"  # the summary is not part of the patch
    assert out.startswith(b"--- a/a.txt\n+++ b/a.txt\n@@ ")
    assert "-（二）、".encode("gb18030") in out and "+（二）".encode("gb18030") in out
    fixed = original.replace("（二）、", "（二）").replace("\n1、", "\n1.").replace("\n2、", "\n2.")
    for tool in (["git", "apply"], ["patch", "-p1"]):
        if shutil.which(tool[0]) is None:
            continue  # the other tool still checks the patch
        (tmp_path / "a.txt").write_bytes(original.encode("gb18030"))
        subprocess.run(tool, input=out, cwd=tmp_path, check=True, capture_output=True)
        assert (tmp_path / "a.txt").read_bytes() == fixed.encode("gb18030")


def test_fix_of_gb18030_standard_input_prints_gb18030(notelint):
    original = NUMBERING.read_text("utf-8")
    code, out, err = notelint("check", "--fix", "--output-format", "concise", "-", stdin=original.encode("gb18030"))
    assert code == 1
    assert out.decode("gb18030") == original.replace("（二）、", "（二）").replace("\n1、", "\n1.").replace(
        "\n2、", "\n2."
    )
    assert err.splitlines()[0] == "已修复 3 个问题。"
    assert err.splitlines()[1] == "-:5:36: NL204 “二是”与前一个重复，此处应为“三是”"  # in the fixed text


def docx_draft(path, source=NUMBERING):
    docx = pytest.importorskip("docx", reason="python-docx builds the .docx")
    document = docx.Document()
    for line in source.read_text("utf-8").split("\n"):
        document.add_paragraph(line)
    document.save(path)


def test_fix_on_a_docx_says_it_is_not_rewritten(tmp_path, notelint):
    docx_draft(tmp_path / "draft.docx")
    before = (tmp_path / "draft.docx").read_bytes()
    code, out, err = notelint("check", "--fix", "--output-format", "concise", "draft.docx", cwd=tmp_path)
    assert code == 1
    assert "可用 --fix 自动修复" not in out.decode("utf-8")
    assert text(out)[-1] == (
        "共发现 6 个问题（错误 2 个，警告 4 个）；.docx 中有 3 个可修复的问题，但 .docx 从不改写"
        "（用 --diff 查看建议的修改，或用 notelint annotate --suggest-fixes 写成修订）。"
    )
    assert err.startswith("draft.docx: 3 个修复未写入：.docx 从不改写（会丢失格式）；")
    code, out, err = notelint("check", "--fix-only", "draft.docx")
    assert (code, out) == (1, b"")
    assert (
        err.splitlines()[-1]
        == "3 个修复未写入：.docx 从不改写；用 --diff 查看，或用 notelint annotate --suggest-fixes 写成 Word 修订。"
    )
    assert "没有可修复的问题" not in err
    assert (tmp_path / "draft.docx").read_bytes() == before


def test_help_and_usage_errors_follow_the_language(notelint, monkeypatch):
    code, out, _ = notelint("check", "--help")
    assert code == 0
    help_text = out.decode("utf-8")
    assert help_text.startswith("用法：notelint check [-h]")
    assert "\n选项：\n  -h, --help            显示本帮助并退出\n" in help_text
    assert "--exit-zero           发现问题也以 0 退出（无法读取的文件仍为 2）" in help_text
    code, _, err = notelint("check", "--fail-on", "bogus")
    assert (code, err) == (
        2,
        "notelint check：参数 --fail-on：无效的取值：'bogus'（可选：'error', 'warning', "
        "'info'）；用法见 'notelint check --help'\n",
    )
    code, out, _ = notelint("check", "--help", "--lang", "en")
    assert out.decode("utf-8").startswith(
        "usage: notelint check [-h]"
    ) and "show this help message and exit" in out.decode("utf-8")
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    code, _, err = notelint("check", "--nope")
    assert (code, err) == (2, "notelint check: unrecognized arguments: --nope; see 'notelint check --help'\n")
    assert notelint("--help")[1].decode("utf-8").startswith("usage: notelint [-h] [--version] COMMAND ...")


def test_help_wraps_at_the_terminal_width(monkeypatch):
    """The width argparse wraps help at comes from COLUMNS (else the terminal,
    else 80), less the two columns argparse keeps."""
    usage = {}
    for columns in ("50", "120"):
        monkeypatch.setenv("COLUMNS", columns)
        ran = run_cli("check", "--help", "--lang", "en")
        usage[columns] = ran.stdout.split("\n\n")[0].splitlines()  # wrapped between its options
    assert 100 < max(len(line) for line in usage["120"]) <= 118
    assert len(usage["50"]) > 2 * len(usage["120"])


def test_config_errors_follow_the_language(tmp_path, notelint):
    (tmp_path / "notelint.toml").write_text('lang = "fr"\n', "utf-8")
    (tmp_path / "a.txt").write_bytes(STRUCTURE.read_bytes())
    code, _, err = notelint("check", "a.txt", cwd=tmp_path)
    assert (code, err) == (2, f"notelint: {tmp_path / 'notelint.toml'}：键“lang”应为'zh'、'en' 之一，而不是 'fr'\n")
    code, _, err = notelint("check", "--lang", "en", "a.txt")
    assert err == f"notelint: {tmp_path / 'notelint.toml'}: key 'lang': expected 'zh' or 'en', got 'fr'\n"


def test_rules_and_explain_are_localised(notelint):
    code, out, _ = notelint("explain", "NL107")
    assert text(out)[0] == "NL107 disclosure-period-missing（默认级别：错误；无自动修复；类别：结构）"
    code, out, _ = notelint("explain", "disclosure-period-missing", "--lang", "en")
    assert code == 0
    assert text(out)[:3] == [
        "NL107 disclosure-period-missing (default severity: error; no automatic fix; family: structure)",
        "",
        "no disclosure period (公开期限).",
    ]
    assert "``" not in notelint("explain", "NL307")[1].decode("utf-8")
    assert text(notelint("rules")[1])[0].split() == [
        "NL100",
        "not-a-notice",
        "错误",
        "-",
        "结构",
        "不是巡视巡察整改进展情况的通报",
    ]
    assert text(notelint("rules", "--lang", "en")[1])[0].split()[:5] == [
        "NL100",
        "not-a-notice",
        "error",
        "-",
        "structure",
    ]
    assert (
        notelint("explain", "no-such-rule")[2] == "notelint: 未知的规则：no-such-rule（notelint rules 列出全部规则）\n"
    )


def test_nl115_english_message_is_grammatical(notelint):
    _, out, _ = notelint("check", "--lang", "en", "--select", "NL115", "--format", "concise", str(STRUCTURE))
    assert text(out)[0].endswith(
        "NL115 the text admits unfinished items but does not state the reason, the next measures, a deadline"
    )


def test_checking_the_current_folder_prints_no_dot_slash(tmp_path, notelint):
    (tmp_path / "a.txt").write_bytes(STRUCTURE.read_bytes())
    _, out, _ = notelint("check", "--output-format", "concise", cwd=tmp_path)
    assert text(out)[0].startswith("a.txt:1:1: NL116 ")


def test_full_output_fits_the_terminal_and_nl603_underlines_the_items(notelint, monkeypatch):
    from rich.cells import cell_len

    draft = EXAMPLES / "defective-arithmetic.txt"
    for columns in (60, 100):
        monkeypatch.setenv("COLUMNS", str(columns))
        _, out, _ = notelint("check", "--select", "NL603", str(draft))
        snippet = [line for line in text(out) if line.startswith(("6 | ", "  |"))]
        assert len(snippet) == 3 and max(cell_len(line) for line in snippet) <= columns
        source, marks = snippet[1], snippet[2]
        # the marks start under the first listed item, 建立定期调度 (line 6, column 11)
        assert cell_len(marks[: marks.index("^")]) == cell_len(source[: source.index("建立定期调度")])


def test_exit_zero_quiet_and_silent(notelint):
    code, out, _ = notelint("check", "--exit-zero", "--format", "concise", str(STRUCTURE))
    assert code == 0 and text(out)[-1].startswith("共发现 ")
    code, out, _ = notelint("check", "-q", "--format", "concise", str(STRUCTURE))
    assert code == 1 and all(line.startswith(str(STRUCTURE)) for line in text(out))
    code, out, err = notelint("check", "-s", str(STRUCTURE))
    assert (code, out, err) == (1, b"", "")
    assert notelint("check", "--exit-zero", "missing.txt")[0] == 2


def test_concise_marks_fixable_findings_and_hints_at_unsafe_fixes(notelint):
    _, out, _ = notelint("check", "--format", "concise", str(NUMBERING))
    lines = text(out)
    assert lines[0] == f"{NUMBERING}:5:1: NL203 [*] 序号“（二）、”不规范，应为“（二）”"
    assert lines[1] == f"{NUMBERING}:5:37: NL204 “二是”与前一个重复，此处应为“三是”"
    _, out, _ = notelint("check", "--format", "concise", "--select", "NL503", str(EXAMPLES / "defective-hygiene.txt"))
    assert text(out)[-1] == "共发现 1 个问题（警告 1 个）；另有 1 个可用 --unsafe-fixes 修复。"
    _, out, _ = notelint(
        "check", "--format", "concise", "--lang", "en", "--select", "NL503", str(EXAMPLES / "defective-hygiene.txt")
    )
    assert text(out)[-1] == "Found 1 problem(s) (1 warning); 1 more fix(es) available with --unsafe-fixes."


def test_show_fixes_lists_what_was_fixed(tmp_path, notelint):
    (tmp_path / "a.txt").write_bytes(NUMBERING.read_bytes())
    _, out, _ = notelint("check", "--show-fixes", "--format", "concise", "a.txt", cwd=tmp_path)
    assert text(out)[-2:] == ["可修复（--fix）：", "  a.txt: 3 × NL203"]
    _, out, _err = notelint("check", "--fix", "--show-fixes", "--format", "concise", "a.txt")
    assert text(out)[0] == "已修复 3 个问题。" and text(out)[-2:] == ["已修复：", "  a.txt: 3 × NL203"]


def test_select_all_and_format_alias(notelint):
    _, every, _ = notelint("check", "--format", "json", str(STRUCTURE))
    _, selected, _ = notelint("check", "--output-format", "json", "--select", "ALL", str(STRUCTURE))
    assert json.loads(selected)["files"] == json.loads(every)["files"]
    _, extended, _ = notelint(
        "check", "--output-format", "json", "--select", "NL2", "--extend-select", "all", str(STRUCTURE)
    )
    assert json.loads(extended)["files"] == json.loads(every)["files"]


def test_gitlab_and_junit_formats(notelint):
    import xml.etree.ElementTree as ElementTree

    code, out, _ = notelint("check", "--output-format", "gitlab", str(NUMBERING), "missing.txt")
    issues = json.loads(out)
    assert code == 2
    assert issues[0]["check_name"] == "NL203 numbering-mark" and issues[0]["severity"] == "minor"
    assert issues[0]["location"]["positions"]["begin"] == {"line": 5, "column": 1}
    assert len({issue["fingerprint"] for issue in issues}) == len(issues) == 7
    assert issues[-1] == {
        "description": "没有这个文件或文件夹",
        "check_name": "notelint/unreadable",
        "severity": "critical",
        "fingerprint": issues[-1]["fingerprint"],
        "location": {"path": "missing.txt", "lines": {"begin": 1}},
    }
    code, out, _ = notelint("check", "--output-format", "junit", str(NUMBERING), "missing.txt")
    root = ElementTree.fromstring(out)
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("7", "6", "1")
    case = root.find("testsuite/testcase")
    assert case.get("name") == "NL203 numbering-mark"
    assert case.find("failure").text == f"{NUMBERING}:5:1: NL203 序号“（二）、”不规范，应为“（二）”"


def test_notes_never_break_a_json_document(tmp_path, notelint):
    (tmp_path / "a.txt").write_bytes(NUMBERING.read_bytes())
    code, out, err = notelint("check", "--fix", "--output-format", "json", "a.txt", cwd=tmp_path)
    assert code == 1 and err == "已修复 3 个问题。\n"
    assert [d["code"] for d in json.loads(out)["files"][0]["diagnostics"]] == ["NL204", "NL201", "NL202"]
    (tmp_path / "a.txt").write_bytes(NUMBERING.read_bytes())
    code, out, err = notelint("check", "--fix", "--statistics", "--output-format", "json", "a.txt")
    assert err == "已修复 3 个问题。\n" and json.loads(out)["unreadable"] == []


def test_an_internal_error_is_one_line_in_the_users_language(monkeypatch, capsys):
    def broken(argv):
        cli._ui_lang = "zh"
        raise RuntimeError("boom")

    monkeypatch.setattr(cli, "_run", broken)
    with pytest.raises(SystemExit) as exit:
        cli.main(["check"])
    assert (exit.value.code, capsys.readouterr().err) == (2, "notelint: 内部错误: RuntimeError: boom\n")


def test_a_stream_that_cannot_encode_chinese_gets_escapes_not_an_error():
    result = run_process(
        "check", "--format", "concise", str(EXAMPLES / "defective-dates.txt"), env={"PYTHONIOENCODING": "ascii"}
    )
    assert result.returncode == 1 and result.stderr == ""
    first = result.stdout.splitlines()[0]
    assert first.endswith(
        " NL302 [*] "
        + "日期“2023-06-25”用了数字分隔格式，应写作“2023年6月25日”".encode("ascii", "backslashreplace").decode()
    )


def test_a_path_where_the_command_goes_is_checked(tmp_path):
    draft = tmp_path / "通报.txt"
    draft.write_text((EXAMPLES / "complete.txt").read_text("utf-8").replace("，", ",", 1), "utf-8")
    checked = run_cli("check", str(draft), "--format", "concise", "--lang", "en")
    assert "NL505" in checked.stdout
    assert run_cli(str(draft), "--format", "concise", "--lang", "en") == checked
    assert run_cli(str(tmp_path), "--format", "concise", "--lang", "en") == checked  # a folder too
    stdin = draft.read_text("utf-8")
    assert run_cli("-", "--format", "concise", stdin=stdin) == run_cli("check", "-", "--format", "concise", stdin=stdin)
    misspelt = run_cli("chek", str(draft), "--lang", "en")  # neither a command nor a path: refused as a command
    assert (misspelt.returncode, misspelt.stdout) == (2, "")
    assert "invalid choice: 'chek'" in misspelt.stderr
    for missing in (str(tmp_path / "gone"), "gone.txt"):  # written as a path: checked, and reported missing
        assert run_cli(missing, "--lang", "en") == run_cli("check", missing, "--lang", "en")
        assert run_cli(missing, "--lang", "en").returncode == 2
