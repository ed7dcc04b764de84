"""Constructions of government work reports that word order alone does not mend: the past
year looked back on (过去一年 "the past year"), planned amounts (拟按…安排 "is set at ...",
拟安排X N元 "X will total N"), counts of new things (城镇新增就业1186万人 "11.86 million new
urban jobs"), events hosted (办好…论坛 "host ..."), and a rendering said twice over
(人民群众 "the people", not "the people the people"). English forms from the official English
of the Reports on the Work of the Government 2016-2023 (Xinhua, gov.cn).
"""

from __future__ import annotations

from itertools import pairwise

from pipeline.engines.gloss.order.english import head_verb
from pipeline.engines.gloss.order.line import Line
from pipeline.engines.gloss.order.subjects import SENTENCE_ENDS, opening_verb

#: Chinese of the words that look back on a span of time just after them (过去一年 "the past
#: year", 回顾过去一年 "Looking back at the past year", GWR 2019/2022 English); jieba cuts 回顾过去
#: as one word.
LOOKING_BACK = {"过去": "", "回顾过去": "looking back at"}
#: English endings of a count that is a span of time (一年 "one year", 五年 "five years").
SPAN_ENDINGS = ("year", "years", "month", "months")
#: The planning verb 拟 "is planned to" and the frames it opens: 赤字率拟按3%安排 "the
#: deficit-to-GDP ratio is set at 3 percent" (GWR 2021/2022: "We have set the deficit-to-GDP
#: ratio for the year at around 3.2 percent"); 拟安排地方政府专项债券3.65万亿元 "special-purpose
#: bonds for local governments will total 3.65 trillion yuan" (GWR 2022).
PLAN = "拟"
BY = "按"
ARRANGE = "安排"
#: Nouns that end the name of an event (论坛 forum, 运动会 games, 博览会 expo, 峰会 summit):
#: 办好X "host X" (GWR 2019: 办好第二届“一带一路”国际合作高峰论坛 "host the second Belt and Road
#: Forum for International Cooperation"); other objects keep 办好's rendering.
HOST = "办好"
EVENT_ENDINGS = ("会", "论坛", "赛", "节", "展")
#: The heading of a report's review of a year (一、2018年工作回顾): the year goes last, "A review
#: of our work in 2018" (GWR 2021, 2022 English; GWR 2017 "a review of our work in 2016").
REVIEW = "工作回顾"
#: Words a heading's span of time may hold besides its figures (过去一年和五年).
SPAN_WORDS = frozenset({"过去", "和", "及", "与"})
#: 建设 as the head of a noun phrase ("development" in the lexicon): what is built follows it,
#: "building X" (美丽中国建设 "building a Beautiful China", 廉洁政府建设 "build a government of
#: integrity", GWR 2019/2023 English); 现代化建设 is the "modernization drive" (GWR 2021-2023).
BUILD = "建设"
DRIVE_OF = "现代化"  # (中国式现代化建设 "Chinese modernization drive")
#: Most units of the noun phrase before 建设 that move after "building".
BUILT_WORDS = 3
#: The year a plan or a task opens or closes, right after what it is the year of (“十五五”开局之年
#: "the first year of the 15th Five-Year Plan period", GWR 2026; 收官之年 "the final year").
YEARS_OF = {"开局之年": "the first year of", "开局年": "the first year of", "收官之年": "the final year of",
            "收官年": "the final year of"}
QUOTES = frozenset({"“", "”", '"'})
#: Most units of what the year is of (a quoted plan: its quotes and up to two words).
YEAR_OF_WORDS = 4
#: A change in real terms whose figure follows it (居民人均可支配收入实际增长8.1% "Per capita
#: disposable income increased by 8.1 percent in real terms", GWR 2022): the words of the change
#: that end a phrase's English, and the qualifier that goes after the figure.
REAL = "实际"
REAL_TERMS = " in real terms"
CHANGED = ("increased", "grew", "rose", "fell", "dropped", "decreased", "increase", "grow", "rise", "fall")
#: Verbs of passing a mark whose English before a figure is "exceeded" (全国财政收入突破20万亿元
#: "National fiscal revenue exceeded 20 trillion yuan", GWR 2022), not "break through".
PASSING = frozenset({"突破"})
#: jieba tags of the words of an object noun compound that takes "the" after its verb.
COMPOUND_TAGS = frozenset({"n", "vn", "nz", "j", "b"})
#: First words after which no "the" is added (a determiner or possessive already there).
DETERMINED = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their", "our", "each", "every",
                        "all", "some", "many", "more", "most", "no", "any", "both", "per", "other", "such"})
