"""The command line: ``notelint check``, ``notelint rules``, ``notelint explain``.

Exit codes, the same in every format: 0 nothing at or above the fail level,
1 something is, 2 a usage, input or internal failure (any file that could not
be read makes the run exit 2, after every other file was linted).

Built on the standard library's argparse, not a CLI framework: importing typer
would cost most of the cold-start budget of linting one notice from the shell
(README, "Design decisions", has the measurement). Each command is one
parser-building function and one function that runs it.

Everything printed follows one language: --lang, then (for a check) the
config's ``lang``, then the locale (English for ``LANG=en…``), Chinese by
default; argparse's own words are translated through its gettext hook.
"""

from __future__ import annotations

import argparse
import itertools
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from typing import NoReturn, cast

from notelint import __version__

EXIT_CLEAN, EXIT_FINDINGS, EXIT_FAILURE = 0, 1, 2

OUTPUT_FORMATS = ("full", "concise", "json", "sarif", "github", "gitlab", "junit")
LANGS = ("zh", "en")
FAIL_ON = ("error", "warning", "info")
LIST_FORMATS = ("text", "json")

# The language of help, usage errors and everything else this run prints
# before (or instead of) the settings: --lang, then the locale. Set by _run.
_ui_lang = "zh"


def _t(zh: str, en: str) -> str:
    """The text in the language of this run."""
    return en if _ui_lang == "en" else zh


def _lang_of(argv: Sequence[str]) -> str:
    """--lang as given anywhere in ``argv``, else the locale's language."""
    from notelint.config import locale_lang

    for index, arg in enumerate(argv):
        value = (
            argv[index + 1]
            if arg == "--lang" and index + 1 < len(argv)
            else arg.partition("=")[2]
            if arg.startswith("--lang=")
            else None
        )
        if value in LANGS:
            return value
    return locale_lang()


# argparse's own words (help headings, usage errors), in Chinese. argparse
# looks them up through gettext at the moment it prints them.
_ARGPARSE_ZH = {
    "options": "选项",
    "positional arguments": "位置参数",
    "show this help message and exit": "显示本帮助并退出",
    "unrecognized arguments: %s": "无法识别的参数：%s",
    "the following arguments are required: %s": "缺少必需的参数：%s",
    "argument %(argument_name)s: %(message)s": "参数 %(argument_name)s：%(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)": "无效的取值：%(value)r（可选：%(choices)s）",
    "expected one argument": "需要一个值",
    "expected at least one argument": "至少需要一个值",
    "expected at most one argument": "最多只能有一个值",
    "invalid %(type)s value: %(value)r": "无效的 %(type)s 值：%(value)r",
    "ambiguous option: %(option)s could match %(matches)s": "有歧义的选项：%(option)s 可能是 %(matches)s",
    "not allowed with argument %s": "不能与参数 %s 同时使用",
    "ignored explicit argument %r": "多余的参数值 %r",
}


def _argparse_text(message: str) -> str:
    return _ARGPARSE_ZH.get(message, message) if _ui_lang == "zh" else message


class _HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """argparse's, told the terminal's width: left to find it, argparse imports
    shutil, for each option it is given."""

    def __init__(self, prog: str, **kwargs) -> None:
        from notelint import terminal

        kwargs.setdefault("width", terminal.columns() - 2)  # the margin argparse leaves itself
        super().__init__(prog, **kwargs)


class _Parser(argparse.ArgumentParser):
    """A usage error is one line on stderr and exit 2, not argparse's usage
    block; help in the run's language."""

    def __init__(self, **kwargs) -> None:
        super().__init__(formatter_class=_HelpFormatter, **kwargs)

    def format_help(self) -> str:
        # "usage:" is translated here, not through the table: parse_intermixed_args cuts 7 characters off it.
        text = super().format_help()
        if _ui_lang != "zh":
            return text
        for heading in ("选项", "位置参数"):  # argparse ends a heading with an ASCII colon
            text = text.replace(f"\n{heading}:\n", f"\n{heading}：\n")
        return text.replace("usage: ", "用法：", 1)

    def error(self, message: str) -> NoReturn:
        self.exit(
            EXIT_FAILURE,
            _t(
                f"{self.prog}：{message}；用法见 '{self.prog} --help'\n",
                f"{self.prog}: {message}; see '{self.prog} --help'\n",
            ),
        )


def _fail(message: str) -> int:
    print(f"notelint: {message}", file=sys.stderr)
    return EXIT_FAILURE


