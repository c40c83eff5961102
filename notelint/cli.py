"""The command line: ``notelint check``, ``notelint rules``, ``notelint explain``.

Exit codes, the same in every format: 0 nothing at or above the fail level,
1 something is, 2 a usage, input or internal failure (any file that could not
be read makes the run exit 2, after every other file was linted).

Built on the standard library's argparse, not a CLI framework: linting one
notice from the shell has a cold-start budget of about 100 ms, and typer (with
its click) took 34 ms of it just to import, argparse about 2 ms. Each command
is one parser-building function and one function that runs it.
"""

from __future__ import annotations

import argparse
import functools
import itertools
import os
import sys
from typing import Callable, Iterable, NoReturn, Sequence

from notelint import __version__

EXIT_CLEAN, EXIT_FINDINGS, EXIT_FAILURE = 0, 1, 2

OUTPUT_FORMATS = ("full", "concise", "json", "sarif", "github")
LANGS = ("zh", "en")
FAIL_ON = ("error", "warning")
LIST_FORMATS = ("text", "json")


class _Parser(argparse.ArgumentParser):
    """A usage error is one line on stderr and exit 2, not argparse's usage block."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_FAILURE, f"{self.prog}: {message}; see '{self.prog} --help'\n")


def _fail(message: str) -> int:
    print(f"notelint: {message}", file=sys.stderr)
    return EXIT_FAILURE


def _codes(value: str | None) -> list[str] | None:
    return [code.strip().upper() for code in value.split(",") if code.strip()] if value is not None else None


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if jobs < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {jobs}")
    return jobs


def _check_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="notelint check", description="检查通报草稿 / lint notices.")
    parser.add_argument("paths", nargs="*", metavar="PATH",
                        help="Files or folders (default: the current folder); - reads standard input.")
    add = parser.add_argument
    add("--format", dest="output_format", choices=OUTPUT_FORMATS, default="full", help="Output format. [default: full]")
    add("--lang", choices=LANGS, help="Language of messages [default: zh].")
    add("--fail-on", choices=FAIL_ON, help="Lowest severity that makes the exit code 1 [default: error].")
    add("--encoding", metavar="ENCODING", help="Decode files with this encoding.")
    add("--select", metavar="CODES", help="Run only these rules (codes or prefixes, comma-separated).")
    add("--extend-select", metavar="CODES", help="Rules to add to the selection.")
    add("--ignore", metavar="CODES", help="Rules to leave out.")
    add("--config", dest="config_file", metavar="FILE", help="Use this config file for every path.")
    add("--isolated", action="store_true", help="Ignore every config file.")
    add("--fix", action="store_true", help="Apply safe fixes.")
    add("--unsafe-fixes", action="store_true", help="Also apply unsafe fixes (with --fix or --diff).")
    add("--diff", action="store_true", help="Print the fixes as a unified diff; write nothing.")
    add("--fix-only", action="store_true", help="Apply fixes and report nothing else.")
    add("--show-settings", action="store_true", help="Print the resolved settings for the first path.")
    add("--baseline", metavar="FILE", help="Report only findings that are not in this baseline.")
    add("--write-baseline", metavar="FILE", help="Record today's findings in this file.")
    add("--statistics", action="store_true", help="Counts per rule instead of each finding.")
    add("-o", "--output-file", metavar="FILE", help="Write the report to this file.")
    add("--stdin-filename", metavar="NAME", help="The name of standard input, for settings and output.")
    add("-j", "--jobs", type=_jobs, metavar="N", help="Parallel processes [default: the number of cores].")
    return parser


def check(args: argparse.Namespace) -> int:
    """检查通报草稿 / lint notices."""
    from notelint import baseline as baselines
    from notelint.config import ConfigError
    from notelint.diagnostics import Severity
    from notelint.engine import discover
    from notelint.reporters import ReportOptions, file_renderer
    from notelint.rules import RegistryError
    from notelint.runner import RunOptions, Workspace, files_for, process, run
    from notelint.source import InputError

    paths = args.paths or ["."]
    flags = {"select": _codes(args.select), "extend_select": _codes(args.extend_select),
             "ignore": _codes(args.ignore), "lang": args.lang, "fail_on": args.fail_on, "encoding": args.encoding}
    options = RunOptions(fix=args.fix or args.fix_only, unsafe_fixes=args.unsafe_fixes, diff=args.diff,
                         config_file=args.config_file, isolated=args.isolated, flags=flags)
    try:
        workspace = Workspace(options)
        first = args.stdin_filename or paths[0]
        settings = workspace.settings_for(first)
        report_options = ReportOptions(lang=settings.lang, color=False if args.output_file else None)
        if args.show_settings:
            import json

            print(json.dumps(settings.as_table(), ensure_ascii=False, indent=2))
            return EXIT_CLEAN
        # An empty path stands for the current folder (as in pathlib, which this check used).
        missing = [p for p in paths if p != "-" and not os.path.exists(p or os.curdir)]
        if missing:
            return _fail(f"no such file or folder: {', '.join(missing)}")
        if paths == ["-"]:
            outcomes = [process(workspace, "-", sys.stdin.buffer.read(), display=args.stdin_filename or "-")]
        else:
            files = files_for(workspace, [p for p in paths if p != "-"], discover)
            # A report made of the files' parts one after the other: the workers render their files' parts.
            plain = not (args.statistics or args.baseline or args.write_baseline or args.fix_only or args.diff)
            render_file = file_renderer(args.output_format) if plain else None
            outcomes = run(workspace, files, args.jobs or os.cpu_count() or 1,
                           render_file and functools.partial(render_file, options=report_options))
        results = [outcome.result for outcome in outcomes]
        if args.baseline:
            accepted = baselines.Baseline(args.baseline)
            for result in results:
                if not result.error:
                    accepted.filter(result)
    except (ConfigError, RegistryError, InputError) as exc:
        return _fail(exc.message(settings_lang(flags)) if isinstance(exc, InputError) else str(exc))
    lang_code = settings.lang
    for outcome in outcomes:
        if outcome.note:
            print(f"{outcome.result.path}: {outcome.note}", file=sys.stderr)
    if args.write_baseline:
        count = baselines.write(args.write_baseline, results)
        print(f"已把 {count} 个问题记入基线 {args.write_baseline}" if lang_code == "zh"
              else f"Recorded {count} finding(s) in the baseline {args.write_baseline}")
        return EXIT_FAILURE if any(r.error for r in results) else EXIT_CLEAN
    report = _report(outcomes, results, args, report_options)
    stdin_fixed = [o.fixed_text for o in outcomes if o.fixed_text is not None]
    if stdin_fixed:  # standard input fixed: the text goes to stdout, the report to stderr
        sys.stdout.write(stdin_fixed[0])
        sys.stderr.writelines(report)
    elif args.output_file:
        with open(args.output_file, "w", encoding="utf-8") as file:
            file.writelines(report)
    else:
        sys.stdout.writelines(report)
    if any(result.error for result in results):
        return EXIT_FAILURE
    if args.diff:
        return EXIT_FINDINGS if any(o.diff for o in outcomes) else EXIT_CLEAN
    threshold = Severity.parse(settings.fail_on)
    if not args.fix_only and any(d.severity >= threshold for result in results for d in result.diagnostics):
        return EXIT_FINDINGS
    return EXIT_CLEAN


def settings_lang(flags) -> str:
    return flags.get("lang") or "zh"


def _report(outcomes, results, args: argparse.Namespace, report_options) -> Iterable[str]:
    """The output of ``check``, in pieces written as they come (on a corpus the
    JSON report is hundreds of MB)."""
    from notelint.reporters import report, statistics

    lang = report_options.lang
    fixed = sum(result.fixed for result in results)
    matched = sum(result.baseline_matched for result in results)
    notes = []
    if matched:
        notes.append(f"基线已接受 {matched} 个问题。" if lang == "zh" else f"{matched} finding(s) matched the baseline.")
    if args.diff:
        would = (f"可修复 {fixed} 个问题（未写入文件）。" if lang == "zh"
                 else f"{fixed} fix(es) would be applied (nothing written).")
        return [o.diff for o in outcomes] + ["\n".join(notes + [would]) + "\n"]
    if fixed:
        notes.append(f"已修复 {fixed} 个问题。" if lang == "zh" else f"Fixed {fixed} problem(s).")
    if args.fix_only:
        return ["\n".join(notes or ["没有可修复的问题。" if lang == "zh" else "Nothing to fix."]) + "\n"]
    if args.statistics:
        return [statistics(results, lang)] + [n + "\n" for n in notes]
    fragments = [o.report for o in outcomes] if all(o.report is not None for o in outcomes) else None
    pieces = report(args.output_format, results, report_options, fragments)
    if args.output_format in ("json", "sarif"):
        return pieces
    return itertools.chain([n + "\n" for n in notes], pieces)


def _rules_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="notelint rules", description="列出全部规则 / list every rule.")
    parser.add_argument("--format", dest="output_format", choices=LIST_FORMATS, default="text",
                        help="text or json. [default: text]")
    return parser


def list_rules(args: argparse.Namespace) -> int:
    """列出全部规则 / list every rule."""
    import json

    from notelint.rules import RegistryError, load_rules

    try:
        registry = load_rules()
    except RegistryError as exc:
        return _fail(str(exc))
    rows = [{"code": code, "name": rule.name, "severity": rule.severity.label,
             "fix": rule.fix.value if rule.fix else None, "family": rule.family(), "summary": rule.summary()}
            for code, rule in registry.items()]
    if args.output_format == "json":
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return EXIT_CLEAN
    for row in rows:
        print(f"{row['code']}  {row['name']:<32} {row['severity']:<8} {row['fix'] or '-':<7} "
              f"{row['family']:<12} {row['summary']}")
    return EXIT_CLEAN


def _explain_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="notelint explain", description="显示规则说明 / print a rule's documentation.")
    parser.add_argument("code", metavar="CODE", help="A rule code, e.g. NL107.")
    return parser


def explain(args: argparse.Namespace) -> int:
    """显示规则说明 / print a rule's documentation."""
    from notelint.rules import RegistryError, load_rules

    try:
        registry = load_rules()
    except RegistryError as exc:
        return _fail(str(exc))
    rule = registry.get(args.code.strip().upper())
    if rule is None:
        return _fail(f"unknown rule code: {args.code} (notelint rules lists them)")
    print(explanation(rule))
    return EXIT_CLEAN


