"""The phrase table in the gloss engine: longest match first, whole words only, below the
glossary and numbers. Sentences from the sample page and from GWR 2021/2022 (whose official
English the entries come from: pipeline/data/phrases/a-gwr.tsv)."""

from __future__ import annotations

import pytest

from pipeline.engines import EngineDeps, Request, Translation
from pipeline.engines.gloss import GlossEngine
from pipeline.model import TermHit
from pipeline.zh.lexicon import load_lexicon
from pipeline.zh.phrases import check
from pipeline.zh.tokenize import Tokenizer

SOURCE = ("# source gwr2022-xh: Report on the Work of the Government 2022, 2022-03-05, "
          "https://www.reciyi.com/article/?id=2824\n")
TABLE = SOURCE + "zh\ten\tsource\tnote\n" + "".join(f"{zh}\t{en}\tgwr2022-xh\n" for zh, en in [
    # official English of GWR 2022 (reciyi.com/article/?id=2824, en84.com/13063.html)
    ("深化改革扩大开放", "deepened reform, expanded opening up"),
    ("持续改善营商环境", "continued to improve the business environment"),
    ("改善营商环境", "improve the business environment"),
    ("营商环境持续改善", "the business environment kept improving"),
    ("减税降费", "tax and fee reductions"),
    ("高质量发展取得新成效", "new progress in high-quality development"),
    ("项目建设提速", "project development sped up"),
])


@pytest.fixture(scope="module")
def engine() -> GlossEngine:
    tokenizer = Tokenizer(())
    table, problems = check([("t.tsv", TABLE)], tokenizer.cut)
    assert problems == []
    return GlossEngine(EngineDeps(tokenizer, load_lexicon(tokenizer, table)))


def translate(engine: GlossEngine, zh: str, terms: tuple[TermHit, ...] = ()) -> Translation:
    return engine.translate([Request("t", zh, terms=terms)])[0]


def test_longest_phrase_wins(engine: GlossEngine) -> None:
    # GWR 2022: 三是深化改革扩大开放，持续改善营商环境。
    got = translate(engine, "三是深化改革扩大开放，持续改善营商环境。")
    assert "deepened reform, expanded opening up" in got.en
    assert "continued to improve the business environment" in got.en  # not "… improve the …" alone
    assert ("持续改善营商环境", "continued to improve the business environment") in got.gloss


def test_phrase_only_on_word_boundaries(engine: GlossEngine) -> None:
    # 减税降费 is 减税|降费 as jieba cuts it; in 减税降费用于 the words are 减税|降|费用|于:
    # the phrase would end inside 费用 and does not match.
    got = translate(engine, "企业减税降费用于研发。")
    assert "tax and fee reductions" not in got.en
    got = translate(engine, "企业享受减税降费。")
    assert "tax and fee reductions" in got.en


def test_glossary_term_beats_phrase(engine: GlossEngine) -> None:
    zh = "持续改善营商环境。"
    term = TermHit("营商环境", "business climate", 4, 8, "glossary/national.tsv:1")
    got = translate(engine, zh, (term,))
    assert "business climate" in got.en
    assert "continued to improve the business environment" not in got.en


def test_number_is_never_swallowed(engine: GlossEngine) -> None:
    # the sample page: 项目建设提速推进 (a phrase) and 项目134项 (a count, never in a phrase)
    got = translate(engine, "一是项目建设提速推进。")
    assert "project development sped up" in got.en
    got = translate(engine, "谋划实施项目134项。")
    assert "134" in got.en


def test_sample_sentence_reads_the_phrase(engine: GlossEngine) -> None:
    # the sample page (input/xihe-interview.zh.txt), 王俊强's first answer
    got = translate(engine, "积极融入“三城五地”建设，推动高质量发展取得新成效。")
    assert "new progress in high-quality development" in got.en
