"""The writers on a page with every kind of record (tests/formats_data.py) and on the sample.

Markdown is checked by rendering it with markdown-it-py (CommonMark + GFM tables/footnotes),
HTML by parsing it with lxml, TMX by validating against the official TMX 1.4b DTD, TSV by
reading it back with the csv module as a spreadsheet would."""

from __future__ import annotations

import base64
import csv
import hashlib
import io
import re
from pathlib import Path

import pytest
from lxml import etree
from lxml import html as lhtml

from pipeline.formats import html as html_format
from pipeline.formats import markdown, tmx, tsv
from tests.conftest import DATA, run_sample
from tests.formats.formats_data import IMG, SCRIPT, SEGMENTS, context, document, rendered

# ---------------------------------------------------------------- HTML


def _page(layout: str = "side") -> lhtml.HtmlElement:
    return lhtml.fromstring(rendered(html_format.render, ctx=context(layout)))


def _pair(page: lhtml.HtmlElement, sid: str) -> lhtml.HtmlElement:
    return page.xpath(f'//div[@data-pair="{sid}"]')[0]


def test_html_escapes_everything_from_the_input() -> None:
    text = rendered(html_format.render)
    assert SCRIPT not in text and IMG not in text
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in text
    assert "<title>page&lt;1&gt;.txt" in text  # the file name is input too
    page = _page()
    assert len(page.xpath("//script")) == 1  # ours only
    assert page.xpath("//img") == []
    assert SCRIPT in _pair(page, "p3.s2").xpath('.//div[@lang="zh-CN"]')[0].text_content()


def test_html_loads_nothing_and_its_csp_allows_only_its_own_style_and_script() -> None:
    page = _page()
    assert page.xpath("//*[@src] | //link | //iframe | //object") == []
    csp = page.xpath('//meta[@http-equiv="Content-Security-Policy"]/@content')[0]
    assert "default-src 'none'" in csp
    for tag, directive in (("style", "style-src"), ("script", "script-src")):
        body = page.xpath(f"//{tag}")[0].text
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"{directive} 'sha256-{digest}'" in csp
    assert "url(" not in page.xpath("//style")[0].text and "@import" not in page.xpath("//style")[0].text


@pytest.mark.parametrize("layout", ["side", "interlinear"])
def test_html_one_pair_per_segment_in_reading_order(layout: str) -> None:
    page = _page(layout)
    assert page.xpath("//body/@class") == [layout]
    assert page.xpath("//div[@data-pair]/@id") == [s.id for s in SEGMENTS]
    for pair in page.xpath("//div[@data-pair]"):  # both halves keyboard-focusable
        assert pair.xpath("./div/@tabindex") == ["0", "0"]
    assert len(page.xpath('//section[contains(@class,"para")]')) == 8  # p1..p8 in formats_data


# Kinds and labels from pipeline/formats/common.py (KIND_LABELS, MUTED_KINDS).
@pytest.mark.parametrize("sid, muted, label", [
    ("p1.s1", True, "page furniture"),
    ("p2.s1", False, None),
    ("p3.s1", False, None),
    ("p5.s1", True, "caption"),
    ("p6.s1", True, "photo credit"),
    ("p7.s1", True, "fragment"),
    ("p8.s1", False, "byline"),
])
def test_html_mutes_and_labels_non_text_kinds(sid: str, muted: bool, label: str | None) -> None:
    pair = _pair(_page(), sid)
    assert ("muted" in pair.get("class").split()) is muted
    labels = pair.xpath('.//span[@class="label"]/text()')
    assert labels == ([label, label] if label else [])


def test_html_untranslated_kinds_say_so() -> None:
    en = _pair(_page(), "p7.s1").xpath('./div[@lang="en"]')[0]
    assert "not translated" in en.text_content()


def test_html_names_the_speaker_at_the_start_of_each_turn_only() -> None:
    page = _page()
    # formats_data: p3.s1 starts 陈宇星's turn, p3.s2 continues it, p4.s1 starts 王俊强's.
    assert _pair(page, "p3.s1").xpath('.//span[@class="speaker"]/text()') == ["陈宇星", "Chen Yuxing"]
    assert _pair(page, "p3.s2").xpath('.//span[@class="speaker"]') == []
    assert _pair(page, "p4.s1").xpath('.//span[@class="speaker"]/text()') == ["王俊强", "Wang Junqiang"]