def _codes(value: str | None) -> list[str] | None:
    return [code.strip().upper() for code in value.split(",") if code.strip()] if value is not None else None


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(_t(f"不是整数：{value!r}", f"not a whole number: {value!r}")) from None
    if jobs < 1:
        raise argparse.ArgumentTypeError(_t(f"至少为 1，不能是 {jobs}", f"must be 1 or more, not {jobs}"))
    return jobs


def _add_setting_options(parser: argparse.ArgumentParser) -> None:
    """The options that choose rules, language, encoding and config (check and annotate)."""
    add = parser.add_argument
    add(
        "--lang",
        choices=LANGS,
        help=_t(
            "消息和帮助的语言 [默认：配置文件的 lang，否则按 LANG 环境变量，否则 zh]",
            "Language of messages and help [default: the config's lang, else LANG, else zh].",
        ),
    )
    add(
        "--fail-on",
        choices=FAIL_ON,
        help=_t("达到此级别即以 1 退出 [默认：error]", "Lowest severity that makes the exit code 1 [default: error]."),
    )
    add("--encoding", metavar="ENCODING", help=_t("用此编码解码文本文件", "Decode text files with this encoding."))
    add(
        "--select",
        metavar="CODES",
        help=_t(
            "只运行这些规则（代码或前缀，逗号分隔；ALL 为全部）",
            "Run only these rules (codes or prefixes, comma-separated; ALL for all).",
        ),
    )
    add("--extend-select", metavar="CODES", help=_t("在所选规则之外再加上这些", "Rules to add to the selection."))
    add("--ignore", metavar="CODES", help=_t("不运行这些规则", "Rules to leave out."))
    add(
        "--config",
        dest="config_file",
        metavar="FILE",
        help=_t("所有路径都使用此配置文件", "Use this config file for every path."),
    )
    add("--isolated", action="store_true", help=_t("忽略所有配置文件", "Ignore every config file."))


def _setting_flags(args: argparse.Namespace) -> dict:
    return {
        "select": _codes(args.select),
        "extend_select": _codes(args.extend_select),
        "ignore": _codes(args.ignore),
        "lang": args.lang,
        "fail_on": args.fail_on,
        "encoding": args.encoding,
    }


def _check_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="notelint check", description=_t("检查通报草稿。", "Lint notices."))
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help=_t(
            "文件或文件夹（默认：当前文件夹）；- 读标准输入",
            "Files or folders (default: the current folder); - reads standard input.",
        ),
    )
    add = parser.add_argument
    add(
        "--output-format",
        "--format",
        dest="output_format",
        choices=OUTPUT_FORMATS,
        default="full",
        help=_t("输出格式 [默认：full]", "Output format [default: full]."),
    )
    add(
        "--pretty",
        action="store_true",
        help=_t(
            "JSON 文档（json、sarif、gitlab、--statistics 的 JSON）分行缩进，便于阅读 [默认：紧凑]",
            "Indent JSON documents (json, sarif, gitlab, --statistics as JSON) for reading [default: compact].",
        ),
    )
    _add_setting_options(parser)
    add(
        "--force-exclude",
        action="store_true",
        default=None,
        help=_t(
            "命令行上点名的文件也按 exclude 排除（pre-commit 用）",
            "Apply exclude to files named on the command line too (for pre-commit).",
        ),
    )
    add(
        "--no-force-exclude",
        dest="force_exclude",
        action="store_false",
        help=_t("关闭配置文件中的 force-exclude", "Turn off the config's force-exclude."),
    )
    add("--fix", action="store_true", help=_t("应用安全修复", "Apply safe fixes."))
    add(
        "--unsafe-fixes",
        action="store_true",
        help=_t("也应用不安全的修复（与 --fix 或 --diff 一起用）", "Also apply unsafe fixes (with --fix or --diff)."),
    )
    add(
        "--diff",
        action="store_true",
        help=_t(
            "以统一差异格式输出修复（按文件原编码），不写文件",
            "Print the fixes as a unified diff (in each file's encoding); write nothing.",
        ),
    )
    add(
        "--fix-only", action="store_true", help=_t("只应用修复，不报告其他问题", "Apply fixes and report nothing else.")
    )
    add(
        "--show-fixes",
        action="store_true",
        help=_t("列出已修复（或可修复）的问题，按规则计数", "List the fixed (or fixable) findings, counted by rule."),
    )
    add(
        "--exit-zero",
        action="store_true",
        help=_t(
            "发现问题也以 0 退出（无法读取的文件仍为 2）",
            "Exit 0 even when there are findings (2 still for unreadable files).",
        ),
    )
    add(
        "-q",
        "--quiet",
        action="store_true",
        help=_t("只输出问题，不输出汇总和提示", "Print the findings only: no summary, no hints."),
    )
    add(
        "-s",
        "--silent",
        action="store_true",
        help=_t("什么都不输出，只看退出码", "Print nothing; only the exit code tells."),
    )
    add(
        "--show-settings",
        action="store_true",
        help=_t("输出第一个路径的最终设置", "Print the resolved settings for the first path."),
    )
    add(
        "--baseline",
        metavar="FILE",
        help=_t("只报告基线文件中没有的问题", "Report only findings that are not in this baseline."),
    )
    add(
        "--write-baseline", metavar="FILE", help=_t("把现有问题记入此基线文件", "Record today's findings in this file.")
    )
    add(
        "--statistics",
        action="store_true",
        help=_t(
            "按规则计数，不逐条列出（--output-format json 输出 JSON）",
            "Counts per rule instead of each finding (JSON with --output-format json).",
        ),
    )
    add("-o", "--output-file", metavar="FILE", help=_t("把报告写入此文件", "Write the report to this file."))
    add(
        "--stdin-filename",
        metavar="NAME",
        help=_t("标准输入的文件名（用于设置和输出）", "The name of standard input, for settings and output."),
    )
    add(
        "-j",
        "--jobs",
        type=_jobs,
        metavar="N",
        help=_t("并行进程数 [默认：CPU 核数]", "Parallel processes [default: the number of cores]."),
    )
    return parser


