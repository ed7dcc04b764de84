"""Work reports' milestones, said in English with "of" after the head Chinese puts last: X历史上
"in the history of X" (过去一年是党和国家历史上具有里程碑意义的一年 "Last year was a milestone in
the history of the Communist Party of China and our country", GWR 2022 English; not "the Party
and the state historical on"), X新征程(上) "(on) the new journey of X" (开启全面建设社会主义现代化
国家新征程 "embark on a new journey of building a modern socialist country in all respects", CGTN;
向第二个百年奋斗目标进军新征程 "a new journey toward the Second Centenary Goal", GWR 2022 English;
新时代新征程上 "on the new journey in the new era", Xinhua), and 传统 before a noun "traditional"
(促进传统产业改造升级 "the transformation and upgrading of traditional industries", 中越传统友谊
"the traditional friendship between China and Vietnam", Xinhua); X成立N周年 "the Nth anniversary of
the founding of X" (庆祝中华人民共和国成立70周年 "celebrate the 70th anniversary of the founding of the
People's Republic of China", 改革开放40周年 "the 40th anniversary of reform and opening up", Xinhua).
From the Reports on the Work of the Government of 2016-2018, 2021 and 2022 and Xinhua's English (the
reserved 2020, 2024 and 2025 Reports were not read).
"""

from __future__ import annotations

from pipeline.engines.gloss.order.line import NAMED_KINDS, NOUN_JOINERS, Line
from pipeline.zh.numbers.numerals import ordinal, parse_chinese_numeral

HISTORY = "历史"
ON = "上"
AT = "在"
#: The rule's trigger (历史 and 上 are two words of the cut).
HISTORY_ON = frozenset({HISTORY + ON})
#: jieba tags of the nouns whose history it is (党和国家, 中华民族, 人类; not 几千年 "several
#: thousand year", a time, nor 这/我们, pronouns: "in our history" is another phrase).
OWNER_TAGS = frozenset({"n", "nt", "nz", "ns", "j", "l", "nr", "nrt", "s"})
#: Most units of the owner's phrase.
OWNER_UNITS = 4
IN_HISTORY_OF = "in the history of"
HISTORY_OF = "the history of"
IN_HISTORY = "in history"


def histories(line: Line) -> None:
    """NP + 历史 + 上 → "in the history of" + NP (在 before it keeps its "in": the frame's);
    历史上 after no noun → "in history"."""
    units = line.units
    for k in line.find(frozenset({HISTORY})):
        on = line.next(k)
        if on is None or units[on].zh != ON or units[on].kind != "word":
            continue
        start = _owner(line, k)
        if start is None:
            before = line.prev(k)
            if before is None or line.is_mark(before) or line.tag(before) in ("d", "p", "v", "c"):
                line.set_en(k, IN_HISTORY)  # 历史上首次 "for the first time in history"
                line.set_en(on, "")
            continue
        opener = line.prev(start)
        framed = opener is not None and units[opener].zh == AT and units[opener].kind == "word"
        line.set_en(k, HISTORY_OF if framed else IN_HISTORY_OF)
        if not framed:
            line.set_en(on, "")  # (在…上: `frames` closes the frame on it and says "in")
        line.move(k, k + 1, start)
        if not framed:
            _year_of(line, start, on + 1)


#: What `workreport.years_for` made of 是…的一年 ("a year for" and the modifier after it).
YEAR_FOR = "year for"
OF = "的"


def _year_of(line: Line, a: int, b: int) -> None:
    """The history units[a:b] inside a year's modifier ("was a year for" + modifier + 的): the
    year is "a year", the history last in its modifier ("a year of great importance in the
    history of ...")."""
    units = line.units
    start = line.clause_start(a)
    if not any(units[j].kind == "num" and units[j].en.endswith(YEAR_FOR) for j in range(start, a)):
        return
    end = line.clause_end(a)
    de = next((j for j in range(b, end) if units[j].zh == OF and units[j].kind == "word"), None)
    if de is None:
        return
    for j in range(start, a):
        if units[j].kind == "num" and units[j].en.endswith(YEAR_FOR):
            line.set_en(j, units[j].en.removesuffix(" for"))
    line.move(a, b, de)


