"""Glossary files: loading, `pipeline glossary check`, and matching on the sample page."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.context import Context
from pipeline.errors import GlossaryError
from pipeline.glossary import DEFAULT_DIR, default_paths, load_glossary, read_entries
from pipeline.runner import read_input, run
from pipeline.zh.tokenize import make_tokenizer, words
from tests.conftest import DATA, SAMPLE

BROKEN = DATA / "glossary-broken"
LAYERS = DATA / "glossary-layers"
USER = DATA / "user-override.tsv"


def check(*paths: Path) -> tuple[int, list[str]]:
    result = CliRunner().invoke(cli, ["glossary", "check", *map(str, paths)])
    return result.exit_code, result.stdout.splitlines()


# Each row: a line of tests/data/glossary-broken/broken.tsv and what check says about it
# (the file's own `#` comment lines say which error each line holds).
BROKEN_LINES = [
    (6, "duplicate term '三城五地' (first at line 3) with a different rendering"),
    (8, "empty rendering for '乡村振兴'"),
    (10, "7 columns, the header has 6"),
    (12, "stray whitespace at the end of column zh"),
    (13, "double space in column en"),
    (15, "unknown kind 'slgoan'"),
    (18, "term '四个不摘要求' is rendered 'Four Requirements of Not Removing' here but"),
    (21, "variant '必访' of '八抓八提升' is rendered"),
    (23, "1 column; a row needs at least zh<TAB>en"),
    (24, "stray tab at the end of the line"),
    (25, "space inside '三下 乡'"),
    (27, "warning: 2 columns, the header has 6"),
]


def test_check_reports_every_error_class_with_its_line() -> None:
    code, lines = check(BROKEN)
    assert code == 1
    got = {(int(line.split(":")[1]), line.split(": ", 1)[1]) for line in lines}
    for n, message in BROKEN_LINES:
        assert any(g == n and message in text for g, text in got), (n, message, lines)
    assert sorted(n for n, _ in got) == [n for n, _ in BROKEN_LINES]  # nothing else reported
    assert all(line.startswith("tests/data/glossary-broken/broken.tsv:") for line in lines)


def test_check_layers_within_a_folder_must_agree() -> None:
    # tests/data/glossary-layers: b.tsv:3 renders 乡村振兴 differently from a.tsv:2 (error);
    # b.tsv:5 repeats a.tsv:3 with the same rendering (warning).
    code, lines = check(LAYERS)
    assert code == 1
    assert [line.split(": ")[0] for line in lines] == [
        "tests/data/glossary-layers/b.tsv:3", "tests/data/glossary-layers/b.tsv:5"]
    assert "a.tsv:2" in lines[0] and "warning" not in lines[0]
    assert lines[1].split(": ")[1] == "warning"


def test_check_a_later_layer_overriding_is_a_warning() -> None:
    code, lines = check(DEFAULT_DIR, USER)
    assert code == 0
    user_lines = [line for line in lines if "user-override.tsv" in line]
    assert all(": warning: " in line for line in lines)
    assert len(user_lines) == 1 and "tests/data/user-override.tsv:3: warning:" in user_lines[0]
    assert "overrides" in user_lines[0] and "三城五地" in user_lines[0]


def test_shipped_glossary_passes_check() -> None:
    code, lines = check()
    errors = [line for line in lines if ": warning: " not in line]
    assert code == 0 and errors == []


@pytest.mark.parametrize(
    "content, line, message",
    [
        # GBK bytes on line 3: the decoder fails there
        ("zh\ten\tnote\n三城五地\tx\t\n".encode() + "千万工程\ty\t\n".encode("gbk"), 3, "not UTF-8"),
        (b"term\ten\tnote\n", 1, "header must start with zh<TAB>en<TAB>note"),
    ],
)
def test_unreadable_files_name_the_line(tmp_path: Path, content: bytes, line: int, message: str) -> None:
    path = tmp_path / "bad.tsv"
    path.write_bytes(content)
    code, lines = check(path)
    assert code == 1 and len(lines) == 1
    assert f"bad.tsv:{line}: {message}" in lines[0]


def test_loading_for_run_is_strict() -> None:
    with pytest.raises(GlossaryError, match=r"broken\.tsv:8: empty rendering"):
        read_entries(BROKEN / "broken.tsv")  # line 8 is the first malformed row


def test_run_with_a_broken_glossary_is_a_one_line_error(tmp_path: Path) -> None:
    from tests.test_cli import invoke

    code, stderr = invoke("run", str(SAMPLE), "-o", str(tmp_path), "--glossary", str(BROKEN))
    assert code == 1 and "Traceback" not in stderr
    assert stderr.strip().splitlines() == [
        "error: tests/data/glossary-broken/broken.tsv:8: empty rendering for '乡村振兴' in column en"]
    code, stderr = invoke("glossary", "check", str(BROKEN))
    assert code == 1 and stderr.strip() == "error: glossary check: 11 errors, 1 warning in 1 file"


# ---- matching ----

@pytest.fixture(scope="module")
def sample_segments() -> list:  # type: ignore[type-arg]
    glossary = load_glossary(default_paths())
    doc = run(read_input(SAMPLE), Context(glossary=glossary, formats=()), until="terms")
    return list(doc.segments)


@pytest.mark.parametrize("term", ["三城五地", "千万工程", "三抓三促"])  # the must-hold list
def test_sample_terms_are_single_tokens_with_their_rendering(sample_segments: list, term: str) -> None:  # type: ignore[type-arg]
    entry = load_glossary(default_paths()).get(term)
    assert entry is not None, f"{term} missing from the shipped glossary"
    found = [s for s in sample_segments if term in s.zh]
    assert found
    for s in found:
        tokens = [s.zh[a:b] for a, b in s.tokens]
        assert term in tokens, tokens
        hits = [t for t in s.terms if t.zh == term]
        assert hits and all(t.en == entry.en and t.source == entry.where for t in hits)


@pytest.mark.parametrize(
    "text, terms, expected",
    [
        # a term inside a longer term: the longer one wins
        ("建成乡村振兴示范村15个", ["乡村振兴", "乡村振兴示范村"], ["乡村振兴示范村"]),
        ("全面推进乡村振兴的底线任务", ["乡村振兴", "乡村振兴示范村"], ["乡村振兴"]),
        # two terms crossing (三城五地 / 五地建设): the one starting first is kept whole
        ("积极融入三城五地建设", ["三城五地", "五地建设"], ["三城五地"]),
        # a variant matches like its headword
        ("以开展三抓三促行动为抓手", ["三抓三促", "三抓三促行动"], ["三抓三促行动"]),
    ],
)
def test_overlaps_resolve_longest_first(tmp_path: Path, text: str, terms: list[str],
                                        expected: list[str]) -> None:
    from pipeline.stages.terms import find_terms

    path = tmp_path / "g.tsv"
    rows = [f"{t}\tT{i}\t\tterm\t\t" for i, t in enumerate(terms)]
    path.write_text("zh\ten\tnote\tkind\tsource\tvariants\n" + "\n".join(rows) + "\n", "utf-8")
    glossary = load_glossary([path])
    tok = make_tokenizer(glossary.index.keys())
    hits = find_terms(text, tuple(words(tok, text)), glossary)
    assert [h.zh for h in hits] == expected


def test_user_glossary_overrides_a_shipped_entry(tmp_path: Path) -> None:
    shipped = load_glossary(default_paths()).get("三城五地")
    assert shipped is not None
    result = CliRunner().invoke(cli, ["run", str(SAMPLE), "-o", str(tmp_path), "--glossary", str(USER),
                                      "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    assert f"overrides {shipped.where} for '三城五地'" in result.stderr
    records = [json.loads(x) for x in (tmp_path / "xihe-interview.zh.jsonl").open(encoding="utf-8")]
    hits = [t for r in records for t in r["terms"] if t["zh"] == "三城五地"]
    assert len(hits) == 3  # 三城五地 occurs three times on the page
    # the rendering in tests/data/user-override.tsv, line 3
    assert {(t["en"], t["source"]) for t in hits} == {
        ("Three Cities and Five Zones", "tests/data/user-override.tsv:3")}


def test_glossary_size_does_not_change_how_ordinary_text_is_cut(tmp_path: Path) -> None:
    from pipeline.bench.glossary import write_synthetic

    path = tmp_path / "big.tsv"
    write_synthetic(path, n=2000)
    text = SAMPLE.read_text(encoding="utf-8")
    plain = words(make_tokenizer([]), text)
    big = words(make_tokenizer(load_glossary([path]).index.keys()), text)
    assert big == plain  # none of the synthetic terms occurs on the page



def test_punctuated_term_matches_as_one_hit(tmp_path: Path) -> None:
    # glossary/gansu-longnan.tsv defines 大排查、大整改、大提升 (sample page line 21), which jieba
    # cuts at 、; it must still be one hit, and win over the 大排查 entry inside it.
    from pipeline.glossary import load_glossary
    from pipeline.stages.terms import find_terms
    from pipeline.zh.tokenize import make_tokenizer, words

    glossary = load_glossary([DEFAULT_DIR])
    zh = "部署开展“大排查、大整改、大提升”、督查自查等行动"
    hits = find_terms(zh, tuple(words(make_tokenizer(glossary.index), zh)), glossary)
    whole = [h for h in hits if h.zh == "大排查、大整改、大提升"]
    assert len(whole) == 1 and zh[whole[0].start:whole[0].end] == whole[0].zh
    assert not any(h.zh == "大排查" for h in hits)


# ---- the shipped glossary on the news corpus (tests/data/corpus: CCTV 新闻联播 transcripts) ----

@pytest.fixture(scope="module")
def news_context() -> Context:
    return Context(glossary=load_glossary(default_paths()), formats=(), cache=False)


def translate_news(ctx: Context, zh: str) -> tuple[str, list[str], list[str]]:
    """English, tokens and term hits of one corpus sentence run through the whole pipeline."""
    from pipeline.model import Document

    doc = run(Document("news.txt", data=(zh + "\n").encode("utf-8")), ctx)
    seg = doc.segments[0]
    return seg.en or "", [seg.zh[a:b] for a, b in seg.tokens], [t.zh for t in seg.terms]


# Each row: a sentence of the corpus (file:line), the terms it must hit (as written: a variant is
# reported as found) and English the shipped renderings put into it (their sources are in the
# glossary files' source column).
NEWS_TERMS = [
    ("中共中央总书记、国家主席、中央军委主席习近平3月6日下午看望了参加全国政协十三届五次会议的农业界、社会福利和社会保障界委员，并参加联组会，听取意见和建议。",  # 22-xwlb-20220306:5
     ["中共中央总书记", "国家主席", "中央军委主席", "联组会"],
     ["General Secretary of the CPC Central Committee", "President", "Chairman of the Central Military Commission",
      "joint group meeting"]),
    ("大会主席团常务主席、执行主席赵乐际主持大会。",  # 11-xwlb-20250305:9
     ["大会主席团常务主席", "执行主席"], ["executive chairperson of the presidium", "executive chairperson"]),
    ("中华人民共和国主席令（第三号）",  # 19-xwlb-20230313:3
     ["中华人民共和国", "主席令"], ["People's Republic of China", "presidential order"]),
    ("中共中央政治局常委、国务院副总理韩正5日下午来到他所在的陕西代表团，同代表们一起审议政府工作报告。",  # 15-xwlb-20220305:33
     ["中共中央政治局常委", "国务院副总理", "审议"],
     ["member of the Standing Committee of the Political Bureau of the CPC Central Committee", "Vice Premier",
      "deliberation"]),
    ("参加党的十九届六中全会的同志们认为，《中共中央关于党的百年奋斗重大成就和历史经验的决议》具有重大的现实意义和深远的历史意义。",  # 06-xwlb-20211111:21
     ["党的十九届六中全会"], ["the sixth plenary session of the 19th CPC Central Committee"]),
]


@pytest.mark.parametrize("zh, terms, phrases", NEWS_TERMS)
def test_news_offices_and_meetings_take_the_glossary_rendering(
        news_context: Context, zh: str, terms: list[str], phrases: list[str]) -> None:
    en, _, hits = translate_news(news_context, zh)
    assert set(terms) <= set(hits), hits
    for phrase in phrases:  # as the term check compares: a sentence's first word is capitalized
        assert phrase.casefold() in en.casefold(), en


@pytest.mark.parametrize("zh, word", [
    # 主席团 is jieba's word too, so it is left out of the glossary: as a term it would cut
    # 习主席/团结 into 习/主席团/结 (25-xwlb-20240306:77)
    (("中共中央政治局委员、中央军委副主席何卫东指出，去年以来，党中央、习主席团结带领全党全军全国人民，"
      "推动全面建设社会主义现代化国家迈出坚实步伐。"), "团结"),
    # 党的全面领导 would take 党 from 中国共产党; the longer entry keeps the Party whole (19-xwlb-20230313:17)
    ("要毫不动摇坚持中国共产党的全面领导，牢牢把握人民政协性质定位，更好发挥人民政协作为专门协商机构作用。",
     "中国共产党的全面领导"),
    # 民营企业 inside 民营企业家: the longer entry wins (19-xwlb-20230313:13)
    (("在回答民营经济发展问题时，李强说，全国两会期间，习近平总书记就民营经济健康发展、高质量发展作了深刻阐述，"
     "民营企业家深受鼓舞和激励。"), "民营企业家"),
])
def test_news_terms_do_not_split_the_words_around_them(news_context: Context, zh: str, word: str) -> None:
    _, tokens, _ = translate_news(news_context, zh)
    assert word in tokens, tokens


def test_a_variant_never_drops_meaning_of_the_sample() -> None:
    """省级农业科技园 was a variant of 农业科技园, so its 省级 vanished from the English."""
    from pipeline.context import Context
    from pipeline.model import Document
    from pipeline.runner import run

    zh = "现代农业产业园认定为省级农业科技园。"
    doc = run(Document("x.txt", data=zh.encode()), Context(glossary=load_glossary(default_paths()), cache=False),
              until="translate")
    assert "provincial-level agricultural science and technology park" in doc.segments[0].en
