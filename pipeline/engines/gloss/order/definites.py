""""the" before a superlative (最大的 "the biggest") and "the world's" for 全球/世界 before it
(全球最大的 "the world's largest": China Daily, Xinhua). `verbs.definite` puts "the" before
subjects, `reportwords.object_articles` before the objects of verbs."""

from __future__ import annotations

from pipeline.engines.gloss.order.derive import ADJ, is_
from pipeline.engines.gloss.order.line import Line
from pipeline.engines.gloss.order.reportwords import DETERMINED

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
        if u.kind != "word" or u.en.split(" ", 1)[0] not in SUPERLATIVES:
            continue
        words = u.en.split(" ")
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
