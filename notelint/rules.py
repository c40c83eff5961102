"""The check API: what a rule is, and the registry that finds them.

A rule is a small class with its metadata and its doc next to its code::

    class DisclosurePeriodMissing(Rule):
        \"\"\"检查什么 / 为什么 / 示例 / 如何修复 (the doc `notelint explain` prints)\"\"\"

        code = "NL107"
        name = "disclosure-period-missing"
        severity = Severity.ERROR
        message = {"zh": "缺少公开期限", "en": "no disclosure period (公开期限)"}

        def check(self, notice: Notice, ctx: Context) -> Iterator[Diagnostic]:
            if notice.disclosure is None:
                yield self.diagnostic(ctx, start, end)

(``Notice``, ``Context`` and ``Diagnostic`` imported under ``if TYPE_CHECKING:``:
they cost nothing at start.) What several rules read (dates, phones, tallies,
paragraphs…) is a property of the notice, computed once: see notelint.model.

Built-in rules and third-party rules are registered the same way: an entry
point in the ``notelint.checks`` group naming a rule class or a list of them.
"""

import gc
import importlib
import json
import os
import sys
import zlib
from collections.abc import Collection, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, NamedTuple, Protocol

from notelint import cache
from notelint.diagnostics import Applicability, Diagnostic, Fix, Severity

if TYPE_CHECKING:
    from notelint.model import Notice
    from notelint.suppressions import Suppression

ENTRY_POINT_GROUP = "notelint.checks"

# What a rule reads, so the engine decides whether it runs: most rules read a
# notice, and a document that is not one (NL100 says what it is instead) gets
# only the rules that read any document.
NOTICE = "notice"
DOCUMENT = "document"

BUILTIN_PACKAGE = "notelint.checks"  # checks/ installed: a built-in rule is notelint.checks.<family>.nlNNN_<name>


