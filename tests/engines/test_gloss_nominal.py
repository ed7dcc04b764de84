"""Noun phrases in the gloss engine's English (pipeline/engines/gloss/order: nominal.py,
suffixes.py, genitives.py, coordination.py, derive.py): verbs and adjectives standing as
nouns take their noun, words made with a suffix (性, 率) their noun or adjective, names the
genitive, quantified nouns the plural, lists "and" before their last item.
Sentences from official texts outside the dev set, each with its source in a comment:
Reports on the Work of the Government of 2018 and 2021 (Xinhua's bilingual editions, as
reprinted at reciyi.com and en84.com) and the news corpus (tests/data/corpus)."""

from __future__ import annotations

import pytest

from pipeline.engines.gloss import GlossEngine
from pipeline.engines.gloss.order.derive import adjective_of_noun, noun_of_adjective, noun_of_verb
from tests.engines.gloss_check import check


@pytest.fixture(scope="module")
def engine() -> GlossEngine:
    return GlossEngine()


# The noun of a verb: suffixes of English word formation, checked against lemminflect's
# word classes (Quirk et al., Appendix I.34-I.36); the table's irregular ones (Merriam-Webster).
@pytest.mark.parametrize("verb, noun", [
    ("improve", "improvement"), ("develop", "development"), ("innovate", "innovation"),
    ("protect", "protection"), ("coordinate", "coordination"), ("promote", "promotion"),
    ("reduce", "reduction"), ("expand", "expansion"), ("supervise", "supervision"),
    ("apply", "application"), ("reform", "reform"), ("support", "support"), ("supply", "supply"),
    ("strengthen", "strengthening"), ("carry out", "carrying out"), ("grow", "growth"),
    ("transform", "transformation"), ("implement", "implementation"), ("carry", "carrying"),
])
def test_noun_of_verb(verb: str, noun: str) -> None:
    assert noun_of_verb(verb) == noun


@pytest.mark.parametrize("adjective, noun", [
    ("fair", "fairness"), ("stable", "stability"), ("equal", "equality"), ("secure", "security"),
    ("safe", "safety"), ("efficient", "efficiency"), ("prosperous", "prosperity"), ("balanced", "balance"),
    ("coordinated", "coordination"), ("improvement", ""),
])
def test_noun_of_adjective(adjective: str, noun: str) -> None:
    assert noun_of_adjective(adjective) == noun


@pytest.mark.parametrize("noun, adjective", [
    ("system", "systemic"), ("structure", "structural"), ("strategy", "strategic"), ("culture", "cultural"),
])
def test_adjective_of_noun(noun: str, adjective: str) -> None:
    assert adjective_of_noun(noun) == adjective


# A verb ending a noun phrase that a verb before it takes as its object reads as a noun
# (nominal.noun_heads); a verb that is the clause's predicate stays a verb.
@pytest.mark.parametrize("zh, present, absent", [
    # GWR 2018 (推动质量变革、效率变革、动力变革: official English "changes in quality,
    # efficiency and driving forces"): 变革 "transform" after each noun, the object of 推动
    ("推动质量变革、效率变革、动力变革。", ["quality transformation", "efficiency transformation"],
     ["quality transform,"]),
    # 03-xwlb-20231212 (the Central Economic Work Conference): 转移支付资金监管 the object of 严格
    ("严格转移支付资金监管，严肃财经纪律。", ["funds regulation"], ["funds regulate"]),
    # GWR 2021 (reciyi.com, part 4): 教育公平和质量较大提升 — 提升 the predicate after an
    # adverb, no noun
    ("教育公平和质量较大提升，医疗卫生事业加快发展。", ["improve"], ["improvement"]),
    # GWR 2021 (reciyi.com, part 4): 资源能源利用效率显著提升 — the predicate again (显著: "significantly", domain.tsv)
    ("资源能源利用效率显著提升，生态环境明显改善。", ["significantly improve"], ["improvement"]),
])
def test_noun_heads(engine: GlossEngine, zh: str, present: list[str], absent: list[str]) -> None:
    check(engine, zh, present, absent)


# Words the lexicon renders by their parts, stem and suffix (suffixes.suffix_words):
# 性 the stem's noun at the head, its adjective before a noun; 率 "rate".
@pytest.mark.parametrize("zh, present, absent", [
    # 03-xwlb-20231212 (the Central Economic Work Conference)
    ("增强财政可持续性，兜牢基层“三保”底线。", ["fiscal sustainability"], ["nature"]),
    # 10-xwlb-20191031: the adjective's noun, not the noun "superior"
    ("实践证明，中国特色社会主义制度和国家治理体系具有强大生命力和巨大优越性。", ["huge superiority"], ["nature"]),
    # 10-xwlb-20191031: before 的 and a noun, the adjective; two modifiers in a list
    ("土耳其支持的叙利亚反对派方面还称，近期类似的、间歇性的冲突在土叙之间时有发生。",
     ["similar and intermittent conflict"], ["nature"]),
    # 02-xwlb-20210225: three in a list, each the noun of its stem
    # (主动性 is domain.tsv's "initiative", FYP 15 explanation: 积极性主动性创造性 "initiative,
    # enthusiasm, and creativity"; 创造性 the stem's noun)
    ("坚持调动广大贫困群众积极性、主动性、创造性，激发脱贫内生动力；", ["initiative, and creativeness"], ["nature"]),
    # 24-xwlb-20220307: jieba cuts 协同|性, the stem takes the noun
    ("要深化军事立法工作，打好政策制度改革攻坚战，提高立法质量，增强立法系统性、整体性、协同性。",
     ["and coordination"], ["nature"]),
    # 06-xwlb-20211111: 接种率 a rate, not "lead"
    ("加利福尼亚州部分疫苗接种率较低的县近几周住院人数增加了20%以上。", ["vaccination rate"], ["lead"]),
])
def test_suffix_words(engine: GlossEngine, zh: str, present: list[str], absent: list[str]) -> None:
    check(engine, zh, present, absent)


