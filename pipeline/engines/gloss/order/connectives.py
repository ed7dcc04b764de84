"""Clause connectives of news prose whose Chinese pairs have one English word: 尽管/虽然 X，但 Y
"Despite/Although X, Y" (English has no "but" after a concession: Quirk et al., A Comprehensive
Grammar, 15.40), and 继 X 之后 "after X" (China Daily: 继前两个月增长2.4%之后 "after a 2.4 percent
rise in the first two months"); after 由于/尽管 a noun and its predicate adjective as one noun
phrase (由于国际环境复杂 "due to a complicated international environment"); X以来，"Since X,"
(倡议提出以来 "since the initiative was put forward")."""

from __future__ import annotations

from pipeline.engines.gloss.order.english import PARTICIPLE, PAST, head_verb, inflected
from pipeline.engines.gloss.order.line import NOUN_JOINERS, Line
from pipeline.engines.gloss.order.verbs import INTRANSITIVE
from pipeline.engines.gloss.units import word_unit

#: Words that open a concessive clause, and the words of the clause after it that answer them.
CONCEDING = frozenset({"尽管", "虽然", "虽", "虽说"})
BUT = frozenset({"但", "但是", "可是", "然而", "却"})
#: 继 "following", and the postpositions that close its phrase before a comma (the rule's
#: trigger: 继 alone opens 继续, 继承 and the like in many more sentences).
FOLLOWING = "继"
AFTER = frozenset({"之后", "后", "以后"})
#: Marks that end the sentence a concession is answered in.
SENTENCE_MARKS = frozenset("。；！？;!?")
AFTER_COMMA = frozenset(w + "，" for w in AFTER)


def concessions(line: Line) -> None:
    """尽管总体经济表现稳定，但国家统计局表示… → "Despite ..., the National Bureau of Statistics
    said ...": the 但 that opens a later clause of the sentence (the concession may run over
    more than one) has no English."""
    units = line.units
    for k in line.find(CONCEDING):
        for j in range(line.clause_end(k), len(units) - 1):
            zh = units[j].zh
            if zh in SENTENCE_MARKS:
                break
            if zh == "，" and units[j + 1].zh in BUT and units[j + 1].kind == "word":
                line.set_en(j + 1, "")
                break


def following(line: Line) -> None:
    """继X之后，Y → "After X, Y": 继 takes the English of the postposition that closes its
    phrase in its clause, which then has none. A word jieba guessed of 继 and the phrase's first
    characters (继沪蓉|航线) gives 继 its own unit."""
    for close in line.find(AFTER):
        end = line.next(close)
        if end is None or line.zh(end) != "，":
            continue
        start = line.clause_start(close)
        k = next((j for j in range(close - 1, start - 1, -1) if line.zh(j)[:1] == FOLLOWING), None)
        if k is None or close - k < 2 or line.units[k].kind != "word":
            continue
        zh = line.zh(k)
        if len(zh) > 1:
            if line.lex.in_jieba(zh):
                continue  # 继续, 继承: a word of its own
            line.split(k, [word_unit(FOLLOWING, line.lex), word_unit(zh[1:], line.lex)])
            close += 1
        line.set_en(k, "after")
        line.set_en(close, "")


#: Prepositions of cause and concession whose phrase English makes a noun phrase of (由于国际环境
#: 复杂、国内需求不足 "due to a complicated international environment and insufficient domestic
#: demand": China Daily, NBS reports).
CAUSES = frozenset({"由于", "尽管", "鉴于"})
#: Tags of the words of a noun phrase before its predicate adjective (jieba: 国内 is a place word).
NOMINAL = frozenset({"n", "vn", "nz", "s", "j", "b", "an", "ns", "nt"})


