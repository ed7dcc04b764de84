"""The gloss engine's word-order rules (pipeline/engines/gloss/order), one table per rule, on
sentences of the sample page (input/xihe-interview.zh.txt) and of the news corpus
(tests/data/corpus, file named in each comment). Expected English follows the phrasing of
official translations of work reports ("We regard X as Y", "up 8.1 percent over the previous year")."""

from __future__ import annotations

import pytest

from pipeline.engines import Request
from pipeline.engines.gloss import GlossEngine
from pipeline.engines.gloss.order.english import gerund, ing
from pipeline.model import TermHit
from tests.engines.gloss_check import check


@pytest.fixture(scope="module")
def engine() -> GlossEngine:
    return GlossEngine()


def english(engine: GlossEngine, zh: str) -> str:
    return engine.translate([Request("t", zh)])[0].en


# 把/将 X V: the verb before its object; 把X作为Y "regard X as Y" (objects.object_before_verb)
@pytest.mark.parametrize("zh, present, absent", [
    # sample p10: the issue's own example
    ("我们坚持把巩固拓展脱贫攻坚成果作为全面推进乡村振兴的底线任务。",
     ["We continue to regard consolidating and expanding", "as the bottom-line task of"], ["adhere to consolidate"]),
    # sample p20
    ("我们始终把为民造福作为最大政绩。", ["We always regard", " as "], []),
    # sample p29: 将 before a noun marks the object; 创建为 "establish ... as"
    ("力争将云华山景区创建为国家4A级景区。", ["strive to establish Yun", "scenic area as national"], ["establish as"]),
    # 01-xwlb p21: 转化为 "transform ... into", the verb before the object
    ("把高质量发展成果不断转化为人民高品质生活。", ["transform high-quality development achievements",
                                              "into the people"], []),
    # 01-xwlb p24: the verb before its complement 到 moves, in its verb sense ("unify", not "unified")
    ("要切实把思想和行动统一到党中央决策部署上来。", ["unify thought and", " to "], ["unified", "reach"]),
])
def test_object_before_verb(engine: GlossEngine, zh: str, present: list[str], absent: list[str]) -> None:
    check(engine, zh, present, absent)


# X 与 Y 相结合 → "combine X with Y" (objects.combine_with)
@pytest.mark.parametrize("zh, present, absent", [
    # sample p8: the issue's own example
    ("坚持“走出去”与“请进来”相结合，", ['continue to combine "going out" with "inviting in"'], ["combine,", "adhere to"]),
])
def test_combine_with(engine: GlossEngine, zh: str, present: list[str], absent: list[str]) -> None:
    check(engine, zh, present, absent)


# 在/于 X 中/下/方面/后/时 frames: one preposition before X (frames.frames)
@pytest.mark.parametrize("zh, present, absent", [
    # sample p31: 在…上下功夫 "make efforts in ...", the phrase after the verb
    ("持续在完善落实监测和帮扶机制上下功夫。", ["make efforts in improving"], [" on make"]),
    # 01-xwlb p3: 在…后 "after"
    ("在认真听取大家发言后，习近平作了发言。", ["After conscientiously hearing"], ["speech after"]),
    # 01-xwlb p20: 在…领导下 "under the leadership of"
    ("在以习近平同志为核心的党中央坚强领导下，", ["Under the leadership of"], ["under,", "leading under"]),
    # 02-xwlb: 在…方面 "in", after the verb phrase
    ("今年的《政府工作报告》在保障和改善民生方面提出了不少新的政策举措。",
     ["put forward many new policies measures in ensuring and improving people's wellbeing"], ["aspects"]),
])
def test_frames(engine: GlossEngine, zh: str, present: list[str], absent: list[str]) -> None:
    check(engine, zh, present, absent)


# 对/通过/在 X + verb: the phrase after the verb's phrase (frames.prepositions)
@pytest.mark.parametrize("zh, present, absent", [
    # sample p26
    ("市两会对全市2024年工作作了全面部署，", ["make comprehensive plans for the whole city"], []),
    # sample p24: 在我县举行 "held in our county"
    ("甘肃分会场集中示范活动在我县举行。", ["be held in our county."], []),
    # 03-xwlb: 对越南进行国事访问, the visit first: "pay a state visit to Vietnam" (diplomacy.visits;
    # Xinhua: "Xi ... to pay state visit to Vietnam")
    ("习近平抵达河内对越南进行国事访问", ["pay a state visit to Vietnam"], ["for Vietnam"]),
])
def test_prepositions(engine: GlossEngine, zh: str, present: list[str], absent: list[str]) -> None:
    check(engine, zh, present, absent)


# long X的Y → "the Y of X" (modifiers.of_modifiers)
@pytest.mark.parametrize("zh, present, absent", [
    # sample p30: a modifier opening with 同 keeps it: "cooperation with ..."
    ("深化同长三角、珠三角、川渝、青岛等重点区域的交流合作，", ["exchanges and cooperation with key regions"], []),
    # a short modifier stays before its noun (sample p3: 西和县的 → "Xihe County")
    ("积极融入“三城五地”建设，", ["integrate into"], [" of "]),
    # adjectives alone stay before the noun (01-xwlb p21: 实实在在的成效)
    ("推动高质量发展取得实实在在的成效。", [], ["results of"]),
    # a list of nouns after 的 stays where it is (02-xwlb: 改革的主题、重大原则、…)
    ("深刻领会和把握进一步全面深化改革的主题、重大原则、重大举措、根本保证。", ["comprehensively theme,"], [" of "]),
])
def test_of_modifiers(engine: GlossEngine, zh: str, present: list[str], absent: list[str]) -> None:
    check(engine, zh, present, absent)