def check(args: argparse.Namespace) -> int:
    """检查通报草稿 / lint notices."""
    from notelint import baseline as baselines
    from notelint.config import ConfigError, locale_lang
    from notelint.diagnostics import Severity
    from notelint.engine import discover
    from notelint.reporters import DOCUMENT_FORMATS, ReportOptions, file_renderer
    from notelint.rules import RegistryError
    from notelint.runner import RunOptions, Workspace, files_for, process, run
    from notelint.source import InputError

    paths = args.paths or ["."]
    flags = {**_setting_flags(args), "force_exclude": args.force_exclude}
    options = RunOptions(
        fix=args.fix or args.fix_only,
        unsafe_fixes=args.unsafe_fixes,
        diff=args.diff,
        config_file=args.config_file,
        isolated=args.isolated,
        flags=flags,
        lang=locale_lang(),
    )
    try:
        workspace = Workspace(options)
        first = args.stdin_filename or paths[0]
        settings = workspace.settings_for(first)
        report_options = ReportOptions(
            lang=settings.lang,
            color=False if args.output_file else None,
            quiet=args.quiet or args.silent,
            pretty=args.pretty,
        )
        if args.show_settings:
            import json

            print(json.dumps(settings.as_table(), ensure_ascii=False, indent=2))
            return EXIT_CLEAN
        encoding = _report_encoding(args.output_file)  # where the report goes, for the workers' parts
        if paths == ["-"]:
            outcomes = [process(workspace, "-", sys.stdin.buffer.read(), display=args.stdin_filename or "-")]
        else:
            files = files_for(workspace, [p for p in paths if p != "-"], discover)
            # A report made of the files' parts one after the other: the workers render their files' parts,
            # encoded already for where the report goes, so that the parent only passes their bytes on.
            plain = not (args.statistics or args.baseline or args.write_baseline or args.fix_only or args.diff)
            render_file = file_renderer(args.output_format, report_options, encoding) if plain else None
            outcomes = run(workspace, files, args.jobs or os.cpu_count() or 1, render_file)
        results = [outcome.result for outcome in outcomes]
        if args.baseline:
            accepted = baselines.Baseline(args.baseline)
            for result in results:
                if not result.error:
                    accepted.filter(result)
    except (ConfigError, InputError) as exc:
        return _fail(exc.message(_ui_lang))
    except RegistryError as exc:
        return _fail(str(exc))
    lang = settings.lang

    # What the run did besides the report (each file's note; with --diff, --fix-only, a fixed standard
    # input or a JSON/SARIF/GitLab/JUnit document, the summary) goes to stderr, so that stdout holds
    # only the patch, the fixed text or the document.
    def say(text: str) -> None:
        if text and not args.silent:
            print(text.rstrip("\n"), file=sys.stderr)

    for outcome in outcomes:
        if outcome.note:
            say(f"{outcome.result.path}: {outcome.note}")
    if args.write_baseline:
        count = baselines.write(args.write_baseline, results)
        say(
            _in(
                lang,
                f"已把 {count} 个问题记入基线 {args.write_baseline}",
                f"Recorded {count} finding(s) in the baseline {args.write_baseline}",
            )
        )
        return EXIT_FAILURE if any(r.error for r in results) else EXIT_CLEAN
    failed = any(result.error for result in results)
    if args.diff:
        _write_bytes(args.output_file, [o.diff for o in outcomes])
        if not args.quiet:
            _report_errors(results, say)
            say(_summary_notes(results, lang, args, diff=True))
        return EXIT_FAILURE if failed else EXIT_FINDINGS if any(o.diff for o in outcomes) else EXIT_CLEAN
    stdin_fixed = [o.fixed_text for o in outcomes if o.fixed_text is not None]
    if stdin_fixed:  # standard input fixed: the text goes to stdout in its own encoding, the report to stderr
        _write_bytes(None, stdin_fixed)
    unwritten = sum(o.unwritten for o in outcomes)
    if args.fix_only:
        if not args.quiet:
            _report_errors(results, say)
            say(_summary_notes(results, lang, args, unwritten=unwritten))
        return EXIT_FAILURE if failed else EXIT_FINDINGS if unwritten else EXIT_CLEAN
    if not args.silent:
        notes = "" if args.quiet else _summary_notes(results, lang, args)
        document = args.output_format == "json" if args.statistics else args.output_format in DOCUMENT_FORMATS
        if document:  # nothing may surround the document: the notes go to stderr
            say(notes)
            notes = ""
        report = itertools.chain([notes] if notes else [], _report(outcomes, results, args, report_options))
        if args.show_fixes and not args.quiet:
            report = itertools.chain(report, [_fix_listing(outcomes, lang, args)])
        if any(isinstance(outcome.report, bytes) for outcome in outcomes):  # the workers' parts, encoded
            assert encoding is not None  # what the workers encoded for
            _write_bytes(args.output_file, (p if isinstance(p, bytes) else p.encode(*encoding) for p in report))
        elif stdin_fixed:
            sys.stderr.writelines(cast("Iterable[str]", report))  # no part came encoded: text throughout
        elif args.output_file:
            with open(args.output_file, "w", encoding="utf-8") as file:
                file.writelines(cast("Iterable[str]", report))
        else:
            sys.stdout.writelines(cast("Iterable[str]", report))
    if failed:
        return EXIT_FAILURE
    threshold = Severity.parse(settings.fail_on)
    if not args.exit_zero and any(d.severity >= threshold for result in results for d in result.diagnostics):
        return EXIT_FINDINGS
    return EXIT_CLEAN


