"""Configuration: ``[tool.notelint]`` in pyproject.toml, or a notelint.toml.

The file closest to a linted file wins (no merging across folders, as in
ruff); ``--config`` names one file for every path, ``--isolated`` ignores
them all. Every key is checked: an unknown key, an unknown rule code or a
wrong type is a :class:`ConfigError` naming the file and the key.
"""

from __future__ import annotations

import codecs
import fnmatch
import os
import sys
from collections.abc import Mapping
from functools import cache
from typing import Any

from notelint.diagnostics import Severity

CONFIG_NAMES = ("notelint.toml", "pyproject.toml")
LANGS = ("zh", "en")
LEVELS = ("error", "warning", "info")
# Rule options whose value is a path (resolved relative to the config file).
PATH_OPTIONS = ("extra-data",)


class ConfigError(Exception):
    """A config problem, as one line in Chinese and (when given) in English."""

    def __init__(self, zh: str, en: str | None = None):
        super().__init__(zh)
        self.zh = zh
        self.en = en or zh

    def message(self, lang: str) -> str:
        return self.en if lang == "en" else self.zh


def locale_lang() -> str:
    """The language the environment asks for: English for an ``en`` locale,
    Chinese otherwise (the default, also for ``C`` and ``POSIX``)."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name)
        if value:
            return "en" if value.lower().startswith("en") else "zh"
    return "zh"


class Settings:
    """Everything that decides how one file is linted and reported. Never
    changed once made: ``replace`` makes a changed copy."""

    __slots__ = (
        "config_file",
        "encoding",
        "exclude",
        "extend_select",
        "fail_on",
        "force_exclude",
        "ignore",
        "lang",
        "options",
        "per_file_ignores",
        "select",
        "severity",
    )

    def __init__(
        self,
        lang: str = "zh",
        fail_on: str = "error",
        encoding: str | None = None,
        select: tuple[str, ...] | None = None,
        extend_select: tuple[str, ...] = (),
        ignore: tuple[str, ...] = (),
        per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = (),
        severity: tuple[tuple[str, str], ...] = (),
        exclude: tuple[str, ...] = (),
        force_exclude: bool = False,
        options: Mapping[str, Mapping[str, Any]] | None = None,
        config_file: str | None = None,
    ) -> None:
        self.lang = lang
        self.fail_on = fail_on
        self.encoding = encoding
        self.select = select  # codes or prefixes; None: every registered rule
        self.extend_select = extend_select
        self.ignore = ignore
        self.per_file_ignores = per_file_ignores  # glob → codes or prefixes
        self.severity = severity  # code → error / warning / info / off
        self.exclude = exclude
        # Exclude files named on the command line too (pre-commit names every file it matched).
        self.force_exclude = force_exclude
        self.options = {} if options is None else options  # code → option → value
        self.config_file = config_file  # where these came from

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"Settings({fields})"

    def replace(self, **changes: Any) -> Settings:
        """A copy with the fields named in ``changes`` changed."""
        fields = {name: getattr(self, name) for name in self.__slots__}
        fields.update(changes)
        return Settings(**fields)

    @property
    def root(self) -> str:
        """The folder globs are relative to: the config file's, or the current one."""
        return os.path.dirname(os.path.abspath(self.config_file)) if self.config_file else os.getcwd()

    def enabled(self, codes, path: str | None = None) -> frozenset[str]:
        """The codes that run on ``path``."""
        dropped = self.ignore + tuple(code for code, level in self.severity if level == "off")
        if path is not None and self.per_file_ignores:
            relative = _relative(path, self.root)
            for pattern, ignored in self.per_file_ignores:
                if _glob_match(relative, pattern):
                    dropped += ignored
        if self.select is None or "ALL" in self.select or "ALL" in self.extend_select:
            chosen = codes
        else:
            chosen = [c for c in codes if c.startswith(self.select + self.extend_select)]
        return frozenset(c for c in chosen if not c.startswith(dropped)) if dropped else frozenset(chosen)

    def severity_of(self, code: str) -> Severity | None:
        for key, level in self.severity:
            if key == code and level != "off":
                return Severity.parse(level)
        return None

    def excluded(self, path: str) -> bool:
        relative = _relative(path, self.root)
        return any(_glob_match(relative, pattern) for pattern in self.exclude)

    def as_table(self) -> dict[str, Any]:
        """The resolved settings as the keys of a config file (for --show-settings)."""
        return {
            "config-file": self.config_file,
            "lang": self.lang,
            "fail-on": self.fail_on,
            "encoding": self.encoding,
            "select": list(self.select) if self.select is not None else "all",
            "extend-select": list(self.extend_select),
            "ignore": list(self.ignore),
            "per-file-ignores": {glob: list(codes) for glob, codes in self.per_file_ignores},
            "severity": dict(self.severity),
            "exclude": list(self.exclude),
            "force-exclude": self.force_exclude,
            "options": {code: dict(values) for code, values in self.options.items()},
        }


