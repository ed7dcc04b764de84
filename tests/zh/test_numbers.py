"""Numbers: find_quantities, english_values, missing_numbers.

Each case says where its expected value comes from: "sample" is a line of
input/xihe-interview.zh.txt (the paragraph quoted in the Chinese); "issue 5" is the
offline-engine issue's own example; otherwise the rule (with its source in numbers.py).
"""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.zh.numbers import (
    english_dates,
    english_ordinals,
    english_values,
    find_quantities,
    format_number,
    missing_numbers,
)
from tests.conftest import SAMPLE

# (Chinese, [(text, en, value, unit, kind), ...]) — every quantity, left to right.
CASES = [
    # issue 5 + sample ¶"一是项目建设": 万 = 10^4 (Xiandai Hanyu Cidian)
    ("项目前期工作经费2000万元", [("2000万元", "20 million yuan", "20000000", "yuan", "amount")]),
    # issue 5 + sample: 亿 = 10^8; 121.7 × 10^8 = 12.17 billion, Decimal exact
    ("总投资121.7亿元", [("121.7亿元", "12.17 billion yuan", "12170000000", "yuan", "amount")]),
    # issue 5 + sample ¶"性落实帮扶措施" (OCR space before 户 kept in the span)
    ("累计稳定消除风险3213 户1.47万人", [
        ("3213 户", "3,213 households", "3213", "households", "count"),
        ("1.47万人", "14,700 people", "14700", "people", "count")]),
    # issue 5 + sample ¶"-是稳岗就业": two quantities side by side
    ("落实各类务工奖补4.74万人2910万元", [
        ("4.74万人", "47,400 people", "47400", "people", "count"),
        ("2910万元", "29.1 million yuan", "29100000", "yuan", "amount")]),
    # issue 5 + sample ¶"四是加快乡村建设": 间 folded (classifier), 平方米 = square meters
    ("拆除危旧房屋4953间8.6 万平方米", [
        ("4953间", "4,953", "4953", "", "count"),
        ("8.6 万平方米", "86,000 square meters", "86000", "square meters", "amount")]),
    # issue 5 + sample: 多 after a number = "more than" (Xiandai Hanyu Cidian 多 ⑤)
    ("全年接待游客390多万人次", [
        ("390多万人次", "over 3.9 million person-times", "3900000", "person-times", "count")]),
    # sample: 余 after a number = "more than" (Xiandai Hanyu Cidian 余 ③); 米 = meter (GB 3100)
    ("残垣断壁和危旧围墙6500余米", [("6500余米", "over 6,500 meters", "6500", "meters", "amount")]),
    # sample: 座 is a classifier (CC-CEDICT), folded into 户厕
    ("完成户厕改造1.01万座", [("1.01万座", "10,100", "10100", "", "count")]),
    # sample: Chinese numerals spelled out up to ten (Chicago 9.2)
    ("圆满完成三年倍增行动任务", [("三年", "three years", "3", "years", "count")]),
    # sample: 两 = 2 (Xiandai Hanyu Cidian 两 ①); singular for one
    ("全年开展两轮集中排查和一轮专项排查", [
        ("两轮", "two rounds", "2", "rounds", "count"),
        ("一轮", "one round", "1", "rounds", "count")]),
    # sample ¶"一是项目建设": percentages in words, as Xinhua and China Daily write them (tables.PERCENT)
    ("同比分别增长72%和 25.5%", [
        ("72%", "72 percent", "72", "%", "percent"), ("25.5%", "25.5 percent", "25.5", "%", "percent")]),
    # rule: 百分之N = N per cent (Xiandai Hanyu Cidian 百分之)
    ("百分之三十", [("百分之三十", "30 percent", "30", "%", "percent")]),
    # rule: 千分之N = N per mille
    ("千分之五", [("千分之五", "5 per thousand", "5", "‰", "percent")]),
    # issue 5 + sample ¶"三是招商引资": 增长2.5倍 = an increase of 250% (GB/T 15835, NBS usage)
    ("同比增长2.5倍", [("2.5倍", "250 percent", "2.5", "times", "multiple")]),
    # rule: 增长两倍 = an increase of 200%
    ("增长两倍", [("两倍", "200 percent", "2", "times", "multiple")]),
    # rule: 倍 without an increase verb is a ratio
    ("增加了3倍多", [("3倍多", "over 300 percent", "3", "times", "multiple")]),  # 倍多 = over N times
    ("是去年的2倍", [("2倍", "2 times", "2", "times", "multiple")]),
    # rule: 翻一番 = doubled, 翻两番 = quadrupled (Xiandai Hanyu Cidian 翻番)
    ("经济总量翻一番", [("翻一番", "doubled", "2", "times", "multiple")]),
    ("翻两番", [("翻两番", "quadrupled", "4", "times", "multiple")]),
    # issue 5 + sample: a count that looks like a year is a count
    ("新增城镇就业2023人", [("2023人", "2,023 people", "2023", "people", "count")]),
    # sample ¶1: 2023年 is the year
    ("和美新陇南2023年发展成就", [("2023年", "2023", "2023", "", "date")]),
    ("2024年", [("2024年", "2024", "2024", "", "date")]),  # sample: 对全市2024年工作
    # issue 5 + sample ¶1: dates
    ("1月30日,市人大常委会副主任", [("1月30日", "January 30", None, "", "date")]),
    ("2024年3月5日", [("2024年3月5日", "March 5, 2024", None, "", "date")]),  # rule: US order
    ("三月五日", [("三月五日", "March 5", None, "", "date")]),  # rule: Chinese-numeral date
    ("二〇二三年", [("二〇二三年", "2023", "2023", "", "date")]),  # rule: year read digit by digit
    ("1至6月", [("1", "January", None, "", "date"), ("6月", "June", None, "", "date")]),  # range
    ("8时30分", [("8时30分", "8:30", None, "", "date")]),  # rule: clock time
    ("统一月度", []),  # 一月 inside a word is not January
    ("12月", [("12月", "December", None, "", "date")]),  # rule: month alone
    ("1990年代", [("1990年代", "1990s", "1990", "", "date")]),  # rule: 年代 = decade
    ("星期一", [("星期一", "Monday", None, "", "date")]),  # sample masthead
    # issue 5 + sample: enumerators 一是/二是 → First/Second
    ("一是项目建设提速推进", [("一是", "First,", "1", "", "enumerator")]),
    ("二是产业发展提质增效", [("二是", "Second,", "2", "", "enumerator")]),
    ("（一）", [("（一）", "(1)", "1", "", "enumerator")]),  # rule: list marker
    # issue 5 + sample ¶1: 第五次 → fifth; 市第五次党代会 → the fifth (Party Congress)
    ("全面贯彻落实市第五次党代会精神", [("第五次", "fifth", "5", "", "ordinal")]),
    ("第十四届", [("第十四届", "14th", "14", "", "ordinal")]),  # rule: words up to ninth
    # sample ¶"陈宇星: 市委五届八次": term and session, both ordinals
    ("市委五届八次全体会议", [
        ("五届", "fifth", "5", "", "ordinal"), ("八次", "eighth", "8", "", "ordinal")]),
    ("成功举办首届全民运动会", [("首届", "first", "1", "", "ordinal")]),  # sample: 首届 = first
    # tests/data/corpus 17-xwlb-20221023: 新一届 is jieba's word "the new (leadership)", no count of
    # one (the number rules said "new first")
    ("向全球报道新一届中共中央政治局常委的首次集体亮相", []),
    # issue 5 + sample: 公里 → km (GB 3100); OCR space inside the unit tolerated
    ("硬化自然村组道路176公里", [("176公里", "176 km", "176", "km", "amount")]),
    ("176公 里", [("176公 里", "176 km", "176", "km", "amount")]),  # sample raw text
    # sample: 户 → households
    ("避险搬迁303户", [("303户", "303 households", "303", "households", "count")]),
    # issue 5 + sample: 434户2090人
    ("新识别监测对象434户2090人", [
        ("434户", "434 households", "434", "households", "count"),
        ("2090人", "2,090 people", "2090", "people", "count")]),
    # issue 5 + sample: 4A级 kept as "4A-level" (national scenic-area grade, GB/T 17775)
    ("创建国家4A级景区", [("4A级", "4A-level", "4", "A-level", "count")]),
    # news.zh.txt: 元人民币 is one unit, the currency said once
    ("约为28.5万亿元人民币", [("约为28.5万亿元人民币", "about 28.5 trillion yuan", "28500000000000", "yuan", "amount")]),
    ("风险消除比例71.85%", [("71.85%", "71.85 percent", "71.85", "%", "percent")]),  # sample
    # sample ¶"五是社会保障": cut-off sentence, bare number kept
    ("资助资金物资113.38", [("113.38", "113.38", "113.38", "", "count")]),
    # sample: 一般 is not a number; 亿 scaled
    ("争取专项债券6.2亿元、一般债券1.36亿元", [
        ("6.2亿元", "620 million yuan", "620000000", "yuan", "amount"),
        ("1.36亿元", "136 million yuan", "136000000", "yuan", "amount")]),
    # sample raw text: OCR space between 亿 and 元
    ("到位资金1.4亿 元", [("1.4亿 元", "140 million yuan", "140000000", "yuan", "amount")]),
    ("实现旅游综合收入18.36亿元", [  # sample
        ("18.36亿元", "1.836 billion yuan", "1836000000", "yuan", "amount")]),
    ("兑现奖励资金961万元", [("961万元", "9.61 million yuan", "9610000", "yuan", "amount")]),
    ("东西部协作帮扶资金7800万元", [("7800万元", "78 million yuan", "78000000", "yuan", "amount")]),
    ("村均达到17.77万元", [("17.77万元", "177,700 yuan", "177700", "yuan", "amount")]),  # sample
    ("全县输转劳动力11.2万人", [("11.2万人", "112,000 people", "112000", "people", "count")]),
    ("筹资472.7万元", [("472.7万元", "4.727 million yuan", "4727000", "yuan", "amount")]),
    ("完成投资38亿元", [("38亿元", "3.8 billion yuan", "3800000000", "yuan", "amount")]),
    # sample: 次 → times, 批次 → batches (CC-CEDICT)
    ("县级干部带队赴外开展招商活动16次", [("16次", "16 times", "16", "times", "count")]),
    ("邀请、接待客商考察134批次", [("134批次", "134 batches", "134", "batches", "count")]),
    # sample: 以上 after a number = "and above" → over (Xiandai Hanyu Cidian 以上)
    ("谋划实施500万元以上投资项目134项", [
        ("500万元以上", "over 5 million yuan", "5000000", "yuan", "amount"),
        ("134项", "134", "134", "", "count")]),
    ("力争引进招商项目50个以 上", [("50个以 上", "over 50", "50", "", "count")]),  # sample raw
    ("69家乡村就业工厂", [("69家", "69", "69", "", "count")]),  # sample: 家 classifier, not 家乡
    ("2名学子被清华大学录取", [("2名", "2", "2", "", "count")]),  # sample: 名 classifier
    # tests/data/corpus (新闻联播 2025-03-06): 枚 classifier (was the noun "tree trunk")
    ("误发射8枚Mk-82炸弹所致", [("8枚", "8", "8", "", "count"), ("82", "82", "82", "", "count")]),
    ("整治“六乱”问题6.3万处", [("6.3万处", "63,000", "63000", "", "count")]),  # sample
    ("残疾人两项补贴1.95亿元", [  # sample: 两项 → two (noun follows)
        ("两项", "two", "2", "", "count"),
        ("1.95亿元", "195 million yuan", "195000000", "yuan", "amount")]),
    ("云华山创建国家4A级景区二期工程", [  # sample: 二期 = phase 2
        ("4A级", "4A-level", "4", "A-level", "count"),
        ("二期", "phase 2", "2", "phase", "ordinal")]),
    # sample slogans and brief: left to the glossary, never read as counts
    ("积极融入“三城五地”建设", []),
    ("“十四五”规划", []),
    ("全面落实项目管家、“五个一”包抓", []),
    ("精准制定“一户一策”", []),
    ("精心谋划一批大项目", []),  # 一 + classifier: "a" is the engine's word
    ("深入学习运用“千万工程”经验", []),
    ("努力实现“九个聚力提升”重点任务", []),
    # rule: Chinese numerals with places (Xiandai Hanyu Cidian 万, 亿)
    ("两万三千人", [("两万三千人", "23,000 people", "23000", "people", "count")]),
    ("三十多万人", [("三十多万人", "over 300,000 people", "300000", "people", "count")]),
    ("一亿二千万元", [("一亿二千万元", "120 million yuan", "120000000", "yuan", "amount")]),
    # rule: 万亿 = 10^4 × 10^8 = 10^12
    ("1万亿元", [("1万亿元", "1 trillion yuan", "1000000000000", "yuan", "amount")]),
    ("约300人", [("约300人", "about 300 people", "300", "people", "count")]),  # 约 = about
    ("近3年", [("近3年", "the past 3 years", "3", "years", "count")]),  # 近N年 = the past N years
    ("提高3个百分点", [("3个百分点", "3 percentage points", "3", "percentage points", "percent")]),
    ("3个月", [("3个月", "3 months", "3", "months", "count")]),  # 个月 before 个
    ("5千米", [("5千米", "5 km", "5", "km", "amount")]),  # 千米 = km, not 千 × 米
    ("100万人口", [("100万", "1 million", "1000000", "", "count")]),  # 人口 = population
    ("1人", [("1人", "1 person", "1", "people", "count")]),  # singular
    ("１２３４５人", [("１２３４５人", "12,345 people", "12345", "people", "count")]),  # full-width
    ("1,234人", [("1,234人", "1,234 people", "1234", "people", "count")]),  # separators in zh
    ("5G网络", [("5G", "5G", "5", "G", "count")]),  # Latin kept
    ("13912345678", [("13912345678", "13912345678", "13912345678", "", "count")]),  # a phone no.
    # tests/data/corpus 新闻联播: an order's number, Chinese numerals read digit by digit
    ("习近平11日签署第一一〇号主席令", [
        ("11日", "on the 11th", None, "", "date"),
        ("第一一〇号", "No. 110", "110", "", "ordinal")]),
    ("签署了第七十三号、第七十四号主席令", [
        ("第七十三号", "No. 73", "73", "", "ordinal"), ("第七十四号", "No. 74", "74", "", "ordinal")]),
    # tests/data/corpus: a day alone before a time of day or a news verb is a date …
    ("李强5日下午来到他所在的代表团", [("5日下午", "on the afternoon of the 5th", None, "", "date")]),
    ("3月5日上午在北京开幕", [("3月5日上午", "on the morning of March 5", None, "", "date")]),
    ("5日上午9时开幕", [("5日", "on the 5th", None, "", "date"), ("上午9时", "9 a.m.", None, "", "date")]),
    ("大会于5日开幕", [("5日", "the 5th", None, "", "date")]),  # 于 already says "on"
    # tests/data/corpus: N次会议 after a term (届) numbers the session; alone it counts
    ("十四届全国人大三次会议在京开幕", [
        ("十四届", "14th", "14", "", "ordinal"), ("三次", "third", "3", "", "ordinal")]),
    ("召开三次会议", [("三次", "three times", "3", "times", "count")]),
    ("中共十九届四中全会", [("十九届", "19th", "19", "", "ordinal")]),
    # tests/data/corpus: clock times with the part of the day; a list after a colon
    ("上午9时，赵乐际宣布", [("上午9时", "9 a.m.", None, "", "date")]),
    ("下午3时30分", [("下午3时30分", "3:30 p.m.", None, "", "date")]),
    # CD Voice podcast (China Daily, Tianshui kindergarten): 晚 after a weekday, "As of 10 pm on Monday"
    ("截至周一晚10时", [("晚10时", "10 p.m.", None, "", "date")]),  # (周一: the engine's word)
    ("有3点建议", [("3", "3", "3", "", "count")]),  # 点 after a bare number: not a time
    ("报告共分三个部分：一、工作回顾；二、总体要求", [
        ("三个", "three", "3", "", "count"), ("一、", "1.", "1", "", "enumerator"),
        ("二、", "2.", "2", "", "enumerator")]),
    # … but a count of days is not (statute wording)
    ("自公布之日起30日内", [("30", "30", "30", "", "count")]),
]


