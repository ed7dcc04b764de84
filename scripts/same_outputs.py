"""Record the pipeline's outputs (JSONL, Markdown, HTML, TMX, TSV) of the repository's Chinese
pages, or check that the current code writes them byte for byte the same: the guard for changes
that must not change output (speed work).

    python scripts/same_outputs.py record DIR   # with the code before the change
    python scripts/same_outputs.py check DIR    # with the code after it: lists every file that differs

Pages: the sample page, tests/data/*.zh.txt, the dev set (tests/data/dev), the aligner's test
pages (tests/data/align) and the news corpus (tests/data/corpus), run by the CLI with the gloss
engine, no translation cache, one worker. The folder manifest (run dates) is not compared."""

from __future__ import annotations

import filecmp
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAGES = [ROOT / "input" / "xihe-interview.zh.txt", *sorted((ROOT / "tests" / "data").glob("*.zh.txt")),
         *sorted((ROOT / "tests" / "data" / "dev").glob("*.zh.txt")),
         *sorted((ROOT / "tests" / "data" / "align").glob("*.zh.txt")), ROOT / "tests" / "data" / "corpus"]
SKIP = {"manifest.jsonl"}


def write(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for page in PAGES:  # one run per page: a folder of pages mirrors its tree under its own name
        cmd = [sys.executable, "-m", "pipeline", "run", str(page), "-o", str(out / page.name),
               "--no-cache", "--workers", "1", "-q"]
        subprocess.run(cmd, check=True, cwd=ROOT)


def files(root: Path) -> set[Path]:
    return {p.relative_to(root) for p in root.rglob("*") if p.is_file() and p.name not in SKIP}


def check(before: Path) -> int:
    with tempfile.TemporaryDirectory() as d:
        after = Path(d)
        write(after)
        old, new = files(before), files(after)
        bad = sorted(old ^ new) + sorted(p for p in old & new
                                          if not filecmp.cmp(before / p, after / p, shallow=False))
        for p in bad:
            print(f"differs: {p}")
        print(f"{len(old & new)} files compared, {len(bad)} differ")
        return 1 if bad else 0


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in ("record", "check"):
        sys.exit(__doc__)
    if sys.argv[1] == "record":
        write(Path(sys.argv[2]))
    else:
        sys.exit(check(Path(sys.argv[2])))
