"""The registry and the rule files agree, as ruff's rule-code tests check its
registry: one file per rule, named after its code and name, in the folder of
its family, every one registered and documented, and every folder of checks/
installed."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import PurePosixPath

import pytest
from conftest import REPO

from notelint.cli import explanation
from notelint.rules import Rule, load_rules

RULES = load_rules()
CHECKS = REPO / "checks"
RULE_FILES = sorted(CHECKS.glob("*/nl*.py"))
DOC_SECTIONS = ("检查什么", "为什么", "示例", "如何修复")
# Each source folder and where the wheel installs it.
INSTALLED = {"notelint": "notelint", "checks": "notelint/checks", "grammar": "notelint/grammar"}


def _file_of(rule: type[Rule]):
    *_, family, module = rule.__module__.split(".")
    return CHECKS / family / f"{module}.py"


def test_every_rule_file_holds_one_registered_rule():
    registered = sorted(_file_of(rule) for rule in RULES.values())
    assert registered == RULE_FILES


@pytest.mark.parametrize("rule", RULES.values(), ids=list(RULES))
def test_the_file_name_is_the_code_and_the_name(rule):
    assert re.fullmatch(r"NL\d{3}", rule.code)
    assert re.fullmatch(r"[a-z]+(-[a-z0-9]+)*", rule.name)
    assert _file_of(rule).name == f"{rule.code.lower()}_{rule.name.replace('-', '_')}.py"


@pytest.mark.parametrize("rule", RULES.values(), ids=list(RULES))
def test_the_family_is_the_folder(rule):
    assert rule.family() == _file_of(rule).parent.name


def test_codes_and_names_are_unique():
    assert len({rule.name for rule in RULES.values()}) == len(RULES)
    codes = [re.match(r"nl\d{3}", path.name).group().upper() for path in RULE_FILES]
    assert len(set(codes)) == len(codes)


def test_a_family_is_one_hundred_of_codes_or_shares_it():
    """A family's codes are in one hundred (NL601–NL603 arithmetic and
    NL604–NL606 consistency share the sixth)."""
    hundreds: dict[str, set[str]] = {}
    for code, rule in RULES.items():
        hundreds.setdefault(rule.family(), set()).add(code[:3])
    assert all(len(prefixes) == 1 for prefixes in hundreds.values()), hundreds


def _documented_codes(text: str) -> set[str]:
    """The codes ``text`` names, one by one or as a range (NL100–NL116)."""
    codes = set(re.findall(r"NL\d{3}", text))
    for first, last in re.findall(r"NL(\d{3})[–-]NL(\d{3})", text):
        codes.update(f"NL{number}" for number in range(int(first), int(last) + 1))
    return codes


def test_every_code_is_in_the_docs():
    """The changelog lists the codes each version added (README's examples name some)."""
    documented = _documented_codes((REPO / "README.md").read_text("utf-8") + (REPO / "CHANGELOG.md").read_text("utf-8"))
    assert [code for code in RULES if code not in documented] == []


@pytest.mark.parametrize("rule", RULES.values(), ids=list(RULES))
def test_the_doc_has_a_summary_and_the_four_sections(rule):
    doc = rule.doc()
    assert doc and not doc.splitlines()[0].startswith("#")  # the summary `notelint rules` shows
    headings = re.findall(r"^## (.+)$", doc, re.MULTILINE)
    assert [section for section in DOC_SECTIONS if section not in headings] == []


def test_a_plugin_rule_has_its_declared_family_or_plugin():
    class Declared(Rule):
        code, name, plugin_family = "XY100", "declared", "house-style"

    class Undeclared(Rule):
        code, name = "XY101", "undeclared"

    assert (Declared.family(), Undeclared.family()) == ("house-style", "plugin")


def test_explain_lists_the_declared_options_and_defaults():
    assert explanation(RULES["NL307"]).endswith(
        "## 选项默认值\n\n[tool.notelint.options.NL307]\nmin-days = 5\nmax-days = 60"
    )
    assert explanation(RULES["NL202"], "en").endswith(
        "## Option defaults\n\n[tool.notelint.options.NL202]\nreport-chinese-to-bracketed-arabic = true"
    )
    assert "选项默认值" not in explanation(RULES["NL107"])


@pytest.mark.slow  # setuptools builds a wheel
def test_the_wheel_holds_every_source_file(tmp_path):
    """checks/ and grammar/ install inside notelint, from the package list in
    pyproject: a folder or data file left out of it would silently vanish
    from the wheel. Built from a copy, so the checkout gets no build/ folder."""
    source = tmp_path / "source"
    skip = shutil.ignore_patterns("__pycache__", "*.pyc")
    for folder in INSTALLED:
        shutil.copytree(REPO / folder, source / folder, ignore=skip)
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy(REPO / name, source / name)
    build = f"from setuptools import build_meta; build_meta.build_wheel({str(tmp_path)!r})"
    subprocess.run([sys.executable, "-c", build], cwd=source, check=True, capture_output=True)
    (wheel,) = tmp_path.glob("*.whl")
    with zipfile.ZipFile(wheel) as archive:
        installed = {name for name in archive.namelist() if ".dist-info/" not in name}
    expected = {
        str(PurePosixPath(INSTALLED[folder], *path.relative_to(source / folder).parts))
        for folder in INSTALLED
        for path in (source / folder).rglob("*")
        if path.is_file()
    }
    assert (sorted(expected - installed), sorted(installed - expected)) == ([], [])  # missing, unexpected


def test_the_engine_decides_which_rules_read_a_document_that_is_not_a_notice():
    # no rule but NL100, which reports the verdict, tests it: a rule declares its scope, and the engine filters
    for path in sorted(CHECKS.glob("*/nl*.py")):
        if path.name.startswith("nl100_"):
            continue
        assert "is_notice" not in path.read_text("utf-8"), path.name


def test_a_rule_runs_on_what_its_scope_declares():
    from notelint.config import Settings
    from notelint.diagnostics import Severity
    from notelint.engine import Linter
    from notelint.rules import DOCUMENT
    from notelint.source import SourceText

    class EveryLine(Rule):
        """每一行"""

        code, name, severity, message = "XY901", "every-line", Severity.INFO, {"zh": "一行", "en": "a line"}

        def check(self, notice, ctx):
            yield self.diagnostic(ctx, 0, 1)

    class EveryLineOfAnyDocument(EveryLine):
        code, name, scope = "XY902", "every-line-of-any-document", DOCUMENT

    news = SourceText("<news>", "近日，某某局召开会议。会议强调，要抓好落实。\n")
    found = Linter(Settings(), {"XY901": EveryLine, "XY902": EveryLineOfAnyDocument}).lint_source(news)
    assert [d.code for d in found] == ["XY902"]  # the news is not a notice: a rule of notices does not run


def test_a_checkout_finds_its_checks_and_grammar_without_an_install():
    # `python -m notelint` run in the repository imports this folder's notelint/, whatever is
    # installed: its checks/ and grammar/ must resolve beside it (-S: no site-packages, no install)
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]); import notelint.checks, notelint.grammar; "
        "print(notelint.checks.__file__); print(notelint.grammar.__file__); print(len(notelint.checks.RULES))"
    )
    run = subprocess.run([sys.executable, "-S", "-c", code, str(REPO)], capture_output=True, text=True, cwd="/")
    assert run.stdout.splitlines() == [
        str(REPO / "checks" / "__init__.py"),
        str(REPO / "grammar" / "__init__.py"),
        str(len(load_rules())),
    ]


