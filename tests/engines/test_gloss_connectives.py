"""News connectives (order/connectives.py): 尽管/虽然…，但… without "but", 继…之后 "after", and
前 of a period that jieba joins to the word before it (继前两个月, 而前三个月). Sentences of
新闻联播 (tests/data/corpus, the file in each comment) and of China Daily bilingual news (the page
named; none is a page of the fluency dev set)."""

from __future__ import annotations

import pytest

from pipeline.engines.gloss import GlossEngine
from tests.engines.gloss_check import check


@pytest.fixture(scope="module")
def engine() -> GlossEngine:
    return GlossEngine()


@pytest.mark.parametrize("zh, present, absent", [
    # 07-xwlb-20241212 (and 30-xwlb-20210311's 尽管…，但…): "Although ..., ..." has no "but"
    ("尽管国际环境风高浪急，国内改革发展稳定任务艰巨繁重，但中国经济综合表现十分亮眼，发展质量稳步提升，安全发展基础不断夯实。",
     ["despite"], ["but"]),
    # 06-xwlb-20211111
    ("尽管个别省份因严重旱涝灾害秋粮减产，但其他地区多数增产，特别是黑龙江、吉林、辽宁、内蒙古四省区增产较多。",
     ["despite", ", other region"], ["but"]),
    # 虽然…，但…: "Although ..., ..." (30-xwlb-20210311)
    ("虽然前进道路并不平坦，但以史为鉴，我们对开创未来更加充满信心决心。", ["although"], ["but"]),
])
def test_a_concession_takes_no_but(engine: GlossEngine, zh: str, present: list[str], absent: list[str]) -> None:
    check(engine, zh, present, absent)


def test_but_without_a_concession_stays(engine: GlossEngine) -> None:
    # China Daily (freewechat MFA 2018-03-23): 中方不希望打贸易战，但绝不害怕贸易战
    check(engine, "中方不希望打贸易战，但绝不害怕贸易战。", ["but"], [])


@pytest.mark.parametrize("zh, present, absent", [
    # 34-xwlb-20240308: "the third regular commercial route ... after the Shanghai-Chengdu and
    # Beijing-Shanghai routes"; jieba's guess 继沪蓉 gives 继 its own unit
    ("这也是继沪蓉航线、京沪航线之后，东航C919客机执飞的第三条定期商业航线。",
     ["after hurong"], ["继", "route after,"]),
])
def test_following_is_after(engine: GlossEngine, zh: str, present: list[str], absent: list[str]) -> None:
    check(engine, zh, present, absent)


def test_continue_is_no_following(engine: GlossEngine) -> None:
    # 继续 is a word of its own: the rule leaves it (30-xwlb-20210311 style: 继续…之后，…)
    check(engine, "我们将继续推进改革之后，再看结果。", ["continue"], [])


@pytest.mark.parametrize("zh, present, absent", [
    # jxbentu.cn 2021-10-20 (China Daily 每日新闻播报) style figures: 而前三个月 "the first three
    # months", jieba's 而前 cut in two where a period starts at its 前
    ("4-6月的季度GDP增长率为1.3%，而前三个月为0.6%。", ["0.6 percent in the first three months"], ["front"]),
])
def test_first_months_after_a_joined_word(engine: GlossEngine, zh: str, present: list[str],
                                          absent: list[str]) -> None:
    check(engine, zh, present, absent)


@pytest.mark.parametrize("zh, present, absent", [
    # glnlw.com (airline announcements, bilingual): 由於天氣惡劣,航班已延誤。 "The flight has been
    # delayed because of bad weather."
    ("由于天气恶劣，航班已延误。", ["due to vile weather"], ["weather vile"]),
    # a clause with a verb after 由于 keeps its order (China Daily: 由于外部需求持续恢复 "as external
    # demand continued to pick up", language.chinadaily.com.cn 2021-09-09)
    ("由于外部需求持续恢复，国内经济保持稳定增长，我国外贸进出口进一步呈现稳中加固的态势。",
     ["demand is continuously restored"], []),
])
def test_a_noun_and_its_adjective_after_due_to(engine: GlossEngine, zh: str, present: list[str],
                                               absent: list[str]) -> None:
    check(engine, zh, present, absent)


@pytest.mark.parametrize("zh, present, absent", [
    # rgfgowx.cn (Wang Yi's press conference, 2016): "Since the Belt and Road Initiative was first put
    # forward ..., notable progress has been made."
    ("王毅：“一带一路”倡议提出以来，已经取得显著进展。", ["since", "was put forward,"], ["put forward since"]),
    # tests/data/corpus (新闻联播): 今年以来 "since the beginning of this year"
    (("今年以来，我国工业领域推出一批绿色制造新技术和绿色新产品，工业绿色低碳转型深入推进。"),
     ["since the beginning of this year,"], ["this year since"]),
    # tests/data/corpus (新闻联播): a noun phrase before 以来 stays as it is, "since" before it
    (("十三届全国人大三次会议以来，全国人大及其常委会共制定、修订法律23件，作出有关法律问题和重大问题"
      "的决定9件。"),
     ["since 13th National People's Congress third meeting,"], ["meeting since"]),
])
def test_since_opens_its_clause(engine: GlossEngine, zh: str, present: list[str], absent: list[str]) -> None:
    check(engine, zh, present, absent)


@pytest.mark.parametrize("zh, present, absent", [
    # tests/data/corpus (新闻联播, floods in Shaanxi): 受山洪影响 "affected by the mountain torrents"
    ("受山洪影响，宝鸡河道积淤严重，城区部分地方淤泥深达40厘米，当地调度大型机械进行清淤。",
     ["affected by"], ["receive", "impact", "we affected"]),
    # after another word of the clause (但): "due to" (tests/data/corpus, the same report)
    ("今天，陕西降雨减小，但受连日降水影响，渭河形成今年1号洪水。", ["but due to day after day rain"], ["impact"]),
])
def test_affected_by(engine: GlossEngine, zh: str, present: list[str], absent: list[str]) -> None:
    check(engine, zh, present, absent)
