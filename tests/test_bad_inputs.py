"""Files that cannot be linted: one clear line each, every other file of the
run still linted, exit 2 at the end."""

from __future__ import annotations

import errno
import os

import pytest
from conftest import EXAMPLES, CliRun, run_cli

from notelint import engine

DRAFT = (EXAMPLES / "defective-structure.txt").read_bytes()
DRAFT_FINDING = "b-draft.txt:1:1: NL116 标题应为“发文机关＋关于…整改…情况＋的通报”"
GONE = "无法读取文件：文件不存在（可能在检查期间被删除或移走）"


def run(*args: str) -> CliRun:
    return run_cli("check", "--format", "concise", *args, env={"NO_COLOR": "1"})


def run_in_process(*args: str) -> tuple[int, list[str]]:
    """A run with one job, so that what a test patches in this process is what the run uses."""
    result = run("--jobs", "1", *args)
    return result.returncode, result.stdout.splitlines()


def assert_reported(code: int, lines: list[str], bad, message: str) -> None:
    assert code == 2
    assert f"{bad}: {message}" in lines
    assert any(line.endswith(DRAFT_FINDING) for line in lines), lines  # the other file was linted
    assert lines[-1].endswith("1 个文件无法读取。")


# Half-way through the draft, a byte breaks a character: neither UTF-8 nor
# GB18030 nor Big5 decodes the file, and the message points at that character.
BROKEN_AT = DRAFT.index("整改".encode(), len(DRAFT) // 2)
BROKEN_LINE = DRAFT.count(b"\n", 0, BROKEN_AT) + 1
BROKEN_COLUMN = BROKEN_AT - DRAFT.rindex(b"\n", 0, BROKEN_AT)


CONTENTS = {
    "empty": (b"", "无法检查：空文件"),
    "white-space": (b" \n\t\r\n\xe3\x80\x80\n", "无法检查：文件只有空白字符"),
    "binary": (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "无法读取：这是图片文件"),
    "nul-bytes": (DRAFT[:40] + b"\x00" + DRAFT[40:], "无法读取：这是二进制文件（含 NUL 字节）"),
    "nul-after-8-kb": (DRAFT * 8 + b"\x00" + DRAFT, "无法读取：这是二进制文件（含 NUL 字符）"),
    "invalid-utf-8": (
        DRAFT[: BROKEN_AT + 1] + b"\xff" + DRAFT[BROKEN_AT + 1 :],
        f"无法解码：不是 UTF-8、GB18030 或 Big5 文本（第 {BROKEN_LINE} 行第 {BROKEN_COLUMN} 个字节有无效字节 "
        f"0x{DRAFT[BROKEN_AT]:02X}），可用 --encoding 指定编码",
    ),
}


@pytest.mark.parametrize("case", sorted(CONTENTS))
def test_a_bad_file_is_one_line_and_the_others_are_linted(tmp_path, case):
    data, message = CONTENTS[case]
    bad = tmp_path / f"a-{case}.txt"
    bad.write_bytes(data)
    (tmp_path / "b-draft.txt").write_bytes(DRAFT)
    result = run(str(tmp_path))
    assert_reported(result.returncode, result.stdout.splitlines(), bad, message)
    assert "Traceback" not in result.stderr


def test_a_symlink_loop_of_folders_is_reported_once_and_not_followed(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a-up").symlink_to("..", target_is_directory=True)
    (tmp_path / "b-draft.txt").write_bytes(DRAFT)
    result = run(str(tmp_path))
    lines = result.stdout.splitlines()
    assert_reported(
        result.returncode,
        lines,
        tmp_path / "sub" / "a-up",
        "无法读取文件：符号链接指回它的上级文件夹（目录循环），未进入",
    )
    assert sum(DRAFT_FINDING in line for line in lines) == 1  # the draft is linted once, not once per lap


def test_a_symlink_to_itself_is_reported(tmp_path):
    (tmp_path / "a-self.txt").symlink_to("a-self.txt")
    (tmp_path / "b-draft.txt").write_bytes(DRAFT)
    result = run(str(tmp_path))
    assert_reported(
        result.returncode,
        result.stdout.splitlines(),
        tmp_path / "a-self.txt",
        "无法读取文件：符号链接循环（链接最终指回自身）",
    )


def test_an_unreadable_file_is_reported(tmp_path, monkeypatch):
    bad = tmp_path / "a-locked.txt"
    bad.write_bytes(DRAFT)
    bad.chmod(0)
    (tmp_path / "b-draft.txt").write_bytes(DRAFT)
    if os.access(bad, os.R_OK):  # root reads through chmod 000: make the open fail as the OS would
        real_open = open

        def refusing_open(file, *args, **kwargs):
            if str(file) == str(bad):
                raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(file))
            return real_open(file, *args, **kwargs)

        monkeypatch.setattr("builtins.open", refusing_open)
        code, lines = run_in_process(str(tmp_path))
    else:
        result = run(str(tmp_path))
        code, lines = result.returncode, result.stdout.splitlines()
    assert_reported(code, lines, bad, "无法读取文件：没有读取权限")


def test_a_file_deleted_while_the_run_goes_on_is_reported(tmp_path, monkeypatch):
    bad = tmp_path / "a-deleted.txt"
    bad.write_bytes(DRAFT)
    (tmp_path / "b-draft.txt").write_bytes(DRAFT)
    real_discover = engine.discover

    def discover_then_delete(*args, **kwargs):
        found = real_discover(*args, **kwargs)
        bad.unlink()  # found, then gone before it is read
        return found

    monkeypatch.setattr(engine, "discover", discover_then_delete)
    code, lines = run_in_process(str(tmp_path))
    assert_reported(code, lines, bad, GONE)
