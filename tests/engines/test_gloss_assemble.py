"""Joining the units' English (pipeline.engines.gloss.assemble): an ASCII token of the source
that jieba's cut splits at its joiners (2024-03-05, Mk-82) comes out as written, not spaced
apart like a dash; ASCII words the source spaces apart stay apart."""

from __future__ import annotations

import pytest

from pipeline.engines.gloss import GlossEngine
from pipeline.engines.gloss.assemble import articles
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


@pytest.mark.parametrize("joined, agreed", [
    # the units' "a" (一个) meets the adjective after it: China Daily's "Industrial output, an
    # important economic indicator" (podcast365, 2023-01)
    ("output is a important economic indicator.", "output is an important economic indicator."),
    ("A important step was taken.", "An important step was taken."),
    # "an" before a consonant sound: a u read "you", a one read "won" (Quirk et al. 5.11 note)
    ("an useful tool and an university", "a useful tool and a university"),
    ("an one-off payment", "a one-off payment"),
    # a vowel sound after a consonant letter: an hour, an initialism read letter by letter
    ("a hour later, a NBS official said", "an hour later, an NBS official said"),
    # an acronym read as a word takes its sound: a NATO summit, an ASEAN member; figures as read
    ("an NATO summit and a ASEAN member", "a NATO summit and an ASEAN member"),
    ("a 8 percent rise and a 11.5 percent fall", "an 8 percent rise and an 11.5 percent fall"),
    # a capital A inside the text is a label, not an article (Plan A, A: the answer's label)
    ("Plan A is ready.", "Plan A is ready."),
    ("a US official and a European envoy", "a US official and a European envoy"),
])
def test_articles_agree_with_the_sound_after_them(joined: str, agreed: str) -> None:
    assert articles(joined) == agreed
