"""The gloss engine's clause-level rules (pipeline/engines/gloss/order/clauses.py, the 以 phrase
in frames.py, 以X为Y after a modal in rules.py): on sentences of the Reports on the Work of the
Government 2018 and 2021 (official English quoted beside them) and of CCTV Xinwen Lianbo
reports in tests/data/corpus (file named beside each); none is a dev-set pair."""

from __future__ import annotations

import pytest

from pipeline.engines import Request
from pipeline.engines.gloss import GlossEngine
from pipeline.engines.gloss.order.english import PARTICIPLE, inflected

REVIEW_2018 = "一、过去五年工作回顾"  # GWR 2018's review section
REVIEW_2021 = "一、2020年工作回顾"  # GWR 2021's review section


@pytest.fixture(scope="module")
def engine() -> GlossEngine:
    return GlossEngine()


def english(engine: GlossEngine, zh: str, section: str = "") -> str:
    got = engine.translate([Request("t", zh, section=section)])[0]
    assert "".join(z for z, _ in got.gloss) == zh  # the gloss keeps the Chinese order
    return got.en


@pytest.mark.parametrize("zh, section, present, absent", [
    # GWR 2018: "Government revenue has increased from 11.7 trillion to 17.3 trillion yuan."
    ("财政收入从11.7万亿元增加到17.3万亿元。", REVIEW_2018,
     ["increased from 11.7 trillion yuan to 17.3 trillion yuan"], ["reach"]),
    # GWR 2018: "China's gross domestic product (GDP) has risen from 54 trillion to 82.7
    # trillion yuan ... its share in the global economy has grown to roughly 15 percent"
    ("国内生产总值从54万亿元增加到82.7万亿元，年均增长7.1%，占世界经济比重从11.4%提高到15%左右。", REVIEW_2018,
     ["increased from 54 trillion yuan to 82.7 trillion yuan", "from 11.4 percent to around 15 percent"],
     ["reach", "raise"]),
    # GWR 2021: "the year-end surveyed urban unemployment rate dropped to 5.2 percent"
    ("城镇新增就业1186万人，年末全国城镇调查失业率降到5.2%。", REVIEW_2021,
     ["unemployment rate drop to 5.2 percent"], ["reach"]),
    # 13-xwlb-20181218: from Chengdu to Kangding, cut from 7 hours to about 3 hours
    ("届时从成都到康定开车将从原来的7小时缩短至3小时左右。", "", ["from Chengdu to"], ["reach"]),
    # 03-xwlb-20231212: 将把…提升到 "will raise ... to a new height": the verb before 到, not the
    # first verb of the object (合作)
    ("相信习总书记此访将把两国友谊与合作提升到新高度。", "",
     ["will improve both countries", "to new height"], ["cooperate improve"]),
])
def test_result_complements(engine: GlossEngine, zh: str, section: str, present: list[str],
                            absent: list[str]) -> None:
    en = english(engine, zh, section)
    for phrase in present:
        assert phrase.casefold() in en.casefold(), en
    for phrase in absent:
        assert phrase.casefold() not in en.casefold(), en


@pytest.mark.parametrize("zh, present, absent", [
    # 04-xwlb-20210701: "With the strong leadership of the CPC and the close unity of the
    # Chinese people of all ethnic groups, ..."; existence, no subject of its own
    ("回首过去，展望未来，有中国共产党的坚强领导，有全国各族人民的紧密团结，全面建成社会主义现代化强国的目标一定能够实现。",
     ["there is Communist Party of China"], ["have Communist"]),
    # 10-xwlb-20191031: an indefinite subject with a verb of its own, and a total
    ("巴基斯坦铁路部门官员表示，有旅客违规将燃气罐带上列车，列车起火是燃气罐发生爆炸所致，共有3节车厢受到波及。",
     ["some traveler", "a total of 3"], ["have altogether", "have traveler"]),
    # a subject of its own keeps "have" (16-xwlb-20210305: "shows the government is confident ...")
    ("说明政府有信心把CPI控制在相对较低的水平。", ["government have confidence"], ["there is"]),
])
def test_existentials(engine: GlossEngine, zh: str, present: list[str], absent: list[str]) -> None:
    en = english(engine, zh)
    for phrase in present:
        assert phrase.casefold() in en.casefold(), en
    for phrase in absent:
        assert phrase.casefold() not in en.casefold(), en


