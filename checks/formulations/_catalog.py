"""What the NL7xx rules share: their data (the TSV files in notelint/data,
plus the files a user names with a rule's ``extra-data`` option), one
combined scan of the analysis text for the entries of every file, the date
of the notice, and how a replacement is written in the notice's script.

The data is read on the first notice that needs it and kept for the run.
The scan is one regular expression: a trie of every literal the data holds
(series members, formulations, terms, names of events, 二十届 and the like,
where a list of plenary sessions is then read), so a notice is read once for
all the rules."""

import os
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple

from notelint.config import ConfigError
from notelint.datafiles import DATA_FOLDER

if TYPE_CHECKING:
    from notelint.model import Notice
    from notelint.rules import Context

SERIES, CANONICAL, PAIRINGS, EVENTS, REGULATIONS = "series", "canonical", "pairings", "events", "regulations"
FILES = {
    SERIES: "formulations-series.tsv",
    CANONICAL: "formulations-canonical.tsv",
    PAIRINGS: "formulations-pairings.tsv",
    EVENTS: "events.tsv",
    REGULATIONS: "regulations.tsv",
}
COLUMNS = {SERIES: 3, CANONICAL: 4, PAIRINGS: 4, EVENTS: 4, REGULATIONS: 6}
# The rule whose ``extra-data`` option adds entries of each kind.
EXTRA_DATA = (
    ("NL701", SERIES),
    ("NL702", CANONICAL),
    ("NL703", PAIRINGS),
    ("NL704", EVENTS),
    ("NL705", REGULATIONS),
    ("NL706", REGULATIONS),
)
EXTRA_OPTION = "extra-data"

# How a quoted term is written: the data writes “…”; drafts also use corner
# brackets (traditional script), straight quotes (a flattened web copy) or none.
_QUOTES = (("“", "”"), ("「", "」"), ('"', '"'), ("‘", "’"), ("", ""))
OPENING_QUOTES = '“「"‘'
# 二十届二中、三中全会: one or more plenary sessions of one Central Committee.
_PLENUM_NUMERAL = "一二三四五六七八九"
PLENUM_ITEM = re.compile(f"[{_PLENUM_NUMERAL}]中")
_SESSIONS = ("十八届", "十九届", "二十届", "二十一届")
_PLENUMS = re.compile(rf"[{_PLENUM_NUMERAL}]中(?:[、,和及与][{_PLENUM_NUMERAL}]中)*全会")
# A date known only to the month or the year leaves the rest out (2024-04,
# 2017): its missing parts are 0, so any day within it counts as not before it.
_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")

Date = tuple  # (year, month, day); month and day 0 when the data does not know them


class Series(NamedTuple):
    name: str
    members: tuple[str, ...]
    source: str


class Canonical(NamedTuple):
    text: str
    distance: int
    variants: tuple[str, ...]
    source: str


class Pairing(NamedTuple):
    term: str
    verbs: tuple[str, ...]
    wrong: tuple[str, ...]
    source: str


class Event(NamedTuple):
    names: tuple[str, ...]
    date: Date
    kind: str  # congress / plenum / campaign / formulation
    source: str


class Regulation(NamedTuple):
    title: str
    short: tuple[str, ...]
    keys: tuple[str, ...]  # a garbled title keeps one of them
    first: Date | None
    revisions: dict  # year → the date the revision took effect
    source: str

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.title, *self.short)


class Hit(NamedTuple):
    start: int
    end: int
    key: str  # the literal found, or the list of plenary sessions
    plenum: bool = False


def variants(text: str) -> list[str]:
    """``text`` with its “…” quotes written each way a draft writes them."""
    if "“" not in text:
        return [text]
    return [text.replace("“", opening).replace("”", closing) for opening, closing in _QUOTES]


def _split(value: str, separator: str = "|") -> tuple[str, ...]:
    return () if value in ("", "-") else tuple(part.strip() for part in value.split(separator) if part.strip())