def _in(lang: str, zh: str, en: str) -> str:
    return en if lang == "en" else zh


def _report_encoding(output_file: str | None) -> tuple[str, str] | None:
    """The encoding and error handler of where the report goes (the output
    file, or standard output's text layer); None for a stream with no bytes
    below it, which takes text only."""
    if output_file:
        return "utf-8", "strict"
    if getattr(sys.stdout, "buffer", None) is None or sys.stdout.encoding is None:
        return None
    return sys.stdout.encoding, sys.stdout.errors or "strict"


def _write_bytes(output_file: str | None, pieces: Iterable[bytes]) -> None:
    if output_file:
        with open(output_file, "wb") as file:
            file.writelines(pieces)
        return
    sys.stdout.flush()
    sys.stdout.buffer.writelines(pieces)
    sys.stdout.buffer.flush()


def _report_errors(results, say: Callable[[str], None]) -> None:
    """A line per file that could not be read, where no report lists them."""
    for result in results:
        if result.error:
            say(f"{result.path}: {result.error}")


def _summary_notes(results, lang: str, args: argparse.Namespace, diff: bool = False, unwritten: int = 0) -> str:
    """What was fixed, and what the baseline accepted: lines for the end of a
    --diff or --fix-only run, or before a report."""
    fixed = sum(result.fixed for result in results)
    matched = sum(result.baseline_matched for result in results)
    notes = []
    if matched:
        notes.append(_in(lang, f"基线已接受 {matched} 个问题。", f"{matched} finding(s) matched the baseline."))
    if diff:
        notes.append(
            _in(lang, f"可修复 {fixed} 个问题（未写入文件）。", f"{fixed} fix(es) would be applied (nothing written).")
        )
    elif fixed:
        notes.append(_in(lang, f"已修复 {fixed} 个问题。", f"Fixed {fixed} problem(s)."))
    if unwritten:
        notes.append(
            _in(
                lang,
                f"{unwritten} 个修复未写入：.docx 从不改写；用 --diff 查看，"
                "或用 notelint annotate --suggest-fixes 写成 Word 修订。",
                f"{unwritten} fix(es) not written: a .docx is never rewritten; see them with --diff, or "
                "as tracked changes with notelint annotate --suggest-fixes.",
            )
        )
    if args.fix_only and not fixed and not unwritten:
        notes.append(_in(lang, "没有可修复的问题。", "Nothing to fix."))
    return "".join(note + "\n" for note in notes)