def explanation(rule) -> str:
    """What ``notelint explain`` prints for a rule (the language server's hover too)."""
    fix = {"safe": "可自动修复（--fix）", "unsafe": "可自动修复（需 --unsafe-fixes）"}.get(
        rule.fix.value if rule.fix else "", "无自动修复")
    return f"{rule.code} {rule.name}（默认级别：{rule.severity.label}；{fix}；类别：{rule.family()}）\n\n{rule.doc()}"


def _server_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="notelint server", description="启动语言服务器（LSP，标准输入输出）/ run the language server over stdio.")
    # Accepted and ignored: clients such as vscode-languageclient pass it; stdio is the only transport.
    parser.add_argument("--stdio", action="store_true", help="Talk LSP over standard input and output (the default).")
    return parser


def server(args: argparse.Namespace) -> int:
    """语言服务器 / run the language server (LSP)."""
    from notelint.server import main as serve

    return serve()


def _annotate_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="notelint annotate",
                     description="把问题写成 Word 批注，另存一份 .docx（草稿本身不改）/ "
                                 "write a copy of the draft with each finding as a Word comment.")
    parser.add_argument("paths", nargs="+", metavar="DRAFT",
                        help="草稿：.docx、.doc、.wps、.rtf（需 LibreOffice）、.md、.txt / drafts to annotate.")
    add = parser.add_argument
    add("-o", "--output", metavar="OUT.docx",
        help="输出文件（默认：草稿旁的 DRAFT.notelint.docx，已存在则 DRAFT.notelint-2.docx…）/ the output file.")
    add("--suggest-fixes", action="store_true",
        help="把安全修复写成修订（w:ins/w:del），可在 Word 中逐条接受或拒绝 / safe fixes as tracked changes.")
    add("--lang", choices=LANGS, help="批注语言 [默认：zh] / language of the comments.")
    add("--fail-on", choices=FAIL_ON, help="Lowest severity that makes the exit code 1 [default: error].")
    add("--encoding", metavar="ENCODING", help="Decode text drafts with this encoding.")
    add("--select", metavar="CODES", help="Run only these rules (codes or prefixes, comma-separated).")
    add("--extend-select", metavar="CODES", help="Rules to add to the selection.")
    add("--ignore", metavar="CODES", help="Rules to leave out.")
    add("--config", dest="config_file", metavar="FILE", help="Use this config file for every path.")
    add("--isolated", action="store_true", help="Ignore every config file.")
    add("--baseline", metavar="FILE", help="Leave out the findings this baseline accepts.")
    return parser


