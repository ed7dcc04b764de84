"""A small archive of real pages: the real pipeline (`pipeline run`, gloss engine, shipped
glossary) on four pages in dated folders, one more page that is the second page translated
differently (as another engine or translator would), and the archive reports written once."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import DATA, SAMPLE

#: (folder, input): the folders are months, as an archive kept by month has them.
INPUTS = (("2023-01", SAMPLE), ("2023-02", DATA / "kangle-interview.zh.txt"),
          ("2023-03", DATA / "clean-report.zh.txt"), ("2023-04", DATA / "official-report.zh.txt"))
#: The second translation of the Kangle page (2023-05/kangle-edited.zh), record by record:
#: p6.s1 a new English with 乡村振兴 as "rural vitalization" (Xinhua's other rendering);
#: p8.s2 "850,000" written as "85" (a number lost); p12.s1 人居环境 left in Chinese.
EDITED = "2023-05/kangle-edited.zh"
EDITS = {
    "p6.s1": "What new steps has Kangle County taken for rural vitalization this year?",
    "p8.s2": ("New 12 large-scale farms, cattle and sheep stock reached 85 (head), 36,000 beef cattle "
              "sold a year, raising farmers' income by 120 million yuan."),
    "p12.s1": "What has Kangle County done to improve its 人居环境?",
}


@dataclass(frozen=True)
class Archive:
    root: Path
    written: list[Path]

    def records(self, page: str) -> list[dict[str, Any]]:
        lines = (self.root / f"{page}.jsonl").read_text(encoding="utf-8").splitlines()
        return [json.loads(line) for line in lines]

    @property
    def pages(self) -> list[str]:
        return sorted([f"{folder}/{path.name.removesuffix('.txt')}" for folder, path in INPUTS] + [EDITED])


def run_page(source: Path, outdir: Path) -> None:
    from click.testing import CliRunner

    from pipeline.cli import cli

    result = CliRunner().invoke(cli, ["run", str(source), "-o", str(outdir)])
    assert result.exit_code == 0, result.output


def write_edited(root: Path) -> None:
    """The Kangle page's records with EDITS applied, as its own page in 2023-05/."""
    out = []
    for line in (root / "2023-02/kangle-interview.zh.jsonl").read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        if r["id"] in EDITS:
            r["en"], r["engine"] = EDITS[r["id"]], "given"
            if r["id"] == "p6.s1":
                r["terms"][0]["en"] = "rural vitalization"
        out.append(json.dumps(r, ensure_ascii=False))
    (root / EDITED).parent.mkdir()
    (root / f"{EDITED}.jsonl").write_text("\n".join(out) + "\n", encoding="utf-8")


@pytest.fixture(scope="session")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Archive]:
    from pipeline.archive import pages_in, write_reports

    root = tmp_path_factory.mktemp("archive")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PIPELINE_CACHE", str(tmp_path_factory.getbasetemp() / "cache"))
        for folder, source in INPUTS:
            run_page(source, root / folder)
        write_edited(root)
        # Not pages: a run's manifest (JSONL of another shape) and a hidden work folder.
        (root / "manifest.jsonl").write_text('{"source": "a.txt", "status": "done"}\n', encoding="utf-8")
        (root / ".work").mkdir()
        shutil.copy(root / "2023-01/xihe-interview.zh.jsonl", root / ".work/copy.jsonl")
        written = write_reports(root, pages_in(root))
    yield Archive(root, written)


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
def input_tree(tmp_path: Path) -> Path:
    """IN/ with four real pages, a binary and an empty .txt, a layout file and a hidden file."""
    root = tmp_path / "IN"
    for rel, src in TREE.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, root / rel)
    for rel, data in BAD.items():
        (root / rel).write_bytes(data)
    (root / "2024-04" / "layout.indd").write_bytes(b"\x06\x06\xed\xf5")  # a page-layout file: no page
    (root / ".hidden.txt").write_text("隐藏", encoding="utf-8")
    return root