def _fix_listing(outcomes, lang: str, args: argparse.Namespace) -> str:
    """--show-fixes: per file, the fixes applied (with --fix) or still available, by rule."""
    from collections import Counter

    from notelint.reporters import is_fixable

    lines = []
    for outcome in outcomes:
        result = outcome.result
        counts = (
            Counter(outcome.fixed_codes) if args.fix else Counter(d.code for d in result.diagnostics if is_fixable(d))
        )
        for code, count in sorted(counts.items()):
            lines.append(f"  {result.path}: {count} × {code}")
    heading = _in(lang, "已修复：", "Fixed:") if args.fix else _in(lang, "可修复（--fix）：", "Fixable (--fix):")
    if not lines:
        return (
            _in(lang, "没有修复。\n", "No fixes.\n")
            if args.fix
            else _in(lang, "没有可修复的问题。\n", "Nothing to fix.\n")
        )
    return heading + "\n" + "\n".join(lines) + "\n"


def _report(outcomes, results, args: argparse.Namespace, report_options) -> Iterable[str | bytes]:
    """The report, in pieces written as they come (on a corpus the JSON
    report is hundreds of MB)."""
    from notelint.reporters import report, statistics

    if args.statistics:
        return [
            statistics(results, report_options.lang, as_json=args.output_format == "json", pretty=report_options.pretty)
        ]
    fragments = [o.report for o in outcomes] if all(o.report is not None for o in outcomes) else None
    return report(args.output_format, results, report_options, fragments)


# A rule family's name, in Chinese and English (the folders of checks/, see notelint.rules.Rule.family).
FAMILY_NAMES = {
    "structure": ("结构", "structure"),
    "numbering": ("编号", "numbering"),
    "dates": ("日期", "dates"),
    "contacts": ("联系方式", "contacts"),
    "hygiene": ("文字规范", "hygiene"),
    "arithmetic": ("数字计算", "arithmetic"),
    "consistency": ("前后一致", "consistency"),
    "formulations": ("提法", "formulations"),
    "meta": ("notelint 自身", "meta"),
    "plugin": ("插件", "plugin"),
}
FIX_NAMES = {
    "safe": ("可自动修复（--fix）", "fixable with --fix"),
    "unsafe": ("可自动修复（需 --unsafe-fixes）", "fixable with --unsafe-fixes"),
    None: ("无自动修复", "no automatic fix"),
}


def _rule_summary(rule, lang: str) -> str:
    """The rule's one line: the doc's first line in Chinese; in English the
    message up to its first placeholder, or the rule's name when that says little."""
    summary = rule.summary(lang)
    return rule.name.replace("-", " ") if lang == "en" and len(summary) < 12 else summary


def _lang_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang",
        choices=LANGS,
        help=_t("输出语言 [默认：按 LANG 环境变量，否则 zh]", "Language of the output [default: from LANG, else zh]."),
    )


def _rules_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="notelint rules", description=_t("列出全部规则。", "List every rule."))
    parser.add_argument(
        "--output-format",
        "--format",
        dest="output_format",
        choices=LIST_FORMATS,
        default="text",
        help=_t("text 或 json [默认：text]", "text or json [default: text]."),
    )
    _lang_option(parser)
    return parser


def _registry():
    """The rules, or None after saying why they could not be loaded."""
    from notelint.rules import RegistryError, load_rules

    try:
        return load_rules()
    except RegistryError as exc:
        _fail(str(exc))
        return None


