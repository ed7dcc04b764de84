"""Verbs and adjectives standing as nouns: Chinese uses a verb or an adjective as the head of
a noun phrase unchanged (促进教育公平和质量提升 "promote fairness in education and quality
improvement"), English its noun ("improvement", not "improve").

A unit's noun is the noun English word formation makes of its English (`derive`: 引导
"guide" → "guidance"), else CC-CEDICT's one-word noun sense (传承 "an inheritance"), else the
-ing form."""

from __future__ import annotations

from pipeline.engines.gloss.order.derive import ADJ, NOUN, VERB, is_, noun_of_adjective, noun_of_verb
from pipeline.engines.gloss.order.line import CLAUSE_MARKS, Line
from pipeline.zh.lexicon import VERB_TAGS, Lexicon, clean_sense

#: Verbs whose object is a noun phrase, also when it ends in a verb (促进…提升 "promote ...
#: improvement"), and whose object may be a verb alone (加强监管 "strengthen supervision"):
#: the policy verbs of work reports (GWR English renders their verb objects as nouns).
GOVERNING = frozenset({"促进", "加强", "推动", "推进", "实现", "深化", "加快", "完善", "强化", "注重", "重视",
                       "抓好", "做好", "加大", "扩大", "提高", "提升", "增强", "支持", "坚持",
                       "推广", "鼓励", "落实", "保障", "防止", "避免", "影响", "带来", "面临",
                       "迎来", "取得", "助力", "服务", "加速", "规范", "引领", "稳定", "巩固", "优化"})
#: Verbs whose object is a clause of its own, with its verb (让企业发展 "let enterprises
#: grow"; 表示经济增长 "said the economy grew"): causatives, requests and verbs of saying
#: and thinking (Li & Thompson, Mandarin Chinese, ch. 17 and 18: pivotal constructions).
CLAUSE_TAKING = frozenset({"让", "使", "令", "叫", "要求", "请", "引导", "帮助", "带动", "促使", "允许",
                           "组织", "动员", "号召", "希望", "表示", "指出", "认为", "强调", "说", "称", "介绍",
                           "预计", "显示", "表明", "发现", "看到", "相信", "知道", "宣布", "决定", "同意",
                           "证明", "说明", "意味着", "是", "有", "把", "将", "被", "给", "由", "靠", "保持",
                           "确保", "保证"})
#: What may follow a noun phrase's last word: a clause mark, a list's comma, a joiner, the
#: closing bracket or quote.
NP_ENDS = CLAUSE_MARKS | frozenset("、）)”’》") | {"和", "与", "及", "以及", "或"}
#: jieba tags of the words a noun phrase before its verb-head is made of.
NOUN_TAGS = frozenset({"n", "vn", "an", "nz", "nt", "j", "l", "ng", "s", "b", ""})
#: Tags of the units read as nouns here: verbs (a verbal noun too, where its English is a
#: verb's: 变革 "transform"), adjectives, and compounds the lexicon rendered by their parts
#: (技术改造 "technology transform": the last word).
TARGET_TAGS = VERB_TAGS | {"vn", "a", "an", "ad", ""}
#: Unit kinds that stand as nouns (claims) before a verb read as a noun.
NOUN_KINDS = frozenset({"term", "place", "latin"})


