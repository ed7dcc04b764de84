"""Heads that Chinese puts after the noun phrase they are about and GWR English before it,
with "of": a policy verb's object that is a noun phrase + a nominalised verb (推动对外投资合作
健康有序发展 "promote the healthy and orderly development of outbound investment and
cooperation"; 促进传统产业改造升级 "promote the transformation and upgrading of traditional
industries") or + a relational noun (保障妇女、儿童合法权益 "protect the legitimate rights and
interests of women and children"); and 加大(对X)Y力度 "step up Y (for X)", not "increase Y
strength". From the Reports on the Work of the Government of 2016-2019 and 2021-2023 (Xinhua's English; the
reserved years 2020, 2024 and 2025 were not read).
"""

from __future__ import annotations

from pipeline.engines.gloss.order.derive import ADJ, NOUN, VERB, is_
from pipeline.engines.gloss.order.line import CLAUSE_MARKS, NAMED_KINDS, NOUN_JOINERS, Line
from pipeline.engines.gloss.order.nominal import CLAUSE_TAKING, GOVERNING, noun_form
from pipeline.engines.gloss.rules import plural

#: Heads said after their noun phrase with "of", and their English in that place (GWR 2017-2019, 2021-2023:
#: "the healthy development of social organizations", "the transformation and upgrading of
#: traditional industries", "the implementation of", "the legitimate rights and interests of",
#: "the level of", "the quality of economic growth", "the foundation of economic recovery").
HEADS = {
    "发展": "development", "健康发展": "healthy development", "改造": "transformation", "升级": "upgrading",
    "改造升级": "transformation and upgrading", "转型升级": "transformation and upgrading",
    "优化升级": "upgrading", "落实": "implementation",
    "合法权益": "legitimate rights and interests", "权益": "rights and interests", "水平": "level",
    "质量": "quality", "基础": "foundation", "重组": "restructuring",
}
#: Heads that join the one after them (改造 + 升级: "transformation and upgrading"), with their English
#: there; not heads alone (能源革命、科技革命和经济转型: 转型 closes one item of a list).
JOINING_HEADS = {"改造": "transformation", "转型": "transformation", "优化": "optimization"}
#: Nouns that head a phrase the same way after 新 "new" (构建城乡社区治理新格局 "a new model of
#: urban and rural community governance", 培育外贸新动能 "new drivers of foreign trade", GWR 2019/2022;
#: 开创…新局面, 打造…新高地, 培育…新优势), the unit's own English kept: only after 新 (竞争优势 is a
#: compound).
NEW_HEADS = frozenset({"格局", "动能", "局面", "优势", "动力", "引擎", "篇章", "高地", "增长点", "征程"})
NEW = "新"
#: Every word that may head such a phrase (the rule's trigger).
HEAD_WORDS = frozenset(HEADS) | NEW_HEADS | {NEW + h for h in NEW_HEADS}
#: Adjectives of manner between the noun phrase and its head, with their English as adjectives
#: (GWR 2017 "sustained, healthy economic and social development"; GWR 2018/2019 "healthy and
#: orderly development", "coordinated development", "steady and healthy development"; "the peaceful
#: development of cross-Strait relations", Xinhua).
MANNER = {"健康": "healthy", "有序": "orderly", "持续": "sustained", "平稳": "steady", "高质量": "high-quality",
          "协调": "coordinated", "稳定": "stable", "规范": "well-regulated", "可持续": "sustainable",
          "长足": "substantial", "融合": "integrated", "一体": "integrated", "和平": "peaceful", "绿色": "green",
          "协同": "coordinated", NEW: "new"}
MANNER_EN = frozenset(MANNER.values())
#: Policy verbs whose object such a phrase is, besides the verbs nominal.GOVERNING names (保障,
#: 维护 "protect", 引导 "guide"): jieba tags some of them as nouns (支持, 保障).
VERBS = GOVERNING | {"保障", "维护", "保护", "引导", "带动", "推进", "加快推进", "大力推进"}
#: Adjectives the lexicon gives a noun before another (平台经济发展 "platform economic development")
#: that end the phrase after "of" as their noun.
HEAD_NOUNS = {"economic": "economy", "social": "society", "cultural": "culture", "industrial": "industry"}
#: Nouns said in the plural after such a head's "of" when Chinese leaves the number unsaid (GWR
#: 2017-2023: "the legitimate rights and interests of consumers", "the restructuring of key national
#: laboratories", "the transformation and upgrading of traditional industries", "the healthy
#: development of social organizations"; "of platform economy" stays: no count noun).
COUNTED = frozenset({"consumer", "enterprise", "industry", "laboratory", "worker", "farmer", "student",
                     "graduate", "group", "resident", "business", "entity", "institution", "organization",
                     "household", "company", "zone", "platform", "region", "city", "project", "product",
                     "village", "employee", "teacher", "school", "hospital", "firm", "cluster", "sector"})