def list_rules(args: argparse.Namespace) -> int:
    """列出全部规则 / list every rule."""
    import json

    from notelint.reporters import SEVERITY_NAMES

    registry = _registry()
    if registry is None:
        return EXIT_FAILURE
    index = 1 if _ui_lang == "en" else 0
    if args.output_format == "json":  # values stay the identifiers config files and reports use
        rows = [
            {
                "code": code,
                "name": rule.name,
                "severity": rule.severity.label,
                "fix": rule.fix.value if rule.fix else None,
                "family": rule.family(),
                "summary": _rule_summary(rule, _ui_lang),
            }
            for code, rule in registry.items()
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return EXIT_CLEAN
    from notelint.terminal import display_width  # Chinese labels: pad by display width

    def padded(text: str, width: int) -> str:
        return text + " " * max(0, width - display_width(text))

    for code, rule in registry.items():
        fix = {"safe": _t("可修复", "fix"), "unsafe": _t("不安全", "unsafe")}[rule.fix.value] if rule.fix else "-"
        print(
            f"{code}  {rule.name:<32} {padded(SEVERITY_NAMES[rule.severity.label][index], 8)} {padded(fix, 7)} "
            f"{padded(FAMILY_NAMES.get(rule.family(), (rule.family(),) * 2)[index], 12)} {_rule_summary(rule, _ui_lang)}"
        )
    return EXIT_CLEAN


def _explain_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="notelint explain", description=_t("显示规则说明。", "Print a rule's documentation."))
    parser.add_argument(
        "code",
        metavar="RULE",
        help=_t(
            "规则代码或名称，如 NL107 或 disclosure-period-missing",
            "A rule code or name, e.g. NL107 or disclosure-period-missing.",
        ),
    )
    _lang_option(parser)
    return parser


def explain(args: argparse.Namespace) -> int:
    """显示规则说明 / print a rule's documentation."""
    registry = _registry()
    if registry is None:
        return EXIT_FAILURE
    wanted = args.code.strip()
    rule = registry.get(wanted.upper()) or next((r for r in registry.values() if r.name == wanted.lower()), None)
    if rule is None:
        return _fail(
            _t(
                f"未知的规则：{args.code}（notelint rules 列出全部规则）",
                f"unknown rule: {args.code} (notelint rules lists them)",
            )
        )
    print(explanation(rule, _ui_lang))
    return EXIT_CLEAN


def explanation(rule, lang: str = "zh") -> str:
    """What ``notelint explain`` prints for a rule (the language server's hover too).
    In English the heading and summary are English, and so is the doc when the
    rule has one (``doc_en``); a plugin's Chinese-only doc follows, marked as Chinese."""
    from notelint.reporters import SEVERITY_NAMES

    index = 1 if lang == "en" else 0
    severity = SEVERITY_NAMES[rule.severity.label][index]
    fix = FIX_NAMES[rule.fix.value if rule.fix else None][index]
    family = FAMILY_NAMES.get(rule.family(), (rule.family(),) * 2)[index]
    doc = rule.doc(lang).replace("``", "`")  # Markdown's code marks, as in the rest of the docs
    options = _options_section(rule, lang)
    if lang == "en":
        doc_heading = "Documentation:" if rule.doc_en else "Documentation (in Chinese):"
        return (
            f"{rule.code} {rule.name} (default severity: {severity}; {fix}; family: {family})\n\n"
            f"{_rule_summary(rule, 'en')}.\n\n{doc_heading}\n\n{doc}{options}"
        )
    return f"{rule.code} {rule.name}（默认级别：{severity}；{fix}；类别：{family}）\n\n{doc}{options}"


def _options_section(rule, lang: str) -> str:
    """The rule's options with their defaults, from its declaration, written
    as the config file takes them (a TOML table: JSON's scalars read the same)."""
    if not rule.options:
        return ""
    import json

    heading = "## Option defaults" if lang == "en" else "## 选项默认值"
    lines = [f"{name} = {json.dumps(default, ensure_ascii=False)}" for name, default in rule.options.items()]
    return f"\n\n{heading}\n\n[tool.notelint.options.{rule.code}]\n" + "\n".join(lines)


def _server_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="notelint server",
        description=_t("启动语言服务器（LSP，标准输入输出）。", "Run the language server over stdio."),
    )
    # Accepted and ignored: clients such as vscode-languageclient pass it; stdio is the only transport.
    parser.add_argument(
        "--stdio",
        action="store_true",
        help=_t("经标准输入输出通信（默认）", "Talk LSP over standard input and output (the default)."),
    )
    return parser