def _date(value: str, where: str) -> Date | None:
    if value in ("", "-"):
        return None
    match = _DATE.fullmatch(value)
    if match is None:
        raise ConfigError(
            f"{where}：日期“{value}”应写作 YYYY-MM-DD、YYYY-MM 或 YYYY"
            f" / date {value!r}: expected YYYY-MM-DD, YYYY-MM or YYYY"
        )
    return tuple(int(part or 0) for part in match.groups())


def _rows(path: str, kind: str) -> Iterator[tuple[str, list[str]]]:
    """(where, columns) of each entry line of a data file."""
    try:
        with open(path, encoding="utf-8-sig") as file:
            lines = file.read().splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}：无法读取 NL7 数据文件 / cannot read the NL7 data file: {exc}") from None
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        columns = [column.strip() for column in line.split("\t")]
        where = f"{path}:{number}"
        if len(columns) != COLUMNS[kind] or not columns[-1] or not columns[0]:
            raise ConfigError(
                f"{where}：应有 {COLUMNS[kind]} 列（以制表符分隔，最后一列写出处），"
                f"实有 {len(columns)} 列"
                f" / expected {COLUMNS[kind]} tab-separated columns, the last naming the source"
            )
        yield where, columns


def _entry(kind: str, where: str, columns: list[str]) -> Series | Canonical | Pairing | Event | Regulation:
    if kind == SERIES:
        members = _split(columns[1], "、")
        if len(members) < 2:
            raise ConfigError(f"{where}：系列至少要有两个成员 / a series needs two members or more")
        return Series(columns[0], members, columns[2])
    if kind == CANONICAL:
        if not columns[1].isdigit():
            raise ConfigError(f"{where}：容许的差异应为整数 / the distance must be a whole number")
        return Canonical(columns[0], int(columns[1]), _split(columns[2]), columns[3])
    if kind == PAIRINGS:
        return Pairing(columns[0], _split(columns[1]), _split(columns[2]), columns[3])
    if kind == EVENTS:
        date = _date(columns[1], where)
        if date is None or columns[2] not in ("congress", "plenum", "campaign", "formulation"):
            raise ConfigError(
                f"{where}：需要日期和类别 congress/plenum/campaign/formulation"
                " / a date and a kind (congress, plenum, campaign, formulation) are required"
            )
        return Event(_split(columns[0]), date, columns[2], columns[3])
    revisions = {}
    for part in _split(columns[4], ";"):
        year, _, effective = part.partition("=")
        if not year.strip().isdigit():
            raise ConfigError(f"{where}：修订应写作“年份=YYYY-MM-DD” / revisions are written year=YYYY-MM-DD")
        revisions[int(year)] = _date(effective.strip(), where)
    keys = _split(columns[2])
    if not keys:
        raise ConfigError(f"{where}：至少要有一个关键词 / at least one key word is required")
    return Regulation(columns[0], _split(columns[1]), keys, _date(columns[3], where), revisions, columns[5])