@pytest.mark.parametrize(("zh", "expected"), CASES, ids=[c[0] for c in CASES])
def test_find_quantities(zh: str, expected: list[tuple[str, str, str | None, str, str]]) -> None:
    found = find_quantities(zh)
    got = [(q.text, q.en, q.value, q.unit, q.kind) for q in found]
    want = [(t, en, None if v is None else Decimal(v), u, k) for t, en, v, u, k in expected]
    assert got == want
    for q in found:
        assert zh[q.start:q.end] == q.text


@pytest.mark.parametrize(("zh", "values"), [
    # the line-break issue's text: digits on adjacent lines are separate numbers, whatever
    # the clean stage did (--no-clean keeps the break; the clean stage turns it into a space)
    ("12345 67890\n3.14159", ["12345", "67890", "3.14159"]),
    ("12345 67890 3.14159", ["12345", "67890", "3.14159"]),
    ("67890\n3.14159元", ["67890", "3.14159"]),
    ("5\n万元", ["5"]),  # not 5万元 here: the clean stage joins a figure wrapped before its unit
    # OCR spaces inside a quantity on one line still read as before (sample lines 55, 75)
    ("3213 户", ["3213"]),
    ("4.54 亿元", ["454000000"]),
])
def test_no_quantity_spans_a_line_break(zh: str, values: list[str]) -> None:
    found = find_quantities(zh)
    assert [q.value for q in found] == [Decimal(v) for v in values]
    assert not any("\n" in q.text for q in found)


