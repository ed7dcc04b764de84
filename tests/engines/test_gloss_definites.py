""""the" the units' English lacks before a superlative (order/definites.py: 全球最大的 "the
world's largest"). Sentences of China Daily bilingual news (the page named in each comment; none is a
page of the fluency dev set) and of 新闻联播 (tests/data/corpus)."""

from __future__ import annotations

import pytest

from pipeline.engines.gloss import GlossEngine
from tests.engines.gloss_check import check


@pytest.fixture(scope="module")
def engine() -> GlossEngine:
    return GlossEngine()


@pytest.mark.parametrize("zh, present, absent", [
    # jxbentu.cn 2020-08-14 (China Daily 每日新闻播报): "... will be the largest Universal theme park
    # in the world"
    ("北京环球影城项目2014年启动，建成后将成为全球最大的环球影城主题公园。", ["the world's biggest"],
     ["global biggest"]),
    # tests/data/corpus (新闻联播): 世界上最大的社会保障网 "the world's largest social security net"
    ("十八大以来，中央围绕共建、共享这一核心，织就了世界上最大的社会保障网。", ["the world's biggest"], ["world on"]),
    # 大多数 "most" is no superlative (tingroom 320476, China Daily 2015): no "the most"
    ("官方数据显示，与第一季度相比，中国大多数省份今年上半年的经济增速较快。", [], ["the most"]),
])
def test_the_before_a_superlative(engine: GlossEngine, zh: str, present: list[str], absent: list[str]) -> None:
    check(engine, zh, present, absent)
