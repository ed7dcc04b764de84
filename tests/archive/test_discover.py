"""Which files are pages and where their outputs go (the mirrored tree)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.archive.discover import discover
from pipeline.errors import InputError


def rels(inputs: list[Path], outdir: Path | None = None) -> list[str]:
    return [str(p.rel) for p in discover(inputs, outdir).pages]


def test_a_folder_is_mirrored_from_itself(input_tree: Path) -> None:
    found = discover([input_tree])
    assert [str(p.rel) for p in found.pages] == [
        "2024-03/01/xihe.txt", "2024-03/02/kangle.txt", "2024-03/02/scan.txt",
        "2024-04/blank.txt", "2024-04/clean.txt", "2024-04/report.txt"]
    assert found.ignored == 1  # layout.indd; .hidden.txt is not counted
    assert str(found.pages[0].stem) == "2024-03/01/xihe"


def test_several_folders_keep_their_names(input_tree: Path) -> None:
    # issue 15: `pipeline run IN/2024-03 IN/2024-04` must keep the two months apart
    assert rels([input_tree / "2024-03", input_tree / "2024-04"])[:2] == ["2024-03/01/xihe.txt", "2024-03/02/kangle.txt"]


def test_files_and_folders_together(input_tree: Path) -> None:
    got = rels([input_tree / "2024-03" / "01", input_tree / "2024-04" / "report.txt"])
    assert got == ["2024-03/01/xihe.txt", "2024-04/report.txt"]


def test_an_output_folder_inside_the_input_is_left_out(input_tree: Path) -> None:
    out = input_tree / "out"
    (out / "2024-03").mkdir(parents=True)
    (out / "2024-03" / "old.txt").write_text("旧", encoding="utf-8")
    assert "out/2024-03/old.txt" not in rels([input_tree], out)


def test_two_inputs_writing_the_same_outputs_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "page.txt").write_text("一", encoding="utf-8")
    (tmp_path / "a" / "page.TXT").write_text("二", encoding="utf-8")
    with pytest.raises(InputError, match=r"both write page\.\*"):
        discover([tmp_path / "a"])


def test_a_missing_input_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file or folder"):
        discover([tmp_path / "nothere"])