# A list closed by 等 → "N such as A, B and C" (modifiers.such_as)
@pytest.mark.parametrize("zh, present, absent", [
    # sample p6
    ("全面落实项目管家、“五个一”包抓、“红黄蓝”预警等工作机制，", ["implement working mechanisms such as"], ["and other"]),
    # sample p28: the last 、 reads "and"
    ("紧盯中央预算内投资、行业专项资金、衔接资金等支持领域，", ["areas of supports such as central government", "funds and linkage funds,"], []),
    # a count after 等 is no noun: left as it is (sample p11)
    ("调度会、推进会等35次，", ["35 times"], ["such as"]),
])
def test_such_as(engine: GlossEngine, zh: str, present: list[str], absent: list[str]) -> None:
    check(engine, zh, present, absent)


# Subjectless sentences of work reports → "We ..." (subjects.subjectless)
@pytest.mark.parametrize("zh, present, absent", [
    ("实施国省预算内投资项目14个、到位资金1.4亿元。", ["We implement 14"], []),  # sample p6
    ("全面落实各类惠民政策，", [], ["We "]),  # no full sentence: no subject added
    ("一是项目建设提速推进。", ["First, project"], ["We "]),  # an enumerated heading (sample p6)
    ("我们将认真贯彻落实好会议精神。", ["We will"], ["We we"]),  # its own subject (sample p27)
    ("要坚持以人民为中心的发展思想。", ["We must keep upholding"], []),  # a modal first (01-xwlb p3)
    # an opening phrase: the subject after its comma (01-xwlb p3)
    ("围绕构建高水平社会主义市场经济体制，加快完善产权保护、市场准入等市场经济基础制度。",
     ["Focusing on building", ", we accelerate"], []),
    # news of a person: the subject is theirs (01-xwlb p9)
    ("在听取代表发言后，他说，完全赞成这个报告。", [], ["We "]),
])
def test_subjectless(engine: GlossEngine, zh: str, present: list[str], absent: list[str]) -> None:
    check(engine, zh, present, absent)


# 同比/比上年 增长/下降 N%, approximate numbers and measure words (statistics.changes,
# rules.counts_before_nouns and pipeline.zh.numbers, placed before the order rules)
@pytest.mark.parametrize("zh, present, absent", [
    ("全国研发经费投入超过3.3万亿元，比上一年增长8.1%。", ["up 8.1 percent over the previous year."], ["compared with"]),  # 01-xwlb p20
    # the change's own subject: a verb (Xinhua "grew by")
    ("文化及相关产业营业收入比上年同期增长7.6%。", ["grew by 7.6 percent over the same period last year."], []),  # 10-xwlb
    ("人均纯收入达到1.65万元，同比增长13%。", ["up 13 percent year-on-year."], []),  # sample p12
    ("首批项目近2900个。", ["nearly 2,900 projects"], []),  # 03-xwlb
    ("已得到100多个国家和国际地区组织的支持。", ["over 100"], []),  # 04-xwlb
    ("拆除残垣断壁和危旧围墙6500余米，", ["over 6,500 meters"], []),  # sample p18
])
def test_figures(engine: GlossEngine, zh: str, present: list[str], absent: list[str]) -> None:
    check(engine, zh, present, absent)


# Verbs after a preposition take the -ing form (subjects.verbs_after_prepositions)
@pytest.mark.parametrize("zh, present, absent", [
    ("以学习运用“千万工程”经验为引领，", ["with learning from and applying"], ["with learn from and apply"]),  # sample p31
    ("以开展主题教育和“三抓三促”行动为抓手，", ["with carrying out"], []),  # sample p5
])
def test_verbs_after_prepositions(engine: GlossEngine, zh: str, present: list[str], absent: list[str]) -> None:
    check(engine, zh, present, absent)


@pytest.mark.parametrize("verb, form", [
    ("advance", "advancing"), ("plan", "planning"), ("build", "building"), ("see", "seeing"),
    ("tie", "tying"), ("focus", "focusing"), ("open", "opening"), ("carrying", "carrying"),
])
def test_ing(verb: str, form: str) -> None:
    assert ing(verb) == form  # English spelling rules (Quirk et al., 3.68)


@pytest.mark.parametrize("en, form", [
    ("learn from and apply", "learning from and applying"),
    ("fully implement", "fully implementing"),  # an adverb first: the verb after it
    ("the guide", "the guide"),  # no verb
])
def test_gerund(en: str, form: str) -> None:
    assert gerund(en) == form


def test_long_modifier_in_quotes_with_its_term(engine: GlossEngine) -> None:
    # 01-xwlb p6, with the glossary's term as the pipeline finds it (glossary/national.tsv:
    # 两个确立 "the Two Establishes"): the long quoted modifier goes after its noun
    zh = "要深刻领悟“两个确立”的决定性意义，"
    term = TermHit("两个确立", "the Two Establishes", 6, 10, "glossary/national.tsv:1")
    got = engine.translate([Request("t", zh, terms=(term,))])[0].en
    assert 'grasp the decisive significance of "' in got and "significance," not in got