class Localized(NamedTuple):
    """A message argument that itself needs translating."""

    zh: str
    en: str

    def pick(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en

    def filled(self, **values: str) -> "Localized":
        """Both texts with their ``{name}`` fields filled in."""
        return Localized(self.zh.format_map(values), self.en.format_map(values))


class Context:
    """What a check may know besides the notice: the language of messages
    and the options the user set for each rule."""

    __slots__ = ("lang", "options")

    def __init__(self, lang: str = "zh", options: Mapping[str, Mapping[str, Any]] | None = None) -> None:
        self.lang = lang
        self.options = {} if options is None else options  # rule code → option → value

    def option(self, rule: "Rule", name: str) -> Any:
        return self.options.get(rule.code, {}).get(name, rule.options[name])


class Rule:
    code: ClassVar[str]
    name: ClassVar[str]
    severity: ClassVar[Severity]
    fix: ClassVar[Applicability | None] = None
    message: ClassVar[dict[str, str]]  # "zh" and "en" templates for str.format
    options: ClassVar[dict[str, Any]] = {}  # option name → default value
    plugin_family: ClassVar[str] = "plugin"  # a plugin's family, as it declares it (a built-in's is its folder)
    doc_en: ClassVar[str | None] = None  # the doc in English; the class docstring is the Chinese one
    scope: ClassVar[str] = NOTICE  # NOTICE: run on rectification notices only; DOCUMENT: on any document

    def check(self, notice: "Notice", ctx: Context) -> Iterable[Diagnostic]:
        raise NotImplementedError

    @classmethod
    def family(cls) -> str:
        """The folder of checks/ a built-in rule lives in (structure, dates…); a plugin's ``plugin_family``."""
        package, _, rest = cls.__module__.partition(BUILTIN_PACKAGE + ".")
        return rest.split(".")[0] if not package and rest else cls.plugin_family

    @classmethod
    def doc(cls, lang: str = "zh") -> str:
        """The rule's doc in ``lang``: ``doc_en`` in English when the rule has
        one (a plugin may not), the Chinese docstring otherwise."""
        import inspect  # only for the docs: not worth importing at every start

        return inspect.cleandoc((cls.doc_en if lang == "en" and cls.doc_en else cls.__doc__) or "")

    @classmethod
    def summary(cls, lang: str = "zh") -> str:
        """The first line of the doc (Chinese), or the English message template."""
        if lang == "zh":
            return cls.doc().splitlines()[0] if cls.__doc__ else cls.message["zh"]
        return cls.message["en"].split("{")[0].rstrip(" :：,（(") or cls.name

    def diagnostic(
        self, ctx: Context, start: int, end: int, *, fix: Fix | None = None, in_source: bool = False, **args: Any
    ) -> Diagnostic:
        """A finding of this rule at ``[start, end)`` of the analysis text (of
        the user's text with ``in_source=True``, for its fix's edits too)."""
        # Called once per finding (over a thousand times on some notices): the
        # arguments are translated in place, in the dict this call owns.
        for name, value in args.items():
            if isinstance(value, Localized):
                args[name] = value.pick(ctx.lang)
        return Diagnostic(
            self.code, self.name, self.severity, self.template(ctx).format_map(args), start, end, fix, in_source
        )

    def template(self, ctx: Context) -> str:
        """The message template in the context's language (Chinese when the
        rule has none in it). A rule with thousands of findings of plain text
        arguments formats it itself instead of calling :meth:`diagnostic` for each."""
        return self.message.get(ctx.lang) or self.message["zh"]


class ReportsAfterAll(Protocol):
    """A rule the engine also asks once every other rule ran and the
    suppression directives were applied: NL901 (unused-suppression)."""

    def report(
        self, ctx: Context, suppressions: "Iterable[Suppression]", known_codes: Collection[str]
    ) -> Iterator[Diagnostic]: ...


class RegistryError(Exception):
    pass


def _rule_classes(obj: Any) -> Iterator[type[Rule]]:
    if isinstance(obj, type) and issubclass(obj, Rule):
        yield obj
    elif isinstance(obj, (list, tuple)):
        for item in obj:
            yield from _rule_classes(item)
    else:
        raise RegistryError(f"not a rule or a list of rules: {obj!r}")


# Whether the first load_rules has frozen what the process had made by then.
_start_frozen = False


def load_rules() -> dict[str, type[Rule]]:
    """Every registered rule, by code, in code order.

    Importing the rules makes most of what a process keeps for its whole life
    (modules, classes, compiled patterns, tables) and no garbage. The cyclic
    collector would walk all of it again and again while it is made, and at
    every full collection after, to free nothing. So the imports run with the
    collector paused, and the first load then freezes what exists out of its
    way (``gc.freeze``, as the gc docs advise for a process's start-up state:
    a forked ``--jobs`` worker also shares those pages instead of copying them)."""
    global _start_frozen
    collecting = gc.isenabled()
    gc.disable()
    try:
        found = _registered_rules()
    finally:
        if not _start_frozen:
            gc.freeze()
            _start_frozen = True
        if collecting:
            gc.enable()
    return found


def _registered_rules() -> dict[str, type[Rule]]:
    found: dict[str, type[Rule]] = {}
    for name, value in _entry_points():
        try:
            loaded = _load(value)
        except Exception as exc:  # a broken plugin is reported, not a traceback
            raise RegistryError(f"plugin {name!r} ({value}) failed to load: {exc}") from exc
        for rule in _rule_classes(loaded):
            if rule.code in found and found[rule.code] is not rule:
                raise RegistryError(
                    f"rule code {rule.code} is registered twice ({found[rule.code].__module__} and {rule.__module__})"
                )
            found[rule.code] = rule
    if not found:
        raise RegistryError("no rules are registered: is notelint installed (pip install notelint)?")
    return dict(sorted(found.items()))


def _load(value: str) -> Any:
    """What an entry point's ``module:attr.path [extras]`` names (as EntryPoint.load)."""
    module, _, attributes = value.split("[", 1)[0].partition(":")
    loaded = importlib.import_module(module.strip())
    for attribute in filter(None, attributes.strip().split(".")):
        loaded = getattr(loaded, attribute)
    return loaded


def _entry_points() -> list[tuple[str, str]]:
    """(name, value) of each entry point of the group, in importlib.metadata's order.

    importlib.metadata reads every installed distribution to find them, as
    long as linting a notice takes (benchmarks/entry_points.py; the figure is
    in benchmarks/RESULTS.md), so the list is cached with a stamp of what it
    depends on and rescanned when the stamp changes."""
    stamp = _installation_stamp()
    folder = cache.folder()
    # One file per interpreter. A crc32 is enough to name it: the stamp inside
    # names the interpreter too, so a file another interpreter wrote is rescanned.
    file = os.path.join(folder, f"entry-points-{zlib.crc32(sys.executable.encode()):08x}.json") if folder else None
    if file is not None:
        try:
            with open(file, encoding="utf-8") as saved_file:
                saved = json.load(saved_file)
            if saved["stamp"] == stamp:
                return [(name, value) for name, value in saved["entry_points"]]
        except (OSError, ValueError, KeyError, TypeError):
            pass  # no cache yet, or an unreadable one: scan
    from importlib.metadata import entry_points

    found = [(entry_point.name, entry_point.value) for entry_point in entry_points(group=ENTRY_POINT_GROUP)]
    if file is not None:
        cache.write_atomically(file, json.dumps({"stamp": stamp, "entry_points": found}))
    return found


def _installation_stamp() -> list:
    """The interpreter, and the distributions' metadata folders in every
    sys.path folder with their modification times (and each sys.path entry
    that is not a folder). Installing, upgrading or removing a distribution
    creates or removes its metadata folder; rewriting a metadata folder's
    files changes that folder's time. A folder without metadata folders is
    left out, and so are the folders' own times: the first entry is often
    the current folder (``python -m notelint``), which is another folder in
    each project and changes whenever a file is saved there, and a stamp that
    changed with it would rescan the distributions on almost every run."""
    stamp: list = [sys.executable, sys.version]
    for entry in sys.path:
        try:
            with os.scandir(entry or ".") as listing:
                metadata = sorted(
                    [item.name, item.stat().st_mtime_ns]
                    for item in listing
                    if item.name.endswith((".dist-info", ".egg-info"))
                )
            if metadata:
                stamp.append([entry, metadata])
        except OSError:  # a zip file, or a folder that does not exist
            try:
                stamp.append([entry, os.stat(entry).st_mtime_ns])
            except OSError:
                stamp.append([entry, None])
    return stamp
