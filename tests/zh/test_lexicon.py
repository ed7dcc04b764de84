"""The lexicon (pipeline.zh.lexicon): one word to English for the gloss engine, by the curated
domain lexicon (pipeline/data/domain.tsv) first, then the CC-CEDICT sense that fits the word's
part of speech, then pinyin, flagged.

Expected values: a CC-CEDICT entry is quoted where its sense decides; "domain.tsv" is the
curated row and its note; "issue 5" the offline-engine issue; "sample" the page
input/xihe-interview.zh.txt.
"""

from __future__ import annotations

from importlib.resources import files

import pytest

from pipeline.zh import cedict
from pipeline.zh.lexicon import (
    DOMAIN_FILES,
    Lexicon,
    choose_sense,
    clean_sense,
    domain,
    join_parts,
    load_lexicon,
    sense_place_name,
    spelling,
)
from pipeline.zh.tokenize import Tokenizer


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon(cedict.shared(), Tokenizer().known)


@pytest.mark.parametrize("word, english", [
    ("项目", "project"),   # CC-CEDICT's first sense is "item" (issue 5); domain.tsv
    ("落实", "implement"),  # CC-CEDICT's first sense is "practical"; domain.tsv
    ("安宁", "peaceful"),  # common reading before the proper one (Anning District, Anning City)
    ("地理", "geography"),  # CC-CEDICT's only sense
    ("甘肃", "Gansu"),     # a place known to CC-CEDICT: its reading, capitalised
    ("清华大学", "Tsinghua University"),  # an organisation: CC-CEDICT's own English name
    ("坐落", "situated"),  # CC-CEDICT "to be situated": "to" and "be" dropped
    ("项目建设提速", "project development speed up"),  # no dictionary word: its known parts
])
def test_sense_choice(lexicon: Lexicon, word: str, english: str) -> None:
    assert lexicon.render(word) == (english, False)


@pytest.mark.parametrize("word, tag, english", [
    ("坚持", "v", "persevere with"),  # verbs take the first "to ..." sense, without "to"
    ("工作", "v", "work"),            # CC-CEDICT: "to work/.../job/work/task"
    ("工作", "vn", "job"),            # a verbal noun takes the first sense that is not a verb
    ("增长", "v", "grow"),
    ("发展", "v", "develop"),         # CC-CEDICT "development/growth/to develop": the verb sense
    ("发展", "vn", "development"),    # ... and the noun one
    ("建设", "vn", "build"),          # CC-CEDICT has verb senses only: the first, without "to"
    ("落实", "a", "practical"),       # other tags: the first sense (CC-CEDICT "practical")
    ("资源", "n", "natural resource"),  # common readings before the proper (Ziyuan county)
    ("甘肃", "ns", "Gansu province"),  # proper readings only: theirs (CC-CEDICT)
    ("稍峪", "n", ""),                 # no reading (sample: a place CC-CEDICT lacks)
    # CC-CEDICT "to clamber up/(of prices etc) to rise": the sense labelled for prices first
    ("攀升", "v", "rise"),
    # "to move along one's course (of celestial bodies etc)/(fig.) to function; ...": a sense
    # with a placeholder ("one's", "sb", "sth") explains the word, and goes after the others
    ("运行", "v", "function"),
    # "the corresponding time period (in a different year etc)": words in brackets not counted
    ("同期", "b", "the corresponding time period"),
    # CC-CEDICT "to do sth in batches or groups", its only sense: the placeholder verb dropped
    ("分批", "m", "in batches or groups"),
    # an idiom's meaning, not its picture: "one step, one footprint (idiom); steady progress"
    ("一步一个脚印", "l", "steady progress"),
    # an adverb whose first sense is a verb takes its -ly sense: 约 "to weigh in a balance
    # .../.../approximately"; 自然 "nature/natural/naturally" keeps "nature" (自然村)
    ("约", "d", "approximately"),
    ("自然", "d", "nature"),
])
def test_sense_by_part_of_speech(word: str, tag: str, english: str) -> None:
    assert choose_sense(cedict.shared().readings(word), tag) == english