def server(args: argparse.Namespace) -> int:
    """语言服务器 / run the language server (LSP)."""
    from notelint.server import main as serve

    return serve()


def _annotate_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="notelint annotate",
        description=_t(
            "把问题写成 Word 批注，另存一份 .docx（草稿本身不改）。",
            "Write a copy of the draft with each finding as a Word comment.",
        ),
    )
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="DRAFT",
        help=_t(
            "草稿：.docx、.doc、.wps、.rtf（需 LibreOffice）、.md、.txt",
            "Drafts to annotate: .docx, .doc, .wps, .rtf (with LibreOffice), .md, .txt.",
        ),
    )
    add = parser.add_argument
    add(
        "-o",
        "--output",
        metavar="OUT.docx",
        help=_t(
            "输出文件（默认：草稿旁的 DRAFT.notelint.docx，已存在则 DRAFT.notelint-2.docx…）",
            "The output file (default: DRAFT.notelint.docx next to the draft, DRAFT.notelint-2.docx… if taken).",
        ),
    )
    add(
        "--suggest-fixes",
        action="store_true",
        help=_t(
            "把安全修复写成修订（w:ins/w:del），可在 Word 中逐条接受或拒绝",
            "Safe fixes as tracked changes (w:ins/w:del), to accept or reject one by one in Word.",
        ),
    )
    _add_setting_options(parser)
    add("--baseline", metavar="FILE", help=_t("略去基线已接受的问题", "Leave out the findings this baseline accepts."))
    return parser


def annotate(args: argparse.Namespace) -> int:
    """把问题写成 Word 批注 / findings as Word comments."""
    from notelint.annotate import run as annotate_drafts
    from notelint.config import locale_lang
    from notelint.runner import RunOptions

    options = RunOptions(
        config_file=args.config_file, isolated=args.isolated, flags=_setting_flags(args), lang=locale_lang()
    )
    return annotate_drafts(args.paths, options, args.output, args.suggest_fixes, args.baseline)


def _serve_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="notelint serve",
        description=_t("启动审阅网页（需 notelint[web]）。", "Serve the review page (needs notelint[web])."),
    )
    add = parser.add_argument
    add(
        "--host",
        default="127.0.0.1",
        help=_t(
            "监听地址；为整个单位提供服务时用 0.0.0.0 [默认：127.0.0.1]",
            "Address to listen on; 0.0.0.0 to serve an office. [default: 127.0.0.1]",
        ),
    )
    add("--port", type=int, default=8765, help=_t("端口 [默认：8765]", "Port. [default: 8765]"))
    add(
        "--max-bytes",
        type=_jobs,
        default=10_000_000,
        metavar="N",
        help=_t(
            "请求体的最大字节数，超过的返回 413 [默认：10000000]",
            "Largest request body in bytes; larger ones get 413. [default: 10000000]",
        ),
    )
    add(
        "--allowed-host",
        action="append",
        default=[],
        metavar="NAME",
        help=_t(
            "网页的其他访问主机名（可重复；NAME 或 NAME:PORT）",
            "Another Host name the page is reached by (repeatable; NAME or NAME:PORT).",
        ),
    )
    add(
        "--config",
        dest="config_file",
        metavar="FILE",
        help=_t("用这个配置文件检查所有稿件 [默认：不读配置]", "Lint with this config file. [default: none]"),
    )
    add(
        "--workers",
        type=_jobs,
        default=1,
        metavar="N",
        help=_t("工作进程数 [默认：1]", "Worker processes. [default: 1]"),
    )
    return parser


def serve(args: argparse.Namespace) -> int:
    """启动审阅网页 / serve the review page."""
    try:
        import starlette  # noqa: F401  (only to tell whether the extra is installed)
        import uvicorn  # noqa: F401
    except ImportError:
        return _fail(
            _t(
                'serve 需要网页组件，请安装：pip install "notelint[web]"',
                'serve needs the web extra: pip install "notelint[web]"',
            )
        )
    from notelint.web.app import ServeOptions
    from notelint.web.server import serve as run_server

    return run_server(
        ServeOptions(args.host, args.port, args.max_bytes, tuple(args.allowed_host), args.config_file), args.workers
    )


# command → (its parser, what runs it)
COMMANDS: dict[str, tuple[Callable[[], argparse.ArgumentParser], Callable[[argparse.Namespace], int]]] = {
    "check": (_check_parser, check),
    "rules": (_rules_parser, list_rules),
    "explain": (_explain_parser, explain),
    "annotate": (_annotate_parser, annotate),
    "server": (_server_parser, server),
    "serve": (_serve_parser, serve),
}


