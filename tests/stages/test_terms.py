"""terms: a glossary term is a hit only where it is a word of the sentence, never a piece of
a longer word (issue 17, point 4)."""

from __future__ import annotations

import pytest

from pipeline.glossary import Glossary, default_paths, load_glossary
from pipeline.glossary.suggest import suggest
from pipeline.stages.terms import find_terms
from pipeline.zh.tokenize import Tokenizer, make_tokenizer, words


@pytest.fixture(scope="module")
def shipped() -> tuple[Glossary, Tokenizer]:
    glossary = load_glossary(default_paths())
    return glossary, make_tokenizer(glossary.index.keys())


def hits(zh: str, shipped: tuple[Glossary, Tokenizer]) -> list[str]:
    glossary, tok = shipped
    return [h.zh for h in find_terms(zh, tuple(tok.spans(zh)), glossary)]


@pytest.mark.parametrize(
    "zh, term, hit",
    [
        # 四强 is a variant of 四强行动 (glossary/gansu-longnan.tsv); the sample page's clause:
        ("深入开展“四强”行动，积极融入“三城五地”建设", "四强", True),
        # 四强化 "the four strengthenings" (强化 ×4) is another slogan: no 四强 in it.
        # Sentences built on the page's pattern (no published one at hand):
        ("全面落实“四强化”要求，强化政治引领、强化组织保障", "四强", False),
        ("推进四强化建设，提升基层治理水平", "四强", False),
        # 强科技 (Gansu's 四强) inside 加强科技 (xwlb 2024-03-05, tests/data/corpus/01)
        ("加快未来产业培育，加强科技创新和产业创新深度融合", "强科技", False),
        ("坚持强科技、强工业、强省会、强县域一体推进", "强科技", True),
        # a term followed by a longer word around it: 中央 in 中央委员会 (xwlb 2024-07-18)
        ("党的二十届中央委员会第三次全体会议", "中央", False),
    ],
)
def test_term_hits_respect_word_boundaries(zh: str, term: str, hit: bool,
                                           shipped: tuple[Glossary, Tokenizer]) -> None:
    assert (term in hits(zh, shipped)) is hit


def test_the_sample_pages_terms_still_hit(shipped: tuple[Glossary, Tokenizer]) -> None:
    # input/xihe-interview.zh.txt line 9, cleaned
    zh = ("全面贯彻落实市第五次党代会精神，以开展主题教育和“三抓三促”行动为抓手，以高质量发展为统揽，"
          "深入开展“四强”行动，积极融入“三城五地”建设，推动高质量发展取得新成效。")
    assert {"三抓三促", "四强", "三城五地", "高质量发展"} <= set(hits(zh, shipped))


def test_suggest_sees_the_longer_word(shipped: tuple[Glossary, Tokenizer]) -> None:
    """A known term inside a longer word masks nothing: 四强化 is suggested, 四强 is not."""
    glossary, tok = shipped
    text = ("全面落实“四强化”要求。坚持“四强化”工作法。深化“四强化”成果。"
            "深入开展“四强”行动。")
    found = {c.zh: c for c in suggest([("page", text)], glossary, [words(tok, text)])}
    assert "四强化" in found and found["四强化"].count == 3
    assert "四强" not in found
