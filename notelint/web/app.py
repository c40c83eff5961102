"""The review page's HTTP side: the page's files, the JSON API (docs/api.md)
and the protections every request passes first.

Protections, in the order they apply (see :class:`Guard`):

- a Host header that does not name this server gets 421, so that a web page
  whose domain was rebound to this machine's address cannot read anything;
- a request other than GET or HEAD without ``X-Notelint: 1`` gets 403: a
  cross-site form cannot set a header, and a cross-site script that tried
  would need a CORS preflight this server never answers;
- a body over the limit gets 413, after the rest of it was read and thrown
  away, so that the client reads the answer instead of a broken pipe;
- every response carries a strict Content-Security-Policy and friends.

Bodies are counted as they stream in and never held beyond the limit; they
are raw bytes, not multipart forms, so nothing is spooled to disk.
"""

from __future__ import annotations

import json
import os
from collections.abc import Awaitable, Callable
from typing import Any, NamedTuple
from urllib.parse import quote, unquote

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import Headers
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from notelint import __version__
from notelint.web.drafts import (
    LANGS,
    REPORT_FORMATS,
    Draft,
    DraftError,
    Reviewer,
    base_name,
    entry,
    page_entry,
    rule_entry,
)

STATIC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "static")
DEFAULT_PORT = 8765
DEFAULT_MAX_BYTES = 10_000_000  # 10 MB
LOCAL_NAMES = ("localhost", "127.0.0.1", "[::1]")
MAX_FILENAME = 1000
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

