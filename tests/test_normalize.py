import pytest

from notelint.normalize import OffsetMap, normalize, to_simplified
from notelint.source import SourceText


def test_simplified_text_is_only_folded():
    normalized = normalize(SourceText("x", "（一）联系电话：0755-12345678；邮箱"))
    assert normalized.script == "simplified"
    assert normalized.text == "(一)联系电话:0755-12345678;邮箱"
    assert normalized.offsets.to_source(5) == 5


def test_traditional_text_is_converted_and_pinyin_residue_removed():
    source = SourceText("x", "根據(jù)市委巡察工作統(tǒng)一部署，聯(lián)繫電話：027-12345678")
    normalized = normalize(source)
    assert normalized.script == "traditional"
    assert normalized.text == "根据市委巡察工作统一部署,联系电话:027-12345678"
    assert [source.text[s:e] for s, e in normalized.pinyin_residue] == ["(jù)", "(tǒng)", "(lián)"]
    phone = normalized.text.index("027")
    assert source.text[normalized.offsets.to_source(phone) :].startswith("027-12345678")


def test_real_brackets_after_han_are_kept():
    normalized = normalize(SourceText("x", "某某办法(试行)和国内生产总值(GDP)"))
    assert normalized.text == "某某办法(试行)和国内生产总值(GDP)"
    assert normalized.pinyin_residue == []


def test_offset_map_round_trip():
    source = "ab(x)cde(y)fg"
    offsets = OffsetMap([(2, 5), (8, 11)])
    analysis = "abcdefg"
    assert [source[offsets.to_source(a)] for a in range(len(analysis))] == list(analysis)
    assert [offsets.to_analysis(s) for s in range(len(source) + 1)] == [0, 1, 2, 2, 2, 2, 3, 4, 5, 5, 5, 5, 6, 7]
    assert offsets.span_to_source(2, 5) == (5, 8)
    assert offsets.span_to_source(5, 5) == (11, 11)
    assert offsets.deleted() == [(2, 5), (8, 11)]
    assert OffsetMap().deleted() == []


def test_markup_removed_by_a_reader_composes_with_pinyin_removal():
    source = SourceText("x", "# 一、**根據(jù)**統一部署關於問題\n")
    removed = [(0, 2), (4, 6), (12, 14)]  # "# ", "**", "**"
    normalized = normalize(source, removed)
    assert normalized.text == "一、根据统一部署关于问题\n"
    assert [source.text[s:e] for s, e in normalized.pinyin_residue] == ["(jù)"]
    assert [source.text[normalized.offsets.to_source(a)] for a in range(len(normalized.text))] == list(
        "一、根據統一部署關於問題\n"
    )
    assert normalized.offsets.deleted() == [(0, 2), (4, 6), (8, 14)]  # markup and residue, touching ones joined


def test_is_han_agrees_with_the_han_character_class():
    import re

    from han import HAN

    from notelint.normalize import is_han

    han = re.compile(f"[{HAN}]")
    samples = [
        chr(c)
        for bound in (0x3400, 0x4DBF, 0x4E00, 0x9FFF, 0xF900, 0xFAFF, 0x20000, 0x323AF)
        for c in range(bound - 2, bound + 3)
    ] + list("中國a1，（ 。𠀀")
    assert [is_han(c) for c in samples] == [bool(han.match(c)) for c in samples]


def test_only_present_full_width_forms_fold():
    source = SourceText("x", "整改（一）：完成，100％。\u3000")
    normalized = normalize(source)
    assert normalized.text == source.text.translate({c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)} | {0x3000: 0x20})


def test_the_traditional_characters_in_gb2312_are_those_of_the_script_data():
    from notelint.normalize import TRADITIONAL_IN_GB2312, script_set

    def in_gb2312(char: str) -> bool:
        try:
            char.encode("gb2312")
        except UnicodeEncodeError:
            return False
        return True

    assert set(TRADITIONAL_IN_GB2312) == {c for c in script_set("traditional") if in_gb2312(c)}


@pytest.mark.parametrize(
    "text",
    [
        "某某局党委根据市委统一部署开展整改。",
        "關於某某局黨委於今年乾淨徹底整改的通報",  # traditional: most characters outside GB2312
        "某某局党委於今年整改，後續乾淨？？",  # traditional characters inside GB2312, literal question marks
        "某某局\u200b党委\U00020000整改\ud800",  # outside GB2312 but not traditional, a lone surrogate
        "整改——2023年? ab 關於某某局黨委通報",  # ASCII, question marks and dashes (outside GB2312) before them
        "",
    ],
)
def test_traditional_characters_are_the_script_data_met_in_the_text(text):
    from notelint.normalize import script_set, traditional_characters

    assert traditional_characters(text) == script_set("traditional") & set(text)


def test_the_traditional_only_characters_are_those_of_the_source():
    source = SourceText("x", "# 某某局党委於今年整改，後續乾淨（一）&amp;")
    for normalized in (normalize(source), normalize(source, [(0, 2)])):
        assert normalized.traditional_only == frozenset("於後續乾淨")
        assert normalized.script == "traditional"


def test_traditional_characters_stop_once_enough_are_found():
    from notelint.normalize import traditional_characters

    text = "關於某某局黨委整改的通報"
    assert traditional_characters(text, 3) < traditional_characters(text)
    assert len(traditional_characters(text, 3)) == 3
    assert traditional_characters("某某局党委於", 3) == frozenset("於")
    # The first met, found where it stands after ASCII, a question mark and a dash outside GB2312.
    assert traditional_characters("整改——a?b 關黨", 1) == frozenset("關")


def test_a_reference_reading_as_a_full_width_form_is_folded_in_a_text_without_one():
    normalized = normalize(SourceText("x", "整改&#65292;完成了"))
    assert normalized.text == "整改,完成了"
    assert normalized.invisible == []


def test_invisible_characters_are_found_in_a_text_without_full_width_forms():
    normalized = normalize(SourceText("x", "整改\u200b完成,了"))
    assert normalized.text == "整改完成,了"
    assert normalized.invisible == [2]


def test_invisible_or_full_width_characters_are_those_of_the_two_classes():
    import re

    from notelint.normalize import _FULL_WIDTH_CHARACTERS, _INVISIBLE_CHARACTERS, has_invisible_or_full_width

    either = re.compile(f"[{_INVISIBLE_CHARACTERS}{_FULL_WIDTH_CHARACTERS}]")
    characters = [chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF]
    assert [c for c in characters if has_invisible_or_full_width(c)] == [c for c in characters if either.match(c)]
    assert has_invisible_or_full_width("整改完成\ud800了\u200b")
    assert not has_invisible_or_full_width("整改完成\ud800了,\n\t")


def test_a_lone_surrogate_is_kept_and_the_text_around_it_converted():
    """An editor's buffer can hold a lone surrogate; the converter reads UTF-8,
    which cannot, so it is converted around."""
    assert to_simplified("詛\ud800後續\n關於\udcff") == "诅\ud800后续\n关于\udcff"


def test_a_traditional_draft_with_a_lone_surrogate_is_linted():
    from notelint.engine import Linter

    text = "關於問題的整改\ud800情況\n"
    diagnostics = Linter().lint_source(SourceText("draft.txt", text))
    assert [(d.code, d.start, d.end) for d in diagnostics] == [("NL100", 0, 10)]  # a fragment, not a notice
    assert normalize(SourceText("draft.txt", text)).text == "关于问题的整改\ud800情况\n"
