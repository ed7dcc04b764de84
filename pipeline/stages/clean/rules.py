"""Rule tables for the clean stage: what page furniture, credits, bylines,
captions, speaker labels and OCR damage look like on Chinese newspaper pages.

The patterns come from the conventions of mainland Chinese newspaper layout
(GB/T 15834-2011 punctuation, the usual 本报记者…摄 credit and （…供稿）
byline forms, 星期/版 page furniture) and from the damage OCR does to such
pages (ASCII punctuation, spaces from column gaps, one glyph per line for
vertical headlines). None of them names a string from any one page.
"""

from __future__ import annotations

import re

from pipeline.zh.chars import FULL_PUNCT, HAN_COMPAT, SPACES

# Han and punctuation come from zh.chars: ideographs with the compatibility forms OCR
# leaves (HAN_COMPAT), full-width punctuation (GB/T 15834), the spaces of Chinese text.
CJKP = HAN_COMPAT + FULL_PUNCT
ANY_SPACE = re.compile(f"[{SPACES}]")

# Characters that close a sentence (with closing quotes/brackets after them).
TERMINAL = "。！？!?…"
CLOSERS = "”’）)」』】》\""
# A line ending in one of these is not a sentence end but expects more text.
OPEN_ENDINGS = "，,、；;：:（(“‘《"

# Page furniture: running heads, dates, page numbers, jump lines ("continued on page 3").
# A newspaper's folio date carries the weekday (2024年3月4日 星期一); a bare date on a line
# of its own is the dateline of a speech or statement (under 习近平主席…新年贺词), a byline.
_DATE = r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
FURNITURE = (
    r"^星期[一二三四五六日天]$",
    rf"^{_DATE}\s*星期[一二三四五六日天]$",
    r"^(第\s*)?[A-Za-z]?\d{1,3}\s*版(\s*[:：].{0,12})?$",
    r"^[A-Za-z]?\d{1,2}$",
    r"^[（(]?\s*(上接|下转|转)第?\s*[A-Za-z]?[\d一二三四五六七八九十]{1,3}\s*版\s*[）)]?$",
    r"^(责任编辑|责编|编辑|美编|校对|版式|组版|审核)\s*[:：].{1,12}$",
)

_NAMES = rf"[{HAN_COMPAT}]{{2,4}}(?:[{SPACES}、]+[{HAN_COMPAT}]{{2,4}})*"
# Photo credits: 本报记者 张三 摄 / 张三 摄 / （张三摄） / 图/王五.
_ROLE = r"(本报|本刊)?(记者|通讯员|特约记者|摄影记者|见习记者)"
CREDIT = (
    rf"^[（(]?\s*{_ROLE}[{SPACES}]*{_NAMES}[{SPACES}]*摄影?\s*[）)]?$",
    rf"^[（(]?\s*{_NAMES}[{SPACES}]+摄影?\s*[）)]?$",
    rf"^[（(]\s*{_NAMES}[{SPACES}]*摄影?\s*[）)]$",
    rf"^(图|摄影|图片|摄)\s*[/／:：]\s*{_NAMES}$",
)

# Bylines: a whole line in brackets naming a source (（县融媒体中心采访组）),
# or a reporter line at the head of an article (本报记者 张三 通讯员 李四).
BYLINE = (
    r"^[（(][^（）()。，,；;？?！!]{2,30}[）)]$",
    rf"^{_DATE}$",
    rf"^(本报|本刊)?(记者|通讯员|特约记者)[{SPACES}]*{_NAMES}"
    rf"([{SPACES}]+(记者|通讯员)[{SPACES}]*{_NAMES})*$",
)


