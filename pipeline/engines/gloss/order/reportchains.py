"""Noun chains of work reports whose possessor English puts after the head: a group of people +
就业 (+ 工作) "employment for the group" (做好重点群体就业工作 "ensure employment for key groups",
GWR 2019/2022 English; 促进高校毕业生就业 "employment of college graduates"), not "key groups
employment work". 工作 after it goes unsaid: "do a good job of employment for key groups"; so
after 做好/抓好 (做好经济社会发展工作 "do a good job of economic and social development", not
"... development work": GWR English says what is done well, with no "work").
"""

from __future__ import annotations

from pipeline.engines.gloss.order.derive import NOUN, is_
from pipeline.engines.gloss.order.line import NOUN_JOINERS, Line

EMPLOYMENT = "就业"
WORK = "工作"
#: Heads said before the group they are about, with "for" (the rule's trigger).
GROUP_HEADS = frozenset({EMPLOYMENT})
#: Endings of the Chinese words for groups of people (重点群体, 高校毕业生, 农民工, 退役军人,
#: 脱贫人口, 残疾人, 就业困难人员, 青年).
GROUP_ENDINGS = ("群体", "毕业生", "农民工", "军人", "人员", "人口", "残疾人", "青年", "劳动力", "劳动者", "妇女")
#: jieba tags of the modifiers a group's noun may have before it (重点 "key", 高校 "college").
MODIFIER_TAGS = frozenset({"n", "b", "a", "nz", "j", "ns", "vn"})
#: Most modifier units before the group's noun.
MODIFIERS = 2
FOR = "for"
#: What may follow the head: 工作 (unsaid), 等 (such_as has put its list after it).
ENDS = frozenset({WORK, "等"})


def employment_for(line: Line) -> None:
    """Group of people + 就业 (+ 工作) → 就业 + "for" + group (工作 unsaid)."""
    units = line.units
    for k in line.find(GROUP_HEADS):
        group = line.prev(k)
        if group is None or not _group(line, group):
            continue
        start = _group_start(line, group)
        end = k + 1
        after = line.next(k)
        if not (after is None or line.is_mark(after) or units[after].zh in ENDS):
            continue  # 重点群体就业稳定, 就业帮扶: the chain goes on
        if after is not None and units[after].zh == WORK and units[after].kind == "word":
            line.set_en(after, "")
            end = after + 1
        if units[k].en.endswith("ments"):  # (such_as made the list's last noun plural)
            line.set_en(k, units[k].en.removesuffix("s"))
        line.move(k, end, start)
        line.add(start + end - k, FOR)


def _group_start(line: Line, group: int) -> int:
    """First unit of the group ending at `group`: its modifiers, and a list of groups before it
    (高校毕业生、农民工和新业态从业人员就业 "employment for college graduates, migrant workers and
    ...")."""
    units = line.units
    while True:
        start, count = group, 0
        p = line.prev(group)
        while p is not None and count < MODIFIERS and units[p].kind == "word" and line.tag(p) in MODIFIER_TAGS \
                and units[p].zh != EMPLOYMENT:
            start, p, count = p, line.prev(p), count + 1
        if p is None or units[p].zh not in NOUN_JOINERS:
            return start
        item = line.prev(p)
        if item is None or not _group(line, item):
            return start
        group = item


def _group(line: Line, k: int) -> bool:
    u = line.units[k]
    return u.kind in ("word", "term") and u.zh.endswith(GROUP_ENDINGS)


#: The verbs "do a good job of" (做好, 抓好 and their adverbs' compounds: 扎实做好, 切实抓好).
GOOD_JOB = ("做好", "抓好")
#: The rule's trigger.
GOOD_JOB_WORDS = frozenset(GOOD_JOB)
#: jieba tags of the word before 工作 that let it go unsaid (a noun said as an English noun, not a verb or 各项).
NOUNS = frozenset({"n", "vn", "nz", "j", "l", "nt", "ns"})


def good_job_of(line: Line) -> None:
    """做好 + noun phrase + 工作 closing the clause → 工作 unsaid."""
    units = line.units
    for k in line.find(frozenset({WORK})):
        after = line.next(k)
        before = line.prev(k)
        if (after is not None and not line.ends_clause(after)) or not units[k].en or before is None or not (
                units[before].kind in ("term", "place")
                or (line.tag(before) in NOUNS and is_(units[before].en.rpartition(" ")[2], NOUN))):
            continue  # 各项工作, 调控工作: "all work", "regulation work" keep it
        j = line.prev(k)
        start = line.clause_start(k)
        while j is not None and j >= start and units[j].kind != "punct" and not units[j].zh.endswith(GOOD_JOB):
            j = line.prev(j)
        if j is not None and j >= start and units[j].zh.endswith(GOOD_JOB) and line.prev(k) != j:
            line.set_en(k, "")
