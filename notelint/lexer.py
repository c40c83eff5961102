"""The block lexer: analysis text → typed blocks, the tokens of the grammar.

A block is a paragraph (one line of a plain-text draft) or, in the closing,
the part of a paragraph that holds one slot: ``欢迎…反映。公开期限：…`` is an
invitation block followed by a disclosure block. Sections are recognised by
the vocabulary of their slot, never by the exact titles of known notices.
"""

import itertools
import re
from typing import NamedTuple

from notelint.layout import Leading, paragraph_spans
from notelint.numerals import CHINESE_NUMERAL_CHARS, chinese_to_int
from notelint.residue import MAX_CHROME_LINE, is_residue_line

# Block kinds (the terminals of grammar/notice.lark).
TITLE, META, PREAMBLE = "TITLE", "META", "PREAMBLE"
H1_RESP, H1_PROGRESS, H1_CLUES, H1_UNFINISHED, H1_NEXT, H1_OTHER = (
    "H1_RESP",
    "H1_PROGRESS",
    "H1_CLUES",
    "H1_UNFINISHED",
    "H1_NEXT",
    "H1_OTHER",
)
H2, H3, H4, PARA, NEXT_INTRO = "H2", "H3", "H4", "PARA", "NEXT_INTRO"
INVITATION, DISCLOSURE, CONTACT, SIGNATURE, DATE = "INVITATION", "DISCLOSURE", "CONTACT", "SIGNATURE", "DATE"
ANNOTATION = "ANNOTATION"  # a 附注 in brackets under the date: （此件公开发布）
RESIDUE = "RESIDUE"  # web chrome: kept in the model for NL501, never parsed

H1_KINDS = (H1_RESP, H1_PROGRESS, H1_CLUES, H1_UNFINISHED, H1_NEXT, H1_OTHER)
_H1_KIND_SET = frozenset(H1_KINDS)  # what the passes over every block ask a kind's membership of
HEADING_KINDS = (*H1_KINDS, H2, H3, H4)


class Heading(NamedTuple):
    """A numbered heading: ``一、`` ``(一)`` ``1.`` ``(1)`` and their faulty forms.

    Offsets are absolute offsets into the analysis text.
    """

    level: int  # 1 一、  2 (一)  3 1.  4 (1)
    number: int
    numeral: str  # the numeral as written: 一 / 十二 / 3
    label_start: int  # the whole label, brackets and mark included
    label_end: int
    opener: str  # "(" or "" (after folding; the source may have （)
    closer: str  # ")" or ""
    mark: str  # the character after the number: 、 . or ""
    title_start: int
    title_end: int  # the title ends at the first 。 of a run-in heading
    run_in: bool  # body text follows the title on the same line


class Block:
    __slots__ = ("end", "heading", "kind", "line", "start", "text")

    def __init__(self, kind: str, start: int, end: int, line: int, text: str, heading: Heading | None = None) -> None:
        self.kind = kind  # the classifier may still change it (title, signature…) from its neighbours
        self.start = start  # offsets into the analysis text; end excludes the line break
        self.end = end
        self.line = line  # 0-based index of the line the block is on
        self.text = text
        self.heading = heading

    def __repr__(self) -> str:
        return f"Block({self.kind!r}, {self.start}, {self.end}, line={self.line}, text={self.text!r})"


_NUMERAL = rf"[{CHINESE_NUMERAL_CHARS}]{{1,3}}|\d{{1,3}}"
_LABEL = re.compile(rf"(?P<open>[(〔【])?(?P<num>{_NUMERAL})(?P<close>[)〕】])?(?P<mark>[、.,](?!\d))?")
# What a label (_LABEL) begins with, but for the decimal digits (\d, str.isdecimal).
_LABEL_OPENERS = frozenset("(〔【" + CHINESE_NUMERAL_CHARS)