def _any_of(patterns: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern that matches where any of `patterns` does: one regex call per line
    instead of one per pattern (each compiled only in it: compiling costs at every start)."""
    return re.compile("|".join(f"(?:{p})" for p in patterns))


ANY_FURNITURE = _any_of(FURNITURE)
ANY_CREDIT = _any_of(CREDIT)
ANY_BYLINE = _any_of(BYLINE)

# Interview header fields: 本期嘉宾： … 主持人： … 对话人： …
META_LABELS = ("嘉宾", "主持人", "对话人", "访谈人", "采访人", "主讲人", "访谈嘉宾", "受访者")
META = re.compile(rf"(?:{'|'.join(META_LABELS)})[{SPACES}]*[:：]")

# Arrows that point from a photo caption to its photo.
ARROWS = "↑↓←→➡⬅⬆⬇↖↗↘↙▲▼◀▶△▽☞"
ANY_ARROW = re.compile(f"[{ARROWS}]")
CAPTION_CUE = re.compile(rf"^(图为|上图|下图|左图|右图|图片|图\s*[:：/／])|^[{ARROWS}]")

# A speaker label at the start of a turn: 2–4 ideographs and a colon.
SPEAKER = re.compile(rf"^([{HAN_COMPAT}]{{2,4}})[{SPACES}]*[:：][{SPACES}]*")
# Labels ending in a verb of saying introduce a quotation, not a turn (会议指出：, 他说：).
NOT_SPEAKER = re.compile(r"(指出|强调|表示|认为|说|称|道|要求|提出|介绍|如下|包括|是)$")

# Starts of list items and numbered sections: these always begin a paragraph.
ITEM_START = re.compile(
    r"^([一二三四五六七八九十]+是|第[一二三四五六七八九十]+[，,、是]|"
    r"[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|\d{1,2}[.、．](?!\d))"
)

# Section numbers that open a heading in official documents (GB/T 9704-2012, 党政机关公文格式:
# 一、 then （一） then 1. ; 第一章 / 第一节 / 第一部分 in reports and laws).
SECTION = re.compile(
    r"^([一二三四五六七八九十百]+、|[（(][一二三四五六七八九十]+[)）]|\d{1,2}[.、．](?!\d)|"
    r"第[一二三四五六七八九十百\d]+[章节篇编部条](分)?)"
)
# A line set off by a leading dash (破折号, GB/T 15834 §4.9): the source of a quotation
# ("——2022年10月16日，习近平在…上的报告"), a dateline or a subtitle. It ends no sentence.
ATTRIBUTION = re.compile(r"^(?:[—―]{2}|[—―](?!是))(?=\S)")  # "—是" is a misread 一是
# Marks that only running sentences hold (a heading or a source line has none of them).
SENTENCE_PUNCT = re.compile(r"[。，,；;？?！!：:]")
# Marks inside a sentence or list: a heading holds none of them.
CLAUSE_PUNCT = re.compile("[。，,；;、]")

# OCR misreadings of enumerator numerals at the start of a list item ("-是" for "一是").
# The stroke numerals 一 and 二 are the ones OCR turns into dashes and equals signs.
ENUMERATOR_CONFUSIONS = {
    "-": "一", "－": "一", "—": "一", "–": "一", "_": "一", "ー": "一", "~": "一",
    "=": "二", "＝": "二",
}
ENUMERATOR = re.compile(rf"^([{re.escape(''.join(ENUMERATOR_CONFUSIONS))}])(是)(?=[{HAN_COMPAT}])")
ANY_ITEM = re.compile(r"(?:^|\n)[>＞»\s]*[一二三四五六七八九十]是")

# Text-flow markers the layout puts at the start of a continued column.
FLOW_MARKER = re.compile(rf"^[>＞»][{SPACES}]*(?=\S)")

# Pairs of glyphs OCR commonly confuses in Chinese print (形近字): from the
# confusion sets used in Chinese OCR post-correction (SIGHAN CSC visual sets).
OCR_CONFUSIONS = (
    "王干", "干于", "于千", "土士", "己已", "已巳", "己巳", "未末", "人入", "入八",
    "日曰", "大太", "太犬", "天夭", "戊戌", "戌戍", "壬王", "民氏", "田由", "由甲", "甲申",
    "刀力", "今令", "折析", "侯候", "拨拔", "杨扬", "汤场", "冶治", "洁沽", "官宫", "贝见",
    "延廷", "免兔", "兵乒", "鸟乌", "准淮", "象豫", "崇祟", "徒徙", "孑子", "孓子", "亨享",
    "玉主", "主王", "丰半", "卫工", "东车", "乐牙", "宇字", "栋楝", "红虹", "晴睛", "清倩",
)

# ASCII punctuation → its full-width form in Chinese running text.
FULL_WIDTH = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！"}
ASCII_PUNCT = re.compile(r"[,;:?!]")
ASCII_QUOTED = re.compile(rf'"([^"\n]*[{HAN_COMPAT}][^"\n]*)"')
ASCII_BRACKETED = re.compile(rf"\(([^()\n]*[{HAN_COMPAT}][^()\n]*)\)")

# Whitespace to drop: any line break in Chinese text, and spaces touching Chinese.
# A line break between Latin words, or between digits, becomes a space instead (SPACED_BREAK,
# applied first): the layout wrapped a phrase, or set figures on lines of their own
# ("12345 67890⏎3.14159" is three numbers, not 678903.14159); a number written in Arabic
# digits is not broken across lines (GB/T 15835, 出版物上数字用法: 多位数不能移行), so digits
# on two lines are two numbers. Full-width digits count as digits (zh.numbers reads them).
# The patterns that open with a lookbehind first look ahead for the space they remove:
# that fails at once on most characters, before any alternative's lookbehind is tried.
_BREAK = rf"[{SPACES}]*\n[{SPACES}\n]*"
_DIGIT = "0-9０-９"
LINE_BREAK = re.compile(_BREAK)
SPACED_BREAK = re.compile(rf"(?=[{SPACES}\n])(?:(?<=[A-Za-z]){_BREAK}(?=[A-Za-z])"
                          rf"|(?<=[{_DIGIT}]){_BREAK}(?=[{_DIGIT}]))")
SPACE_IN_HAN = re.compile(
    rf"(?=[{SPACES}])(?:"
    rf"(?<=[{CJKP}])[{SPACES}]+(?=[{CJKP}0-9%])|(?<=[{CJKP}0-9%.])[{SPACES}]+(?=[{CJKP}])"
    rf"|(?<=[0-9][A-Za-z])[{SPACES}]+(?=[{CJKP}])"  # grades such as 4A级, 5G网络
    ")"
)
# In header lines spaces separate fields; only those touching full-width punctuation go.
SPACE_AT_PUNCT = re.compile(
    rf"(?=[{SPACES}])(?:"
    rf"(?<=[{FULL_PUNCT}])[{SPACES}]+(?=\S)|(?<=\S)[{SPACES}]+(?=[{FULL_PUNCT}])"
    ")"
)


def confusable(a: str, b: str) -> bool:
    """Whether OCR commonly reads glyph `a` as `b` or the reverse."""
    return a + b in OCR_CONFUSIONS or b + a in OCR_CONFUSIONS


def display_width(text: str) -> float:
    """Column width of a line: an ideograph is 1, a half-width character 1/2."""
    return len(text) - 0.5 * len(_HALF_WIDTH.findall(text))  # exact: halves add up exactly


_HALF_WIDTH = re.compile("[\x00-\u1fff]")


_HAN_CHAR = re.compile(f"[{HAN_COMPAT}]")
_CHINESE_BEFORE = re.compile(f'[{CJKP}%"]')
_CHINESE_AFTER = re.compile(f'[{CJKP}"]')


def is_han(ch: str) -> bool:
    return bool(_HAN_CHAR.fullmatch(ch))


def count_han(text: str) -> int:
    return len(_HAN_CHAR.findall(text))


def ends_sentence(text: str) -> bool:
    """Whether `text` ends at a sentence end (closing quotes/brackets skipped)."""
    body = text.rstrip().rstrip(CLOSERS)
    return bool(body) and body[-1] in TERMINAL


def ends_mid_sentence(text: str) -> bool:
    """Whether `text` stops where a sentence cannot end (a word, a number, a comma)."""
    t = text.rstrip()
    return bool(t) and not ends_sentence(t) and t[-1] not in "：:" and t[-1] not in CLOSERS


def is_debris(text: str) -> bool:
    """Scrambled display type: many space-separated one-glyph pieces, no punctuation."""
    tokens = text.split()
    if len(tokens) < 4 or not all(re.fullmatch(f"[{HAN_COMPAT}]+", t) for t in tokens):
        return False
    singles = sum(len(t) == 1 for t in tokens)
    return singles / len(tokens) >= 0.6


def ascii_punct_to_full(m: re.Match[str]) -> str:
    """Full-width form of an ASCII mark that sits in Chinese text; else the mark unchanged.

    In Chinese text means after Chinese, or for , ; : also before it. A digit is not
    Chinese, so 1,000 and 10:30 keep theirs.
    """
    text, i, ch = m.string, m.start(), m.group(0)
    if _CHINESE_BEFORE.fullmatch(_neighbour(text, i, -1)):
        return FULL_WIDTH[ch]
    if ch not in "?!" and _CHINESE_AFTER.fullmatch(_neighbour(text, i, 1)):
        return FULL_WIDTH[ch]
    return ch


def _neighbour(text: str, i: int, step: int) -> str:
    """The nearest character to `text[i]` in direction `step` (-1 or 1) that is not a space
    or line break; "" when there is none. Steps over the blanks rather than stripping a copy
    of the text on each side: a paragraph can hold hundreds of marks."""
    i += step
    while 0 <= i < len(text) and text[i] in _BLANK:
        i += step
    return text[i] if 0 <= i < len(text) else ""


_BLANK = SPACES + "\n"
