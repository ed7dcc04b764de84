"""The constructions of statistical reporting, as the English of NBS releases in Xinhua and
China Daily has them: a change verb before its figures and the comparison after them
(工业增加值同比增长6.6% → "industrial output grew by 6.6 percent year-on-year"), the
figure compared with ("，高于10月的4.6%" → ", up from 4.6 percent in October"; "较6月的1.9%
有所下降" → "down from 1.9 percent in June"; "而第三季度为3.9%" → "compared with 3.9 percent
in the third quarter"), and a level held (与1至10月份持平 → "unchanged from the
January-October period"). The periods themselves are `time`'s.
"""

from __future__ import annotations

from pipeline.engines.gloss.order.line import Line

#: Change verbs (two characters each: `change_verb`) before their figures → (finite, after
#: a subject; without one). Finite as in Xinhua/China Daily English ("GDP grew by 12.7
#: percent", "the CPI rose 0.2 percent"; GWR 2019 English "energy consumption per unit of
#: GDP dropped by"), "up"/"down" where the clause has no subject of its own
#: (人均纯收入达到1.65万元，同比增长13% "..., up 13 percent").
CHANGES = {"增长": ("grew by", "up"), "增加": ("increased by", "up"),
           "上涨": ("rose", "up"), "上升": ("rose", "up"), "提高": ("rose", "up"), "下降": ("fell by", "down"),
           "下跌": ("fell", "down"), "回落": ("fell", "down"), "减少": ("decreased by", "down"),
           "降低": ("fell", "down")}
#: What stands before a change verb and English says after its figures: the comparison
#: (China Daily and Xinhua: "year-on-year", "month-on-month" hyphenated, "grew by 4.9 percent
#: year-on-year in the third quarter", as the shipped glossary has 同比; "over the previous
#: year"; "compared with the same period last year"), 分别 "respectively",
#: 实际 "in real terms" (GWR English). A glossary term among them keeps its own rendering.
COMPARED = {
    "同比": "year-on-year", "环比": "month-on-month",
    "比上年": "over the previous year", "比上一年": "over the previous year", "比去年": "over the previous year",
    "较上年": "over the previous year", "较去年": "over the previous year",
    "比上年同期": "over the same period last year", "比去年同期": "over the same period last year",
    "较上年同期": "over the same period last year", "较去年同期": "over the same period last year",
    "与去年同期相比": "compared with the same period last year",
    "与上年同期相比": "compared with the same period last year",
    "和去年同期相比": "compared with the same period last year",
    "与去年相比": "compared with last year", "与上年相比": "compared with the previous year",
    "比上月": "over the previous month", "较上月": "over the previous month",
}
#: Of these, the ones that go last, after the comparison: 同比分别增长 "..., respectively".
AFTER_ALL = {"分别": "respectively", "实际": "in real terms"}
#: 环比 on quarterly figures is "quarter on quarter" (Xinhua: "grew 2.2 percent quarter on
#: quarter").
QUARTERLY = "季度"
#: Words before a change verb in its clause that make it a plan or target, not a result: the
#: verb keeps the verbless "up"/"down" (预期增长6% "up 6 percent").
NOT_DONE = frozenset({"预期", "预计", "目标", "力争", "将", "要", "计划", "确保"})
#: Verbs whose object a change is (拉动国内生产总值增长3个百分点 "drive GDP growth by 3
#: percentage points", Xinhua), and the change's English there.
DRIVERS = frozenset({"拉动", "带动", "推动", "促进", "助推"})
DRIVEN = {"增长": "growth by", "增加": "increase by", "上涨": "rise by", "上升": "rise by", "下降": "decline by"}
#: jieba tags of the words of a noun phrase that are no subject alone (平均 a, 前 f, 今年 t).
NOT_SUBJECTS = frozenset({"a", "d", "f", "m", "q", "t"})
#: A figure the change verbs take: a percentage, percentage points, a multiple.
FIGURE_WORDS = ("percent", "point", "points", "times", "doubled", "quadrupled")
#: Words joining the figures of one change (72%和25.5%).
FIGURE_JOINERS = frozenset({"和", "、", "与", "及", ","})
#: Comparisons of a figure with an earlier one → the English before that figure.
HIGHER = {"高于": "up from", "低于": "down from"}
#: 较 X 的 N% 有所 <verb>: the verb decides the direction ("down from", "up from").
DIRECTIONS = {"下降": "down from", "回落": "down from", "放缓": "down from", "减缓": "down from",
              "收窄": "down from", "上升": "up from", "回升": "up from", "加快": "up from",
              "提高": "up from", "扩大": "up from"}
