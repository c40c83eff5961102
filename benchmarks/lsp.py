"""The language server's latency: from a didChange to the publishDiagnostics
for that version, on a 45 KB notice. Not part of the test suite.

    python benchmarks/lsp.py            # 40 changes; rewrites its section of RESULTS.md
    python benchmarks/lsp.py --quick    # 10 changes, prints only

It starts ``notelint server`` with the interpreter running this script and
speaks raw JSON-RPC to it over stdio, as an editor does (UTF-16 positions,
the encoding every client supports, so the conversions are measured too). The
notice is the largest real one (``real-02``, read at run time from the corpus
folder, see ``corpus.py``; never copied into the repository), or, without the
corpus, the project's examples repeated to the same size. Each change
alternates between two texts that differ by one punctuation mark, so that every
change is linted in full and its findings change. The time includes the
server's debounce (the wait for a following keystroke), as an editor sees it.
Between those changes the same is done to a small notice (examples/complete.txt),
whose time is mostly the server's own.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import queue
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "RESULTS.md"
START, END = "<!-- lsp:start -->", "<!-- lsp:end -->"
NOTICE = "real-02-quanzhou-sasac-2023.txt"
SIZE = 45_000  # bytes of UTF-8, the size of that notice
TARGET_MS = 50
WORK = corpus.WORK / "lsp"  # outside the repository: no project config applies
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def notice_text() -> tuple[str, str]:
    """The notice and where it came from."""
    folder = Path(os.environ.get("NOTELINT_CORPUS") or ROOT.parent / "shared" / "corpus")
    if (folder / NOTICE).is_file():
        return (folder / NOTICE).read_text(encoding="utf-8"), NOTICE
    examples = sorted((ROOT / "examples").glob("*.txt"))
    text = ""
    while len(text.encode("utf-8")) < SIZE:
        text += "\n".join(path.read_text(encoding="utf-8") for path in examples)
    return text, "the examples, repeated"


class Connection:
    """JSON-RPC over a child's stdin and stdout; messages read by a thread and
    stamped with the time they arrived."""

    def __init__(self, command: list[str]) -> None:
        # Started outside the checkout: `python -m notelint` there would import the source tree, not the install.
        self.process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=ENV, cwd=WORK)
        self.arrived: queue.Queue = queue.Queue()
        self.next_id = 0
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        stream = self.process.stdout
        while True:
            length = None
            while True:
                line = stream.readline()
                if not line:
                    return
                if line in (b"\r\n", b"\n"):
                    break
                name, _, value = line.decode("ascii").partition(":")
                if name.lower() == "content-length":
                    length = int(value)
            message = json.loads(stream.read(length))
            self.arrived.put((time.perf_counter(), message))

    def send(self, method: str, params, request: bool = False) -> float:
        message = {"jsonrpc": "2.0", "method": method, "params": params}
        if request:
            self.next_id += 1
            message["id"] = self.next_id
        body = json.dumps(message, ensure_ascii=False).encode("utf-8")
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()
        return time.perf_counter()

    def wait(self, accept, timeout: float = 60) -> tuple[float, dict]:
        deadline = time.monotonic() + timeout
        while True:
            arrived, message = self.arrived.get(timeout=max(0.0, deadline - time.monotonic()))
            if accept(message):
                return arrived, message

    def close(self) -> None:
        self.send("shutdown", None, request=True)
        self.wait(lambda m: m.get("id") == self.next_id)
        self.send("exit", None)
        self.process.wait(timeout=30)


def measure(changes: int) -> tuple[list[float], dict]:
    """Round trips for the notice and, in between, for a small one (examples/complete.txt): the
    small one's time is what the server costs beyond the lint (the debounce included)."""
    text, origin = notice_text()
    small = (ROOT / "examples" / "complete.txt").read_text(encoding="utf-8")
    WORK.mkdir(parents=True, exist_ok=True)
    server = Connection([sys.executable, "-m", "notelint", "server"])
    server.send(
        "initialize",
        {
            "processId": os.getpid(),
            "rootUri": WORK.as_uri(),
            "capabilities": {"general": {"positionEncodings": ["utf-16"]}},
        },
        request=True,
    )
    server.wait(lambda m: m.get("id") == 1)
    server.send("initialized", {})

    def round_trip(uri: str, version: int, changed: str) -> float:
        sent = server.send(
            "textDocument/didChange",
            {"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": changed}]},
        )
        arrived, _ = server.wait(published(uri, version))
        return arrived - sent

    opened = {}
    for name, body in (("notice.txt", text), ("small.txt", small)):
        uri = (WORK / name).as_uri()
        started = server.send(
            "textDocument/didOpen",
            {"textDocument": {"uri": uri, "languageId": "plaintext", "version": 1, "text": body}},
        )
        arrived, message = server.wait(published(uri, 1))
        opened[name] = (uri, arrived - started, len(message["params"]["diagnostics"]))
    notice_uri, small_uri = opened["notice.txt"][0], opened["small.txt"][0]
    samples, small_samples, cpu = [], [], 0.0
    for version in range(2, changes + 2):
        before = cpu_seconds(server.process.pid)
        samples.append(round_trip(notice_uri, version, one_mark_changed(text) if version % 2 else text))
        after = cpu_seconds(server.process.pid)
        cpu = None if before is None else cpu + after - before
        small_samples.append(round_trip(small_uri, version, one_mark_changed(small) if version % 2 else small))
    server.close()
    return samples, {
        "origin": origin,
        "kb": len(text.encode("utf-8")) / 1000,
        "findings": opened["notice.txt"][2],
        "open_ms": opened["notice.txt"][1] * 1000,
        "small_ms": statistics.median(small_samples) * 1000,
        "small_kb": len(small.encode("utf-8")) / 1000,
        "load": os.getloadavg()[0],
        "cpu_ms": None if cpu is None else cpu / changes * 1000,
    }


