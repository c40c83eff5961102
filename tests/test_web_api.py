"""The review page's HTTP API (notelint serve), driven with Starlette's
TestClient and, where the socket matters, a real uvicorn server: parity with
``--format json``, fixes, downloads, and the protections (421, 403, 413,
nothing written to disk, security headers)."""

from __future__ import annotations

import builtins
import io
import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import threading
import time
import warnings
from pathlib import Path
from urllib.parse import quote

import pytest

starlette = pytest.importorskip("starlette", reason="the web extra (starlette) is not installed")
pytest.importorskip("httpx", reason="Starlette's TestClient needs httpx")
uvicorn = pytest.importorskip("uvicorn", reason="the web extra (uvicorn) is not installed")

with warnings.catch_warnings():  # Starlette 1.x prefers httpx2 and warns about httpx, which still works
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

from conftest import EXAMPLES, run_cli  # noqa: E402

from notelint.web.app import ServeOptions, create_app  # noqa: E402

BASE = "http://127.0.0.1:8765"
POST = {"X-Notelint": "1"}
COMPLETE = (EXAMPLES / "complete.txt").read_text("utf-8")
# A fictional notice with a rare character beyond U+FFFF (two UTF-16 units) just before a half-width comma.
ASTRAL_LINE = "（二）坚持问题导向，强化跟踪督办。"
ASTRAL_FIXED = "（二）坚持问题导向，强化跟踪督办。由王𠮷同志牵头，建立整改工作台账。"
ASTRAL_TEXT = COMPLETE.replace(ASTRAL_LINE, "（二）坚持问题导向，强化跟踪督办。由王𠮷同志牵头,建立整改工作台账。")


def astral_docx() -> bytes:
    """ASTRAL_TEXT as a Word document, one paragraph per line."""
    import docx

    document = docx.Document()
    for line in ASTRAL_TEXT.split("\n"):
        if line.strip():
            document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def client(**options) -> TestClient:
    return TestClient(create_app(ServeOptions(**options)), base_url=BASE)


@pytest.fixture(scope="module")
def api() -> TestClient:
    return client()


def check(api: TestClient, data: bytes, name: str, **params) -> dict:
    response = api.post("/api/check", content=data, params=params, headers={**POST, "X-Filename": quote(name)})
    assert response.status_code == 200, response.text
    return response.json()


def cli_json(paths: list[str], *flags: str, exits=(0, 1)) -> dict:
    run = run_cli("check", "--format", "json", "--isolated", *flags, *paths, cwd=EXAMPLES.parent)
    assert run.returncode in exits, run.stderr
    return {entry["path"]: entry for entry in json.loads(run.stdout)["files"]}


# --- parity with --format json ----------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_check_returns_the_files_entry_of_format_json(api, tmp_path, lang):
    astral = tmp_path / "astral.docx"
    astral.write_bytes(astral_docx())
    paths = sorted(f"examples/{p.name}" for p in EXAMPLES.iterdir() if p.suffix in (".txt", ".md", ".docx"))
    paths.append(str(astral))
    expected = cli_json(paths, "--lang", lang)
    assert len(expected) == len(paths) and any(entry["diagnostics"] for entry in expected.values())
    for path in paths:
        data = (EXAMPLES.parent / path).read_bytes() if not os.path.isabs(path) else Path(path).read_bytes()
        assert check(api, data, path, lang=lang) == expected[path], path
    located = [d for d in expected[str(astral)]["diagnostics"] if "location" in d]
    assert located and all("paragraph" in d["location"] for d in located)


def test_an_unreadable_file_is_an_entry_with_its_error_as_in_the_cli(api, tmp_path):
    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"\x00\x01binary")
    expected = cli_json([str(binary)], exits=(2,))[str(binary)]
    assert check(api, binary.read_bytes(), str(binary)) == expected
    assert expected["error"].startswith("无法读取")


def test_the_filename_header_is_percent_encoded_utf8(api):
    assert check(api, COMPLETE.encode(), "草稿/第三轮.txt")["path"] == "草稿/第三轮.txt"
    response = api.post("/api/check", content=COMPLETE.encode(), headers={**POST, "X-Filename": "%E8%8D%89%FF.txt"})
    assert response.status_code == 400
    assert response.json() == {"error": "X-Filename 应为百分号编码的 UTF-8"}
    assert check(api, COMPLETE.encode(), "")["path"] == "draft.txt"  # no name: a plain-text draft