#: Nouns of a compared figure that English leaves out (6月30.1%的增幅 "30.1 percent").
RATE_NOUNS = frozenset({"增幅", "增速", "涨幅", "降幅", "增长", "水平"})
#: The longest run of units a comparison reads between its word and its figure.
SPAN = 5


def change_verb(line: Line, k: int) -> tuple[str, str] | None:
    """(comparison word folded into the unit, change verb) when unit k is a change verb
    (同比增长 is one unit: ("同比", "增长")), else None."""
    u = line.units[k]
    if u.kind not in ("word", "term"):
        return None
    zh = u.zh
    verb = zh[-2:]  # every change verb has two characters
    if verb not in CHANGES:
        return None
    if zh == verb:
        return "", zh
    return (zh[:-2], verb) if zh[:-2] in COMPARED else None


def figures_end(line: Line, k: int) -> int | None:
    """Index of the last figure of the run of figures right after unit k (skipping 了 and
    other units without English), or None when no figure follows."""
    last = None
    for j in range(k + 1, len(line.units)):
        v = line.units[j]
        if v.kind == "num" and (v.en.endswith(FIGURE_WORDS) or (last is None and v.en[:1].isdigit())):
            last = j  # (a count too, as the first figure: 同比增加21万人 "up 210,000 people year on year")
        elif v.kind == "space" or (v.kind == "word" and not v.en and last is None):
            continue
        elif not (last is not None and v.zh in FIGURE_JOINERS):
            break
    return last


def changes(line: Line) -> None:
    """同比增长6.6% → "grew by 6.6 percent year-on-year": the verb before its figures, the
    comparison and 分别/实际 after them; finite after a subject, "up"/"down" without one."""
    quarterly = None
    for k in range(len(line.units) - 1, -1, -1):
        found = change_verb(line, k)
        if found is None:
            continue
        if quarterly is None:
            quarterly = any(QUARTERLY in u.zh for u in line.units)
        last = figures_end(line, k)
        if last is None:
            continue
        folded, verb = found
        after = [COMPARED[folded]] if folded else []
        after, tail, first = compared_before(line, k, after)
        after = [a.replace("month-on-month", "quarter-on-quarter") if quarterly else a for a in after]
        finite, bare = CHANGES[verb]
        if driven(line, first):
            finite = bare = DRIVEN.get(verb, bare)
        line.set_en(k, finite if has_subject(line, first) else bare)
        english = line.units[last].en + "".join(" " + a for a in after) + "".join(", " + t for t in tail)
        line.set_en(last, english)


def compared_before(line: Line, k: int, after: list[str]) -> tuple[list[str], list[str], int]:
    """The comparison and 分别/实际 words right before the change verb at k, emptied: (their
    English in order, the AFTER_ALL English, index of the first unit before them)."""
    tail: list[str] = []
    first = k
    while True:
        before = [j for j in range(first - 1, max(-1, first - SPAN - 2), -1)
                  if line.units[j].kind != "space" and (line.units[j].en or line.units[j].zh == "了")]
        if before and line.zh(before[0]) in ("，", ","):
            before = before[1:]  # 与去年同期相比，增长了3.8%
        match = None
        for n in range(min(len(before), SPAN), 0, -1):
            zh = "".join(line.zh(j) for j in reversed(before[:n]))
            if zh in COMPARED or zh in AFTER_ALL:
                match = n, zh
                break
        if match is None:
            if len(before) > 1 and line.zh(before[1]) in ("比", "较") and line.units[before[0]].en \
                    and not after:  # 比2015年上升5.8个百分点: "rose 5.8 percentage points from 2015"
                after.insert(0, "from " + line.units[before[0]].en)
                for j in before[:2]:
                    line.set_en(j, "")
                first = before[1]
            return after, tail, first
        n, zh = match
        run = [line.units[j] for j in before[:n]]
        if any(u.kind == "term" for u in run) and n > 1:
            return after, tail, first  # a term inside: its rendering stays where it is
        en = run[0].en if run[0].kind == "term" else AFTER_ALL.get(zh) or COMPARED[zh]
        (tail if zh in AFTER_ALL else after).insert(0, en)
        for j in range(before[n - 1], first):
            if line.units[j].kind != "space":
                line.set_en(j, "")
        first = before[n - 1]