# (English, values it states) — what engines and human translators write.
EN_CASES = [
    ("12.17 billion yuan", ["12170000000"]),  # our rendering of 121.7亿元
    ("RMB 2 billion", ["2000000000"]),  # translator's style
    ("RMB2bn and 10k", ["2000000000", "10000"]),  # abbreviations
    ("2.5 times", ["2.5"]),
    ("up 250%", ["250"]),
    ("14,700 people", ["14700"]),
    ("1.47 million", ["1470000"]),  # a wrong reading of 1.47万: stated as 1,470,000
    ("121.7 hundred million yuan", ["12170000000"]),  # literal calque of 亿
    ("1.47 ten thousand people", ["14700"]),  # literal calque of 万
    ("14.7 thousand", ["14700"]),
    ("twenty-one people and ninety nine", ["21", "99"]),
    ("a million visitors", ["1000000"]),
    ("doubled, twice", ["2", "2"]),
    ("4A-level scenic area", ["4"]),
    ("in 2023, 3.5 times the level", ["2023", "3.5"]),
    ("72 percent", ["72"]),
    ("No numbers here.", []),
]


@pytest.mark.parametrize(("en", "values"), EN_CASES, ids=[c[0] for c in EN_CASES])
def test_english_values(en: str, values: list[str]) -> None:
    assert english_values(en) == [Decimal(v) for v in values]