#: Verbs of raising that close their clause after a subject: nothing is raised, the subject
#: rises (人民生活水平不断提高 "Living standards rose steadily", GWR 2022/2023; "kept raising" →
#: "kept rising"): the English words of raising and those of rising.
RAISING = ("提高", "提升")
RISING = {"raise": "rise", "raises": "rises", "raised": "rose", "raising": "rising"}
#: 首批 "first batch" before a count of what the batch holds: "the first N" (设立首批5个国家公园
#: "China's first five national parks were established", GWR 2023).
FIRST_BATCH = "首批"
#: 扎实 + a verb of advancing: "make solid progress in" (扎实推进脱贫攻坚和乡村振兴 "We will make
#: solid progress in poverty alleviation and rural revitalization", GWR 2019; GWR 2021-2023
#: "make solid progress toward common prosperity").
SOLID = "扎实"
ADVANCING = frozenset({"推进", "推动"})
SOLID_WORDS = frozenset({SOLID} | {SOLID + verb for verb in ADVANCING})
#: The English a phrase starting with one of them opens with (推进中国式现代化 "advance Chinese
#: modernization"): replaced, the rest of the phrase kept.
ADVANCE_EN = frozenset({"advance", "advancing", "promote", "promoting", "push", "pushing"})
PROGRESS = "make solid progress in"
#: Adverbs of work reports that GWR English says otherwise before certain verbs: 深入 + 实施/贯彻
#: "fully implement" (深入实施区域协调发展战略 "We fully implemented the coordinated regional
#: development strategy", GWR 2023; 深入贯彻 "fully enforce", GWR 2019), not "thoroughly";
#: 持续 + a verb with its object "continue to" + the verb (持续推动结构性改革 "we continued to move
#: forward with structural reform", GWR 2016; 持续改善营商环境 "continued to improve the business
#: environment", GWR 2022), not "continuously".
DEEP = "深入"
FULLY_BEFORE = frozenset({"实施", "贯彻", "落实", "贯彻落实"})
CONTINUING = "持续"
#: The dateline of a report to a session (——2019年3月5日在第十三届全国人民代表大会第二次会议上
#: "Delivered at the Second Session of the 13th National People's Congress of the People's
#: Republic of China on March 5, 2019", GWR 2016-2023 English): the words that open and close it.
SESSION = "会议"
AT = "在"
ON = "上"
DASHES = frozenset({"—", "——", "-"})
#: Bodies whose English takes "of the People's Republic of China" in such a dateline.
NATIONAL = {"全国人民代表大会": " of the People's Republic of China"}
#: …是X的(关键)一年 → "… is a (key) year for X" (GWR 2018 是决胜全面建成小康社会…的关键一年 "it is a
#: crucial year for securing a decisive victory ..."; GWR 2021 是…具有特殊重要性的一年 "The year
#: 2021 is of particular importance"): the copula, the year, and the modifier 的 before it.
COPULA = "是"
ONE_YEAR = "一年"
OF = "的"
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


def past_spans(line: Line) -> None:
    """过去 + a span of time without 来 after it (that one is `rules.past_span`'s): the span
    reads "the past year" and 过去 no English, or "over the past year" when the span opens its
    clause as a time (过去一年，我国… "Over the past year, China ..."); 回顾过去 "looking back at"."""
    units = line.units
    for k in line.find(LOOKING_BACK):
        span = line.next(k)
        if span is None or units[span].kind != "num" or not units[span].en.endswith(SPAN_ENDINGS):
            continue
        after = line.next(span)
        if after is not None and units[after].zh == "来":
            continue
        en = "the past " + units[span].en.removeprefix("one ")
        before = line.prev(k)
        opens = before is None or line.is_mark(before)
        alone = after is not None and line.is_mark(after) and units[after].zh == "，"
        line.set_en(k, LOOKING_BACK[units[k].zh])
        line.set_en(span, "over " + en if opens and alone and units[k].zh == "过去" else en)


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