def _relative(path: str, root: str) -> str:
    absolute = os.path.abspath(path)
    try:
        return os.path.relpath(absolute, root).replace(os.sep, "/")
    except ValueError:  # another drive on Windows
        return absolute.replace(os.sep, "/")


def _glob_match(relative: str, pattern: str) -> bool:
    """A glob matches the path relative to the config, or its file name
    (``*.md``), or a folder prefix (``drafts/`` or ``drafts``)."""
    if fnmatch.fnmatchcase(relative, pattern) or fnmatch.fnmatchcase(os.path.basename(relative), pattern):
        return True
    folder = pattern.rstrip("/")
    return relative.startswith(folder + "/") or any(
        fnmatch.fnmatchcase(part, folder) for part in relative.split("/")[:-1]
    )


def find_config(path: str) -> str | None:
    """The config closest to ``path``: a notelint.toml, or a pyproject.toml
    that has a ``[tool.notelint]`` table, in its folder or any above."""
    folder = os.path.abspath(path)
    if not os.path.isdir(folder):
        folder = os.path.dirname(folder)
    while True:
        for name in CONFIG_NAMES:
            file = os.path.join(folder, name)
            if os.path.isfile(file) and (name != "pyproject.toml" or _has_notelint_table(file)):
                return file
        parent = os.path.dirname(folder)
        if parent == folder:  # the root
            return None
        folder = parent


@cache
def _has_notelint_table(file: str) -> bool:
    try:
        tool = _read_toml(file).get("tool", {})
    except ConfigError:
        return True  # let loading report what is wrong with it
    return isinstance(tool, dict) and "notelint" in tool  # `tool = 3` is someone else's mistake


def _read_toml(file: str) -> dict:
    # Imported only when a config file is read, not on every start.
    if sys.version_info >= (3, 11):
        import tomllib
    else:
        import tomli as tomllib

    try:
        with open(file, encoding="utf-8") as opened:
            return tomllib.loads(opened.read())
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{file}：无法读取：{exc}", f"{file}: cannot read: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{file}：不是有效的 TOML：{exc}", f"{file}: not valid TOML: {exc}") from None


def load(file: str, codes: frozenset[str], rule_options: Mapping[str, Mapping[str, Any]], lang: str = "zh") -> Settings:
    """Settings from one config file; ``codes`` and ``rule_options`` (code →
    option → default) are what the registered rules accept; ``lang`` is the
    language when the file sets none."""
    data = _read_toml(file)
    table = data
    if os.path.basename(file) == "pyproject.toml":
        tool = data.get("tool", {})
        table = tool.get("notelint", {}) if isinstance(tool, dict) else tool
    if not isinstance(table, dict):
        raise ConfigError(f"{file}：[tool.notelint] 应为表", f"{file}: [tool.notelint] must be a table")
    return _validated(table, file, codes, rule_options, Settings(lang=lang, config_file=file))


