"""Chinese numerals as written in notices: 一 … 十九, 二十三, 一百零五, 两, 〇."""

from __future__ import annotations

DIGITS = {"〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
          "六": 6, "七": 7, "八": 8, "九": 9}
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
    """1 → 一, 10 → 十, 16 → 十六, 23 → 二十三 (as headings count, up to 99)."""
    if value < 10:
        return _TO_CHINESE[value]
    tens, ones = divmod(value, 10)
    return ("" if tens == 1 else _TO_CHINESE[tens]) + "十" + (_TO_CHINESE[ones] if ones else "")
