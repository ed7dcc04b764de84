"""How the phrase table and the word-order rules work together (issue 17, tune): a phrase
unit stands as the part of speech of its head, 坚持 before a verb phrase reads "continue
to", 以X为Y after 坚持 "take X as Y", spans of time with 来, nouns that modify nouns.
Sentences from the sample page (input/xihe-interview.zh.txt) and the news corpus
(tests/data/corpus, file named in each comment)."""

from __future__ import annotations

import pytest

from pipeline.engines import EngineDeps, Request
from pipeline.engines.gloss import GlossEngine
from pipeline.zh.lexicon import phrase_pos
from tests.engines.gloss_check import check


@pytest.fixture(scope="module")
def engine() -> GlossEngine:
    return GlossEngine()


@pytest.mark.parametrize("zh, pos", [
    ("全面推进乡村振兴", "n"),  # "the comprehensive advancement of ...": a noun phrase
    ("加快实施创新驱动发展战略", "v"),  # "accelerate the implementation of ...": a verb phrase
    ("以习近平新时代中国特色社会主义思想为指导", "v"),  # "follow the guidance of ..."
    ("系统性金融风险", "n"),
])
def test_a_phrase_unit_has_the_part_of_speech_of_its_head(zh: str, pos: str) -> None:
    lex = EngineDeps.offline().lexicon
    assert zh in lex.phrases
    assert lex.pos(zh)[:1] == pos
    assert phrase_pos(zh, lex.phrases.index[zh].en, lex.cedict.tag)[:1] == pos


@pytest.mark.parametrize("zh, present, absent", [
    # sample p5: a verb-phrase entry after 坚持
    ("去年以来，全县上下坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻中央决策部署和省市工作要求。",
     ["continued to follow the guidance of Xi Jinping Thought"], ["adhere to follow", "adhere to following"]),
    # sample p10: a noun-phrase entry before 的 moves with its modifier
    ("我们坚持把巩固拓展脱贫攻坚成果作为全面推进乡村振兴的底线任务。",
     ["as the bottom-line task of the comprehensive advancement of rural vitalization"],
     ["rural vitalization bottom-line task"]),
    # sample p14: 坚持 + a verb phrase (X与Y相结合)
    ("坚持“走出去”与“请进来”相结合，县级干部带队赴外开展招商活动16次。",
     ['continue to combine "going out" with "inviting in"'], ["adhere to combining"]),
    # sample p51: the phrase 不发生规模性返贫 stands as a noun, not a clause
    ("严格落实“四个不摘”，推广运用“一键报贫”机制，守牢守好不发生规模性返贫底线。",
     ["no large-scale relapse into poverty"], ["people do not fall back"]),
])
def test_phrases_in_the_order_rules(engine: GlossEngine, zh: str, present: list[str], absent: list[str]) -> None:
    check(engine, zh, present, absent)


@pytest.mark.parametrize("zh, present, absent", [
    # corpus 06-xwlb-20211111: 坚持以X、Y…为指导, a list, not a phrase of the table
    ("中央政治局高举中国特色社会主义伟大旗帜，坚持以马克思列宁主义、毛泽东思想、邓小平理论、“三个代表”重要思想、科学发展观、习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大精神。",
     ["continue to take Marxism-Leninism, Mao Zedong Thought", "as the guide"], ["adhere to Marxism"]),
])
def test_persisting_with_yi_wei_reads_take_as(engine: GlossEngine, zh: str, present: list[str],
                                              absent: list[str]) -> None:
    check(engine, zh, present, absent)


@pytest.mark.parametrize("zh, present, absent", [
    # corpus 05-xwlb-20221016
    ("五年来，我们党团结带领人民，攻克了许多长期没有解决的难题。", ["Over the past five years,"], ["years come"]),
    ("十年来，我们经历了对党和人民事业具有重大现实意义和深远历史意义的三件大事。",
     ["Over the past ten years,"], ["years come"]),
])
def test_a_span_of_time_with_lai_is_over_the_past(engine: GlossEngine, zh: str, present: list[str],
                                                  absent: list[str]) -> None:
    check(engine, zh, present, absent)


@pytest.mark.parametrize("zh, present, absent", [
    # corpus 03-xwlb-20231212
    ("要强化宏观政策逆周期和跨周期调节，继续实施积极的财政政策和稳健的货币政策，加强政策工具创新和协调配合。",
     ["fiscal polic"], ["finances polic"]),
    # corpus 02-xwlb-20240718
    ("要完善生态文明基础体制，健全生态环境治理体系，健全绿色低碳发展机制。", ["ecological environmental governance"],
     ["ecology environment"]),
])
def test_a_noun_before_a_noun_takes_its_adjective(engine: GlossEngine, zh: str, present: list[str],
                                                  absent: list[str]) -> None:
    check(engine, zh, present, absent)


def test_a_dash_of_two_marks_is_one_dash(engine: GlossEngine) -> None:
    got = engine.translate([Request("t", "——经济结构进一步优化。")])[0].en  # a GWR-style heading line
    assert got.count("-") == 1 and "economic structure" in got