def _owner(line: Line, k: int) -> int | None:
    """First unit of the noun phrase right before unit k (None: no noun there)."""
    units = line.units
    start = None
    p = line.prev(k)
    count = 0
    while p is not None and count < OWNER_UNITS:
        u = units[p]
        if u.kind in NAMED_KINDS or (u.kind == "word" and line.tag(p) in OWNER_TAGS and u.en[:1].isalpha()):
            start = p
        elif not (u.zh in NOUN_JOINERS and start is not None):
            break
        count += 1
        p = line.prev(p)
    return start


#: 新征程 "new journey" and its heads: the goal it is the journey of, 向X进军 "toward X", 新时代 "in the
#: new era" (新时代新征程上 "on the new journey in the new era", Xinhua), 上 "on".
JOURNEY = "新征程"
JOURNEYS = frozenset({JOURNEY})
NEW_ERA = "新时代"
TOWARDS = "向"
MARCH = "进军"
#: Verbs that set out on the journey, and their English there (开启…新征程 "embark on a new
#: journey", CGTN; 踏上新征程 "embark on a new journey", Xinhua).
SETTING_OUT = {"开启": "embark on", "踏上": "embark on"}
JOURNEY_EN = "new journey"
DONE = "了"
GOAL_KINDS = frozenset({"term", "place"})


def journeys(line: Line) -> None:
    """(在) X + 新征程 (+ 上) → "(on) the new journey of X"; 向X进军新征程 → "a new journey toward
    X"; 新时代新征程 → "the new journey in the new era"; 开启/踏上 before it "embark on"."""
    units = line.units
    for k in [j for j in range(len(units) - 1, -1, -1) if units[j].zh == JOURNEY and units[j].en == JOURNEY_EN]:
        _marching(line, k)
        if _placed(line, k):
            continue
        on = line.next(k)
        on = on if on is not None and units[on].zh == ON and units[on].kind == "word" else None
        p = line.prev(k)
        start, link = k, ""
        if p is not None and units[p].zh == NEW_ERA:
            line.set_en(p, "in the new era")
            line.move(p, p + 1, k + 1)  # 新征程 now at p, 新时代 after it
            k, start = p, p
        elif p is not None and units[p].zh == MARCH and (goal := line.prev(p)) is not None \
                and units[goal].kind in GOAL_KINDS and (to := line.prev(goal)) is not None and units[to].zh == TOWARDS:
            line.set_en(p, "")
            line.set_en(to, "")
            start, link = to, " toward"
        elif p is not None and units[p].kind in GOAL_KINDS:
            start, link = p, " of"
        before = line.prev(start)
        if before is not None and units[before].zh == DONE:
            before = line.prev(before)  # 开启了新征程
        verb = before is not None and units[before].zh in SETTING_OUT and units[before].kind == "word"
        if verb and before is not None:
            line.set_en(before, SETTING_OUT[units[before].zh])
        if on is not None:
            line.set_en(on, "")
            if before is not None and units[before].zh == AT:
                line.set_en(before, "")
        set_out = verb or (before is not None and line.is_verb(before))
        article = "on the" if on is not None else "a" if set_out else "the"
        line.set_en(k, f"{article} {JOURNEY_EN}{link}")
        if start < k:
            line.move(k, k + 1, start)


def _placed(line: Line, k: int) -> bool:
    """Whether `reportheads.heads_of` has placed the journey at k ("the new journey of X", its "of"
    and "the" added): only the verb before it is said as setting out ("embark on a new journey")."""
    units = line.units
    of = line.next(k)
    if of is None or units[of].zh or units[of].en != "of":
        return False
    art = line.prev(k)
    verb = line.prev(art) if art is not None and not units[art].zh and units[art].en == "the" else None
    if art is not None and verb is not None and units[verb].zh in SETTING_OUT and units[verb].kind == "word":
        line.set_en(verb, SETTING_OUT[units[verb].zh])
        line.set_en(art, "a")
    return True


