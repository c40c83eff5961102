"""Chinese numerals as written in notices: 一 … 十九, 二十三, 一百零五, 两, 〇."""

from __future__ import annotations

DIGITS = {
    "〇": 0,
    "○": 0,
    "零": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
UNITS = {"十": 10, "百": 100, "千": 1000}
CHINESE_NUMERAL_CHARS = "".join(DIGITS) + "".join(UNITS)
_TO_CHINESE = "零一二三四五六七八九"


def chinese_to_int(text: str) -> int | None:
    """The value of a Chinese numeral, or None if ``text`` is not one.

    >>> chinese_to_int("十六"), chinese_to_int("二十三"), chinese_to_int("一百零五")
    (16, 23, 105)
    """
    if not text:
        return None
    total, digit = 0, None
    for char in text:
        if char in DIGITS:
            digit = DIGITS[char] if digit is None else digit * 10 + DIGITS[char]
        elif char in UNITS:
            total += (1 if digit is None else digit) * UNITS[char]
            digit = None
        else:
            return None
    return total + (digit or 0)


def int_to_chinese(value: int) -> str:
    """1 → 一, 10 → 十, 16 → 十六, 105 → 一百零五, 110 → 一百一十, 10001 → 一万零一:
    the reverse of :func:`chinese_to_int` (a long list of headings can count past 99)."""
    if value >= 10000:
        high, low = divmod(value, 10000)
        return int_to_chinese(high) + "万" + (("零" if low < 1000 else "") + int_to_chinese(low) if low else "")
    if value < 10:
        return _TO_CHINESE[value]
    parts: list[str] = []
    gap = False  # a zero digit after a written one: 一百零五
    for unit, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = value // unit % 10
        if not digit:
            gap = bool(parts)
            continue
        parts.extend((["零"] if gap else []) + [_TO_CHINESE[digit] + name])
        gap = False
    text = "".join(parts)
    return text[1:] if value < 20 else text  # 十六, not 一十六