@pytest.mark.parametrize("zh, present, absent", [
    # 37-xwlb-20230308: the committee "deliberated the draft amendment to the Legislation Law"
    ("全国人大宪法和法律委员会根据各代表团的审议意见，对立法法修正草案进行了审议，提出了关于修改立法法的决定草案。",
     ["deliberated Legislation Law"], ["carry out", "for Legislation Law"]),
    # 08-xwlb-20201029: "Azerbaijan launched several attacks on Stepanakert and other cities"
    ("阿塞拜疆当天对纳卡地区的斯捷潘纳克特等城市进行了多次攻击。", [], ["carried out attack", "carry out attack"]),
])
def test_dummy_verbs(engine: GlossEngine, zh: str, present: list[str], absent: list[str]) -> None:
    en = english(engine, zh)
    for phrase in present:
        assert phrase.casefold() in en.casefold(), en
    for phrase in absent:
        assert phrase.casefold() not in en.casefold(), en


def test_means_after_the_verb(engine: GlossEngine) -> None:
    """15-xwlb-20220305: 以实际行动迎接党的二十大胜利召开 "greet the 20th CPC National Congress
    with concrete actions": the means after its verb's phrase."""
    en = english(engine, "要坚决贯彻落实党中央决策部署，努力完成好今年发展目标任务，以实际行动迎接党的二十大胜利召开。")
    assert en.rstrip(".").endswith("with concrete actions"), en


def test_take_as_after_a_modal(engine: GlossEngine) -> None:
    """04-xwlb-20210701: 新时代的中国青年要以实现中华民族伟大复兴为己任 "Chinese youth in the new
    era should take it as their mission to realize national rejuvenation": 以X为Y after a modal
    is the clause's verb, "take X as Y"."""
    en = english(engine, "新时代的中国青年要以实现中华民族伟大复兴为己任，增强做中国人的志气、骨气、底气。")
    assert "take achieving the great rejuvenation" in en, en
    assert "with achieving" not in en, en


@pytest.mark.parametrize("zh, present, absent", [
    # 06-xwlb-20211111 (Xi at the APEC CEO Summit): "inject impetus into the economic recovery
    # and sustainable development of the Asia-Pacific": the beneficiary after the verb's object
    ("坚定推进高质量共建“一带一路”，加强全球减贫、粮食安全、发展筹资等领域合作，为亚太经济复苏和可持续发展注入动力，构建全球发展命运共同体。",
     ["driving force for Asia-Pacific"], ["as Asia-Pacific"]),
    # 17-xwlb-20221023: the 20th Congress "pointed the way for Hong Kong and Macao ..."
    ("港澳各界人士表示，二十大为港澳保持长期繁荣稳定、实现更好发展指明方向。",
     ["direction for Hong Kong"], [" as Hong Kong"]),
    # 04-xwlb-20210701: 为美好生活而奋斗 "strive for a better life": 为…而 after the verb it serves
    ("充分发挥党总揽全局、协调各方的领导核心作用；必须团结带领中国人民不断为美好生活而奋斗。",
     ["strive for better life"], ["as better life"]),
    # 认定为 and 以X为Y keep their 为 ("as")
    ("新时代的中国青年要以实现中华民族伟大复兴为己任，增强做中国人的志气、骨气、底气。", ["as self"], ["for self"]),
])
def test_benefactive(engine: GlossEngine, zh: str, present: list[str], absent: list[str]) -> None:
    en = english(engine, zh)
    for phrase in present:
        assert phrase.casefold() in en.casefold(), en
    for phrase in absent:
        assert phrase.casefold() not in en.casefold(), en


def test_modal_adjectives(engine: GlossEngine) -> None:
    """03-xwlb-20231212 (Central Economic Work Conference): 稳健的货币政策要灵活适度、精准有效
    "the prudent monetary policy should be flexible, appropriate, targeted and effective"."""
    en = english(engine, "稳健的货币政策要灵活适度、精准有效。")
    assert "be flexible and moderate, precise and effective" in en, en
    assert "precisely" not in en, en


@pytest.mark.parametrize("zh, present, absent", [
    # 17-xwlb-20221023: "the future of humanity should be in the hands of the people of all
    # countries": 由X来V, 来 unsaid
    ("人类的前途命运应该由世界各国人民来把握和决定。", ["the people grasp"], ["come"]),
    # 就 before the topic it introduces keeps "on" (02-xwlb-20240718, the Third Plenary Session:
    # "Xi Jinping explained the draft decision to the session")
    ("习近平就《决定（讨论稿）》向全会作了说明。", ["Xi Jinping on"], []),
])
def test_light_words(engine: GlossEngine, zh: str, present: list[str], absent: list[str]) -> None:
    en = english(engine, zh)
    for phrase in present:
        assert phrase.casefold() in en.casefold().split(" ") or phrase.casefold() in en.casefold(), en
    for phrase in absent:
        assert phrase.casefold() not in en.casefold().split(" "), en


