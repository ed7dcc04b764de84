"""clean: OCR repair of newspaper pages, on the sample page, on a second page laid
out differently (tests/data/kangle-interview.zh.txt: lines wrapped inside blocks,
indented paragraph starts, a caption block inside a sentence), on a page with
no OCR noise (tests/data/clean-report.zh.txt), and on official texts set one paragraph per
line (tests/data/official-report.zh.txt and small pages below)."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.cli import cli
from pipeline.context import Context
from pipeline.model import TRANSLATED_KINDS, Document, Paragraph, Repair
from pipeline.stages.clean import classify, clean, read_layout, split_lines
from pipeline.stages.clean import text as T
from pipeline.stages.clean.names import name_variants
from pipeline.stages.ingest import ingest
from pipeline.stages.segment import segment
from pipeline.zh.textmap import Mapped
from tests.conftest import DATA, SAMPLE

SECOND = DATA / "kangle-interview.zh.txt"
CLEAN = DATA / "clean-report.zh.txt"
OFFICIAL = DATA / "official-report.zh.txt"


def run_stages(data: bytes, name: str = "page.txt") -> Document:
    """The real stages ingest → clean → segment."""
    ctx = Context()
    doc = ingest(Document(source=name, data=data), ctx)
    return segment(clean(doc, ctx), ctx)


@lru_cache(maxsize=4)
def page(path: Path) -> Document:
    return run_stages(path.read_bytes(), path.name)


def find(path: Path, needle: str) -> Paragraph:
    """The one paragraph whose cleaned text holds `needle`."""
    found = [p for p in page(path).paragraphs if needle in p.text]
    assert len(found) == 1, [p.text for p in found]
    return found[0]


def repairs(path: Path, what: str) -> list[tuple[str, str]]:
    return [(r.before, r.after) for p in page(path).paragraphs for r in p.repairs if r.what == what]


def owners(doc: Document) -> list[int]:
    """How many segments' raw spans hold each character of the input."""
    count = [0] * len(doc.text)
    for s in doc.segments:
        for a, b in s.raw:
            for i in range(a, b):
                count[i] += 1
    return count


# --- the sample page, class by class (expected values read off input/xihe-interview.zh.txt) ---

@pytest.mark.parametrize(
    "needle, kind",
    [
        ("星期一", "furniture"),  # line 1: running head
        ("本期嘉宾", "meta"),  # line 3: the guest/host header of the interview
        ("赶 超 稳", "fragment"),  # line 57: scrambled display type, kept as it is
        ("↑西和县商", "caption"),  # line 94: cut-off caption with arrows
        ("➡西和县漾", "caption"),  # line 96
        ("王俊强接受陇南市融媒体中心主任陈宇星专访。", "caption"),  # line 81, above a credit
        ("陇南市融媒体中心采访组", "byline"),  # line 92: closing byline in brackets
    ],
)
def test_sample_labels(needle: str, kind: str) -> None:
    assert find(SAMPLE, needle).kind == kind


def test_sample_credits_are_credits() -> None:
    credits = [p for p in page(SAMPLE).paragraphs if p.kind == "credit"]
    assert [p.text for p in credits] == ["本报记者 冉创昌 摄"] * 2  # lines 83 and 98
    assert all(p.repairs == () for p in credits)


def test_sample_vertical_headline_is_one_heading() -> None:
    # lines 59–79: one glyph per line between blank lines
    head = find(SAMPLE, "陇南媒体中主任对话西和")
    assert head.kind == "heading" and len(head.segments) == 1
    assert all(len(s.zh) > 1 for s in page(SAMPLE).segments if s.kind != "furniture")


@pytest.mark.parametrize(
    "cleaned",
    [
        "为指导，认真贯彻",  # line 11: "为指导, 认真贯彻"
        "积极融入“三城五地”建设",  # lines 7, 9, 11: ASCII quotes and a space
        "主题宣传全媒体",  # line 7: a space inside a word
        "国家4A级景区",  # line 85: "4A 级"
        "取得了什么成效？",  # line 9: ASCII question mark
    ],
)
def test_sample_spaces_and_punctuation(cleaned: str) -> None:
    assert any(cleaned in p.text for p in page(SAMPLE).paragraphs if p.kind == "body")


