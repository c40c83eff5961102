"""Hostile .docx files: a zip bomb, XML entities (external and multiplying),
a missing main part, password protection. Each is one clear line, the run
ends with exit 2, nothing outside the file is read, and the other files of
the run are still linted."""

from __future__ import annotations

import zipfile

import pytest
from conftest import EXAMPLES, run_cli

from notelint.formats.docx import MAX_UNPACKED_BYTES

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
RELATIONSHIPS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Target="word/document.xml" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/></Relationships>'
)
SECRET, SECRET_FILE = "TOP-SECRET-CANARY", "secret.txt"


def document_xml(text: str, dtd: str = "") -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{dtd}<w:document xmlns:w="{W}">'
        f"<w:body><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:body></w:document>"
    )


def write_docx(path, document: str | None, extra: dict[str, str] | None = None) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", RELATIONSHIPS)
        if document is not None:
            archive.writestr("word/document.xml", document)
        for name, content in (extra or {}).items():
            archive.writestr(name, content)


def zip_bomb(path) -> None:
    """A valid draft plus an 'image' of zeros that inflates ~1000-fold past the limit."""
    write_docx(path, document_xml("关于整改情况的通报"))
    with (
        zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive,
        archive.open("word/media/image1.png", "w", force_zip64=True) as member,
    ):
        chunk = bytes(1 << 20)
        for _ in range((MAX_UNPACKED_BYTES >> 20) + 16):
            member.write(chunk)


def external_entity(path) -> None:
    """An entity that would read the file beside the drafts' folder."""
    dtd = f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file://{path.parent.parent / SECRET_FILE}">]>'
    write_docx(path, document_xml("关于整改情况的通报&xxe;", dtd))


def entity_bomb(path) -> None:
    """The billion laughs: nine levels of ten references, 10⁹ copies expanded."""
    levels = "".join(f'<!ENTITY a{i} "{f"&a{i - 1};" * 10}">' for i in range(1, 10))
    write_docx(path, document_xml("关于整改情况的通报&a9;", f'<!DOCTYPE w:document [<!ENTITY a0 "lol">{levels}]>'))


def zip_password(path) -> None:
    """Every member flagged as encrypted (zip's own password protection)."""
    write_docx(path, document_xml("关于整改情况的通报"))
    data = bytearray(path.read_bytes())
    for signature, flag_offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        index = data.find(signature)
        while index >= 0:
            data[index + flag_offset] |= 0x1
            index = data.find(signature, index + 4)
    path.write_bytes(bytes(data))


def ole_encrypted(path) -> None:
    """What Word saves with 'Encrypt with password': an OLE compound file holding EncryptedPackage."""
    path.write_bytes(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + "EncryptedPackage".encode("utf-16-le") + bytes(1024)
    )


HOSTILE = {
    "zip-bomb": (zip_bomb, "无法读取：.docx 解压后超过 256 MB（可能是压缩炸弹），不予读取"),
    "external-entity": (
        external_entity,
        "无法读取：.docx 的部件 word/document.xml 含有 DTD（实体声明），Word 不会写入这种内容，不予读取",
    ),
    "entity-bomb": (
        entity_bomb,
        "无法读取：.docx 的部件 word/document.xml 含有 DTD（实体声明），Word 不会写入这种内容，不予读取",
    ),
    "no-document-part": (
        lambda path: write_docx(path, None, {"word/styles.xml": f'<w:styles xmlns:w="{W}"/>'}),
        "无法读取：.docx 文件已损坏或不是 Word 文档（\"There is no item named 'word/document.xml' in the archive\"）",
    ),
    "zip-password": (zip_password, "无法读取：这个 .docx 的压缩包设有密码，请取消密码后再检查"),
    "password": (ole_encrypted, "无法读取：这个 .docx 设有密码（已加密），请取消密码后再检查"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_docx_is_one_clear_line_exit_2_and_the_others_are_linted(tmp_path, case):
    make, message = HOSTILE[case]
    (tmp_path / SECRET_FILE).write_text(SECRET, "utf-8")
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    hostile = drafts / f"a-{case}.docx"
    make(hostile)
    (drafts / "b-draft.txt").write_bytes((EXAMPLES / "defective-structure.txt").read_bytes())
    result = run_cli("check", "--format", "concise", str(drafts), env={"NO_COLOR": "1"})
    lines = result.stdout.splitlines()
    assert result.returncode == 2, result.stderr
    assert lines[0] == f"{hostile}: {message}"
    assert f"{drafts / 'b-draft.txt'}:1:1: NL116 标题应为“发文机关＋关于…整改…情况＋的通报”" in lines
    assert SECRET not in result.stdout + result.stderr
    assert "Traceback" not in result.stderr
