"""--engine openai with a translation memory (--tm), against the real local chat server:
fuzzy matches go into the prompt as examples, exact matches are never sent."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.engines.openai import EXAMPLES_HEAD
from tests.engines.chat_server import chat_server, listed

# wp2019 (State Council white paper, 2019; tests/data/align/wp2019.gold.tsv): two units
TM = ("zh\ten\n"
      "今年是中华人民共和国成立70周年。\tThe year 2019 marks the 70th anniversary of the founding of "
      "the People’s Republic of China (PRC).\n"
      "70年来，在中国共产党领导下，中国发生了翻天覆地的变化，创造了人类历史上前所未有的发展奇迹。\t"
      "Over the past 70 years, under the leadership of the Communist Party of China (CPC), the PRC "
      "has witnessed profound changes and achieved a miracle of development unprecedented in human "
      "history.\n")
EXACT = "今年是中华人民共和国成立70周年。"
NEAR = "70年来，在中国共产党领导下，中国发生了翻天覆地的变化。"  # the second unit cut short (75.7)


@pytest.fixture
def page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PIPELINE_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    (tmp_path / "page.txt").write_text(f"{EXACT}{NEAR}\n", "utf-8")
    (tmp_path / "tm.tsv").write_text(TM, "utf-8")
    return tmp_path


def test_fuzzy_matches_are_examples_and_exact_ones_are_not_sent(page: Path) -> None:
    with chat_server() as server:
        result = CliRunner().invoke(cli, [
            "run", str(page / "page.txt"), "-o", str(page / "out"), "--engine", "openai",
            "--model", "test-model", "--base-url", server.url, "--tm", str(page / "tm.tsv")])
    assert result.exit_code == 0, result.output
    assert server.segments() == [NEAR]  # the exact match never reached the endpoint
    prompt = server.seen[0].prompt
    examples = listed(prompt, EXAMPLES_HEAD)
    assert examples == {"70年来，在中国共产党领导下，中国发生了翻天覆地的变化，创造了人类历史上前所未有的发展奇迹。":
                        TM.splitlines()[2].split("\t")[1]}
    recs = [json.loads(line) for line in (page / "out" / "page.jsonl").read_text("utf-8").splitlines()]
    assert [(r["engine"], r["tm"]["match"]) for r in recs] == [("tm", "exact"), ("openai", "fuzzy")]
