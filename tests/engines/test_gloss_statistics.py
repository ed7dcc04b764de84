"""The gloss engine's rules for statistical reporting (pipeline/engines/gloss/order/statistics.py
and time.py), on sentences of the news corpus (tests/data/corpus, file named in each comment)
and of NBS news as China Daily reports it (the issue's examples). Expected English follows
Xinhua and China Daily English of NBS releases: "grew by 3.9 percent year on year in March",
"up from 4.6 percent in August", "In the first three quarters, ...", "said on Thursday"."""

from __future__ import annotations

import pytest

from pipeline.engines.gloss import GlossEngine
from pipeline.zh.numbers import missing_numbers
from tests.engines.gloss_check import check as shared_check


@pytest.fixture(scope="module")
def engine() -> GlossEngine:
    return GlossEngine()


def check(engine: GlossEngine, zh: str, present: list[str], absent: list[str]) -> None:
    got = shared_check(engine, zh, present, absent)
    assert missing_numbers(zh, got.en) == []  # every number of the Chinese is still stated


# A change verb before its figures, the comparison after them; a verb after a subject,
# "up"/"down" in a clause without one (statistics.changes)
@pytest.mark.parametrize("zh, present, absent", [
    # 17-xwlb-20221023 (CPI in the US): 环比 "month on month"
    ("能源价格环比上涨4.8%，同比上涨30%。", ["price rose 4.8 percent month-on-month, up 30 percent year-on-year."],
     ["period on period"]),
    # 12-xwlb-20210225: 比2015年 "from 2015", the year of the figure after them
    ("2020年全国地级及以上城市优良天数比率比2015年上升5.8个百分点，",
     ["rose 5.8 percentage points from 2015 in 2020"], ["compared with in 2015"]),
    # China Daily on NBS data: 与去年同期相比 "compared with the same period last year", across a comma
    ("前三个季度，工业增加值与去年同期相比增长了4%，而今年上半年工业增加值与去年同期相比，增长了3.8%。",
     ["grew by 4 percent compared with the same period last year", "grew by 3.8 percent compared with"],
     ["corresponding time period"]),
    # a span of time is no subject: the verbless form
    ("近三年平均增长6.5%。", ["up 6.5 percent"], ["grew"]),
    # a count of years before 平均 is its modifier (China Daily: "the two-year average growth")
    ("使两年平均增长达到7%。", ["two-year average growth"], ["two years average"]),
    # a plan or forecast keeps the verbless form (GWR: "an increase of around 5 percent")
    ("预计全年经济增长5%左右。", ["up around 5 percent"], ["grew"]),
])
def test_changes(engine: GlossEngine, zh: str, present: list[str], absent: list[str]) -> None:
    check(engine, zh, present, absent)


# The figure compared with: 高于/低于/较…有所下降/而…为 (statistics.comparisons), 持平 (unchanged)
@pytest.mark.parametrize("zh, present, absent", [
    # China Daily, NBS retail sales: "up from the 4.6 percent growth in August"
    ("9月的零售额同比增长了5.5%，高于8月的4.6%。",
     ["grew by 5.5 percent year-on-year in September, up from 4.6 percent in August."], ["exceed"]),
    # "down from 18.3 percent in the first quarter"
    ("经济同比增长7.9%，低于第一季度的18.3%。", ["down from 18.3 percent in the first quarter."], ["lower than"]),
    # "down from June's 1.9 percent"; the rate noun after the figure goes
    ("消费者价格指数同比上涨1.8%，较6月的1.9%有所下降。", ["down from 1.9 percent in June."], ["somewhat"]),
    ("猪肉价格同比上涨16.1%，较6月30.1%的增幅有所回落。", ["down from 30.1 percent in June."], ["growth rate"]),
    # "compared with 3.9 percent in the third quarter"
    ("第四季度GDP同比增长2.9%，而第三季度为3.9%。", ["compared with 3.9 percent in the third quarter."], ["was 3.9"]),
    # "equal with the readings for the January-October period"
    ("固定资产投资同比增长2.9%，与1至10月份持平。", ["unchanged from the January-October period."], ["fair"]),
    # 03-xwlb: 较 X末 is no period of its own ("the end of January": left to the lexicon)
    ("我国外汇储备规模为32272亿美元，较1月末上升182亿美元。", [], ["in January"]),
])
def test_comparisons(engine: GlossEngine, zh: str, present: list[str], absent: list[str]) -> None:
    check(engine, zh, present, absent)


# Periods as English adverbials, where English has them (time.periods)
@pytest.mark.parametrize("zh, present, absent", [
    # 02-xwlb-20240718: opening the sentence, before a comma
    ("上半年，全国餐饮收入增长7.9%。", ["In the first half, "], []),
    ("今年前三季度，国内生产总值同比增长5.2%。", ["In the first three quarters of the year, "], ["front"]),
    # 12-xwlb: a range of months
    ("1至11月期间，全国固定资产投资同比增长2.9%。", ["In the January-November period, "], ["period of time"]),
    # before the subject of a change: after its figures
    ("今年上半年中国的GDP同比增长12.7%。",
     ["GDP grew by 12.7 percent year-on-year in the first half of the year."], []),
    ("2023年第一季度中国经济同比增长4.5%。", ["grew by 4.5 percent year-on-year in the first quarter of 2023."], []),
    # 11月 before a noun phrase of a change (the 的 modifier of the figure's noun)
    ("工业产出2022年同比增长3.6%，12月同比增长1.3%。", ["up 1.3 percent year-on-year in December."], []),
    # after a verb of saying; a day takes "on"; "last Tuesday" none
    ("国家统计局12月15日表示，", ["said on December 15,"], ["December 15 said"]),
    ("国家统计局周二表示，", ["said on Tuesday,"], []),
    ("国家统计局上周二公布的数据显示，", ["last Tuesday"], ["week two"]),
    # 01-xwlb: governed by a preposition or verb, a heading, a date alone: no preposition added
    ("审查国务院关于2024年中央和地方预算执行情况的报告", ["on 2024"], ["in 2024"]),
    ("我们即将告别2015年。", ["2015"], ["in 2015"]),
    ("2015年12月31日", ["December 31, 2015"], ["on December"]),
    ("2017年以来", [], ["in 2017"]),
])
def test_periods(engine: GlossEngine, zh: str, present: list[str], absent: list[str]) -> None:
    check(engine, zh, present, absent)
