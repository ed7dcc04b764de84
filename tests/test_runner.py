"""The runner (pipeline.runner): the stages in order with a record of each, --until, reading
the input with one-line errors, and writing the outputs without ever overwriting the input.

Runs are on the sample page input/xihe-interview.zh.txt with the golden glossary, so the
expected counts in the stage summaries are those of the reviewed golden output
tests/golden/xihe-interview.zh.jsonl (one record per segment), or of the sample file itself.
"""

from __future__ import annotations

import gc
import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from pipeline.context import Context
from pipeline.errors import InputError, PipelineError
from pipeline.glossary import default_paths, load_glossary
from pipeline.model import Document, StageRecord
from pipeline.runner import collector_paused, read_input, run, write_outputs
from pipeline.stages import NAMES
from tests.conftest import GOLDEN, SAMPLE

GOLDEN_RECORDS = [json.loads(line) for line in
                  (GOLDEN / "xihe-interview.zh.jsonl").read_text(encoding="utf-8").splitlines()]
SAMPLE_TEXT = SAMPLE.read_text(encoding="utf-8")
# ingest's blocks: text between blank lines (lines of spaces only count as blank)
SAMPLE_BLOCKS = [b for b in re.split(r"\n[ \t\u3000\r]*\n", SAMPLE_TEXT) if b.strip()]


def context(clean: bool = True) -> Context:
    """The golden run's options: the golden glossary alone, jsonl and md, no cache."""
    glossary = load_glossary(default_paths((GOLDEN / "glossary.tsv",), shipped=False))
    return Context(glossary=glossary, formats=("jsonl", "md"), cache=False, clean=clean)


# What each stage's summary says of the sample, and where the figure comes from.
SUMMARIES = {
    # the sample is UTF-8 Simplified Chinese: as many characters as the file has
    "ingest": f"{len(SAMPLE_TEXT)} characters, utf-8, {len(SAMPLE_BLOCKS)} blocks",
    # golden: the paragraphs the records belong to, and their repairs
    "clean": f"{len({r['paragraph'] for r in GOLDEN_RECORDS})} paragraphs, "
             f"{sum(len(r['repairs']) for r in GOLDEN_RECORDS)} repairs",
    "segment": f"{len(GOLDEN_RECORDS)} segments",
    "terms": f"{sum(len(r['terms']) for r in GOLDEN_RECORDS)} term hits",
    "translate": f"{sum(r['en'] is not None for r in GOLDEN_RECORDS)} segments translated",
    "check": f"{sum(len(r['qa']) for r in GOLDEN_RECORDS)} qa flags",
    "render": "2 outputs",  # jsonl and md
}


@pytest.fixture(scope="module")
def full() -> Document:
    return run(read_input(SAMPLE), context())


def test_a_run_records_every_stage_in_order(full: Document) -> None:
    assert [r.name for r in full.log] == list(NAMES)
    assert {r.name: r.summary for r in full.log} == SUMMARIES
    assert all(r.seconds >= 0 for r in full.log)
    jsonl = dict(full.outputs)[".jsonl"]
    assert jsonl == (GOLDEN / "xihe-interview.zh.jsonl").read_text(encoding="utf-8")


@pytest.mark.parametrize("until", NAMES)
def test_until_stops_after_the_stage_and_still_renders(until: str) -> None:
    doc = run(read_input(SAMPLE), context(), until=until)
    ran = [*NAMES[: NAMES.index(until) + 1], *(["render"] if until != "render" else [])]
    assert [r.name for r in doc.log] == ran
    # a stage's record is the same whether or not later stages run
    assert [r.summary for r in doc.log] == [SUMMARIES[name] for name in ran]
    assert [suffix for suffix, _ in doc.outputs] == [".jsonl", ".md"]
    translated = NAMES.index(until) >= NAMES.index("translate")
    assert any(s.en is not None for s in doc.segments) == translated
    assert any(s.terms for s in doc.segments) == (NAMES.index(until) >= NAMES.index("terms"))


def test_no_clean_records_the_skip() -> None:
    doc = run(read_input(SAMPLE), context(clean=False), until="segment")
    assert doc.log[0].name == "ingest"
    assert doc.log[1] == StageRecord("clean", 0.0, "skipped (--no-clean)")
    assert [r.name for r in doc.log[2:]] == ["segment", "render"]


def test_an_unknown_stage_names_the_stages() -> None:
    with pytest.raises(PipelineError) as e:
        run(read_input(SAMPLE), context(), until="align")  # the stage's name before 'check'
    assert str(e.value) == f"unknown stage 'align'; stages are: {', '.join(NAMES)}"


@pytest.mark.parametrize("enabled", [True, False])
def test_the_collector_is_paused_during_a_run_and_restored(enabled: bool) -> None:
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        with collector_paused():
            assert not gc.isenabled()
        assert gc.isenabled() == enabled
        run(read_input(SAMPLE), context(), until="ingest")
        assert gc.isenabled() == enabled
    finally:
        gc.enable() if was else gc.disable()


