from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import DATA, SAMPLE

#: Real pages of the repository, placed in dated folders as an archive would hold them, with a
#: binary file and an empty file among them (what a scanned year of a paper really contains).
TREE = {
    "2024-03/01/xihe.txt": SAMPLE,
    "2024-03/02/kangle.txt": DATA / "kangle-interview.zh.txt",
    "2024-04/report.txt": DATA / "official-report.zh.txt",
    "2024-04/clean.txt": DATA / "clean-report.zh.txt",
}
BAD = {
    "2024-03/02/scan.txt": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8,  # an image saved as .txt
    "2024-04/blank.txt": b"",
}


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    """IN/ with four real pages, a binary and an empty .txt, a picture and a hidden file."""
    root = tmp_path / "IN"
    for rel, src in TREE.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, root / rel)
    for rel, data in BAD.items():
        (root / rel).write_bytes(data)
    (root / "2024-04" / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    (root / ".hidden.txt").write_text("隐藏", encoding="utf-8")
    return root
