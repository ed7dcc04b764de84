"""The fluency bench's dev set (tests/data/dev) and its scorer."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.bench.fluency import DATA, count_pinyin, is_name, pinyin_of, pinyin_run, read_pairs, scores
from pipeline.context import Context
from pipeline.model import Document
from pipeline.runner import run

PAIRS = read_pairs()


def test_dev_set_is_well_formed() -> None:
    assert len(PAIRS) >= 165
    assert {p.doc for p in PAIRS} == {"gwr2019", "gwr2023", "news"}
    assert not any(year in p.page for p in PAIRS for year in ("2020", "2024", "2025"))  # reserved years
    assert len({(p.doc, p.zh) for p in PAIRS}) == len(PAIRS)  # no pair twice
    sources = (DATA / "SOURCES.md").read_text(encoding="utf-8")
    for doc in {p.doc for p in PAIRS}:
        english = " ".join((DATA / f"{doc}.en.txt").read_text(encoding="utf-8").split())
        segments = {s.zh for s in run(Document(f"{doc}.zh.txt", data=(DATA / f"{doc}.zh.txt").read_bytes()),
                                      Context(), until="segment").segments}
        for p in PAIRS:
            if p.doc == doc:
                assert p.zh in segments, p.zh  # a sentence the pipeline cuts from the document
                assert " ".join(p.en.split()) in english, p.en  # the official English, verbatim
                assert f"`{p.page}`" in sources, p.page  # every page has its source named
                assert re.search(r"[.?!:;,)\"”’]$", p.en) or p.en[:1].isupper(), p.en


def test_read_pairs_names_a_bad_line(tmp_path: Path) -> None:
    bad = tmp_path / "pairs.tsv"
    bad.write_text("doc\tpage\tzh\ten\ngwr2019\tx\t各位代表：\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"pairs.tsv:2: four non-empty cells"):
        read_pairs(bad)


# Hypotheses: the gloss engine's English on main (2026-12-07) for three dev-set sentences;
# references: the official English of those sentences (gwr2023 reciyi28, gwr2019 gaozhai2415).
EXAMPLE = [
    ("A deficit-to-GDP ratio of 3 percent has been projected for this year.", "Deficit Lüni press 3% arrange."),
    ("The social credit system will be improved.", "Improve society trustworthiness system."),
    ("Extensive Fitness-for-All activities will be carried out.",
     "Wide carry out entire population exercise activities."),
]


def test_scores_match_sacrebleus_own_command_line(tmp_path: Path) -> None:
    refs, hyps = [r for r, _ in EXAMPLE], [h for _, h in EXAMPLE]
    (tmp_path / "ref.txt").write_text("\n".join(refs) + "\n", encoding="utf-8")
    (tmp_path / "hyp.txt").write_text("\n".join(hyps) + "\n", encoding="utf-8")
    cli = subprocess.run([sys.executable, "-m", "sacrebleu", str(tmp_path / "ref.txt"), "-i",
                          str(tmp_path / "hyp.txt"), "-m", "chrf", "bleu", "-b"],
                         check=True, capture_output=True, text=True).stdout
    cli_scores = json.loads(cli)  # with -b and two metrics the command prints [BLEU, chrF]
    chrf, bleu = scores(hyps, refs)
    assert [round(bleu, 1), round(chrf, 1)] == cli_scores
    assert 0 < bleu < chrf < 100
    assert scores(refs, refs) == pytest.approx((100.0, 100.0))


@pytest.mark.parametrize(("en", "zh", "words"), [
    ("3 Xinjian schools", "新建", 1),  # the example: 新建学校3所
    ("Li Keqiang", "李克强", 2),
    ("Xi'an", "西安", 1),
    ("meet with", "会见", 0),
    ("green development", "绿色发展", 0),
])
def test_pinyin_run(en: str, zh: str, words: int) -> None:
    assert pinyin_run(en, pinyin_of(zh)) == words


def test_leftover_pinyin_counts_common_words_not_names() -> None:
    ctx = Context()
    cedict = ctx.engine_deps.lexicon.cedict
    assert is_name("北京", cedict)
    assert is_name("李克强", cedict)
    assert not is_name("新建", cedict)  # "newly built": CC-CEDICT's common reading wins over jieba's ns tag
    assert not is_name("稳岗", cedict)  # no dictionary knows it, no name tag: not a name
    assert is_name("余秋梅", cedict, ["余秋梅"])  # what the name finder found in the sentence
    doc = run(Document("t.zh.txt", data="新建学校3所，李克强在北京会见了代表。\n".encode()), ctx)
    counts = count_pinyin(doc.segments, cedict, ctx.names)
    assert counts.words == len(doc.segments[0].en.split())
    gloss = dict(doc.segments[0].gloss)
    expected = 1 if pinyin_run(gloss.get("新建", ""), pinyin_of("新建")) else 0  # 0 once 新建 is glossed
    assert counts.leftover == expected
