"""Adjective predicates (order/predicates.py): a subject and the adjective closing its clause
take "is"/"are" between them. Sentences from the news corpus (tests/data/corpus, Xinwen Lianbo
transcripts, named in each comment) and China Daily."""

from __future__ import annotations

import pytest

from pipeline.engines.gloss import GlossEngine
from tests.engines.gloss_check import check


@pytest.fixture(scope="module")
def engine() -> GlossEngine:
    return GlossEngine()


@pytest.mark.parametrize("zh, present, absent", [
    # 14-xwlb-20230305: a delegation's deliberation, "the atmosphere was warm"
    ("江苏代表团审议认真，气氛热烈。", ["atmosphere is warm"], ["atmosphere warm"]),
    # 09-xwlb-20221216 (autumn grain purchases): a degree word after "is"
    ("眼下，我国秋粮收购进入高峰，各类收购主体积极入市收购，进展总体顺利。", ["progress is generally smooth"],
     ["overall smooth"]),
    # 14-xwlb-20230305 (foreign guests): "Chinese modernization's achievements are notable"
    ("中国式现代化成就显著，在改善中国人民生活水平的同时还不断给世界带来机遇。", ["achievements are significant"], []),
    # China Daily podcast (a tiger attack, news3 tuning set): a subject with 这名 and 的
    # ("the villager was in stable condition")
    ("据当地电视台18日晚间报道，这名村民的情况稳定，左手骨折，无截肢风险。", ["is stable"], ["steadily"]),
])
def test_an_adjective_closing_its_clause_takes_be(engine: GlossEngine, zh: str, present: list[str],
                                                  absent: list[str]) -> None:
    check(engine, zh, present, absent)


@pytest.mark.parametrize("zh, absent", [
    # 06-xwlb-20211111: an adverb of change before the adjectives (更趋)
    ("外部环境更趋复杂严峻，国内新冠肺炎疫情防控和经济社会发展各项任务极为繁重艰巨。", ["is complex"]),
])
def test_no_be_where_the_clause_is_no_bare_predicate(engine: GlossEngine, zh: str, absent: list[str]) -> None:
    check(engine, zh, [], absent)
