"""Periods of time (`pipeline.zh.numbers.periods`) as English adverbials, where English puts
them: "In July, ..." opening the sentence; after the figures of a change ("China's GDP grew
by 12.7 percent year-on-year in the first half of the year", Xinhua); after a verb of saying
("the National Bureau of Statistics said on December 15"); bare after a comparison word,
whose rule (`statistics`) gives them their place ("up from 4.6 percent in August")."""

from __future__ import annotations

from pipeline.engines.gloss.order.line import Line
from pipeline.engines.gloss.order.statistics import change_verb, figures_end
from pipeline.engines.gloss.order.yearranges import DASHES as SPAN_DASHES
from pipeline.engines.gloss.units import word_unit
from pipeline.zh.numbers.periods import Period, find_periods

#: Characters one of which every period holds: most sentences are passed over at once.
TRIGGERS = frozenset("年月季周星日号")
#: Words before a period that give it its preposition ("in June" after 较: "down from 1.9
#: percent in June"); the comparison rules move the figure before it.
COMPARING = frozenset({"较", "高于", "低于", "而", "比"})
#: Words before a period that are its preposition or verb already (and any preposition or
#: verb by its tag: 关于2024年…的报告 "report on 2024 ...") (在3月份 "in March", 告别2015年
#: "say goodbye to 2015", 与1至10月份持平 "unchanged from the January-October period").
GOVERNED = frozenset({"在", "于", "到", "至", "截至", "截止", "从", "自", "与", "和", "同", "继", "是", "为",
                      "比上", "至今"})
#: Words after a period that make it part of another phrase (2017年以来 "since 2017", 2025年前
#: "by 2025", 今年是 "this year is"): left as the lexicon has it.
NOT_ADVERBIAL = frozenset({"以来", "来", "前", "后", "以后", "之后", "以前", "之前", "底", "末", "初", "年底",
                           "年初", "中旬", "上旬", "下旬", "起", "开始", "是", "为", "至", "到", "以", "时",
                           "之际", "同期", "相比", "的", "同期相比"})
#: Brackets a period stands in as an aside (今天（10月31日）): no preposition.
OPENING = frozenset("（(")
#: Marks before a heading's period (——2019年3月5日在…: the date of a speech).
DASHES = frozenset({"—", "——", "-"})
#: Verbs of saying a period before them follows in English ("said on Thursday").
SAYING = frozenset({"表示", "称", "说", "宣布", "指出", "透露", "介绍", "公布", "发布"})
#: Words jieba makes of a function character and the 前 "first" of a period after it (继前两个月
#: "after the first two months", 而前三个月 "compared with ... in the first three months"): cut in two
#: where a period starts at their 前.
BEFORE_FIRST = frozenset({"继前", "而前"})


def periods(line: Line) -> None:
    """Each period of the sentence as an adverbial, moved where English has it."""
    spans = unit_spans(line)
    for a, b, p in reversed(spans):  # the last first: a move leaves the earlier spans in place
        place(line, a, b, p)


def unit_spans(line: Line) -> list[tuple[int, int, Period]]:
    """The periods whose characters are whole units: (first unit, end, period)."""
    found = find_periods("".join([u.zh for u in line.units]))
    if not found:
        return []  # most sentences with 年 or 月: a count of years, 月 in a word
    starts: dict[int, int] = {}
    ends: dict[int, int] = {}
    pos = 0
    for k, u in enumerate(line.units):
        starts[pos] = k
        pos += len(u.zh)
        ends[pos] = k + 1
    cut = [starts[p.start - 1] for p in found if p.start not in starts and p.start - 1 in starts
           and line.zh(starts[p.start - 1]) in BEFORE_FIRST]
    if cut:
        for k in reversed(cut):  # 继前|两个月 → 继|前两个月: the period's first character its own
            zh = line.zh(k)
            line.split(k, [word_unit(zh[0], line.lex), word_unit(zh[1], line.lex)])
        return unit_spans(line)
    return [(starts[p.start], ends[p.end], p) for p in found if p.start in starts and p.end in ends]


def place(line: Line, a: int, b: int, p: Period) -> None:
    """Render the period at units[a:b] and move it (see the module doc)."""
    before, after = line.prev(a), line.next(b - 1)
    prev = line.zh(before) if before is not None else ""
    following = line.zh(after) if after is not None else ""
    if prev in SPAN_DASHES and before is not None and line.units[before].en == "":
        return  # 2021—2025年: the end of a span of years, said with its start (`yearranges`)
    if following in NOT_ADVERBIAL and following != "的" and (prev, following) != ("而", "为"):
        return  # 而第三季度为3.9%: "compared with 3.9 percent in the third quarter"
    if prev in COMPARING and after is not None and change_verb(line, after) is not None:
        render(line, a, b, p.en)  # 比2015年上升: "rose ... from 2015" (statistics.compared_before)
        return
    if prev in COMPARING:
        render(line, a, b, p.adverbial)  # 较6月的1.9%: "down from 1.9 percent in June"
        return
    if following == "的" and after is not None and not figure_modifier(line, after):
        return
    if all(line.is_mark(j) or not line.units[j].zh.strip() for j in (*range(a), *range(b, len(line)))):
        return  # a dateline or heading: the period alone
    governed = before is not None and (line.is_verb(before) or line.tag(before) == "p")
    if prev in GOVERNED or prev in OPENING or governed:
        render(line, a, b, p.en)
        return
    end = line.clause_end(a)
    last = change_end(line, b, end)
    comma = after is None or line.ends_clause(after)
    if not comma and after is not None and last is None and (prev in DASHES or line.is_noun(after)
                                       or not any(line.is_verb(j) for j in range(b, end))):
        render(line, a, b, p.en)  # 2018年工作回顾 "2018 work review": before a noun, a modifier
        return
    render(line, a, b, p.adverbial)
    if comma:
        return  # "In July, ..."
    if after is not None and line.zh(after) in SAYING and not said_of(line, after):
        line.move(a, b, after + 1)  # 国家统计局12月15日表示 "... said on December 15"
    elif last is not None:
        line.move(a, b, last + 1)  # "grew by 5.5 percent year-on-year in September"


def render(line: Line, a: int, b: int, en: str) -> None:
    """The period's English on its first unit, none on the others."""
    line.set_en(a, en)
    for j in range(a + 1, b):
        line.set_en(j, "")


def figure_modifier(line: Line, k: int) -> bool:
    """Whether 的 at k makes the period a modifier of what a change is said of (9月的零售额
    同比增长了5.5%: "retail sales grew by 5.5 percent year-on-year in September")."""
    return line.zh(k) == "的" and change_end(line, k, line.clause_end(k)) is not None


def said_of(line: Line, k: int) -> bool:
    """Whether the verb at k modifies a noun (公布的数据 "the data released"): no move past it."""
    after = line.next(k)
    return after is not None and line.zh(after) == "的"


def change_end(line: Line, a: int, end: int) -> int | None:
    """Index of the last figure of the first change verb in units[a:end], or None."""
    for k in range(a, end):
        if change_verb(line, k) is not None:
            return figures_end(line, k)
    return None