@pytest.mark.parametrize("sense, cleaned", [
    ("(bound form) up; upper", "up"),  # notes in brackets dropped, first of ';' alternatives
    ("CL:個|个[ge4]", ""),              # classifier notes are not senses
    ("surname Xie", ""),
    ("variant of 懈[xie4]", ""),
    ("abbr. for 甘肅|甘肃[Gan1 su4]", ""),  # cross-references (CC-CEDICT wiki "Syntax")
    # CC-CEDICT 甘肃: the first of ", " alternatives, its Chinese references dropped
    ("Gansu province, abbr. 甘[Gan1], short name 隴|陇[Long3]", "Gansu province"),
    ("to be located at", "to be located at"),  # left for choose_sense, which knows the tag
    ("one step, one footprint (idiom); steady progress", "steady progress"),  # an idiom's meaning
    # CC-CEDICT 劍拔弩張: "lit. ... (idiom); fig. ...": the figurative meaning
    ("lit. with swords drawn and bows bent (idiom); fig. a state of mutual hostility",
     "a state of mutual hostility"),
    ("to do sth in batches or groups", "in batches or groups"),  # CC-CEDICT 分批
])
def test_clean_sense(sense: str, cleaned: str) -> None:
    assert clean_sense(sense) == cleaned


# The domain lexicon wins over CC-CEDICT: (word, domain.tsv's rendering and part of speech,
# what CC-CEDICT alone would give for the word's jieba tag).
@pytest.mark.parametrize("word, english, pos, cedict_alone", [
    ("项目", "project", "n", "item"),          # domain.tsv: "first 'item' is wrong for this genre"
    ("落实", "implement", "v", "practical"),   # domain.tsv: "cedict first sense 'practical' is wrong"
    ("建设", "development", "n", "build"),     # domain.tsv: 项目建设 project development
    ("工作", "work", "n", "job"),              # domain.tsv: GWR
])
def test_domain_lexicon_wins(lexicon: Lexicon, word: str, english: str, pos: str,
                             cedict_alone: str) -> None:
    index = cedict.shared()
    assert choose_sense(index.readings(word), index.tag(word)) == cedict_alone
    assert lexicon.render(word) == (english, False)
    assert lexicon.pos(word) == pos  # domain.tsv's pos column before jieba's tag


def test_domain_lexicon_loads_and_is_separate_from_the_glossary() -> None:
    entries = domain()  # raises on malformed rows and duplicates, naming file:line
    assert len(entries) >= 300
    assert entries["项目"].en == "project" and entries["项目"].note  # every row says its source


def test_domain_entries_know_their_line() -> None:
    """Each entry's `line` is its line in its file, pipeline/data/domain.tsv or domain-news.tsv
    (errors name file:line)."""
    lines = {name: files("pipeline.data").joinpath(name).read_text(encoding="utf-8").splitlines()
             for name in DOMAIN_FILES}
    for zh, entry in domain().items():
        assert lines[entry.file][entry.line - 1].split("\t")[:2] == [zh, entry.en]
    assert {entry.file for entry in domain().values()} == set(DOMAIN_FILES)


@pytest.mark.parametrize("word, english", [
    ("西和县", "Xihe County"),   # issue 5; CC-CEDICT "Xihe county in Longnan"
    ("礼县", "Li County"),       # issue 5; CC-CEDICT "Li county in Longnan"
    ("陇南", "Longnan"),         # issue 5; CC-CEDICT "Longnan prefecture-level city"
    ("兰州", "Lanzhou"),         # CC-CEDICT "Lanzhou prefecture-level city and capital of Gansu"
    ("西安", "Xi'an"),           # CC-CEDICT "Xi'an, sub-provincial city": its name, apostrophe kept
    ("香港", "Hong Kong"),             # CC-CEDICT "Hong Kong" (11-xwlb p20)
    ("澳门", "Macao"),                 # CC-CEDICT "Macao"
    ("内蒙古", "Inner Mongolia"),      # CC-CEDICT "Inner Mongolia (abbr. for ...)"
    ("中国", "China"),
    ("长江", "Yangtze River"),         # CC-CEDICT "Yangtze River, or Chang Jiang"
    ("内蒙古自治区", "Inner Mongolia Autonomous Region"),  # "Inner Mongolia autonomous region"
    ("冲绳县", "Okinawa Prefecture"),  # the level CC-CEDICT names ("Okinawa prefecture, Japan")
    ("江苏", "Jiangsu"),               # "Jiangsu province (Kiangsu) ...": the pinyin is the name
    ("黑龙江", "Heilongjiang"),        # "Heilongjiang province ...": 江 is part of the name
    ("佛山", "Foshan"),                # "Foshan prefecture-level city ..."
    ("河北省", "Hebei Province"),      # "Hebei Province (Hopeh) ...": pinyin and suffix
    ("渭河", "Wei River"),             # "Wei River in Shaanxi ..."
    ("定日县", "Dingri County"),       # CC-CEDICT "Tingri county, Tibetan: ...": Xinhua's pinyin
])
def test_place_english(lexicon: Lexicon, word: str, english: str) -> None:
    assert lexicon.render(word) == (english, False)