def test_a_finished_run_leaves_nothing_of_its_context_alive() -> None:
    """The runner freezes what a run leaves (collector_paused), so a reference cycle among a
    Context's tools would never be freed: a process running page after page with a new Context
    each time (a library user, the test suite) grew by ~50 MB a run. The tools make no cycle,
    and a memo kept across runs (the gloss rules' roles) holds no lexicon."""
    import weakref

    gone = []
    for _ in range(2):
        ctx = context()
        run(read_input(SAMPLE), ctx)  # the sample page, through the gloss engine
        gone.append((weakref.ref(ctx.lexicon), weakref.ref(ctx.tokenizer)))
        del ctx
    gc.collect()
    assert [(lex(), tok()) for lex, tok in gone] == [(None, None), (None, None)]


# Reading the input: one line naming the file and what is wrong.

def test_read_input_reads_the_bytes() -> None:
    doc = read_input(SAMPLE)
    assert doc == Document(source="xihe-interview.zh.txt", data=SAMPLE.read_bytes())


def broken_link(folder: Path) -> Path:
    link = folder / "link.zh.txt"
    link.symlink_to(folder / "gone.zh.txt")
    return link


@pytest.mark.parametrize("make, problem", [
    (lambda tmp: tmp / "missing.zh.txt", "no such file"),
    (lambda tmp: tmp, "is a folder; give a text file"),
    (broken_link, "no such file"),  # a link to nothing is missing too
])
def test_read_input_errors_are_one_line(tmp_path: Path, make: Callable[[Path], Path],
                                        problem: str) -> None:
    path = make(tmp_path)
    with pytest.raises(InputError) as e:
        read_input(path)
    assert str(e.value) == f"{path}: {problem}"


@pytest.mark.skipif(not Path("/proc/self/mem").exists(), reason="Linux /proc only")
def test_an_unreadable_input_is_one_line() -> None:
    # /proc/self/mem exists and is no folder, but reading it from the start fails (EIO)
    with pytest.raises(InputError, match=r"^/proc/self/mem: cannot read \(.+\)$"):
        read_input(Path("/proc/self/mem"))


@pytest.mark.parametrize("content", [b"", b"  \n\n\t\n"])
def test_an_empty_input_is_refused_in_one_line(tmp_path: Path, content: bytes) -> None:
    page = tmp_path / "empty.zh.txt"
    page.write_bytes(content)
    doc = read_input(page)  # read as it is; ingest decides it holds no text
    with pytest.raises(InputError) as e:
        run(doc, context())
    assert str(e.value) == "empty.zh.txt: the file is empty; nothing to translate"


# Writing the outputs.

@pytest.mark.parametrize("name, written", [
    ("xihe-interview.zh.txt", ["xihe-interview.zh.jsonl", "xihe-interview.zh.md"]),
    ("page", ["page.jsonl", "page.md"]),        # no suffix: the whole name
    ("report.v2.txt", ["report.v2.jsonl", "report.v2.md"]),  # only the last suffix goes
])
def test_output_names(full: Document, tmp_path: Path, name: str, written: list[str]) -> None:
    assert write_outputs(full, tmp_path / name, tmp_path / "out") == [
        tmp_path / "out" / n for n in written]


def test_write_outputs_writes_each_output_whole(full: Document, tmp_path: Path) -> None:
    outdir = tmp_path / "new" / "out"  # made as needed
    paths = write_outputs(full, SAMPLE, outdir)
    assert paths == [outdir / "xihe-interview.zh.jsonl", outdir / "xihe-interview.zh.md"]
    assert [p.read_text(encoding="utf-8") for p in paths] == [c for _, c in full.outputs]
    assert sorted(outdir.iterdir()) == sorted(paths)  # no temporary file left behind


@pytest.mark.parametrize("outdir", [
    lambda tmp: tmp,                   # -o the input's own folder
    lambda tmp: tmp / "sub" / "..",    # the same folder, spelt otherwise
])
def test_write_outputs_refuses_to_overwrite_the_input(full: Document, tmp_path: Path,
                                                      outdir: Callable[[Path], Path]) -> None:
    page = tmp_path / "page.md"  # an input named like one of the outputs
    page.write_bytes(SAMPLE.read_bytes())
    (tmp_path / "sub").mkdir()
    out = outdir(tmp_path)
    with pytest.raises(PipelineError) as e:
        write_outputs(full, page, out)
    assert str(e.value) == (f"{out / 'page.md'}: output would overwrite the input; "
                            "choose another -o folder")
    assert page.read_bytes() == SAMPLE.read_bytes()
    assert not (tmp_path / "page.jsonl").exists()  # nothing written, not even the other output


def test_write_outputs_names_a_folder_it_cannot_make(full: Document, tmp_path: Path) -> None:
    blocked = tmp_path / "out"
    blocked.write_text("a file where the folder should be", encoding="utf-8")
    with pytest.raises(PipelineError, match=r"out: cannot create output folder \(.+\)$"):
        write_outputs(full, SAMPLE, blocked)
