"""Joining the units' English (pipeline.engines.gloss.assemble): an ASCII token of the source
that jieba's cut splits at its joiners (2024-03-05, Mk-82) comes out as written, not spaced
apart like a dash; ASCII words the source spaces apart stay apart."""

from __future__ import annotations

import pytest

from pipeline.engines.gloss import GlossEngine
from tests.engines.gloss_check import check


@pytest.fixture(scope="module")
def engine() -> GlossEngine:
    return GlossEngine()


@pytest.mark.parametrize("zh, present, absent", [
    # tests/data/corpus: the transcripts' own heading line
    ("新闻联播 2024-03-05", ["2024-03-05"], ["2024 - 03"]),
    # tests/data/corpus (新闻联播 2025-03-06, the Pocheon bombing)
    ("初步调查显示事故是由于韩国空军战机飞行员在演习中输入错误坐标，误发射8枚Mk-82炸弹所致。",
     ["Mk-82"], ["Mk - 82"]),
    # a dash between Chinese words keeps its spaces (a range written with a hyphen)
    ("中国—东盟博览会在南宁开幕。", [], ["—东盟"]),
])
def test_an_ascii_token_comes_out_whole(engine: GlossEngine, zh: str, present: list[str],
                                        absent: list[str]) -> None:
    check(engine, zh, present, absent)


def test_ascii_words_the_source_spaces_apart_stay_apart(engine: GlossEngine) -> None:
    # a space between two ASCII words of the source is kept (Xinhua: 苹果公司发布iPhone 15系列手机)
    check(engine, "苹果公司发布iPhone 15系列手机。", ["iPhone 15"], ["iPhone15"])