#: jieba tags of the words of the noun phrase ("" a compound the lexicon renders by its parts).
NP_TAGS = frozenset({"n", "vn", "nz", "j", "l", "ns", "nt", "s", "b", "nr", "ng", ""})
#: Most units of the noun phrase (a longer run is no object of one verb).
NP_UNITS = 12

#: 加大…力度 "step up …" (加大对重点区域支持力度 "stepped up support for key areas", GWR 2023 English;
#: 加大…执法力度 "step up law enforcement"): 力度 "intensity" says nothing English says.
INTENSITY = "力度"
RAISE = "加大"
STEP_UP = "step up"
TOWARDS = "对"


def heads_of(line: Line) -> None:
    """V + noun phrase + (manner adjectives) + head, closing the clause → V + "the" + adjectives
    + head + "of" + noun phrase; only after a policy verb, the phrase nouns alone."""
    units = line.units
    done = len(units)  # where the last phrase placed starts: heads before it only
    for k in _heads(line):
        if k >= done or (units[k].zh in NEW_HEADS and (line.prev(k) is None or line.zh(line.prev(k) or k) != NEW)):
            continue  # (格局 alone: no head of this kind)
        after = line.next(k)
        if after is not None and not (units[after].kind == "punct" and units[after].zh in CLAUSE_MARKS):
            continue
        first_head = k
        p = line.prev(k)
        while p is not None and units[p].zh in JOINING_HEADS and units[p].kind == "word":
            first_head, p = p, line.prev(p)
        first_adj = first_head
        while p is not None and units[p].zh in MANNER and units[p].kind == "word":
            first_adj, p = p, line.prev(p)
        np_start = _noun_phrase(line, p)
        if np_start is None or p is None or not _noun_last(line, p):
            continue
        verb = line.prev(np_start)
        if verb is None or units[verb].kind != "word" or units[verb].zh in CLAUSE_TAKING or not (
                units[verb].zh in VERBS or line.is_verb(verb)):
            continue
        _place(line, np_start, first_adj, first_head, k)
        done = np_start


def _heads(line: Line) -> list[int]:
    """The head words' units, last first: words, and glossary terms of 新 + a head (新征程 "new
    journey", CGTN: 开启全面建设社会主义现代化国家新征程 "embark on a new journey of building a
    modern socialist country in all respects")."""
    found = [k for k, u in enumerate(line.units) if u.zh in HEAD_WORDS and (
        u.kind == "word" or (u.kind == "term" and u.zh[:1] == NEW))]
    found.reverse()
    return found


def _noun_phrase(line: Line, p: int | None) -> int | None:
    """First unit of the noun phrase ending at p (nouns, and joiners between them); None if
    there is none or it runs too long."""
    units = line.units
    start = None
    count = 0
    while p is not None and count < NP_UNITS:
        u = units[p]
        noun = u.kind in NAMED_KINDS or (u.kind == "word" and u.zh and u.en[:1].isalpha() and (
            line.tag(p) in NP_TAGS or _compound_noun(line, p) or (start == line.next(p) and line.tag(p) == "a")))
        if noun and u.zh in VERBS and not _after_noun(line, p):
            break  # the verb the phrase is the object of (支持, tagged a noun), not 志愿服务's 服务
        if not noun and not (u.zh in NOUN_JOINERS and start is not None):
            break
        if noun:
            start = p
        count += 1
        p = line.prev(p)
    if count >= NP_UNITS:
        return None
    return start


def _noun_last(line: Line, p: int) -> bool:
    """Whether the phrase's last unit ends in an English noun (绿色低碳发展: "green low-carbon"
    is no phrase to put after "of")."""
    u = line.units[p]
    word = u.en.rpartition(" ")[2]
    return u.kind != "word" or word in HEAD_NOUNS or is_(word, NOUN) or is_(_singular(word), NOUN)


