"""`pipeline tm build ZH EN -o tm.tmx`: the aligner's links as a TMX 1.4b memory."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from lxml import etree

from pipeline.bitext.gold import read_gold
from pipeline.errors import PipelineError
from pipeline.tm import read_units
from tests.conftest import DATA
from tests.tm.conftest import ALIGN, PAIRS, build


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def test_built_memories_are_valid_tmx_and_hold_the_gold_links(built: list[Path]) -> None:
    dtd = etree.DTD(str(DATA / "tmx14.dtd"))
    for name, path in zip(PAIRS, built):
        assert dtd.validate(etree.parse(str(path))), dtd.error_log.filter_from_errors()
        gold = {(_norm(z), _norm(e)) for z, e in _gold_links(name)}
        units = read_units(path)
        right = sum((_norm(u.zh), _norm(u.en)) in gold for u in units)
        # every unit a hand-checked link of the gold (tests/data/align/SOURCES.md)
        assert right == len(units) >= 6, (name, right, len(units))


def _gold_links(name: str) -> list[tuple[str, str]]:
    return [(z, e) for z, e in read_gold(ALIGN / f"{name}.gold.tsv").links if z and e]


def test_bad_inputs_write_nothing(tmp_path: Path) -> None:
    code, _ = build("wp2019", ALIGN / "wp2019.zh.txt")  # -o naming an input
    assert code == 1
    empty = tmp_path / "empty.en.txt"
    empty.write_text("\n", "utf-8")
    from click.testing import CliRunner

    from pipeline.cli import cli

    result = CliRunner().invoke(cli, ["tm", "build", str(ALIGN / "wp2019.zh.txt"), str(empty),
                                      "-o", str(tmp_path / "tm.tmx")])
    assert result.exit_code != 0 and not (tmp_path / "tm.tmx").exists()


def test_an_unwritable_output_is_one_line(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from pipeline.cli import cli

    out = tmp_path / "no such folder" / "tm.tmx"
    result = CliRunner().invoke(cli, ["tm", "build", str(ALIGN / "wp2019.zh.txt"),
                                      str(ALIGN / "wp2019.en.txt"), "-o", str(out)])
    assert isinstance(result.exception, PipelineError)  # main() prints it as one line, exit 1
    assert str(result.exception).startswith(f"cannot write {out}: no such file or directory")
    assert not out.parent.exists()
