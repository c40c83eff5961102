"""Reporters turn file results into output. Each format is a module with
``render(results, options) -> str``; they are imported only when chosen, so
printing JSON never pays for rich."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Sequence

from notelint.diagnostics import Applicability, Diagnostic, Severity
from notelint.engine import FileResult

FORMATS = {"full": "full", "concise": "concise", "json": "json_report", "sarif": "sarif", "github": "github"}


@dataclass(frozen=True)
class ReportOptions:
    lang: str = "zh"
    color: bool | None = None  # None: decide from the terminal and NO_COLOR


def render(format_name: str, results: Sequence[FileResult], options: ReportOptions) -> str:
    module = importlib.import_module(f"notelint.reporters.{FORMATS[format_name]}")
    return module.render(results, options)


def statistics(results: Sequence[FileResult], lang: str) -> str:
    """Counts per code, most frequent first, with the rule name and how many are fixable."""
    from collections import Counter

    counts: Counter = Counter()
    fixable: Counter = Counter()
    names = {}
    for result in results:
        for d in result.diagnostics:
            counts[d.code] += 1
            fixable[d.code] += is_fixable(d)
            names[d.code] = d.name
    width = max((len(str(n)) for n in counts.values()), default=1)
    marker = "[可修复]" if lang == "zh" else "[*]"
    lines = [f"{count:>{width}}  {code}  {names[code]:<32} "
             f"{f'{marker} {fixable[code]}' if fixable[code] else ''}".rstrip()
             for code, count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))]
    return "\n".join(lines) + ("\n" if lines else "")


def position(result: FileResult, offset: int) -> dict:
    line, column = result.source.position(offset)
    return {"line": line, "column": column, "offset": offset}


AUTOMATIC_NUMBER = {"zh": "（自动编号）", "en": " (automatic number)"}


def docx_location(diagnostic: Diagnostic) -> dict | None:
    """Where a diagnostic starts in a format without lines (a .docx paragraph
    and character, see ``Document.locate``; the engine records it); None for
    line-based text."""
    return diagnostic.extra.get("location")


def is_fixable(diagnostic: Diagnostic) -> bool:
    return diagnostic.fix is not None and diagnostic.fix.applicability is Applicability.SAFE


@dataclass(frozen=True)
class Summary:
    files: int
    unreadable: int
    by_severity: dict[str, int]
    fixable: int

    @property
    def total(self) -> int:
        return sum(self.by_severity.values())


def summarize(results: Sequence[FileResult]) -> Summary:
    counts = {severity.label: 0 for severity in sorted(Severity, reverse=True)}
    fixable = 0
    for result in results:
        for diagnostic in result.diagnostics:
            counts[diagnostic.severity.label] += 1
            fixable += is_fixable(diagnostic)
    return Summary(len(results), sum(1 for r in results if r.error), counts, fixable)


SEVERITY_NAMES = {"error": ("错误", "error"), "warning": ("警告", "warning"), "info": ("提示", "info")}


def summary_line(summary: Summary, lang: str) -> str:
    if summary.total == 0 and not summary.unreadable:
        return f"检查了 {summary.files} 个文件，没有发现问题。" if lang == "zh" else \
            f"Checked {summary.files} file(s): no problems found."
    index = 0 if lang == "zh" else 1
    parts = [f"{count} {SEVERITY_NAMES[label][index]}" if lang == "en" else f"{SEVERITY_NAMES[label][0]} {count} 个"
             for label, count in summary.by_severity.items() if count]
    if lang == "zh":
        text = f"共发现 {summary.total} 个问题（{'，'.join(parts)}）" if parts else "没有发现问题"
        if summary.fixable:
            text += f"，其中 {summary.fixable} 个可用 --fix 自动修复"
        if summary.unreadable:
            text += f"；{summary.unreadable} 个文件无法读取"
        return text + "。"
    text = f"Found {summary.total} problem(s)" + (f" ({', '.join(parts)})" if parts else "")
    if summary.fixable:
        text += f"; {summary.fixable} fixable with --fix"
    if summary.unreadable:
        text += f"; {summary.unreadable} file(s) could not be read"
    return text + "."
