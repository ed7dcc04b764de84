"""Periods of time as English adverbials (pipeline.zh.numbers.periods), on phrases of NBS news
(tests/data/corpus, Xinhua/China Daily English of NBS releases: "in the first three quarters",
"in the January-November period", "the first quarter of 2023", "last Tuesday")."""

from __future__ import annotations

import pytest

from pipeline.zh.numbers import find_quantities, missing_numbers
from pipeline.zh.numbers.periods import find_periods

# (Chinese, [(period's Chinese, its adverbial)])
CASES = [
    # 02-xwlb-20240718: a half of the year, with and without 今年
    ("今年上半年，最终消费支出对经济增长贡献率为60.5%", [("今年上半年", "in the first half of the year")]),
    ("上半年，全国餐饮收入增长7.9%。", [("上半年", "in the first half")]),
    # 10-xwlb-20191031: the first N quarters
    ("今年前三季度实现营业收入62187亿元", [("今年前三季度", "in the first three quarters of the year")]),
    ("前三个季度，工业增加值", [("前三个季度", "in the first three quarters")]),
    # a range of months: the first month takes the 月 of the second
    ("1至11月期间，全国固定资产投资", [("1至11月期间", "in the January-November period")]),
    ("4-6月的季度GDP增长率为1.3%", [("4-6月", "in the April-June period")]),
    # a quarter of a named year
    ("2023年第一季度中国经济同比增长4.5%", [("2023年第一季度", "in the first quarter of 2023")]),
    # a month: 今年 says nothing English keeps; a year before it is kept
    ("今年7月份，我国的消费者价格指数", [("今年7月份", "in July")]),
    ("2022年12月", [("2022年12月", "in December 2022")]),
    ("7月，猪肉价格同比上涨16.1%，较6月30.1%的增幅有所回落。", [("7月", "in July"), ("6月", "in June")]),
    # a day: "on"
    ("国家统计局12月15日表示", [("12月15日", "on December 15")]),
    # weekdays: "last Tuesday" has no preposition
    ("国家统计局上周二公布的数据显示", [("上周二", "last Tuesday")]),
    ("国家统计局于周四表示", [("周四", "on Thursday")]),
    # years
    ("2022年中国国内生产总值同比增长3%", [("2022年", "in 2022")]),
    ("去年GDP年增长率为3%", [("去年", "last year")]),
    # no period: spans of time, weeks and words that only hold the characters
    ("近三十年来", []), ("通水10年", []), ("上周", []), ("周边国家", []), ("第三次会议", []),
]


@pytest.mark.parametrize(("zh", "expected"), CASES, ids=[c[0] for c in CASES])
def test_find_periods(zh: str, expected: list[tuple[str, str]]) -> None:
    assert [(zh[p.start:p.end], p.adverbial) for p in find_periods(zh)] == expected


@pytest.mark.parametrize(("zh", "_"), [c for c in CASES if c[1]], ids=[c[0] for c in CASES if c[1]])
def test_a_period_states_the_numbers_of_its_chinese(zh: str, _: object) -> None:
    # rule: the English of a period keeps every number the number check looks for
    for p in find_periods(zh):
        part = zh[p.start:p.end]
        assert missing_numbers(part, p.adverbial, find_quantities(part)) == []