def _marching(line: Line, k: int) -> None:
    """新征程、向X进军 closing the clause: 进军 unsaid, 向 "toward" (the journey's goal)."""
    units = line.units
    comma = line.next(k)
    if comma is None or units[comma].zh != "、":
        return
    to = line.next(comma)
    goal = line.next(to) if to is not None else None
    march = line.next(goal) if goal is not None else None
    after = line.next(march) if march is not None else None
    if to is not None and goal is not None and march is not None and units[to].zh == TOWARDS \
            and units[goal].kind in GOAL_KINDS and units[march].zh == MARCH \
            and (after is None or line.ends_clause(after)):
        line.set_en(to, "toward")
        line.set_en(march, "")


TRADITION = "传统"
#: The rule's trigger.
TRADITIONS = frozenset({TRADITION})
TRADITION_EN = "tradition"
TRADITIONAL = "traditional"


def traditional(line: Line) -> None:
    """传统 before a noun "traditional" (扩大传统消费 "expand traditional consumption"), and
    the compounds the lexicon renders by their parts (传统产业 "tradition industry" → "traditional
    industry"); 传统 closing its phrase stays a noun (弘扬优良传统 "carry forward fine traditions")."""
    units = line.units
    for k, u in enumerate(units):
        if u.kind != "word" or not u.zh.startswith(TRADITION):
            continue
        if u.zh == TRADITION:
            after = line.next(k)
            if after is not None and units[after].kind in ("word", "term") and line.is_noun(after) \
                    and line.tag(after) not in ("a", "ad") and units[after].en[:1].isalpha() and u.en == TRADITION_EN:
                line.set_en(k, TRADITIONAL)
        elif u.en.startswith(TRADITION_EN + " "):
            line.set_en(k, TRADITIONAL + u.en[len(TRADITION_EN):])


HAVE = "具有"
#: The rule's trigger.
HAVING = frozenset({HAVE})
MEANING = "意义"
#: Most units between 具有 and its 意义 (重要历史里程碑: three words).
MEANING_UNITS = 4
#: jieba tags of the words between them (重大, 里程碑, 现实, 十分).
MEANING_TAGS = frozenset({"a", "ad", "n", "d", "b", "m", "vn", "an"})


def significance(line: Line) -> None:
    """具有 + (adjectives) + 意义 + 的 modifying a noun English says first (`of_modifiers`,
    `years_for` moved it): 具有 "of", the "of" before it unsaid (具有里程碑意义的一年 "a year of
    milestone significance", GWR 2022; 具有重要里程碑意义的政治大事 "political events of important
    milestone significance", Xinhua). A predicate's 具有…意义 keeps its verb."""
    units, origin = line.units, line.origin
    if not origin:
        return  # nothing moved: no noun before its modifier
    for k in line.find(HAVING):
        meaning = _meaning(line, k)
        if meaning is None or not any(o == origin[meaning] + 1 and u.zh == OF for o, u in zip(origin, units)):
            continue  # no 的 after 意义: a predicate
        before = line.prev(k)
        if before is None:
            continue
        if not units[before].zh and units[before].en == "of":
            line.set_en(before, "")
        elif origin[before] < origin[meaning]:
            continue  # the noun still after its modifier
        line.set_en(k, "of")


def _meaning(line: Line, k: int) -> int | None:
    """The 意义 after 具有 at k, only words of MEANING_TAGS between (None: another phrase)."""
    j = line.next(k)
    count = 0
    while j is not None and count <= MEANING_UNITS:
        u = line.units[j]
        if u.zh == MEANING and u.kind == "word":
            return j if count else None
        if u.kind != "word" or line.tag(j) not in MEANING_TAGS:
            return None
        j, count = line.next(j), count + 1
    return None


ANNIVERSARY = "周年"
#: The rule's trigger.
ANNIVERSARIES = frozenset({ANNIVERSARY})
#: Verbs between the thing and its count of years, and what English says of the thing with them
#: (成立 "the founding of", 诞辰 "the birth of"); 建党 "the founding of the Party" has its thing in it.
EVENTS = {"成立": "the founding of", "诞辰": "the birth of", "建立": "the establishment of"}
WHOLE_EVENTS = {"建党": "the founding of the Party"}
#: Units of the thing whose anniversary it is (中国共产党, 中华人民共和国, 新中国, 改革开放).
THING_UNITS = 3
THING_TAGS = frozenset({"n", "ns", "nt", "nz", "j"})
#: Verbs of celebrating and greeting an anniversary (and the copula) that may stand before it.
CELEBRATING = ("庆祝", "纪念", "迎来", "迎接", "祝贺", "是", "值此")
#: Events said after the thing (中俄建交 "China-Russia diplomatic relations").
AFTER_EVENTS = {"建交": "diplomatic relations"}
#: 值此…之际 "on the occasion of" (值此中国共产党成立100周年之际, Xinhua).
AT_THIS, OCCASION = "值此", "之际"
#: jieba tags of the other words the phrase may follow (在, 和, 的, 今年, 这).
OPENING_TAGS = frozenset({"p", "c", "uj", "t", "r"})