def one_mark_changed(text: str) -> str:
    """The text with its first full-width comma (or, without one, full stop) made
    half-width: a different text, with a finding more. real-02 has no full-width
    comma: replacing only "，" sent the same text every time, which the server
    now answers from the findings it kept, without linting."""
    mark = "，" if "，" in text else "。"
    changed = text.replace(mark, {"，": ",", "。": "."}[mark], 1)
    if changed == text:
        raise SystemExit("the notice has neither a full-width comma nor a full stop to change")
    return changed


def published(uri: str, version: int):
    return lambda m: (
        m.get("method") == "textDocument/publishDiagnostics"
        and m["params"]["uri"] == uri
        and m["params"].get("version") == version
    )


def cpu_seconds(pid: int) -> float | None:
    """The CPU time a process has used (Linux): unlike wall time, it does not grow when
    other programs keep the cores busy."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rpartition(")")[2].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


def report(samples: list[float], facts: dict) -> str:
    from notelint import __version__

    median = statistics.median(samples) * 1000
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT
    ).stdout.strip()
    return "\n".join(
        [
            START,
            "",
            f"`python benchmarks/lsp.py`, {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC, "
            f"notelint {__version__} at {commit or 'an unknown commit'}, CPython {platform.python_version()}, "
            f"{os.cpu_count()} cores.",
            "",
            "| | |",
            "|---|---|",
            f"| notice | {facts['origin']}, {facts['kb']:.0f} KB, {facts['findings']} findings |",
            f"| didChange → publishDiagnostics, median of {len(samples)} | **{median:.1f} ms** "
            f"(target ≤ {TARGET_MS} ms: {'met' if median <= TARGET_MS else 'missed'}) |",
            f"| fastest, slowest | {min(samples) * 1000:.1f} ms, {max(samples) * 1000:.1f} ms |",
            f"| the same for examples/complete.txt ({facts['small_kb']:.0f} KB, a short lint: mostly the server's "
            f"own cost, debounce included) | {facts['small_ms']:.1f} ms |",
            f"| the server's CPU time per change (mean) | "
            f"{'n/a' if facts['cpu_ms'] is None else format(facts['cpu_ms'], '.1f') + ' ms'} |",
            f"| load average during the run (1 min) | {facts['load']:.1f} |",
            f"| didOpen → first publishDiagnostics of the notice (the rules loaded first) | {facts['open_ms']:.0f} ms |",
            "",
            END,
        ]
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="10 changes; print, write nothing")
    args = parser.parse_args()
    samples, facts = measure(10 if args.quick else 40)
    section = report(samples, facts)
    print(section)
    if args.quick:
        return
    results = RESULTS.read_text(encoding="utf-8")
    if START in results:
        before, _, rest = results.partition(START)
        results = before + section + rest.partition(END)[2]
    else:
        results = results.rstrip("\n") + "\n\n## Language server\n\n" + section + "\n"
    RESULTS.write_text(results, encoding="utf-8")


if __name__ == "__main__":
    main()
