"""A user's own engine, exactly as the README shows it, run with `--engine module:Class`."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from tests.conftest import ROOT, SAMPLE


def readme_engine() -> str:
    """The README's example engine: the indented code block that imports EngineDeps."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    m = re.search(r"\n((?: {6}from pipeline\.engines import EngineDeps.*\n)(?: {6}.*\n|\n)+)", text)
    assert m, "README.md shows no engine built from EngineDeps"
    return "\n".join(line[6:] for line in m.group(1).splitlines()) + "\n"


def test_readme_engine_runs_and_gets_terms_and_names(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "readme_engine.py").write_text(readme_engine(), encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    result = CliRunner().invoke(cli, ["run", str(SAMPLE), "-o", str(tmp_path / "out"),
                                      "--engine", "readme_engine:Skeleton", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    records = [json.loads(x) for x in (tmp_path / "out" / f"{SAMPLE.stem}.jsonl").read_text(
        encoding="utf-8").splitlines()]
    first = next(r for r in records if r["id"] == "p3.s1")  # 1月30日，…西和县委书记王俊强做客…
    assert first["engine"] == "skeleton"
    # the glossary's renderings and the names the translate stage found, as the README says
    assert "Secretary of the CPC Xihe County Committee" in first["en"]
    assert "Wang Junqiang" in first["en"] and "Chen Yuxing" in first["en"]
    assert not any(q.startswith(("term-missing", "name-missing")) for q in first["qa"])
    sys.modules.pop("readme_engine", None)
