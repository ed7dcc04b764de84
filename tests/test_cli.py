"""The command line, through CliRunner and once as a real subprocess."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from tests.conftest import ROOT, SAMPLE

SUFFIXES = (".jsonl", ".md", ".html", ".tmx", ".tsv")


def invoke(*args: str) -> tuple[int, str]:
    """Run the CLI as `main` does (errors → one line on stderr) and return (exit code, stderr)."""
    proc = subprocess.run(
        [sys.executable, "-m", "pipeline", *args], capture_output=True, text=True, cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    return proc.returncode, proc.stderr


def test_stages_lists_the_order() -> None:
    result = CliRunner().invoke(cli, ["stages"])
    names = [line.split()[0] for line in result.output.splitlines()]
    assert names == ["ingest", "clean", "segment", "terms", "translate", "check", "render"]


def test_run_writes_all_five_files(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["run", str(SAMPLE), "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    for suffix in SUFFIXES:
        assert (tmp_path / f"xihe-interview.zh{suffix}").stat().st_size > 0


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("missing.txt", None, "no such file"),
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"\n \n\t\n", "empty"),
        ("image.png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "not a readable PNG"),
    ],
)
def test_bad_input_one_line_error_no_output(tmp_path: Path, name: str, content: bytes | None,
                                            message: str) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    out = tmp_path / "out"
    code, stderr = invoke("run", str(path), "-o", str(out))
    assert code != 0
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], stderr
    assert "Traceback" not in stderr
    assert not out.exists() or not any(out.iterdir())


def test_gbk_file_runs(tmp_path: Path) -> None:
    path = tmp_path / "gbk.txt"
    path.write_bytes("西和县坚持以高质量发展为统揽。全年接待游客390多万人次。".encode("gbk"))
    result = CliRunner().invoke(cli, ["run", str(path), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    recs = [json.loads(x) for x in (tmp_path / "out" / "gbk.jsonl").read_text("utf-8").splitlines()]
    assert [r["zh"] for r in recs] == ["西和县坚持以高质量发展为统揽。", "全年接待游客390多万人次。"]


def test_unknown_engine_and_stage_are_one_line_errors(tmp_path: Path) -> None:
    code, stderr = invoke("run", str(SAMPLE), "-o", str(tmp_path), "--engine", "nosuch")
    assert code == 1 and "unknown engine 'nosuch'" in stderr and len(stderr.strip().splitlines()) == 1
    code, stderr = invoke("run", str(SAMPLE), "-o", str(tmp_path), "--until", "nosuch")
    assert code == 1 and "unknown stage" in stderr


def test_until_stops_early_and_writes_what_exists(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["run", str(SAMPLE), "-o", str(tmp_path), "--until", "segment"])
    assert result.exit_code == 0, result.output
    recs = [json.loads(x) for x in (tmp_path / "xihe-interview.zh.jsonl").open(encoding="utf-8")]
    assert recs and all(r["en"] is None and r["engine"] is None for r in recs)


def test_output_never_overwrites_the_input(tmp_path: Path) -> None:
    src = tmp_path / "page.md"
    src.write_text("西和县坚持以高质量发展为统揽。", encoding="utf-8")
    code, stderr = invoke("run", str(src), "-o", str(tmp_path))
    assert code == 1 and "overwrite the input" in stderr
    assert src.read_text(encoding="utf-8") == "西和县坚持以高质量发展为统揽。"


@pytest.mark.slow
def test_interrupt_during_translate_leaves_no_file(tmp_path: Path) -> None:
    out = tmp_path / "out"
    proc = subprocess.Popen(
        [sys.executable, "-m", "pipeline", "run", str(SAMPLE), "-o", str(out),
         "--engine", "tests.engines.slow_engine:SlowEngine"],
        cwd=ROOT, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        # A test run started in the background by a shell has SIGINT ignored, and children
        # inherit that: give the child the default disposition, as a terminal would.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    assert proc.stderr is not None
    deadline = time.time() + 300  # generous: the first run builds caches on a shared machine
    seen = []
    while time.time() < deadline:
        line = proc.stderr.readline()
        seen.append(line)
        if "translating" in line or (not line and proc.poll() is not None):
            break
    assert "translating" in seen[-1], f"never reached translate: {''.join(seen)[-2000:]}"
    time.sleep(0.5)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode != 0
    assert "interrupted" in err and "Traceback" not in err
    assert not out.exists() or list(out.iterdir()) == []