@pytest.mark.parametrize("sense, spellings, found", [
    # CC-CEDICT 内蒙古自治区: the name and the level after it
    ("Inner Mongolia autonomous region, abbr. 內蒙古|内蒙古[Nei4 meng3 gu3]", {"neimenggu"},
     ("Inner Mongolia", "autonomous region")),
    # CC-CEDICT 江苏: the name is the pinyin
    ("Jiangsu province (Kiangsu) in southeast China, abbr. 蘇|苏", {"jiangsu"}, None),
    # CC-CEDICT 乌鲁木齐: of "X or Y", the one in plain ASCII
    ("Ürümqi or Urumqi, prefecture-level city and capital of Xinjiang", {"wulumuqi"},
     ("Urumqi", "")),
    ("surname Xie", {"xie"}, ("", "")),  # no place at all
])
def test_sense_place_name(sense: str, spellings: set[str],
                          found: tuple[str, str] | None) -> None:
    assert sense_place_name(sense, spellings) == found


@pytest.mark.parametrize("name, spelt", [
    ("Xi'an", "xian"),                    # apostrophe dropped
    ("Ürümqi", "urumqi"),                 # diacritics dropped (NFKD)
    ("Inner Mongolia", "innermongolia"),  # spaces and case
])
def test_spelling(name: str, spelt: str) -> None:
    assert spelling(name) == spelt


# Words jieba tags as places that CC-CEDICT also has as common words: the common word (issue 17:
# 新建学校3所 was "3 Xinjian schools"); single characters stay abbreviations of places.
@pytest.mark.parametrize("word, english", [
    ("新建", "newly built"),        # domain.tsv; CC-CEDICT also "Xinjian county in Nanchang"
    ("安宁", "peaceful"),           # CC-CEDICT "Anning District of Lanzhou" and "peaceful"
    ("东北", "northeast"),          # "Northeast China" and "northeast"
    ("山水", "water from a mountain"),  # "Sansui, Japanese company" and the common word
    ("新设", "newly established"),  # domain.tsv; jieba tags it nt, CC-CEDICT lacks it (was "Xinshe")
])
def test_common_word_is_no_place(lexicon: Lexicon, word: str, english: str) -> None:
    assert lexicon.render(word) == (english, False)


# Names neither lexicon knows: pinyin, flagged (the bool), so that the reader sees a guess.
@pytest.mark.parametrize("word, english", [
    ("华辰", "Huachen"),         # sample: 华辰公司; jieba tags it nz (a proper noun): capitalised
    ("库皮扬斯克", "kupiyangsike"),  # 03-xwlb: Kupiansk, transliteration characters only
    ("王晨", "wangchen"),        # 04-xwlb: a surname and a one-character given name
])
def test_unknown_names_are_flagged_pinyin(lexicon: Lexicon, word: str, english: str) -> None:
    assert lexicon.render(word) == (english, True)


# Words no dictionary knows that are no names: the Chinese stays (issue 17), never pinyin.
@pytest.mark.parametrize("word", [
    "正风肃纪",  # 01-xwlb p26: 持之以恒正风肃纪 (rectify conduct, enforce discipline)
    "促统",      # 01-xwlb: 反“独”促统 (promote reunification)
    "稍峪",   # sample: a name only by its context (稍峪马元矿区): the engine decides
])
def test_unknown_common_words_keep_their_chinese(lexicon: Lexicon, word: str) -> None:
    assert lexicon.render(word) == (word, False)
    assert lexicon.untranslated(word)


