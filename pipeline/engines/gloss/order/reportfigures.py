"""The figures of government work reports as their official English gives them: planned amounts
(拟按…安排 "will be set at ...", 拟安排X N元 "X will total N"), counts of new things (城镇新增就业
1186万人 "11.86 million new urban jobs"), the targets' figures ("GDP growth of over 6 percent"),
changes in real terms ("increased by 8.1 percent in real terms"), figures passed (突破 "exceeded"),
first batches ("the first five"). From the Reports on the Work of the Government 2016-2023.
"""

from __future__ import annotations

from pipeline.engines.gloss.order.line import Line

#: The planning verb 拟 and the frames it opens: 赤字率拟按3%安排 "the
#: deficit-to-GDP ratio will be set at 3 percent" (GWR 2021/2022: "We have set the deficit-to-GDP
#: ratio for the year at around 3.2 percent"); 拟安排地方政府专项债券3.65万亿元 "special-purpose
#: bonds for local governments will total 3.65 trillion yuan" (GWR 2022).
PLAN = "拟"
BY = "按"
ARRANGE = "安排"
#: A change in real terms whose figure follows it (居民人均可支配收入实际增长8.1% "Per capita
#: disposable income increased by 8.1 percent in real terms", GWR 2022): the words of the change
#: that end a phrase's English, and the qualifier that goes after the figure.
REAL = "实际"
REAL_TERMS = " in real terms"
CHANGED = ("increased", "grew", "rose", "fell", "dropped", "decreased", "increase", "grow", "rise", "fall")
#: Verbs of passing a mark whose English before a figure is "exceeded" (全国财政收入突破20万亿元
#: "National fiscal revenue exceeded 20 trillion yuan", GWR 2022), not "break through".
PASSING = frozenset({"突破"})
#: 首批 "first batch" before a count of what the batch holds: "the first N" (设立首批5个国家公园
#: "China's first five national parks were established", GWR 2023).
FIRST_BATCH = "首批"
#: Words after a count of people that make it no count of the new things (人次 person-times).
PEOPLE = (" people", " persons")
#: The last English word of a measure a figure may follow in a list of targets (GWR 2017-2022:
#: "GDP growth of around 6.5 percent", "a surveyed urban unemployment rate of around 5.5
#: percent", "CPI increase of around 3 percent", "grain output of over 650 million metric tons").
MEASURES = frozenset({"growth", "increase", "rate", "ratio", "output", "income", "revenue", "deficit",
                      "share", "volume", "consumption", "emissions", "investment", "spending",
                      "expenditure", "reduction", "reductions", "cuts", "drop", "decline"})
#: Characters one of which a figure of such a list holds.
FIGURES = frozenset({"%", "％", "元", "斤", "吨"})
#: Longest run of units a planned amount's noun phrase may span.
AMOUNT_WORDS = 4


def planned_amounts(line: Line) -> None:
    """拟按 X 安排 → "will be set at X"; 拟安排 NP N → "NP total N" (NP moved before the verb); the
    verb takes its tense later (`verbs.verb_forms`: "will be set at", "will total")."""
    units = line.units
    for k in line.find({PLAN}):
        nxt = line.next(k)
        if nxt is None or units[nxt].kind != "word":
            continue
        end = line.clause_end(k)
        if units[nxt].zh == BY:
            last = line.prev(end)
            if last is None or units[last].zh != ARRANGE or last - nxt < 2:
                continue
            line.set_en(k, "will be set at", "v")
            line.set_en(nxt, "")
            line.set_en(last, "")
            the_subject(line, k)
        elif units[nxt].zh == ARRANGE:
            amount = line.prev(end)
            if amount is None or units[amount].kind != "num" or not 0 < amount - nxt - 1 <= AMOUNT_WORDS:
                continue
            if not all(line.is_noun(j) for j in range(nxt + 1, amount) if units[j].kind != "space"):
                continue
            line.set_en(k, "")
            line.set_en(nxt, "total", "v")
            line.move(nxt + 1, amount, k)


