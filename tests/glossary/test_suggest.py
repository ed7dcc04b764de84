"""`pipeline glossary suggest`: candidate terms from the sample page."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.glossary import default_paths, load_glossary
from pipeline.glossary.suggest import numbered_spans
from pipeline.zh.tokenize import make_tokenizer, words
from tests.conftest import SAMPLE

# The numbered slogans of the sample page (read off input/xihe-interview.zh.txt; 九个聚力提升
# is broken over two lines there, so finding it needs the cleaned text).
SAMPLE_SLOGANS = ["三城五地", "千万工程", "三抓三促", "四个不摘", "五个一", "六必访", "八抓八提升",
                  "九个聚力提升", "一户一策", "四强", "六乱", "三下乡", "双增长"]
# Quoted expressions of the sample page that are not numbered.
SAMPLE_QUOTED = ["甘味", "贡八盘", "巧乡红", "西和半夏", "和美乡村", "春风行动"]


def suggest(tmp_path: Path, *args: str) -> list[list[str]]:
    result = CliRunner().invoke(cli, ["glossary", "suggest", str(SAMPLE), *args])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split("\t")[:6] == ["zh", "en", "note", "kind", "source", "variants"]
    return [line.split("\t") for line in lines[1:] if not line.startswith("#")]


def test_empty_glossary_finds_the_numbered_slogans(tmp_path: Path) -> None:
    rows = suggest(tmp_path, "--no-default-glossary")
    by_zh = {r[0]: r for r in rows}
    for zh in SAMPLE_SLOGANS:
        assert zh in by_zh, zh
        assert by_zh[zh][3] == "slogan" and by_zh[zh][7] == "numbered"
        assert by_zh[zh][1] == ""  # en left for the user
        assert f"【{zh}】" in by_zh[zh][8]  # a context snippet around it
    for zh in SAMPLE_QUOTED:
        assert by_zh[zh][7] == "quoted"
    assert int(by_zh["三城五地"][6]) == 3  # three times on the page


def test_known_terms_are_never_suggested(tmp_path: Path) -> None:
    glossary = tmp_path / "slogans.tsv"
    rows = [f"{zh}\tslogan {i}\t\tslogan\t\t" for i, zh in enumerate(SAMPLE_SLOGANS)]
    # a variant counts as known too
    rows.append("甘肃一键报贫\tGansu one-click poverty alert\t\tterm\t\t一键报贫")
    glossary.write_text("zh\ten\tnote\tkind\tsource\tvariants\n" + "\n".join(rows) + "\n", "utf-8")
    got = {r[0] for r in suggest(tmp_path, "--no-default-glossary", "--glossary", str(glossary))}
    known = set(SAMPLE_SLOGANS) | {"甘肃一键报贫", "一键报贫"}
    assert not got & known
    assert not any(k in g for g in got for k in known)  # nor anything overlapping them
    assert set(SAMPLE_QUOTED) <= got  # the rest is still suggested


def test_shipped_glossary_terms_are_not_suggested(tmp_path: Path) -> None:
    shipped = load_glossary(default_paths())
    got = {r[0] for r in suggest(tmp_path)}
    assert not got & set(shipped.index)


def test_suggestions_load_once_en_is_filled(tmp_path: Path) -> None:
    out = tmp_path / "stub.tsv"
    result = CliRunner().invoke(cli, ["glossary", "suggest", str(SAMPLE), "-o", str(out)])
    assert result.exit_code == 0, result.output
    filled = [line if i == 0 or line.startswith("#") else line.replace("\t\t", "\tTODO\t", 1)
              for i, line in enumerate(out.read_text("utf-8").splitlines())]
    out.write_text("\n".join(filled) + "\n", encoding="utf-8")
    assert len(load_glossary([out])) == len(filled) - 2
    code = CliRunner().invoke(cli, ["glossary", "check", str(out)]).exit_code
    assert code == 0


@pytest.mark.parametrize(
    "text, expected",
    [
        ("全面落实一核三带五区发展战略", ["一核三带五区"]),  # a chain of three
        ("以开展主题教育和三抓三促行动为抓手", ["三抓三促"]),  # cut at the word boundary
        ("严格落实四个不摘,持续巩固", ["四个不摘"]),  # numeral + 个
        ("市委五届八次全体会议", []),  # 届, 次: an ordinal, not a slogan
        ("一是项目建设提速推进", []),  # 一是: a list item
        ("三是千方百计促招商", []),  # 千方百计 is an idiom
        ("全年开展两轮集中排查和一轮专项排查", []),  # 轮: a count
    ],
)
def test_numbered_slogans_outside_quotes(text: str, expected: list[str]) -> None:
    spans = words(make_tokenizer([]), text)
    assert [text[a:b] for a, b in numbered_spans(text, {b for _, b in spans})] == expected


def test_raw_text_fallback_still_finds_quoted_terms(tmp_path: Path) -> None:
    rows = suggest(tmp_path, "--no-default-glossary", "--raw")
    got = {r[0] for r in rows}
    assert {"三抓三促", "甘味", "贡八盘"} <= got



def test_maximal_keeps_the_runs_no_longer_run_holds_as_often() -> None:
    # the word runs of the sample page and two news texts, against the rule as written: a run
    # is dropped when a longer run holding it is seen at least as often
    from collections import Counter

    from pipeline.glossary.suggest import maximal, word_runs
    from tests.conftest import DATA

    tokenizer = make_tokenizer(())
    counts: Counter[str] = Counter()
    for path in (SAMPLE, DATA / "kangle-interview.zh.txt", DATA / "official-report.zh.txt"):
        text = path.read_text(encoding="utf-8")
        counts.update(word_runs(text, words(tokenizer, text)))
    kept = {t: n for t, n in counts.items() if n >= 2}
    expected = {t: n for t, n in kept.items()
                if not any(len(u) > len(t) and t in u and m >= n for u, m in kept.items())}
    found = maximal(counts, 2)
    assert found == expected
    assert len(found) < len(kept)  # some runs are inside longer ones


def test_holders_are_the_texts_that_hold_the_string() -> None:
    # the paragraphs of the sample page, and strings cut from them at every 7th character
    # (lengths 1-6, most held by one paragraph, some by many), and some held by none
    from pipeline.glossary.suggest import Holders

    texts = [p for p in SAMPLE.read_text(encoding="utf-8").split("\n") if p.strip()]
    holders = Holders(texts)
    whole = "".join(texts)
    probes = [whole[i:i + n] for i in range(0, len(whole), 7) for n in range(1, 7)] + ["甘肃西和", "乡村振兴战略"]
    for zh in probes:
        assert holders(zh) == [i for i, text in enumerate(texts) if zh in text], zh
    assert any(len(holders(zh)) > 1 for zh in probes) and any(not holders(zh) for zh in probes)


def test_holders_grown_text_by_text_answer_as_those_made_at_once() -> None:
    # the archive's run adds each page as it comes back, asking between pages (answers are kept)
    from pipeline.glossary.suggest import Holders

    texts = [p for p in SAMPLE.read_text(encoding="utf-8").split("\n") if p.strip()]
    probes = ["西和县", "乡村振兴", "我们", "产业", "甘肃西和"]  # the last held by none
    grown = Holders()
    for n, text in enumerate(texts, 1):
        grown.add(text)
        at_once = Holders(texts[:n])
        for zh in probes:
            assert grown(zh) == at_once(zh) == [i for i, t in enumerate(texts[:n]) if zh in t], (n, zh)
    assert [len(grown(zh)) for zh in probes] == [7, 4, 3, 4, 0]  # paragraphs of the sample holding each