def test_html_marks_terms_in_both_columns() -> None:
    page = _page()
    pair = _pair(page, "p3.s1")
    zh = pair.xpath('./div[@lang="zh-CN"]//a[contains(@class,"term")]')
    en = pair.xpath('./div[@lang="en"]//a[contains(@class,"term")]')
    assert [a.text for a in zh] == ["三城五地"]
    # English rendering found case-insensitively: the segment says "three cities and five bases".
    assert [a.text for a in en] == ["three cities and five bases"]
    assert zh[0].get("href") == en[0].get("href") == "#term-1"
    assert zh[0].get("aria-describedby") == "term-1-en term-1-note"
    # 三抓三促's rendering is not in p4.s1's English: marked as missing there.
    missing = _pair(page, "p4.s1").xpath('.//a[contains(@class,"missing")]/text()')
    assert missing == ["三抓三促"]


def test_html_shows_qa_flags_and_the_run_summary() -> None:
    page = _page()
    assert "⚠ truncated" in _pair(page, "p3.s2").text_content()
    assert "term-missing" in _pair(page, "p4.s1").xpath('.//ul[@class="qa"]')[0].text_content()
    box = page.xpath('//section[@id="qa-summary"]')[0].text_content()
    assert "2 of 9 records flagged" in box and "requests 9" in box and "truncated 1" in box


def test_html_terms_table_counts_each_term() -> None:
    rows = _page().xpath('//section[@id="terms"]//tbody/tr')
    got = [(r.xpath("./td")[0].text, r.xpath("./td")[1].text, r.xpath("./td")[2].text) for r in rows]
    # formats_data: 三城五地 in p3.s1 and p4.s1, 三抓三促 in p4.s1.
    assert got == [("三城五地", "Three Cities and Five Bases", "2"),
                   ("三抓三促", "Three Grasps and Three Promotions", "1")]
    assert rows[0].xpath(".//a/@href") == ["https://example.org/longnan"]
    assert "glossary/policy.tsv:2" in rows[0].text_content()


def test_html_lists_what_was_repaired() -> None:
    text = _page().xpath('//section[@id="repairs"]')[0].text_content()
    assert "3 repairs: space 2, name 1." in text
    assert "“干俊强” → “王俊强”" in text and "p4.s1" in text


# ---------------------------------------------------------------- Markdown


def _md_html(text: str) -> str:
    from markdown_it import MarkdownIt
    from mdit_py_plugins.footnote import footnote_plugin

    return MarkdownIt("commonmark").use(footnote_plugin).enable("table").render(text)


def test_markdown_renders_input_markup_as_text() -> None:
    out = _md_html(rendered(markdown.render))
    assert "<script>" not in out and "<img" not in out
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in out


@pytest.mark.parametrize("text", [
    "> 四是文化事业", "-是稳岗就业", "1. 第一", "# 标题", "**粗**", "a|b", "[链接](http://x)", "&amp;",
    "`代码`", "~~删~~", "<b>粗</b>",
])
def test_markdown_escaping_keeps_text_literal(text: str) -> None:
    """Each input is Markdown syntax (sources: CommonMark 0.31 block quotes, lists, ATX headings,
    emphasis, links, entities, code spans; GFM tables and strikethrough)."""
    rendered = _md_html(markdown.md_text(text))
    assert lhtml.fromstring(rendered).text_content().strip() == text


def test_markdown_is_interlinear_with_speakers_and_labels() -> None:
    text = rendered(markdown.render)
    assert "积极融入三城五地[^1]建设。  \nActively join the building of the three cities" in text
    assert "**陈宇星** (Chen Yuxing)" in text and "**王俊强** (Wang Junqiang)" in text
    assert text.count("**陈宇星**") == 1  # named once per turn
    assert "## 奋力推动高质量发展\n\nStriving for high-quality development" in text
    assert "> *\\[fragment, not translated\\]* 赶 超 稳 进 位" in text
    assert "> *\\[caption\\]* ↑西和县商贸\\|物流园" in text
    assert "⚠ truncated" in text


