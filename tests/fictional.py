"""A fictional, correct notice for the rule tests, typed as a Word draft
(full-width punctuation). Tests swap one line or one phrase for a defect and
expect only that defect to be reported."""

from __future__ import annotations

LINES = [
    "中共明湖市国资委委员会关于市委巡察整改进展情况的通报",  # 1
    "根据市委统一部署，2023年3月8日至5月26日，市委第二巡察组对明湖市国资委党委开展了巡察。"
    "2023年6月20日，市委巡察组向市国资委党委反馈了巡察意见。按照巡察工作有关要求，"
    "现将巡察整改进展情况予以公布。",  # 2
    "一、党委履行巡察整改主体责任情况",  # 3
    "（一）加强组织领导，压实整改责任。党委召开专题会议研究部署整改工作。",  # 4
    "（二）建立工作台账，强化日常调度。一是建立问题清单；二是建立任务清单；三是建立责任清单。",  # 5
    "二、巡察整改任务落实情况",  # 6
    "（一）关于落实上级决策部署方面",  # 7
    "1.推进理论学习。2023年7月5日召开党委理论学习中心组学习会。",  # 8
    "2.规范决策程序。2023年8月修订完善党委议事规则，力争2024年6月底前完成配套制度。",  # 9
    "（二）关于加强基层党组织建设方面",  # 10
    "1.规范组织生活。2023年9月开展专项检查，整改时限：2024年3月31日。",  # 11
    "三、下一步工作打算",  # 12
    "（一）持续抓好整改。2024年上半年开展“回头看”。",  # 13
    "（二）健全长效机制。总结整改经验，完善制度。",  # 14
    "欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。"
    "公开期限：2023年12月1日至2023年12月30日。",  # 15
    "联系电话：0755-12345678；通信地址：广东省明湖市滨江路1号，邮政编码：518000；"
    "电子邮箱：jubao@example.org.cn。",  # 16
    "中共明湖市国资委委员会",  # 17
    "2023年12月1日",  # 18
]


def notice(
    replace: dict[int, str] | None = None, *, swap: tuple[str, str] | None = None, insert: dict[int, str] | None = None
) -> str:
    """The notice with lines replaced (1-based), a phrase swapped, or lines
    inserted before a line number."""
    lines = list(LINES)
    for number, line in (replace or {}).items():
        lines[number - 1] = line
    for number, line in sorted((insert or {}).items(), reverse=True):
        lines.insert(number - 1, line)
    text = "\n".join(lines) + "\n"
    if swap is not None:
        assert swap[0] in text, swap[0]
        text = text.replace(swap[0], swap[1], 1)
    return text


def span(text: str, line: int, fragment: str, occurrence: int = 1) -> tuple[int, int, int, int]:
    """(line, column, end line, end column) of ``fragment`` on a 1-based line,
    as the lint helper reports positions."""
    content = text.split("\n")[line - 1]
    column = -1
    for _ in range(occurrence):
        column = content.index(fragment, column + 1)
    return line, column + 1, line, column + 1 + len(fragment)
