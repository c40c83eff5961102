"""NL401–NL405: phone numbers, postcodes, e-mail addresses."""

import random
import re

import pytest
from conftest import apply_edits, lint, lint_diagnostics
from fictional import notice, span

from notelint.regions import PLACE_KINDS, Regions, regions

CONTACTS = 16


def contacts(phone="0755-12345678", address="广东省明湖市滨江路1号", postcode="518000", email="jubao@example.org.cn"):
    return notice({CONTACTS: f"联系电话：{phone}；通信地址：{address}，邮政编码：{postcode}；电子邮箱：{email}。"})


def test_the_fictional_notice_is_clean():
    assert lint(notice(), "NL4") == []


# -- NL401 phone-invalid / NL402 phone-area-code-missing -------------------------


@pytest.mark.parametrize(
    "phone",
    [
        "0755-12345678",
        "（0755）12345678",
        "075512345678",
        "0755 12345678",
        "010-12345678",
        "0739-5123456",
        "0898-66123456",
        "13812345678",
        "12388",
        "0755-12345678转801",
        "0755-12345678-801",
        "0755-12345678、0755-12345679",
        "0755-12345678（工作日9:00-12:00）",
        "400-123-4567",
    ],
)
def test_valid_phone_numbers(phone):
    assert lint(contacts(phone=phone), "NL401", "NL402") == []


@pytest.mark.parametrize(
    "phone, number",
    [
        ("0755-1234567890", "0755-1234567890"),
        ("1381234567", "1381234567"),
        ("0755-12345678、0755-123", "0755-123"),
        ("0755-012345678", "0755-012345678"),
    ],
)
def test_nl401_invalid_numbers(phone, number):
    text = contacts(phone=phone)
    assert lint(text, "NL401") == [
        (
            "NL401",
            *span(text, CONTACTS, number, occurrence=1 + phone[:-1].count(number)),
            f"“{number}”不是有效的电话号码（固定电话为区号加7～8位号码，手机为11位）",
        )
    ]


def test_nl402_a_landline_without_area_code_names_the_city_code():
    text = contacts(phone="28008990", address="福建省泉州市丰泽区滨江路1号", postcode="362000")
    assert lint(text, "NL4") == [
        ("NL402", *span(text, CONTACTS, "28008990"), "固定电话“28008990”缺少区号（通信地址在泉州，区号为0595）")
    ]


def test_nl402_without_a_known_city_there_is_no_hint():
    text = contacts(phone="2800899")
    assert lint(text, "NL402") == [("NL402", *span(text, CONTACTS, "2800899"), "固定电话“2800899”缺少区号")]


def test_nl402_every_listed_number_is_checked():
    text = contacts(phone="0755-12345678、28008990")
    assert [d[:3] for d in lint(text, "NL401", "NL402")] == [("NL402", CONTACTS, 20)]


def test_nl402_english():
    text = contacts(phone="28008990")
    assert lint(text, "NL402", lang="en")[0][-1] == "the landline “28008990” has no area code"


# -- NL403 postcode-invalid -----------------------------------------------------


@pytest.mark.parametrize("postcode", ["51800", "5180000", "518 000"])
def test_nl403_not_six_digits(postcode):
    text = contacts(postcode=postcode)
    assert lint(text, "NL403") == [("NL403", *span(text, CONTACTS, postcode), f"邮政编码“{postcode}”不是6位数字")]


# -- NL404 email-invalid --------------------------------------------------------


@pytest.mark.parametrize(
    "email, shown, problem",
    [
        ("jubao.example.org.cn", "jubao.example.org.cn", "缺少“@”"),
        ("jubao@example", "jubao@example", "格式有误"),
        ("jubao@@example.org.cn", "jubao@@example.org.cn", "格式有误"),
        ("jubao@example..cn", "jubao@example..cn", "格式有误"),
        ("jubao＠example.org.cn", "jubao＠example.org.cn", "含有全角字符或汉字"),
    ],
)
def test_nl404_malformed_addresses(email, shown, problem):
    text = contacts(email=email)
    assert lint(text, "NL404") == [("NL404", *span(text, CONTACTS, shown), f"电子邮箱“{shown}”{problem}")]


def test_nl404_a_note_after_the_address_is_not_part_of_it():
    assert lint(contacts(email="jubao@example.org.cn（请注明单位）"), "NL404") == []


