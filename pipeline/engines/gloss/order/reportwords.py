"""Word choice in government work reports where GWR English says a word otherwise by its
neighbours: 建设 "building X" / "modernization drive", 扎实推进 "make solid progress in", 深入实施
"fully implement", 持续 + verb "continue to", 提高 closing a clause "rise", "the" before a system
named as a known one, and an English said twice over once (人民群众 "the people", 全面贯彻落实
"fully implement"). From the Reports on the Work of the Government 2016-2023.
"""

from __future__ import annotations

from pipeline.engines.gloss.order.english import head_verb
from pipeline.engines.gloss.order.line import Line
from pipeline.engines.gloss.order.verbs import DETERMINERS
from pipeline.zh.lexicon import VERB_TAGS

#: 建设 as the head of a noun phrase ("development" in the lexicon): what is built follows it,
#: "building X" (美丽中国建设 "building a Beautiful China", 廉洁政府建设 "build a government of
#: integrity", GWR 2019/2023 English); 现代化建设 is the "modernization drive" (GWR 2021-2023).
BUILD = "建设"
#: 建设's English before the phrase it builds: a noun with "of" (美丽中国建设 "the building of a Beautiful
#: China", 廉洁政府建设 "the building of a clean government"), not a gerund the articles' rules put "the"
#: before ("The building a beautiful China").
BUILDING_OF = "the building of"
DRIVE_OF = "现代化"  # (中国式现代化建设 "Chinese modernization drive")
#: Most units of the noun phrase before 建设 that move after "building".
BUILT_WORDS = 3
#: jieba tags of the words of an object noun compound that takes "the" after its verb.
COMPOUND_TAGS = frozenset({"n", "vn", "nz", "j", "b"})
#: First words after which no "the" is added (a determiner or possessive already there).
DETERMINED = DETERMINERS | {"other", "such"}
#: Verbs of raising that close their clause after a subject: nothing is raised, the subject
#: rises (人民生活水平不断提高 "Living standards rose steadily", GWR 2022/2023; "kept raising" →
#: "kept rising"): the English words of raising and those of rising.
RAISING = ("提高", "提升")
RISING = {"raise": "rise", "raises": "rises", "raised": "rose", "raising": "rising"}
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
#: 全面 before them too: "fully" (全面贯彻 "fully implement", 全面实行 "put fully into effect", GWR
#: 2019/2023); elsewhere the lexicon's "comprehensively" (news: "comprehensively deepen reform").
FULL = "全面"
FULLY_BEFORE = frozenset({"实施", "贯彻", "落实", "贯彻落实", "实行", "执行"})
CONTINUING = "持续"


def echoes(line: Line) -> None:
    """Two words side by side with the same English (人民群众 "the people the people", 一件一件
    "one item one item"), or a word whose English opens the next one's (全面贯彻落实 "fully
    fully implement"): the first says nothing the second does not."""
    units = line.units
    said = [u.en for u in units if u.en]
    if not any(map(str.startswith, said[1:], said)):
        return  # most sentences (a cheap test in C first: the exact one below)
    ens = [u.en if u.kind == "word" else "" for u in units]
    for k in range(len(units) - 1, 0, -1):
        a, b = ens[k - 1], ens[k]
        if a and a == b:
            line.set_en(k, "")
        elif a and b.startswith(a + " "):
            line.set_en(k - 1, "")


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
        line.set_en(k, BUILDING_OF)
        line.move(k, k + 1, start)


def object_articles(line: Line) -> None:
    """"the" before the object of a verb that is a compound of two or more common nouns with
    a singular head, closing its clause or list item (健全社会信用体系 "improve the social credit
    system", GWR 2019 English "The social credit system will be improved"): official English
    names such systems and mechanisms as known ones. `verbs.definite` does the subjects."""
    units = line.units
    domain, pos = line.lex.domain, line.lex.pos
    verbs = [k for k, u in enumerate(units) if u.zh in domain]  # (one pass; most units are no such word)
    for k in reversed(verbs):
        u = units[k]  # (Line.is_verb and .tag inline, the cheap tests first: asked of each domain word)
        if k == 0 or k >= len(units) - 1 or u.kind != "word" or not u.en[:1].isalpha() \
                or (u.pos or pos(u.zh)) not in VERB_TAGS:
            continue  # a verb of work reports only (the domain lexicon's): news names its objects
        first = line.next(k)
        if first is None:
            continue
        j: int | None = first
        last = None
        while j is not None and (w := units[j]).kind == "word" and (w.pos or pos(w.zh)) in COMPOUND_TAGS and w.en:
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
    """深入实施, 全面贯彻 → "fully implement"; 持续 + verb + object → "continue to" + verb, one predicate
    whose "continue" takes the tense (`verbs.verb_forms`: "continued to improve")."""
    units = line.units
    for k in line.find({DEEP, FULL, CONTINUING}):
        verb = line.next(k)
        if verb is None or units[verb].kind != "word":
            continue
        if units[k].zh != CONTINUING:
            if units[verb].zh in FULLY_BEFORE:
                line.set_en(k, "fully")
            continue
        after = line.next(verb)
        if after is None or line.is_mark(after) or not line.is_verb(verb) or not head_verb(units[verb].en) \
                or units[verb].zh not in line.lex.domain:
            continue  # a verb of work reports only (the domain lexicon's)
        line.set_en(k, "")
        line.set_en(verb, "continue to " + units[verb].en)
