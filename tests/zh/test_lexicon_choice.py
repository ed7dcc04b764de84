"""Word choice for policy text (pipeline.zh.lexicon): idioms by their rendering, never their
explanation or literal picture; a noun's sense that renders; CC-CEDICT's cross-references
followed; and the domain words and e-words phrases whose
English official translations use (pipeline/data/domain.tsv, pipeline/data/phrases/e-words.tsv,
pipeline/data/phrases/g-words.tsv).

Expected values quote the CC-CEDICT entry whose senses decide, or the official English
named in the data file's note.
"""

from __future__ import annotations

import pytest

from pipeline.engines import EngineDeps, Request
from pipeline.engines.gloss import GlossEngine
from pipeline.zh import cedict
from pipeline.zh.lexicon import Lexicon, choose_sense, clean_sense, load_lexicon, sense_rank
from pipeline.zh.tokenize import Tokenizer


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon(cedict.shared(), Tokenizer().known)


@pytest.fixture(scope="module")
def engine() -> GlossEngine:
    tokenizer = Tokenizer(())
    return GlossEngine(EngineDeps(tokenizer, load_lexicon(tokenizer)))


@pytest.mark.parametrize("word, tag, english", [
    # "to keep on fighting in spite of all setbacks (idiom)/to be undaunted by repeated
    # setbacks/to be indomitable": the first plain sense is long, the shortest is taken
    ("百折不挠", "i", "be indomitable"),
    # "to bury oneself in work (idiom)/.../to make an all-out effort/up to the neck in work":
    # the first explains ("oneself"); an idiom is no noun, so not the last, non-verb sense
    ("埋头苦干", "i", "make an all-out effort"),
    # "to assess one's capabilities ... (idiom); to act within one's competence/One does
    # what one can.": a sentence is no rendering
    ("量力而行", "l", "act within one's competence"),
    # a short first sense stays: "in the final analysis/ultimately"
    ("归根结底", "i", "in the final analysis"),
    # "lit. to seek truth from facts (idiom)/fig. to be practical and realistic": the meaning
    # (the official "seek truth from facts" is domain.tsv's)
    ("实事求是", "n", "be practical and realistic"),
    # "to control/to restrict/(PRC law) non-custodial sentence with specified restrictions
    # on one's activities ...": as a noun (出口管制), not the long explanation
    ("管制", "vn", "control"),
    # other words keep their first sense: 健康 "health/healthy" as jieba's a is "health",
    # which English uses as a noun modifier (健康服务 "health services", 全球健康论坛)
    ("健康", "a", "health"),
])
def test_sense_for_idioms_and_nouns(word: str, tag: str, english: str) -> None:
    assert choose_sense(cedict.shared().readings(word), tag) == english


@pytest.mark.parametrize("sense, rank", [
    ("lit. to seek truth from facts (idiom)", 3),  # a literal picture alone
    ("One does what one can.", 3),                  # a sentence
    ("lit. with swords drawn and bows bent (idiom); fig. a state of mutual hostility", 2),
    ("to be practical and realistic", 2),
])
def test_pictures_and_sentences_rank_last(sense: str, rank: int) -> None:
    assert sense_rank(sense) == rank


@pytest.mark.parametrize("sense, cleaned", [
    # CC-CEDICT 令行禁止: literal and figurative in one sense, no ';' between them
    ("lit. orders are carried out and prohibitions are observed fig. to execute every order "
     "without fail", "to execute every order without fail"),
    ("same as 逶 in 逶迤 winding, curved", ""),  # CC-CEDICT 委: a cross-reference, no sense
    # a placeholder object at the end: the Chinese object follows (高度重视粮食安全)
    ("to attach importance to sth", "to attach importance to"),
    ("to entrust a task to sb else", "to entrust a task to"),  # CC-CEDICT 嘱托
    ("to throw oneself into sth", "to throw oneself into"),  # CC-CEDICT 投身
])
def test_clean_sense_figurative_and_cross_reference(sense: str, cleaned: str) -> None:
    assert clean_sense(sense) == cleaned


def test_cross_reference_is_followed(lexicon: Lexicon) -> None:
    # CC-CEDICT 念兹在兹 "see 念念不忘[nian4 nian4 bu4 wang4]": that word's sense, not the
    # characters one by one ("read now in now")
    index = cedict.shared()
    target = choose_sense(index.readings("念念不忘"), index.tag("念念不忘"))
    assert target and lexicon.render("念兹在兹") == (target, False)


def test_single_character_variant_is_not_followed(lexicon: Lexicon) -> None:
    # 份 "variant of 分[fen4]" names another character's reading: not rendered as 分 "divide"
    assert lexicon.render("份")[0] != lexicon.render("分")[0]


