"""`pipeline phrases check` and `pipeline run --phrases`: one line per problem as file:line,
exit status 1, no traceback, nothing written."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from pipeline.cli import cli
from tests.conftest import SAMPLE

HEAD = ("# source gwr2022-xh: Report on the Work of the Government 2022, 2022-03-05, "
        "https://www.reciyi.com/article/?id=2824\nzh\ten\tsource\tnote\n")


def test_check_passes_on_the_shipped_files() -> None:
    result = CliRunner().invoke(cli, ["phrases", "check"])
    assert result.exit_code == 0, result.output
    assert "phrases check: 0 problems" in result.stderr


def test_check_reports_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text(HEAD + "减税降费\ttax and fee reductions\tgwr2022-xh\n减税降费\tcuts\tgwr2022-xh\n"
                   "持续改善营商环境\t\tgwr2022-xh\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["phrases", "check", str(bad)])
    assert result.exit_code == 1
    assert f"{bad}:4: '减税降费' appears twice in the file (first at line 3)" in result.output
    assert f"{bad}:5: empty English for '持续改善营商环境'" in result.output


def test_run_with_a_bad_phrase_file_is_one_line_and_writes_nothing(tmp_path: Path) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text(HEAD + "减税降费\ttax and fee reductions\tgwr2021\n", encoding="utf-8")
    out = tmp_path / "out"
    proc = subprocess.run([sys.executable, "-m", "pipeline", "run", str(SAMPLE), "-o", str(out),
                           "--phrases", str(bad)], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1
    assert proc.stderr.startswith(f"error: {bad}:3: source 'gwr2021'")
    assert len(proc.stderr.strip().splitlines()) == 1
    assert not out.exists()


def test_run_with_a_user_phrase_file(tmp_path: Path) -> None:
    mine = tmp_path / "mine.tsv"
    # a user's own rendering of a phrase of the sample page (王俊强's first answer)
    mine.write_text("# source mine: the user's own renderings, 2026, none\nzh\ten\tsource\tnote\n"
                    "省市工作要求\tthe requirements of the province and the city\tmine\n",
                    encoding="utf-8")
    result = CliRunner().invoke(cli, ["run", str(SAMPLE), "-o", str(tmp_path / "out"), "--phrases", str(mine),
                                      "--format", "md", "--no-cache"])
    assert result.exit_code == 0, result.output
    md = next((tmp_path / "out").glob("*.md")).read_text(encoding="utf-8")
    assert "the requirements of the province and the city" in md