@pytest.mark.parametrize(("en", "ordinals"), [
    ("Firstly, the fifth and 21st", [1, 5, 21]),
    ("the twenty-first session", [21]),
    ("30 seconds", []),  # "seconds" is not an ordinal
])
def test_english_ordinals(en: str, ordinals: list[int]) -> None:
    assert english_ordinals(en) == [Decimal(n) for n in ordinals]


@pytest.mark.parametrize(("en", "dates"), [
    ("On January 30", [(1, 30)]),
    ("On Jan. 30", [(1, 30)]),
    ("on 30 January", [(1, 30)]),
    ("Sept. 5 and March 2024", [(9, 5), (3, None)]),
    ("2024-03-05", [(3, 5)]),
    ("they march on", []),  # lower case: not a month
])
def test_english_dates(en: str, dates: list[tuple[int, int | None]]) -> None:
    assert english_dates(en) == dates


# (Chinese, English, texts of the quantities reported missing) — the matching rules.
MISSING_CASES = [
    ("总投资121.7亿元", "total investment of RMB 12.17 billion", []),
    ("总投资121.7亿元", "total investment of 121.7 hundred million yuan", []),
    ("总投资121.7亿元", "total investment of 1.217 billion yuan", ["121.7亿元"]),  # 10× off
    ("1.47万人", "14,700 people", []),
    ("1.47万人", "1.47 million people", ["1.47万人"]),  # 万 misread as million
    ("同比增长2.5倍", "up 250% year-on-year", []),  # rule: N×100%
    ("同比增长2.5倍", "2.5 times higher", []),  # rule: N as written
    ("同比增长2.5倍", "3.5 times the level of a year earlier", []),  # rule: ratio N+1
    ("同比增长2.5倍", "up 25%", ["2.5倍"]),
    ("翻一番", "doubled", []),  # rule: ratio 2
    ("翻一番", "an increase of 100%", []),  # rule: increase in %
    ("1月30日", "On Jan. 30", []),
    ("1月30日", "On 30 January", []),
    ("1月30日", "On January 3", ["1月30日"]),
    ("2024年3月5日", "March 5, 2023", ["2024年3月5日"]),  # the year must match too
    ("一是项目建设提速推进", "Firstly, projects sped up", []),
    ("一是项目建设提速推进", "1. Projects sped up", []),
    ("市第五次党代会", "the 5th Party Congress", []),
    ("市第五次党代会", "the Party Congress", ["第五次"]),
    ("全年开展两轮集中排查", "two rounds of checks", []),
    ("百分之三十", "thirty percent", []),
    ("新增城镇就业2023人", "2,023 new urban jobs", []),
    ("434户2090人", "434 households, 2,900 people", ["2090人"]),
    ("习近平11日签署", "Xi Jinping signed it on the 11th", []),
    ("下午3时30分开幕", "opened at 3:30 in the afternoon", []),
    ("下午3时30分开幕", "opened at 4:30 in the afternoon", ["下午3时30分"]),
    ("习近平11日签署", "Xi Jinping signed it on the 12th", ["11日"]),
    ("签署第七十三号主席令", "signed Presidential Order No. 73", []),
    ("签署第七十三号主席令", "signed Presidential Order No. 37", ["第七十三号"]),
    # a rendering found whole counts as stated; inside a longer number it does not
    ("新增2人", "2 people were added", []),
    ("新增2人", "12 people were added", ["2人"]),
    ("增长2%", "up 3.2%", ["2%"]),
    ("增长2%", "up 2%.", []),
    # a percentage however an engine writes it: the sign, the word (Xinhua, China Daily),
    # British "per cent", the wire's "pct", the hyphenated modifier; points likewise
    ("同比增长12.7%", "grew by 12.7 percent year-on-year", []),
    ("同比增长12.7%", "up 12.7% year-on-year", []),
    ("同比增长12.7%", "rose 12.7 per cent", []),
    ("同比增长12.7%", "GDP grows 12.7 pct", []),
    ("同比增长12.7%", "a 12.7-percent rise", []),
    ("同比增长12.7%", "grew by 12.8 percent", ["12.7%"]),
    ("百分之三十", "30 per cent", []),
    ("提高0.5个百分点", "up 0.5 percentage point", []),
    ("提高0.5个百分点", "up 0.5 points", []),
    ("提高0.5个百分点", "up 5 percentage points", ["0.5个百分点"]),
    ("同比增长2.5倍", "up 250 percent year-on-year", []),
    ("建成2座", "2,000 were built", ["2座"]),
    ("建成2座", "2. were built", []),
    ("第2届", "the second session", []),
    ("第2届", "the twenty-second session", ["第2届"]),
    # one unit said with an article or "past" (新闻联播, 2024-03-05: 一年来的实践再次充分证明)
    ("一年来的实践再次充分证明", "Over the past year, practice has proved again", []),
    ("一年来的实践再次充分证明", "Over a year, practice has proved again", []),
    ("一年来的实践再次充分证明", "Over the past two years, practice has proved again", ["一年"]),
    ("一年来的实践再次充分证明", "Over the years, practice has proved again", ["一年"]),
]