@pytest.mark.parametrize("collecting", [True, False])
def test_loading_the_rules_leaves_the_collector_as_it_found_it_and_freezes_what_the_start_made(collecting):
    probe = (
        "import gc\n"
        f"{'gc.enable()' if collecting else 'gc.disable()'}\n"
        "from notelint.rules import load_rules\n"
        "load_rules()\n"
        "frozen = gc.get_freeze_count()\n"
        "kept = [[index] for index in range(1000)]\n"  # what a second freeze would take
        "load_rules()\n"  # a second load freezes nothing more (what is freed meanwhile leaves the frozen)
        "print(gc.isenabled(), frozen > 10000, gc.get_freeze_count() <= frozen)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.split() == [str(collecting), "True", "True"]


@pytest.mark.parametrize("collecting", [True, False])
def test_a_lint_runs_with_the_collector_paused_and_leaves_it_as_it_found_it(collecting):
    import gc

    from notelint.config import Settings
    from notelint.diagnostics import Severity
    from notelint.engine import Linter
    from notelint.rules import DOCUMENT
    from notelint.source import SourceText

    class KeepsObjects(Rule):
        """留存对象"""

        code, name, severity, scope = "XY903", "keeps-objects", Severity.INFO, DOCUMENT
        message = {"zh": "对象", "en": "objects"}

        def check(self, notice, ctx):
            kept = [[index] for index in range(5000)]  # far past the collector's young-generation threshold
            yield self.diagnostic(ctx, 0, 1 if kept else 0)

    collections_during_lint = []

    def record(phase, info):
        if phase == "start":
            collections_during_lint.append(info["generation"])

    linter = Linter(Settings(), {"XY903": KeepsObjects})
    was_enabled = gc.isenabled()
    (gc.enable if collecting else gc.disable)()
    gc.callbacks.append(record)
    try:
        found = linter.lint_source(SourceText("<draft>", "中共某某市某某局委员会关于巡察整改进展情况的通报\n"))
        after = gc.isenabled()
    finally:
        gc.callbacks.remove(record)
        (gc.enable if was_enabled else gc.disable)()
    assert [d.code for d in found] == ["XY903"]
    assert (collections_during_lint, after) == ([], collecting)


def test_nothing_keeps_a_notice_alive_after_its_lint():
    """The model is freed by its reference counts when the lint returns: a
    module-level cache that kept it would have the collector walk the whole
    model after every lint."""
    import gc
    import weakref
    from pathlib import Path

    from notelint.config import Settings
    from notelint.diagnostics import Severity
    from notelint.engine import Linter
    from notelint.rules import DOCUMENT, load_rules

    seen = []

    class KeepsTrack(Rule):
        """记录模型"""

        code, name, severity, scope = "XY904", "keeps-track", Severity.INFO, DOCUMENT
        message = {"zh": "模型", "en": "model"}

        def check(self, notice, ctx):
            seen.append(weakref.ref(notice))
            return iter(())

    linter = Linter(Settings(), {**load_rules(), "XY904": KeepsTrack})
    was_enabled = gc.isenabled()
    gc.disable()  # freed by reference counts alone
    try:
        for example in ("complete.txt", "defective-numbering.txt", "defective-hygiene.txt"):
            found = linter.lint_file(str(Path(__file__).parent.parent / "examples" / example))
            assert found.diagnostics or example == "complete.txt"
            assert seen[-1]() is None, example
    finally:
        (gc.enable if was_enabled else gc.disable)()
