"""The review page in a real Chromium (Debian's, driven by Playwright): paste
a draft, see its findings, click between list and text, fix one, fix all,
upload a .docx, move with the keyboard, switch language; and the page's
screenshots (NOTELINT_UPDATE_SCREENSHOTS=1 writes them into docs/)."""

from __future__ import annotations

import os
import pathlib
import shutil
import socket
import threading
import time
import zipfile

import pytest

pytestmark = pytest.mark.slow  # a real Chromium

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
if CHROMIUM is None:
    pytest.skip("chromium is not installed (apt-get install chromium fonts-noto-cjk)", allow_module_level=True)
playwright_api = pytest.importorskip("playwright.sync_api", reason="playwright (pip) is not installed")
uvicorn = pytest.importorskip("uvicorn", reason="the web extra (uvicorn) is not installed")
pytest.importorskip("starlette", reason="the web extra (starlette) is not installed")

from conftest import EXAMPLES, REPO, CliRun, run_cli  # noqa: E402
from test_web_api import ASTRAL_TEXT, astral_docx  # noqa: E402

from notelint.web.app import ServeOptions, create_app  # noqa: E402

HYGIENE = (EXAMPLES / "defective-hygiene.txt").read_text("utf-8")
# A draft with findings in four families and a missing part (NL107: no disclosure period), for the screenshots.
SHOWCASE = (
    ASTRAL_TEXT.replace("2024年7月2日，市委第三巡察组", "2024-07-02，市委第三巡察组")
    .replace("（二）坚持问题导向", "（三）坚持问题导向")
    .replace("二是开展专项检查两次，", "二是开展专项检查两次，截止目前")
    .replace("公开期限：2024年12月20日至2025年1月20日。\n\n", "")
)
# How many UTF-16 units of the text view come before a node (what the browser counts).
UNITS_BEFORE = """node => {
  const range = document.createRange();
  range.setStart(document.querySelector('#text'), 0);
  range.setEndBefore(node);
  return range.toString().length;
}"""
UPDATE_SCREENSHOTS = os.environ.get("NOTELINT_UPDATE_SCREENSHOTS") == "1"


@pytest.fixture(scope="module")
def base_url():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(create_app(ServeOptions(port=port)), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser():
    with playwright_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM)
        yield launched
        launched.close()


@pytest.fixture()
def page(browser, base_url):
    context = browser.new_context(viewport={"width": 1280, "height": 800}, accept_downloads=True)
    opened = context.new_page()
    problems = []
    opened.on("pageerror", lambda error: problems.append(str(error)))
    opened.on("console", lambda message: problems.append(message.text) if message.type == "error" else None)
    opened.goto(base_url + "/")
    yield opened
    context.close()
    assert problems == []  # no script error, no CSP violation, no failed request


def findings(page) -> list[str]:
    """The codes in the side list, in its order."""
    return page.locator(".finding-main .code").all_inner_texts()


def paste_and_check(page, text: str) -> None:
    page.fill("#paste", text)
    page.click("#check")
    page.wait_for_selector("#review:not([hidden]) .finding-main, #review:not([hidden]) .none")


def finding_item(page, code: str):
    return page.locator(".finding").filter(has=page.locator(".code", has_text=code)).first


def cli(*args: str, stdin: str | None = None) -> CliRun:
    return run_cli(*args, stdin=stdin)


