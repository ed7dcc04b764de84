"""The gloss engine's work-report constructions (pipeline/engines/gloss/order/workreport.py,
reportfigures.py, reportwords.py; the 'fell' form of english.py):
on sentences of the Reports on the Work of the Government 2016-2022 and 2026, their official
English (Xinhua) quoted beside them, and of CCTV Xinwen Lianbo reports in tests/data/corpus
(file named beside each); none is a dev-set pair."""

from __future__ import annotations

import pytest

from pipeline.engines import Request
from pipeline.engines.gloss import GlossEngine
from tests.engines.gloss_check import check


@pytest.fixture(scope="module")
def engine() -> GlossEngine:
    return GlossEngine()


@pytest.mark.parametrize("zh, present, absent", [
    # GWR 2017: "In the past year, China's development has faced grave challenges ..."
    ("过去一年，我国发展面临国内外诸多矛盾叠加、风险隐患交汇的严峻挑战。",
     ["over the past year, China"], ["past one year"]),
    # GWR 2016: "In the past year, China has encountered many difficulties ..."
    ("过去一年，我国发展面临多重困难和严峻挑战。", ["over the past year,"], ["one year"]),
])
def test_past_spans(engine: GlossEngine, zh: str, present: list[str], absent: list[str]) -> None:
    check(engine, zh, present, absent)


@pytest.mark.parametrize("zh, present, absent", [
    # GWR 2022: "We have set the deficit-to-GDP ratio for the year at around 2.8 percent."
    ("今年赤字率拟按2.8%左右安排。", ["the deficit-to-GDP ratio will be set at", "2.8 percent"],
     ["plan to", "according to", "arrange"]),
    # GWR 2022: "This year, special-purpose bonds for local governments will total 3.65
    # trillion yuan."
    ("今年拟安排地方政府专项债券3.65万亿元。", ["special-purpose bonds", "will total 3.65 trillion yuan"],
     ["plan to", "arrange"]),
])
def test_planned_amounts(engine: GlossEngine, zh: str, present: list[str], absent: list[str]) -> None:
    check(engine, zh, present, absent)


@pytest.mark.parametrize("zh, present, absent", [
    # GWR 2021: "A total of 11.86 million urban jobs were added"
    ("城镇新增就业1186万人，年末全国城镇调查失业率降到5.2%。", ["11.86 million new urban jobs"],
     ["jobs 11.86", "million people"]),
    # GWR 2018: "More than 66 million new urban jobs have been added"
    ("城镇新增就业6600万人以上，13亿多人口的大国实现了比较充分就业。", ["over 66 million new urban jobs"],
     ["jobs over"]),
])
def test_new_counts(engine: GlossEngine, zh: str, present: list[str], absent: list[str]) -> None:
    check(engine, zh, present, absent)


@pytest.mark.parametrize("zh, present, absent", [
    # GWR 2017: "We will host the Belt and Road Forum for International Cooperation"
    ("办好“一带一路”国际合作高峰论坛。", ["host"], ["do well"]),
    # GWR 2017-2022: 办好人民满意的教育 "provide education that our people are happy with": no event
    ("努力办好人民满意的教育。", [], ["host"]),
])
def test_hosted_events(engine: GlossEngine, zh: str, present: list[str], absent: list[str]) -> None:
    check(engine, zh, present, absent)


def test_echoes_of_the_next_word(engine: GlossEngine) -> None:
    # 09-xwlb-20221216 (tests/data/corpus): 全面 "fully" before 贯彻落实 "fully implement"
    got = check(engine, "全面贯彻落实党的二十大精神，", ["fully implement"], ["fully fully"])
    assert got.en.casefold().count("fully") == 1, got.en


def test_echoes(engine: GlossEngine) -> None:
    # GWR 2018: "... to resolve each and every one of the issues that most affect and worry
    # our people": 一件一件 said once
    zh = "要坚持以人民为中心的发展思想，从我国基本国情出发，尽力而为、量力而行，把群众最关切最烦心的事一件一件解决好。"
    got = check(engine, zh, ["one item"], ["one item one item"])
    assert got.en.count("one item") == 1, got.en


