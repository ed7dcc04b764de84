"""The time of a clause from its section and its own words (pipeline.zh.tense), on headings
and sentences of the Reports on the Work of the Government 2019/2023 (tests/data/dev) and of
the news corpus (tests/data/corpus, file named in each comment); the English tense each
official translation uses is noted beside it."""

from __future__ import annotations

import pytest

from pipeline.engines import EngineDeps
from pipeline.zh.tense import ADVICE, FUTURE, PAST, PERFECT, PRESENT, section_time, sentence_time
from pipeline.zh.tokenize import Tokenizer


@pytest.fixture(scope="module")
def cut() -> Tokenizer:
    return Tokenizer()


@pytest.mark.parametrize("heading, time", [
    ("一、2018年工作回顾", PAST),  # GWR 2019 "I. 2018 in Review": "we strengthened ..."
    ("一、过去一年和五年工作回顾", PAST),  # GWR 2023
    ("三、2019年政府工作任务", FUTURE),  # GWR 2019 "III. What We Will Do in 2019"
    ("二、对今年政府工作的建议", ADVICE),  # GWR 2023 "II. Suggestions for ... This Year": "We should ..."
    ("（一）继续创新和完善宏观调控，确保经济运行在合理区间。", None),  # a topic's heading: no time of its own
    ("政府工作报告", None),
    ("美联储今年内第三次降息", None),  # 新闻联播 2019-10-31: a news title with 今年 plans nothing
])
def test_section_time(heading: str, time: str | None) -> None:
    assert section_time(heading) == time


@pytest.mark.parametrize("zh, section, time", [
    # dev news: reported by the statistics bureau: "..., the National Bureau of Statistics said"
    ("国家统计局于周四表示，今年上半年中国的GDP同比增长12.7%。", "", PAST),
    # dev news: 将 before a verb: "The country will comprehensively deepen reform ..."
    ("我国将全面深化改革开放，大力提振市场信心，促进经济发展。", "", FUTURE),
    # GWR 2019: a past time word, under the plan's heading: "Last year, ... saw a notable increase"
    ("去年城镇调查失业率一度明显攀升。", "三、2019年政府工作任务", PAST),
    # GWR 2019: no cue of its own: the section's ("We boosted policy support ...")
    ("针对就业压力凸显，强化稳岗扩就业政策支持。", "一、2018年工作回顾", PAST),
    # GWR 2019: the plan's: "We will further shorten the negative list ..."
    ("要进一步缩减市场准入负面清单。", "三、2019年政府工作任务", FUTURE),
    ("加强污染防治和生态建设，大力推动绿色发展。", "三、2019年政府工作任务", FUTURE),
    # 今年 with a month is news of figures out, not a plan (2023-08 CPI release)
    ("今年7月，居民消费价格指数环比上涨0.2%。", "", PRESENT),
    # sample page p5: since a time: "Since last year, the whole county has continued ..."
    ("去年以来，全县上下坚持以习近平新时代中国特色社会主义思想为指导。", "", PERFECT),
    # 了: a completed action (dev news): "... has made new headway"
    ("中国经济在多重阻力下仍取得了新的进展。", "", PAST),
    # 将 marking an object (GWR 2019 "将…税率降至13%"): says nothing of the time
    ("将制造业等行业现行16%的税率降至13%。", "", PRESENT),
    # 将 before a preposition and a date (Foreign Ministry announcement, reciyi.com 394-5,
    # 2019-12-03): "State Councilor Wang Yi will visit the ROK from December 4 to 5"
    ("王毅国务委员将于12月4日至5日访问韩国。", "", FUTURE),
    # a speaker's own verb of saying (the spokesperson's "I want to stress that ...") is no report
    ("我想强调的是，台湾是中国领土不可分割的一部分。", "", PRESENT),
    # a plan's words under suggestions (GWR 2023): "We should ..."
    ("积极的财政政策要加力提效。", "二、对今年政府工作的建议", ADVICE),
])
def test_sentence_time(cut: Tokenizer, zh: str, section: str, time: str) -> None:
    lex = EngineDeps.offline().lexicon
    assert sentence_time(cut.cut(zh), section, lex.pos) == time
