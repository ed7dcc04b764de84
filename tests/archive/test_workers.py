"""Worker processes and a real Dask cluster give the bytes a one-process run gives; Ctrl-C
leaves complete outputs and a manifest that a second run resumes from; a local worker's
staged page is put in place by the run, or removed when the run stops before it."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path, PurePosixPath

import pytest
from click.testing import CliRunner

from pipeline.archive.manifest import NAME, read_manifest
from pipeline.archive.outputs import Loose, place_page, stage_page
from pipeline.archive.report import REPORTS
from pipeline.cli import cli
from tests.archive.conftest import Archive
from tests.conftest import ROOT, SAMPLE

SUFFIXES = (".jsonl", ".md", ".html", ".tmx", ".tsv")


def files(out: Path) -> dict[str, bytes]:
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file() and p.name != NAME}


def run(*args: str | Path) -> str:
    result = CliRunner().invoke(cli, ["run", *map(str, args)])
    assert result.exit_code == 1, result.output  # the input_tree holds two bad pages
    return result.stderr


@pytest.mark.slow
def test_two_workers_write_what_one_writes(input_tree: Path, tmp_path: Path) -> None:
    run(input_tree, "-o", tmp_path / "one", "--workers", "1")
    err = run(input_tree, "-o", tmp_path / "two", "--workers", "2")
    assert "6 pages: 4 done, 0 unchanged, 2 failed" in err
    assert files(tmp_path / "one") == files(tmp_path / "two")


@pytest.fixture
def cluster(tmp_path: Path) -> Iterator[str]:
    """A real Dask scheduler and a worker process on 127.0.0.1, in folders of their own (no
    file shared with the client: the worker has its own cache and working folder)."""
    home = tmp_path / "cluster"
    home.mkdir()
    info = home / "scheduler.json"
    env = {**os.environ, "PIPELINE_CACHE": str(home / "cache")}
    procs = [subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1",
                               "--port", "0", "--no-dashboard", "--scheduler-file", str(info)],
                              cwd=home, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
    try:
        deadline = time.time() + 60
        while not info.exists() and time.time() < deadline:
            time.sleep(0.1)
        assert info.exists(), "the Dask scheduler did not start"
        time.sleep(0.2)
        address = json.loads(info.read_text())["address"]
        procs.append(subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_worker", address,
                                       "--nworkers", "1", "--nthreads", "1", "--no-dashboard"],
                                      cwd=home, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        yield address
    finally:
        for p in reversed(procs):
            p.terminate()
        for p in reversed(procs):
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                p.kill()


@pytest.mark.slow
def test_a_dask_cluster_writes_what_a_local_run_writes(input_tree: Path, tmp_path: Path, cluster: str) -> None:
    run(input_tree, "-o", tmp_path / "local", "--workers", "1")
    err = run(input_tree, "-o", tmp_path / "dask", "--cluster", cluster)
    assert "6 pages: 4 done, 0 unchanged, 2 failed" in err, err
    assert "failed: 2024-03/02/scan.txt: not a readable PNG image" in err
    assert files(tmp_path / "local") == files(tmp_path / "dask")
    again = run(input_tree, "-o", tmp_path / "dask", "--cluster", cluster)
    assert "6 pages: 0 done, 4 unchanged, 2 failed" in again


@pytest.mark.slow
def test_ctrl_c_leaves_complete_outputs_and_the_next_run_resumes(tmp_path: Path) -> None:
    src = tmp_path / "IN"
    for day in range(1, 21):
        (src / f"2024-03-{day:02}").mkdir(parents=True)
        shutil.copyfile(SAMPLE, src / f"2024-03-{day:02}" / "page.txt")
    out = tmp_path / "OUT"
    proc = subprocess.Popen(
        [sys.executable, "-m", "pipeline", "run", str(src), "-o", str(out), "--workers", "2"],
        cwd=ROOT, stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)},
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),  # as a terminal would
    )
    assert proc.stderr is not None
    seen = []
    while len(seen) < 2:
        line = proc.stderr.readline()
        assert line, "the run ended before two pages were done"
        seen.append(line)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err
    assert "interrupted" in err and "Traceback" not in err
    records = read_manifest(out)
    assert 2 <= len(records) < 20
    first = [(out / p).read_bytes() for p in records[0].outputs]
    for r in records:  # every page the manifest vouches for is whole (all 20 pages are the same page)
        assert r.status == "done" and len(r.outputs) == 5
        assert [(out / p).read_bytes() for p in r.outputs] == first
    assert not list(out.rglob("*.tmp"))
    result = CliRunner().invoke(cli, ["run", str(src), "-o", str(out), "--workers", "2"])
    assert result.exit_code == 0, result.output
    assert f"20 pages: {20 - len(records)} done, {len(records)} unchanged, 0 failed" in result.stderr


def test_a_worker_stages_a_page_and_the_run_puts_it_in_place(archive: Archive, tmp_path: Path) -> None:
    page = "2023-02/kangle-interview.zh"
    outputs = tuple((suffix, (archive.root / f"{page}{suffix}").read_bytes()) for suffix in SUFFIXES)
    out, stem = tmp_path / "OUT", PurePosixPath("2024-03/02/kangle")
    staged = stage_page(out, stem, outputs)
    assert staged is not None and len(staged) == len(SUFFIXES)
    folder = out / "2024-03" / "02"
    assert sorted(p.name for p in folder.iterdir()) == sorted(Path(tmp).name for tmp, _ in staged)
    assert all(Path(tmp).name.startswith(".kangle.") for tmp, _ in staged)  # hidden until placed
    names = place_page(out, stem, list(SUFFIXES), staged)
    assert names == [f"2024-03/02/kangle{suffix}" for suffix in SUFFIXES]
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"kangle{suffix}" for suffix in SUFFIXES)
    assert [(out / name).read_bytes() for name in names] == [content for _, content in outputs]


def test_staged_pages_never_put_in_place_are_removed(archive: Archive, tmp_path: Path) -> None:
    page = "2023-01/xihe-interview.zh"
    outputs = tuple((suffix, (archive.root / f"{page}{suffix}").read_bytes()) for suffix in SUFFIXES)
    loose = Loose()
    placed = stage_page(tmp_path, PurePosixPath("01/xihe"), outputs)
    left = stage_page(tmp_path, PurePosixPath("02/xihe"), outputs)
    assert placed is not None and left is not None
    loose.add(placed)
    loose.add(left)
    place_page(tmp_path, PurePosixPath("01/xihe"), list(SUFFIXES), placed)
    loose.done(placed)
    loose.discard()  # the run's end: 02/xihe came back but was never put in place
    assert sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*") if p.is_file()) == \
        sorted(f"01/xihe{suffix}" for suffix in SUFFIXES)


def test_a_target_that_is_not_a_regular_file_is_left_to_the_run(archive: Archive, tmp_path: Path) -> None:
    outputs = (("-en.md", (archive.root / "2023-01/xihe-interview.zh.md").read_bytes()),)
    os.mkfifo(tmp_path / "xihe-en.md")
    assert stage_page(tmp_path, PurePosixPath("xihe"), outputs) is None  # written into by the run
    assert [p.name for p in tmp_path.iterdir()] == ["xihe-en.md"]


@pytest.mark.slow
def test_fail_fast_with_workers_leaves_only_whole_pages(input_tree: Path, tmp_path: Path) -> None:
    run(input_tree, "-o", tmp_path / "one", "--workers", "1")
    out = tmp_path / "two"
    err = run(input_tree, "-o", out, "--workers", "2", "--fail-fast")
    assert "not started: --fail-fast)" in err, err  # the other bad page never counts: not sent, or dropped
    assert not list(out.rglob(".*.tmp"))  # the pages in flight when it stopped are not left half-way
    records = read_manifest(out)
    assert records and all(len(r.outputs) == 5 for r in records if r.status == "done")
    written = {name for r in records for name in r.outputs}
    assert {name for name in files(out) if not name.endswith(REPORTS)} == written
    one = files(tmp_path / "one")
    assert all(files(out)[name] == one[name] for name in written)
