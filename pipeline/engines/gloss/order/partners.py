"""The partner of an action, 同/与 X before the verb in Chinese and "with X" after it in English
(the Foreign Ministry's and Xinhua's English), where `clauses.partners` (after 愿, 将, 继续 ...)
leaves it: after a clause's start, a conjunction (并与有关各方保持密切沟通 "and remains in close
communication with relevant parties"), another adverb or verb, or 同 after its subject
(30多个国家同我们签署了…协议 "signed ... agreements with us"); 与X一道 → "together with X".
同X举行会谈 is `diplomacy.held_talks`', 与X相结合 `objects.combine_with`'s."""

from __future__ import annotations

from pipeline.engines.gloss.order.line import Line

#: The prepositions of a partner (和 and 跟 left out: 和 joins nouns far more often than it
#: introduces a partner).
WITH = frozenset({"同", "与"})
#: After the partner: "together" (与各方一道 "together with all parties").
TOGETHER = frozenset({"一道", "一起"})
#: Verbs after 与 X that compare or relate rather than act with X (与去年相比 "compared with
#: last year", 与此有关 "related to this"): other rules' or no partner's.
NOT_PARTNERS = frozenset({"相比", "相比较", "比", "比较", "持平", "相当", "有关", "无关", "相关",
                          "一样", "相同", "不同", "举行", "相结合", "相衔接", "相协调", "相统一",
                          "有机结合", "紧密结合", "结合", "有机", "衔接", "接轨", "挂钩"})
#: Endings of the verbs of joining two things (有效衔接, 有机结合 as phrase-table units).
JOINING = ("衔接", "结合", "接轨", "挂钩", "统一", "协调")
#: 同一 "the same" (同一天 cut 同|一天).
SAME = "一"
#: The character of mutual relation (相统一, 相结合, 相比: `objects.combine_with`'s and comparisons).
RELATING = "相"
#: Words that may stand before a partner's preposition besides a clause's start: 并, 还, 也, 愿,
#: 将, 继续 (adverbs, conjunctions, verbs of will; a noun before 与 makes a list: 中国与东盟,
#: before 同 its subject: 30多个国家同我们签署了…协议).
BEFORE_TAGS = frozenset({"d", "c", "v", "p"})
#: The preposition a subject may stand before (not after 是: 今天是中国同菲律宾建交纪念日 "the
#: anniversary of ...", the partner's phrase a modifier).
AFTER_SUBJECT = "同"
FRAMING = frozenset({"是", "以"})
#: Pronouns as objects of "with" (同我们 "with us").
OBJECT_PRONOUNS = {"我们": "us", "他们": "them", "她们": "them", "我": "me", "他": "him", "她": "her"}
#: The longest partner and verb phrase moved (units): longer ones are clauses of their own.
LONGEST = 8


def with_partners(line: Line) -> None:
    """同/与 X V … → "V … with X": the partner's phrase (同/与 and its nouns) goes after the verb's
    phrase, at its clause's end; 与 X 一道 "together with X" stays where it is."""
    for w in line.find(WITH):
        before = line.prev(w)
        if before is not None and not line.ends_clause(before) and line.tag(before) not in BEFORE_TAGS \
                and not (line.zh(w) == AFTER_SUBJECT and line.is_noun(before) and not _after_copula(line, w)):
            continue  # 中国与东盟: a list of nouns
        end = line.clause_end(w)
        v = _partner_end(line, w, end)
        if v is None or line.zh(v) in NOT_PARTNERS or line.zh(v).endswith(JOINING):
            continue
        if before is not None and line.is_noun(before) and line.tag(v) == "vn":
            continue  # 加强常委会同代表联系: a noun phrase (the link between X and Y)
        if line.zh(v) in TOGETHER:
            line.set_en(w, "together with")
            line.set_en(v, "")
            continue
        if end - v > LONGEST or any(line.zh(j) in ("的", "、") for j in range(v, end)):
            continue  # the verb's phrase modifies a noun (与各国分享机遇的决心), lists or runs long
        line.set_en(w, "with")
        for j in range(w + 1, v):
            if line.zh(j) in OBJECT_PRONOUNS and line.units[j].kind == "word":
                line.set_en(j, OBJECT_PRONOUNS[line.zh(j)])
        if line.tag(v) == "vn" and any(line.is_verb(j) for j in range(v + 1, end)):
            line.move(w, v, v + 1)  # 与乌方谈判未能取得…: "negotiation with ... failed"
        else:
            line.move(w, v, end)


def _after_copula(line: Line, w: int) -> bool:
    """Whether 是 or the 以 of 以…为 stands before w in its clause (the partner's phrase is then
    part of a noun phrase: 以加强常委会同代表联系…为抓手)."""
    return any(line.zh(j) in FRAMING for j in range(line.clause_start(w), w))


def _partner_end(line: Line, w: int, end: int) -> int | None:
    """The unit after the partner's nouns (its verb, or 一道), if nouns follow 同/与 and a verb or
    一道 closes them within `LONGEST` units."""
    nouns = False
    if line.zh(w + 1)[:1] == SAME:
        return None  # 同一天 "the same day"
    for j in range(w + 1, min(end, w + 1 + LONGEST)):
        zh = line.zh(j)
        if nouns and line.tag(j) in ("a", "ad", "d", "vn"):
            return j  # the verb's adverb (同他们亲切握手 "shook hands with them cordially"), a verbal noun
        if zh[:1] == RELATING:
            return None  # 改革与法治相统一: two things related, no partner
        if zh in TOGETHER or (line.is_verb(j) and zh not in NOT_PARTNERS | {"有关"}):
            return j if nouns else None
        if line.is_noun(j) or line.tag(j).startswith("r"):
            nouns = True
        elif zh not in ("有关", "、", "和", "及") and line.tag(j) not in ("a", "b", "m", "q"):
            return None
    return None


#: The verbs of 与X相比 "compared with X" (China Daily: 与去年相比 "compared with last year").
COMPARED = frozenset({"相比", "相比较"})
#: The prepositions that open what is compared with (与, 同, 和, 跟).
COMPARED_WITH = frozenset({*WITH, "和", "跟"})


def compared_with(line: Line) -> None:
    """与X相比 → "compared with X" (was "and X compared"): the preposition says it, 相比 has
    no English of its own (jieba's 同期相比 keeps its 同期's); only nouns, figures and times
    between them."""
    ends = tuple(COMPARED)
    found = [k for k, u in enumerate(line.units) if u.kind == "word" and u.zh.endswith(ends)]
    for k in reversed(found):
        start = line.clause_start(k)
        w = next((j for j in range(k - 1, start - 1, -1)
                  if line.units[j].kind == "word" and line.zh(j) in COMPARED_WITH), None)
        if w is None or w + 1 == k or not line.units[w].en or any(line.is_verb(j) for j in range(w + 1, k)):
            continue  # (an empty 与: statistics' 与去年同期相比 "compared with the same period last year")
        line.set_en(w, "compared with")
        zh = line.zh(k)
        rest = zh[:zh.rindex("相")]  # 同期相比: "the same period"
        line.set_en(k, line.lex.render(rest)[0] if rest else "")