def nominal_predicates(line: Line) -> None:
    """由于国际环境复杂 → "due to a complicated international environment": in the phrase after
    由于/尽管, each noun phrase followed by its adjective alone (a subject and predicate in
    Chinese) has the adjective before it, the head noun in its noun form."""
    for k in line.find(CAUSES):
        end = line.clause_end(k)
        runs: list[list[int]] = [[]]
        for j in range(k + 1, end):
            if line.units[j].kind == "space":
                continue
            if line.zh(j) in NOUN_JOINERS:
                runs.append([])
            else:
                runs[-1].append(j)
        if not all(_noun_and_adjective(line, run) for run in runs):
            continue  # a clause of its own (a verb, an adverb): left as it is
        for run in reversed(runs):  # the last first: a move leaves the earlier runs in place
            head = run[-2]
            line.set_en(head, line.lex.render(line.zh(head))[0])
            line.move(run[-1], run[-1] + 1, run[0])


def _noun_and_adjective(line: Line, run: list[int]) -> bool:
    """Whether the units of `run` are nouns and then one adjective."""
    if len(run) < 2 or line.units[run[-1]].kind != "word" or line.tag(run[-1]) != "a":
        return False
    return all(line.units[j].kind != "word" or line.tag(j) in NOMINAL for j in run[:-1]) \
        and line.tag(run[-2]) in NOMINAL


#: 以来 closing a clause before a comma: "since" before the clause (X提出以来 "since X was put
#: forward", 改革开放以来 "since reform and opening up": fmprc, Xinhua); a period's 以来 is the
#: periods rule's (2017年以来 "since 2017").
SINCE = "以来"
SINCE_COMMA = frozenset({SINCE + "，"})
#: Prepositions that open such a clause themselves (自…以来 "since").
FROM = frozenset({"自", "从", "自从"})


def since_clauses(line: Line) -> None:
    """X提出以来，Y → "Since X was put forward, Y": the clause's last word a verb after its
    subject takes the passive past ("was" and the participle; an intransitive verb its past:
    疫情发生以来 "since the epidemic happened"), a noun phrase or a time stays as it is (党的十八大
    以来 "since the 18th CPC National Congress", 2017年以来 "since 2017")."""
    for k, u in enumerate(line.units):
        if len(u.zh) > 2 and u.zh.endswith(SINCE) and u.en.endswith(" since"):  # jieba's 今年以来
            en = u.en.removesuffix(" since")
            line.set_en(k, "since " + ("the beginning of this year" if en == "this year" else en))
    for k in line.find(frozenset({SINCE})):
        comma = line.next(k)
        last = line.prev(k)
        if comma is None or line.zh(comma) != "，" or last is None:
            continue
        first = line.next(line.clause_start(k) - 1)
        if first is None or first > last:
            continue
        if line.zh(first) in FROM:  # 自2020年以来 "since 2020"
            line.set_en(first, "since")
            line.set_en(k, "")
            continue
        if any(line.is_verb(j) and line.units[j].kind == "word" for j in range(first, last)):
            continue  # a clause of more than a subject and its verb: left
        verb = head_verb(line.units[last].en)
        if first < last and line.is_verb(last) and line.units[last].kind == "word" and verb:
            form = PAST if verb in INTRANSITIVE else PARTICIPLE
            line.set_en(last, ("" if form == PAST else "was ") + inflected(line.units[last].en, form))
        elif first == last and line.units[first].en == "this year":
            line.set_en(first, "the beginning of this year")  # 今年以来 "since the beginning of this year"
        line.set_en(k, "")
        line.add(first, "since")


#: 受(到) X (的)影响 "affected by X" (China Daily: 受冷锋影响 "due to a cold front"; Xinhua "affected
#: by"): the verb of undergoing and the noun that closes its phrase.
UNDERGO = frozenset({"受", "受到"})
IMPACT = "影响"


def affected_by(line: Line) -> None:
    """受冷锋影响，… → "Affected by cold front, ...": 受(到) takes "affected by", the 影响 that
    closes its phrase (before a mark, 的 between) has no English."""
    for k in line.find(UNDERGO):
        end = line.clause_end(k)
        close = line.prev(end)
        if close is None or close - k < 2 or line.zh(close) != IMPACT or line.units[close].kind != "word":
            continue
        of = line.prev(close)
        if of is not None and line.zh(of) == "的":
            line.set_en(of, "")
        line.set_en(close, "")
        first = line.next(line.clause_start(k) - 1)
        line.set_en(k, "affected by" if first == k else "due to", pos="p")  # no verb: no subject added
