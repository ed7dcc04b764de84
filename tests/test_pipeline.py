"""The whole pipeline on the sample page: coverage of the input and the golden files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import DATA, GOLDEN, SAMPLE, run_sample


def test_every_non_space_character_is_in_exactly_one_record(tmp_path: Path) -> None:
    records = run_sample(tmp_path)
    text = SAMPLE.read_text(encoding="utf-8")
    owner = [0] * len(text)
    for r in records:
        for a, b in r["raw"]:
            for i in range(a, b):
                owner[i] += 1
    missing = [i for i, ch in enumerate(text) if not ch.isspace() and owner[i] == 0]
    doubled = [i for i, ch in enumerate(text) if not ch.isspace() and owner[i] > 1]
    assert missing == [] and doubled == []


def test_records_follow_the_contract(tmp_path: Path) -> None:
    records = run_sample(tmp_path)
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids))
    for r in records:
        assert {"id", "kind", "zh", "en", "raw", "terms", "qa", "engine"} <= r.keys()
        for t in r["terms"]:
            assert r["zh"][t["start"]:t["end"]] == t["zh"]
            assert ".tsv:" in t["source"]
    starts = [r["raw"][0][0] for r in records]
    assert starts == sorted(starts)  # reading order


GOLDEN_SUFFIXES = (".jsonl", ".md")


def test_golden(tmp_path: Path, request: pytest.FixtureRequest) -> None:
    """The whole pipeline on the sample page, against reviewed golden files.

    After a deliberate change: `pytest tests/test_pipeline.py --update-golden`, then read `git diff tests/golden`.
    """
    run_sample(tmp_path, "--no-default-glossary", "--glossary", str(GOLDEN / "glossary.tsv"))
    update = request.config.getoption("--update-golden")
    for suffix in GOLDEN_SUFFIXES:
        got = (tmp_path / f"xihe-interview.zh{suffix}").read_text(encoding="utf-8")
        golden = GOLDEN / f"xihe-interview.zh{suffix}"
        if update:
            golden.write_text(got, encoding="utf-8")
        assert golden.exists(), "no golden file: run pytest --update-golden and review it"
        expected = golden.read_text(encoding="utf-8")
        if suffix == ".jsonl":
            for n, (g, e) in enumerate(zip(got.splitlines(), expected.splitlines()), start=1):
                assert json.loads(g) == json.loads(e), f"{golden.name}:{n} differs"
        assert got == expected


def test_a_run_leaves_no_cyclic_garbage_and_restores_the_collector() -> None:
    """runner.run pauses the cyclic collector (pure overhead: the stages make no cycles).
    That is only safe while it stays true: a run on the sample and on a test page must
    leave nothing for gc.collect() to free, and the collector's state comes back after."""
    import gc

    from pipeline.context import Context
    from pipeline.errors import PipelineError
    from pipeline.glossary import default_paths, load_glossary
    from pipeline.model import Document
    from pipeline.runner import run

    ctx = Context(glossary=load_glossary(default_paths()), cache=False)
    pages = [SAMPLE, DATA / "kangle-interview.zh.txt"]
    run(Document("warm.txt", data=SAMPLE.read_bytes()), ctx)  # engine, lexicon, caches loaded
    gc.collect()
    assert gc.isenabled()
    for page in pages:
        gc.disable()
        frozen = gc.get_freeze_count()
        try:
            doc = run(Document(page.name, data=page.read_bytes()), ctx)
            assert not gc.isenabled()  # left as the caller had it
            assert gc.collect() == 0
            assert gc.get_freeze_count() == frozen  # the caller's collector: nothing frozen
        finally:
            gc.enable()
        assert doc.outputs
    doc = run(Document(SAMPLE.name, data=SAMPLE.read_bytes()), ctx)
    assert gc.isenabled()
    # what the run made is frozen: no collection walks it after the run (see collector_paused)
    assert len(gc.get_objects(generation=0)) < gc.get_threshold()[0]
    assert gc.get_freeze_count() > len(doc.segments) * 10
    with pytest.raises(PipelineError):
        run(Document(SAMPLE.name, data=SAMPLE.read_bytes()), ctx, until="nonsense")
    with pytest.raises(Exception):
        run(Document("empty.txt", data=b""), ctx)
    assert gc.isenabled()