@pytest.mark.parametrize("zh, present, absent", [
    # corpus 10-xwlb-20191031: an organisation CC-CEDICT labels "(China) National Bureau of ..."
    ("国家统计局今天（10月31日）公布数据显示，全国5.6万家规模以上文化及相关产业企业今年前三季度实现营业收入62187亿元，比上年同期增长7.6%。",
     ["National Bureau of Statistics"], ["Guojiatongjiju"]),
    # corpus 10-xwlb-20191031: 第三季度 keeps its noun
    ("美国商务部日前公布的首次预估数据显示，今年第三季度，美国实际国内生产总值按年率计算增长1.9%，低于前两个季度。",
     ["third quarter"], []),
    # corpus 12-xwlb-20210225: CC-CEDICT's "abbr. for ..., Olympic Games"; 于 + a day "on"
    ("据悉，东京奥运会火炬接力将于3月25日在福岛启动，有约10000名火炬手参加。",
     ["Olympic Games", "on March 25"], ["Aoyunhui", "in March 25"]),
    # corpus 16-xwlb-20210305: "abbr. for 国家发展和改革委员会, PRC National Development ..."
    ("国家发展和改革委员会主任何立峰表示，从1、2月份看，中国经济延续了去年下半年的走势。", [], ["Fagaiwei"]),
])
def test_organisations_days_and_ordinals(engine: GlossEngine, zh: str, present: list[str],
                                         absent: list[str]) -> None:
    check(engine, zh, present, absent)


@pytest.mark.parametrize("day, en", [("周四", "Thursday"), ("周二", "Tuesday"), ("星期一", "Monday")])
def test_a_weekday_is_no_person(day: str, en: str) -> None:
    """CC-CEDICT reads the weekdays with a capital (Zhou1 si4), as it does names: jieba's time
    tag keeps them words."""
    from pipeline.zh.names.tables import COMMON_WORD, NO_NAME
    from pipeline.zh.names.words import NameWords

    lex = EngineDeps.offline().lexicon
    assert NameWords(lex).name_role(day) in (COMMON_WORD, NO_NAME)
    assert lex.render(day)[0] == en


@pytest.mark.parametrize("zh, present, absent", [
    # corpus 02-xwlb-20240718: a count before its noun
    ("联合国近东巴勒斯坦难民救济和工程处当天表示，过去10天，加沙地带至少有8所学校遭到以军袭击。", ["8 schools"], []),
    # corpus 10-xwlb-20191031: the noun of 规模以上 is no head
    ("国家统计局今天（10月31日）公布数据显示，全国5.6万家规模以上文化及相关产业企业今年前三季度实现营业收入62187亿元。",
     [], ["scales"]),
    # corpus 03-xwlb-20231212: N年来 after a verb is no span opening the clause
    ("水利部今天（12月12日）发布，南水北调东中线一期工程全面通水9年来，已累计向北方调水超670亿立方米。",
     [], ["over the past 9 years"]),
])
def test_counts_and_spans(engine: GlossEngine, zh: str, present: list[str], absent: list[str]) -> None:
    check(engine, zh, present, absent)


@pytest.mark.parametrize("zh, present, absent", [
    # corpus 06-xwlb-20211111: 显著 "significant" (domain.tsv, official English; CC-CEDICT
    # "outstanding, notable, ...") → "significantly"
    ("我国国际影响力、感召力、塑造力显著提升。", ["significantly improve"], ["outstanding improve"]),
    # sample p51: the domain lexicon's adverb stays
    ("严格落实“四个不摘”，推广运用“一键报贫”机制。", ["strictly implement"], []),
])
def test_an_adjective_before_a_verb_is_an_adverb(engine: GlossEngine, zh: str, present: list[str],
                                                  absent: list[str]) -> None:
    check(engine, zh, present, absent)


@pytest.mark.parametrize("adjective, adverb", [
    ("clear", "clearly"), ("notable", "notably"), ("steady", "steadily"), ("basic", "basically"),
    ("effective", "effectively"), ("outstanding", ""), ("fast", ""), ("overall", ""),
])
def test_adverb_form(adjective: str, adverb: str) -> None:
    from pipeline.zh.lexicon import adverb_form

    assert adverb_form(adjective) == adverb


@pytest.mark.parametrize("zh, present, absent", [
    # corpus 02-xwlb-20240718: 为 before a figure; an adjective after a verb stays one
    ("今年上半年，最终消费支出对经济增长贡献率为60.5%，拉动国内生产总值增长3.0个百分点，继续发挥拉动经济增长的主引擎作用，为促进国民经济实现良性循环提供有效支撑。",
     ["was 60.5 percent"], [" as 60.5 percent", "effectively prop"]),
    # corpus 09-xwlb-20221216
    ("根据欧盟统计局的初步统计数据，受能源价格高企等因素影响，欧元区11月通胀率为10%。", ["inflation rate was 10 percent"], []),
    # corpus 10-xwlb-20191031: 按X计算 "on a X basis"
    ("美国商务部日前公布的首次预估数据显示，今年第三季度，美国实际国内生产总值按年率计算增长1.9%，低于前两个季度。",
     ["on a", "basis"], ["press", "count"]),
])
def test_figures_and_bases(engine: GlossEngine, zh: str, present: list[str], absent: list[str]) -> None:
    check(engine, zh, present, absent)


@pytest.mark.parametrize("zh, present, absent", [
    # corpus 17-xwlb-20221023: a jieba word with 的 inside, rendered by its parts
    ("必须坚持和发展中国特色社会主义，坚持党的基本理论、基本路线、基本方略，在自己选择的道路上昂首阔步走下去。",
     ["the Party's basic"], ["the Party of basic"]),
])
def test_a_word_with_de_inside_is_possessive(engine: GlossEngine, zh: str, present: list[str],
                                             absent: list[str]) -> None:
    check(engine, zh, present, absent)


def test_a_time_clause_first_puts_we_after_it() -> None:
    """The subjectless sentence of a report after an opening time (sample p5: 去年以来 has its
    subject 全县上下; a work report's 五年来，坚持… has none)."""
    from pipeline.zh.lexicon import join_parts

    assert join_parts(["the Party", "of", "basic"], ["党", "的", "基本"]) == "the Party's basic"
    engine = GlossEngine()
    got = engine.translate([Request("t", "去年以来，全县上下坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻中央决策部署和省市工作要求。")])[0]
    assert "we" not in got.en.split()  # a subject of its own: 全县上下