# Section titles, by the words of their slot (the rule docs of NL103-NL105 list them).
_RESPONSIBILITY = re.compile(
    r"主体责任|组织领导|政治站位|政治责任|责任落实|压实.{0,6}责任|扛[起牢].{0,6}责任|履行.{0,10}责任|加强领导|"
    r"领导小组|组织(?:开展|实施|推进)(?:情况|工作)|工作部署|统筹部署"
)
_PROGRESS = re.compile(
    r"整改.{0,4}(?:落实|进展|成效|情况|完成)|进展情况|反馈问题|反馈意见|问题.{0,4}整改|任务落实|"
    r"取得的?(?:阶段性)?成效"
)
_CLUES = re.compile(r"线索")
_UNFINISHED = re.compile(r"需要?进一步整改|未完成|尚未完成|持续整改的|长期整改的|未整改到位")
_NEXT = re.compile(r"下一步|下步|下一阶段|下阶段|今后|巩固.{0,4}整改成果|深化整改")
_SLOT_PATTERNS = (
    (H1_CLUES, _CLUES),
    (H1_UNFINISHED, _UNFINISHED),
    (H1_NEXT, _NEXT),
    (H1_RESP, _RESPONSIBILITY),
    (H1_PROGRESS, _PROGRESS),
)

_INSPECTION = re.compile(r"巡视|巡察")
_PREAMBLE_FEATURES = (
    re.compile(r"(?:根据|按照|依据).{0,20}(?:部署|安排|要求)"),
    re.compile(r"巡[视察]\S{0,3}组"),
    re.compile(r"反馈"),
    re.compile(r"现将.{0,30}(?:公布|公开|通报)|予以公[布开]|向社会公[布开]"),
    re.compile(r"开展了?.{0,12}巡[视察]|进行了?.{0,12}巡[视察]|进驻"),
)
_TITLE = re.compile(r"通报$|关于.{0,60}(?:整改|巡[视察]).{0,30}情况|巡[视察].{0,20}整改|整改.{0,10}情况$")
# An article's metadata line, above or below the text (来源：… 发布时间：…,
# 责任编辑：…): kept as metadata, no finding; a line that also counts views or
# offers buttons is chrome (notelint.residue).
_META = re.compile(
    r"(?:发布日期|发布时间|发文日期|来源|作者|责任编辑|编辑|审核|校对|浏览次数|访问量|点击数|字号)\s*[:：]"
)

# The closing slots and the wordings notices use for them (listed in the docs
# of NL106-NL109).
_INVITATION_KEYS = (
    r"(?:热忱|诚挚|衷心|真诚)?欢迎|请广大干部群众|广大干部群众如有|如有意见建议|如对[^。]{0,30}有(?:意见|建议)"
)
_INVITATION = re.compile(
    r"(?:(?:热忱|诚挚|衷心|真诚)?欢迎.{0,40}(?:监督|意见|建议)|请广大干部群众.{0,30}(?:监督|意见|建议|反映)|"
    r"广大干部群众如有|如有意见建议|如对[^。]{0,30}有(?:意见|建议))"
)
_DISCLOSURE_KEYS = (
    r"(?:本通报)?(?:公开期限|公开期间|公开期|公开时限|公开时间|公示期限|公示期间|公示期|公示时限|公示时间)"
)
_DISCLOSURE = re.compile(_DISCLOSURE_KEYS)
_CONTACT_KEYS = (
    r"联系电话|举报电话|监督举报电话|监督电话|投诉电话|受理电话|值班电话|联系方式|联系人|电话|手机|传真|"
    r"邮政信箱|通信地址|通讯地址|邮寄地址|邮件地址|来信地址|(?:来信|信函)请?寄|地址|邮政编码|邮编|"
    r"电子邮箱|电子邮件|电子信箱|举报邮箱|投诉邮箱|邮箱|网址|\(信封请?注明"
)
_CONTACT = re.compile(rf"(?:{_CONTACT_KEYS})")
_CLOSING_START = re.compile(rf"(?:{_INVITATION_KEYS}|{_DISCLOSURE_KEYS}|{_CONTACT_KEYS})")
# The characters a match of _CLOSING_START begins with (tests/test_structure.py
# derives them from the pattern): a paragraph that begins otherwise, most of
# them, is not matched against each of the pattern's alternatives in turn.
_CLOSING_OPENERS = frozenset("热诚衷真欢请广如本公联举监投受值电手传邮通来信地网(")
# The pattern's matches inside a closing paragraph, looked for where an opener
# stands: its alternatives open with different characters, so the regex engine
# would try every one of them at every character.
_CLOSING_KEYS = Leading(_CLOSING_START, "".join(sorted(_CLOSING_OPENERS)))
# The signing date, or its placeholder in a draft (2025年×月×日, 2025年 月 日:
# the placeholder itself is NL508's).
_DATE_PART = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3}|[Xx×*□〇○_]{1,2})?"
_DATE = rf"(?:\d{{4}}|[〇○零一二三四五六七八九]{{4}}|[Xx×*□_]{{4}})\s*年\s*{_DATE_PART}\s*月\s*{_DATE_PART}\s*日"
_DATE_LINE = re.compile(rf"^{_DATE}$")
# The signature and the date on one line, as a web copy joins the two
# right-aligned lines: 中共青禾市某局委员会    2025年4月23日.
_SIGNED_LINE = re.compile(rf"^[^。,;:!?\s]{{4,40}}?(?:委员会|党委|党组|党工委|工委)\s+(?P<date>{_DATE})$")
# GB/T 9704's 附注: how the document is published, or whom to contact.
_ANNOTATION = re.compile(r"^\((?:此件|本件|联系人|联系电话|主动公开|依申请公开|不予公开|公开方式)[^()]{0,78}\)$")
# GB/T 9704's 版记 at the foot of a formal document: 抄送：…, and the office
# and date of printing (…办公室  2025年4月23日印发).
_VERSION_RECORD = re.compile(r"^(?:抄送|抄报|分送)\s*:|^[^。]{0,60}\d{1,2}\s*日\s*印发$")
_ORGANISATION_END = re.compile(r"(?:委员会|党委|党组|党工委|工委|纪委|委|局|公司|集团|办公室|政府|中心|厅|部|院|办)$")
_SENTENCE_MARKS = re.compile(r"[。,;:!?]")
_ENUMERATION_START = re.compile(r"一是")