def test_sample_lines_rejoined_and_paragraph_starts_kept() -> None:
    paras = [p for p in page(SAMPLE).paragraphs if p.kind == "body"]
    items = [p.text[:2] for p in paras if re.match("[一二三四五]是", p.text)]
    # items per answer, lines 13–55 and 63–89: 一二三, 一二三四, 一二三四五, 一二三四
    assert items == ["一是", "二是", "三是", "一是", "二是", "三是", "四是",
                     "一是", "二是", "三是", "四是", "五是", "一是", "二是", "三是", "四是"]
    assert paras[0].text.startswith("1月30日") and paras[0].text.endswith("专访。")
    assert all("\n" not in p.text for p in paras)


def test_sample_paragraph_rejoined_around_caption() -> None:
    # line 55 ends "针对", line 85 goes on "性落实"; between them debris, headline, caption, credit
    p = find(SAMPLE, "帮扶力量，针对性落实帮扶措施")
    assert len(p.raw) == 2
    gap = (p.raw[0][1], p.raw[1][0])
    inside = [q for q in page(SAMPLE).paragraphs if gap[0] <= q.raw[0][0] < gap[1]]
    assert [q.kind for q in inside] == ["fragment", "heading", "caption", "credit"]
    assert [r.what for r in p.repairs].count("rejoin") == 1


def test_sample_enumerator_and_flow_marker() -> None:
    assert repairs(SAMPLE, "enumerator") == [("-是", "一是")]  # line 73
    assert repairs(SAMPLE, "flow-marker") == [("> ", "")]  # line 79
    assert find(SAMPLE, "四是文化事业蓬勃发展。").text.startswith("四是")


def test_sample_name_reconciled() -> None:
    # 王俊强 appears 5 times (3 as a speaker), 干俊强 twice (header line 3, speaker line 37)
    assert sorted(repairs(SAMPLE, "name")) == [("干俊强", "王俊强")] * 2
    assert not any("干俊强" in p.text or p.speaker == "干俊强" for p in page(SAMPLE).paragraphs)


def test_sample_speakers() -> None:
    paras = page(SAMPLE).paragraphs
    turns = [p.speaker for p in paras if p.kind == "body" and not re.match("[一二三四五]是", p.text)]
    # lines 5–89: introduction, then question/answer turns
    assert turns == [None] + ["陈宇星", "王俊强"] * 4
    assert not any(re.match("(陈宇星|王俊强)[:：]", p.text) for p in paras)
    assert all(s.speaker == "王俊强" for s in find(SAMPLE, "-是稳岗就业".replace("-", "一")).segments)


def test_sample_truncated_paragraphs_flagged_not_glued() -> None:
    flagged = [p for p in page(SAMPLE).paragraphs if any(q.startswith("truncated") for q in p.qa)]
    # line 75 ends "113.38" before a question; line 77 ends "思路和" before an answer
    assert [p.text.endswith(end) for p, end in zip(flagged, ("物资113.38", "有哪些思路和"))] == [True] * 2
    assert len(flagged) == 2
    assert [p.segments[-1].qa[0].startswith("truncated") for p in flagged] == [True, True]


def test_sample_nothing_lost() -> None:
    doc = page(SAMPLE)
    count = owners(doc)
    assert [i for i, ch in enumerate(doc.text) if not ch.isspace() and count[i] != 1] == []


def test_sample_fragment_not_translated() -> None:
    assert "fragment" not in TRANSLATED_KINDS and "furniture" not in TRANSLATED_KINDS


# --- the second page ----------------------------------------------------------------------

@pytest.mark.parametrize(
    "needle, kind",
    [
        ("2024年3月4日 星期一", "furniture"),  # dateline
        ("第3版", "furniture"),  # page number
        ("康乐县访谈", "heading"),  # vertical headline, lines 4–12
        ("——访康乐县委书记张立民", "heading"),  # subtitle
        ("本报记者 马晓 通讯员 李明", "byline"),  # reporter line under the headline
        ("图为康乐县胭脂镇标准化养殖小区。", "caption"),  # caption block inside a sentence
        ("（赵亮 摄）", "credit"),
        ("农 村 美 丽", "fragment"),  # display-type debris
        ("(下转第2版)", "furniture"),  # jump line
    ],
)
def test_second_page_labels(needle: str, kind: str) -> None:
    assert find(SECOND, needle).kind == kind


def test_second_page_repairs() -> None:
    assert repairs(SECOND, "enumerator") == [("-是", "一是")]
    assert repairs(SECOND, "name") == [("张立氏", "张立民")]  # 民/氏 is an OCR confusion
    assert repairs(SECOND, "flow-marker") == [("» ", "")]
    p = find(SECOND, "带动农户增收1.2亿元。")  # rejoined around the caption and credit blocks
    assert len(p.raw) == 2 and p.text.startswith("一是做强牛羊产业。")
    assert find(SECOND, "“企业+合作社+农户”联结机制，带动").kind == "body"


