"""`pipeline run DIR`: the mirrored tree, bad pages reported and passed over, the summary and
exit status, --fail-fast, the manifest, resuming and re-running after edits."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from pipeline.archive.manifest import NAME, read_manifest
from pipeline.archive.report import REPORTS
from pipeline.cli import cli
from pipeline.errors import PipelineError
from tests.archive.conftest import TREE, Archive
from tests.conftest import DATA

SUFFIXES = (".jsonl", ".md", ".html", ".tmx", ".tsv")


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(cli, ["run", *map(str, args), "--workers", "1"])


def done_pages(out: Path) -> dict[str, str]:
    """page → status, from the manifest."""
    return {r.page: r.status for r in read_manifest(out)}


def test_the_tree_is_mirrored_and_bad_pages_do_not_stop_it(input_tree: Path, tmp_path: Path) -> None:
    out = tmp_path / "OUT"
    result = run(input_tree, "-o", out)
    assert result.exit_code == 1, result.output  # two pages failed
    for rel in TREE:
        stem = rel.removesuffix(".txt")
        for suffix in SUFFIXES:
            assert (out / f"{stem}{suffix}").stat().st_size > 0
    err = result.stderr
    # each bad page by its path, with the one-line reason
    assert "failed: 2024-03/02/scan.txt: not a readable PNG image" in err
    assert "failed: 2024-04/blank.txt: the file is empty" in err
    assert "6 pages: 4 done, 0 unchanged, 2 failed, 1 other files ignored" in err
    assert "Traceback" not in err
    assert not (out / "2024-04" / "blank.jsonl").exists()
    assert done_pages(out) == {**dict.fromkeys(TREE, "done"), "2024-03/02/scan.txt": "bad",
                               "2024-04/blank.txt": "bad"}
    assert not list(out.rglob("*.tmp"))


def test_batch_outputs_are_those_of_a_single_file_run(input_tree: Path, tmp_path: Path) -> None:
    run(input_tree / "2024-03", "-o", tmp_path / "OUT")
    one = CliRunner().invoke(cli, ["run", str(input_tree / "2024-03/02/kangle.txt"), "-o", str(tmp_path / "one")])
    assert one.exit_code == 0, one.output
    for suffix in SUFFIXES:
        assert (tmp_path / "one" / f"kangle{suffix}").read_bytes() == \
               (tmp_path / "OUT" / "02" / f"kangle{suffix}").read_bytes()


def test_fail_fast_stops_at_the_first_failure(input_tree: Path, tmp_path: Path) -> None:
    out = tmp_path / "OUT"
    result = run(input_tree, "-o", out, "--fail-fast")
    assert result.exit_code == 1
    # pages go in path order: xihe, kangle, then scan.txt fails and nothing after it starts
    assert "6 pages: 2 done, 0 unchanged, 1 failed (3 not started: --fail-fast)" in result.stderr
    assert not (out / "2024-04").exists()


def test_a_rerun_skips_unchanged_pages_and_redoes_changed_ones(input_tree: Path, tmp_path: Path) -> None:
    out = tmp_path / "OUT"
    run(input_tree, "-o", out)
    before = {p: p.stat().st_mtime_ns for p in out.rglob("*.jsonl") if p.name != NAME}
    again = run(input_tree, "-o", out)
    assert "6 pages: 0 done, 4 unchanged, 2 failed" in again.stderr
    assert again.exit_code == 1  # the bad pages are still bad, and still reported
    assert "2024-04/blank.txt: the file is empty" in again.stderr
    assert {p: p.stat().st_mtime_ns for p in out.rglob("*.jsonl") if p.name != NAME} == before
    # a changed page, a page whose output went missing, a bad page mended
    (input_tree / "2024-04" / "report.txt").write_text("西和县召开会议。", encoding="utf-8")
    (out / "2024-03" / "01" / "xihe.md").unlink()
    (input_tree / "2024-04" / "blank.txt").write_text("县委书记讲话。", encoding="utf-8")
    third = run(input_tree, "-o", out)
    assert "6 pages: 3 done, 2 unchanged, 1 failed" in third.stderr
    assert (out / "2024-03" / "01" / "xihe.md").exists()
    assert json.loads((out / "2024-04" / "report.jsonl").read_text("utf-8").splitlines()[0])["zh"] == "西和县召开会议。"


def test_changed_settings_redo_everything(input_tree: Path, tmp_path: Path) -> None:
    out = tmp_path / "OUT"
    run(input_tree / "2024-04", "-o", out)
    result = run(input_tree / "2024-04", "-o", out, "--layout", "interlinear")
    assert "3 pages: 2 done, 0 unchanged, 1 failed" in result.stderr


def test_user_phrases_redo_the_pages(input_tree: Path, tmp_path: Path) -> None:
    """--phrases decides the English as the glossary does: pages done without it are redone."""
    out = tmp_path / "OUT"
    run(input_tree / "2024-04", "-o", out)
    phrases = tmp_path / "mine.tsv"
    phrases.write_text("# source mine: a user's own file\nzh\ten\tsource\tnote\n"
                       "召开会议\thold a meeting\tmine\t\n", encoding="utf-8")
    result = run(input_tree / "2024-04", "-o", out, "--phrases", phrases)
    assert "3 pages: 2 done, 0 unchanged, 1 failed" in result.stderr
    again = run(input_tree / "2024-04", "-o", out, "--phrases", phrases)
    assert "3 pages: 0 done, 2 unchanged, 1 failed" in again.stderr


def test_a_glossary_edit_redoes_only_the_pages_holding_a_changed_term(input_tree: Path, tmp_path: Path) -> None:
    out = tmp_path / "OUT"
    mine = tmp_path / "mine.tsv"
    header = "zh\ten\tnote\n"
    mine.write_text(header + "康乐县\tKangle County\t\n农民\tfarmers\t\n", encoding="utf-8")
    run(input_tree, "-o", out, "--glossary", mine)
    # 康乐县 only in kangle.txt; 农民 only in xihe.txt
    mine.write_text(header + "康乐县\tKangle County (Gansu)\t\n农民\tfarmers\t\n", encoding="utf-8")
    result = run(input_tree, "-o", out, "--glossary", mine)
    assert "6 pages: 1 done, 3 unchanged, 2 failed" in result.stderr, result.stderr
    assert "2024-03/02/kangle.txt" in result.stderr
    assert "Kangle County (Gansu)" in (out / "2024-03" / "02" / "kangle.md").read_text("utf-8")
    # a term new to the glossary, found only on the report page: that page alone is redone
    mine.write_text(header + "康乐县\tKangle County (Gansu)\t\n农民\tfarmers\t\n"
                    "报告\treport\t\n", encoding="utf-8")
    result = run(input_tree, "-o", out, "--glossary", mine)
    redone = [line for line in result.stderr.splitlines() if "sentences," in line]
    assert len(redone) == 1 and "2024-04/report.txt" in redone[0], result.stderr
    # each page's record holds the glossary it now stands for, and the glossary forms it holds
    records = {r.page: r for r in read_manifest(out)}
    assert len({r.glossary for r in records.values() if r.status == "done"}) == 1
    assert "康乐县" in records["2024-03/02/kangle.txt"].stats["forms"]
    assert records["2024-03/02/kangle.txt"].stats["terms"]["康乐县"] >= 1


def test_a_crash_leaves_complete_outputs_and_a_readable_manifest(input_tree: Path, tmp_path: Path) -> None:
    out = tmp_path / "OUT"
    run(input_tree / "2024-03", "-o", out)
    manifest = out / NAME
    lines = manifest.read_text("utf-8").splitlines(keepends=True)
    # as after a crash: xihe's line torn half way (the last written), its outputs not vouched for
    xihe = next(line for line in lines if '"page":"01/xihe.txt"' in line)
    lines.remove(xihe)
    manifest.write_text("".join(lines) + xihe[: len(xihe) // 2], encoding="utf-8")
    result = run(input_tree / "2024-03", "-o", out)
    assert "3 pages: 1 done, 1 unchanged, 1 failed" in result.stderr, result.stderr
    assert len(manifest.read_text("utf-8").splitlines()) == 1 + 3  # compacted: glossary + pages


def test_quiet_and_log_lines(input_tree: Path, tmp_path: Path) -> None:
    loud = run(input_tree / "2024-04", "-o", tmp_path / "a")
    # one line per page when not a terminal, counted as the pages are written (by threads: in
    # any order on a busy machine)
    assert re.search(r"^\[[23]/3\] report\.txt: 12 sentences, ", loud.stderr, re.M), loud.stderr
    quiet = run(input_tree / "2024-04", "-o", tmp_path / "b", "--quiet")
    lines = quiet.stderr.strip().splitlines()
    assert len(lines) == 2 and "blank.txt" in lines[0] and lines[1].startswith("3 pages:")


def test_a_batch_ends_with_the_archive_reports(input_tree: Path, tmp_path: Path) -> None:
    shutil.copyfile(DATA / "kangle-interview.zh.txt", tmp_path / "k.txt")
    out = tmp_path / "OUT"
    assert run(tmp_path / "k.txt", input_tree / "2024-04" / "report.txt", "-o", out).exit_code == 0
    for name in ("index.html", "terms.tsv", "qa.tsv", "archive.tmx", "suggestions.tsv"):
        assert (out / name).is_file(), name
    index = (out / "index.html").read_text(encoding="utf-8")
    assert 'href="IN/2024-04/report.html"' in index and 'href="k.html"' in index


def test_page_images_join_a_folder_run(tmp_path: Path) -> None:
    # a text page and a page image (tests/data/pages/vertical.png, rendered from real text by
    # tests/data/pages/make_pages.py) in one folder: both are pages, the image read by OCR
    src = tmp_path / "IN" / "2024-05"
    src.mkdir(parents=True)
    shutil.copyfile(DATA / "official-report.zh.txt", src / "report.txt")
    shutil.copyfile(DATA / "pages" / "vertical.png", src / "front.png")
    out = tmp_path / "OUT"
    result = run(tmp_path / "IN", "-o", out)
    assert result.exit_code == 0, result.output
    assert done_pages(out) == {"2024-05/report.txt": "done", "2024-05/front.png": "done"}
    records = [json.loads(x) for x in (out / "2024-05" / "front.jsonl").read_text(encoding="utf-8").splitlines()]
    assert records and all(r.get("page") == 1 and r.get("ocr") for r in records if r["zh"])
    assert (out / "2024-05" / "front.p1.png").is_file()  # the page image beside its HTML
    assert "ocr" not in (out / "2024-05" / "report.jsonl").read_text(encoding="utf-8").splitlines()[0]


def test_an_unchanged_archive_rewrites_no_report(input_tree: Path, tmp_path: Path) -> None:
    out = tmp_path / "OUT"
    run(input_tree / "2024-04", "-o", out)
    index = out / "index.html"
    before = index.stat().st_mtime_ns
    again = run(input_tree / "2024-04", "-o", out)
    assert "0 done, 2 unchanged" in again.stderr
    assert index.stat().st_mtime_ns == before  # the same pages: the reports stand as they were
    index.unlink()
    run(input_tree / "2024-04", "-o", out)
    assert index.is_file()  # a missing report is written again


def test_the_run_reports_from_what_the_workers_sent_and_reading_back_gives_the_same(
        input_tree: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pipeline.archive import batch, report
    from pipeline.archive.pages import PageEntry
    from pipeline.glossary import default_paths, load_glossary

    out = tmp_path / "OUT"
    read_back, sum_again = report.read_page, batch.write_reports

    def not_read(outdir: Path, entry: PageEntry) -> object:
        raise AssertionError(f"{entry.path} was read back")

    def not_summed_again(*args: object) -> object:
        raise AssertionError("the reports were summed again at the end of the run")

    def read_all() -> dict[str, bytes]:
        made = {name: (out / name).read_bytes() for name in REPORTS}
        entries = [PageEntry(o.removesuffix(".jsonl"), r.page) for r in read_manifest(out) if r.status == "done"
                   for o in r.outputs if o.endswith(".jsonl")]
        sum_again(out, entries, load_glossary(default_paths()))  # every page read back
        return made

    monkeypatch.setattr(report, "read_page", not_read)
    monkeypatch.setattr(batch, "write_reports", not_summed_again)  # summed as the pages came back
    assert run(input_tree, "-o", out).exit_code == 1  # the two bad pages
    monkeypatch.setattr(report, "read_page", read_back)
    made = read_all()
    assert {name: (out / name).read_bytes() for name in REPORTS} == made
    # a second run with one page changed: its facts come from the worker, the others' are read back
    monkeypatch.setattr(batch, "write_reports", sum_again)
    page = input_tree / "2024-04" / "clean.txt"
    page.write_text(page.read_text(encoding="utf-8").replace("。", "。\n\n", 1), encoding="utf-8")
    assert "1 done, 3 unchanged" in run(input_tree, "-o", out).stderr
    made = read_all()
    assert {name: (out / name).read_bytes() for name in REPORTS} == made


def test_the_reports_sum_the_pages_in_the_trees_order_as_they_come_back(archive: Archive) -> None:
    from pipeline.archive import pages_in
    from pipeline.archive.batch import InOrder
    from pipeline.archive.report import Reports, gather
    from pipeline.glossary import default_paths, load_glossary

    glossary = load_glossary(default_paths())
    facts = {f"{f.path}.txt": f for f in gather(archive.root, pages_in(archive.root), glossary, {})}
    k0, k1, k2, k3, k4 = sorted(facts)
    failed = k1.replace("/", "/a", 1)  # a page that failed, between the first two
    sums = InOrder([k4, failed, *facts], Reports(glossary))

    def summed() -> list[str]:
        return [f"{p.path}.txt" for p in sums.reports.pages]

    for key, now in ((k4, []), (k3, []), (k0, [k0]), (k2, [k0]), (failed, [k0]), (k1, [k0, k1, k2, k3, k4])):
        sums.put(key, None if key == failed else facts[key])
        assert summed() == now, key


def test_a_page_that_cannot_be_written_is_one_line(input_tree: Path, tmp_path: Path) -> None:
    out = tmp_path / "OUT"
    (out / "2024-04" / "report.jsonl").mkdir(parents=True)  # a folder where the page's JSONL goes
    result = run(input_tree, "-o", out)  # pipeline.cli.main turns the error into its one line
    assert isinstance(result.exception, PipelineError)
    assert str(result.exception) == f"cannot write {out / '2024-04' / 'report.jsonl'}: is a directory"
    assert not list(out.rglob(".*.tmp"))
    assert "2024-04/report.txt" not in done_pages(out)


def test_the_last_pages_go_out_largest_first(input_tree: Path) -> None:
    from pipeline.archive.batch import LAST_PER_WORKER, handout
    from pipeline.archive.discover import discover

    pages = list(discover([input_tree / "2024-03"]).pages) * 2 + list(discover([input_tree]).pages)
    assert handout(pages, 1) == pages  # one worker: the tree's order, as the log shows it
    given = handout(pages, 2)
    cut = len(pages) - LAST_PER_WORKER * 2
    assert cut > 0 and given[:cut] == pages[:cut]  # the tree's order, the order the reports sum them in
    sizes = [p.path.stat().st_size for p in given[cut:]]
    assert sorted(given[cut:], key=pages[cut:].index) == pages[cut:] and sizes == sorted(sizes, reverse=True)
    assert sizes[-1] == 0 and sizes[0] > sizes[1]  # the empty page goes last
