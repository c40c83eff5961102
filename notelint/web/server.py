"""``notelint serve``: check the address is free, then run uvicorn."""

from __future__ import annotations

import os
import socket
import sys

from notelint.web.app import ENVIRONMENT_KEY, ServeOptions, app_from_environment, create_app


def _address_in_use(host: str, port: int) -> str | None:
    """Why ``host:port`` cannot be bound, or None. Checked first so that a
    taken port is one line, not uvicorn's log and exit."""
    try:
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind((host, port))
    except OSError as exc:
        return exc.strerror or str(exc)
    return None


def serve(options: ServeOptions, workers: int = 1) -> int:
    import uvicorn

    from notelint.config import ConfigError
    from notelint.rules import RegistryError

    problem = _address_in_use(options.host, options.port)
    if problem:
        print(f"notelint: 无法监听 {options.host}:{options.port}：{problem}", file=sys.stderr)
        return 2
    shown = f"[{options.host}]" if ":" in options.host else options.host
    print(f"notelint 审阅页面 / review page: http://{shown}:{options.port}/  （Ctrl+C 停止 / to stop）")
    if options.host in ("0.0.0.0", "::") and not options.allowed_hosts:
        print(
            "notelint: 提示：其他电脑访问时使用的主机名须用 --allowed-host 列出，否则得到 421 / "
            "hint: list the name other machines use with --allowed-host, or they get 421",
            file=sys.stderr,
        )
    try:
        if workers > 1:
            # Each worker process builds its own app from the options in its environment.
            os.environ[ENVIRONMENT_KEY] = options.to_environment()
            app_from_environment()  # a bad config stops here, once, not in every worker
            uvicorn.run(
                "notelint.web.app:app_from_environment",
                factory=True,
                host=options.host,
                port=options.port,
                workers=workers,
                log_level="info",
            )
        else:
            uvicorn.run(create_app(options), host=options.host, port=options.port, log_level="info")
    except (ConfigError, RegistryError) as exc:
        print(f"notelint: {exc}", file=sys.stderr)
        return 2
    return 0