def test_second_page_structure() -> None:
    body = [p for p in page(SECOND).paragraphs if p.kind == "body"]
    assert [p.speaker for p in body] == ["记者", "张立民", "张立民", "张立民", "记者", "张立民",
                                         "张立民", "张立民"]
    truncated = [p.text[-4:] for p in body if p.qa]
    assert truncated == ["农村危房", "施，推动"]  # cut by debris, and by the jump line
    count = owners(page(SECOND))
    assert all(count[i] == 1 for i, ch in enumerate(page(SECOND).text) if not ch.isspace())


# --- clean input passes through --------------------------------------------------------------

def test_clean_page_has_no_repairs() -> None:
    doc = page(CLEAN)
    raw = CLEAN.read_text(encoding="utf-8")
    assert [p.repairs for p in doc.paragraphs] == [()] * len(doc.paragraphs)
    assert [p.text for p in doc.paragraphs] == [b for b in raw.split("\n") if b]
    assert [p.kind for p in doc.paragraphs] == ["heading", "body", "body", "body", "caption",
                                                "credit", "byline"]


# --- pages set one paragraph per line (official texts) -------------------------------------

def lines_of(path: Path) -> list[str]:
    """The page's non-blank lines with ASCII , ; turned full-width (the only repairs allowed)."""
    raw = path.read_text(encoding="utf-8")
    return [b.replace(",", "，").replace(";", "；") for b in raw.split("\n") if b]


def test_official_report_comes_out_paragraph_for_line() -> None:
    # tests/data/official-report.zh.txt: a county report laid out like the State Council's
    # (title, dateline, salutation, section headings 一、/（一）, a closing attribution).
    doc = page(OFFICIAL)
    assert [p.text for p in doc.paragraphs] == lines_of(OFFICIAL)
    assert {r.what for p in doc.paragraphs for r in p.repairs} == {"punctuation"}
    assert [p.qa for p in doc.paragraphs] == [()] * len(doc.paragraphs)
    # line by line: title; dateline and closing source (dash-led, not short enough to be a
    # subtitle); salutation and sentences; section headings 一、 （一） and a long 二、
    assert [p.kind for p in doc.paragraphs] == [
        "heading", "byline", "body", "body", "heading", "body", "heading", "body", "heading",
        "body", "body", "byline"]


# Hand-made pages, one per rule; the expected (kind, text) pairs are read off each page.
QUOTES = ("我们要把人民群众的小事当作自己的大事，从人民群众关心的事情做起，从让人民群众满意的事情做起。\n\n"
          "——2023年3月5日，县委书记在全县干部大会上的讲话\n\n"
          "发展是第一要务，人才是第一资源，创新是第一动力，三者要统筹起来一起抓好。\n\n"
          "——2023年6月1日，县长在县政府常务会议上的讲话\n")
WRAPPED = ("　　我们要把人民群众的小事当作自己的\n大事，从人民群众关心的事情做起，从\n"
           "让人民群众满意的事情做起。\n——县委书记讲话\n"
           "　　发展是第一要务，人才是第一资源，\n创新是第一动力，三者要统筹起来一起\n抓好。\n")


@pytest.mark.parametrize(
    "text, expected",
    [
        # every other line names the source of a quotation: a byline, not a sentence cut short
        (QUOTES, [("body", "我们要把"), ("byline", "——2023年3月5日"), ("body", "发展是第一"),
                  ("byline", "——2023年6月1日")]),
        # short topic headings without punctuation (谈…) stand alone, whatever their length
        ("谈民生\n\n民生工作要坚持尽力而为、量力而行，一件事情接着一件事情办。\n\n"
         "谈教育\n\n要办好人民满意的教育，让每个孩子都能享有公平而有质量的教育。\n",
         [("heading", "谈民生"), ("body", "民生工作"), ("heading", "谈教育"), ("body", "要办好")]),
        # a long line cut mid-sentence still rejoins its continuation (like the sample's
        # line 71 "…不断丰富" / line 73 "群众性文化体育生活。…")
        ("全县持续推进城乡文体场馆设施、数字广电网络等公共服务建设，举办各类文化活动两百余场，不断丰富\n\n"
         "群众性文化体育生活。\n\n全年接待游客一百二十万人次，实现旅游综合收入九亿元。\n",
         [("body", "全县持续推进"), ("body", "全年接待")]),
        # on a hard-wrapped page a short dash-led line stands alone; the lines around rejoin
        (WRAPPED, [("body", "我们要把"), ("heading", "——县委书记讲话"), ("body", "发展是第一")]),
    ],
    ids=["attributions", "topic-headings", "cut-sentence-rejoins", "wrapped-attribution"],
)
def test_lines_that_stand_alone(text: str, expected: list[tuple[str, str]]) -> None:
    doc = run_stages(text.encode("utf-8"))
    got = [(p.kind, p.text[:len(start)]) for p, (_, start) in zip(doc.paragraphs, expected)]
    assert got == expected and len(doc.paragraphs) == len(expected)
    assert [p.qa for p in doc.paragraphs] == [()] * len(expected)  # nothing flagged truncated


