"""Adjective predicates of news prose: a noun phrase and the adjective closing its clause take
"is"/"are" between them (国际形势复杂严峻 → "the international situation is complex and
grave", was "international situation complex grave"; China Daily: 市场需求疲软 "market
demand is weak")."""

from __future__ import annotations

from pipeline.engines.gloss.order.derive import ADJ, is_
from pipeline.engines.gloss.order.english import adjective
from pipeline.engines.gloss.order.line import Line
from pipeline.engines.gloss.order.verbs import plural

#: The adjectives news prose says of an economy, a market or a situation as its predicate
#: (the rule's trigger words: only sentences holding one reach it).
PREDICATE_ADJECTIVES = frozenset({
    "稳定", "复杂", "严峻", "疲软", "强劲", "平稳", "良好", "旺盛", "活跃", "明显", "突出", "紧张",
    "充足", "充裕", "稳健", "坚实", "乐观", "严重", "有限", "低迷", "脆弱", "显著", "巨大", "强烈",
    "繁荣", "健康", "多变", "复杂多变", "激烈", "不足", "迅速", "顺利", "热烈",
})
#: Tags of the words a subject ends with (a noun, a name, a claimed term; no adjective, figure
#: or time word, which modify rather than head).
SUBJECT_TAGS = frozenset({"n", "vn", "an", "nz", "nt", "j", "ns", "nr", "nrt", "nrfg", "l", ""})
#: Words of degree between the subject and its adjective, and their English after "is"
#: (物价总体稳定 "prices are generally stable").
DEGREE = {"总体": "generally", "整体": "generally", "基本": "basically", "总体上": "generally"}
#: Tags that make the clause no bare subject and predicate (a verb, a preposition, a
#: conjunction such as 由于, an adverb such as 仍 or 更加: other rules' cases).
NOT_BARE = frozenset({"p", "c", "d", "ad", "u", "uj", "r"})
#: ... but for the 的 of a modifier and the determiners a subject opens with (China Daily:
#: 这名村民的情况稳定 "the villager was in stable condition"; 我国经济运行总体平稳 "China's economy
#: is generally stable").
IN_SUBJECT = frozenset({"的", "这", "该", "这名", "这个", "这一", "这些", "此", "其", "我国", "该国", "该省", "该市"})


def adjective_predicates(line: Line) -> None:
    """N + A (+ A) closing a clause with no verb, preposition, conjunction or adverb before:
    "N is A (and A)", "are" after a plural subject."""
    units = line.units
    for k in line.find(PREDICATE_ADJECTIVES):
        end = line.next(k)
        if (end is not None and not line.ends_clause(end)) or line.tag(k) not in ("a", "ad", "an", "d", "v", "vn"):
            continue
        first = k
        before = line.prev(k)
        if before is not None and units[before].kind == "word" and line.zh(before) in PREDICATE_ADJECTIVES:
            first = before  # 复杂严峻 "complex and grave"
        subject, degree = line.prev(first), ""
        if subject is not None and line.zh(subject) in DEGREE:
            degree = DEGREE[line.zh(subject)] + " "
            subject = line.prev(subject)
        if subject is None or not subject_head(line, subject):
            continue
        start = line.clause_start(k)
        if any(line.is_verb(j) or (line.tag(j) in NOT_BARE and units[j].zh not in IN_SUBJECT) or line.quoted(j)
               for j in range(start, subject + 1) if units[j].kind == "word"):
            continue
        words = [predicative(units[j].en) for j in ((first, k) if first != k else (k,))]
        if any(" " in en or not is_(en, ADJ) for en in words):
            continue
        be = "are" if plural(line, subject) else "is"
        for j in range(subject + 1, first):
            line.set_en(j, "")  # the degree word, said after "is"
        if first != k:
            line.set_en(first, f"{be} {degree}{words[0]} and")
            line.set_en(k, words[1])
        else:
            line.set_en(k, f"{be} {degree}{words[0]}")


def predicative(en: str) -> str:
    """An adjective's English as a predicate: the adjective of an -ly adverb (jieba tags 稳定
    d: "steadily" → "stable", China Daily's "prices remained stable")."""
    return PREDICATIVE.get(en) or (adjective(en) if en.endswith("ly") else en)


#: Adverbs whose predicate adjective is no plain -ly stripping.
PREDICATIVE = {"steadily": "stable", "steady": "stable"}


def subject_head(line: Line, k: int) -> bool:
    """Whether unit k can end a subject: a noun, a name or a claimed term, or a word no
    dictionary tags that is a noun compound of four characters (国际形势; 更趋 is none)."""
    tag = line.tag(k)
    if tag in ("a", "m", "q", "f", "t", "w"):
        return False
    if line.is_noun(k):
        return True
    return tag in SUBJECT_TAGS and (tag != "" or len(line.zh(k)) >= 4)