@pytest.mark.parametrize("zh, present, absent", [
    # 10-xwlb-20191031: 维护好发展中国家共同利益 "uphold the common interests of developing countries"
    ("要夯实人文交流，携手维护多边主义，维护好发展中国家共同利益，树立发展中大国团结协作典范。",
     ["safeguard developing country"], ["good"]),
    # 06-xwlb-20211111: 协调好经济增长、民生保障、节能减排 "balance economic growth, ..."
    ("坚持以人民为中心，协调好经济增长、民生保障、节能减排，在经济发展中促进绿色转型。",
     ["coordinate economy growth"], ["good"]),
])
def test_good_complements(engine: GlossEngine, zh: str, present: list[str], absent: list[str]) -> None:
    en = english(engine, zh)
    for phrase in present:
        assert phrase.casefold() in en.casefold(), en
    for phrase in absent:
        assert phrase.casefold() not in en.casefold().split(" "), en


def test_passive_get(engine: GlossEngine) -> None:
    """12-xwlb-20210225 (the national poverty alleviation commendation): 区域性整体贫困得到解决
    "regional poverty has been eliminated": the verb after 得到 in its participle."""
    en = english(engine, "区域性整体贫困得到解决，人民生活得到切实保障。")
    verb = engine.lexicon.verb_sense("解决")  # "solve", "address": the lexicon's choice
    assert f"be {inflected(verb, PARTICIPLE)}," in en, en
    assert f"be {verb}," not in en, en


@pytest.mark.parametrize("zh, present, absent", [
    # 18-xwlb-20191001: "Japan is willing to work with China to open a new era of Japan-China
    # relations": the partner after the verb's phrase, 共同 "together with"
    ("日方愿与中方共同开辟日中关系的新时代。", ["together with China"], ["and China"]),
    # 与 between nouns stays "and", 继续为X作出贡献 "continue to contribute to X" (18-xwlb-20191001)
    ("期待中国继续为东北亚地区和世界和平与繁荣作出贡献。", ["contribution to Northeast Asia", "peace and"], ["with"]),
])
def test_partners(engine: GlossEngine, zh: str, present: list[str], absent: list[str]) -> None:
    en = english(engine, zh)
    for phrase in present:
        assert phrase.casefold() in en.casefold(), en
    for phrase in absent:
        assert phrase.casefold() not in en.casefold().split(" "), en


REVIEW_2022 = "一、2021年工作回顾"  # GWR 2022's review section


@pytest.mark.parametrize("zh, section, present, absent", [
    # GWR 2022: "We deepened reform, expanded opening up, and continued to improve the business
    # environment."
    ("三是深化改革扩大开放，持续改善营商环境。", REVIEW_2022, [", and continued to improve"], []),
    # figures in a row, the last a change of a thing: no series of predicates (08-xwlb-20201029)
    ("在印度，累计确诊病例超过800万例，达到8040203例，单日新增近5万例，死亡病例升至120527例。", "", [], [", and"]),
])
def test_final_and(engine: GlossEngine, zh: str, section: str, present: list[str], absent: list[str]) -> None:
    en = english(engine, zh, section)
    for phrase in present:
        assert phrase in en, en
    for phrase in absent:
        assert phrase not in en, en


@pytest.mark.parametrize("zh, present, absent", [
    # 22-xwlb-20220306: "this year, she spoke about how to ..."; 的是 after the verb unsaid
    ("2018年，赵会杰第一次发言聚焦的是如何带动群众增收致富，今年，她谈的是如何更好地走好乡村振兴路。",
     ["she speak how"], ["is how", "was how"]),
    # a noun before 的是 keeps the copula (30-xwlb-20210311: "The fundamental purpose of China's
    # development is to ...")
    ("中国发展的根本目的是让中国人民过上好日子，我们会着力办好自己的事。", ["purpose is"], []),
])
def test_pseudo_clefts(engine: GlossEngine, zh: str, present: list[str], absent: list[str]) -> None:
    en = english(engine, zh)
    for phrase in present:
        assert phrase in en, en
    for phrase in absent:
        assert phrase not in en, en
