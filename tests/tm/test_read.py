"""Reading memory files: TMX 1.4 (the pipeline's own included) and TSV; bad files are one
line naming file:line."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.errors import TMError
from pipeline.tm import read_units
from tests.conftest import DATA
from tests.test_cli import invoke

# gwr2018 opening (tests/data/align/gwr2018.gold.tsv), the official English
ZH = "第十二届全国人民代表大会第一次会议以来的五年，是我国发展进程中极不平凡的五年。"
EN = ("The five years since the first session of the 12th National People’s Congress (NPC) have "
      "been a truly remarkable five years in the course of our country’s development.")


def test_tsv_with_header_comments_and_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "tm.tsv"
    path.write_text(f"zh\ten\n# from gwr2018\n\n{ZH}\t{EN}\n各位代表：\tFellow Deputies,\n", "utf-8")
    units = read_units(path)
    assert [(u.zh, u.en, u.line) for u in units] == [(ZH, EN, 4), ("各位代表：", "Fellow Deputies,", 5)]
    assert units[0].where == f"{path}:4"


def test_tsv_without_header(tmp_path: Path) -> None:
    path = tmp_path / "tm.tsv"
    path.write_text(f"{ZH}\t{EN}\n", "utf-8")
    assert [u.line for u in read_units(path)] == [1]


def test_tmx_with_inline_codes_and_tmx11_lang(tmp_path: Path) -> None:
    """<ph>/<bpt>/<ept> hold native codes, not text; TMX 1.1 writes `lang`, not xml:lang."""
    path = tmp_path / "tm.tmx"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="zh-CN" '
        'adminlang="en" segtype="sentence" o-tmf="x" datatype="plaintext" creationtool="x" '
        'creationtoolversion="1"/>\n<body>\n'
        f'<tu>\n<tuv xml:lang="ZH-CN"><seg>{ZH}<ph x="1">&lt;br/&gt;</ph></seg></tuv>\n'
        f'<tuv xml:lang="en-US"><seg><bpt i="1">&lt;b&gt;</bpt>The five years<ept i="1">&lt;/b&gt;</ept>'
        f'{EN[14:]}</seg></tuv>\n</tu>\n'
        '<tu><tuv lang="zh"><seg>各位代表：</seg></tuv><tuv lang="en"><seg>Fellow Deputies,</seg></tuv></tu>\n'
        "</body></tmx>\n", "utf-8")
    units = read_units(path)
    assert [(u.zh, u.en, u.line) for u in units] == [(ZH, EN, 4), ("各位代表：", "Fellow Deputies,", 8)]


def test_the_pipelines_own_tmx_output_reads_back(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from pipeline.cli import cli

    page = tmp_path / "page.txt"
    page.write_text(f"各位代表：\n\n{ZH}\n", "utf-8")
    result = CliRunner().invoke(cli, ["run", str(page), "-o", str(tmp_path), "--format", "tmx"])
    assert result.exit_code == 0, result.output
    units = read_units(tmp_path / "page.tmx")
    assert [u.zh for u in units] == ["各位代表：", ZH]
    assert all(u.en for u in units)


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("tm.tsv", f"zh\ten\n{ZH}\n", "tm.tsv:2: expected zh<TAB>en, found no tab"),
        ("tm.tsv", f"{ZH}\t \n", "tm.tsv:1: empty en cell"),
        ("tm.tsv", "zh\ten\n# nothing yet\n", "tm.tsv: no translation units"),
        ("tm.tmx", f'<tmx version="1.4"><body>\n<tu><tuv xml:lang="zh"><seg>{ZH}</seg></tuv>\n</tmx>',
         "tm.tmx:3: not well-formed XML (mismatched tag)"),
        ("tm.tmx", f'<tmx version="1.4"><body>\n\n<tu><tuv xml:lang="zh-CN"><seg>{ZH}</seg></tuv></tu>'
                   "</body></tmx>", "tm.tmx:3: <tu> without a en <tuv>"),
        ("tm.tmx", "<?xml version='1.0'?>\n<html><body/></html>", "tm.tmx:2: not TMX"),
    ],
)
def test_a_bad_file_is_one_line_with_file_and_line(tmp_path: Path, name: str, content: str,
                                                   message: str) -> None:
    path = tmp_path / name
    path.write_text(content, "utf-8")
    with pytest.raises(TMError) as e:
        read_units(path)
    assert str(e.value).startswith(f"{tmp_path}/{message}")


def test_non_utf8_tsv_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "tm.tsv"
    path.write_bytes(f"各位代表：\tFellow Deputies,\n{ZH}\t{EN}\n".encode("gb18030"))
    with pytest.raises(TMError, match=r"tm\.tsv:1: not UTF-8"):
        read_units(path)


@pytest.mark.slow
def test_run_with_a_bad_memory_exits_1_with_one_line_and_writes_nothing(tmp_path: Path) -> None:
    bad = tmp_path / "tm.tsv"
    bad.write_text(f"zh\ten\n{ZH}\n", "utf-8")
    out = tmp_path / "out"
    code, err = invoke("run", str(DATA.parent.parent / "input" / "xihe-interview.zh.txt"),
                       "-o", str(out), "--tm", str(bad))
    assert code == 1
    assert err.strip().splitlines() == [f"error: {bad}:2: expected zh<TAB>en, found no tab"]
    assert not out.exists() or not any(out.iterdir())
    code, err = invoke("run", str(DATA / "official-report.zh.txt"), "-o", str(out),
                       "--tm", str(tmp_path / "missing.tmx"))
    assert (code, err.strip()) == (1, f"error: {tmp_path / 'missing.tmx'}: no such file")
