"""NL104 progress-section-missing: the section reporting progress on the
problems fed back, found by its words or by its place."""

from conftest import lint
from fictional import LINES, notice

# The fictional notice without its section 二 (its heading and the five lines under it).
WITHOUT_PROGRESS = "\n".join(LINES[:5] + LINES[11:]) + "\n"


def test_a_complete_notice_has_its_progress_section():
    assert lint(notice(), "NL104") == []


def test_a_missing_progress_section_is_reported_where_it_belongs():
    """Before the part that follows it: the next-steps heading, now line 6."""
    assert WITHOUT_PROGRESS.split("\n")[5] == "三、下一步工作打算"
    assert lint(WITHOUT_PROGRESS, "NL1") == [("NL104", 6, 1, 6, 1, "缺少巡察反馈问题整改进展情况部分")]


def test_the_message_in_english():
    assert lint(WITHOUT_PROGRESS, "NL104", lang="en") == [
        ("NL104", 6, 1, 6, 1, "no section reporting progress on the problems fed back")
    ]


def test_a_heading_without_the_usual_words_is_the_progress_section_by_its_place():
    """The first part after the responsibility section is this one, whatever its heading says."""
    assert lint(notice({6: "二、聚焦问题清单，推动整改落地见效"}), "NL1") == []


def test_renumbering_the_next_steps_does_not_make_them_the_progress_section():
    text = WITHOUT_PROGRESS.replace("三、下一步工作打算", "二、下一步工作打算")
    assert lint(text, "NL104") == [("NL104", 6, 1, 6, 1, "缺少巡察反馈问题整改进展情况部分")]
