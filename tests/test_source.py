import codecs

import pytest

from notelint.source import InputError, SourceText, decode, encode

TEXT = "中共青禾市住房和城乡建设局委员会\r\n关于巡察整改进展情况的通报\n"


@pytest.mark.parametrize(
    "data, encoding, bom",
    [
        (TEXT.encode("utf-8"), "utf-8", False),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8", True),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16-le", True),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16-be", True),
        (TEXT.encode("gb18030"), "gb18030", False),
    ],
)
def test_decode_detects_encoding(data, encoding, bom):
    decoded = decode(data)
    assert (decoded.text, decoded.encoding, decoded.bom) == (TEXT, encoding, bom)


def test_big5_text_is_not_read_as_gb18030_mojibake():
    text = "中共青禾市住房和城鄉建設局委員會關於巡察整改進展情況的通報。歡迎廣大幹部群眾對巡察整改落實情況進行監督。"
    assert decode(text.encode("big5")).encoding == "big5"


@pytest.mark.parametrize(
    "data, fragment",
    [
        (b"", "空文件"),
        (b"  \n\t\r\n", "只有空白"),
        (b"PK\x03\x04rest", "zip"),
        (b"%PDF-1.7", "PDF"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1", ".doc"),
        (b"abc\x00def", "NUL"),
    ],
)
def test_unreadable_input_has_one_clear_message(data, fragment):
    with pytest.raises(InputError) as info:
        decode(data)
    assert fragment in info.value.zh
    assert "\n" not in info.value.zh and "\n" not in info.value.en


def test_undecodable_bytes_are_located():
    data = "第一行\n".encode() + b"ab\xff\xfe\xfd\x80"
    with pytest.raises(InputError) as info:
        decode(data, "utf-8")
    assert "第 2 行第 3 个字节" in info.value.zh


def test_unknown_encoding_is_named():
    with pytest.raises(InputError) as info:
        decode(b"abc", "no-such-codec")
    assert info.value.en == "unknown encoding: no-such-codec"


def test_positions_count_code_points_and_every_line_break():
    source = SourceText("x", "一二\r\n三\r四\n\u000c五\U0002b5af六")
    assert source.position(0) == (1, 1)
    assert source.position(4) == (2, 1)  # after CRLF
    assert source.position(6) == (3, 1)  # after a lone CR
    assert source.position(8) == (4, 1)  # a form feed does not start a line
    assert source.position(11) == (4, 4)  # a non-BMP character is one column
    assert source.line_text(1) == "一二"
    assert source.line_text(4) == "\u000c五\U0002b5af六"


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
        TEXT.encode("gb18030"),
    ],
)
def test_encode_gives_back_the_same_bytes(data):
    decoded = decode(data)
    assert encode(decoded.text, decoded.encoding, decoded.bom) == data