def hosted_events(line: Line) -> None:
    """办好 + an event (its last noun before the clause ends is a 会, 论坛, 赛 …) → "host"."""
    units = line.units
    for k in line.find({HOST}):
        end = line.clause_end(k)
        last = line.prev(end)
        while last is not None and last > k and line.is_mark(last):
            last = line.prev(last)  # a closing quote or bracket
        if last is not None and last > k and units[last].zh.endswith(EVENT_ENDINGS):
            line.set_en(k, "host")


def echoes(line: Line) -> None:
    """Two words side by side with the same English (人民群众 "the people the people", 一件一件
    "one item one item"), or a word whose English opens the next one's (全面贯彻落实 "fully
    fully implement"): the first says nothing the second does not."""
    units = line.units
    ens = [u.en if u.kind == "word" else "" for u in units]
    if not any(a and (a == b or b.startswith(a + " ")) for a, b in pairwise(ens)):
        return  # most sentences
    for k in range(len(units) - 1, 0, -1):
        a, b = ens[k - 1], ens[k]
        if a and a == b:
            line.set_en(k, "")
        elif a and b.startswith(a + " "):
            line.set_en(k - 1, "")


def figure_of(line: Line) -> None:
    """A measure followed by its figure with no verb in its clause, as the targets of a
    report list them (国内生产总值增长6%以上 "GDP growth of over 6 percent", 居民消费价格涨幅3%
    左右 "CPI increase of around 3 percent", GWR 2021): "of" between the measure and the figure."""
    units = line.units
    for k in range(len(units) - 1, 0, -1):
        if units[k].kind != "num" or not units[k].en[:1].isalnum():
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



def review_headings(line: Line) -> None:
    """N年工作回顾 → "a review of our work in N": the year after the heading's words;
    过去N年工作回顾 → "a review of our work over the past N years" (GWR 2018, 2023)."""
    units = line.units
    for k in line.find({REVIEW}):
        year = line.prev(k)
        if year is None or units[year].kind != "num" or not units[year].zh.endswith("年"):
            continue
        if units[year].en.isdigit():
            line.set_en(year, "in " + units[year].en)
            line.move(year, year + 1, k + 1)
            continue
        start = line.clause_start(k)  # 过去一年和五年工作回顾: "A review of our work over the past ..."
        while start < k and units[start].kind in ("enum", "space"):
            start += 1
        span = range(start, k)
        if not span or not all(units[j].kind == "num" or units[j].zh in SPAN_WORDS for j in span) \
                or not any(units[j].en.startswith("the past") for j in span):
            continue
        first = next(j for j in span if units[j].en)
        line.set_en(first, "over " + units[first].en)
        line.move(k, k + 1, start)


def building(line: Line) -> None:
    """A noun phrase + 建设 → "building" + the noun phrase (not "X development"); 现代化建设
    "modernization drive". Only after nouns and adjectives (not a verb's 建设: 违规建设楼堂馆所)."""
    units = line.units
    for k in line.find({BUILD}):
        before = line.prev(k)
        if before is None or units[before].kind not in ("word", "term", "place"):
            continue
        if units[before].zh.endswith(DRIVE_OF):
            line.set_en(k, "drive")
            continue
        start = k
        j: int | None = before
        while j is not None and k - j <= BUILT_WORDS and units[j].kind in ("word", "term", "place") \
                and units[j].en and line.tag(j) in ("n", "a", "an", "nz", "ns", "nt", "j", "l", "b"):
            start, j = j, line.prev(j)
        if start == k:
            continue
        line.set_en(k, "building")
        line.move(k, k + 1, start)