def noun_heads(line: Line) -> None:
    """A verb or an adjective that ends a noun phrase (before a clause mark, a list's comma
    or a joiner) after 的, after a noun where a governing verb before it takes the phrase as
    its object (促进教育公平和质量提升: 提升 "improvement"), or right after a governing verb
    (加强监管 "strengthen supervision") takes its noun."""
    units, pos = line.units, line.lex.pos
    ends = [j - 1 for j, u in enumerate(units) if u.zh in NP_ENDS or u.kind == "space"]  # (few: the
    for k in reversed([*ends, len(units) - 1]):  # words before a mark, a joiner, a space, and the last)
        u = units[k]
        if k < 0 or u.kind != "word" or len(u.zh) < 2 or not u.en or u.zh in CLAUSE_TAKING:
            continue  # single characters stay (坚持好: a complement), and verbs of saying (司机说 "said")
        tag = u.pos or pos(u.zh)  # (Line.tag of a word, inline)
        if tag not in TARGET_TAGS or (" " in u.en and tag) or not ends_phrase(line, k):
            continue  # a verb phrase's English (复工 "resume work") stays: its gerund reads as a verb
        p = line.prev(k)
        if p is None:
            continue
        before = line.zh(p)
        if not (before == "的" or (before in GOVERNING and line.units[p].kind == "word")
                or (nounlike(line, p) and governed(line, p))):
            continue
        en = noun_form(line.lex, u.zh, u.en, tag) if tag else compound_noun(u.en)
        if en and en != u.en:
            line.set_en(k, en, "n")


def ends_phrase(line: Line, k: int) -> bool:
    n = line.next(k)
    return n is None or line.zh(n) in NP_ENDS


def nounlike(line: Line, k: int) -> bool:
    u = line.units[k]
    return u.kind in NOUN_KINDS or (u.kind == "word" and line.tag(k) in NOUN_TAGS)


def governed(line: Line, k: int) -> bool:
    """Whether the noun phrase ending at unit k is the object of a verb before it in its
    clause (not one taking a clause: CLAUSE_TAKING; not one before a 的 of the phrase)."""
    start = line.clause_start(k)
    for j in range(k - 1, start - 1, -1):
        u = line.units[j]
        if u.kind in ("space", "num") or u.zh in ("、", "和", "与", "及", "“", "”"):
            continue
        if u.zh in CLAUSE_TAKING or u.zh == "的":
            return False  # a verb before 的 is its modifier's (参与抗议活动的卡车司机说)
        tag = line.tag(j)
        if u.kind == "word" and (tag in VERB_TAGS or u.zh in GOVERNING):
            return True  # (not a preposition: 在人民大会堂开幕, "opened in the Great Hall")
        if not nounlike(line, j) and tag not in ("a", "m", "q", "d", "f", "r", "t"):
            return False
    return False


def compound_noun(en: str) -> str:
    """技术改造 "technology transform" → "technology transformation": the noun of the last
    word of a compound rendered by its parts, where that word is a verb and no noun."""
    head, _, last = en.rpartition(" ")
    if not head or not is_(last, VERB):
        return ""
    noun = noun_of_verb(last)
    return f"{head} {noun}" if noun else ""


def noun_form(lex: Lexicon, zh: str, en: str, tag: str) -> str:
    """The noun of a verb's or adjective's English: the derived noun (`derive`), else
    CC-CEDICT's one-word noun sense, else the -ing form; "" if none. A verbal noun's
    English stays, unless it is a verb's (变革 "transform" → "transformation")."""
    if tag == "vn":
        return noun_of_verb(en)  # a verb's English ("" for a noun's): its noun, or itself (reform)
    if tag in VERB_TAGS:
        derived = noun_of_verb(en) or noun_of_adjective(en)
    else:
        derived = noun_of_adjective(en) or noun_of_verb(en)  # 壮大 "expand"
    if derived and not derived.endswith("ing"):
        return derived  # the noun of the English chosen for the word (引导 "guide" → "guidance")
    return noun_sense(lex, zh) or derived or (en if is_(en, NOUN) else "")


def noun_sense(lex: Lexicon, zh: str) -> str:
    """CC-CEDICT's first sense of `zh` that is one noun and no verb or adjective (保护
    "protection", 和谐 "harmony"; 传承 "an inheritance" → "inheritance")."""
    for reading in lex.cedict.readings(zh):
        if reading.proper:
            continue
        for sense in reading.senses:
            word = clean_sense(sense).removeprefix("a ").removeprefix("an ")
            if word.isalpha() and word.islower() and is_(word, NOUN) and not is_(word, VERB | ADJ):
                return word
    return ""