def test_markdown_footnotes_one_per_distinct_term_reused() -> None:
    text = rendered(markdown.render)
    assert text.count("[^1]:") == 1 and text.count("[^2]:") == 1
    assert text.count("[^1]") == 4  # p3.s1, p4.s1, terms table, definition
    assert ("[^1]: 三城五地: **Three Cities and Five Bases**. Longnan's development slogan. "
            "Source: https://example.org/longnan. (glossary/policy.tsv:2)") in text
    html = _md_html(text)
    assert html.count('class="footnote-item"') == 2


def test_markdown_terms_table_and_repairs() -> None:
    text = rendered(markdown.render)
    assert "| 三城五地[^1] | Three Cities and Five Bases | 2 |" in text
    assert "| 三抓三促[^2] | Three Grasps and Three Promotions | 1 |" in text
    assert "3 repairs: space 2, name 1." in text
    assert "- name: “干俊强” → “王俊强” — p4.s1" in text
    assert "- space:" not in text  # routine repairs are counted, not listed (issue 3: a short section)
    assert "## QA summary" in text and "- term-missing: 1" in text and "- requests: 9" in text


def test_markdown_gloss_line_only_for_short_lines_of_a_real_engine() -> None:
    from dataclasses import replace

    from pipeline.model import Segment

    s: Segment = replace(SEGMENTS[1], engine="openai", gloss=(("奋力", "strive"), ("推动", "push")))
    assert markdown._gloss_line(s) == "↳ 奋力 strive · 推动 push"
    assert markdown._gloss_line(replace(s, engine="gloss")) == ""  # the gloss is the English
    assert markdown._gloss_line(replace(s, zh="很长" * 20)) == ""


# ---------------------------------------------------------------- TMX and TSV


def _validate_tmx(text: str) -> None:
    dtd = etree.DTD(str(DATA / "tmx14.dtd"))
    doc = etree.fromstring(text.encode("utf-8"))
    assert dtd.validate(doc), dtd.error_log.filter_from_errors()


def test_tmx_validates_against_the_tmx14_dtd() -> None:
    text = rendered(tmx.render)
    _validate_tmx(text)
    root = etree.fromstring(text.encode("utf-8"))
    translated = [s for s in SEGMENTS if s.en is not None]
    assert root.xpath("//tu/@tuid") == [s.id for s in translated]
    seg = root.xpath('//tu[@tuid="p3.s2"]/tuv[@xml:lang="zh-CN"]/seg')[0]
    assert seg.text == SEGMENTS[3].zh  # markup in the input survives as text
    assert root.xpath('//tu[@tuid="p3.s1"]/prop[@type="x-speaker"]/text()') == ["陈宇星"]
    # who translated each unit, and its qa flags, one prop each (formats_data: all gloss)
    assert root.xpath('//tu/prop[@type="x-engine"]/text()') == ["gloss"] * len(translated)
    assert root.xpath('//tu[@tuid="p3.s2"]/prop[@type="x-qa"]/text()') == ["truncated"]
    assert root.xpath('//tu[@tuid="p3.s1"]/prop[@type="x-qa"]') == []
    assert root.xpath('//prop[@type="x-fallback"]') == []
    assert root.xpath('/tmx/header/prop[@type="x-engines"]/text()') == [f"gloss {len(translated)}"]


def test_tmx_says_which_units_fell_back_and_the_header_names_the_mix() -> None:
    from dataclasses import replace

    flag = "fallback: gloss (HTTP 502: <html>bad gateway</html>)"  # markup in a server's error
    doc = document()
    paragraphs = tuple(
        replace(p, segments=tuple(
            replace(s, engine="openai") if s.id != "p4.s1"
            else replace(s, engine="gloss", qa=(flag, *s.qa)) for s in p.segments))
        for p in doc.paragraphs)
    text = rendered(tmx.render, replace(doc, paragraphs=paragraphs))
    _validate_tmx(text)
    root = etree.fromstring(text.encode("utf-8"))
    header = root.find("header")
    assert header.get("creationtool") == "pipeline"
    assert header.xpath('prop[@type="x-engines"]/text()') == ["openai 6, gloss 1"]  # most first
    tu = root.xpath('//tu[@tuid="p4.s1"]')[0]
    assert tu.xpath('prop[@type="x-engine"]/text()') == ["gloss"]
    assert tu.xpath('prop[@type="x-fallback"]/text()') == [flag.removeprefix("fallback: ")]
    assert tu.xpath('prop[@type="x-qa"]/text()') == [
        flag, "term-missing: 三抓三促 → Three Grasps and Three Promotions"]
    # props first, as the DTD wants: kind, paragraph, speaker, engine, fallback, two qa
    assert [c.tag for c in tu] == ["prop"] * 7 + ["tuv", "tuv"]
    assert root.xpath('//tu[@tuid="p2.s1"]/prop[@type="x-engine"]/text()') == ["openai"]
    assert len(root.xpath('//prop[@type="x-fallback"]')) == 1