def _validated(table: Mapping, where: str, codes: frozenset[str], rule_options: Mapping, base: Settings) -> Settings:
    place = {"zh": "命令行" if where == "command line" else where, "en": where}

    def fail(key: str, expected_zh: str, expected_en: str, got: Any) -> ConfigError:
        return ConfigError(
            f"{place['zh']}：键“{key}”应为{expected_zh}，而不是 {got!r}",
            f"{where}: key '{key}': expected {expected_en}, got {got!r}",
        )

    def code_list(key: str, value: Any, exact: bool = False) -> tuple[str, ...]:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise fail(
                key,
                '规则代码或前缀的列表（如 ["NL1", "NL505"]）',
                'a list of rule codes or prefixes (e.g. ["NL1", "NL505"])',
                value,
            )
        for code in value:
            known = code in codes if exact else code == "ALL" or any(c.startswith(code) for c in codes)
            if not code or not known:
                raise ConfigError(
                    f"{place['zh']}：键“{key}”：未知的规则代码 {code!r}",
                    f"{where}: key '{key}': unknown rule code {code!r}",
                )
        return tuple(value)

    def choice(key: str, value: Any, allowed: tuple[str, ...]) -> str:
        if value not in allowed:
            raise fail(key, "、".join(repr(a) for a in allowed) + " 之一", " or ".join(repr(a) for a in allowed), value)
        return value

    def string_list(key: str, value: Any) -> tuple[str, ...]:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise fail(key, "字符串列表", "a list of strings", value)
        return tuple(value)

    def table_of(key: str, value: Any) -> Mapping:
        if not isinstance(value, dict):
            raise fail(key, "表", "a table", value)
        return value

    changes: dict[str, Any] = {}
    for key, value in table.items():
        if key == "select":
            changes["select"] = code_list(key, value)
        elif key == "extend-select":
            changes["extend_select"] = code_list(key, value)
        elif key == "ignore":
            changes["ignore"] = code_list(key, value)
        elif key == "per-file-ignores":
            changes["per_file_ignores"] = tuple(
                (glob, code_list(f"{key}.{glob}", codes_)) for glob, codes_ in table_of(key, value).items()
            )
        elif key == "severity":
            levels = []
            for code, level in table_of(key, value).items():
                code_list(f"{key}.{code}", [code], exact=True)
                levels.append((code, choice(f"{key}.{code}", level, (*LEVELS, "off"))))
            changes["severity"] = tuple(levels)
        elif key == "exclude":
            changes["exclude"] = string_list(key, value)
        elif key == "force-exclude":
            if not isinstance(value, bool):
                raise fail(key, " true 或 false", "true or false", value)
            changes["force_exclude"] = value
        elif key == "lang":
            changes["lang"] = choice(key, value, LANGS)
        elif key == "fail-on":
            changes["fail_on"] = choice(key, value, LEVELS)
        elif key == "encoding":
            if not isinstance(value, str) or not _known_encoding(value):
                raise fail(key, '编码名称，如 "gb18030"', 'an encoding name such as "gb18030"', value)
            changes["encoding"] = value
        elif key == "options":
            changes["options"] = {
                code: _rule_options(where, code, values, codes, rule_options)
                for code, values in table_of(key, value).items()
            }
        else:
            known = (
                "select, extend-select, ignore, per-file-ignores, severity, exclude, force-exclude, lang, "
                "fail-on, encoding, options"
            )
            raise ConfigError(
                f"{place['zh']}：未知的键“{key}”（可用：{known}）", f"{where}: unknown key '{key}' (known: {known})"
            )
    return base.replace(**changes)


def _known_encoding(name: str) -> bool:
    try:
        codecs.lookup(name)
    except LookupError:
        return False
    return True


def _rule_options(where: str, code: str, values: Any, codes: frozenset[str], rule_options: Mapping) -> dict:
    if code not in codes:
        raise ConfigError(
            f"{where}：键“options.{code}”：未知的规则代码 {code!r}",
            f"{where}: key 'options.{code}': unknown rule code {code!r}",
        )
    if not isinstance(values, dict):
        raise ConfigError(
            f"{where}：键“options.{code}”应为选项表，而不是 {values!r}",
            f"{where}: key 'options.{code}': expected a table of options, got {values!r}",
        )
    accepted = dict(rule_options.get(code, ()))
    for name, value in values.items():
        if name not in accepted:
            known = ", ".join(accepted) or "none"
            raise ConfigError(
                f"{where}：键“options.{code}.{name}”：{code} 没有选项 {name!r}（可用选项：{known}）",
                f"{where}: key 'options.{code}.{name}': {code} has no option {name!r} (options: {known})",
            )
        default = accepted[name]
        if not _same_type(value, default):
            kind = type(default).__name__
            raise ConfigError(
                f"{where}：键“options.{code}.{name}”应为 {kind}，而不是 {value!r}",
                f"{where}: key 'options.{code}.{name}': expected {kind}, got {value!r}",
            )
    # A data file a rule reads is named relative to the config file that names it.
    return {
        name: os.path.join(os.path.dirname(os.path.abspath(where)), value)
        if name in PATH_OPTIONS and value and not os.path.isabs(value)
        else value
        for name, value in values.items()
    }


def _same_type(value: Any, default: Any) -> bool:
    if isinstance(default, bool) or isinstance(value, bool):
        return isinstance(value, bool) and isinstance(default, bool)
    if isinstance(default, (int, float)):
        return isinstance(value, (int, float))
    if isinstance(default, list):
        return (
            isinstance(value, list) and all(isinstance(v, type(default[0])) for v in value)
            if default
            else isinstance(value, list)
        )
    return isinstance(value, type(default))


def overrides(base: Settings, flags: Mapping[str, Any], codes: frozenset[str]) -> Settings:
    """Command-line flags beat the file: apply the ones the user gave."""
    given = {key: value for key, value in flags.items() if value is not None}
    table = {key.replace("_", "-"): value for key, value in given.items()}
    return _validated(table, "command line", codes, {}, base)
