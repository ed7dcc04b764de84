from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# No property test is timed: the machine is shared (CI on 2 cores next to other work), and speed
# is make bench's to measure, not a test's.
settings.register_profile("untimed", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("untimed")

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "input" / "xihe-interview.zh.txt"
DATA = Path(__file__).resolve().parent / "data"
GOLDEN = Path(__file__).resolve().parent / "golden"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true",
                     help="rewrite tests/golden/ from the current output (then read the diff)")


@pytest.fixture(autouse=True)
def _isolated_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep caches in one folder per test session, never in the user's home."""
    monkeypatch.setenv("PIPELINE_CACHE", str(tmp_path_factory.getbasetemp() / "cache"))


def run_sample(tmp_path: Path, *args: str) -> list[dict]:
    from click.testing import CliRunner

    from pipeline.cli import cli

    result = CliRunner().invoke(cli, ["run", str(SAMPLE), "-o", str(tmp_path), *args])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in (tmp_path / "xihe-interview.zh.jsonl").open(encoding="utf-8")]
