"""Objects that Chinese puts before their verb: 把/将 X V (the disposal construction, Li &
Thompson, Mandarin Chinese, ch. 15) and X 与 Y 相结合 (combine X with Y)."""

from __future__ import annotations

from pipeline.engines.gloss.order.clauses import complement_verb
from pipeline.engines.gloss.order.line import CLOSING_QUOTES, OPENING_QUOTES, Line

#: Object markers (将 only where the rules left it no English: before a noun, not "will").
MARKERS = frozenset({"把", "将"})
#: Verbs of 把X作为Y, "regard X as Y" (GWR English: 把…作为…的首要任务 "make X the top priority",
#: 把…当作 "treat X as"); the marker takes the verb, the verb stays as "as".
AS_VERBS = {"作为": "regard", "当作": "treat", "当成": "treat", "视为": "regard", "看作": "regard",
            "作": "regard"}
#: English of a verb with its complement (创建为 "establish as", 转化为 "turn into"): the
#: complement stays after the object.
COMPLEMENTS = (" as", " into", " to", " in", " on")
#: Verbs before 把 that the frame itself says: 坚持把X作为Y → "continue to regard X as Y".
CARRY_ON = {"坚持": "continue to", "始终坚持": "always"}
#: X 与 Y 相结合 → "combine X with Y" (GWR English: 坚持…与…相结合 "combine ... with ...").
#: Only the mutual forms (相…, 有机/紧密结合): bare 衔接 follows many a verb phrase.
WITH_VERBS = frozenset({"相结合", "相衔接", "相协调", "相统一", "有机结合", "紧密结合"})
#: Complements after a verb (统一到, 落实在): the verb is the word before them.
RESULT_COMPLEMENTS = {"到": "to", "在": "in", "成": "into", "为": "as", "给": "to", "入": "into",
                      "进": "into", "于": "in"}
#: Characters of verbs of change, whose 为 reads "into" (转化为 "transform ... into").
CHANGE_CHARS = frozenset("化变转改")
JOINERS = frozenset({"与", "和", "同"})
#: Verbs of change whose English takes no object, as they read with one (将税率降至13% "cut the
#: rate to 13 percent", GWR 2019 English).
CAUSED = {"drop": "cut", "fall": "cut", "ascend": "raise", "rise": "raise", "decline": "reduce"}


def object_before_verb(line: Line) -> None:
    """把巩固成果作为底线任务 → "regard consolidating the gains as the bottom-line task";
    将云华山景区创建为4A级景区 → "establish Yunhua Mountain as a 4A scenic area"."""
    for k in line.find(MARKERS):
        if line.units[k].en or (line.zh(k) == "将" and any(
                line.zh(j) == "把" for j in range(k + 1, line.clause_end(k)))):
            continue  # 将 as "will" (将把: the modal of the 把 after it)
        span = range(k + 2, line.clause_end(k))
        verb = next((j for j in span if line.zh(j) in AS_VERBS), None)  # the frame first
        if verb is None:  # a verb with its result (提升到, 降至), else the first verb
            verb = complement_verb(line, span.start, span.stop)
        verb = verb if verb is not None else next((j for j in span if line.is_verb(j)), None)
        if verb is not None and line.zh(verb) in RESULT_COMPLEMENTS and verb - 1 > k + 1 \
                and line.units[verb - 1].kind == "word":
            line.set_en(verb, RESULT_COMPLEMENTS[line.zh(verb)])  # 到 "to", after the object
            verb -= 1  # 把思想统一到…: the verb is 统一
        if verb is None:
            continue
        if line.zh(verb) in AS_VERBS:
            line.set_en(k, AS_VERBS[line.zh(verb)])
            line.set_en(verb, "as")
            before = line.prev(k)
            if before is not None and line.zh(before) in CARRY_ON:
                line.set_en(before, CARRY_ON[line.zh(before)])
            continue
        en = line.units[verb].en
        tail = next((c for c in COMPLEMENTS if en.endswith(c) and len(en) > len(c)), "")
        if tail:  # the verb goes first, its complement stays after the object
            line.set_en(verb, tail.strip())
            line.add(k, CAUSED.get(en[: -len(tail)], en[: -len(tail)]))
        else:
            after = verb + 1
            if after < len(line.units) and line.zh(after) in RESULT_COMPLEMENTS:
                change = line.zh(after) == "为" and not CHANGE_CHARS.isdisjoint(line.zh(verb))
                line.set_en(after, "into" if change else RESULT_COMPLEMENTS[line.zh(after)])
            if line.units[verb].kind == "word":  # a verb where it stands: its verb sense
                line.set_en(verb, line.lex.verb_sense(line.zh(verb)) or en)
            line.move(verb, verb + 1, k)


def combine_with(line: Line) -> None:
    """坚持“走出去”与“请进来”相结合 → "combine 'going out' with 'inviting in'": the verb goes
    before the first part, the joiner reads "with"."""
    for k in line.find(WITH_VERBS):
        start = line.clause_start(k)
        joiner = next((j for j in range(k - 1, start, -1) if line.zh(j) in JOINERS), None)
        if joiner is None:
            continue
        first = part_start(line, joiner, start)
        if first == joiner:
            continue
        line.set_en(joiner, "with")
        line.move(k, k + 1, first)


def part_start(line: Line, k: int, start: int) -> int:
    """First unit of the part before the joiner at k: back over nouns and whole quotations
    to the clause's verb, preposition or adverb (or its start)."""
    first = k
    while first > start:
        p = first - 1
        if line.zh(p) in CLOSING_QUOTES:
            opening = next((j for j in range(p - 1, start - 1, -1) if line.zh(j) in OPENING_QUOTES), None)
            if opening is None:
                break
            first = opening
            continue
        if line.is_verb(p) or line.tag(p) in ("p", "d"):
            break
        first = p
    return first
