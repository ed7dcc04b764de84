"""Lookups: exact, but-for-the-figures (substituted and checked), fuzzy (>= 75)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.tm import FUZZY_MIN, Memory, Unit, load_memory
from pipeline.tm.numbers import substitute
from pipeline.zh.numbers import find_quantities

# wp2019 (State Council white paper, 2019-09-27; tests/data/align/wp2019.gold.tsv)
WP_70 = "70年来,在中国共产党领导下,中国发生了翻天覆地的变化,创造了人类历史上前所未有的发展奇迹。"
WP_70_EN = ("Over the past 70 years, under the leadership of the Communist Party of China (CPC), the "
            "PRC has witnessed profound changes and achieved a miracle of development unprecedented "
            "in human history.")


@pytest.fixture(scope="module")
def memory(built: list[Path]) -> Memory:
    found = load_memory(built)
    assert found is not None
    return found


def test_exact_match_whatever_the_punctuation_width(memory: Memory) -> None:
    # the stored copy has ASCII commas; a cleaned page has full-width ones
    m = memory.lookup(WP_70.replace(",", "，"))
    assert m is not None and (m.kind, m.score, m.en) == ("exact", 100.0, WP_70_EN)
    assert m.unit.file.endswith("wp2019.tmx") and m.reusable


@pytest.mark.parametrize(
    "zh, en",
    [
        # the figure of the white paper changed (80 years)
        ("80年来,在中国共产党领导下,中国发生了翻天覆地的变化,创造了人类历史上前所未有的发展奇迹。",
         WP_70_EN.replace("70 years", "80 years")),
        # an ordinal (gwr2018: 第十二届 → 第十三届)
        ("第十三届全国人民代表大会第一次会议以来的五年，是我国发展进程中极不平凡的五年。",
         "The five years since the first session of the 13th National People’s Congress (NPC) have "
         "been a truly remarkable five years in the course of our country’s development."),
    ],
)
def test_a_match_but_for_the_figures_is_reused_with_them_replaced(memory: Memory, zh: str, en: str) -> None:
    m = memory.lookup(zh)
    assert m is not None and m.kind == "numbers" and m.en == en
    assert FUZZY_MIN < m.score < 100


def test_an_english_with_figures_its_chinese_lacks_is_not_rewritten(memory: Memory) -> None:
    """"The year 2019 marks the 70th anniversary" (今年是…成立70周年): 2019 hangs on the 70,
    so 75周年 is a fuzzy match, not a reuse."""
    m = memory.lookup("今年是中华人民共和国成立75周年。")
    assert m is not None and m.kind == "fuzzy" and "70th" in m.en


@pytest.mark.parametrize(
    "zh_old, en_old, zh_new, en_new",
    [
        # percent, in both spellings (GWR 2019 style: 增长6.6%)
        ("国内生产总值增长6.6%。", "GDP grew by 6.6 percent.", "国内生产总值增长6.9%。", "GDP grew by 6.9 percent."),
        ("居民消费价格上涨2.1%。", "The CPI rose by 2.1%.", "居民消费价格上涨1.6%。", "The CPI rose by 1.6%."),
        # an amount with its scale word (万 → million)
        ("城镇新增就业1361万人。", "A total of 13.61 million new urban jobs were added.",
         "城镇新增就业1351万人。", "A total of 13.51 million new urban jobs were added."),
    ],
)
def test_substituted_figures(zh_old: str, en_old: str, zh_new: str, en_new: str) -> None:
    assert substitute(zh_new, en_old, find_quantities(zh_old), find_quantities(zh_new)) == en_new


def test_a_figure_the_english_does_not_state_once_is_no_reuse() -> None:
    # the English says 6.6 twice: which one stands for 增长6.6%? No guess.
    zh_old, zh_new = "国内生产总值增长6.6%。", "国内生产总值增长7%。"
    en = "GDP grew by 6.6 percent, 6.6 percent as planned."
    assert substitute(zh_new, en, find_quantities(zh_old), find_quantities(zh_new)) is None


def test_fuzzy_matches_from_75(memory: Memory) -> None:
    # the white paper's sentence cut short: 75.7 similar
    near = memory.lookup("70年来，在中国共产党领导下，中国发生了翻天覆地的变化。")
    assert near is not None and near.kind == "fuzzy" and near.score >= FUZZY_MIN and not near.reusable
    assert near.en == WP_70_EN
    # a sentence of the sample page (input/xihe-interview.zh.txt): nothing like it
    assert memory.lookup("一是项目建设提速推进。") is None


def test_the_first_unit_read_wins() -> None:
    a, b = Unit("各位代表：", "Fellow Deputies,", "a.tsv", 1), Unit("各位代表：", "Esteemed Deputies,", "b.tsv", 1)
    m = Memory([a, b]).lookup("各位代表：")
    assert m is not None and m.unit == a