@pytest.mark.parametrize(("zh", "en", "missing"), MISSING_CASES,
                         ids=[f"{c[0]}|{c[1]}" for c in MISSING_CASES])
def test_missing_numbers(zh: str, en: str, missing: list[str]) -> None:
    assert [q.text for q in missing_numbers(zh, en)] == missing


@pytest.mark.parametrize(("value", "en"), [
    ("14700", "14,700"), ("29100000", "29.1 million"), ("12170000000", "12.17 billion"),
    ("4727000", "4.727 million"), ("12345678", "12,345,678"),  # > 3 decimals: all the digits
    ("2000.0", "2,000"), ("0.5", "0.5"), ("1000000000000", "1 trillion"),
])
def test_format_number(value: str, en: str) -> None:
    # rule: separators, million/billion with up to 3 decimals, no trailing ".0"
    assert format_number(Decimal(value)) == en


# ---- the whole sample page -----------------------------------------------------------


def _sample() -> str:
    return SAMPLE.read_text(encoding="utf-8")


def _paragraphs() -> list[str]:
    return [p for p in _sample().split("\n\n") if re.search(r"[0-9]", p)]


def test_every_arabic_number_of_the_sample_is_found() -> None:
    text = _sample()
    spans = [(q.start, q.end) for q in find_quantities(text)]
    for m in re.finditer(r"[0-9０-９]+", text):
        assert any(a <= m.start() and m.end() <= b for a, b in spans), m.group()