def years_of(line: Line) -> None:
    """X开局之年 → "the first year of X" (X a plan's name or a noun phrase right before it, no 的:
    the 的 form is `modifiers.of_modifiers`')."""
    units = line.units
    for k in line.find(YEARS_OF):
        start = k
        j = line.prev(k)
        while j is not None and k - j <= YEAR_OF_WORDS and (line.is_noun(j) or units[j].zh in QUOTES):
            start, j = j, line.prev(j)
        if start == k:
            continue
        line.set_en(k, YEARS_OF[units[k].zh])
        line.move(k, k + 1, start)


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


def object_articles(line: Line) -> None:
    """"the" before the object of a verb that is a compound of two or more common nouns with
    a singular head, closing its clause or list item (健全社会信用体系 "improve the social credit
    system", GWR 2019 English "The social credit system will be improved"): official English
    names such systems and mechanisms as known ones. `verbs.definite` does the subjects."""
    units = line.units
    for k in range(len(units) - 2, 0, -1):
        if not line.is_verb(k) or units[k].kind != "word" or units[k].zh not in line.lex.domain \
                or not units[k].en[:1].isalpha():
            continue  # a verb of work reports only (the domain lexicon's): news names its objects
        first = line.next(k)
        if first is None:
            continue
        j: int | None = first
        last = None
        while j is not None and units[j].kind == "word" and line.tag(j) in COMPOUND_TAGS and units[j].en:
            last, j = j, line.next(j)
        if last is None or last == first or (j is not None and not line.is_mark(j)):
            continue
        words = units[first].en.split(" ", 1)
        head = units[last].en.rsplit(" ", 1)[-1]
        if not words[0].isalpha() or not words[0].islower() or words[0] in DETERMINED \
                or head.endswith("s") or not head.isalpha():
            continue
        line.add(first, "the")


def rising(line: Line) -> None:
    """提高 closing a clause whose subject is a noun phrase right before it (adverbs between):
    "rise", not "raise" (and no passive "is raised": `verbs.passive` lets "rise" be)."""
    units = line.units
    for k in range(len(units) - 1, 0, -1):
        u = units[k]
        if u.kind != "word" or not u.zh.endswith(RAISING):
            continue
        after = line.next(k)
        if after is None or not line.ends_clause(after):
            continue
        j = line.prev(k)
        while j is not None and units[j].kind == "word" and line.tag(j) in ("d", "ad"):
            j = line.prev(j)
        if j is None or not line.is_noun(j) or line.tag(j) in ("t", "m"):
            continue
        words = u.en.split(" ")
        changed = [RISING.get(w, w) for w in words]
        if changed != words:
            line.set_en(k, " ".join(changed))


def first_batches(line: Line) -> None:
    """首批 + a count → "the first" + the count (not "the first batch 5 national parks")."""
    units = line.units
    for k in line.find({FIRST_BATCH}):
        count = line.next(k)
        if count is not None and units[count].kind == "num" and units[count].en[:1].isdigit():
            line.set_en(k, "the first")


def solid_progress(line: Line) -> None:
    """扎实推进 X → "make solid progress in X" (the verb in its tense later: `verbs.verb_forms`)."""
    units = line.units
    for k in line.find(SOLID_WORDS):
        verb = k if units[k].zh != SOLID else line.next(k)  # 扎实推进 may be one word
        if verb is None or units[verb].kind != "word" or not units[verb].zh.startswith(tuple(ADVANCING)):
            continue
        first, _, rest = units[verb].en.partition(" ")
        if verb != k and units[verb].zh not in ADVANCING and first not in ADVANCE_EN:
            continue  # a phrase that opens with another verb's English
        after = line.next(verb)
        if after is None or (line.is_mark(after) and not rest):
            continue  # 扎实推进。: nothing to progress in
        line.set_en(k, "")
        line.set_en(verb, PROGRESS + (" " + rest if units[verb].zh not in ADVANCING and rest else ""))


def policy_adverbs(line: Line) -> None:
    """深入实施 → "fully implement"; 持续 + verb + object → "continue to" + verb, one predicate
    whose "continue" takes the tense (`verbs.verb_forms`: "continued to improve")."""
    units = line.units
    for k in line.find({DEEP, CONTINUING}):
        verb = line.next(k)
        if verb is None or units[verb].kind != "word":
            continue
        if units[k].zh == DEEP:
            if units[verb].zh in FULLY_BEFORE:
                line.set_en(k, "fully")
            continue
        after = line.next(verb)
        if after is None or line.is_mark(after) or not line.is_verb(verb) or not head_verb(units[verb].en) \
                or units[verb].zh not in line.lex.domain:
            continue  # a verb of work reports only (the domain lexicon's)
        line.set_en(k, "")
        line.set_en(verb, "continue to " + units[verb].en)


