"""The command line: ``notelint check``, ``notelint rules``, ``notelint explain``.

Exit codes, the same in every format: 0 nothing at or above the fail level,
1 something is, 2 a usage, input or internal failure (any file that could not
be read makes the run exit 2, after every other file was linted).
"""

from __future__ import annotations

import enum
import sys
from pathlib import Path
from typing import List, Optional

import typer

from notelint import __version__

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="notelint：巡视巡察整改进展情况通报的合规检查工具 / a linter for rectification progress notices")

EXIT_CLEAN, EXIT_FINDINGS, EXIT_FAILURE = 0, 1, 2


class OutputFormat(str, enum.Enum):
    full = "full"
    concise = "concise"
    json = "json"


class Lang(str, enum.Enum):
    zh = "zh"
    en = "en"


class FailOn(str, enum.Enum):
    error = "error"
    warning = "warning"


class ListFormat(str, enum.Enum):
    text = "text"
    json = "json"


def _fail(message: str) -> "typer.Exit":
    typer.echo(f"notelint: {message}", err=True)
    return typer.Exit(EXIT_FAILURE)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"notelint {__version__}")
        raise typer.Exit()


@app.callback()
def _main(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                       help="Print the version and exit.")) -> None:
    """notelint：巡视巡察整改进展情况通报的合规检查工具。"""


@app.command()
def check(
    paths: List[str] = typer.Argument(..., help="Files or folders (folders: every .txt and .md inside)."),
    output_format: OutputFormat = typer.Option(OutputFormat.full, "--format", help="Output format."),
    lang: Lang = typer.Option(Lang.zh, "--lang", help="Language of messages."),
    fail_on: FailOn = typer.Option(FailOn.error, "--fail-on", help="Lowest severity that makes the exit code 1."),
    encoding: Optional[str] = typer.Option(None, "--encoding", help="Decode files with this encoding."),
    select: Optional[str] = typer.Option(None, "--select", help="Only these rules (codes or prefixes, comma-separated)."),
) -> None:
    """检查通报草稿 / lint notices."""
    from notelint.diagnostics import Severity
    from notelint.engine import Linter, Settings, discover
    from notelint.reporters import ReportOptions, render
    from notelint.rules import RegistryError, load_rules

    try:
        registry = load_rules()
    except RegistryError as exc:
        raise _fail(str(exc))
    selected = None
    if select:
        prefixes = tuple(p.strip().upper() for p in select.split(",") if p.strip())
        unknown = [p for p in prefixes if not any(code.startswith(p) for code in registry)]
        if unknown:
            raise _fail(f"--select: unknown rule code {', '.join(unknown)}")
        selected = frozenset(code for code in registry if code.startswith(prefixes))
    missing = [p for p in paths if not Path(p).exists()]
    if missing:
        raise _fail(f"no such file or folder: {', '.join(missing)}")
    linter = Linter(Settings(lang=lang.value, encoding=encoding, select=selected), registry)
    results = [linter.lint_file(path) for path in discover(paths)]
    sys.stdout.write(render(output_format.value, results, ReportOptions(lang=lang.value)))
    threshold = Severity.parse(fail_on.value)
    if any(result.error for result in results):
        raise typer.Exit(EXIT_FAILURE)
    if any(d.severity >= threshold for result in results for d in result.diagnostics):
        raise typer.Exit(EXIT_FINDINGS)


@app.command("rules")
def list_rules(output_format: ListFormat = typer.Option(ListFormat.text, "--format", help="text or json.")) -> None:
    """列出全部规则 / list every rule."""
    import json

    from notelint.rules import RegistryError, load_rules

    try:
        registry = load_rules()
    except RegistryError as exc:
        raise _fail(str(exc))
    rows = [{"code": code, "name": rule.name, "severity": rule.severity.label,
             "fix": rule.fix.value if rule.fix else None, "family": rule.family(), "summary": rule.summary()}
            for code, rule in registry.items()]
    if output_format is ListFormat.json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    for row in rows:
        typer.echo(f"{row['code']}  {row['name']:<32} {row['severity']:<8} {row['fix'] or '-':<7} "
                   f"{row['family']:<12} {row['summary']}")


@app.command()
def explain(code: str = typer.Argument(..., help="A rule code, e.g. NL107.")) -> None:
    """显示规则说明 / print a rule's documentation."""
    from notelint.rules import RegistryError, load_rules

    try:
        registry = load_rules()
    except RegistryError as exc:
        raise _fail(str(exc))
    rule = registry.get(code.strip().upper())
    if rule is None:
        raise _fail(f"unknown rule code: {code} (notelint rules lists them)")
    fix = {"safe": "可自动修复（--fix）", "unsafe": "可自动修复（需 --unsafe-fixes）"}.get(
        rule.fix.value if rule.fix else "", "无自动修复")
    typer.echo(f"{rule.code} {rule.name}（默认级别：{rule.severity.label}；{fix}；类别：{rule.family()}）\n")
    typer.echo(rule.doc())


def main() -> None:
    """Console entry point: no traceback ever reaches the user."""
    try:
        app()
    except SystemExit:
        raise
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as exc:  # an internal failure is one line and exit 2
        typer.echo(f"notelint: internal error: {type(exc).__name__}: {exc}", err=True)
        sys.exit(EXIT_FAILURE)
