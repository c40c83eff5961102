"""Word's automatic numbering: the label Word shows before a paragraph.

A numbered paragraph names a list instance (``w:numId``, from its own
properties or its style) and a level (``w:ilvl``). The instance (``w:num``)
points to an abstract definition (``w:abstractNum``) whose levels give the
number format (``w:numFmt``), the label pattern (``w:lvlText``, e.g. ``%1、``
or ``（%2）``), the start value and when the level restarts.

Counting follows Word, not the letter of ECMA-376: the running count belongs
to the abstract definition, so instances sharing one continue each other;
an instance's ``w:startOverride`` restarts its level where that instance is
first used (how Word's "restart numbering" is saved). A level restarts when a
shallower one advances, unless ``w:lvlRestart`` says otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_VAL = f"{W}val"
LEVELS = 9

_CHINESE_DIGITS = "零一二三四五六七八九"
_CHINESE_UNITS = ("", "十", "百", "千")
_LEGAL_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_LEGAL_UNITS = ("", "拾", "佰", "仟")
_HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸"
_EARTHLY_BRANCHES = "子丑寅卯辰巳午未申酉戌亥"
_IDEOGRAPH_DIGITS = "〇一二三四五六七八九"


def _chinese(
    value: int, digits: str = _CHINESE_DIGITS, units: tuple[str, ...] = _CHINESE_UNITS, bare_ten: bool = True
) -> str:
    """1 → 一, 10 → 十, 21 → 二十一, 105 → 一百零五 (below 10000)."""
    if value <= 0 or value >= 10000:
        return str(value)
    out: list[str] = []
    zero = False
    number = str(value)
    for index, char in enumerate(number):
        digit, place = int(char), len(number) - 1 - index
        if digit == 0:
            zero = bool(out)
            continue
        if zero:
            out.append(digits[0])
            zero = False
        if not (bare_ten and digit == 1 and place == 1 and not out):
            out.append(digits[digit])
        out.append(units[place])
    return "".join(out)


def _letters(value: int) -> str:
    """Word's letters: A … Z, AA … ZZ, AAA …"""
    if value <= 0:
        return str(value)
    return chr(ord("A") + (value - 1) % 26) * ((value - 1) // 26 + 1)


def _roman(value: int) -> str:
    if value <= 0 or value >= 4000:
        return str(value)
    out = []
    for number, numeral in (
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ):
        count, value = divmod(value, number)
        out.append(numeral * count)
    return "".join(out)


def _enclosed(first: int, last: int):
    return lambda value: chr(first + value - 1) if 1 <= value <= last - first + 1 else str(value)


_FORMATS = {
    "decimal": str,
    "decimalZero": lambda value: f"{value:02d}",
    "decimalFullWidth": lambda value: str(value).translate({c: c + 0xFEE0 for c in range(0x30, 0x3A)}),
    "decimalHalfWidth": str,
    "chineseCounting": _chinese,
    "chineseCountingThousand": _chinese,
    "taiwaneseCounting": _chinese,
    "taiwaneseCountingThousand": _chinese,
    "japaneseCounting": _chinese,
    "chineseLegalSimplified": lambda value: _chinese(value, _LEGAL_DIGITS, _LEGAL_UNITS, bare_ten=False),
    "ideographDigital": lambda value: "".join(_IDEOGRAPH_DIGITS[int(c)] for c in str(value)),
    "taiwaneseDigital": lambda value: "".join(_IDEOGRAPH_DIGITS[int(c)] for c in str(value)),
    "ideographTraditional": lambda value: _HEAVENLY_STEMS[(value - 1) % 10],
    "ideographZodiac": lambda value: _EARTHLY_BRANCHES[(value - 1) % 12],
    "upperLetter": _letters,
    "lowerLetter": lambda value: _letters(value).lower(),
    "upperRoman": _roman,
    "lowerRoman": lambda value: _roman(value).lower(),
    "decimalEnclosedCircle": _enclosed(0x2460, 0x2473),  # ① … ⑳
    "decimalEnclosedCircleChinese": _enclosed(0x2460, 0x2473),
    "decimalEnclosedParen": _enclosed(0x2474, 0x2487),  # ⑴ … ⒇
    "decimalEnclosedFullstop": _enclosed(0x2488, 0x249B),  # ⒈ … ⒛
    "none": lambda value: "",
}


def format_number(value: int, number_format: str) -> str:
    """A counter value as a level of format ``number_format`` shows it
    (unknown formats as decimal)."""
    return _FORMATS.get(number_format, str)(value)


@dataclass(frozen=True, slots=True)
class Level:
    start: int = 0  # ECMA-376's default when w:start is absent
    number_format: str = "decimal"
    text: str = ""  # w:lvlText, e.g. "（%2）"
    restart: int | None = None  # w:lvlRestart: None restarts after any shallower level, 0 never
    legal: bool = False  # w:isLgl: every number in the label as decimal
    style: str | None = None  # w:pStyle: the paragraph style bound to this level


def _val(element, path: str) -> str | None:
    found = element.find(path) if element is not None else None
    return found.get(_VAL) if found is not None else None


def _int(text: str | None) -> int | None:
    try:
        return int(text) if text is not None else None
    except ValueError:
        return None


def _level(element) -> Level:
    legal = element.find(f"{W}isLgl")
    return Level(
        start=_int(_val(element, f"{W}start")) or 0,
        number_format=_val(element, f"{W}numFmt") or "decimal",
        text=_val(element, f"{W}lvlText") or "",
        restart=_int(_val(element, f"{W}lvlRestart")),
        legal=legal is not None and legal.get(_VAL, "1") not in ("0", "false", "off"),
        style=_val(element, f"{W}pStyle"),
    )


@dataclass(slots=True)
class _Instance:
    abstract: str
    levels: dict[int, Level]  # the abstract's levels with this instance's w:lvlOverride applied
    restarts: set[int]  # levels with a w:startOverride: restarted where this instance is first used


class Numbering:
    """Reads numbering.xml and styles.xml once; :meth:`label` is called for
    every paragraph in document order and keeps the running counts."""

    def __init__(self, numbering, styles):
        self._styles = {}  # style id → (w:numId, w:ilvl, w:basedOn) of a paragraph style
        self._default_style = None
        for style in styles.iterfind(f"{W}style") if styles is not None else ():
            style_id = style.get(f"{W}styleId")
            properties = style.find(f"{W}pPr")
            self._styles[style_id] = (
                _val(properties, f"{W}numPr/{W}numId"),
                _int(_val(properties, f"{W}numPr/{W}ilvl")),
                _val(style, f"{W}basedOn"),
            )
            if style.get(f"{W}type") == "paragraph" and style.get(f"{W}default") in ("1", "true", "on"):
                self._default_style = style_id
        abstracts, links = {}, {}
        for abstract in numbering.iterfind(f"{W}abstractNum") if numbering is not None else ():
            abstract_id = abstract.get(f"{W}abstractNumId")
            abstracts[abstract_id] = {_int(lvl.get(f"{W}ilvl")): _level(lvl) for lvl in abstract.iterfind(f"{W}lvl")}
            if (link := _val(abstract, f"{W}numStyleLink")) is not None:
                links[abstract_id] = link  # its levels live in a numbering style's list
        nums = {num.get(f"{W}numId"): num for num in numbering.iterfind(f"{W}num")} if numbering is not None else {}

        def definition(num) -> str | None:
            abstract_id = _val(num, f"{W}abstractNumId")
            if abstract_id in links:
                linked = nums.get(self._style_numbering(links[abstract_id])[0])
                if linked is not None and linked is not num:
                    return _val(linked, f"{W}abstractNumId")
            return abstract_id

        self._instances: dict[str, _Instance] = {}
        for num_id, num in nums.items():
            abstract_id = definition(num)
            levels = dict(abstracts.get(abstract_id, {}))
            restarts = set()
            for override in num.iterfind(f"{W}lvlOverride"):
                ilvl = _int(override.get(f"{W}ilvl"))
                if (replaced := override.find(f"{W}lvl")) is not None:
                    levels[ilvl] = _level(replaced)
                if (start := _int(_val(override, f"{W}startOverride"))) is not None:
                    levels[ilvl] = replace(levels.get(ilvl, Level()), start=start)
                    restarts.add(ilvl)
            self._instances[num_id] = _Instance(abstract_id, levels, restarts)
        self._counts: dict[str, list[int | None]] = {}
        self._used: set[tuple[str, int]] = set()  # (numId, ilvl) seen: a startOverride applies once

    def _style_numbering(self, style_id: str | None) -> tuple[str | None, int | None]:
        """The w:numId and w:ilvl a paragraph style (or a style it is based on) sets."""
        num_id = ilvl = None
        seen = set()
        while style_id in self._styles and style_id not in seen:
            seen.add(style_id)
            style_num, style_ilvl, based_on = self._styles[style_id]
            num_id = num_id if num_id is not None else style_num
            ilvl = ilvl if ilvl is not None else style_ilvl
            style_id = based_on
        return num_id, ilvl

    def label(self, paragraph) -> str:
        """The label Word shows before ``paragraph`` (a w:p), "" if none."""
        properties = paragraph.find(f"{W}pPr")
        num_id = _val(properties, f"{W}numPr/{W}numId")
        ilvl = _int(_val(properties, f"{W}numPr/{W}ilvl"))
        style = _val(properties, f"{W}pStyle") or self._default_style
        if num_id is None or ilvl is None:
            style_num, style_ilvl = self._style_numbering(style)
            num_id = num_id if num_id is not None else style_num
            ilvl = ilvl if ilvl is not None else style_ilvl
        instance = self._instances.get(num_id) if num_id is not None else None
        if num_id is None or instance is None:  # no numbering, or w:numId 0: numbering switched off
            return ""
        if ilvl is None:
            ilvl = next((i for i, level in instance.levels.items() if level.style == style), 0)
        if not 0 <= ilvl < LEVELS:
            return ""
        return self._count(num_id, instance, ilvl)

    def _count(self, num_id: str, instance: _Instance, ilvl: int) -> str:
        counts = self._counts.setdefault(instance.abstract, [None] * LEVELS)
        level = instance.levels.get(ilvl, Level())
        if (num_id, ilvl) not in self._used:
            self._used.add((num_id, ilvl))
            if ilvl in instance.restarts:
                counts[ilvl] = None
        count = counts[ilvl]
        counts[ilvl] = level.start if count is None else count + 1
        for deeper in range(ilvl + 1, LEVELS):
            restart = instance.levels.get(deeper, Level()).restart
            if restart is None or (restart != 0 and ilvl < restart):
                counts[deeper] = None
        if level.number_format == "bullet":  # a bullet glyph is not text
            return ""
        return self._render(instance, level, counts)

    def _render(self, instance: _Instance, level: Level, counts: list[int | None]) -> str:
        text, out, index = level.text, [], 0
        while index < len(text):
            if text[index] == "%" and index + 1 < len(text) and text[index + 1] in "123456789":
                shown = int(text[index + 1]) - 1
                shown_level = instance.levels.get(shown, Level())
                count = counts[shown]
                value = count if count is not None else shown_level.start
                out.append(format_number(value, "decimal" if level.legal else shown_level.number_format))
                index += 2
            else:
                out.append(text[index])
                index += 1
        return "".join(out)
