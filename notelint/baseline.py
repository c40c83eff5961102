"""Baselines: accept today's findings without touching the draft.

A finding is keyed by its file, its code and the text it sits on, not by its
line number, so it survives edits elsewhere in the file. A zero-width finding
(a missing part, such as NL107's 公开期限) sits on no text: it is keyed by its
message, which names what is missing, so fixing the line it happens to be
reported on (as another rule asks) does not bring it back. Counts make
repeated identical findings match one for one.

The file is UTF-8 JSON, one entry a line, so that a review reads it in a
diff. Version 1 files (zero-width findings keyed by their line's text) are
still read."""

from __future__ import annotations

import json
import os
from collections import Counter

from notelint.source import InputError

VERSION = 2
READABLE_VERSIONS = (1, 2)


def finding_key(result, diagnostic, version: int = VERSION) -> tuple[str, str, str]:
    """(code, text, message): the text for a finding on text, the message (and no text) for a zero-width one."""
    text = result.source.text[diagnostic.start : diagnostic.end]
    if text.strip():
        return diagnostic.code, text, ""
    if version == 1:
        return diagnostic.code, result.source.line_text(result.source.position(diagnostic.start)[0]), ""
    return diagnostic.code, "", diagnostic.message


def _file_key(path: str, folder: str) -> str:
    return os.path.relpath(os.path.abspath(path), folder).replace(os.sep, "/")


def _entry(key: tuple[str, str, str], count: int) -> str:
    code, text, message = key
    entry = {"code": code, "text": text, "count": count} if text else {"code": code, "message": message, "count": count}
    return json.dumps(entry, ensure_ascii=False)


def write(baseline_path: str, results) -> int:
    folder = os.path.dirname(os.path.abspath(baseline_path))
    files: dict[str, list[str]] = {}
    total = 0
    for result in results:
        if result.error or not result.diagnostics:
            continue
        counts = Counter(finding_key(result, d) for d in result.diagnostics)
        files[_file_key(result.path, folder)] = [_entry(key, n) for key, n in sorted(counts.items())]
        total += sum(counts.values())
    blocks = [
        f"  {json.dumps(name, ensure_ascii=False)}: [\n" + ",\n".join(f"   {e}" for e in entries) + "\n  ]"
        for name, entries in sorted(files.items())
    ]
    body = "{\n" + ",\n".join(blocks) + "\n }" if blocks else "{}"
    with open(baseline_path, "w", encoding="utf-8") as file:
        file.write(f'{{\n "version": {VERSION},\n "tool": "notelint",\n "files": {body}\n}}\n')
    return total


def _key_of(entry, version: int) -> tuple[tuple[str, str, str], int]:
    if version == 1:
        code, text, count = entry
        return (code, text, ""), count
    return (entry["code"], entry.get("text", ""), entry.get("message", "")), entry["count"]


class Baseline:
    def __init__(self, path: str):
        self.folder = os.path.dirname(os.path.abspath(path))
        try:
            with open(path, encoding="utf-8") as file:
                document = json.load(file)
            self.version = document.get("version")
            if self.version not in READABLE_VERSIONS:
                raise ValueError(f"unsupported version {self.version!r}")
            self.files = {
                name: Counter(dict(_key_of(entry, self.version) for entry in entries))
                for name, entries in document["files"].items()
            }
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise InputError(f"无法读取基线文件 {path}：{exc}", f"cannot read baseline {path}: {exc}") from None

    def filter(self, result) -> None:
        """Drop the findings the baseline accepts; count them on the result."""
        remaining = Counter(self.files.get(_file_key(result.path, self.folder), Counter()))
        kept = []
        for diagnostic in result.diagnostics:
            key = finding_key(result, diagnostic, self.version)
            if remaining[key] > 0:
                remaining[key] -= 1
                result.baseline_matched += 1
            else:
                kept.append(diagnostic)
        result.diagnostics = kept
