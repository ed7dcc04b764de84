"""The gloss engine's verb forms and news function words (pipeline/engines/gloss/order/verbs.py,
reports.py, english.py), on sentences of the Reports on the Work of the Government 2019/2023
(tests/data/dev), dev-set news (China Daily) and the sample page (input/xihe-interview.zh.txt);
the expected English follows each official translation, quoted in the comment."""

from __future__ import annotations

import pytest

from pipeline.engines import Request
from pipeline.engines.gloss import GlossEngine
from pipeline.engines.gloss.order.english import PAST, THIRD, adjective, inflected

REVIEW = "一、2018年工作回顾"  # GWR 2019's review section
PLAN = "三、2019年政府工作任务"  # GWR 2019's plan


@pytest.fixture(scope="module")
def engine() -> GlossEngine:
    return GlossEngine()


@pytest.mark.parametrize("zh, section, present, absent", [
    # review: "we boosted policy support ..." (GWR 2019)
    ("针对就业压力凸显，强化稳岗扩就业政策支持。", REVIEW, ["we strengthened"], ["we strengthen "]),
    # a past time word: "Last year, the surveyed urban unemployment rate saw a notable increase"
    ("去年城镇调查失业率一度明显攀升。", "", ["notably rose"], ["notably rise"]),
    # plan: "We will strengthen pollution prevention and control ..." (GWR 2019)
    ("加强污染防治和生态建设，大力推动绿色发展。", PLAN, ["We will strengthen"], ["will vigorously"]),
    # 要 in a plan: "We will further shorten the negative list ..." (GWR 2019)
    ("要进一步缩减市场准入负面清单。", PLAN, ["We will further cut"], ["must"]),
    # a review sentence opening with its verb gets its subject: "We established ..."
    ("建立政务服务“好差评”制度。", REVIEW, ["We established"], []),
    # the copula in the past: "The year 2022 was a year of great importance ..." (GWR 2023)
    ("2022年是党和国家历史上极为重要的一年。", "一、过去一年和五年工作回顾", ["2022 was"], ["2022 is"]),
    # since a time: the present perfect (sample page p5)
    ("去年以来，全县上下坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻中央决策部署和省市工作要求。", "",
     ["the whole county has continued to follow", "conscientiously implemented"], []),
    # a copula's complement is an adjective: "overall employment remained stable" (GWR 2023)
    ("就业形势总体保持稳定。", "", ["remain steady"], ["steadily"]),
    # a heading (no full sentence) keeps its base forms
    ("（一）继续创新和完善宏观调控", PLAN, [], ["will", "continued"]),
    # suggestions: "We should improve preferential tax and fee policies ..." (GWR 2023)
    ("完善税费优惠政策。", "二、对今年政府工作的建议", ["We should improve"], ["will"]),
    # a thing as the subject of a verb that ends its clause: the passive ("Reform and opening
    # up were deepened.", GWR 2022)
    ("——改革开放不断深化。", "一、过去一年和五年工作回顾", ["reform and opening up were deepened"], []),
    # ... but not of a verb English also uses without an object; "the" before a compound
    # subject ("-The economic structure was further improved.", GWR 2023)
    ("——经济结构进一步优化。", "一、过去一年和五年工作回顾", ["the economic structure further improved"], []),
    # GWR 2019: "Last year, the surveyed urban unemployment rate saw a notable increase"
    ("去年城镇调查失业率一度明显攀升。", "", ["Last year, the surveyed urban unemployment rate"], []),
    # a verb of change takes no passive: prices rose (dev news, CPI)
    ("7月份，猪肉价格同比上涨16.1%。", "", [], ["was ", "were "]),
])
def test_tense(engine: GlossEngine, zh: str, section: str, present: list[str], absent: list[str]) -> None:
    got = engine.translate([Request("t", zh, section=section)])[0]
    for phrase in present:
        assert phrase.casefold() in got.en.casefold(), got.en
    for phrase in absent:
        assert phrase.casefold() not in got.en.casefold(), got.en
    assert "".join(z for z, _ in got.gloss) == zh


@pytest.mark.parametrize("zh, present", [
    # dev news (China Daily): "..., the National Bureau of Statistics said on Thursday."
    ("国家统计局周二表示，2022年中国国内生产总值同比增长3%。",
     "year-on-year in 2022, the National Bureau of Statistics said on Tuesday."),
    ("国家统计局12月15日表示，尽管压力依然存在。", "the National Bureau of Statistics said on December 15."),
    ("国家统计局称，去年GDP年增长率为3%，较2021年的8.4%有所放缓。", ", the National Bureau of Statistics said."),
])
def test_reporting_clause_last(engine: GlossEngine, zh: str, present: str) -> None:
    got = engine.translate([Request("t", zh)])[0]
    assert got.en.endswith(present), got.en
    assert "3 percent" in got.en or "December 15" in got.en


@pytest.mark.parametrize("zh, present, absent", [
    # GWR 2019: "the 13th National People's Congress"
    ("——2019年3月5日在第十三届全国人民代表大会第二次会议上", "the 13th National People's Congress", "13th the"),
    # dev news (China Daily): "down from 18.3 percent in the first quarter"
    ("国家统计局称，中国第二季度，经济同比增长7.9%，低于第一季度的18.3%。", "in the first quarter", "the the"),
    # GWR 2019: "host the second Belt and Road Forum for International Cooperation"
    ("办好第二届“一带一路”国际合作高峰论坛。", "the second", "the the"),
])
def test_articles(engine: GlossEngine, zh: str, present: str, absent: str) -> None:
    got = engine.translate([Request("t", zh)])[0]
    assert present in got.en and absent not in got.en, got.en


@pytest.mark.parametrize("en, tag, form", [
    ("give full play to", PAST, "gave full play to"),  # irregular (lemminflect)
    ("keep", PAST, "kept"),
    ("conscientiously implement", PAST, "conscientiously implemented"),
    ("grow", THIRD, "grows"),
    ("up", PAST, "up"),  # 增长 "up 3%": no verb here
    ("development", PAST, "development"),
    ("fell by", PAST, "fell by"),  # 下降 "fell by": the past of fall, not "to fell" (felled)
    ("fell by", THIRD, "fell by"),
])
def test_inflected(en: str, tag: str, form: str) -> None:
    assert inflected(en, tag) == form


@pytest.mark.parametrize("adverb, adj", [("steadily", "steady"), ("basically", "basic"),
                                         ("effectively", "effective"), ("remarkably", "remarkable")])
def test_adjective(adverb: str, adj: str) -> None:
    assert adjective(adverb) == adj