@pytest.mark.parametrize("zh, present, absent", [
    # GWR 2021 targets: "GDP growth of over 6 percent"
    ("国内生产总值增长6%以上。", ["growth of over 6 percent"], []),
    # GWR 2021 targets: "CPI increase of around 3 percent"
    ("居民消费价格涨幅3%左右。", ["increase of around 3 percent"], []),
    # GWR 2021: a clause with a verb of its own keeps its figure as the verb's
    ("全年为市场主体减负超过2.6万亿元，其中减免社保费1.7万亿元。", ["2.6 trillion yuan"], ["of over 2.6"]),
])
def test_figure_of(engine: GlossEngine, zh: str, present: list[str], absent: list[str]) -> None:
    check(engine, zh, present, absent)


def test_fell_stays_fell(engine: GlossEngine) -> None:
    # GWR 2017: "We saw a 9.1-percent drop in the annual average density of fine particulate
    # matter (PM2.5) in 74 key cities"
    check(engine, "74个重点城市细颗粒物（PM2.5）年均浓度下降9.1%。", ["fell by 9.1 percent"], ["felled", "fells"])


@pytest.mark.parametrize("zh, present, absent", [
    # GWR 2016: "Let me start with a review of the work we did in 2015"; GWR 2021 "A review
    # of Our Work in 2020": the year last, and the enumerator's "1." without a comma after it
    ("一、2015年工作回顾", ["1. A review of our work in 2015"], ["1.,", "2015 a review"]),
    ("一、2020年工作回顾", ["review of our work in 2020"], []),
    # GWR 2018 (Xinhua): "I will begin with a review of our work over the past five years."
    ("一、过去五年工作回顾", ["A review of our work over the past five years"], ["years a review"]),
])
def test_review_headings(engine: GlossEngine, zh: str, present: list[str], absent: list[str]) -> None:
    check(engine, zh, present, absent)


@pytest.mark.parametrize("zh, present, absent", [
    # 25-xwlb-20240306 (tests/data/corpus): what is built after "the building of"
    ("为强国建设、民族复兴伟业作出新贡献。", ["the building of great country"], ["country development"]),
    # 01-xwlb-20240305: "a new chapter of Chinese modernization"
    ("书写中国式现代化建设新篇章。", ["modernization drive"], ["modernization development"]),
    # GWR 2021: "... as it pursues the modernization drive"
    ("今年是我国现代化建设进程中具有特殊重要性的一年。", ["modernization drive"], ["modernization development"]),
])
def test_building(engine: GlossEngine, zh: str, present: list[str], absent: list[str]) -> None:
    check(engine, zh, present, absent)


def test_years_of(engine: GlossEngine) -> None:
    # GWR 2026 (b.15386.cn): "This year is the first year of the 15th Five-Year Plan period."
    check(engine, "今年是“十五五”开局之年。", ["is the first year of \""], ["\" first year"])


def test_real_terms(engine: GlossEngine) -> None:
    # GWR 2022: "Per capita disposable income increased by 8.1 percent in real terms."
    check(engine, "居民人均可支配收入实际增长8.1%。", ["increased by 8.1 percent in real terms"], ["terms 8.1"])


def test_passing_figures(engine: GlossEngine) -> None:
    # GWR 2022: "National fiscal revenue exceeded 20 trillion yuan, growing 10.7 percent."
    check(engine, "全国财政收入突破20万亿元，增长10.7%。", ["exceeded 20 trillion yuan"], ["breakthrough"])


@pytest.mark.parametrize("zh, present, absent", [
    # 02-xwlb-20240718 (tests/data/corpus): a system named as a known one
    ("完善市场经济基础制度。", ["improve the market economy"], []),
    # 02-xwlb-20240718, 14-xwlb-20230305: after the last of two verbs, once
    ("巩固和完善农村基本经营制度，", ["improve the rural"], ["the the"]),
])
def test_object_articles(engine: GlossEngine, zh: str, present: list[str], absent: list[str]) -> None:
    check(engine, zh, present, absent)


def test_rising(engine: GlossEngine) -> None:
    # 06-xwlb-20211111 (tests/data/corpus): nothing is raised after 水平, the level rises
    check(engine, "党的执政能力和领导水平不断提高，", ["rising"], ["raising", "raise"])


