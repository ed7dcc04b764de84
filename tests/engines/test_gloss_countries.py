"""国家 as a noun (order/countries.py): "country"/"countries" where it heads its noun phrase,
"national" before the noun it modifies. Sentences from the news corpus (tests/data/corpus,
named in each comment), a Foreign Minister's press conference and the sample page."""

from __future__ import annotations

import pytest

from pipeline.engines.gloss import GlossEngine
from tests.engines.gloss_check import check


@pytest.fixture(scope="module")
def engine() -> GlossEngine:
    return GlossEngine()


@pytest.mark.parametrize("zh, present, absent", [
    # rgfgowx.cn ?id=93 (Wang Yi, 2016): "more than 70 countries and international organizations"
    ("目前已经有70多个国家和国际组织表达了合作意愿，30多个国家同我们签署了共建“一带一路”合作协议。",
     ["70 countries and international organizations", "30 countries"], ["nationals"]),
    # 01-xwlb-20240305: "129 countries and regions"
    ("继续为全球129个国家和地区提供产品和天气服务。", ["129 countries"], ["nationals"]),
    # 30-xwlb-20210311: a figure after it (18个国家45座城市)
    ("辐射18个国家45座城市。", ["18 countries"], ["nationals"]),
    # the sample page (tests/golden/xihe-interview): before its noun it stays "national"
    ("云华山创建国家4A级景区二期工程快速推进，全年接待游客390多万人次。", ["national"], ["country"]),
    # the sample page: two modifiers joined, "national and provincial-level assessment"
    ("坚持问题导向，聚焦国家和省级考核评估、各级调研督导等各类反馈问题整改。", ["national and provincial"], ["country"]),
])
def test_country_as_the_head_of_its_noun_phrase(engine: GlossEngine, zh: str, present: list[str],
                                                absent: list[str]) -> None:
    check(engine, zh, present, absent)


def test_country_closing_a_heading_without_a_mark(engine: GlossEngine) -> None:
    # a heading of the news corpus (no mark after 国家: the rule looks at nothing past it)
    check(engine, "我国已成为全球增绿贡献最大的国家", ["country"], ["national"])
