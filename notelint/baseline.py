"""Baselines: accept today's findings without touching the draft.

A finding is keyed by its file, its code and the text it sits on (the line
it is on, for a zero-width finding such as a missing part), not by its line
number, so it survives edits elsewhere in the file. Counts make repeated
identical findings match one for one."""

from __future__ import annotations

import json
import os
from collections import Counter

from notelint.source import InputError

VERSION = 1


def finding_key(result, diagnostic) -> tuple[str, str]:
    text = result.source.text[diagnostic.start:diagnostic.end]
    if not text.strip():
        text = result.source.line_text(result.source.position(diagnostic.start)[0])
    return diagnostic.code, text


def _file_key(path: str, folder: str) -> str:
    return os.path.relpath(os.path.abspath(path), folder).replace(os.sep, "/")


def write(baseline_path: str, results) -> int:
    folder = os.path.dirname(os.path.abspath(baseline_path))
    files: dict[str, list] = {}
    total = 0
    for result in results:
        if result.error or not result.diagnostics:
            continue
        counts = Counter(finding_key(result, d) for d in result.diagnostics)
        files[_file_key(result.path, folder)] = [[code, text, n] for (code, text), n in sorted(counts.items())]
        total += sum(counts.values())
    document = {"version": VERSION, "tool": "notelint", "files": files}
    with open(baseline_path, "w", encoding="utf-8") as file:
        file.write(json.dumps(document, ensure_ascii=False, indent=1) + "\n")
    return total


class Baseline:
    def __init__(self, path: str):
        self.folder = os.path.dirname(os.path.abspath(path))
        try:
            with open(path, encoding="utf-8") as file:
                document = json.load(file)
            if document.get("version") != VERSION:
                raise ValueError(f"unsupported version {document.get('version')!r}")
            self.files = {name: Counter({(code, text): n for code, text, n in entries})
                          for name, entries in document["files"].items()}
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise InputError(f"无法读取基线文件 {path}：{exc}", f"cannot read baseline {path}: {exc}") from None

    def filter(self, result) -> None:
        """Drop the findings the baseline accepts; count them on the result."""
        remaining = Counter(self.files.get(_file_key(result.path, self.folder), Counter()))
        kept = []
        for diagnostic in result.diagnostics:
            key = finding_key(result, diagnostic)
            if remaining[key] > 0:
                remaining[key] -= 1
                result.baseline_matched += 1
            else:
                kept.append(diagnostic)
        result.diagnostics = kept