def test_positions_for_the_page_count_utf16_units(api):
    entry = check(api, ASTRAL_TEXT.encode(), "astral.txt", view="1")
    comma = ASTRAL_TEXT.index(",")
    (finding,) = [d for d in entry["diagnostics"] if d["code"] == "NL505"]
    start = finding["range"]["start"]
    assert (start["offset"], start["utf16"]) == (comma, comma + 1)  # 𠮷 before it counts twice in UTF-16
    assert ASTRAL_TEXT.encode("utf-16-le")[2 * start["utf16"] : 2 * start["utf16"] + 2].decode("utf-16-le") == ","
    assert finding["fix"]["edits"][0]["start"] == comma  # edits are code-point offsets, as in --format json
    assert (entry["text"], entry["bom"], entry["writable"]) == (ASTRAL_TEXT, False, True)
    plain = check(api, ASTRAL_TEXT.encode(), "astral.txt")
    assert "text" not in plain and "utf16" not in plain["diagnostics"][0]["range"]["start"]


# --- fixes and downloads ----------------------------------------------------------------------------------------


def draft_of(entry: dict) -> dict:
    return {key: entry[key] for key in ("text", "encoding", "bom", "writable")} | {"path": entry["path"]}


def fix(api: TestClient, draft: dict, choice=None, lang: str = "zh"):
    body = {"draft": draft} if choice is None else {"draft": draft, "fix": choice}
    return api.post("/api/fix", params={"lang": lang}, json=body, headers=POST)


def cli_fixed(data: bytes, name: str, tmp_path) -> bytes:
    file = tmp_path / name
    file.write_bytes(data)
    assert run_cli("check", "--fix-only", "--isolated", str(file)).returncode == 0
    return file.read_bytes()


def test_fixing_one_finding_changes_only_its_text(api):
    entry = check(api, ASTRAL_TEXT.encode(), "astral.txt", view="1")
    (finding,) = [d for d in entry["diagnostics"] if d["code"] == "NL505"]
    target = {"code": "NL505", "start": finding["range"]["start"]["offset"], "end": finding["range"]["end"]["offset"]}
    response = fix(api, draft_of(entry), target)
    assert response.status_code == 200, response.text
    fixed = response.json()
    assert fixed["text"] == COMPLETE.replace(ASTRAL_LINE, ASTRAL_FIXED) and fixed["fixed"] == 1
    assert [d["code"] for d in fixed["diagnostics"]] == []
    again = fix(api, draft_of(fixed), target)
    assert again.status_code == 422
    assert again.json() == {"error": "NL505（偏移 {}–{}）处没有可安全修复的问题".format(target["start"], target["end"])}


def test_a_fix_lints_only_the_fixed_text_when_the_page_sends_back_what_it_was_given(linted_texts):
    linted = linted_texts
    api = client()
    entry = check(api, ASTRAL_TEXT.encode(), "astral.txt", view="1")
    (finding,) = [d for d in entry["diagnostics"] if d["code"] == "NL505"]
    target = {"code": "NL505", "start": finding["range"]["start"]["offset"], "end": finding["range"]["end"]["offset"]}
    assert check(api, ASTRAL_TEXT.encode(), "astral.txt", view="1") == entry  # the same upload again
    fixed = fix(api, draft_of(entry), target).json()
    assert linted == [ASTRAL_TEXT, fixed["text"]]  # the uploaded text once, then the fixed text once
    assert fix(api, draft_of(fixed), None).json()["diagnostics"] == fixed["diagnostics"]
    edited = {**draft_of(fixed), "text": fixed["text"] + "\n"}  # a text it has not seen is linted
    assert fix(api, edited, None).status_code == 200
    assert linted == [ASTRAL_TEXT, fixed["text"], fixed["text"] + "\n"]