def enumerated_subjects(line: Line) -> None:
    """一是继续创新和加强宏观调控… → "First, we continued to ...": a report's enumerated sentence
    that opens with a verb of work reports has the writers as its subject, after its
    enumerator (GWR 2017 "Firstly, we continued to develop new and more effective ways of
    carrying out regulation at the macro level"; `subjects.subjectless` leaves these)."""
    units = line.units
    first = line.next(-1)
    last = line.prev(len(units))
    if first is None or last is None or units[first].kind != "enum" or line.zh(last) not in SENTENCE_ENDS:
        return
    start = line.next(first)
    verb = opening_verb(line, start) if start is not None else None
    if start is None or verb is None or (units[verb].zh not in line.lex.domain
                                         and units[verb].zh not in line.lex.phrases):
        return  # only the verbs and phrases of work reports
    if any(u.zh in ("我们", "我") or u.kind == "person" for u in units):
        return
    line.add(start, "we")


def session_datelines(line: Line) -> None:
    """——DATE在第N届BODY第M次会议上 → "Delivered at the Mth Session of the Nth BODY on DATE"."""
    units = line.units
    for k in line.find({SESSION}):
        nth, body, at, date = line.prev(k), None, None, None
        if nth is None or units[nth].kind != "num" or not units[nth].zh.endswith("次"):
            continue
        body = line.prev(nth)
        at = line.prev(body) if body is not None else None
        at = line.prev(at) if at is not None and units[at].kind == "num" and units[at].zh.endswith("届") else None
        date = line.prev(at) if at is not None and units[at].zh == AT else None
        if body is None or at is None or date is None or units[date].kind != "num" \
                or not units[date].zh.endswith("日"):
            continue
        term = line.next(at)
        if term is None:
            continue
        opening = all(units[j].zh in DASHES or units[j].kind == "space" for j in range(date))
        line.set_en(at, ("delivered at" if opening else "at"))
        line.set_en(nth, "the " + units[nth].en[:1].upper() + units[nth].en[1:])
        line.set_en(k, "Session of")
        line.set_en(term, "the " + units[term].en)
        line.set_en(body, units[body].en + NATIONAL.get(units[body].zh, ""))
        line.set_en(date, "on " + units[date].en)
        after = line.next(k)
        if after is not None and units[after].zh == ON:
            line.set_en(after, "")
        if opening:
            for j in range(date):
                line.set_en(j, "")
        line.move(date, date + 1, k + 1)  # the date last
        line.move(nth - 1, k, term - 1)  # "the Second Session of" before "the 13th ..."


def years_for(line: Line) -> None:
    """是 + X + 的 + (adjective) + 一年 closing the clause: "a (key) year for" right after the
    copula, X after it."""
    units = line.units
    years = [j for j in range(len(units) - 1, 0, -1) if units[j].zh == ONE_YEAR and units[j].kind == "num"]
    for k in years:  # (a count: Line.find looks at words only)
        after = line.next(k)
        if after is not None and not line.ends_clause(after):
            continue
        head = k
        before = line.prev(k)
        if before is not None and units[before].kind == "word" and line.tag(before) in ("a", "b", "n") \
                and units[before].en.isalpha():
            head = before  # 关键一年 "key year"
        mark = line.prev(head)
        if mark is None or units[mark].zh != OF:
            continue
        start = line.clause_start(k)
        copula = next((j for j in range(start, mark) if units[j].zh == COPULA and units[j].kind == "word"), None)
        if copula is None or mark - copula < 2:
            continue
        if head != k:
            line.set_en(head, "a " + units[head].en)
            line.set_en(k, "year for")
        else:
            line.set_en(k, "a year for")
        line.move(head, k + 1, copula + 1)