def test_paste_click_fix_one_and_fix_all(page):
    paste_and_check(page, HYGIENE)
    expected = [
        line.split(": ", 1)[1].split(" ", 1)[0]
        for line in cli("check", "--format", "concise", "--isolated", "-", stdin=HYGIENE).stdout.splitlines()[:-1]
    ]
    assert sorted(findings(page)) == sorted(expected) and len(expected) == 12
    assert page.locator("#status").inner_text() == "发现 12 个问题。"

    # List → text: the finding's text is highlighted, chosen and scrolled into view.
    finding_item(page, "NL501").locator(".finding-main").click()
    chosen = page.locator("#text mark.current")
    assert chosen.first.inner_text() == "【打印正文】"
    text_box, mark_box = page.locator("#text").bounding_box(), chosen.first.bounding_box()
    assert text_box["y"] <= mark_box["y"] <= text_box["y"] + text_box["height"]
    assert "sev-error" in chosen.first.get_attribute("class")

    # Text → list: clicking a highlight chooses its finding in the list.
    page.locator("#text mark", has_text="截止").click()
    assert finding_item(page, "NL511").get_attribute("class").split()[-1] == "current"
    assert finding_item(page, "NL511").locator(".finding-main").get_attribute("aria-current") == "true"

    # The rule doc, one click away.
    finding_item(page, "NL511").get_by_role("button", name="规则说明 NL511").click()
    page.locator("#doc").wait_for(state="visible")
    assert page.locator("#doc-title").inner_text().startswith("NL511 ")
    explained = cli("explain", "NL511").stdout
    headings = page.locator("#doc-body h3").all_inner_texts()
    assert "检查什么" in headings and all(f"## {heading}" in explained for heading in headings)
    assert all(paragraph in explained for paragraph in page.locator("#doc-body p").all_inner_texts())
    page.keyboard.press("Escape")
    page.locator("#doc").wait_for(state="hidden")
    assert page.evaluate("() => document.activeElement.textContent") == "规则说明"  # focus back on the opener

    # 修复此处: one safe fix, the rest untouched.
    finding_item(page, "NL511").get_by_role("button", name="修复此处").click()
    page.wait_for_function("() => !document.querySelector('#text').textContent.includes('截止')")
    assert "督促问题整改到位，截至目前检查" in page.locator("#text").inner_text()
    assert len(findings(page)) == 11 and "NL511" not in findings(page)
    assert page.locator("#status").inner_text() == "已修复 1 处，还有 11 个问题。"

    # 全部安全修复: the text is what `notelint check --fix` makes of the draft.
    page.click("#fix-all")
    page.wait_for_function("() => document.querySelectorAll('.finding-main').length === 4")
    fixed = cli("check", "--fix", "--isolated", "-", stdin=HYGIENE).stdout
    assert page.evaluate("() => document.querySelector('#text').textContent") == fixed
    assert page.locator("#fix-all").is_disabled()

    # The fixed text downloads in its encoding, the report as the CLI prints it.
    with page.expect_download() as download:
        page.click("#download-text")
    assert download.value.suggested_filename == "粘贴的草稿.txt"
    assert pathlib.Path(download.value.path()).read_text(encoding="utf-8") == fixed
    with page.expect_download() as report:
        page.click("#download-json")
    assert report.value.suggested_filename == "粘贴的草稿.txt.notelint.json"
    assert b'"code":"NL508"' in pathlib.Path(report.value.path()).read_bytes()  # compact, as the CLI writes it


def test_a_docx_upload_keeps_highlights_after_characters_beyond_the_bmp(page):
    page.set_input_files(
        "#file",
        files=[
            {
                "name": "通报.docx",
                "buffer": astral_docx(),
                "mimeType": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            }
        ],
    )
    page.wait_for_selector(".finding-main")
    assert findings(page) == ["NL505"]
    assert page.locator(".finding .where").inner_text().startswith("第 ")  # a paragraph, as Word counts them
    page.locator(".finding-main").click()
    mark = page.locator("#text mark.current")
    assert mark.inner_text() == ","
    before = mark.evaluate("node => node.previousSibling.textContent")
    assert before.endswith("由王𠮷同志牵头")
    shown = page.evaluate("() => document.querySelector('#text').textContent")
    comma = shown.index(",")  # code points in Python; the browser counts 𠮷 as two units
    assert mark.evaluate(UNITS_BEFORE) == len(shown[:comma].encode("utf-16-le")) // 2 == comma + 1
    # the whole view is the .docx's text, the highlight at its code-point offset
    text = page.evaluate("() => document.querySelector('#text').textContent")
    assert text.replace("\n", "") == "".join(line for line in ASTRAL_TEXT.split("\n") if line.strip())
    # The annotated copy: the finding as a Word comment, its safe fix as a tracked change.
    with page.expect_download() as annotated:
        page.click("#download-annotated")
    assert annotated.value.suggested_filename == "通报.notelint.docx"
    with zipfile.ZipFile(annotated.value.path()) as archive:
        assert "NL505" in archive.read("word/comments.xml").decode("utf-8")
        assert "<w:ins " in archive.read("word/document.xml").decode("utf-8")
    page.locator(".finding").get_by_role("button", name="修复此处").click()
    page.wait_for_function("() => document.querySelector('#text').textContent.includes('𠮷同志牵头，建立')")
    assert findings(page) == []