def _trie_pattern(words: Iterable[str]) -> str:
    """A regex matching any of ``words``, the longest at a position: a trie,
    so the engine reads each character once per candidate, not once per word."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


def anchors(entry: Canonical) -> list[tuple[int, str]]:
    """(offset, piece): the formulation cut into distance + 1 pieces. A
    string within that distance keeps at least one piece intact, so finding
    the pieces finds every near miss."""
    text, count = entry.text, entry.distance + 1
    bounds = [len(text) * i // count for i in range(count + 1)]
    return [(bounds[i], text[bounds[i] : bounds[i + 1]]) for i in range(count) if bounds[i + 1] - bounds[i] >= 2]


class Catalog:
    """Every entry, and what each literal of the scan stands for."""

    def __init__(self, entries: dict[str, list]) -> None:
        self.series: list[Series] = entries[SERIES]
        self.canonicals: list[Canonical] = entries[CANONICAL]
        self.pairings: list[Pairing] = entries[PAIRINGS]
        self.events: list[Event] = entries[EVENTS]
        self.regulations: list[Regulation] = entries[REGULATIONS]
        # literal → [(role, data)]: ("member", (series, member)), ("anchor", (canonical, offset)),
        # ("term", pairing), ("event", event), ("session", None) for 二十届 and the like
        self.roles: dict[str, list[tuple[str, Any]]] = {}
        for index, series in enumerate(self.series):
            for member_index, member in enumerate(series.members):
                for written in variants(member):
                    self._add(written, "member", (index, member_index))
        for index, entry in enumerate(self.canonicals):
            for offset, piece in anchors(entry):
                self._add(piece, "anchor", (index, offset))
        for index, pairing in enumerate(self.pairings):
            self._add(pairing.term, "term", index)
        # A regulation by each form of its title (the first listed, where two share one).
        self.regulation_named: dict[str, Regulation] = {}
        for regulation in self.regulations:
            for form in regulation.forms:
                self.regulation_named.setdefault(form, regulation)
        self.regulation_keys = frozenset(key for regulation in self.regulations for key in regulation.keys)
        # Any of the keys, found in a title by one search: most titles hold none.
        self.regulation_key = re.compile("|".join(map(re.escape, sorted(self.regulation_keys))))
        self.plenums: dict[str, int] = {}
        for index, event in enumerate(self.events):
            for name in event.names:
                if event.kind == "plenum":
                    self.plenums[name] = index
                else:
                    self._add(name, "event", index)
        # The literals found inside a longer literal: the scan reports them too
        # (增强“四个意识” holds the term 四个意识).
        self.inner = {
            key: [
                (offset, other)
                for other in self.roles
                if other != key and other in key  # asked in C first: few literals hold another
                for offset in _occurrences(key, other)
            ]
            for key in self.roles
        }
        for session in _SESSIONS:
            self._add(session, "session", None)
        # Literals only: the engine then skips every character no literal starts with.
        self.pattern = re.compile(_trie_pattern(self.roles))

    def _add(self, literal: str, role: str, data: Any) -> None:
        self.roles.setdefault(literal, []).append((role, data))

    def hits(self, role: str, found: list[Hit]) -> Iterator[tuple[Hit, Any]]:
        """(hit, data) of each hit that has ``role``."""
        for hit in found:
            if not hit.plenum:
                for hit_role, data in self.roles[hit.key]:
                    if hit_role == role:
                        yield hit, data

    def scan(self, text: str) -> list[Hit]:
        """Every literal of the catalog and every list of plenary sessions in
        ``text``, in order (rules read a notice's as ``notice.hits(catalog)``)."""
        found = []
        for match in self.pattern.finditer(text):
            start, end, key = match.start(), match.end(), match.group()
            if key in _SESSIONS:  # 二十届: a list of its plenary sessions may follow
                plenums = _PLENUMS.match(text, end)
                if plenums is not None:
                    found.append(Hit(start, plenums.end(), text[start : plenums.end()], True))
                continue
            found.append(Hit(start, end, key))
            found.extend(Hit(start + offset, start + offset + len(inner), inner) for offset, inner in self.inner[key])
        found.sort()
        return found


def _occurrences(text: str, word: str) -> list[int]:
    found, at = [], text.find(word)
    while at != -1:
        found.append(at)
        at = text.find(word, at + 1)
    return found


def _load(kind: str, path: str, entries: dict[str, list]) -> None:
    entries[kind].extend(_entry(kind, where, columns) for where, columns in _rows(path, kind))


@lru_cache(maxsize=8)
def _catalog(extras: tuple[tuple[str, str], ...]) -> Catalog:
    entries: dict[str, list] = {kind: [] for kind in FILES}
    for kind, name in FILES.items():
        _load(kind, os.path.join(DATA_FOLDER, name), entries)
    for kind, path in dict.fromkeys(extras):
        if path:
            _load(kind, path, entries)
    return Catalog(entries)


def catalog(ctx: "Context") -> Catalog:
    """The built-in data and the user's extra files (the rules' extra-data options)."""
    if not ctx.options:  # no options set, the usual case: the built-in data, without the key built per rule
        return _catalog(())
    return _catalog(tuple((kind, ctx.options.get(code, {}).get(EXTRA_OPTION, "")) for code, kind in EXTRA_DATA))


def hits(notice: "Notice", ctx: "Context") -> tuple[Catalog, list[Hit]]:
    """The catalog and its hits in the notice, scanned once for all the rules."""
    found = catalog(ctx)
    return found, notice.hits(found)


# -- the notice's date ----------------------------------------------------------------


def notice_date(notice: "Notice") -> tuple[Date, str] | None:
    """The latest day the notice can be dated, and how to name it: the signing
    date, else the end of the disclosure period; None when it has neither."""
    signing = notice.signing_date
    signed = signing.latest() if signing is not None else None
    if signing is not None and signed is not None:
        return signed, signing.standard() or show(signed)
    period = notice.disclosure_period
    if period is not None and period.range is not None:
        end = period.range.second
        last = end.latest()
        if last is not None:
            return last, end.standard() or show(last)
    return None


def nested(text: str) -> str:
    """``text`` for a message that puts it in “…”: its own quotes become ‘…’."""
    return text.replace("“", "‘").replace("”", "’")


def show(date: Date) -> str:
    year, month, day = date
    return f"{year}年" + (f"{month}月" if month else "") + (f"{day}日" if day else "")


# -- writing a replacement -------------------------------------------------------------


@cache
def _to_traditional() -> Any:  # an opencc.OpenCC (untyped)
    import opencc  # only for a traditional draft

    return opencc.OpenCC("s2t")


def written(notice: "Notice", simplified: str) -> str:
    """``simplified`` as the draft writes it: converted for a traditional draft."""
    if notice.normalized.script != "traditional":
        return simplified
    converted = _to_traditional().convert(simplified)
    return converted if len(converted) == len(simplified) else simplified


def same_length_in_source(notice: "Notice", start: int, end: int) -> bool:
    """Whether ``[start, end)`` of the analysis text is as long in the draft:
    nothing (a Markdown line break, pinyin residue) was removed inside it."""
    source_start, source_end = notice.normalized.offsets.span_to_source(start, end)
    return source_end - source_start == end - start


# -- near misses -------------------------------------------------------------------------


def missing(pattern: str, window: str) -> int:
    """How many characters of ``pattern`` (counting repeats) ``window`` lacks:
    no distance :func:`nearest` finds is smaller, as each of them takes an edit
    of its own (a swap of neighbours moves two characters the window holds).
    Far cheaper than the distance, it rules out most places."""
    counts = Counter(window)
    lacking = 0
    for char in pattern:
        if counts[char]:
            counts[char] -= 1
        else:
            lacking += 1
    return lacking


def nearest(pattern: str, text: str, lo: int, hi: int) -> tuple[int, int, int]:
    """(distance, start, end) of the part of ``text[lo:hi]`` closest to
    ``pattern``: edit distance counting a swap of neighbours as one edit.
    Each cell keeps its cost and where its alignment starts in the window."""
    window = text[lo:hi]
    width = len(window) + 1
    previous2: list | None = None
    previous = [(0, j) for j in range(width)]  # aligning nothing: free to start anywhere
    for i in range(1, len(pattern) + 1):
        char = pattern[i - 1]
        row = [(i, 0)]
        for j in range(1, width):
            best = previous[j - 1]
            if char != window[j - 1]:
                best = (best[0] + 1, best[1])
            if previous[j][0] + 1 < best[0]:
                best = (previous[j][0] + 1, previous[j][1])
            if row[j - 1][0] + 1 < best[0]:
                best = (row[j - 1][0] + 1, row[j - 1][1])
            if (
                previous2 is not None
                and j > 1
                and char == window[j - 2]
                and pattern[i - 2] == window[j - 1]
                and previous2[j - 2][0] + 1 < best[0]
            ):
                best = (previous2[j - 2][0] + 1, previous2[j - 2][1])
            row.append(best)
        previous2, previous = previous, row
    distance, start, end = min((cost, start, end) for end, (cost, start) in enumerate(previous) if end)
    return distance, lo + start, lo + end
