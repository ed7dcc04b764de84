"""Verbs and adjectives standing as nouns: Chinese uses a verb or an adjective as the head of
a noun phrase unchanged (促进教育公平和质量提升 "promote fairness in education and quality
improvement"), English its noun ("improvement", not "improve"). Also the words that jieba
made of a word and a suffix (平衡性, 财政性, 利用率, 参与度) and that the lexicon renders by
their parts ("balance nature"): their English is the noun or adjective the suffix makes.

A unit's noun is the noun English word formation makes of its English (`derive`: 引导
"guide" → "guidance"), else CC-CEDICT's one-word noun sense (传承 "an inheritance"), else the
-ing form."""

from __future__ import annotations

import re

from pipeline.engines.gloss.order.attributes import ADJECTIVES
from pipeline.engines.gloss.order.derive import (
    ADJ,
    MASS,
    NOUN,
    VERB,
    adjective_of_noun,
    is_,
    noun_of_adjective,
    noun_of_verb,
)
from pipeline.engines.gloss.order.line import CLAUSE_MARKS, Line
from pipeline.engines.gloss.rules import plural
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
#: Suffixes that make a noun or an adjective of the word before them (Chao, A Grammar of
#: Spoken Chinese, 4.4: 性 "-ness, -ity", 化 "-ize", 率 "rate", 度 "degree"), and the
#: English the lexicon gives them alone, which a word rendered by its parts ends in.
SUFFIX_EN = {"性": "nature", "化": "-ization", "率": "lead", "度": "pass"}
SUFFIXED = re.compile("[性化率度]")


def noun_heads(line: Line) -> None:
    """A verb or an adjective that ends a noun phrase (before a clause mark, a list's comma
    or a joiner) after 的, after a noun where a governing verb before it takes the phrase as
    its object (促进教育公平和质量提升: 提升 "improvement"), or right after a governing verb
    (加强监管 "strengthen supervision") takes its noun."""
    units = line.units
    last = len(units) - 1
    for k in range(last, -1, -1):
        u = units[k]
        if u.kind != "word" or (k < last and units[k + 1].zh not in NP_ENDS and units[k + 1].kind != "space"):
            continue  # (the cheap test first: most words end no phrase)
        tag = line.tag(k)
        if tag not in TARGET_TAGS or not u.en or (" " in u.en and tag) or len(u.zh) < 2 or u.zh in CLAUSE_TAKING \
                or not ends_phrase(line, k):
            continue  # a verb phrase's English (复工 "resume work") stays: its gerund reads as a verb;
            # so do single characters (坚持好: a complement) and verbs of saying (司机说 "said")
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


def suffix_words(line: Line) -> None:
    """平衡性 "balance nature" → "balance", 财政性教育经费 → "fiscal education funds", 利用率 "use
    lead" → "use rate", 参与度 → "participation": a word the lexicon rendered by its parts
    (stem and suffix) takes the noun of its stem at the head of a phrase, its adjective before
    a noun."""
    for k, u in enumerate(line.units):
        if u.kind == "word" and u.zh == "性" and k > 0:
            cut_suffix(line, k)  # 改善|性: jieba cut the suffix off (性 alone is no other word)
            continue
        if u.kind != "word" or len(u.zh) < 2 or u.zh[-1] not in SUFFIX_EN or not u.en.endswith(SUFFIX_EN[u.zh[-1]]):
            continue
        stem_zh, suffix = u.zh[:-1], u.zh[-1]
        stem = line.lex.render(stem_zh)[0]
        if u.en != f"{stem} {SUFFIX_EN[suffix]}" or " " in stem:
            continue  # a word the dictionaries know, or a stem of many words
        n = line.next(k)
        paired = n is not None and line.zh(n)[-1:] == suffix and len(line.zh(n)) > 1  # 平衡性协调性
        if n is not None and line.zh(n) == "的":  # 间歇性的冲突: a modifier before 的 too
            n = line.next(n)
        modifier = n is not None and not paired and nounlike(line, n) and line.units[n].kind == "word"
        en = suffixed(line.lex, stem_zh, stem, suffix, modifier)
        if en:
            line.set_en(k, en + (" and" if paired else ""), "b" if modifier and suffix == "性" else "n")


