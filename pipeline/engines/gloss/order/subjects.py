"""Subjects and verb forms: the subjectless sentences of work reports (落实…。 → "We
implement ...") and verbs that follow a preposition (在完善…上 → "in improving ...")."""

from __future__ import annotations

from functools import lru_cache

from pipeline.engines.gloss.order.english import gerund
from pipeline.engines.gloss.order.line import Line
from pipeline.zh.lexicon import VERB_TAGS, Lexicon, Memo

#: Verbs that open a sentence without making it a report of what "we" do: existence (有
#: "there is"), the copula, asking, hearsay, modal verbs of instructions, and the verbs of
#: saying whose subject is the previous sentence's speaker (Li & Thompson, Mandarin Chinese,
#: ch. 17 "presentative" and "existential" sentences).
NOT_OURS = frozenset({"有", "是", "请问", "请", "据", "据悉", "要", "应", "应当", "必须", "需要", "可以",
                      "能", "会", "值得", "没有", "无", "为", "因", "由于", "使", "让", "希望", "强调",
                      "指出", "表示", "认为", "要求", "说", "称", "介绍", "实践", "经过"})
#: Modal verbs that open the instructions of reports and speeches: "We must ..." when a
#: work-report verb follows (要坚持稳中求进 → "We must adhere to ...").
MODALS = frozenset({"要", "必须", "应", "应当", "需要"})
#: Verbs that open a sentence as a phrase before its first comma ("Facing X, we ..."): the
#: subject goes after that comma, the verb takes the -ing form (GWR English: 面对… "Facing ...").
COVERBS = frozenset({"面对", "围绕", "按照", "根据", "立足", "随着", "针对", "依托", "聚焦"})
#: Words that give a sentence its own subject: then no "we" is added.
SUBJECTS = frozenset({"我们", "我", "咱们", "大家"})
#: Marks after which a run of words is a full sentence, not a heading or a label.
SENTENCE_ENDS = frozenset("。；！")
#: Joiners between two verbs that share the -ing form.
AND = frozenset({"和", "与", "及", "并"})
#: English that ends in a preposition (or a verb taking the -ing form: "adhere to"), after
#: which a verb takes the -ing form.
ING_AFTER = ("in", "on", "of", "with", "by", "through", "for", "about", "from", "regard", "after",
             "before", "when", "while", "such as", "adhere to", "committed to", "focusing on", "as well as")
ING_SUFFIXES = tuple(" " + w for w in ING_AFTER)
#: Verbs of persisting whose English before another verb is "continue to" + its base form
#: (GWR English: 坚持以…为指导 "continue to follow the guidance of ...", 坚持…相结合 "continue to
#: combine ..."), not "adhere to" + the -ing form.
CARRY_ON = {"坚持": "continue to", "始终坚持": "always", "坚持不懈": "continue to"}


def subjectless(line: Line) -> None:
    """A sentence that opens with a verb (maybe after adverbs) has the writers as its
    subject: 全面落实…。 → "We fully implement ..." (a verb of work reports: the domain
    lexicon's); after an opening phrase (面对X，…) the
    subject follows its comma. Only full sentences (ending in 。；！) without a subject of
    their own, not headings, and not after an enumerator (一是…: "First, ...")."""
    first = line.next(-1)
    last = line.prev(len(line.units))
    if first is None or last is None or line.zh(last) not in SENTENCE_ENDS:
        return
    verb = opening_verb(line, first)
    if verb is None and opening_time(line, first):  # 五年来，坚持… "Over the past five years, we ..."
        comma = line.clause_end(first)
        after = line.next(comma) if comma < len(line.units) and line.zh(comma) == "，" else None
        if after is not None and opening_verb(line, after) is not None:
            first = after
            verb = opening_verb(line, after)
    if verb is not None and line.zh(verb) in MODALS:  # 要坚持… "We must adhere to ..."
        after = line.next(verb)
        if after is not None and line.zh(after) in ("把", "将") and not line.units[after].en.startswith("will"):
            verb = after  # 必须把…作为… "We must regard ..."
        else:
            modal, verb = verb, opening_verb(line, after or verb)
            if verb is None and after is not None and gerund_phrase(line, after):
                line.set_en(modal, line.units[modal].en + " keep")  # "We must keep upholding ..."
                verb = after
    if verb is None or line.zh(verb) in NOT_OURS or line.zh(first) in NOT_OURS - MODALS:
        return
    if line.zh(verb) not in line.lex.domain and line.zh(verb) not in COVERBS | {"把", "将"} \
            and line.zh(verb) not in line.lex.phrases:
        return  # only the verbs and phrases of work reports: 起火列车… is news, not a report
    if any(u.zh in SUBJECTS or u.kind == "person" for u in line.units):
        return  # a subject of its own, or news of a person (the subject is theirs)
    if line.clause_end(first) - first < 2:  # a one-word clause: a heading's verb, not a report
        return
    if line.zh(verb) in COVERBS:
        comma = line.clause_end(first)
        after = line.next(comma) if comma < len(line.units) and line.zh(comma) == "，" else None
        if after is None or opening_verb(line, after) is None:
            return
        line.set_en(verb, gerund(line.units[verb].en))
        line.add(after, "we")
        return
    line.add(first, "we")


