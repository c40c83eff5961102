"""The command line: ``notelint check``, ``notelint rules``, ``notelint explain``.

Exit codes, the same in every format: 0 nothing at or above the fail level,
1 something is, 2 a usage, input or internal failure (any file that could not
be read makes the run exit 2, after every other file was linted).
"""

from __future__ import annotations

import enum
import os
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
    sarif = "sarif"
    github = "github"


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


def _codes(value: Optional[str]) -> Optional[list[str]]:
    return [code.strip().upper() for code in value.split(",") if code.strip()] if value is not None else None


@app.command()
def check(
    paths: Optional[List[str]] = typer.Argument(None, help="Files or folders (default: the current folder); - reads standard input."),
    output_format: OutputFormat = typer.Option(OutputFormat.full, "--format", help="Output format."),
    lang: Optional[Lang] = typer.Option(None, "--lang", help="Language of messages [default: zh]."),
    fail_on: Optional[FailOn] = typer.Option(None, "--fail-on", help="Lowest severity that makes the exit code 1 [default: error]."),
    encoding: Optional[str] = typer.Option(None, "--encoding", help="Decode files with this encoding."),
    select: Optional[str] = typer.Option(None, "--select", help="Run only these rules (codes or prefixes, comma-separated)."),
    extend_select: Optional[str] = typer.Option(None, "--extend-select", help="Rules to add to the selection."),
    ignore: Optional[str] = typer.Option(None, "--ignore", help="Rules to leave out."),
    config_file: Optional[str] = typer.Option(None, "--config", help="Use this config file for every path."),
    isolated: bool = typer.Option(False, "--isolated", help="Ignore every config file."),
    fix: bool = typer.Option(False, "--fix", help="Apply safe fixes."),
    unsafe_fixes: bool = typer.Option(False, "--unsafe-fixes", help="Also apply unsafe fixes (with --fix or --diff)."),
    diff: bool = typer.Option(False, "--diff", help="Print the fixes as a unified diff; write nothing."),
    fix_only: bool = typer.Option(False, "--fix-only", help="Apply fixes and report nothing else."),
    show_settings: bool = typer.Option(False, "--show-settings", help="Print the resolved settings for the first path."),
    baseline: Optional[str] = typer.Option(None, "--baseline", help="Report only findings that are not in this baseline."),
    write_baseline: Optional[str] = typer.Option(None, "--write-baseline", help="Record today's findings in this file."),
    statistics: bool = typer.Option(False, "--statistics", help="Counts per rule instead of each finding."),
    output_file: Optional[str] = typer.Option(None, "--output-file", "-o", help="Write the report to this file."),
    stdin_filename: Optional[str] = typer.Option(None, "--stdin-filename", help="The name of standard input, for settings and output."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=1, help="Parallel processes [default: the number of cores]."),
) -> None:
    """检查通报草稿 / lint notices."""
    from notelint import baseline as baselines
    from notelint.config import ConfigError
    from notelint.diagnostics import Severity
    from notelint.engine import discover
    from notelint.reporters import ReportOptions, render, statistics as statistics_table
    from notelint.rules import RegistryError
    from notelint.runner import RunOptions, Workspace, files_for, process, run
    from notelint.source import InputError

    paths = paths or ["."]
    flags = {"select": _codes(select), "extend_select": _codes(extend_select), "ignore": _codes(ignore),
             "lang": lang.value if lang else None, "fail_on": fail_on.value if fail_on else None,
             "encoding": encoding}
    options = RunOptions(fix=fix or fix_only, unsafe_fixes=unsafe_fixes, diff=diff, config_file=config_file,
                         isolated=isolated, flags=flags)
    try:
        workspace = Workspace(options)
        first = stdin_filename or paths[0]
        settings = workspace.settings_for(first)
        if show_settings:
            import json

            typer.echo(json.dumps(settings.as_table(), ensure_ascii=False, indent=2))
            return
        missing = [p for p in paths if p != "-" and not Path(p).exists()]
        if missing:
            raise _fail(f"no such file or folder: {', '.join(missing)}")
        if paths == ["-"]:
            outcomes = [process(workspace, "-", sys.stdin.buffer.read(), display=stdin_filename or "-")]
        else:
            files = files_for(workspace, [p for p in paths if p != "-"], discover)
            outcomes = run(workspace, files, jobs or os.cpu_count() or 1)
        results = [outcome.result for outcome in outcomes]
        if baseline:
            accepted = baselines.Baseline(baseline)
            for result in results:
                if not result.error:
                    accepted.filter(result)
    except (ConfigError, RegistryError, InputError) as exc:
        message = exc.message(settings_lang(flags)) if isinstance(exc, InputError) else str(exc)
        raise _fail(message)
    lang_code = settings.lang
    for outcome in outcomes:
        if outcome.note:
            typer.echo(f"{outcome.result.path}: {outcome.note}", err=True)
    if write_baseline:
        count = baselines.write(write_baseline, results)
        typer.echo(f"已把 {count} 个问题记入基线 {write_baseline}" if lang_code == "zh"
                   else f"Recorded {count} finding(s) in the baseline {write_baseline}")
        raise typer.Exit(EXIT_FAILURE if any(r.error for r in results) else EXIT_CLEAN)
    report = _report(outcomes, results, output_format.value, lang_code, statistics, fix_only, diff, render,
                     statistics_table, ReportOptions(lang=lang_code, color=False if output_file else None))
    stdin_fixed = [o.fixed_text for o in outcomes if o.fixed_text is not None]
    if stdin_fixed:  # standard input fixed: the text goes to stdout, the report to stderr
        sys.stdout.write(stdin_fixed[0])
        sys.stderr.write(report)
    elif output_file:
        Path(output_file).write_text(report, "utf-8")
    else:
        sys.stdout.write(report)
    if any(result.error for result in results):
        raise typer.Exit(EXIT_FAILURE)
    if diff:
        raise typer.Exit(EXIT_FINDINGS if any(o.diff for o in outcomes) else EXIT_CLEAN)
    threshold = Severity.parse(settings.fail_on)
    if not fix_only and any(d.severity >= threshold for result in results for d in result.diagnostics):
        raise typer.Exit(EXIT_FINDINGS)


def settings_lang(flags) -> str:
    return flags.get("lang") or "zh"


def _report(outcomes, results, fmt, lang, statistics, fix_only, diff, render, statistics_table, report_options) -> str:
    fixed = sum(result.fixed for result in results)
    matched = sum(result.baseline_matched for result in results)
    notes = []
    if matched:
        notes.append(f"基线已接受 {matched} 个问题。" if lang == "zh" else f"{matched} finding(s) matched the baseline.")
    if diff:
        body = "".join(o.diff for o in outcomes)
        would = (f"可修复 {fixed} 个问题（未写入文件）。" if lang == "zh"
                 else f"{fixed} fix(es) would be applied (nothing written).")
        return body + "\n".join(notes + [would]) + "\n"
    if fixed:
        notes.append(f"已修复 {fixed} 个问题。" if lang == "zh" else f"Fixed {fixed} problem(s).")
    if fix_only:
        return "\n".join(notes or ["没有可修复的问题。" if lang == "zh" else "Nothing to fix."]) + "\n"
    if statistics:
        return statistics_table(results, lang) + "".join(n + "\n" for n in notes)
    report = render(fmt, results, report_options)
    if fmt in ("json", "sarif"):
        return report
    return "".join(n + "\n" for n in notes) + report


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