# -- NL405 postcode-region-mismatch ---------------------------------------------


def test_nl405_postcode_and_area_code_in_different_provinces():
    text = contacts(phone="0595-12345678", address="明湖市滨江路1号")
    assert lint(text, "NL405") == [
        ("NL405", *span(text, CONTACTS, "518000"), "邮政编码“518000”属于广东，但电话区号0595属于福建")
    ]


def test_nl405_postcode_and_address_in_different_provinces():
    text = contacts(address="福建省明湖市滨江路1号")
    assert lint(text, "NL405") == [
        ("NL405", *span(text, CONTACTS, "518000"), "邮政编码“518000”属于广东，但通信地址在福建")
    ]


@pytest.mark.parametrize("address", ["广州市北京路1号", "深圳市福田区上海路2号", "明湖市湖南路3号"])
def test_nl405_road_names_are_not_provinces(address):
    assert lint(contacts(address=address, postcode="510000" if address.startswith("广州") else "518000"), "NL405") == []


def test_nl405_a_city_name_gives_the_province():
    text = contacts(phone="0755-12345678", address="泉州市丰泽区滨江路1号", postcode="518000")
    assert lint(text, "NL405") == [
        ("NL405", *span(text, CONTACTS, "518000"), "邮政编码“518000”属于广东，但通信地址在福建")
    ]


def test_nl4_corpus_bar(corpus):
    from notelint.engine import Linter

    linter = Linter()
    result = linter.lint_file(str(corpus / "real-02-quanzhou-sasac-2023.txt"))
    assert [(d.code, result.source.text[d.start : d.end]) for d in result.diagnostics if d.code.startswith("NL4")] == [
        ("NL402", "28008990")
    ]
    for name in (
        "real-01-shenzhen-sasac-2025.txt",
        "real-03-shenshan-2025.txt",
        "real-04-wuhan-group-2023-traditional.txt",
    ):
        assert [d.code for d in linter.lint_file(str(corpus / name)).diagnostics if d.code.startswith("NL4")] == []


def test_the_example_draft_shows_contact_problems_only():
    from conftest import EXAMPLES

    found = lint((EXAMPLES / "defective-contacts.txt").read_text("utf-8"))
    assert sorted({d[0] for d in found}) == ["NL401", "NL402", "NL404", "NL405"]


# -- place names in an address -----------------------------------------------------


def _place_mentions_by_pattern(table, text):
    """The reading the scanner replaced: one alternation of every name, longest first."""
    names = sorted(table.place_names, key=len, reverse=True)
    pattern = re.compile(rf"(?P<name>{'|'.join(names)})(?P<kind>{'|'.join(PLACE_KINDS)})?")
    return [(m.start(), m.group("name"), m.group("kind") or "") for m in pattern.finditer(text)]


# Names nested in one another, which the shipped data happens not to have (a longer name wins).
NESTED = Regions(
    {"81": "海南", "82": "吉林"},
    {"0970": "海南", "0432": "吉林"},
    {"海南藏族": ["0970"], "海南藏族州": ["0970"], "吉林": ["0432"], "吉林市区": ["0432"]},
)


def _addresses(table):
    """Addresses made of the table's place names, the kinds that may follow
    them, half kinds (自治) and road-like filler, in a fixed pseudo-random order."""
    rng = random.Random(402)
    names = sorted(table.place_names)
    pieces = names + list(PLACE_KINDS) + ["自治", "族", "路", "号", "北", "京", "藏", "州", "1", "，", "区", "市区"]
    yield from [
        "",
        "北京",
        "北京市",
        "北京路",
        "广东省深圳市福田区",
        "广西壮族自治区南宁市",
        "新疆维吾尔自治区",
        "内蒙古自治区呼和浩特市",
        "广州市北京路1号",
        "泉州市丰泽区",
        "吉林省吉林市",
        "海南藏族州共和县",
    ]
    for name in names:
        yield name
        for kind in PLACE_KINDS:
            yield name + kind + "某某路"
    for _ in range(3000):
        yield "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 8)))


@pytest.mark.parametrize("table", [regions(), NESTED], ids=["shipped", "nested"])
def test_place_mentions_read_as_the_alternation_of_every_name_did(table):
    for address in _addresses(table):
        assert list(table.place_mentions(address)) == _place_mentions_by_pattern(table, address), address


# -- one defect, one finding: dashes, lengths, placeholders ------------------------------------