def opening_time(line: Line, k: int) -> bool:
    """Whether the clause at k is only a time (去年，, 五年来， "Over the past five years,"):
    the sentence's subject comes after its comma."""
    end = line.clause_end(k)
    units = [j for j in range(k, end) if line.units[j].kind != "space"]
    return 0 < len(units) <= 2 and all(
        line.units[j].kind == "num" or line.tag(j) == "t" or not line.units[j].en for j in units)


def gerund_phrase(line: Line, k: int) -> bool:
    """Whether unit k is a phrase-table verb phrase published in the -ing form (坚持以人民为中心
    的发展思想 "upholding a people-centered development philosophy"): after a modal it reads
    "must keep upholding ..."."""
    u = line.units[k]
    return u.kind == "word" and u.zh in line.lex.phrases and line.tag(k) == "vn" \
        and u.en.split(" ", 1)[0].endswith("ing")


def opening_verb(line: Line, k: int) -> int | None:
    """The verb that opens the clause at k, after adverbs (None if it opens otherwise)."""
    j: int | None = k
    while j is not None and line.units[j].kind == "word" and line.tag(j) in ("d", "ad"):
        j = line.next(j)
    return j if j is not None and line.is_verb(j) else None


def verbs_after_prepositions(line: Line) -> None:
    """A verb after a preposition takes the -ing form: 在完善机制上 → "in improving the
    mechanism", 以学习运用…为引领 → "with learning from and applying ..."; adverbs between
    stay (全面推进 → "of comprehensively advancing"), and a verb right after it takes the
    form too, joined by "and" (巩固拓展 → "consolidating and expanding"). Looks only after
    the units whose English ends so (most end otherwise)."""
    units = line.units  # the units but the last whose English may take it, last first (以X为Y "take X as Y")
    after = [k for k, u in enumerate(units[:-1]) if _AFTER_ING[u.en] and (u.en != "take" or u.zh == "以")]
    for p in reversed(after):
        j = verb_after(line, p + 1)
        if j is None:
            continue
        v = line.units[j]
        if line.zh(p) in CARRY_ON and v.kind == "word" and line.units[p].kind == "word":
            line.set_en(p, CARRY_ON[line.zh(p)])  # 坚持 + verb: "continue to follow ..."
            continue
        if v.kind == "term":
            line.add(j, "efforts to")  # a glossary rendering stays verbatim: "efforts to consolidate"
            continue
        line.set_en(j, gerund(v.en))
        nxt = j + 1
        if nxt < len(line.units) and line.is_verb(nxt) and line.units[nxt].en and line.zh(nxt) not in NOT_OURS:
            line.set_en(nxt, "and " + gerund(line.units[nxt].en))  # 巩固拓展: V V
        elif nxt + 1 < len(line.units) and (line.zh(nxt) in AND or line.units[nxt].en == "and") \
                and (line.is_verb(nxt + 1) or not line.zh(nxt)):
            line.set_en(nxt + 1, gerund(line.units[nxt + 1].en))  # 坚持和完善: V 和 V (培育壮大: `reportverbs`)


@lru_cache(maxsize=8192)
def takes_ing(en: str) -> bool:
    """Whether a verb after this English takes the -ing form (it ends in ING_AFTER)."""
    return (" " + en.lower()).endswith(ING_SUFFIXES)


def _ing_or_take(en: str) -> bool:
    return en == "take" or (" " + en.lower()).endswith(ING_SUFFIXES)  # (takes_ing, without its cache:
    # the Memo below is this one's, and most English is asked once)


#: Whether each English seen takes the -ing form after it or is "take" (以X为Y): a hit is the
#: dict's own look-up (asked of every unit).
_AFTER_ING: Memo[bool] = Memo(_ing_or_take)


def verb_after(line: Line, k: int) -> int | None:
    """The verb (or verbal glossary term) at k or after adverbs and dropped words from k."""
    j: int | None = k
    while j is not None and j < len(line.units):
        u = line.units[j]
        if u.kind == "space" or (u.kind == "word" and (not u.en or line.tag(j) in ("d", "ad"))):
            j = line.next(j)
            continue
        if u.kind == "word" and u.en and line.is_verb(j):
            return j
        return j if u.kind == "term" and verbal_term(line, j) else None
    return None


def verbal_term(line: Line, k: int) -> bool:
    """Whether a glossary term reads as a verb phrase: its Chinese opens with a verb (maybe
    after an adverb) whose own English opens its English (巩固拓展… "consolidate and build
    on ...", not 审查结果报告 "report on ...")."""
    u = line.units[k]
    return verbal(line.lex, u.zh, u.en)


def verbal(lex: Lexicon, zh: str, en: str) -> bool:
    """Whether a term or phrase `zh` rendered `en` reads as a verb phrase (verbal_term)."""
    first = en.split(" ", 1)[0]
    if len(zh) < 4 or not first.islower():
        return False
    verb = zh[2:4] if lex.pos(zh[:2]) in ("d", "ad") else zh[:2]
    return lex.pos(verb) in VERB_TAGS and lex.render(verb)[0].split(" ", 1)[0] == first
