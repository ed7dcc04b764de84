"""The fluency bench's dev set (tests/data/dev) and its scorer."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.bench.fluency import DATA, count_pinyin, groups, is_name, pinyin_of, pinyin_run, read_pairs, scores
from pipeline.context import Context
from pipeline.model import Document
from pipeline.runner import run
from pipeline.zh import phrases

PAIRS = read_pairs()
_URL = re.compile(r"https?://[^\s<>]+")


def test_dev_set_is_well_formed() -> None:
    assert len(PAIRS) >= 300  # issue 17: at least 300 sentence pairs
    splits = {p.doc: p.split for p in PAIRS}
    assert splits == {"gwr2019": "tuned", "gwr2023": "tuned", "news": "tuned", "mfa": "heldout", "cdnews": "heldout"}
    assert all(p.split == splits[p.doc] for p in PAIRS)  # a document is in one split
    assert sum(p.split == "heldout" for p in PAIRS) >= 150
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


def test_report_lines_are_documents_then_splits_then_all() -> None:
    lines = dict(groups(PAIRS))
    assert list(lines) == ["gwr2019", "gwr2023", "news", "cdnews", "mfa", "tuned", "held out", "  no title", "all"]
    assert sorted(lines["tuned"] + lines["held out"]) == lines["all"] == list(range(len(PAIRS)))
    assert sorted(lines["gwr2019"] + lines["gwr2023"] + lines["news"]) == lines["tuned"]
    assert {PAIRS[i].doc for i in lines["held out"]} == {"mfa", "cdnews"}
    titles = set(lines["held out"]) - set(lines["  no title"])
    assert set(lines["  no title"]) < set(lines["held out"]) and len(titles) == 29


def _address(url: str) -> str:
    """An address without scheme, `www.`/`m.` and trailing punctuation, as the two lists write it."""
    url = re.sub(r"^https?://(www\.|m\.|mip\.)?", "", url.rstrip(".,;:)"))
    return url.rstrip("/")


def _align_addresses(name: str) -> set[str]:
    """The addresses of one aligner test file (`- `NAME.*`: ...` in tests/data/align/SOURCES.md)."""
    text = (DATA.parent / "align" / "SOURCES.md").read_text(encoding="utf-8")
    entry = re.search(rf"^- `{name}\.\*`:(.*?)(?=^- `|^\S|\Z)", text, re.S | re.M)
    assert entry, name
    return {_address(u) for u in _URL.findall(entry.group(1))}


def test_no_dev_page_is_a_phrase_source() -> None:
    # the phrase tables' `# source KEY: publication, date, URL` lines against every address of
    # SOURCES.md and of the aligner test files the dev set takes pages from (`align…` pages)
    cited = {_address(u) for _, text in phrases.shipped_texts()
             for source in phrases.parse(text, "").sources.values() for u in _URL.findall(source)}
    ours = {_address(u) for u in _URL.findall((DATA / "SOURCES.md").read_text(encoding="utf-8"))}
    for page in {p.page for p in PAIRS if p.page.startswith("align")}:
        ours |= _align_addresses(page.removeprefix("align"))
    assert len(cited) > 300 and len(ours) > 40
    assert _address("https://www.5wangxiao.com/thread-6101270-1-1.html") in cited  # ny2018q, taken out
    assert not ours & cited


HEAD, ROW = "doc\tpage\tzh\ten\tsplit\n", "gwr2019\tx\t各位代表：\tFellow Deputies,"


@pytest.mark.parametrize(("text", "message"), [
    (f"{HEAD}{ROW}\n", r"pairs.tsv:2: 5 non-empty cells"),
    (f"{HEAD}{ROW}\tdev\n", r"pairs.tsv:2: split must be one of tuned, heldout, not 'dev'"),
    (f"doc\tpage\tzh\ten\n{ROW}\n", r"pairs.tsv:1: header must be doc<TAB>page<TAB>zh<TAB>en<TAB>split"),
])
def test_read_pairs_names_a_bad_line(tmp_path: Path, text: str, message: str) -> None:
    bad = tmp_path / "pairs.tsv"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(ValueError, match=message):
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