def cut_suffix(line: Line, k: int) -> None:
    """A suffix jieba cut off its stem (改善|性住房需求): the stem takes the English of the
    two (its adjective or noun, as suffix_words), the suffix none."""
    stem_unit, suffix = line.units[k - 1], line.zh(k)
    if stem_unit.kind != "word" or line.units[k].en != SUFFIX_EN[suffix] or " " in stem_unit.en:
        return
    n = line.next(k)
    modifier = n is not None and nounlike(line, n) and line.units[n].kind == "word"
    en = suffixed(line.lex, stem_unit.zh, stem_unit.en, suffix, modifier)
    if en:
        line.set_en(k - 1, en, "b" if modifier and suffix == "性" else "n")
        line.set_en(k, "")


def suffixed(lex: Lexicon, stem_zh: str, stem: str, suffix: str, modifier: bool) -> str:
    """The English of stem + suffix (see suffix_words); "" if none is known."""
    tag = lex.pos(stem_zh)
    if suffix == "率":
        return f"{noun_form(lex, stem_zh, stem, tag) or stem} rate"
    if suffix == "化":
        verb = stem + "ize" if is_(stem + "ize", VERB) else stem[:-1] + "ize" if is_(stem[:-1] + "ize", VERB) else ""
        return noun_of_verb(verb) if verb else ""
    if suffix == "性" and modifier:
        adjective = ADJECTIVES.get(stem_zh) or (stem if is_(stem, ADJ) else adjective_of_noun(stem))
        if adjective:
            return adjective
    if is_(stem, ADJ) and (noun := noun_of_adjective(stem)):
        return noun  # 优越性 "superior" → "superiority"
    if is_(stem, NOUN) and (tag not in VERB_TAGS or not is_(stem, VERB)):
        return stem
    return noun_form(lex, stem_zh, stem, tag if tag in TARGET_TAGS else "a" if is_(stem, ADJ) else "v")


#: Words that quantify a plural noun phrase after them (一批 "a batch of", 各类 "all kinds of",
#: 一系列 "a series of": Li & Thompson, Mandarin Chinese, 4.2.3, quantifiers; English puts
#: the noun after them in the plural).
QUANTIFIERS = frozenset({"一批", "各类", "各种", "各级", "一系列", "若干", "诸多", "众多", "许多", "多项", "多种",
                         "多个", "一些", "各项", "各个", "多方面", "一大批", "数以万计"})
#: Most units of the noun phrase (or list of them) after a quantifier.
QUANTIFIED_UNITS = 6
#: What joins the noun phrases of a list after a quantifier.
LIST_JOINERS = frozenset({"、", "和", "与", "及"})


def quantified_plurals(line: Line) -> None:
    """精心谋划一批大项目好项目 → "a batch of big projects, good projects": after a
    quantifier, each noun that ends a run of nouns and adjectives takes the plural (a count
    noun's, in lemminflect's table; a glossary rendering stays as it is)."""
    for q in line.find(QUANTIFIERS):
        end = min(len(line.units), q + 1 + QUANTIFIED_UNITS)
        j = q + 1
        while j < end:
            u = line.units[j]
            if u.zh in LIST_JOINERS and j > q + 1:  # 一批大项目、好项目: the list's nouns too
                j += 1
                continue
            if u.kind != "word" or line.tag(j) not in ("n", "vn", "a", "b", "an", "nz", "j"):
                break
            n = line.next(j)
            last_of_run = n is None or line.units[n].kind != "word" or line.tag(n) not in ("n", "vn", "nz", "j")
            word = u.en.rpartition(" ")[2]
            if last_of_run and line.tag(j) in ("n", "vn", "nz", "j") and is_(word, NOUN) and not is_(word, MASS):
                line.set_en(j, plural(u.en))
            j += 1