def test_first_batches(engine: GlossEngine) -> None:
    # 30-xwlb-20210311 (tests/data/corpus): the first batch of 160 exhibitors, "the first 160"
    check(engine, "中国国际进口博览局公布第四届进博会首批160家参展商名单，", ["the first 160"], ["batch"])


@pytest.mark.parametrize("zh, present, absent", [
    # 扎实推进 + what is advanced (GWR 2019: "We will make solid progress in poverty alleviation
    # and rural revitalization")
    ("扎实推进社会主义民主法治建设，", ["make solid progress in socialist democracy"], ["solidly"]),  # 02-xwlb
    ("扎实推进中国式现代化四川实践。", ["make solid progress in Chinese modernization"], ["solidly"]),  # 01-xwlb
    # nothing after it: the adverb and verb as they were (01-xwlb-20240305)
    ("高质量发展扎实推进，", ["solidly"], ["progress in"]),
])
def test_solid_progress(engine: GlossEngine, zh: str, present: list[str], absent: list[str]) -> None:
    check(engine, zh, present, absent)


@pytest.mark.parametrize("zh, section, present, absent", [
    # GWR 2022: "We deepened reform, expanded opening up, and continued to improve the business
    # environment."
    ("三是深化改革扩大开放，持续改善营商环境。", "一、2021年工作回顾", ["continued to improve"], ["continuously"]),
    # 01-xwlb-20240305 (tests/data/corpus): 深入贯彻 "fully implement"
    ("要深入贯彻习近平总书记关于云南工作的重要指示精神，", "", ["fully implement"], ["thoroughly"]),
])
def test_policy_adverbs(engine: GlossEngine, zh: str, section: str, present: list[str], absent: list[str]) -> None:
    got = engine.translate([Request("t", zh, section=section)])[0]
    for phrase in present:
        assert phrase in got.en, got.en
    for phrase in absent:
        assert phrase not in got.en, got.en


@pytest.mark.parametrize("zh, section, present", [
    # GWR 2017: "Firstly, we continued to develop new and more effective ways of carrying out
    # regulation at the macro level"
    ("一是继续创新和加强宏观调控，经济运行保持在合理区间。", "一、2016年工作回顾", "First, we continued"),
    # GWR 2022: "We refined and implemented policies for easing the difficulties of businesses"
    ("二是优化和落实助企纾困政策，巩固经济恢复基础。", "一、2021年工作回顾", "Second, we refined"),
])
def test_enumerated_subjects(engine: GlossEngine, zh: str, section: str, present: str) -> None:
    got = engine.translate([Request("t", zh, section=section)])[0]
    assert present in got.en, got.en
    assert "".join(z for z, _ in got.gloss) == zh


def test_session_datelines(engine: GlossEngine) -> None:
    # GWR 2017 (Xinhua): "Delivered at the Fifth Session of the 12th National People's Congress
    # of the People's Republic of China on March 5, 2017"
    check(engine, "——2017年3月5日在第十二届全国人民代表大会第五次会议上",
          ["Delivered at the Fifth Session of the 12th National People's Congress of the People's Republic of China "
           "on March 5, 2017"], ["meeting", "-"])
    # a session named in a sentence of news is no dateline (Xinhua, 2017-03-05): left as it was
    check(engine, "3月5日，第十二届全国人民代表大会第五次会议在北京人民大会堂开幕。", [], ["Delivered", "Session of"])


@pytest.mark.parametrize("zh, present, absent", [
    # GWR 2018: "it is a crucial year for securing a decisive victory in building a moderately
    # prosperous society in all respects"
    ("今年是决胜全面建成小康社会、实施“十三五”规划承上启下的关键一年。", ["is a key year for"], ["one year"]),
    # GWR 2021: "The year 2021 is of particular importance to China"
    ("今年是我国现代化建设进程中具有特殊重要性的一年。", ["This year is a year for"], ["one year"]),
])
def test_years_for(engine: GlossEngine, zh: str, present: list[str], absent: list[str]) -> None:
    check(engine, zh, present, absent)