@pytest.mark.parametrize("word, parts", [
    ("项目建设提速", ["项目建设", "提速"]),  # longest known words first (domain.tsv's 项目建设)
    ("西和县", ["西和", "县"]),
    ("稍峪", ["稍", "峪"]),                  # single characters are CC-CEDICT words too
    ("2023年", []),                          # a part neither dictionary has: no split
])
def test_split(lexicon: Lexicon, word: str, parts: list[str]) -> None:
    assert lexicon.split(word) == parts


# An adjective or adverb and a verb that CC-CEDICT lacks as one word: a verb, the first part
# its adverb (GWR 2021 广泛开展全民健身运动 "carry out extensive public fitness activities"; GWR
# 2019 精心筹办北京冬奥会 "undertake detailed planning ... for the 2022 Winter Olympics").
@pytest.mark.parametrize("word, english", [
    ("广泛开展", "extensively carry out"),  # jieba's dictionary tags it nr
    ("精心筹办", "carefully arrange"),
])
def test_modified_verbs(lexicon: Lexicon, word: str, english: str) -> None:
    assert lexicon.pos(word) == "v"
    assert lexicon.render(word) == (english, False)


@pytest.mark.parametrize("word", ["王晨光", "全民健身", "人民群众"])  # a name; a CC-CEDICT word; two nouns
def test_modified_verbs_only_of_modifier_and_verb(lexicon: Lexicon, word: str) -> None:
    assert lexicon.modified_verb(word) is None


def test_join_parts_says_one_english_once() -> None:
    # 繁荣昌盛: CC-CEDICT's 繁荣 and 昌盛 are both "prosperous" (a four-character pair of synonyms)
    assert join_parts(["prosperous", "prosperous"], ["繁荣", "昌盛"]) == "prosperous"
    assert join_parts(["the Party", "", "basic"], ["党", "的", "基本"]) == "the Party's basic"


def test_load_lexicon_knows_the_tokenizers_words() -> None:
    plain = load_lexicon(Tokenizer())
    with_terms = load_lexicon(Tokenizer(["三城五地"]))  # a glossary term (glossary/gansu-longnan.tsv)
    assert not plain.in_jieba("三城五地") and with_terms.in_jieba("三城五地")
    assert plain.in_jieba("项目") and with_terms.in_jieba("项目")  # jieba's dictionary
    assert with_terms.cedict is cedict.shared()  # one CC-CEDICT index per process
    assert with_terms.render("项目") == ("project", False)


# Mis-cuts of jieba's the dictionaries mend for the gloss (Lexicon.mended). Sentences: the 2023
# Report on the Work of the Government (赤字率, 以…为主线; Chinese as published), the 2019 one
# (可降至, 人道救助); CCTV 新闻联播 (tests/data/corpus: 号线, 更多).
@pytest.mark.parametrize("sentence, jieba, mended", [
    # an HMM guess (率拟) gives its first character to the word before: 赤字率 (domain.tsv)
    ("赤字率拟按3%安排。", "赤字|率拟", "赤字率|拟"),
    # ... or its last to the word after (降至)
    ("各地可降至16%。", "可降|至", "可|降至"),
    # 以X为Y: 为 stands alone before the noun jieba cut (为主|线)
    ("以铸牢中华民族共同体意识为主线，", "为主|线", "为|主线"),
    # two single characters that make a word (人道) are one
    ("引导支持社会组织、人道救助、志愿服务。", "人|道", "人道"),
    ("为全球经济复苏注入更多动力。", "更|多", "更多"),
    # a function character never joins (和|平地 would read "and flat ground")
    ("维护和平地解决争端", "", ""),
    # a word after a figure keeps its first character (2号线上: 号, not 线上 "online")
    ("乘客在2号线上换乘", "", ""),
])
def test_mended_cut(lexicon: Lexicon, sentence: str, jieba: str, mended: str) -> None:
    tokenizer = Tokenizer()
    spans = tuple(tokenizer.spans(sentence))
    words = "|".join(sentence[a:b] for a, b in spans)
    got = "|".join(sentence[a:b] for a, b in lexicon.mended(sentence, spans))
    assert jieba in words and mended in got
    if not jieba:
        assert got == words  # nothing to mend