@pytest.mark.parametrize("paragraph", _paragraphs(), ids=lambda p: p[:12])
def test_sample_quantities_round_trip(paragraph: str) -> None:
    """Every rendering states its own quantity (in context), and the same rendering
    10× off is caught."""
    for q in find_quantities(paragraph):
        assert q not in missing_numbers(paragraph, q.en), q
        if q.kind == "date" or q.value is None:
            continue
        wrong = f"{format_number(q.value * 10)} {q.unit}"
        assert q in missing_numbers(paragraph, wrong), (q, wrong)
        assert missing_numbers(q.text, q.en) == [] or q.kind == "ordinal"  # 八次 alone is a count


def test_sample_has_quantities() -> None:
    assert len(find_quantities(_sample())) > 100


@pytest.mark.parametrize("paragraph", _paragraphs(), ids=lambda p: p[:12])
def test_sample_paragraph_round_trip(paragraph: str) -> None:
    en = "; ".join(q.en for q in find_quantities(paragraph))
    assert missing_numbers(paragraph, en) == []


def test_sample_money_is_all_found() -> None:
    """Every 元 amount of the sample comes out in yuan, scaled (issue 5: must hold)."""
    text = _sample()
    amounts = {q.start: q for q in find_quantities(text) if q.unit == "yuan"}
    for m in re.finditer(r"[0-9.]+[ ]?[万亿]?[ ]?元", text):
        assert amounts[m.start()].text.startswith(m.group()), m.group()
    assert len(amounts) == len(re.findall(r"[0-9.]+[ ]?[万亿]?[ ]?元", text))
    amounts = {q.text: q.en for q in amounts.values()}
    assert all(en.endswith(" yuan") for en in amounts.values())