# A paragraph's indentation: white space, or the space entities a web copy
# leaves in place of the full-width spaces (&emsp;&emsp;); NL512 reports the
# entities, the structure reads the paragraph after them.
_INDENTATION = re.compile(r"(?:\s|&(?:emsp|ensp|nbsp|#12288|#x3000|#160|#xa0);?)*", re.IGNORECASE)


def lex(text: str) -> list[Block]:
    blocks: list[Block] = []
    for index, (start, end) in enumerate(paragraph_spans(text)):
        if start == end:
            continue
        # Most paragraphs of a web copy are neither indented nor followed by
        # white space: asked of their first and last characters, and the
        # paragraph is its block's text as it is.
        body = text[start:end]
        if body[-1].isspace():
            body = body.rstrip()
            end = start + len(body)
        if body[:1].isspace() or body[:1] == "&":
            indentation = _INDENTATION.match(text, start, end)
            assert indentation is not None  # the pattern matches no indentation too
            start = indentation.end()
            body = text[start:end]
        if body:
            blocks.extend(_classify(text, start, end, index, body))
    _mark_unnumbered_sections(blocks)
    _infer_sections(blocks)
    _extend_preamble(blocks)
    _mark_closing(blocks)
    _mark_annotations(blocks)
    _mark_head(blocks)
    _mark_next_intro(blocks)
    _mark_closing_plan(blocks)
    return blocks


def _classify(text: str, start: int, end: int, line: int, body: str) -> list[Block]:
    """The blocks of the paragraph ``body``, ``text[start:end]`` (stripped)."""
    # A long paragraph is no chrome, and most paragraphs open with no label:
    # both told here, without a call.
    if len(body) <= MAX_CHROME_LINE and is_residue_line(body):
        return [Block(RESIDUE, start, end, line, body)]
    first = body[0]
    if first in _CLOSING_OPENERS and _CLOSING_START.match(body):
        return _split_closing(text, start, end, line)
    heading = _heading(text, start, end) if first in _LABEL_OPENERS or first.isdecimal() else None
    if heading is not None:
        return [Block(_heading_kind(text, heading), start, end, line, body, heading)]
    # Both patterns end with 日 at the end of the line: most lines end otherwise.
    dated = body.endswith("日")
    if dated and _DATE_LINE.match(body):
        return [Block(DATE, start, end, line, body)]
    signed = _SIGNED_LINE.match(body) if dated else None
    if signed is not None:
        date_start = start + signed.start("date")
        signature_end = start + len(body[: signed.start("date")].rstrip())
        return [
            Block(SIGNATURE, start, signature_end, line, text[start:signature_end]),
            Block(DATE, date_start, end, line, text[date_start:end]),
        ]
    # Every label ends with a colon: a line without one is not searched for labels.
    if len(body) < 120 and (":" in body or "：" in body) and _META.search(body):
        return [Block(META, start, end, line, body)]
    # Both words open with 巡: a paragraph without it (most) is spared the pattern's scan.
    if "巡" in body and _INSPECTION.search(body) and _has_features(body, _PREAMBLE_FEATURES, 3):
        return [Block(PREAMBLE, start, end, line, body)]
    return [Block(PARA, start, end, line, body)]