def test_fixing_everything_matches_fix_in_the_cli_and_downloads_in_the_original_encoding(api, tmp_path):
    # GB18030 in, GB18030 out: the page's download is the file `notelint check --fix` writes.
    data = (EXAMPLES / "defective-hygiene.txt").read_text("utf-8").encode("gb18030")
    entry = check(api, data, "hygiene.txt", view="1")
    assert entry["encoding"] == "gb18030"
    fixed = fix(api, draft_of(entry), "all").json()
    assert fixed["fixed"] == 8
    download = api.post("/api/download", json={"draft": draft_of(fixed)}, headers=POST)
    assert download.status_code == 200
    assert download.content == cli_fixed(data, "hygiene.txt", tmp_path)
    assert download.headers["content-type"] == "text/plain; charset=gb18030"
    assert (
        download.headers["content-disposition"] == "attachment; filename=\"hygiene.txt\"; filename*=UTF-8''hygiene.txt"
    )
    # What is left after fixing is what the CLI reports on the fixed file.
    left = cli_json([str(tmp_path / "hygiene.txt")])[str(tmp_path / "hygiene.txt")]["diagnostics"]
    assert [(d["code"], d["range"]) for d in left] == [
        (d["code"], {k: {f: v for f, v in p.items() if f != "utf16"} for k, p in d["range"].items()})
        for d in fixed["diagnostics"]
    ]


def test_a_docx_is_fixed_as_its_text_and_downloads_as_plain_text(api):
    entry = check(api, astral_docx(), "通报.docx", view="1")
    assert (entry["writable"], entry["encoding"]) == (False, "utf-8")
    fixed = fix(api, draft_of(entry), "all").json()
    assert "𠮷同志牵头，建立" in fixed["text"] and fixed["fixed"] >= 1
    download = api.post("/api/download", json={"draft": draft_of(fixed)}, headers=POST)
    assert download.content.decode("utf-8") == fixed["text"]
    assert download.headers["content-disposition"].endswith("filename*=UTF-8''%E9%80%9A%E6%8A%A5.txt")


def test_lint_again_without_fixing_in_another_language(api):
    entry = check(api, (EXAMPLES / "defective-closing.txt").read_bytes(), "closing.txt", view="1")
    english = fix(api, draft_of(entry), lang="en").json()
    assert english["fixed"] == 0
    expected = cli_json(["examples/defective-closing.txt"], "--lang", "en")["examples/defective-closing.txt"]
    assert [d["message"] for d in english["diagnostics"]] == [d["message"] for d in expected["diagnostics"]]


@pytest.mark.parametrize(
    "body, status, error",
    [
        ({"draft": {"path": "a.txt", "text": "x"}}, 400, "draft.encoding 缺失或类型不对"),
        (
            {"draft": {"path": "a.txt", "text": "x", "encoding": "rot13", "bom": False, "writable": True}},
            400,
            "不支持的编码：rot13",
        ),
        (
            {"draft": {"path": "a.txt", "text": "繁體字𠮷", "encoding": "big5", "bom": False, "writable": True}},
            422,
            "文本含有 big5 编码无法表示的字符",
        ),
        (
            {"draft": {"path": "a.txt", "text": " ", "encoding": "utf-8", "bom": False, "writable": True}},
            422,
            "无法检查：文件只有空白字符",
        ),
        (
            {"draft": {"path": "a.txt", "text": "x", "encoding": "utf-8", "bom": False, "writable": True}, "fix": 3},
            400,
            'fix 应为 "all"、{code, start, end} 或省略',
        ),
    ],
)
def test_a_wrong_fix_request_is_one_line(api, body, status, error):
    response = api.post("/api/fix", json=body, headers=POST)
    assert (response.status_code, response.json()) == (status, {"error": error})


def test_the_report_downloads_as_the_cli_prints_it(api):
    data = (EXAMPLES / "defective-closing.txt").read_bytes()
    name = "examples/defective-closing.txt"
    response = api.post(
        "/api/report", params={"format": "json"}, content=data, headers={**POST, "X-Filename": quote(name)}
    )
    assert response.text == cli_report(name, "json")
    assert response.headers["content-disposition"].endswith("''defective-closing.txt.notelint.json")
    full = api.post("/api/report", params={"format": "full"}, content=data, headers={**POST, "X-Filename": name})
    assert full.text == cli_report(name, "full")
    assert "NL101 [错误] 缺少前言" in full.text and "\x1b[" not in full.text


def cli_report(path: str, report_format: str) -> str:
    return run_cli("check", "--format", report_format, "--isolated", path, cwd=EXAMPLES.parent).stdout


def word_part(docx: bytes, part: str) -> str:
    """A part of a .docx, its comments' and revisions' times (the current second) left out."""
    import zipfile

    with zipfile.ZipFile(io.BytesIO(docx)) as archive:
        return re.sub(r' w:date="[^"]*"', "", archive.read(part).decode("utf-8"))


