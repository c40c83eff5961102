"""The review page's latency (``notelint serve``) on a 45 KB notice, over HTTP.
Not part of the test suite.

    python benchmarks/web.py [--rounds 20]

Starts ``notelint serve`` on a free local port with the interpreter running
this script and sends what the page sends, each round: an upload of a text it has not
seen (``/api/check?view=1``), the same upload again, one finding's fix
(``/api/fix`` with the text the last answer gave) and a fix of everything; prints the median and range of each
request's time, client to client. The notice is the same as benchmarks/lsp.py's.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent))

from lsp import ENV, notice_text, one_mark_changed

HEADERS = {"X-Notelint": "1"}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def post(url: str, body: bytes, headers: dict[str, str]) -> tuple[float, dict]:
    request = urllib.request.Request(url, data=body, headers={**HEADERS, **headers}, method="POST")
    started = time.perf_counter()
    with urllib.request.urlopen(request) as response:
        answer = json.loads(response.read())
    return time.perf_counter() - started, answer


def draft_of(entry: dict) -> dict:
    return {key: entry[key] for key in ("path", "text", "encoding", "bom", "writable")}


def first_safe_fix(entry: dict) -> dict | None:
    for d in entry["diagnostics"]:
        if d["fix"] and d["fix"]["applicability"] == "safe":
            return {"code": d["code"], "start": d["range"]["start"]["offset"], "end": d["range"]["end"]["offset"]}
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    text, origin = notice_text()
    data = text.encode("utf-8")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    command = [sys.executable, "-m", "notelint", "serve", "--port", str(port)]
    server = subprocess.Popen(command, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"{base}/api/info").close()
                break
            except OSError:
                time.sleep(0.1)
        times: dict[str, list[float]] = {
            "upload": [],
            "the same upload again": [],
            "fix one finding": [],
            "fix all": [],
        }
        name = {"X-Filename": quote("notice.txt")}
        for round_number in range(args.rounds):
            # Each round a text the server has not seen, so that the upload is linted.
            upload = (one_mark_changed(text) if round_number % 2 else text).encode("utf-8")
            upload += b"\n" * round_number
            elapsed, entry = post(f"{base}/api/check?view=1", upload, name)
            times["upload"].append(elapsed)
            elapsed, entry = post(f"{base}/api/check?view=1", upload, name)
            times["the same upload again"].append(elapsed)
            target = first_safe_fix(entry)
            if target is not None:
                body = json.dumps({"draft": draft_of(entry), "fix": target}).encode()
                elapsed, _ = post(f"{base}/api/fix", body, {"Content-Type": "application/json"})
                times["fix one finding"].append(elapsed)
            body = json.dumps({"draft": draft_of(entry), "fix": "all"}).encode()
            elapsed, _ = post(f"{base}/api/fix", body, {"Content-Type": "application/json"})
            times["fix all"].append(elapsed)
    finally:
        server.terminate()
        server.wait()
    print(f"{origin}, {len(data) // 1000} KB, {args.rounds} rounds; load average {os.getloadavg()[0]:.1f}")
    for label, samples in times.items():
        if samples:
            print(
                f"| {label} | median {statistics.median(samples) * 1000:.1f} ms "
                f"| {min(samples) * 1000:.1f}–{max(samples) * 1000:.1f} ms |"
            )


if __name__ == "__main__":
    main()