def test_tmx_of_the_sample_page_validates(tmp_path: Path) -> None:
    run_sample(tmp_path, "--format", "jsonl", "--format", "tmx")
    _validate_tmx((tmp_path / "xihe-interview.zh.tmx").read_text(encoding="utf-8"))


@pytest.mark.parametrize("zh, expected", [
    ("tab\there", "tab here"),           # a tab would split the column
    ("line\nbreak\r\n", "line break"),   # a line break would split the row
    ('"三城五地"建设', '"三城五地"建设'),     # quotes survive (csv quoting)
    ("-是稳岗就业", "'-是稳岗就业"),         # formula trigger (OWASP CSV injection)
    ("=1+1", "'=1+1"),
])
def test_tsv_reads_back_as_five_columns(zh: str, expected: str) -> None:
    from dataclasses import replace

    doc = document()
    p = doc.paragraphs[2]
    seg = replace(p.segments[0], zh=zh, en=f"{zh} en", qa=(zh,))  # the qa cell is a cell too
    doc = replace(doc, paragraphs=(replace(p, segments=(seg,)),))
    rows = list(csv.reader(io.StringIO(rendered(tsv.render, doc)), dialect="excel-tab"))
    assert rows == [["id", "zh", "en", "engine", "qa"],
                    ["p3.s1", expected, f"{expected} en", "gloss", expected]]


def test_tsv_engine_and_qa_columns() -> None:
    from dataclasses import replace

    doc = document()
    p3, p4 = doc.paragraphs[2], doc.paragraphs[3]  # p3.s1, p3.s2 ("truncated"), p4.s1 (a term)
    p3 = replace(p3, segments=tuple(replace(s, engine="openai") for s in p3.segments))
    p4 = replace(p4, segments=tuple(replace(s, qa=("fallback: gloss (timeout)", *s.qa))
                                    for s in p4.segments))
    doc = replace(doc, paragraphs=(p3, p4))
    rows = list(csv.reader(io.StringIO(rendered(tsv.render, doc)), dialect="excel-tab"))
    assert rows == [
        ["id", "zh", "en", "engine", "qa"],
        ["p3.s1", SEGMENTS[2].zh, SEGMENTS[2].en, "openai", ""],
        ["p3.s2", SEGMENTS[3].zh, SEGMENTS[3].en, "openai", "truncated"],
        ["p4.s1", SEGMENTS[4].zh, SEGMENTS[4].en, "gloss",
         "fallback: gloss (timeout) | term-missing: 三抓三促 → Three Grasps and Three Promotions"],
    ]


def test_tsv_of_the_sample_page_has_one_row_per_translated_record(tmp_path: Path) -> None:
    records = run_sample(tmp_path, "--format", "jsonl", "--format", "tsv")
    text = (tmp_path / "xihe-interview.zh.tsv").read_text(encoding="utf-8")
    rows = list(csv.reader(io.StringIO(text), dialect="excel-tab"))
    assert rows[0] == ["id", "zh", "en", "engine", "qa"]
    translated = [r for r in records if r["en"] is not None]
    assert [r[0] for r in rows[1:]] == [r["id"] for r in translated]
    assert all(len(r) == 5 for r in rows)
    for row, rec in zip(rows[1:], translated):
        assert row[1].lstrip("'") == " ".join(rec["zh"].split())
        assert row[3:] == [rec["engine"], " | ".join(" ".join(q.split()) for q in rec["qa"])]


