"""`pipeline run … --tm FILE`: a page that repeats sentences of translated documents."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import cli

# Sentences of the white paper (wp2019) and the 2018 report (gwr2018) the memories were built
# from, one with a figure changed, one cut short, and a sentence of the sample page.
PAGE = ("今年是中华人民共和国成立70周年。"
        "70年来，在中国共产党领导下，中国发生了翻天覆地的变化，创造了人类历史上前所未有的发展奇迹。\n\n"
        "第十三届全国人民代表大会第一次会议以来的五年，是我国发展进程中极不平凡的五年。\n\n"
        "70年来，在中国共产党领导下，中国发生了翻天覆地的变化。\n\n"
        "一是项目建设提速推进。\n")


def run(tmp_path: Path, *args: str) -> tuple[dict[str, dict], str]:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, "utf-8")
    result = CliRunner().invoke(cli, ["run", str(page), "-o", str(tmp_path / "out"), *args])
    assert result.exit_code == 0, result.output
    lines = (tmp_path / "out" / "page.jsonl").read_text("utf-8").splitlines()
    return {r["id"]: r for r in map(json.loads, lines)}, result.stderr


@pytest.fixture(scope="module")
def records(built: list[Path], tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, dict], str, Path]:
    tmp = tmp_path_factory.mktemp("run")
    args = [a for p in built for a in ("--tm", str(p))]
    recs, err = run(tmp, *args)
    return recs, err, tmp / "out"


def test_repeated_sentences_come_from_the_memory(records: tuple[dict[str, dict], str, Path]) -> None:
    recs, err, _ = records
    first, second, numbers, fuzzy, other = (recs[i] for i in ("p1.s1", "p1.s2", "p2.s1", "p3.s1", "p4.s1"))
    assert (first["engine"], first["tm"]["match"], first["tm"]["score"]) == ("tm", "exact", 100.0)
    assert first["en"].startswith("The year 2019 marks the 70th anniversary")
    assert first["tm"]["file"].endswith("wp2019.tmx") and isinstance(first["tm"]["line"], int)
    assert second["engine"] == "tm" and second["en"].startswith("Over the past 70 years")
    assert second["qa"] == []  # the memory's English keeps the glossary's CPC rendering
    assert (numbers["engine"], numbers["tm"]["match"]) == ("tm", "numbers")
    assert "the 13th National People’s Congress" in numbers["en"]
    # a fuzzy match is shown, not used: the engine (gloss) translated it
    assert fuzzy["engine"] == "gloss" and fuzzy["tm"]["match"] == "fuzzy"
    assert 75 <= fuzzy["tm"]["score"] < 100 and fuzzy["tm"]["en"].startswith("Over the past 70 years")
    assert "tm" not in other and other["engine"] == "gloss"
    assert "(3 from the translation memory)" in err


def test_the_outputs_name_the_memory(records: tuple[dict[str, dict], str, Path]) -> None:
    _, _, out = records
    tmx = (out / "page.tmx").read_text("utf-8")
    assert tmx.count('<prop type="x-engine">tm</prop>') == 3
    tsv = [line.split("\t") for line in (out / "page.tsv").read_text("utf-8").splitlines()]
    assert [row[3] for row in tsv[1:]].count("tm") == 3
    md = (out / "page.md").read_text("utf-8")
    assert md.count("≈ TM exact match, reused, 100.0%") == 2
    assert "≈ TM match but for its figures, reused with them replaced" in md
    fuzzy = next(line for line in md.splitlines() if "TM fuzzy match" in line)
    assert "wp2019.tmx:" in fuzzy and "Over the past 70 years" in fuzzy
    html = (out / "page.html").read_text("utf-8")
    assert html.count('<p class="tm">') == 3 and html.count('<details class="tm">') == 1


def test_a_unit_that_contradicts_the_glossary_is_flagged(tmp_path: Path) -> None:
    """The memory says "Chinese Communist Party"; the glossary (glossary/institutions.tsv) wants
    "Communist Party of China (CPC)": reused, and flagged term-missing, never silently trusted.
    (This English was written for the test.)"""
    tm = tmp_path / "tm.tsv"
    tm.write_text("zh\ten\n70年来，在中国共产党领导下，中国发生了翻天覆地的变化。\tIn the past 70 years, "
                  "China has changed beyond recognition under the Chinese Communist Party.\n", "utf-8")
    recs, err = run(tmp_path, "--tm", str(tm))
    r = recs["p3.s1"]
    assert r["engine"] == "tm" and r["tm"]["match"] == "exact"
    assert any(q.startswith("term-missing: 中国共产党") for q in r["qa"]), r["qa"]
    assert "1 term-missing" in err
