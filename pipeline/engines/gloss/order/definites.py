""""the" before the object of a preposition that is a compound of common nouns with a singular
head (在生态环境方面 "in the ecological environment", 经济复苏的基础 "the foundation of the economic
recovery", 为市场主体注入活力 "inject vitality into the market entities"): news and official
English name such things as known ones (Quirk et al., A Comprehensive Grammar, 5.28: the
situational and anaphoric "the"); `verbs.definite` does the subjects, `reportwords.object_articles`
the objects of verbs."""

from __future__ import annotations

from pipeline.engines.gloss.order.derive import ADJ, is_
from pipeline.engines.gloss.order.line import Line
from pipeline.engines.gloss.order.reportwords import COMPOUND_TAGS, DETERMINED

#: The prepositions whose object takes "the" (the units' English: 在 "in", 对 "for", an added "of").
PREPOSITIONS = frozenset({"in", "of", "for", "from", "at", "on", "with", "under", "during", "into", "to",
                          "across", "among", "amid", "through", "by", "according to", "due to", "because of",
                          "in accordance with", "based on"})


def prepositional_objects(line: Line) -> None:
    """A preposition's object of two or more common nouns (a singular head, closing the
    phrase) takes "the" when nothing determines it."""
    units = line.units
    for k in range(len(units) - 2, -1, -1):  # the last first: an added "the" moves nothing before it
        en = units[k].en
        if en not in PREPOSITIONS or units[k].kind not in ("word", "term"):
            continue  # (not a quantifier's "of": 各类 "all kinds of" names no known thing)
        first = line.next(k)
        if first is None:
            continue
        j: int | None = first
        last = None
        while j is not None and units[j].kind == "word" and units[j].en and line.tag(j) in COMPOUND_TAGS:
            last, j = j, line.next(j)
        if last is None or last == first or (j is not None and units[j].kind == "word" and line.is_noun(j)):
            continue
        words = units[first].en.split(" ", 1)
        head = units[last].en.rsplit(" ", 1)[-1]
        if not words[0].isalpha() or not words[0].islower() or words[0] in DETERMINED \
                or head.endswith("s") or not head.isalpha():
            continue
        line.add(first, "the")


#: Superlatives (the units' English of 最大 "biggest", 最高 "highest", 最长 "longest"...), which
#: take "the" (Quirk et al. 7.82: "the" with the superlative) where nothing determines them.
SUPERLATIVES = frozenset({"biggest", "largest", "highest", "longest", "fastest", "slowest", "lowest", "best",
                          "greatest", "strongest", "smallest", "worst", "oldest", "newest", "latest", "deepest",
                          "widest", "earliest", "heaviest", "most", "least"})
#: The world before a superlative: "the world's" (全球最大 "the world's largest").
WORLD = frozenset({"全球", "世界", "全世界"})
#: Words after which a superlative is no noun's: "at least", "at most" (and "most" as "many").
NOT_BEFORE = frozenset({"at", "the", "its", "their", "our", "his", "her", "world's", "country's", "China's"})


def superlatives(line: Line) -> None:
    """最大的环球影城主题公园 "the largest Universal theme park": a unit whose English opens with a
    superlative before a noun (or "most" before an adjective) takes "the"."""
    units = line.units
    for k in range(len(units) - 1, -1, -1):
        u = units[k]
        if u.kind != "word" or not u.en:
            continue
        words = u.en.split(" ")
        if words[0] not in SUPERLATIVES:
            continue
        n = line.next(k)
        while n is not None and not units[n].en and units[n].kind == "word":
            n = line.next(n)  # 最大的 N: the noun after 的
        if words[0] in ("most", "least") and (len(words) == 1 or not is_(words[1], ADJ)):
            continue  # 大多数 "most" (provinces), 最长 "most length": no superlative
        p = line.prev(k)
        if p is not None and line.zh(p) == "上" and (w := line.prev(p)) is not None and line.zh(w) in WORLD:
            line.set_en(p, "")  # 世界上最长的 "the world's longest"
            p = w
        if p is not None and line.zh(p) in WORLD and units[p].kind == "word":
            line.set_en(p, "the world's")  # 全球最大的 "the world's largest" (China Daily, Xinhua)
            continue
        if n is None or (len(words) == 1 and not line.is_noun(n)):
            continue  # a superlative closing its clause ("rank biggest"): left
        before = units[p].en.rsplit(" ", 1)[-1] if p is not None else ""
        if before in NOT_BEFORE or before in DETERMINED or before.endswith("'s"):
            continue
        line.add(k, "the")