def test_dates_round_trip_wrong_day() -> None:
    # rule: month and day must both match
    assert missing_numbers("1月30日", "January 31") != []


# ---- properties: any amount renders and reads back exactly -----------------------------

_AMOUNTS = st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False,
                       allow_infinity=False)


@given(_AMOUNTS)
def test_format_number_reads_back(v: Decimal) -> None:
    # rule: whatever format_number writes, english_values reads as the same Decimal
    assert english_values(format_number(v)) == [v]
    assert english_values(format_number(v * 10**8)) == [v * 10**8]


@given(_AMOUNTS, st.sampled_from(["万元", "亿元", "万人", "%", "公里", "户"]))
def test_any_amount_round_trips(v: Decimal, unit: str) -> None:
    # rule: 万 = 10^4, 亿 = 10^8; the rendering states the value, 10× off does not
    zh = f"共{format(v.normalize(), 'f')}{unit}。"
    (q,) = find_quantities(zh)
    scale = {"万": 10**4, "亿": 10**8}.get(unit[0], 1)
    assert q.value == v * scale
    assert missing_numbers(zh, q.en) == []
    if v:
        assert missing_numbers(zh, format_number(q.value * 10)) == [q]


_ALPHABET = ("0123456789.,% 一二两三四五六七八九十百千万亿零〇多余是第届次年月日号个人户元米公里"
             "平方倍翻番以上左右约近星期时分点之“”\"，。、（）A级G增长项座批间名件处轮岁期代度份至到—-")


@given(st.text(alphabet=_ALPHABET, max_size=25))
def test_any_text_spans_and_own_rendering(zh: str) -> None:
    # rule: spans are exact, ordered, non-overlapping; the joined renderings state them all
    found = find_quantities(zh)
    last = 0
    for q in found:
        assert zh[q.start:q.end] == q.text and q.start >= last
        last = q.end
    assert missing_numbers(zh, " ; ".join(q.en for q in found)) == []
