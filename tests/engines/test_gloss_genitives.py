"""The country as an owner (order/genitives.py `country_owners`, `compounds`, `peoples`): a
country's name before a noun takes the genitive (日本经济 "Japan's economy", 俄罗斯总统 "Russia's
president"), 美国政府 "the US government", 中国人民 "the Chinese people", 两国人民 "the two
peoples" (fmprc English: "the fundamental interests of the two peoples"), an initialism after
中国 (国内生产总值 "GDP") too. Sentences of 新闻联播 (tests/data/corpus, the file in each comment)."""

from __future__ import annotations

import pytest

from pipeline.engines.gloss import GlossEngine
from tests.engines.gloss_check import check


@pytest.fixture(scope="module")
def engine() -> GlossEngine:
    return GlossEngine()


@pytest.mark.parametrize("zh, present, absent", [
    # tests/data/corpus (新闻联播, Putin on a peace plan)
    ("俄罗斯总统普京6日说，俄罗斯需要能够确保长期和平及稳定发展的和平方案。", ["Russia's president"],
     ["Russia president"]),
    # tests/data/corpus (新闻联播, the West Bank)
    ("以色列军队当天在约旦河西岸城市纳布卢斯打死3名巴勒斯坦人。", ["Israel's armed forces"], ["Israel armed"]),
    # tests/data/corpus (新闻联播, sanctions): a word of jieba's, country and noun in one
    ("美国政府宣布了新一轮针对俄罗斯个人和实体的制裁措施。", ["the US government"], ["United States government"]),
])
def test_a_country_owns_the_noun_after_it(engine: GlossEngine, zh: str, present: list[str],
                                          absent: list[str]) -> None:
    check(engine, zh, present, absent)


@pytest.mark.parametrize("zh, present, absent", [
    # tests/data/corpus (新闻联播, 2021): "led the Chinese people"
    ("党团结带领中国人民又踏上了实现第二个百年奋斗目标新的赶考之路。", ["the Chinese people"], ["China the people"]),
    # tests/data/corpus (新闻联播): 两国人民切身利益 "the two peoples' ... interests"
    ("既关乎两国人民切身利益，也关乎人类前途命运。", ["the two peoples' direct interests"],
     ["both countries the people"]),
])
def test_the_people_of_a_country(engine: GlossEngine, zh: str, present: list[str], absent: list[str]) -> None:
    check(engine, zh, present, absent)


def test_a_country_before_its_ministry(engine: GlossEngine) -> None:
    # getpodcast.com (CD Voice, graduates' jobs, 2025): 中国教育部出台了一系列措施 "China's Ministry of
    # Education has rolled out a series of measures"
    check(engine, "中国教育部出台了一系列措施，旨在稳定和扩大高校毕业生就业。", ["China's Ministry of Education"],
          ["the China Ministry", "China the Ministry"])