def annotate(args: argparse.Namespace) -> int:
    """把问题写成 Word 批注 / findings as Word comments."""
    from notelint.annotate import run as annotate_drafts
    from notelint.runner import RunOptions

    flags = {"select": _codes(args.select), "extend_select": _codes(args.extend_select),
             "ignore": _codes(args.ignore), "lang": args.lang, "fail_on": args.fail_on, "encoding": args.encoding}
    options = RunOptions(config_file=args.config_file, isolated=args.isolated, flags=flags)
    return annotate_drafts(args.paths, options, args.output, args.suggest_fixes, args.baseline)
def _serve_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="notelint serve", description="启动审阅网页 / serve the review page (notelint[web]).")
    add = parser.add_argument
    add("--host", default="127.0.0.1", help="Address to listen on; 0.0.0.0 to serve an office. [default: 127.0.0.1]")
    add("--port", type=int, default=8765, help="Port. [default: 8765]")
    add("--max-bytes", type=_jobs, default=10_000_000, metavar="N",
        help="Largest request body in bytes; larger ones get 413. [default: 10000000]")
    add("--allowed-host", action="append", default=[], metavar="NAME",
        help="Another Host name the page is reached by (repeatable; NAME or NAME:PORT).")
    add("--config", dest="config_file", metavar="FILE", help="Lint with this config file [default: none].")
    add("--workers", type=_jobs, default=1, metavar="N", help="Worker processes. [default: 1]")
    return parser