def _singular(word: str) -> str:
    """The singular of an English plural noun (conditions, benefits, industries), "" if `word`
    does not end as one (the word lists know nouns by their singular)."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else ""


def _after_noun(line: Line, p: int) -> bool:
    q = line.prev(p)
    return q is not None and line.units[q].kind == "word" and bool(line.zh(q)) and line.tag(q) in NP_TAGS | {"a"}


def _compound_noun(line: Line, p: int) -> bool:
    """A verb closing a compound noun after a noun (社会组织 "social organizations": 组织 is
    jieba's verb), inside a list or before the head."""
    q = line.prev(p)
    n = line.next(p)
    return line.is_verb(p) and q is not None and line.tag(q) in ("n", "ng") and n is not None \
        and (line.zh(n) in NOUN_JOINERS or line.zh(n) in HEADS or line.zh(n) in MANNER)


def _place(line: Line, np_start: int, first_adj: int, first_head: int, k: int) -> None:
    units = line.units
    for j in range(first_adj, first_head):
        line.set_en(j, MANNER[units[j].zh])
    for j in range(first_head, k + 1):
        zh = units[j].zh
        line.set_en(j, HEADS.get(zh) or JOINING_HEADS.get(zh) or units[j].en, "n")
    heads = k + 1 - first_head
    adjectives = first_head - first_adj
    last = line.prev(first_adj)
    if last is not None:
        rest, _, word = units[last].en.rpartition(" ")
        if word in HEAD_NOUNS:
            word = HEAD_NOUNS[word]
            line.set_en(last, f"{rest} {word}".lstrip())
        if word in COUNTED and units[last].kind == "word":
            line.set_en(last, plural(units[last].en))
    line.move(first_adj, k + 1, np_start)  # adjectives and heads before the noun phrase
    of = np_start + adjectives + heads
    line.add(of, "of")
    if heads == 2:
        line.add(np_start + adjectives + 1, "and")
    if adjectives == 2 or (adjectives == 1 and units[k].en.split(" ", 1)[0] in MANNER_EN):
        line.add(np_start + 1, "and")  # 平稳健康发展 "steady and healthy development"
    verb = line.prev(np_start)
    said = line.units[verb].en.rpartition(" ")[2] if verb is not None else ""
    if not (said in ("a", "an", "the") or (is_(said, ADJ) and not is_(said, VERB))):  # 打牢 "lay a solid"
        line.add(np_start, "the")


def step_up(line: Line) -> None:
    """加大(对X)Y力度 → "step up Y (for X)": 力度 unsaid, what is stepped up before the 对 phrase."""
    units = line.units
    for k in line.find({INTENSITY}):
        thing = line.prev(k)
        if thing is None or units[thing].kind != "word" or not (line.is_noun(thing) or line.is_verb(thing)):
            continue
        start = line.clause_start(k)
        verb = next((j for j in range(thing - 1, start - 1, -1)
                     if units[j].kind == "word" and units[j].zh.endswith(RAISE)), None)
        if verb is None:
            continue
        towards = line.next(verb)
        u = units[thing]
        if line.is_verb(thing):  # 加大生态系统保护力度 "step up ecosystem protection"
            line.set_en(thing, noun_form(line.lex, u.zh, u.en, line.tag(thing)) or u.en, "n")
        line.set_en(k, "")
        line.set_en(verb, units[verb].en.replace("increase", STEP_UP) if units[verb].zh != RAISE else STEP_UP)
        if towards is not None and towards < thing and units[towards].zh == TOWARDS:
            line.set_en(towards, "for")
            line.move(thing, thing + 1, towards)


#: X占Y(的)比重/比例 "X as a share of Y" (GWR 2017-2022: "government spending on education as a
#: share of GDP", "R&D spending as a share of GDP"; 占 "account for" reads "account for GDP ratio").
SHARES = frozenset({"比重", "比例"})
OCCUPY = "占"
SHARE_OF = "as a share of"


def shares(line: Line) -> None:
    """占 + noun phrase + (的) + 比重/比例 → "as a share of" + the noun phrase (比重 unsaid)."""
    units = line.units
    for k in line.find(SHARES):
        last = line.prev(k)
        if last is not None and units[last].zh == "的":
            last = line.prev(last)
        if last is None:
            continue
        start = _noun_phrase(line, last)
        occupy = line.prev(start) if start is not None else None
        if occupy is None or units[occupy].zh != OCCUPY or units[occupy].kind != "word":
            continue
        line.set_en(occupy, SHARE_OF)
        for j in range(last + 1, k + 1):
            line.set_en(j, "")