def _has_features(body: str, features: tuple[re.Pattern, ...], needed: int) -> bool:
    """Whether at least ``needed`` of ``features`` occur in ``body``; stops as
    soon as the answer is known."""
    left = len(features)
    for feature in features:
        left -= 1
        if feature.search(body):
            needed -= 1
            if not needed:
                return True
        elif needed > left:
            return False
    return False


def _split_closing(text: str, start: int, end: int, line: int) -> list[Block]:
    """A closing paragraph may hold several slots: cut it before each slot
    keyword that starts a sentence or a clause. Clauses of one slot stay one
    block (contact fields joined by ；, 欢迎…监督。如有意见建议…)."""
    cuts = [start]
    kind = _closing_kind(text, start, end)
    for match in _CLOSING_KEYS.finditer(text, start + 1, end):
        if text[match.start() - 1] not in "。;,":
            continue
        following = _closing_kind(text, match.start(), end)
        if following == kind and kind in (CONTACT, INVITATION):
            continue
        cuts.append(match.start())
        kind = following
    cuts.append(end)
    return [
        Block(_closing_kind(text, piece_start, piece_end), piece_start, piece_end, line, text[piece_start:piece_end])
        for piece_start, piece_end in itertools.pairwise(cuts)
    ]


def _closing_kind(text: str, start: int, end: int) -> str:
    if _DISCLOSURE.match(text, start, end):
        return DISCLOSURE
    if _CONTACT.match(text, start, end):
        return CONTACT
    if _INVITATION.match(text, start, end):
        return INVITATION
    return PARA


# A run-in heading's title ends at its first full stop: 。, or in a text
# flattened to ASCII a . that is not a decimal point (问题.一是…, not 2.1万亩).
# Each alternative opens with its mark, so that the regex engine skips ahead
# to the marks instead of trying every character.
_WHITE_SPACE = re.compile(r"\s*")  # what str.strip() strips
_TITLE_STOP = re.compile(r"。|\.(?:(?<![0-9]\.)|(?![0-9]))")


def _heading(text: str, start: int, end: int) -> Heading | None:
    match = _LABEL.match(text, start, end)
    if match is None:
        return None
    opener, numeral, closer, mark = match.groups("")
    if not opener and not closer and not mark:
        return None
    label_end = title_start = match.end()
    # White space after the label (most titles follow it at once), found
    # where the heading is (the rest of a run-in paragraph is long: no copy
    # of it is made).
    if label_end < end and text[label_end].isspace():
        white_space = _WHITE_SPACE.match(text, label_end, end)
        assert white_space is not None  # the pattern matches no white space too
        title_start = white_space.end()
    if title_start == end:  # nothing but the label
        return None
    # "(1" is a broken label only when the number is followed by text
    # that cannot continue it, like a heading title.
    if opener and not closer and not mark and text[label_end] in ")）0123456789年月日%个项人件名家次条":
        return None
    chinese = not numeral.isdigit()
    number = chinese_to_int(numeral) if chinese else int(numeral)
    if number is None or number == 0:
        return None
    if not chinese and not opener and mark == ",":
        return None
    level = (1 if chinese else 3) + (1 if opener or closer else 0)
    stop_match = _TITLE_STOP.search(text, title_start, end)
    stop = stop_match.start() if stop_match else -1
    title_end = stop if stop != -1 else end
    # Built by tuple.__new__, as Heading's Python-level __new__ would build it, without the call.
    return tuple.__new__(
        Heading,
        (
            level,
            number,
            numeral,
            start,
            label_end,
            opener,
            closer,
            mark,
            title_start,
            title_end,
            stop != -1 and stop + 1 < end,  # run_in
        ),
    )


def _heading_kind(text: str, heading: Heading) -> str:
    if heading.level == 1:
        title = text[heading.title_start : heading.title_end]
        for kind, pattern in _SLOT_PATTERNS:
            if pattern.search(title):
                return kind
        return H1_OTHER
    return (H2, H3, H4)[heading.level - 2]


