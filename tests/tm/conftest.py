"""Translation memories built from official bilingual documents of tests/data/align (none of
the reserved gwr2020*, gwr2024*, br2025*) with `pipeline tm build`."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from tests.conftest import DATA

ALIGN = DATA / "align"
#: The State Council's white paper "China and the World in the New Era" (2019), the 2018
#: Government Work Report's opening, China Daily on the 2023 report (tests/data/align/SOURCES.md).
PAIRS = ("wp2019", "gwr2018", "cd2023")


def build(name: str, out: Path) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["tm", "build", str(ALIGN / f"{name}.zh.txt"),
                                      str(ALIGN / f"{name}.en.txt"), "-o", str(out)])
    return result.exit_code, result.stderr


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("tm")
    paths = []
    for name in PAIRS:
        code, err = build(name, folder / f"{name}.tmx")
        assert code == 0, err
        paths.append(folder / f"{name}.tmx")
    return paths