#: Possessors whose English takes 's before the noun after 的 (Quirk et al. 5.115-5.118: the
#: genitive of names, places and collective bodies): jieba's tags of names and places and
#: organisations, and the words official English writes as a genitive (党的 "the Party's";
#: 我国的 "China's", as GWR English renders 我国 before a noun).
POSSESSOR_TAGS = frozenset({"ns", "nr", "nrfg", "nrt", "nt"})
POSSESSORS = {"党": "", "我国": "China", "中国": "", "祖国": "", "政府": "", "人民": ""}
#: The country as the owner of a common noun right after it, without 的 (中国经济 "China's
#: economy", 我国宗教 "China's religions": Xinhua and China Daily English).
COUNTRY_OWNERS = {"中国": "China's", "我国": "China's"}
#: Unit kinds that are names (claims).
NAME_KINDS = frozenset({"place", "person"})


def possessives(line: Line) -> None:
    """中国的GDP → "China's GDP", 党的宗教工作 → "the Party's religious work": a name, a place
    or a possessor of POSSESSORS that alone makes the modifier before 的 (no noun before it)
    takes 's, the noun after 的 stays where it is."""
    for k in line.find({"的"}):
        p, n = line.prev(k), line.next(k)
        if p is None or n is None or not (nounlike(line, n) or line.tag(n) == "a" or line.units[n].kind == "num") \
                or line.units[n].en.startswith(("the ", "The ")):
            continue  # 党的二十大 "the 20th CPC National Congress": the owner is in the name
        u = line.units[p]
        if not (u.kind in NAME_KINDS or (u.kind == "word" and (line.tag(p) in POSSESSOR_TAGS or u.zh in POSSESSORS))):
            continue
        before = line.prev(p)
        if before is not None and (nounlike(line, before) or line.zh(before) in ("和", "与", "及", "、", "的")):
            continue  # 党和国家的 / 城市的: a longer modifier, the of-phrase rule's
        en = POSSESSORS.get(u.zh) or u.en
        if not en or " of " in en or en.endswith(("'s", "'")) or not en.removeprefix("the ")[:1].isupper():
            continue  # a common word's English (人民 "the people") takes no genitive here
        line.set_en(p, en + ("'" if en.endswith("s") else "'s"))
    for k in line.find(COUNTRY_OWNERS):
        n = line.next(k)
        if n is None or line.units[n].kind != "word" or line.tag(n) not in ("n", "vn") or len(line.zh(n)) < 2 \
                or line.units[k].en.endswith("'s"):
            continue  # 中国人 cut 中国|人: "Chinese", no owner
        head = line.units[n].en
        after = line.next(n)
        adjective = is_(head, ADJ) and not is_(head, NOUN)  # 中国经济发展 "China's economic development"
        if head[:1].islower() and not head.startswith(("the ", "a ")) and not (
                adjective and (after is None or not nounlike(line, after))):
            line.set_en(k, COUNTRY_OWNERS[line.zh(k)])


def compound_modifiers(line: Line) -> None:
    """经济指标 "economy indicator" → "economic indicator", 产业政策 "industry policies" →
    "industrial policies": a compound the lexicon rendered by its parts, opening with a noun
    of attributes.ADJECTIVES, takes that noun's adjective (as noun_modifiers does for two
    words side by side)."""
    for k, u in enumerate(line.units):
        if u.kind != "word" or len(u.zh) < 3 or line.tag(k):
            continue
        first = u.zh[:2]
        adjective = ADJECTIVES.get(first)
        if adjective is None:
            continue
        noun = line.lex.render(first)[0] + " "
        if u.en.startswith(noun) and len(u.en) > len(noun):
            line.set_en(k, adjective + " " + u.en[len(noun):])