# Domain words whose CC-CEDICT sense official English does not use (domain.tsv notes).
@pytest.mark.parametrize("word, english, cedict_first", [
    ("出口", "exports", "an exit"),
    ("交通", "transport", "traffic"),
    ("活力", "vitality", "energy"),
    ("前景", "prospects", "foreground"),
    ("确诊", "confirmed", "make a definite diagnosis"),
    ("行业", "industry", "trade"),
])
def test_domain_words_of_official_english(lexicon: Lexicon, word: str, english: str,
                                          cedict_first: str) -> None:
    index = cedict.shared()
    assert choose_sense(index.readings(word), index.tag(word)) == cedict_first
    assert lexicon.render(word) == (english, False)


@pytest.mark.parametrize("zh, english", [
    # China Daily bilingual news, 2020-02/03 (e-words.tsv sources cd-covid-*)
    ("截至3月11日24时，现有确诊病例14831例。", "confirmed cases"),
    ("当日新增治愈出院病例1318例，解除医学观察的密切接触者2206人。", "discharged from hospital after recovery"),
    ("尚在医学观察的密切接触者13701人。", "close contacts"),
    # Report on the Work of the Government 2015 (China.org.cn): 廉洁政府 "clean government"
    ("加快建设法治政府、创新政府、廉洁政府和服务型政府。", "clean government"),
])
def test_e_words_phrases_in_sentences(engine: GlossEngine, zh: str, english: str) -> None:
    got = engine.translate([Request("t", zh)])[0]
    assert english in got.en
    assert "make a definite diagnosis" not in got.en and "incorruptible" not in got.en


@pytest.mark.parametrize("word, adverb", [
    ("显著", "significantly"),  # domain.tsv "significant" → its -ly form
    ("严格", "strictly"),       # CC-CEDICT "strict"
    ("已", ""),                 # "already" is no adjective: no "alreadily"
    ("又", ""),                 # "again": no "againly"
    ("伤害", ""),               # CC-CEDICT "to injure; to harm": a verb, no "injurely"
])
def test_adverb_only_from_adjectives(lexicon: Lexicon, word: str, adverb: str) -> None:
    assert lexicon.adverb(word) == adverb


@pytest.mark.parametrize("word, english", [
    ("四个", "four"),   # 四 "four" + 个, the general classifier: no "four individual"
    ("一个", "a"),
])
def test_general_classifier_after_numeral_has_no_english(lexicon: Lexicon, word: str, english: str) -> None:
    assert lexicon.render(word) == (english, False)


@pytest.mark.parametrize("zh, english, default", [
    # CCTV Xinwen Lianbo (tests/data/corpus): each domain.tsv row (gwrwords section) against
    # the CC-CEDICT default sense it replaces, on the sentence where it was seen
    ("残疾人在全球总人口中占比约15%，是休戚与共的人类命运共同体的重要组成部分。",
     "Disabled people", "disabled person"),
    ("强化农村地区老年人、孕产妇和留守儿童等重点人群服务，加快推进农村人群尤其是老年人新冠病毒疫苗接种。",
     "children", "child,"),
    ("几年前，贫困户吉子尔古面临着上有老人需要照料、下有三个子女需要读书的沉重压力。",
     "elderly people", "old man or woman"),
    ("科技创新不仅提高了传统产业的竞争力，也为发展新质生产力夯实了基础。", "consolidated", "tamp"),
    ("习近平指出，要继续巩固和增强经济回升向好态势，提振全社会发展信心，党员干部首先要坚定信心、真抓实干。",
     "momentum", "posture"),
    ("完善新型举国体制，实施制造业重点产业链高质量发展行动，加强质量支撑和标准引领，提升产业链供应链韧性和安全水平。",
     "resilience", "toughness"),
    ("保持人民币汇率在合理均衡水平上的基本稳定。", "RMB", "Renminbi"),
    ("丹麦批准“北溪-2”项目建设", "Nord Stream", "Beixi"),
    ("持续建设市场化、法治化、国际化一流营商环境，塑造更高水平开放型经济新优势。", "first-class", "top quality"),
    ("河内内排国际机场，400多名中越各界代表手持两党两国旗帜翘首以盼。", "China-Vietnam", "Zhongyue"),
    # Foreign Ministry press conference 2015-03-08 (tests/data/align/mfa2015): "went missing"
    ("记得去年也是今天，马航370航班失联。", "missing", "lose contact"),
    ("今天（3月5日），国务院新闻办公室举行吹风会，邀请国务院研究室相关负责人对《政府工作报告》进行解读。",
     "head", "person in charge"),
    # GWR 2018 (777doc bilingual full text; phrases/g-words.tsv): the formula, not its words
    ("各级政府仍要坚持过紧日子，严控一般性支出，把宝贵的资金更多用于为发展增添后劲、为民生雪中送炭。",
     "meet people's most urgent needs", "charcoal"),
    # GWR 2018 (yyxkb.com key points): "maintaining a relatively low level of growth"
    ("居民消费价格年均上涨1.9%，保持较低水平。", "maintaining a relatively low level", "compared with low"),
])
def test_gwrwords_rows_replace_the_default_sense(engine: GlossEngine, zh: str, english: str, default: str) -> None:
    got = engine.translate([Request("t", zh)])[0].en
    assert english in got
    assert default not in got