def test_tmx_and_tsv_of_a_run_where_some_segments_fell_back(tmp_path: Path) -> None:
    """A real run whose engine fails some segments (tests/engines/flaky_engine.py): the
    pipeline's FallbackEngine glosses them, and TMX and TSV say so unit by unit, as JSONL does."""
    from tests.engines.flaky_engine import ERROR, fails

    records = run_sample(tmp_path, "--engine", "tests.engines.flaky_engine:FlakyEngine",
                         "--format", "jsonl", "--format", "tmx", "--format", "tsv")
    translated = [r for r in records if r["en"] is not None]
    fell_back = [r["id"] for r in translated if any(q.startswith("fallback:") for q in r["qa"])]
    assert fell_back == [r["id"] for r in translated if fails(r["id"])]  # exactly those it failed
    assert 0 < len(fell_back) < len(translated)
    assert {r["engine"] for r in translated if r["id"] in fell_back} == {"gloss"}
    assert {r["engine"] for r in translated if r["id"] not in fell_back} == {"flaky"}

    text = (tmp_path / "xihe-interview.zh.tmx").read_text(encoding="utf-8")
    _validate_tmx(text)
    root = etree.fromstring(text.encode("utf-8"))
    header = root.find("header")
    assert header.get("creationtool") == "pipeline"
    mix = f"flaky {len(translated) - len(fell_back)}, gloss {len(fell_back)}"
    assert header.xpath('prop[@type="x-engines"]/text()') == [mix]
    tus = root.xpath("//tu")
    assert [tu.get("tuid") for tu in tus] == [r["id"] for r in translated]
    for tu, rec in zip(tus, translated):
        assert tu.xpath('prop[@type="x-engine"]/text()') == [rec["engine"]]
        assert tu.xpath('prop[@type="x-qa"]/text()') == rec["qa"]
        fallback = tu.xpath('prop[@type="x-fallback"]/text()')
        assert fallback == ([f"gloss ({ERROR})"] if rec["id"] in fell_back else [])

    rows = list(csv.reader(io.StringIO(
        (tmp_path / "xihe-interview.zh.tsv").read_text(encoding="utf-8")), dialect="excel-tab"))
    assert rows[0] == ["id", "zh", "en", "engine", "qa"]
    assert [(r[0], r[3]) for r in rows[1:]] == [(r["id"], r["engine"]) for r in translated]
    for row in rows[1:]:
        assert (f"fallback: gloss ({ERROR})" in row[4].split(" | ")) == (row[0] in fell_back)


# ---------------------------------------------------------------- CLI


def test_format_and_layout_options(tmp_path: Path) -> None:
    run_sample(tmp_path, "--format", "jsonl", "--format", "html", "--layout", "interlinear")
    assert sorted(p.suffix for p in tmp_path.iterdir()) == [".html", ".jsonl"]
    text = (tmp_path / "xihe-interview.zh.html").read_text(encoding="utf-8")
    assert re.search(r'<body class="interlinear">', text)


@pytest.mark.parametrize("speaker, en", [
    # the names module's surname readings (zh/romanize.py; GB/T 28039-2011 writes the surname
    # as read in names): pypinyin's word readings gave Ou Yangming, Dan Xiong, Ceng Guoqiang
    ("欧阳明", "Ouyang Ming"),
    ("单雄", "Shan Xiong"),
    ("曾国强", "Zeng Guoqiang"),
    ("陈宇星", "Chen Yuxing"),  # the sample page's interviewer (input/xihe-interview.zh.txt)
])
def test_speaker_labels_romanise_through_the_names_module(speaker: str, en: str) -> None:
    from pipeline.context import Context
    from pipeline.formats.common import speaker_en

    assert speaker_en(speaker, Context()) == en


@pytest.mark.parametrize("token, key", [("欧阳明", "ouyangming"), ("单雄明", "shanxiongming"),
                                        ("曾国强", "zengguoqiang")])
def test_aligner_anchors_romanise_names_the_same_way(token: str, key: str) -> None:
    from pipeline.bitext.anchors import _name_pinyin

    assert _name_pinyin(token) == key