@pytest.mark.parametrize(
    "name, data",
    [
        ("通报.docx", astral_docx()),
        ("defective-hygiene.txt", (EXAMPLES / "defective-hygiene.txt").read_bytes()),
    ],
)
def test_the_annotated_docx_is_what_notelint_annotate_writes(api, tmp_path, name, data):
    draft = tmp_path / name
    draft.write_bytes(data)
    run = run_cli("annotate", "--suggest-fixes", "--isolated", str(draft))
    assert run.returncode in (0, 1), run.stderr
    written = (tmp_path / (draft.stem + ".notelint.docx")).read_bytes()
    response = api.post("/api/annotate", content=data, headers={**POST, "X-Filename": quote(name)})
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    assert response.headers["content-disposition"].endswith(quote(draft.stem + ".notelint.docx", safe=""))
    for part in ("word/comments.xml", "word/document.xml"):
        assert word_part(response.content, part) == word_part(written, part)
    assert word_part(response.content, "word/comments.xml").count("<w:comment ") >= 1


@pytest.mark.parametrize("path", ["/api/check", "/api/report", "/api/annotate", "/api/fix", "/api/download"])
def test_legacy_word_files_are_refused_as_they_would_be_converted_on_disk(api, path):
    if path in ("/api/fix", "/api/download"):  # a draft named .doc would be read back through LibreOffice
        draft = {"path": "旧稿.DOC", "text": COMPLETE, "encoding": "utf-8", "bom": False, "writable": True}
        response = api.post(path, json={"draft": draft, "fix": "all"}, headers=POST)
    else:
        response = api.post(
            path, content=b"\xd0\xcf\x11\xe0 old word", headers={**POST, "X-Filename": quote("旧稿.DOC")}
        )
    assert response.status_code == 415
    assert response.json() == {
        "error": "网页不检查 .doc、.wps、.rtf 文件（转换要写入磁盘）：请在 Word 或 WPS 中另存为 .docx"
    }


def test_rules_and_their_docs(api):
    rules = api.get("/api/rules").json()
    listed = run_cli("rules", "--format", "json")
    assert rules == json.loads(listed.stdout)
    explained = run_cli("explain", "NL107").stdout
    doc = api.get("/api/rules/nl107").json()
    assert doc["code"] == "NL107" and doc["family"] == "structure" and doc["doc"] in explained
    assert api.get("/api/rules/NL999").status_code == 404
    assert api.get("/api/rules", params={"lang": "en"}).json()[0]["summary"] != rules[0]["summary"]


# --- protections ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "host, allowed",
    [
        ("127.0.0.1:8765", True),
        ("localhost:8765", True),
        ("LOCALHOST:8765", True),
        ("[::1]:8765", True),
        ("127.0.0.1", True),
        ("review.office.example", True),
        ("review.office.example:443", True),
        ("intranet.example:8080", True),
        ("intranet.example:8081", False),
        ("evil.example", False),
        ("evil.example:8765", False),
        ("localhost:9999", False),
        ("127.0.0.1.evil.example", False),
        ("", False),
    ],
)
def test_a_host_that_does_not_name_this_server_gets_421(host, allowed):
    api = client(allowed_hosts=("review.office.example", "intranet.example:8080"))
    for response in (
        api.get("/", headers={"Host": host}),
        api.post("/api/check", content=COMPLETE.encode(), headers={**POST, "Host": host}),
    ):
        assert (response.status_code == 421) is not allowed, (host, response.status_code)
        if not allowed:
            assert response.json() == {"error": "主机名不属于本服务 / this Host is not served here"}


def test_the_bound_address_is_a_host_name_of_this_server():
    api = client(host="192.0.2.10", port=9000)
    assert api.get("/", headers={"Host": "192.0.2.10:9000"}).status_code == 200
    assert api.get("/", headers={"Host": "192.0.2.10:8765"}).status_code == 421


@pytest.mark.parametrize(
    "path", ["/api/check", "/api/fix", "/api/download", "/api/report", "/api/annotate", "/api/rules"]
)
@pytest.mark.parametrize("header", [None, "0", "true"])
def test_a_post_without_the_notelint_header_gets_403(api, path, header):
    headers = {} if header is None else {"X-Notelint": header}
    response = api.post(path, content=COMPLETE.encode(), headers=headers)
    assert response.status_code == 403
    assert response.json() == {"error": "请求缺少 X-Notelint: 1 头 / X-Notelint: 1 header missing"}


