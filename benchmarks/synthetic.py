"""Synthetic valid notices of any size, for the scaling benchmark.

The notice keeps the whole backbone of the genre (title, preamble, the
responsibility section, the progress section, next steps, invitation,
disclosure period, contacts, signature, date) and grows by repeating progress
items: ``(一)`` categories of ``1.`` items, each item a heading and three
``(1)`` problems with a paragraph of measures each. Every name is fictional.
The text is valid: notelint reports nothing on it, so the benchmark times
the checks, not the reporting.

    python benchmarks/synthetic.py 100KB > /tmp/notice.txt
"""

from __future__ import annotations

import sys

from notelint.numerals import int_to_chinese

ISSUER = "中共青禾市城建局委员会"

HEAD = f"""{ISSUER}关于市委第二轮巡察整改进展情况的通报

根据市委统一部署，2024年3月4日至5月10日，市委第二巡察组对市城建局党委开展了常规巡察。2024年7月2日，市委第二巡察组向市城建局党委反馈了巡察意见。按照巡察工作有关要求，现将巡察整改进展情况予以公布。

一、党委履行巡察整改主体责任情况

局党委把巡察整改作为重大政治任务，坚持把自己摆进去、把职责摆进去、把工作摆进去。

（一）加强组织领导，压实整改责任。巡察反馈会后，局党委第一时间召开党委会议，研究部署整改工作，成立由党委书记任组长的巡察整改工作领导小组，制定整改方案，逐项明确责任领导、责任部门和完成时限。

（二）坚持问题导向，强化跟踪督办。建立整改工作台账，实行清单化管理、销号式推进，领导小组办公室每月调度整改进度。

二、巡察反馈问题的整改进展情况

"""

TAIL = f"""三、下一步工作打算

（一）持续巩固整改成果。对已完成的整改事项适时开展“回头看”，防止问题反弹回潮。

（二）持续完善长效机制。坚持标本兼治，把整改中形成的好经验固化为制度规范。

欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。

公开期限：2024年12月20日至2025年1月20日。

联系电话：0755-12345678；邮政信箱：广东省青禾市城建路100号，邮政编码：518000；电子邮箱：jubangongshi@example.gov.cn。

{ISSUER}

2024年12月20日
"""

TOPICS = (
    "理论学习",
    "重点工作推进",
    "监督检查",
    "作风建设",
    "制度执行",
    "项目管理",
    "资金使用",
    "队伍建设",
    "基层党建",
)
ITEMS_PER_CATEGORY = 99  # item numbers stay within what a heading label holds (1–99, 一–九十九)


def _item(category: int, number: int) -> str:
    topic = TOPICS[(category * 7 + number) % len(TOPICS)]
    month = 7 + number % 5
    day = 3 + number % 25
    return (
        f"{number}.关于{topic}不够到位的问题。\n\n"
        f"（1）针对{topic}制度不健全的问题\n\n"
        f"整改进展情况：一是于2024年{month}月{day}日召开专题会议，研究{topic}整改措施，逐项明确责任部门和完成时限。"
        f"二是修订完善{topic}相关制度，建立定期调度和跟踪问效机制，做到立行立改、边查边改。"
        f"三是开展专项检查，对发现的问题建立清单、逐条整改，整改情况纳入年度考核。\n\n"
        f"（2）针对{topic}监督不到位的问题\n\n"
        f"整改进展情况：一是加强{topic}日常监督，领导小组办公室按月通报整改进展，对进展缓慢的事项及时督促提醒。"
        f"二是举一反三开展{topic}自查自纠，梳理风险点，完善防控措施，推动整改成果转化为治理效能。"
        f"三是组织干部职工集中学习相关政策规定，提高依规办事能力，巩固整改成效。\n\n"
        f"（3）针对{topic}长效机制不完善的问题\n\n"
        f"整改进展情况：一是总结整改经验，形成{topic}工作指引。二是把整改成效纳入年度述职评议，持续跟踪问效。\n\n"
    )


def notice(size: int) -> str:
    """A valid notice of about ``size`` bytes of UTF-8 (at least the backbone)."""
    budget = size - len((HEAD + TAIL).encode("utf-8"))
    parts = [HEAD]
    category = 0
    while budget > 0:
        category += 1
        if category > 99:
            raise ValueError(f"{size} bytes needs more than 99 categories")
        heading = f"（{int_to_chinese(category)}）关于第{int_to_chinese(category)}方面问题的整改情况\n\n"
        parts.append(heading)
        budget -= len(heading.encode("utf-8"))
        for number in range(1, ITEMS_PER_CATEGORY + 1):
            item = _item(category, number)
            parts.append(item)
            budget -= len(item.encode("utf-8"))
            if budget <= 0:
                break
    parts.append(TAIL)
    return "".join(parts)


def parse_size(text: str) -> int:
    """``10KB`` / ``1MB`` / ``2048`` → bytes (powers of 1000, as the issue counts)."""
    units = {"KB": 1000, "MB": 1000**2}
    text = text.strip().upper()
    for suffix, factor in units.items():
        if text.endswith(suffix):
            return int(float(text[: -len(suffix)]) * factor)
    return int(text)


if __name__ == "__main__":
    sys.stdout.write(notice(parse_size(sys.argv[1] if len(sys.argv) > 1 else "10KB")))