@pytest.mark.parametrize(
    "phone, dash", [("0739—5123456", "—"), ("0739——5123456", "——"), ("0739～5123456", "～"), ("0739–5123456", "–")]
)
def test_a_dash_between_area_code_and_number_is_one_finding_fixed_to_a_hyphen(phone, dash):
    text = contacts(phone=phone, address="湖南省邵阳市双清区滨江路1号", postcode="422000")
    found = lint_diagnostics(text, "NL4")
    assert lint(text, "NL4") == [
        ("NL401", *span(text, CONTACTS, phone), f"“{phone}”区号与号码之间的“{dash}”应为连字符“-”")
    ]
    assert apply_edits(text, found) == text.replace(phone, "0739-5123456")


def test_a_dash_and_a_wrong_length_are_named_together_without_a_fix():
    text = contacts(phone="0755—1234567")
    assert lint_diagnostics(text, "NL4")[0].fix is None
    assert lint(text, "NL4") == [
        (
            "NL401",
            *span(text, CONTACTS, "0755—1234567"),
            "“0755—1234567”区号与号码之间的“—”应为连字符“-”；位数不对：区号0755（深圳）的本地号码为8位，这里是7位",
        )
    ]


@pytest.mark.parametrize(
    "phone, city",
    [("010-1234567", "北京"), ("021-1234567", "上海"), ("0755-1234567", "深圳"), ("(0512)1234567", "苏州")],
)
def test_a_local_number_too_short_for_its_area_code(phone, city):
    text = contacts(phone=phone, address="明湖市滨江路1号")
    code = phone.strip("(").split(")")[0].split("-")[0]
    assert lint(text, "NL401") == [
        ("NL401", *span(text, CONTACTS, phone), f"“{phone}”位数不对：区号{code}（{city}）的本地号码为8位，这里是7位")
    ]


def test_wrong_length_in_english():
    text = contacts(phone="010-1234567", address="明湖市滨江路1号")
    assert lint(text, "NL401", lang="en")[0][5] == (
        "“010-1234567” has the wrong length: local numbers under area code 010 have 8 digits, this one 7"
    )


@pytest.mark.parametrize("phone", ["0739-5123456", "0595-2345678", "0898-6612345", "0739-51234567"])
def test_four_digit_codes_that_take_seven_or_eight_digits(phone):
    assert lint(contacts(phone=phone), "NL401", "NL402") == []


@pytest.mark.parametrize(
    "phone, blanks",
    [
        ("0739-XXXXXXX", ["XXXXXXX"]),
        ("0755-xxxxxxxx", ["xxxxxxxx"]),
        ("0755-********", ["********"]),
        ("XXXX-XXXXXXX", ["XXXX", "XXXXXXX"]),
        ("0755-1234XXXX", ["1234XXXX"]),
    ],
)
def test_a_phone_written_as_a_placeholder_is_nl508s_alone(phone, blanks):
    text = contacts(phone=phone)
    assert lint(text, "NL4", "NL5") == [
        ("NL508", *span(text, CONTACTS, blank), f"草稿占位符“{blank}”未替换") for blank in blanks
    ]


def test_a_postcode_and_an_email_written_as_placeholders_are_nl508s_alone():
    text = contacts(postcode="XXXXXX", email="XXXX@XXXX")
    assert [f[0] for f in lint(text, "NL4", "NL5")] == ["NL508", "NL508", "NL508"]


def test_an_email_address_ends_at_a_semicolon():
    text = notice({CONTACTS: "联系电话：0755-12345678；电子邮箱：jubao@example.org.cn；邮政编码：518000。"})
    assert lint(text, "NL404") == []


def test_area_code_data_names_its_source_and_every_three_digit_code_takes_eight_digits():
    from notelint.datafiles import DATA_FOLDER

    path = f"{DATA_FOLDER}/area-codes.tsv"
    with open(path, encoding="utf-8") as file:
        lines = file.readlines()
    header = "".join(line for line in lines if line.startswith("#"))
    assert "电信网编号计划" in header
    rows = [line.rstrip("\n").split("\t") for line in lines if not line.startswith("#")]
    assert {row[3] for row in rows} == {"8", "7-8"}
    assert all(row[3] == "8" for row in rows if len(row[0]) == 3)
    assert regions().local_lengths("0755") == (8,) and regions().local_lengths("0739") == (7, 8)
