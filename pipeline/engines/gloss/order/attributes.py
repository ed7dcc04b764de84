"""Nouns that modify a noun: Chinese puts a noun before a noun (经济发展, 财政政策), English
most often its adjective ("economic development", "fiscal policy"), not "economy development"."""

from __future__ import annotations

from pipeline.engines.gloss.order.line import Line
from pipeline.engines.gloss.order.statistics import COMPARED, change_verb

#: Nouns → their adjective before another noun (the adjective senses CC-CEDICT gives beside
#: the noun's, e.g. 经济 "economy; economic", 财政 "finances; financial"; in GWR English
#: 财政政策 is "fiscal policy", 区域发展 "regional development", 地方政府 "local government";
#: 基础 "foundation; basic": 基础研究 "basic research").
ADJECTIVES = {"经济": "economic", "社会": "social", "政治": "political", "文化": "cultural",
              "生态": "ecological", "区域": "regional", "财政": "fiscal", "金融": "financial",
              "农业": "agricultural", "工业": "industrial", "城市": "urban", "农村": "rural",
              "历史": "historical", "技术": "technological", "法律": "legal", "民族": "ethnic",
              "地方": "local", "医疗": "medical", "军事": "military", "战略": "strategic",
              "商业": "commercial", "产业": "industrial", "行政": "administrative",
              "环境": "environmental", "基础": "basic"}
#: Unit kinds after which the noun is a modifier: a word that is a noun, a glossary term.
HEAD_KINDS = frozenset({"word", "term"})


def noun_modifiers(line: Line) -> None:
    """经济结构 → "economic structure", 财政政策 → "fiscal policy": a noun of ADJECTIVES right
    before a noun (no 的 between, no mark) takes its adjective (生态环境治理 → "ecological
    environmental governance": each of two before a third)."""
    for k in line.find(ADJECTIVES):
        after = line.next(k)
        if after is None or line.units[after].kind not in HEAD_KINDS or change_verb(line, after) \
                or line.zh(after) in COMPARED:
            continue  # 经济同比增长7.9%: "the economy grew", a verb after all
        if not (line.is_noun(after) or line.tag(after) == ""):  # "": a compound jieba has no tag for (环境治理)
            continue
        line.set_en(k, ADJECTIVES[line.zh(k)])