def serve(args: argparse.Namespace) -> int:
    """启动审阅网页 / serve the review page."""
    try:
        import starlette  # noqa: F401  (only to tell whether the extra is installed)
        import uvicorn  # noqa: F401
    except ImportError:
        return _fail('serve 需要网页组件，请安装：pip install "notelint[web]" / serve needs the web extra')
    from notelint.web.app import ServeOptions
    from notelint.web.server import serve as run_server

    return run_server(ServeOptions(args.host, args.port, args.max_bytes, tuple(args.allowed_host), args.config_file),
                      args.workers)


# command → (its parser, what runs it)
COMMANDS: dict[str, tuple[Callable[[], argparse.ArgumentParser], Callable[[argparse.Namespace], int]]] = {
    "check": (_check_parser, check),
    "rules": (_rules_parser, list_rules),
    "explain": (_explain_parser, explain),
    "annotate": (_annotate_parser, annotate),
    "server": (_server_parser, server),
    "serve": (_serve_parser, serve),
}


def _main_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="notelint", usage="%(prog)s [-h] [--version] COMMAND ...",
                     formatter_class=argparse.RawDescriptionHelpFormatter,
                     description="notelint：巡视巡察整改进展情况通报的合规检查工具 / a linter for rectification progress notices",
                     epilog="commands:\n" + "".join(f"  {name:<9}{run.__doc__}\n" for name, (_, run) in COMMANDS.items())
                     + "\n'notelint COMMAND --help' shows a command's options.")
    parser.add_argument("--version", action="version", version=f"notelint {__version__}",
                        help="Print the version and exit.")
    parser.add_argument("command", nargs="?", choices=COMMANDS, metavar="COMMAND", help=argparse.SUPPRESS)
    parser.add_argument("arguments", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    return parser


def _run(argv: Sequence[str]) -> int:
    """Parse ``argv`` (without the program name) and run its command; the exit code."""
    main_parser = _main_parser()
    chosen = main_parser.parse_args(argv)  # --help, --version and an unknown command exit here
    if chosen.command is None:
        main_parser.print_help()
        return EXIT_FAILURE
    build_parser, run_command = COMMANDS[chosen.command]
    # Intermixed: options may come after the paths, or between them (as typer allowed).
    return run_command(build_parser().parse_intermixed_args(chosen.arguments))


def main(argv: Sequence[str] | None = None) -> NoReturn:
    """Console entry point: no traceback ever reaches the user."""
    try:
        code = _run(sys.argv[1:] if argv is None else argv)
    except KeyboardInterrupt:
        code = 130
    except Exception as exc:  # an internal failure is one line and exit 2
        print(f"notelint: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
        code = EXIT_FAILURE
    sys.exit(code)