def the_subject(line: Line, verb: int) -> None:
    """"the" before the one noun right before `verb` (赤字率 "the deficit-to-GDP ratio"), and a
    comma after a time before it (今年 "This year, the ...")."""
    subject = line.prev(verb)
    if subject is None or not line.is_noun(subject) or line.tag(subject) in ("t", "m", "r"):
        return
    en = line.units[subject].en
    if not en[:1].islower() or en.split(" ", 1)[0] in ("the", "a", "an", "this", "its", "our"):
        return
    time = line.prev(subject)
    if time is not None and line.tag(time) == "t" and line.units[time].en[-1:].isalpha():
        line.set_en(time, line.units[time].en + ",")
    line.add(subject, "the")


def new_counts(line: Line) -> None:
    """A noun phrase of new things (新增…, "new urban jobs") right before the count of them:
    the count goes first, without its "people" (城镇新增就业1186万人 → "11.86 million new
    urban jobs", GWR 2021 English "11.86 million urban jobs were added")."""
    units = line.units
    for k in range(len(units) - 2, -1, -1):
        u = units[k]
        if "新增" not in u.zh or not u.en.startswith("new ") or u.kind == "punct":
            continue
        count = line.next(k)
        if count is None or units[count].kind != "num":
            continue
        en = units[count].en
        for tail in PEOPLE:
            en = en.removesuffix(tail)
        if en == units[count].en and u.en.endswith("jobs"):
            continue  # a count of something else (人次)
        line.set_en(count, en)
        line.move(count, count + 1, k)


def figure_of(line: Line) -> None:
    """A measure followed by its figure with no verb in its clause, as the targets of a
    report list them (国内生产总值增长6%以上 "GDP growth of over 6 percent", 居民消费价格涨幅3%
    左右 "CPI increase of around 3 percent", GWR 2021): "of" between the measure and the figure."""
    units = line.units
    figures = [k for k, u in enumerate(units) if u.kind == "num"]
    for k in reversed(figures):
        if k == 0 or not units[k].en[:1].isalnum():
            continue
        measure = line.prev(k)
        after = line.next(k)
        if measure is None or units[measure].kind not in ("word", "term") \
                or units[measure].en.rsplit(" ", 1)[-1] not in MEASURES \
                or (after is not None and not line.ends_clause(after)):
            continue
        start = line.clause_start(measure)
        if any(line.is_verb(j) for j in range(start, measure) if units[j].en):
            continue  # a clause with a verb of its own (增加投入1000亿元)
        line.add(k, "of")


def real_terms(line: Line) -> None:
    """A change "in real terms" right before its percentage: "by" the figure, then "in real
    terms" ("increased in real terms 8.1 percent" → "increased by 8.1 percent in real terms")."""
    units = line.units
    for k in range(len(units) - 2, -1, -1):
        en = units[k].en
        if not en.endswith(REAL_TERMS) or not en[: -len(REAL_TERMS)].endswith(CHANGED):
            continue
        figure = line.next(k)
        if figure is None or units[figure].kind != "num" or not units[figure].en.endswith("percent"):
            continue
        line.set_en(k, en[: -len(REAL_TERMS)] + " by")
        line.set_en(figure, units[figure].en + REAL_TERMS)


def passing_figures(line: Line) -> None:
    """突破 + a figure → "exceeded": a figure passed is a fact reported (the word is the
    lexicon's noun "breakthroughs", which `verbs.verb_forms` would not put in a tense)."""
    units = line.units
    for k in line.find(PASSING):
        figure = line.next(k)
        if figure is not None and units[figure].kind == "num" and units[figure].en[:1].isdigit():
            line.set_en(k, "exceeded", "v")


def first_batches(line: Line) -> None:
    """首批 + a count → "the first" + the count (not "the first batch 5 national parks")."""
    units = line.units
    for k in line.find({FIRST_BATCH}):
        count = line.next(k)
        if count is not None and units[count].kind == "num" and units[count].en[:1].isdigit():
            line.set_en(k, "the first")