def test_a_body_over_the_limit_gets_413():
    api = client(max_bytes=1000)
    data = COMPLETE.encode()[:1000]
    assert api.post("/api/check", content=data, headers=POST).status_code == 200
    for path in ("/api/check", "/api/fix", "/api/download", "/api/report", "/api/annotate"):
        response = api.post(path, content=data + b"x", headers=POST)
        assert response.status_code == 413
        assert response.json() == {"error": "请求体超过 1000 字节的上限 / the body is over the limit of 1000 bytes"}


@pytest.fixture()
def live_server():
    """A real uvicorn server on a free port, its options changeable per test."""
    servers = []

    def start(**options) -> int:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        app = create_app(ServeOptions(port=port, **options))
        server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        servers.append((server, thread))
        deadline = time.monotonic() + 20
        while not server.started:
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.02)
        return port

    yield start
    for server, thread in servers:
        server.should_exit = True
        thread.join(10)


def raw_post(port: int, body: bytes, headers: str = "X-Notelint: 1\r\n") -> bytes:
    """POST ``body`` over a plain socket, sending every byte before reading the answer."""
    with socket.create_connection(("127.0.0.1", port), timeout=30) as connection:
        connection.sendall(
            (
                f"POST /api/check HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n{headers}"
                f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
            ).encode()
            + body
        )
        answer = b""
        while chunk := connection.recv(65536):
            answer += chunk
    return answer


def test_an_oversized_body_is_read_to_its_end_and_answered_413_on_a_real_socket(live_server):
    port = live_server(max_bytes=1000)
    answer = raw_post(port, b"x" * 8_000_000)  # a broken pipe here would raise
    assert answer.startswith(b"HTTP/1.1 413 ")
    assert "请求体超过 1000 字节的上限".encode() in answer
    refused = raw_post(port, b"x" * 2_000_000, headers="")  # the 403 is sent after the body too
    assert refused.startswith(b"HTTP/1.1 403 ")


def test_every_response_has_the_security_headers(api):
    responses = [
        api.get("/"),
        api.get("/static/app.js"),
        api.get("/api/info"),
        api.get("/nothing-here"),
        api.post("/api/check", content=b"x"),
        api.get("/", headers={"Host": "evil.example"}),
    ]
    for response in responses:
        headers = response.headers
        csp = headers["content-security-policy"]
        assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp and "unsafe-inline" not in csp
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["referrer-policy"] == "no-referrer"
    assert responses[2].headers["cache-control"] == "no-store"
    assert responses[1].headers["content-type"].split(";")[0] in ("text/javascript", "application/javascript")


def test_the_page_has_no_inline_script_or_style_and_builds_no_html_from_strings():
    static = Path(create_app.__code__.co_filename).parent / "static"
    page = (static / "index.html").read_text("utf-8")
    assert "<style" not in page and " style=" not in page and re.search(r"\son[a-z]+=", page) is None
    assert all('src="/static/' in tag for tag in page.split("<script")[1:])
    for script in static.glob("*.js"):
        code = script.read_text("utf-8")
        for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"):
            assert sink not in code, (script.name, sink)


def test_nothing_is_written_to_disk_while_answering(api, tmp_path, monkeypatch):
    """No temporary file (the temporary folder's listing is the same after the
    requests) and no file opened for writing at all while they run."""
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))
    assert tempfile.gettempdir() == str(temporary)
    check(api, astral_docx(), "warm-up.docx")  # python-docx and the parser imported, caches filled
    before = sorted(os.listdir(temporary))
    written = []
    real_open, real_os_open = builtins.open, os.open

    def spy_open(file, mode="r", *args, **kwargs):
        if any(flag in mode for flag in "wax+"):
            written.append(file)
        return real_open(file, mode, *args, **kwargs)

    def spy_os_open(path, flags, *args, **kwargs):
        if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
            written.append(path)
        return real_os_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", spy_open)
    monkeypatch.setattr(os, "open", spy_os_open)
    entry = check(api, astral_docx(), "通报.docx", view="1")
    check(api, ASTRAL_TEXT.encode("gb18030"), "通报.txt")
    fixed = fix(api, draft_of(entry), "all").json()
    assert api.post("/api/download", json={"draft": draft_of(fixed)}, headers=POST).status_code == 200
    assert api.post("/api/report", content=astral_docx(), headers={**POST, "X-Filename": "a.docx"}).status_code == 200
    assert (
        api.post("/api/annotate", content=ASTRAL_TEXT.encode(), headers={**POST, "X-Filename": "a.txt"}).status_code
        == 200
    )
    monkeypatch.undo()
    assert written == []
    assert sorted(os.listdir(temporary)) == before


