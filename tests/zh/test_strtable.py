"""The packed str → str table (pipeline.zh.strtable) that caches are mapped from."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.zh import strtable

# Rows of the CC-CEDICT renderings table (pipeline.zh.renderings) for real headwords.
ROWS = {"发展": "development", "香港": "Hong Kong", "河北省": "Hebei Province", "项目": "item"}


def test_packed_rows_are_found_and_others_are_not(tmp_path: Path) -> None:
    path = tmp_path / "t.table"
    path.write_bytes(strtable.pack(ROWS))
    table = strtable.opened(path)
    assert table is not None and len(table) == len(ROWS)
    assert {w: table.get(w) for w in ROWS} == ROWS
    assert [table.get(w) for w in ("发", "展", "发展观", "", "发展\x1d")] == ["", "", "", "", ""]


def test_same_rows_same_bytes() -> None:
    assert strtable.pack(ROWS) == strtable.pack(dict(reversed(ROWS.items())))


def test_a_row_with_a_separator_cannot_be_packed() -> None:
    with pytest.raises(ValueError, match="项目"):
        strtable.pack({"项目": "item\nproject"})


@pytest.mark.parametrize("content", [b"", b"not a table", b"STRT" + bytes(8), strtable.pack(ROWS)[:12]])
def test_unusable_file_opens_as_none(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "t.table"
    path.write_bytes(content)
    assert strtable.opened(path) is None
    assert strtable.opened(tmp_path / "missing.table") is None