def test_keyboard_moves_between_findings_with_visible_focus(page):
    paste_and_check(page, HYGIENE)
    first = page.locator(".finding-main").first
    first.focus()
    page.keyboard.press("j")
    second = page.locator(".finding-main").nth(1)
    assert second.evaluate("node => node === document.activeElement")
    assert second.get_attribute("aria-current") == "true"
    outline = second.evaluate("node => getComputedStyle(node).outlineStyle + ' ' + getComputedStyle(node).outlineWidth")
    assert outline == "solid 3px"
    page.keyboard.press("ArrowDown")
    page.keyboard.press("k")
    assert second.evaluate("node => node === document.activeElement")
    page.keyboard.press("End")
    assert page.locator(".finding-main").last.evaluate("node => node === document.activeElement")
    # Tab from a finding reaches its own actions next, in reading order.
    page.keyboard.press("Home")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "规则说明"


def test_the_english_toggle_relints_in_english(page):
    paste_and_check(page, HYGIENE)
    page.click("#lang")
    page.wait_for_function("() => document.documentElement.lang === 'en'")
    page.wait_for_function("() => document.querySelector('.finding .badge').textContent !== '错误'")
    expected = cli("check", "--format", "concise", "--isolated", "--lang", "en", "-", stdin=HYGIENE).stdout
    for message in page.locator(".finding .message").all_inner_texts():
        assert message in expected
    assert page.locator("#fix-all").inner_text() == "Apply all safe fixes (8)"
    page.click("#lang")
    page.wait_for_function("() => document.documentElement.lang === 'zh-CN'")


@pytest.mark.parametrize("width, height, name", [(1280, 800, "review-1280.png"), (390, 844, "review-narrow.png")])
def test_screenshots_are_readable_at_both_sizes(page, tmp_path, width, height, name):
    page.set_viewport_size({"width": width, "height": height})
    paste_and_check(page, SHOWCASE)
    assert page.locator(".family-title").all_inner_texts() == ["结构 (1)", "序号 (1)", "日期与期限 (1)", "文字规范 (2)"]
    # A missing part is a caret where it belongs: the disclosure period, before the contact details.
    finding_item(page, "NL107").locator(".finding-main").click()
    caret = page.locator("#text .caret.current")
    missing_at = SHOWCASE.index("联系电话：")
    assert caret.evaluate(UNITS_BEFORE) == len(SHOWCASE[:missing_at].encode("utf-16-le")) // 2
    assert caret.is_visible()
    finding_item(page, "NL302").locator(".finding-main").click()
    page.evaluate("() => window.scrollTo(0, 0)")  # on a narrow window the list comes first
    # Nothing wider than the window: no sideways scrolling at either size.
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    for selector in ("#fix-all", ".finding-main", "#text"):
        box = page.locator(selector).first.bounding_box()
        assert box and box["x"] >= 0 and box["x"] + box["width"] <= width, selector
    target = REPO / "docs" / name if UPDATE_SCREENSHOTS else tmp_path / name
    page.screenshot(path=str(target))
    assert target.stat().st_size > 10_000


def test_back_to_editing_keeps_the_drafts_name_and_encoding(page):
    data = HYGIENE.encode("gb18030")
    page.set_input_files("#file", files=[{"name": "第三轮.txt", "buffer": data, "mimeType": "text/plain"}])
    page.wait_for_selector(".finding-main")
    assert page.locator("#file-name").inner_text() == "第三轮.txt · gb18030"
    page.click("#edit")
    assert page.locator("#paste").input_value() == HYGIENE
    assert page.evaluate("() => document.activeElement.id") == "paste"
    page.fill("#paste", HYGIENE.replace("截止", "截至"))
    page.keyboard.press("Control+Enter")
    page.wait_for_selector("#review:not([hidden]) .finding-main")
    assert len(findings(page)) == 11 and "NL511" not in findings(page)
    assert page.locator("#file-name").inner_text() == "第三轮.txt · gb18030"
    with page.expect_download() as download:
        page.click("#download-text")
    assert download.value.suggested_filename == "第三轮.txt"
    assert pathlib.Path(download.value.path()).read_bytes() == HYGIENE.replace("截止", "截至").encode("gb18030")


def test_a_file_of_another_kind_is_refused_in_one_line(page):
    page.set_input_files("#file", files=[{"name": "scan.pdf", "buffer": b"%PDF-1.7", "mimeType": "application/pdf"}])
    assert page.locator("#status").inner_text() == "只支持 .txt、.md 和 .docx 文件。"
    page.set_input_files("#file", files=[{"name": "blank.txt", "buffer": b"   \n", "mimeType": "text/plain"}])
    page.wait_for_function("() => document.querySelector('#status').textContent.includes('blank.txt')")
    assert page.locator("#status").inner_text() == "blank.txt: 无法检查：文件只有空白字符"
    assert page.locator("#input").is_visible()