# --- the command ------------------------------------------------------------------------------------------------


def test_serve_without_the_web_extra_says_how_to_install_it():
    hide = (
        "import sys; sys.modules['starlette'] = None; sys.modules['uvicorn'] = None; "
        "from notelint.cli import main; main(['serve'])"
    )
    run = subprocess.run([sys.executable, "-c", hide], capture_output=True, text=True, encoding="utf-8")
    assert run.returncode == 2
    assert run.stderr == 'notelint: serve 需要网页组件，请安装：pip install "notelint[web]"\n'


def test_checking_a_file_does_not_import_the_web_extra(tmp_path):
    command = [sys.executable, "-X", "importtime", "-m", "notelint", "check", str(EXAMPLES / "complete.txt")]
    run = subprocess.run(command, capture_output=True, text=True, env={**os.environ, "XDG_CACHE_HOME": str(tmp_path)})
    imported = {line.rsplit("|", 1)[-1].strip() for line in run.stderr.splitlines() if line.startswith("import time:")}
    assert run.returncode == 0 and "notelint.rules" in imported
    assert not {"starlette", "uvicorn", "notelint.web", "anyio"} & imported


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def started(server: subprocess.Popen, base: str):
    """The page, once ``notelint serve`` answers."""
    import httpx

    deadline = time.monotonic() + 60
    while True:
        try:
            return httpx.get(f"{base}/")
        except httpx.TransportError:
            assert server.poll() is None and time.monotonic() < deadline, "notelint serve did not start"
            time.sleep(0.1)


@pytest.mark.slow  # starts notelint serve, then a second one on the same port
def test_notelint_serve_serves_the_page_and_the_api(tmp_path):
    import httpx

    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "notelint", "serve", "--port", str(port), "--max-bytes", "5000"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    try:
        base = f"http://127.0.0.1:{port}"
        page = started(server, base)
        assert page.status_code == 200 and '<script type="module" src="/static/app.js">' in page.text
        name = "examples/defective-closing.txt"
        entry = httpx.post(
            f"{base}/api/check",
            content=(EXAMPLES / "defective-closing.txt").read_bytes(),
            headers={**POST, "X-Filename": name},
        ).json()
        assert entry == cli_json([name])[name]
        assert httpx.post(f"{base}/api/check", content=b"x" * 6000, headers=POST).status_code == 413
        # The port is taken now: a second server says so in one line.
        second = subprocess.run(
            [sys.executable, "-m", "notelint", "serve", "--port", str(port)],
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=60,
        )
        assert second.returncode == 2
        assert second.stderr.startswith(f"notelint: 无法监听 127.0.0.1:{port}：") and second.stderr.count("\n") == 1
    finally:
        server.terminate()
        server.wait(10)
    assert "http://127.0.0.1:" in server.stdout.read()


def test_a_body_is_counted_as_it_streams_and_read_to_its_end_when_over_the_limit():
    import asyncio

    from starlette.requests import Request

    from notelint.web.app import TooLarge, read_body

    chunks = [bytes([n]) * 1000 for n in range(100)]
    received = []

    async def receive():
        received.append(chunks[len(received)])
        return {"type": "http.request", "body": received[-1], "more_body": len(received) < len(chunks)}

    request = Request({"type": "http", "method": "POST", "headers": []}, receive)
    with pytest.raises(TooLarge):
        asyncio.run(read_body(request, 5000))
    assert len(received) == 100  # all of it read, so that the client can read the 413
    received.clear()
    assert asyncio.run(
        read_body(Request({"type": "http", "method": "POST", "headers": []}, receive), 100_000)
    ) == b"".join(chunks)


@pytest.mark.slow  # starts a server and its two worker processes
def test_serve_with_workers_hands_its_options_to_each_worker():
    import httpx

    port = free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "notelint",
            "serve",
            "--port",
            str(port),
            "--workers",
            "2",
            "--max-bytes",
            "5000",
            "--allowed-host",
            "review.office.example",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        assert started(server, base).status_code == 200
        assert httpx.get(f"{base}/", headers={"Host": "review.office.example"}).status_code == 200
        assert httpx.get(f"{base}/", headers={"Host": "evil.example"}).status_code == 421
        assert httpx.post(f"{base}/api/check", content=b"x" * 5001, headers=POST).status_code == 413
    finally:
        server.terminate()
        server.wait(20)
