"""Draft placeholders (NL508's): what a blank left for a date, a number or
a name looks like. Shared with the phone reader, which leaves a number
written as a placeholder to NL508 alone."""

from __future__ import annotations

import re
from collections.abc import Iterator

from notelint.layout import find_all

# The hundred commonest surnames, less those that are also prepositions or
# pronouns (于, 向, 和…): 王某某 names a person the way published notices
# anonymise one; 于某某召开 is a blank.
_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕"
    "丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严"
    "覃武戴莫孔汤"
)
# The marks a blank is typed with: X, ×, *, 〇 and ○ (as in 〇〇), □. Analysis
# text: full-width Ｘ, ＊ and （） are folded to X, * and ().
_BLANK = "Xx×*〇○□"
# A 〇 next to a Chinese numeral is a digit (二〇二三年): NL302's, not a blank.
_NUMERALS = "零一二三四五六七八九十两〇○"
# The leading lookahead holds every character a placeholder can begin with:
# at any other character the scan moves on after one test instead of trying
# each branch (four times faster on the real notices).
PLACEHOLDER = re.compile(
    rf"(?=[{_BLANK}\d某【(TF])(?:"
    rf"(?<![A-Za-z{_NUMERALS}])(?:\d{{2}})?[{_BLANK}]{{1,4}}[年月日号](?:[{_BLANK}]{{1,2}}[月日号])*"  # X月X日, **日
    r"|(?<![A-Za-z0-9])\d*(?:XX+|xx+)(?![A-Za-z])"  # XXX, 20XX, 1234xxxx
    r"|××+|□□+"
    rf"|(?<![{_NUMERALS}])[〇○]{{2,}}(?![{_NUMERALS}])"  # 〇〇
    r"|(?<=[\d-])\*{3,}|\*{3,}(?=\d)"  # 0755-********
    rf"|(?<![{_SURNAMES}])某某"
    r"|【(?:待|此处)[^】\n]{0,20}】|\((?:待补充|待完善|待填写|待定|待核实|此处)[^)\n]{0,30}\)"
    r"|(?<![A-Za-z])(?:TODO|TBD|FIXME)(?![A-Za-z])"
    r")"
)

# Where a placeholder can begin, digits aside (a digit begins one only right
# before a blank mark, one of these): each is found with str.find, which skips
# the text between at C speed, where PLACEHOLDER's leading lookahead is tried
# at every character.
_STARTS = (*_BLANK, "某", "【", "T", "F", "(待", "(此处")


def find_placeholders(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``PLACEHOLDER.finditer(text)``, tried only where one can
    begin: at one of ``_STARTS`` or in the digits just before it."""
    position = 0
    for found in find_all(text, _STARTS):
        if found < position:
            continue  # inside the placeholder just found
        first = found
        while first > position and text[first - 1].isdecimal():  # what \d matches
            first -= 1
        for start in range(first, found + 1):
            match = PLACEHOLDER.match(text, start)
            if match is not None:
                yield match
                position = match.end()
                break
        else:
            position = found + 1
