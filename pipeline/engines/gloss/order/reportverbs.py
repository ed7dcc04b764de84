"""Two policy verbs side by side with one object, as work reports pair them (培育壮大战略性新兴
产业 "foster and expand strategic emerging industries", 引导支持 "guide and support", 加强改进
"strengthen and improve"): English joins them with "and". From the Reports on the Work of the
Government of 2017-2019 and 2021-2023 (Xinhua's English: "cultivate and strengthen", "consolidate and expand",
"establish and improve", "guide and support"). And 对X实施 + a verb closing the clause, 实施 a dummy verb
there as 进行 is (`clauses.dummy_verbs`): 对困难行业企业社保费实施缓缴 "defer payment of social insurance
premiums of enterprises in difficulty" (GWR 2023 English: "We postponed the payment of social insurance
premiums by enterprises in distressed sectors"). And 给X带来Y "bring Y to X" (中美经贸摩擦给一些企业生产经营、
市场预期带来不利影响 "had an adverse effect on the production and business operations of some companies as
well as on market expectations", GWR 2019 English), as `clauses.benefactive` does 为X带来Y.
"""

from __future__ import annotations

from pipeline.engines.gloss.order.clauses import object_after, object_marker
from pipeline.engines.gloss.order.line import Line

#: Verbs that open such a pair, and those that close it (巩固拓展, 培育壮大, 加强改进, 建立健全,
#: 保护修复, 传承弘扬, 发展壮大, 改造提升, 调整优化, 制定实施, 稳定扩大; 团结带领 "united and led", GWR 2022).
#: Not 加快, 推进, 推动, 促进: they take the other verb as their object ("accelerate advancing"); not 管理, 监督, 保护
#: second: 加强管理 "strengthen management" is a verb and its object.
FIRST = frozenset({"引导", "鼓励", "培育", "巩固", "加强", "建立", "保护", "传承", "发展", "改造", "调整", "整合",
                   "规范", "制定", "稳定", "维护", "用好", "团结"})
SECOND = frozenset({"支持", "壮大", "拓展", "改进", "完善", "健全", "修复", "提升", "弘扬", "优化", "扩大", "深化",
                    "实施", "利用", "带领"})
#: 支持 closes a pair only after a verb of guiding (加强支持 "strengthen support": a noun).
SUPPORT, GUIDING = "支持", frozenset({"引导", "鼓励"})


def paired_verbs(line: Line) -> None:
    """V1 V2 + an object (V1 of FIRST, V2 of SECOND, side by side) → "V1 and V2 ..."."""
    units = line.units
    for k in line.find(FIRST):
        second = k + 1
        if second >= len(units):
            continue
        u = units[second]
        if u.kind != "word" or u.zh not in SECOND or not u.en[:1].isalpha() or (
                u.zh == SUPPORT and units[k].zh not in GUIDING):
            continue
        after = line.next(second)
        if after is None or line.is_mark(after) or not units[k].en[:1].isalpha():
            continue  # no object: 改革创新。 is two nouns
        prev = line.prev(k)
        if prev is not None and units[prev].kind == "word" and units[prev].zh in FIRST | SECOND:
            continue  # three in a row: the cut is unsure
        line.add(second, "and")


#: 实施 "implement": a dummy verb between a 对 phrase and a verb (对X实施缓缴, 对X实施救助 when 救助 is
#: the clause's last word); before a noun it implements it (对X实施差别化政策 "implement differentiated
#: policies for X": the frames' rule's). The rule's trigger.
APPLY = "实施"
APPLYING = frozenset({APPLY})


def applied(line: Line) -> None:
    """对 + X + 实施 + V closing the clause → V + X (对 and 实施 unsaid)."""
    units = line.units
    for k in line.find(APPLYING):
        verb = line.next(k)
        while verb is not None and units[verb].kind == "word" and not units[verb].en:
            verb = line.next(verb)  # 实施了: 了 has no English
        if verb is None or units[verb].kind != "word" or line.tag(verb) != "v" or not units[verb].en[:1].isalpha():
            continue
        after = line.next(verb)
        if (after is not None and not line.ends_clause(after)) or object_marker(line, k) is None:
            continue  # 实施缓缴政策: the verb modifies a noun; no 对 phrase before it
        line.set_en(verb, line.lex.verb_sense(units[verb].zh) or units[verb].en)
        line.set_en(k, "")
        object_after(line, k, verb)


#: 给 (gěi) "to" before the verbs of bringing it marks the receiver of (给X带来Y "bring Y to X", 给X造成
#: 损失 "cause losses to X"): the phrase goes after the verb's. The rule's trigger.
GIVE_TO = "给"
GIVING = frozenset({GIVE_TO})
BRINGING = ("带来", "造成")


def brought_to(line: Line) -> None:
    """给 + X + 带来/造成 + Y → 带来 + Y + "to" + X (给 a preposition there, not the verb "give")."""
    units = line.units
    for k in line.find(GIVING):
        before = line.prev(k)
        if before is not None and line.is_verb(before):
            continue  # 送给, 交给: the verb's complement
        end = line.clause_end(k)
        verb = next((j for j in range(k + 2, end) if units[j].kind == "word" and units[j].zh.startswith(BRINGING)),
                    None)
        after = line.next(verb) if verb is not None else None
        if verb is None or line.quoted(k) or (after is not None and units[after].zh in ("的", "了的")):
            continue  # no verb of bringing; a modifier's 给 (给X带来的Y)
        line.set_en(k, "to")
        line.move(k, verb, end)


#: 推动 + a noun phrase + 取得/实现: the phrase is the one that achieves, 推动 "enable ... to"
#: (推动党和国家事业取得举世瞩目的重大成就 "enabled the cause of the Party and the country to achieve
#: remarkable achievements"; not "promote ... achieve"). The rule's trigger.
ENABLE = "推动"
ENABLING = frozenset({ENABLE})
ACHIEVING = frozenset({"取得", "实现"})
#: Most units of the phrase between them.
ENABLED_UNITS = 6


def enabled(line: Line) -> None:
    """推动 + noun phrase + 取得/实现 → "enable" + noun phrase + "to" + the verb."""
    units = line.units
    for k in line.find(ENABLING):
        j = line.next(k)
        count = 0
        while j is not None and count <= ENABLED_UNITS and units[j].zh not in ACHIEVING and _in_phrase(line, j):
            j, count = line.next(j), count + 1
        if j is None or count == 0 or units[j].zh not in ACHIEVING or units[j].kind != "word":
            continue  # 推动高质量发展: no phrase that achieves
        line.set_en(k, "enable")
        line.add(j, "to")


def _in_phrase(line: Line, j: int) -> bool:
    """Whether unit j may belong to the noun phrase 推动 governs (a name, a noun, a compound jieba has no
    tag for, a quote mark: “三北”工程)."""
    u = line.units[j]
    if u.kind == "punct":
        return u.zh in QUOTES
    return u.kind in ("term", "place", "person") or (
        u.kind == "word" and (line.is_noun(j) or line.tag(j) == "") and not line.is_verb(j))


QUOTES = frozenset("“”")