def _mark_closing(blocks: list[Block]) -> None:
    """The signature is the short, unpunctuated line(s) above the signing date,
    or, with no date, an organisation's name as the last block."""
    for i, block in enumerate(blocks):
        if block.kind != DATE or i == 0:
            continue
        # Page chrome between the signature and the date (a web copy's 扫一扫
        # line) is not part of the closing: the lines above it are.
        above = list(itertools.islice((b for b in reversed(blocks[:i]) if b.kind != RESIDUE), 2))
        for candidate in above:
            if _looks_like_signature(candidate):
                candidate.kind = SIGNATURE
            else:
                break
    last = next((b for b in reversed(blocks) if b.kind != RESIDUE), None)
    if last is not None and last.kind == PARA and _looks_like_signature(last) and _ORGANISATION_END.search(last.text):
        last.kind = SIGNATURE


def _looks_like_signature(block: Block) -> bool:
    return (
        block.kind in (PARA, H1_OTHER)
        and len(block.text) <= 40
        and not _SENTENCE_MARKS.search(block.text)
        and block.heading is None
    )


_HEAD_END_KINDS = frozenset((PREAMBLE, INVITATION, DISCLOSURE, CONTACT, DATE, *HEADING_KINDS))
_TITLE_LINE_MARKS = re.compile(r"[。;!?]")
_WHOLE_TITLE = re.compile(r"关于.*通报$")


def _mark_head(blocks: list[Block]) -> None:
    """The head is what stands before the preamble and the first section:
    the title, which a Word export splits over two or three lines (issuing
    body / 关于…的 / 通报) and a web copy repeats under the page's own
    heading, and the page's metadata. A run of short unpunctuated lines that
    names the subject of a notice may be the title; the other such lines (a
    page heading, a site's column name) are page metadata."""
    head_end = next((i for i, b in enumerate(blocks) if b.kind in _HEAD_END_KINDS), len(blocks))
    candidates = {i for i in range(head_end) if _may_be_title_line(blocks[i])}
    runs: list[range] = []
    for i in sorted(candidates):
        if any(i in run for run in runs) or not _TITLE.search(blocks[i].text):
            continue
        first = last = i
        while (
            first - 1 in candidates
            and not any(first - 1 in run for run in runs)
            and _joins_below(blocks[first - 1], blocks[first])
        ):
            first -= 1
        while last + 1 in candidates and _joins_above(blocks[last], blocks[last + 1]):
            last += 1
        runs.append(range(first, last + 1))
    # The title is the run that reads as a whole title (…关于…的通报), else one
    # with 关于, else the first; a page heading (巡察整改进展情况公开) or the title repeated under
    # it is page metadata.
    texts = ["".join(blocks[i].text for i in run) for run in runs]
    title = next(
        (run for run, text in zip(runs, texts) if _WHOLE_TITLE.search(text)),
        next((run for run, text in zip(runs, texts) if "关于" in text), runs[0] if runs else range(0)),
    )
    for i in candidates:
        blocks[i].kind = TITLE if i in title else META


def _may_be_title_line(block: Block) -> bool:
    return block.kind == PARA and len(block.text) <= 100 and not _TITLE_LINE_MARKS.search(block.text)


def _joins_below(upper: Block, lower: Block) -> bool:
    """``upper`` is the line before ``lower`` in one title: the issuing body
    above 关于…, or 关于… above the rest of the subject."""
    if upper.text.endswith("通报"):
        return False
    return (lower.text.startswith("关于") and _ORGANISATION_END.search(upper.text) is not None) or (
        "关于" in upper.text and not lower.text.startswith("关于")
    )


def _joins_above(upper: Block, lower: Block) -> bool:
    """``lower`` ends the title that ``upper`` leaves open (…整改 / 进展情况的通报)."""
    return (
        not upper.text.endswith("通报")
        and "关于" not in lower.text
        and len(lower.text) <= 40
        and lower.text.endswith("通报")
    )


def _mark_annotations(blocks: list[Block]) -> None:
    """A 附注 in brackets under the signing date (GB/T 9704: （此件公开发布）,
    （联系人：…）) and the 版记 below it (抄送：…, …印发) belong to the closing,
    not after it."""
    # The last date, looked for from the end, where it stands.
    last_date = next((i for i in range(len(blocks) - 1, -1, -1) if blocks[i].kind == DATE), None)
    if last_date is None:
        return
    for block in blocks[last_date + 1 :]:
        if block.kind == RESIDUE:
            continue
        if block.kind != PARA or not (_ANNOTATION.match(block.text) or _VERSION_RECORD.match(block.text)):
            return
        block.kind = ANNOTATION