# A hand-made page of key points set one paragraph per line, blank lines between: a title,
# a section heading, bare figure lines and fields that end without a full stop, a dateline.
KEY_POINTS = ("2023年《县政府工作报告》双语要点\n\n一、2022年工作回顾\n\n"
              "全县经济运行稳中向好，主要指标好于预期，产业结构持续优化，脱贫攻坚成果进一步巩固拓展。\n\n"
              "全年地区生产总值增长5.2%\n\n"
              "我们坚持就业优先，新增城镇就业一千二百人，城乡居民收入稳步增长，民生得到有效保障。\n\n发布时间：2023年01月10日\n\n关键词：发展民生就业\n\n"
              "2023年1月10日\n\n今年是全面贯彻党的二十大精神的开局之年。\n")


def test_short_lines_set_apart_by_blank_lines_stay_apart() -> None:
    doc = run_stages(KEY_POINTS.encode("utf-8"))
    # read off the page: each line its own paragraph; lines without any sentence punctuation
    # are headings (the short keyword field too, by is_heading; the dated field ends in a
    # digit-heavy date wider than a heading there); a bare date (no weekday, so not a
    # newspaper folio) is a dateline
    assert [(p.kind, p.text) for p in doc.paragraphs] == [
        ("heading", "2023年《县政府工作报告》双语要点"), ("heading", "一、2022年工作回顾"),
        ("body", "全县经济运行稳中向好，主要指标好于预期，产业结构持续优化，脱贫攻坚成果进一步巩固拓展。"),
        ("heading", "全年地区生产总值增长5.2%"),
        ("body", "我们坚持就业优先，新增城镇就业一千二百人，城乡居民收入稳步增长，民生得到有效保障。"), ("body", "发布时间：2023年01月10日"),
        ("heading", "关键词：发展民生就业"), ("byline", "2023年1月10日"),
        ("body", "今年是全面贯彻党的二十大精神的开局之年。")]
    ingested = ingest(Document(source="page.txt", data=KEY_POINTS.encode("utf-8")), Context())
    lines = split_lines(ingested)
    assert not read_layout(ingested.text, lines, [classify(ln.text.text) for ln in lines]).wrapped


@pytest.mark.parametrize(
    "text, wrapped",
    [
        (SAMPLE.read_text(encoding="utf-8"), False),  # one paragraph per line
        (SECOND.read_text(encoding="utf-8"), True),  # lines wrapped inside blocks
        (OFFICIAL.read_text(encoding="utf-8"), False),  # headings and datelines are short lines
        (QUOTES, False),  # half the lines are attributions that end without a full stop
        (WRAPPED, True),
        (KEY_POINTS, False),  # half its lines end without a full stop, but widths vary widely
    ],
    ids=["sample", "second", "official", "attributions", "wrapped-attribution", "key-points"],
)
def test_layout_wrapped(text: str, wrapped: bool) -> None:
    doc = ingest(Document(source="page.txt", data=text.encode("utf-8")), Context())
    lines = split_lines(doc)
    assert read_layout(doc.text, lines, [classify(ln.text.text) for ln in lines]).wrapped is wrapped


# --- line breaks between numbers -----------------------------------------------------------

@pytest.mark.parametrize(
    "text, cleaned",
    [
        # figures set on lines of their own are separate numbers (the text): the
        # break becomes a space, never nothing (678903.14159 was one number made of two)
        ("12345 67890\n3.14159", "12345 67890 3.14159"),
        ("１２３４５\n６７８９０", "１２３４５ ６７８９０"),  # full-width digits (zh.numbers reads them)
        ("12345 \n\n 67890", "12345 67890"),  # blanks around the break: one space
        ("Xihe\nCounty", "Xihe County"),  # Latin words, as before
        # a break touching Chinese still goes: a figure wrapped before or after its words
        ("全年增长\n12.5%", "全年增长12.5%"),
        ("总额为5\n万元", "总额为5万元"),
        ("4.54 亿元", "4.54亿元"),  # an OCR space inside a quantity (sample line 75): as before
    ],
)
def test_line_breaks_between_numbers_become_spaces(text: str, cleaned: str) -> None:
    repairs: list[Repair] = []
    assert T.spaces(Mapped.of(text), repairs).text == cleaned