# Lists: "and" before the last item of a 、 list, with a serial comma from three items on
# (coordination.list_and); none after an enumerator, none where 和 or 等 closes the list.
@pytest.mark.parametrize("zh, present, absent", [
    # GWR 2018 (reciyi.com, part 8)
    ("运用新技术、新业态、新模式，大力改造提升传统产业。", ["new forms of business, and new"], []),
    # GWR 2018 (reciyi.com, part 8): 和 joins the last item already
    ("明显降低家庭宽带、企业宽带和专线使用费。", ["enterprises broadband and special"], ["family broadband and", "broadband, and"]),
    # GWR 2021 (reciyi.com, part 4): 等 closes the list ("such as")
    ("在载人航天、探月工程、深海工程、超级计算、量子信息等领域取得一批重大科技成果。", [], [", and quantum"]),
    # 02-xwlb-20240718: two items, no serial comma
    ("创造更加公平、更有活力的市场环境，", ["fair and more"], [", and"]),
    # GWR 2021 (reciyi.com, part 4): an enumerator's 、 is no list
    ("一、2020年工作回顾", [], ["and"]),
])
def test_list_and(engine: GlossEngine, zh: str, present: list[str], absent: list[str]) -> None:
    check(engine, zh, present, absent)


# A quantifier before a noun phrase: its nouns in the plural (genitives.quantified_plurals),
# a mass noun not.
@pytest.mark.parametrize("zh, present, absent", [
    # sample page (input/xihe-interview.zh.txt, its line break inside 项目 taken out)
    ("精心谋划一批大项目、好项目。", ["a batch of big projects and good projects"], ["big project "]),
    # GWR 2021 (reciyi.com, part 4): 一批 before an adjective and a noun
    ("在载人航天、探月工程、深海工程、超级计算、量子信息等领域取得一批重大科技成果。", ["achievements"], []),
    # sample page: a rendering whose last word is not its head keeps its number; 工作 "work"
    ("全面落实各项惠民政策，规范落实城乡低保特困救助。", ["benefiting the people"], ["peoples"]),
    ("为我们做好各项工作指明了路径和方向。", ["all work"], ["works"]),
])
def test_quantified_plurals(engine: GlossEngine, zh: str, present: list[str], absent: list[str]) -> None:
    check(engine, zh, present, absent)


# X的Y: a name, a place or the Party alone before 的 takes the genitive (genitives.possessives);
# a common noun alone after a verb of bringing out a quality goes after its noun with "of"
# (modifiers.of_modifiers, worth_moving); after another verb it stays (推动增长的政策).
@pytest.mark.parametrize("zh, present, absent", [
    # 04-xwlb-20210701
    ("极大提升了中国的综合国力和国际威望。", ["China's comprehensive"], []),
    # 02-xwlb-20240718
    ("维护党的团结统一，", ["the Party's"], []),
    # sample page (input/xihe-interview.zh.txt, its line breaks taken out)
    ("不断提高招商的精准性和落地率，", ["of investment promotion"], ["investment promotion precision"]),
    # 03-xwlb-20231212: 中国 before a noun without 的, the owner too
    ("中国经济发展的潜力仍然巨大，", ["China's economic development"], []),
    # 10-xwlb-20191031: the modifier is a verb phrase, not its object alone
    ("智利政府提出实施一系列推动增长的政策。", ["promoting growth policies"], ["policies of growth"]),
])
def test_genitives(engine: GlossEngine, zh: str, present: list[str], absent: list[str]) -> None:
    check(engine, zh, present, absent)


# A compound rendered by its parts that opens with a noun English uses as an adjective
# before a noun (suffixes.compound_modifiers, attributes.ADJECTIVES).
@pytest.mark.parametrize("zh, present, absent", [
    # 03-xwlb-20231212
    ("要谋划新一轮财税体制改革，落实金融体制改革。", ["financial system reform"], ["finance system"]),
    # 03-xwlb-20231212
    # (财政政策空间 "fiscal policy space" once lexchoice's words are in; the modifier is the point)
    ("要用好财政政策空间，提高资金效益和政策效果。", ["fiscal polic"], ["finances polic"]),
])
def test_compound_modifiers(engine: GlossEngine, zh: str, present: list[str], absent: list[str]) -> None:
    check(engine, zh, present, absent)
