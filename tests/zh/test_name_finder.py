"""The name finder (pipeline.zh.names.finder): people and places of real sentences, found once
for every engine, outside what terms and quantities took first."""

from __future__ import annotations

import pytest

from pipeline.zh.lexicon import load_lexicon
from pipeline.zh.names.finder import NameFinder
from pipeline.zh.tokenize import Tokenizer


@pytest.fixture(scope="module")
def find() -> object:
    tokenizer = Tokenizer(())
    finder = NameFinder(load_lexicon(tokenizer))

    def names(zh: str, taken: list[tuple[int, int]] | None = None, speaker: str | None = None
              ) -> list[tuple[str, str, str]]:
        return [(n.zh, n.en, n.kind) for n in finder.find(zh, tokenizer.spans(zh), taken or (), speaker)]

    return names


@pytest.mark.parametrize("zh, expected", [
    # input/xihe-interview.zh.txt: a photo credit (记者 … 摄)
    ("记者冉创昌摄", [("冉创昌", "Ran Chuangchang", "person")]),
    # tests/data/corpus/07-xwlb-20241212.zh.txt: a list of names after a title
    ("中共中央政治局常委李强、赵乐际、王沪宁、蔡奇、丁薛祥、李希出席会议。",
     [("李强", "Li Qiang", "person"), ("赵乐际", "Zhao Leji", "person"),
      ("王沪宁", "Wang Huning", "person"), ("蔡奇", "Cai Qi", "person"),
      ("丁薛祥", "Ding Xuexiang", "person"), ("李希", "Li Xi", "person")]),
    # tests/data (CPPCC session): a name jieba cuts (田|红旗) before an office title
    ("田红旗委员代表民革中央发言说", [("田红旗", "Tian Hongqi", "person")]),
    # input/xihe-interview.zh.txt: a county, a town and a village in a row; a county's organ
    ("长道镇宁家村认定为省级和美乡村。", [("长道镇", "Changdao Town", "place"),
                                        ("宁家村", "Ningjia Village", "place")]),
    ("西和县委要抓好落实。", [("西和县委", "Xihe County Party Committee", "place")]),
    # the sample page: common words that hold a surname or a suffix are no names
    ("去年以来，全县上下坚持以习近平新时代中国特色社会主义思想为指导。", []),
    ("新建学校3所。", []),
    # China Daily (tune set, holiday sales): a ministry the domain tables render, before 表示,
    # is no person (商 is a surname; was "Shang Wubu said")
    ("商务部表示，全国零售和餐饮企业实现销售额1.52万亿元。", []),
    # china.org.cn 2012-05-22 (People's Daily overseas edition): a name after a researcher's title
    # ("Shen Lisheng"; was "juice sharp life")
    ("中国社会科学院数量经济与技术经济研究所研究员沈利生表示，经济总量、投资、工业增加值、通货膨胀、"
     "结构出口以及中国的财政赤字等重要经济数据的预测，是国外一些机构关注的焦点。",
     [("沈利生", "Shen Lisheng", "person")]),
    # Xinhua 2022-12-22 (b2cedu.com/news/27774.html, "Albert Keidel"): a transliteration no
    # dictionary knows, the subject of 表示, in pinyin joined (was "triumphal music De thus")
    ("凯德尔表示，面对新冠疫情和复杂国际环境的挑战，中国经济保持韧性。", [("凯德尔", "Kaide'er", "person")]),
    # 02-xwlb-20240718: a country before its 方面 is no person
    ("乌克兰方面称，与俄军在托列茨克、波克罗夫斯克等方向发生多次战斗。", []),
])
def test_people_and_places(find, zh: str, expected: list[tuple[str, str, str]]) -> None:
    assert find(zh) == expected


def test_what_terms_or_quantities_took_is_no_name(find) -> None:
    zh = "西和县委要抓好落实。"
    assert find(zh, taken=[(0, 4)]) == []  # a glossary term 西和县委 took the characters


def test_the_speaker_of_an_interview_is_a_name(find) -> None:
    # 王俊强 with a colon at the start, as the clean stage leaves a speaker's first line
    assert find("王俊强：我们要努力。") == [("王俊强", "Wang Junqiang", "person")]
