"""The archive reports on real pages (tests/archive/conftest.py): every count checked
against the pages' own JSONL, the TMX against the official DTD."""

from __future__ import annotations

import csv
import io
import shutil
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from lxml import etree

from pipeline.archive import REPORTS, PageEntry, pages_in, write_reports
from pipeline.archive.chart import months_between
from pipeline.archive.pages import date_line, date_of, read_page
from pipeline.cli import cli
from tests.archive.conftest import EDITED, Archive
from tests.conftest import DATA

# Dates each page gets: the Kangle masthead "2024年3月4日 星期一" (its date line) wins over
# its folder, 2023-02; the official report's "——2024年1月10日在县…会议上" is a sentence, not
# a date line, so its folder gives it; the others have only their folder.
DATES = {"2023-01/xihe-interview.zh": "2023-01", "2023-02/kangle-interview.zh": "2024-03-04",
         "2023-03/clean-report.zh": "2023-03", "2023-04/official-report.zh": "2023-04",
         EDITED: "2024-03-04"}


def tsv(path: Path) -> list[dict[str, str]]:
    text = path.read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if not line.startswith("#")]
    return list(csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t", quoting=csv.QUOTE_NONE))


def all_records(a: Archive) -> dict[str, list[dict[str, Any]]]:
    return {p: a.records(p) for p in a.pages}


# ---------------------------------------------------------------- pages and dates


def test_pages_in_finds_every_page_and_nothing_else(archive: Archive) -> None:
    entries = pages_in(archive.root)
    # the manifest and the hidden .work/ copy are passed over
    assert [e.path for e in entries] == archive.pages
    by_path = {e.path: e for e in entries}
    # the source named in each page's TMX header (the edited page has no TMX)
    assert by_path["2023-01/xihe-interview.zh"].source == "xihe-interview.zh.txt"
    assert by_path[EDITED].source == ""
    assert {e.path: e.date for e in entries} == DATES


def test_every_report_is_written_and_nothing_half_written(archive: Archive) -> None:
    assert [p.name for p in archive.written] == list(REPORTS)
    assert all(p.parent == archive.root and p.stat().st_size > 0 for p in archive.written)
    assert not list(archive.root.glob(".*.tmp"))


@pytest.mark.parametrize(("path", "date"), [
    ("2024-03/a/page1", "2024-03"),
    ("2024-03-05/page1", "2024-03-05"),
    ("x/20240305/page1", "2024-03-05"),
    ("2024_03_05/page1", "2024-03-05"),
    ("2024-03/2024-03-05/page1", "2024-03-05"),  # the deepest dated folder
    ("2024-03-05-page1", None),                  # a file's own name is not its folder
    ("202403/page1", None),                      # six digits: not read as a month
    ("2024-13/page1", None),
    ("archive/page1", None),
])
def test_folder_dates(path: str, date: str | None) -> None:
    assert date_of(path) == date


@pytest.mark.parametrize(("zh", "date"), [
    ("2024年3月4日 星期一", "2024-03-04"),                     # tests/data/kangle-interview.zh.txt
    ("西和报 2024年3月5日 星期二 农历正月廿五", "2024-03-05"),
    ("二〇二四年三月五日", "2024-03-05"),
    ("2024年3月", "2024-03"),
    ("——2024年1月10日在县第十八届人民代表大会第三次会议上", None),  # tests/data/official-report.zh.txt
    ("1月30日", None),                                          # no year
])
def test_date_lines(zh: str, date: str | None) -> None:
    assert date_line([{"id": "p1.s1", "zh": zh}]) == date


def test_a_date_given_wins(archive: Archive) -> None:
    page = read_page(archive.root, PageEntry("2023-02/kangle-interview.zh", date="2024-03-05"))
    assert page.date == "2024-03-05" and page.title == "康乐县访谈"


# ---------------------------------------------------------------- terms.tsv


def test_terms_tsv_counts_are_the_pages_own_terms(archive: Archive) -> None:
    hits: Counter[tuple[str, str]] = Counter()
    pages: dict[tuple[str, str], set[str]] = {}
    for page, records in all_records(archive).items():
        for r in records:
            for t in r["terms"]:
                hits[t["zh"], t["en"]] += 1
                pages.setdefault((t["zh"], t["en"]), set()).add(page)
    rows = tsv(archive.root / "terms.tsv")
    assert list(rows[0])[:6] == ["zh", "en", "documents", "hits", "first_seen", "last_seen"]
    assert {(r["zh"], r["en"]): int(r["hits"]) for r in rows} == hits
    for r in rows:
        used = pages[r["zh"], r["en"]]
        assert int(r["documents"]) == len(used)
        assert r["first_seen"] == min(DATES[p] for p in used)
        assert r["last_seen"] == max(DATES[p] for p in used)
    assert [int(r["hits"]) for r in rows] == sorted((int(r["hits"]) for r in rows), reverse=True)


def test_terms_tsv_kinds_come_from_the_glossary(archive: Archive) -> None:
    kinds = {r["zh"]: r["kind"] for r in tsv(archive.root / "terms.tsv")}
    # glossary/gansu-longnan.tsv and national.tsv
    assert kinds["三城五地"] == "slogan" and kinds["乡村振兴"] == "policy"


# ---------------------------------------------------------------- suggestions.tsv


def test_suggestions_rank_by_pages_and_skip_known_terms(archive: Archive) -> None:
    rows = tsv(archive.root / "suggestions.tsv")
    assert rows and list(rows[0])[:2] == ["zh", "en"]
    assert all(r["en"] == "" for r in rows)  # a stub to fill in
    documents = [int(r["documents"]) for r in rows]
    assert documents == sorted(documents, reverse=True)
    known = {r["zh"] for r in tsv(archive.root / "terms.tsv")}
    texts = ["".join(r["zh"] for r in records) for records in all_records(archive).values()]
    for r in rows:
        assert r["zh"] not in known
        assert 1 <= int(r["documents"]) <= sum(r["zh"] in t for t in texts)
    # asked on the Xihe page and (twice) on the Kangle page: in three pages of five
    top = rows[0]
    assert top["zh"] == "做了哪些工作" and top["documents"] == "3", top


# ---------------------------------------------------------------- archive.tmx


def test_archive_tmx_is_valid_and_holds_every_translated_segment(archive: Archive) -> None:
    dtd = etree.DTD(str(DATA / "tmx14.dtd"))
    doc = etree.parse(str(archive.root / "archive.tmx"))
    assert dtd.validate(doc), dtd.error_log.filter_from_errors()
    units = {tu.get("tuid"): [seg.text for seg in tu.iter("seg")] for tu in doc.iter("tu")}
    expected = {f"{page}#{r['id']}": [r["zh"], r["en"]]
                for page, records in all_records(archive).items() for r in records if r["en"] is not None}
    assert units == expected
    assert len(doc.findall(".//tu")) == len(expected)  # tuids unique: one tu each


# ---------------------------------------------------------------- qa.tsv


def test_qa_tsv_holds_every_page_flag(archive: Archive) -> None:
    rows = tsv(archive.root / "qa.tsv")
    assert list(rows[0]) == ["page", "id", "check", "detail"]
    found = {(r["page"], r["id"], f"{r['check']}: {r['detail']}") for r in rows}
    for page, records in all_records(archive).items():
        for r in records:
            for flag in r["qa"]:
                assert (page, r["id"], flag) in found


def test_qa_finds_what_the_second_translation_changed(archive: Archive) -> None:
    rows = tsv(archive.root / "qa.tsv")
    checks = {(r["page"], r["id"], r["check"]) for r in rows}
    kangle = "2023-02/kangle-interview.zh"
    # the same sentence rendered differently on two pages: flagged on both
    for rid in ("p6.s1", "p8.s2", "p12.s1"):
        assert {(kangle, rid, "inconsistent-translation"), (EDITED, rid, "inconsistent-translation")} <= checks
    # 乡村振兴: "rural revitalization" (shipped glossary) on three pages, "rural vitalization" on
    # one: a row at each page's first hit of each rendering (the edited page has both: p6.s1, p7.s1)
    term = [r for r in rows if r["check"] == "inconsistent-term"]
    assert {(r["page"], r["id"]) for r in term} == {
        ("2023-01/xihe-interview.zh", next(x["id"] for x in archive.records("2023-01/xihe-interview.zh")
                                            if any(t["zh"] == "乡村振兴" for t in x["terms"]))),
        (kangle, "p6.s1"), (EDITED, "p6.s1"), (EDITED, "p7.s1")}
    assert "“rural revitalization” ×" in term[0]["detail"] and "“rural vitalization” ×1" in term[0]["detail"]
    assert (EDITED, "p8.s2", "number-missing") in checks          # 85万 written as 85
    assert (EDITED, "p12.s1", "untranslated") in checks           # 人居环境 left in Chinese
    assert (EDITED, "p12.s1", "term-missing") in checks           # … so its rendering is missing
    # the real pages, translated once each by one engine, disagree with nothing
    assert not {c for c in checks if c[0] not in (kangle, EDITED) and c[2] == "inconsistent-translation"}


# ---------------------------------------------------------------- index.html, charts, the command


def test_index_lists_pages_and_links_each_to_its_html(archive: Archive) -> None:
    html = etree.parse(str(archive.root / "index.html"), etree.HTMLParser())
    rows = html.findall(".//tr[@data-page]")
    assert [r.get("data-page") for r in rows] == sorted(archive.pages, key=lambda p: (DATES[p], p))
    for row in rows:
        href = row.find(".//a").get("href")
        page = row.get("data-page")
        assert href == (f"{page}.jsonl" if page == EDITED else f"{page}.html")
        assert (archive.root / href).is_file()
        sentences = int(row.findall("td")[2].text)
        assert sentences == sum(r["en"] is not None for r in archive.records(page))


def test_chart_months_run_without_gaps() -> None:
    assert months_between("2023-11", "2024-02") == ["2023-11", "2023-12", "2024-01", "2024-02"]
    assert months_between("2024-03", "2024-03") == ["2024-03"]


def test_archive_report_command(archive: Archive, tmp_path: Path) -> None:
    shutil.copytree(archive.root / "2023-03", tmp_path / "2023-03")
    result = CliRunner().invoke(cli, ["archive", "report", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert [Path(line).name for line in result.stdout.splitlines()] == list(REPORTS)
    assert "archive: 1 pages" in result.stderr


def test_no_pages_is_an_error_naming_the_folder(tmp_path: Path) -> None:
    from pipeline.errors import PipelineError

    with pytest.raises(PipelineError, match=str(tmp_path)):
        write_reports(tmp_path, pages_in(tmp_path))


def test_undated_pages_are_counted_but_not_charted(archive: Archive, tmp_path: Path) -> None:
    # the clean report in a folder without a date, its records as they are (no date line)
    shutil.copytree(archive.root / "2023-03", tmp_path / "misc")
    entries = pages_in(tmp_path)
    assert [(e.path, e.date) for e in entries] == [("misc/clean-report.zh", None)]
    write_reports(tmp_path, entries)
    html = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert 'id="trends"' not in html and "no dates found" in html
    assert all(r["first_seen"] == r["last_seen"] == "" for r in tsv(tmp_path / "terms.tsv"))


def test_archive_report_as_a_subprocess_fails_in_one_line_on_an_empty_folder(tmp_path: Path) -> None:
    from tests.test_cli import invoke

    code, err = invoke("archive", "report", str(tmp_path))
    assert code == 1
    assert err.strip().splitlines() == [f"error: {tmp_path}: no pages to report on (no page JSONL under it); "
                                        "run `pipeline run` into it first"]
    code, err = invoke("archive", "report", str(tmp_path / "missing"))
    assert code == 1 and "no such folder" in err and "Traceback" not in err
