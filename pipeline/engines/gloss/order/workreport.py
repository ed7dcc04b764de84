"""The sentence formulas of government work reports that word order alone does not mend:
review headings (一、2018年工作回顾 "A review of our work in 2018"), the dateline of a report to a
session ("Delivered at the Second Session of the 13th National People's Congress ..."), the
past year looked back on (过去一年 "over the past year"), the year a plan opens (“十五五”开局之年
"the first year of ..."), "a key year for", "First, we ..." after an enumerator, events hosted
(办好…论坛 "host"). English forms from the official English of the Reports on the Work of the
Government 2016-2023 and 2026 (Xinhua, gov.cn); figures and words: `reportfigures`, `reportwords`.
"""

from __future__ import annotations

from pipeline.engines.gloss.order.line import Line
from pipeline.engines.gloss.order.subjects import SENTENCE_ENDS, opening_verb

#: Chinese of the words that look back on a span of time just after them (过去一年 "the past
#: year", 回顾过去一年 "Looking back at the past year", GWR 2019/2022 English); jieba cuts 回顾过去
#: as one word.
LOOKING_BACK = {"过去": "", "回顾过去": "looking back at"}
#: English endings of a count that is a span of time (一年 "one year", 五年 "five years").
SPAN_ENDINGS = ("year", "years", "month", "months")
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
#: The year a plan or a task opens or closes, right after what it is the year of (“十五五”开局之年
#: "the first year of the 15th Five-Year Plan period", GWR 2026; 收官之年 "the final year").
YEARS_OF = {"开局之年": "the first year of", "开局年": "the first year of", "收官之年": "the final year of",
            "收官年": "the final year of"}
QUOTES = frozenset({"“", "”", '"'})
#: Most units of what the year is of (a quoted plan: its quotes and up to two words).
YEAR_OF_WORDS = 4
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