def driven(line: Line, k: int) -> bool:
    """Whether a verb of DRIVERS opens the clause of k: the change is its object."""
    return any(line.zh(j) in DRIVERS for j in range(line.clause_start(k), k))


def has_subject(line: Line, k: int) -> bool:
    """Whether the clause of unit k holds a noun before k and before any verb (its subject:
    争取专项债券6.2亿元、…、分别增长33%: the nouns are 争取's object), and the sentence no word
    before k that makes the change a plan (NOT_DONE: 力争…，…增长22% "up 22 percent")."""
    if any(line.zh(j) in NOT_DONE for j in range(k)):
        return False
    for j in range(line.clause_start(k), k):
        if line.is_verb(j):
            return False
        if line.units[j].en and line.units[j].kind != "num" and line.tag(j) not in NOT_SUBJECTS \
                and (line.is_noun(j) or line.tag(j) == ""):
            return True  # a figure or span of time (近三年), an adjective (平均) is none
    return False


def comparisons(line: Line) -> None:
    """The figure compared with: 高于/低于 X的N% → "up/down from N percent in X"; 较X的N%
    有所下降 → "down from N percent in X"; 而X为N% → "compared with N percent in X"."""
    for k in line.find(HIGHER.keys() | {"较", "而"}):
        end = line.clause_end(k)
        j = next((i for i in range(k + 1, min(end, k + SPAN + 2)) if line.units[i].kind == "num"
                  and line.units[i].en.endswith(FIGURE_WORDS)), None)
        if j is None:
            continue
        zh = line.zh(k)
        rest = [i for i in range(j + 1, end) if line.units[i].kind != "space"]
        if zh in HIGHER:
            en = HIGHER[zh]
        elif zh == "而":
            if not any(line.zh(i) == "为" for i in range(k + 1, j)) or rest:
                continue  # 而X为N%: the figure closes the clause
            en = "compared with"
        else:
            words = [line.zh(i) for i in rest]
            verb = words[-1] if words else ""
            if verb not in DIRECTIONS or not set(words[:-1]) <= RATE_NOUNS | {"的", "有所"}:
                continue
            en = DIRECTIONS[verb]
            for i in rest:
                line.set_en(i, "")
        for i in range(k + 1, j):
            if line.zh(i) in ("为", "的"):
                line.set_en(i, "")
        trailing_rate(line, j, end)
        line.set_en(k, en)
        line.move(j, j + 1, k + 1)


def trailing_rate(line: Line, j: int, end: int) -> None:
    """的增幅 after a compared figure (高于8月的4.6%的增幅): no English."""
    rest = [i for i in range(j + 1, end) if line.units[i].kind != "space"]
    if len(rest) == 2 and line.zh(rest[0]) == "的" and line.zh(rest[1]) in RATE_NOUNS:
        line.set_en(rest[1], "")


def unchanged(line: Line) -> None:
    """与X持平 → "unchanged from X"; 持平 without 与 → "unchanged" (NBS English "flat"/"unchanged")."""
    for k in line.find({"持平", "基本持平"}):
        start = line.clause_start(k)
        with_ = next((i for i in range(k - 1, max(start, k - SPAN - 1) - 1, -1) if line.zh(i) == "与"), None)
        if with_ is not None and with_ < k - 1:
            line.set_en(with_, "unchanged from")
            line.set_en(k, "")
        else:
            line.set_en(k, "unchanged" if line.zh(k) == "持平" else "basically unchanged")


def year_averages(line: Line) -> None:
    """两年平均 → "two-year average" (China Daily on NBS data: "the two-year average growth"):
    a count of years right before 平均 is its modifier."""
    for k in line.find({"平均"}):
        j = line.prev(k)
        if j is None or line.units[j].kind != "num":
            continue
        count, _, unit = line.units[j].en.partition(" ")
        if unit == "years" and count.isalpha():
            line.set_en(j, f"{count}-year")
