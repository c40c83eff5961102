"""Legacy Word (.doc), WPS (.wps) and RTF drafts: converted to .docx by LibreOffice.

notelint reads no binary Word format itself. When LibreOffice is installed
(``soffice`` on PATH, or the program named by ``NOTELINT_SOFFICE``), the
draft is copied into a private temporary folder and converted there by
``soffice --headless --convert-to docx``; the .docx is then read like any
other, so positions are paragraph and character, as for .docx.

A draft is untrusted input, so the conversion runs
- in its own LibreOffice profile (``-env:UserInstallation``) and ``HOME``
  inside the temporary folder: parallel runs never share a profile or lock;
- with macros off (the profile sets the highest macro security and turns
  macro execution off, before LibreOffice first starts);
- under a time limit, after which its whole process group is killed;
- and its result is refused past :data:`MAX_CONVERTED_BYTES`, then read with
  the same zip-bomb and DTD guards as a .docx.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import tempfile

from notelint.source import InputError

SUFFIXES = (".doc", ".wps", ".rtf")
PROGRAM_VARIABLE = "NOTELINT_SOFFICE"
TIME_LIMIT = 120  # seconds: a first start of LibreOffice with a new profile is slow on a busy machine
MAX_CONVERTED_BYTES = 64 << 20
# PDF export with the comments in the page margin, as Word prints them (LibreOffice 7.6
# and later); not also as PDF notes, whose icons would cover the text they are anchored on.
PDF_WITH_COMMENTS = (
    'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"false"},'
    '"ExportNotesInMargin":{"type":"boolean","value":"true"}}'
)

_PROFILE_SETTINGS = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema">
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="MacroSecurityLevel" oor:op="fuse"><value>3</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="DisableMacrosExecution" oor:op="fuse"><value>true</value></prop></item>
</oor:items>
"""


def program() -> str | None:
    """The LibreOffice program to run, or None when there is none."""
    configured = os.environ.get(PROGRAM_VARIABLE)
    if configured:
        return shutil.which(configured)
    return shutil.which("soffice") or shutil.which("libreoffice")


def _missing() -> InputError:
    return InputError(
        "无法读取 .doc/.wps/.rtf 文件：需要安装 LibreOffice（soffice），或在 Word/WPS 中另存为 .docx",
        "cannot read a .doc/.wps/.rtf file: install LibreOffice (soffice) or save the draft as .docx",
    )


def convert(source: str, target: str, folder: str, time_limit: int = TIME_LIMIT) -> str:
    """Run LibreOffice on ``source`` with ``--convert-to target``, writing into
    ``folder`` (a private temporary folder, which also holds the profile);
    returns the path of the converted file. Raises :class:`InputError`."""
    office = program()
    if office is None:
        raise _missing()
    profile = os.path.join(folder, "profile")
    os.makedirs(os.path.join(profile, "user"), exist_ok=True)
    with open(os.path.join(profile, "user", "registrymodifications.xcu"), "w", encoding="utf-8") as file:
        file.write(_PROFILE_SETTINGS)
    output = os.path.join(folder, "converted")
    command = [
        office,
        "--headless",
        "--invisible",
        "--norestore",
        "--nolockcheck",
        "--nodefault",
        f"-env:UserInstallation=file://{profile}",
        "--convert-to",
        target,
        "--outdir",
        output,
        source,
    ]
    environment = {**os.environ, "HOME": folder, "TMPDIR": folder}
    process = subprocess.Popen(
        command,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        cwd=folder,
        env=environment,
        start_new_session=True,
    )
    try:
        process.communicate(timeout=time_limit)
    except subprocess.TimeoutExpired:
        raise InputError(
            f"LibreOffice 转换超过 {time_limit} 秒，已中止（文件可能已损坏）",
            f"the LibreOffice conversion took more than {time_limit} s and was stopped (a damaged file?)",
        ) from None
    finally:
        _kill_group(process)
    stem = os.path.splitext(os.path.basename(source))[0]
    extension = target.split(":", 1)[0]
    converted = os.path.join(output, f"{stem}.{extension}")
    if not os.path.isfile(converted):
        raise InputError(
            "LibreOffice 无法转换这个文件（已损坏、设有密码，或不是 Word/WPS/RTF 文档）",
            "LibreOffice could not convert the file (damaged, password-protected, or not a Word/WPS/RTF document)",
        )
    return converted


def _kill_group(process: subprocess.Popen) -> None:
    """End LibreOffice and anything it started (its own process group)."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait()


def to_docx(path: str, data: bytes) -> bytes:
    """The bytes of a .docx LibreOffice makes of the draft ``data``."""
    suffix = os.path.splitext(path)[1].lower()
    with tempfile.TemporaryDirectory(prefix="notelint-office-") as folder:
        # The draft is copied under a plain name: the original is never opened
        # by LibreOffice (no lock file beside it), and no name reaches its command line.
        draft = os.path.join(folder, "draft" + (suffix if suffix in SUFFIXES else ".doc"))
        with open(draft, "wb") as file:
            file.write(data)
        converted = convert(draft, "docx:MS Word 2007 XML", folder)
        if os.path.getsize(converted) > MAX_CONVERTED_BYTES:
            limit = MAX_CONVERTED_BYTES >> 20
            raise InputError(
                f"转换得到的 .docx 超过 {limit} MB，不予读取", f"the converted .docx exceeds {limit} MB: not read"
            )
        with open(converted, "rb") as file:
            return file.read()