def anniversaries(line: Line) -> None:
    """X (+ 成立) + N周年 → "the Nth anniversary of (the founding of) X"."""
    units = line.units
    for k in [j for j in range(len(units) - 1, -1, -1) if units[j].zh.endswith(ANNIVERSARY)
              and units[j].kind == "word"]:
        count, years = _years(line, k)
        if years is None or count is None:
            continue
        event = line.prev(count)
        zh = units[event].zh if event is not None and units[event].kind == "word" else ""
        if zh in WHOLE_EVENTS:
            start, said = event, WHOLE_EVENTS[zh]
        else:
            if zh in AFTER_EVENTS:
                line.set_en(event or 0, AFTER_EVENTS[zh])  # 中俄建交75周年: "of China-Russia diplomatic relations"
            said = EVENTS.get(zh, "")
            if not said:
                event = None
            start = _thing(line, (event if zh not in AFTER_EVENTS else line.prev(count)) or count)
            if start is None or not _opens(line, line.prev(start)):
                continue  # 建立全面战略合作伙伴关系15周年: the anniversary of a verb's phrase
            _occasion(line, line.prev(start), k)
        thing = units[start or 0]
        if said and thing.en[:1].isupper() and " of " in thing.en and not thing.en.startswith("The "):
            line.set_en(start or 0, "the " + thing.en)  # "the founding of the Communist Party of China"
        line.set_en(count, f"the {ordinal(years)} anniversary of", "n")
        if count != k:
            line.set_en(k, "")
        if event is not None and start is not None:
            line.set_en(event, said, "n")  # (a noun now: the 的 rules take the phrase whole)
            if start < event:  # the event before the thing: "the founding of X"
                line.move(event, event + 1, start)
        line.move(count, k + 1, start or 0)


def _opens(line: Line, before: int | None) -> bool:
    """Whether an anniversary's phrase may follow unit `before` (a mark, 在, 是, 庆祝, a year;
    not another verb, whose object the thing is)."""
    if before is None or line.is_mark(before):
        return True
    u = line.units[before]
    return line.tag(before) in OPENING_TAGS or u.kind == "num" or u.zh.endswith(CELEBRATING)


def _years(line: Line, k: int) -> tuple[int | None, int | None]:
    """The unit that says the count of years of 周年 at k (a figure before it, or 周年's own
    numeral: 一百周年) and the count."""
    u = line.units[k]
    if u.zh != ANNIVERSARY:
        return k, parse_chinese_numeral(u.zh.removesuffix(ANNIVERSARY))
    p = line.prev(k)
    if p is None or line.units[p].kind != "num":
        return None, None
    zh = line.units[p].zh
    return p, int(zh) if zh.isdigit() else parse_chinese_numeral(zh)


def _thing(line: Line, k: int) -> int | None:
    """First unit of the noun phrase right before unit k (None: none there)."""
    units = line.units
    start = None
    p = line.prev(k)
    count = 0
    while p is not None and count < THING_UNITS and (units[p].kind in NAMED_KINDS or (
            units[p].kind == "word" and (line.tag(p) in THING_TAGS or (start is not None and units[p].zh == "新"))
            and units[p].en[:1].isalpha())):
        start, p, count = p, line.prev(p), count + 1
    return start


def _occasion(line: Line, before: int | None, k: int) -> None:
    """值此 before the anniversary and 之际 after it (at k): "on the occasion of" (之际 unsaid)."""
    after = line.next(k)
    if before is not None and after is not None and line.units[before].zh == AT_THIS \
            and line.units[after].zh == OCCASION:
        line.set_en(before, "on the occasion of")
        line.set_en(after, "")