def _mark_next_intro(blocks: list[Block]) -> None:
    """An unnumbered next-step plan: a paragraph about what comes next,
    followed by paragraphs that open with 一是, 二是… (inside a numbered
    下一步工作打算 section such a paragraph is its introduction, no new part)."""
    section = None
    for i, block in enumerate(blocks[:-1]):
        if block.kind in _H1_KIND_SET:
            section = block.kind
        elif (
            block.kind == PARA
            and section != H1_NEXT
            and blocks[i + 1].kind == PARA
            and _ENUMERATION_START.match(blocks[i + 1].text)
            and _NEXT.search(block.text)  # last: a scan of the whole paragraph, where the others look at a line start
        ):
            block.kind = NEXT_INTRO


_UNNUMBERED_TITLE = re.compile(r"^[^。;:!?]{4,30}$")
_BACKBONE_ORDER = (H1_RESP, H1_PROGRESS, H1_CLUES, H1_UNFINISHED, H1_NEXT)


def _mark_unnumbered_sections(blocks: list[Block]) -> None:
    """A copy that lost Word's automatic numbering has its section titles as
    bare lines (党委履行巡察整改主体责任情况): after the preamble, a short
    line without a full stop that names a slot opens that section, each slot
    once and in the backbone's order (the subheadings lost their numbers too:
    持续巩固整改成果 under 下一步工作打算 is no second section). Only in a
    text with no numbered section at all: where sections are numbered, such a
    line is a subheading."""
    if any(b.kind in _H1_KIND_SET for b in blocks):
        return
    after_preamble, reached = False, -1
    for block in blocks:
        if block.kind == PREAMBLE:
            after_preamble = True
        elif after_preamble and block.kind == PARA and _UNNUMBERED_TITLE.match(block.text):
            kind = next((kind for kind, pattern in _SLOT_PATTERNS if pattern.search(block.text)), None)
            if kind is not None and _BACKBONE_ORDER.index(kind) > reached:
                block.kind = kind
                reached = _BACKBONE_ORDER.index(kind)


def _extend_preamble(blocks: list[Block]) -> None:
    """A preamble may run over two paragraphs, the second with only the
    feedback or the publication formula (按照…要求，现将…予以公布。)."""
    for previous, block in itertools.pairwise(blocks):
        if (
            previous.kind == PREAMBLE
            and block.kind == PARA
            and (
                _PREAMBLE_FEATURES[3].search(block.text)
                or (_PREAMBLE_FEATURES[2].search(block.text) and _INSPECTION.search(block.text))
            )
        ):
            block.kind = PREAMBLE


def _infer_sections(blocks: list[Block]) -> None:
    """A section whose title does not name its slot still has its slot by
    position. With no progress section, the first section after the
    responsibility section reports the progress when its title names no
    other slot (二、聚焦问题清单，推动整改落地见效) or names responsibility
    again (二、整改工作开展情况); with no responsibility section, the first
    section before the progress section is it (一、强化政治担当, or
    一、巡察整改工作总体情况 before 二、反馈问题整改落实情况)."""
    sections = [b for b in blocks if b.kind in _H1_KIND_SET]
    present = {b.kind for b in sections}
    for first, second in itertools.pairwise(sections):
        if H1_PROGRESS not in present and first.kind == H1_RESP and second.kind in (H1_OTHER, H1_RESP):
            second.kind = H1_PROGRESS
            return
        if (
            H1_RESP not in present
            and first is sections[0]
            and first.kind in (H1_OTHER, H1_PROGRESS)
            and second.kind == H1_PROGRESS
        ):
            first.kind = H1_RESP
            return


_CLOSING_KINDS = frozenset((INVITATION, DISCLOSURE, CONTACT, SIGNATURE, DATE))
_PLAN_KINDS = frozenset((H1_NEXT, NEXT_INTRO))
_SHORT_CLOSING_LINE = 10  # 特此通报。


def _mark_closing_plan(blocks: list[Block]) -> None:
    """With no next-step section, the last paragraph before the closing that
    opens with 下一步 / 今后 (下一步，局党委将…) is the plan."""
    if any(b.kind in _PLAN_KINDS for b in blocks):
        return
    closing = next((i for i, b in enumerate(blocks) if b.kind in _CLOSING_KINDS), None)
    if closing is None:
        return
    for block in reversed(blocks[:closing]):
        if block.kind == PARA and len(block.text) <= _SHORT_CLOSING_LINE:
            continue
        if block.kind == PARA and _NEXT.search(block.text, 0, 20) and ":" not in block.text[:10]:
            block.kind = NEXT_INTRO
        return