SECURITY_HEADERS = [
    (
        b"content-security-policy",
        b"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; "
        b"connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    ),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
]
NO_STORE = (b"cache-control", b"no-store")


class ServeOptions(NamedTuple):
    host: str = "127.0.0.1"
    port: int = DEFAULT_PORT
    max_bytes: int = DEFAULT_MAX_BYTES
    allowed_hosts: tuple[str, ...] = ()
    config_file: str | None = None

    def to_environment(self) -> str:
        return json.dumps(self._asdict())

    @classmethod
    def from_environment(cls, text: str) -> ServeOptions:
        values = json.loads(text)
        values["allowed_hosts"] = tuple(values["allowed_hosts"])
        return cls(**values)


ENVIRONMENT_KEY = "NOTELINT_SERVE_OPTIONS"  # how `notelint serve --workers N` hands its options to each worker


def _bilingual(zh: str, en: str) -> dict:
    return {"error": f"{zh} / {en}"}


class HostCheck:
    """Which Host headers name this server: the bound address and the local
    names, on the bound port (or none: a proxy on port 80), and each
    ``--allowed-host`` value (``name`` on any port, ``name:port`` exactly)."""

    def __init__(self, options: ServeOptions) -> None:
        names = set(LOCAL_NAMES)
        if options.host not in ("0.0.0.0", "::", ""):
            names.add(f"[{options.host}]" if ":" in options.host else options.host)
        self.exact = {name.lower() for name in names} | {f"{name}:{options.port}".lower() for name in names}
        self.any_port: set[str] = set()
        for value in options.allowed_hosts:
            value = value.strip().lower()
            (self.exact if _split_port(value)[1] is not None else self.any_port).add(value)

    def allows(self, host: str | None) -> bool:
        if not host:
            return False
        host = host.strip().lower()
        return host in self.exact or _split_port(host)[0] in self.any_port


def _split_port(host: str) -> tuple[str, str | None]:
    name, colon, port = host.rpartition(":")
    if colon and port.isdigit() and (not name.startswith("[") or name.endswith("]")):
        return name, port
    return host, None


async def _drain(receive) -> None:
    """Read the rest of the request body and throw it away."""
    while True:
        message = await receive()
        if message["type"] != "http.request" or not message.get("more_body", False):
            return


class Guard:
    """ASGI middleware: the Host and header checks, and the security headers on every response."""

    def __init__(self, app, options: ServeOptions) -> None:
        self.app = app
        self.hosts = HostCheck(options)

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_secured(message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", [])) + SECURITY_HEADERS
                if scope["path"].startswith("/api/"):
                    headers.append(NO_STORE)
                message = {**message, "headers": headers}
            await send(message)

        headers = Headers(scope=scope)
        refusal = None
        if not self.hosts.allows(headers.get("host")):
            refusal = JSONResponse(_bilingual("主机名不属于本服务", "this Host is not served here"), 421)
        elif scope["method"] not in ("GET", "HEAD") and headers.get("x-notelint") != "1":
            refusal = JSONResponse(_bilingual("请求缺少 X-Notelint: 1 头", "X-Notelint: 1 header missing"), 403)
        if refusal is not None:
            await _drain(receive)
            await refusal(scope, receive, send_secured)
            return
        await self.app(scope, receive, send_secured)


class TooLarge(Exception):
    pass


async def read_body(request: Request, limit: int) -> bytes:
    """The body, counted as it streams in; over ``limit`` the rest is read
    and dropped, and :class:`TooLarge` raised."""
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size <= limit:
            chunks.append(chunk)
        elif chunks:
            chunks = []  # over the limit: keep reading, keep nothing
    if size > limit:
        raise TooLarge
    return b"".join(chunks)


def _lang(request: Request) -> str:
    lang = request.query_params.get("lang", "zh")
    if lang not in LANGS:
        raise DraftError(f"未知的语言：{lang}（zh 或 en）", f"unknown lang: {lang} (zh or en)")
    return lang


def _filename(request: Request) -> str:
    """The X-Filename header: percent-encoded UTF-8 (never used to open a file)."""
    raw = request.headers.get("x-filename")
    if raw is None or raw == "":
        return "draft.txt"
    try:
        if not raw.isascii():
            raise ValueError
        name = unquote(raw, errors="strict")
    except (ValueError, UnicodeDecodeError):
        raise DraftError("X-Filename 应为百分号编码的 UTF-8", "X-Filename must be percent-encoded UTF-8") from None
    if len(name) > MAX_FILENAME or not name.isprintable():
        raise DraftError("X-Filename 过长或含有控制字符", "X-Filename is too long or holds control characters")
    return name


def _attachment(name: str) -> str:
    fallback = "".join(c if c.isascii() and (c.isalnum() or c in "._-") else "_" for c in name) or "download"
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(name, safe='')}"


def create_app(options: ServeOptions) -> Guard:
    reviewer = Reviewer(options.config_file)
    limit = options.max_bytes

    async def body_json(request: Request) -> dict:
        try:
            value = json.loads(await read_body(request, limit))
        except (ValueError, UnicodeDecodeError):
            raise DraftError("请求体不是 JSON", "the body is not JSON") from None
        if not isinstance(value, dict):
            raise DraftError("请求体应为 JSON 对象", "the body must be a JSON object")
        return value

    async def index(request: Request) -> Response:
        return FileResponse(os.path.join(STATIC, "index.html"), media_type="text/html; charset=utf-8")

    async def info(request: Request) -> Response:
        return JSONResponse(
            {
                "name": "notelint",
                "version": __version__,
                "max_bytes": limit,
                "report_formats": list(REPORT_FORMATS),
                "annotate": True,
            }
        )

    async def rules(request: Request) -> Response:
        lang = _lang(request)
        return JSONResponse([rule_entry(rule, lang) for rule in reviewer.registry.values()])

    async def explain(request: Request) -> Response:
        lang = _lang(request)
        rule = reviewer.registry.get(request.path_params["code"].upper())
        if rule is None:
            return JSONResponse({"error": "未知的规则代码" if lang == "zh" else "unknown rule code"}, 404)
        return JSONResponse(rule_entry(rule, lang, with_doc=True))

    # Each POST reads its body before anything may refuse it: an answer sent
    # while the client is still sending would reach it as a broken pipe.
    # Linting runs in a thread, so that the event loop goes on reading other uploads meanwhile.
    async def check(request: Request) -> Response:
        data = await read_body(request, limit)
        lang, name = _lang(request), _filename(request)
        result = await run_in_threadpool(reviewer.check, name, data, lang)
        if request.query_params.get("view") == "1" and result.document is not None:
            return JSONResponse(page_entry(result, lang, result.document.writable, result.document.source.bom))
        return JSONResponse(entry(result, lang))

    async def fix(request: Request) -> Response:
        body = await body_json(request)
        lang = _lang(request)
        draft = Draft.from_json(body.get("draft"), reviewer.encodings)
        chosen = body.get("fix")
        target = None
        if isinstance(chosen, dict):
            code, start, end = chosen.get("code"), chosen.get("start"), chosen.get("end")
            if not (isinstance(code, str) and type(start) is int and type(end) is int):
                raise DraftError("fix 应为 {code, start, end}", "fix must be {code, start, end}")
            target = (code, start, end)
        elif chosen not in (None, "all"):
            raise DraftError(
                'fix 应为 "all"、{code, start, end} 或省略', 'fix must be "all", {code, start, end} or left out'
            )
        new_draft, result = await run_in_threadpool(reviewer.fix, draft, lang, target, chosen == "all")
        found = page_entry(result, lang, new_draft.writable, new_draft.bom)
        found["fixed"] = result.fixed
        return JSONResponse(found)

    async def download(request: Request) -> Response:
        draft = Draft.from_json((await body_json(request)).get("draft"), reviewer.encodings)
        name = draft.download_name()
        content_type = "text/markdown" if name.lower().endswith((".md", ".markdown")) else "text/plain"
        return Response(
            draft.to_bytes(),
            media_type=f"{content_type}; charset={draft.encoding}",
            headers={"content-disposition": _attachment(name)},
        )

    async def report(request: Request) -> Response:
        data = await read_body(request, limit)
        lang, name = _lang(request), _filename(request)
        report_format = request.query_params.get("format", "json")
        if report_format not in REPORT_FORMATS:
            raise DraftError(f"未知的报告格式：{report_format}", f"unknown report format: {report_format}")
        text = await run_in_threadpool(reviewer.report, name, data, report_format, lang)
        media = "application/json" if report_format in ("json", "sarif") else "text/plain; charset=utf-8"
        file_name = f"{base_name(name)}.notelint{REPORT_FORMATS[report_format]}"
        return Response(text.encode("utf-8"), media_type=media, headers={"content-disposition": _attachment(file_name)})

    async def annotate(request: Request) -> Response:
        data = await read_body(request, limit)
        lang, name = _lang(request), _filename(request)
        docx = await run_in_threadpool(reviewer.annotate, name, data, lang)
        file_name = base_name(name).rsplit(".", 1)[0] + ".notelint.docx"  # as `notelint annotate` names it
        return Response(docx, media_type=DOCX_TYPE, headers={"content-disposition": _attachment(file_name)})

    def draft_error(request: Request, exc: DraftError) -> Response:
        lang = request.query_params.get("lang")
        return JSONResponse({"error": exc.message(lang if lang in LANGS else "zh")}, exc.status)

    def too_large(request: Request, exc: TooLarge) -> Response:
        return JSONResponse(
            _bilingual(f"请求体超过 {limit} 字节的上限", f"the body is over the limit of {limit} bytes"), 413
        )

    routes = [
        Route("/", index),
        Route("/api/info", info),
        Route("/api/rules", rules),
        Route("/api/rules/{code}", explain),
        Route("/api/check", check, methods=["POST"]),
        Route("/api/fix", fix, methods=["POST"]),
        Route("/api/download", download, methods=["POST"]),
        Route("/api/report", report, methods=["POST"]),
        Route("/api/annotate", annotate, methods=["POST"]),
        Mount("/static", StaticFiles(directory=STATIC), name="static"),
    ]
    handlers: dict[Any, Callable[[Request, Any], Response | Awaitable[Response]]] = {
        DraftError: draft_error,
        TooLarge: too_large,
    }
    return Guard(Starlette(routes=routes, exception_handlers=handlers), options)


def app_from_environment() -> Guard:
    """The app of one worker of ``notelint serve --workers N`` (uvicorn's factory)."""
    return create_app(ServeOptions.from_environment(os.environ[ENVIRONMENT_KEY]))