def test_numbers_on_two_lines_stay_two_numbers_through_the_pipeline(tmp_path: Path) -> None:
    src = tmp_path / "figures.zh.txt"
    # a sentence wrapped between two of its figures (before the fix: "12,345 678,903.14159")
    src.write_text("今年全县的几项主要数据分别是12345 67890\n3.14159，均好于预期。\n", encoding="utf-8")
    out = CliRunner().invoke(cli, ["run", str(src), "-o", str(tmp_path), "--format", "jsonl"])
    assert out.exit_code == 0, out.output
    records = [json.loads(line) for line in (tmp_path / "figures.zh.jsonl").open(encoding="utf-8")]
    rec = next(r for r in records if "12345" in r["zh"])
    assert "12345 67890 3.14159" in rec["zh"]
    assert "12,345 67,890 3.14159" in rec["en"]
    assert {"what": "space", "before": "\n", "after": " "} in rec["repairs"]
    assert not any(q.startswith("number-missing") for q in rec["qa"])


# --- name reconciliation rule ----------------------------------------------------------------

@pytest.mark.parametrize(
    "names, text, expected",
    [
        # one glyph apart, a known confusion, dominant 3:1
        (["王俊强", "干俊强"], "王俊强王俊强王俊强干俊强", {"干俊强": "王俊强"}),
        # equally frequent: no dominant form
        (["王俊强", "干俊强"], "王俊强王俊强干俊强干俊强", {}),
        # two-glyph names need a known OCR confusion (李/张 is not one)
        (["张强", "李强"], "张强张强张强李强", {}),
        (["王强", "干强"], "王强王强王强干强", {"干强": "王强"}),
        # two glyphs apart: different people
        (["陈宇星", "王俊强"], "陈宇星" * 5 + "王俊强", {}),
    ],
)
def test_name_variants(names: list[str], text: str, expected: dict[str, str]) -> None:
    assert name_variants(names, text) == expected


# --- through the CLI ---------------------------------------------------------------------

def test_markdown_lists_repairs_and_no_clean_turns_them_off(tmp_path: Path) -> None:
    runner = CliRunner()
    out = runner.invoke(cli, ["run", str(SECOND), "-o", str(tmp_path / "a"), "--format", "md",
                              "--format", "jsonl"])
    assert out.exit_code == 0, out.output
    md = (tmp_path / "a" / "kangle-interview.zh.md").read_text(encoding="utf-8")
    assert "## What was repaired" in md
    assert "enumerator: “\\-是” → “一是”" in md  # "-" escaped as Markdown source
    out = runner.invoke(cli, ["run", str(SECOND), "-o", str(tmp_path / "b"), "--format", "jsonl",
                              "--no-clean"])
    assert out.exit_code == 0, out.output
    lines = (tmp_path / "b" / "kangle-interview.zh.jsonl").read_text(encoding="utf-8").splitlines()
    assert all(json.loads(line).get("repairs", []) == [] for line in lines)


# --- nothing lost, on generated pages -------------------------------------------------------

_HAN = st.sampled_from("县委书记王俊强干陈宇星一二三是推进项目建设发展乡村振兴资金万元本报记者摄星期")
_NOISE = st.sampled_from([" ", "  ", "\n", "\n\n", "\n \n", ",", ", ", "。", "，", "?", ":", ": ",
                          '"', "(", ")", "> ", "-是", "↑", "3", "2.5", "%", "　", "、", "摄"])
_PIECE = st.one_of(_HAN, _HAN, _HAN, _NOISE)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PIECE, min_size=1, max_size=120))
def test_every_non_space_character_in_exactly_one_record(pieces: list[str]) -> None:
    text = "".join(pieces)
    if not text.strip():
        return  # ingest refuses empty input
    doc = run_stages(text.encode("utf-8"))
    count = owners(doc)
    assert [i for i, ch in enumerate(doc.text) if not ch.isspace() and count[i] != 1] == []
    for p in doc.paragraphs:
        assert list(p.offsets) == sorted(p.offsets)
        assert all(any(a <= o < b for a, b in p.raw)
                   for o, ch in zip(p.offsets, p.text) if not ch.isspace())