def _summary(run_command: Callable) -> str:
    """A command's one-line summary, from its docstring "中文 / English"."""
    zh, _, en = (run_command.__doc__ or "").partition(" / ")
    return _t(zh, en or zh)


def _main_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="notelint",
        usage="%(prog)s [-h] [--version] COMMAND ...",
        description=_t(
            "notelint：巡视巡察整改进展情况通报的合规检查工具", "notelint: a linter for rectification progress notices"
        ),
        epilog=_t("命令：\n", "commands:\n")
        + "".join(f"  {name:<9}{_summary(run)}\n" for name, (_, run) in COMMANDS.items())
        + _t(
            "\n'notelint 文件…' 即 'notelint check 文件…'。'notelint 命令 --help' 显示该命令的选项。",
            "\n'notelint FILE…' is 'notelint check FILE…'. 'notelint COMMAND --help' shows a command's options.",
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"notelint {__version__}",
        help=_t("显示版本并退出", "Print the version and exit."),
    )
    parser.add_argument("command", nargs="?", choices=COMMANDS, metavar="COMMAND", help=argparse.SUPPRESS)
    parser.add_argument("arguments", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    return parser


def _run(argv: Sequence[str]) -> int:
    """Parse ``argv`` (without the program name) and run its command; the exit code."""
    global _ui_lang
    _ui_lang = _lang_of(argv)
    # argparse's messages go through its gettext alias ``_``, which typeshed
    # does not declare: replacing it translates them.
    looked_up = argparse._  # type: ignore[attr-defined]
    argparse._ = _argparse_text  # type: ignore[attr-defined]
    try:
        return _parse_and_run(argv)
    finally:
        argparse._ = looked_up  # type: ignore[attr-defined]


def _parse_and_run(argv: Sequence[str]) -> int:
    main_parser = _main_parser()
    if argv and argv[0] not in COMMANDS and _names_a_path(argv[0]):
        # `notelint 通报.txt`, as Vale, textlint or autocorrect take files: a file or
        # folder (or - for standard input) where the command goes is checked. A name
        # that is neither, such as a misspelt command, is still refused as one.
        argv = ["check", *argv]
    chosen = main_parser.parse_args(argv)  # --help, --version and an unknown command exit here
    if chosen.command is None:
        main_parser.print_help()
        return EXIT_FAILURE
    build_parser, run_command = COMMANDS[chosen.command]
    # Intermixed: options may come after the paths, or between them (as typer allowed).
    return run_command(build_parser().parse_intermixed_args(chosen.arguments))


def _names_a_path(argument: str) -> bool:
    """Whether an argument where the command goes is a path to check: one that
    exists, standard input (-), or one written as a path (with a folder
    separator or a draft's suffix), which ``check`` then reports as missing in
    a line of its own rather than as an unknown command."""
    if argument == "-" or os.path.exists(argument):
        return True
    from notelint.engine import LINTABLE_SUFFIXES

    return "/" in argument or os.sep in argument or argument.lower().endswith(LINTABLE_SUFFIXES)


def _writable_streams() -> None:
    """A stream that cannot encode Chinese (PYTHONIOENCODING=ascii, a latin-1
    console) gets what it cannot encode as \\uXXXX escapes, as Python's own
    stderr does, instead of failing the whole report at its first message."""
    for stream in (sys.stdout, sys.stderr):
        encoding = getattr(stream, "encoding", None)
        reconfigure = getattr(stream, "reconfigure", None)
        if encoding is None or reconfigure is None:
            continue
        try:
            "通报".encode(encoding)
        except (UnicodeEncodeError, LookupError):
            reconfigure(errors="backslashreplace")


def main(argv: Sequence[str] | None = None) -> NoReturn:
    """Console entry point: no traceback ever reaches the user."""
    _writable_streams()
    from notelint import regex_cache

    regex_cache.load()
    try:
        code = _run(sys.argv[1:] if argv is None else argv)
    except KeyboardInterrupt:
        code = 130
    except BrokenPipeError:  # the reader went away (| head): nothing more to say to it
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        code = EXIT_FAILURE
    except Exception as exc:  # an internal failure is one line and exit 2
        print(f"notelint: {_t('内部错误', 'internal error')}: {type(exc).__name__}: {exc}", file=sys.stderr)
        code = EXIT_FAILURE
    regex_cache.save()
    sys.exit(code)
