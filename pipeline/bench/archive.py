"""Many pages at once: pages/s of `pipeline run DIR` with --workers 1, --workers N (N = this
machine's cores) and a local Dask cluster of N single-thread worker processes, on the same 120
pages of sample size (copies of input/xihe-interview.zh.txt, as the goal is stated, then distinct
pages cut from tests/data/corpus at paragraph breaks, ~8.5 kB each); the
first pass and the re-run of the unchanged archive apart; the peak RSS of the largest process.

Each run is a fresh `pipeline` process (start-up, dictionary loads and worker start included),
timed by the wall clock: the point of workers is wall time. On a machine shared with other
work the figures move; the speed-up goal (≥ 1.7× for 2 workers on 2 cores) assumes idle cores."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from pipeline.bench.engine import SAMPLE, cpu, news_corpus

PAGES = 120

#: Runs `pipeline` and prints the largest max RSS among itself and its (reaped) worker processes.
_PEAK = ("import resource, sys\n"
         "from pipeline.cli import main\n"
         "try:\n    main()\nfinally:\n"
         "    r = max(resource.getrusage(w).ru_maxrss for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))\n"
         "    print(f'peak-kb {r}', file=sys.stderr)\n")


def news_pages(folder: Path) -> int:
    """PAGES pages of distinct text in dated folders (the news corpus cut at paragraph breaks)."""
    paragraphs = [p for p in news_corpus().split("\n\n") if p.strip()]
    per = len(paragraphs) / PAGES
    return _write(folder, ["\n\n".join(paragraphs[round(i * per): round((i + 1) * per)]) + "\n"
                           for i in range(PAGES)])


def sample_pages(folder: Path) -> int:
    """PAGES copies of the sample page (OCR'd, so the clean stage works on every one)."""
    return _write(folder, [SAMPLE.read_text(encoding="utf-8")] * PAGES)


def _write(folder: Path, texts: list[str]) -> int:
    for i, text in enumerate(texts):
        page = folder / f"2024-{i % 12 + 1:02}" / f"{i // 12 + 1:02}" / "page.txt"
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text(text, encoding="utf-8")
    return sum(map(len, texts))


def run(src: Path, out: Path, *args: str) -> tuple[float, float]:
    """Wall seconds and peak MB of one `pipeline run src -o out *args` (CPU seconds kept in CPU)."""
    cmd = [sys.executable, "-c", _PEAK, "run", str(src), "-o", str(out), "-q", *args]
    c0 = cpu()
    t0 = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    CPU.append(cpu() - c0)
    if done.returncode != 0:
        raise SystemExit(f"bench: {' '.join(cmd[3:])} failed:\n{done.stderr[-2000:]}")
    peak = int(done.stderr.rsplit("peak-kb ", 1)[1].split()[0]) / 1024
    return wall, peak


#: CPU seconds (user + system, the run and its worker processes) of each `run`, in order.
CPU: list[float] = []


def main() -> None:
    n = os.cpu_count() or 1
    print(f"{n} cores; load average {os.getloadavg()[0]:.1f} at the start (figures assume idle cores)")
    for name, make in (("copies of input/xihe-interview.zh.txt", sample_pages),
                       ("distinct pages cut from tests/data/corpus", news_pages)):
        with tempfile.TemporaryDirectory() as tmp:
            src = Path(tmp) / "IN"
            chars = make(src)
            print(f"{PAGES} {name}: {chars:,} characters ({chars / PAGES:,.0f} per page)")
            measure(src, Path(tmp), n)


def measure(src: Path, tmp: Path, n: int) -> None:
    one, peak1 = run(src, tmp / "w1", "--workers", "1")
    print(f"  --workers 1:  first pass {one:6.1f} s, {PAGES / one:5.1f} pages/s, {CPU[-1]:.1f} CPU s, "
          f"peak RSS {peak1:,.0f} MB")
    many, peakn = run(src, tmp / "wn", "--workers", str(n))
    print(f"  --workers {n}:  first pass {many:6.1f} s, {PAGES / many:5.1f} pages/s, {CPU[-1]:.1f} CPU s, "
          f"peak RSS {peakn:,.0f} MB (largest process); speed-up {one / many:.2f}× (goal ≥ 1.7× for 2 workers)")
    again, _ = run(src, tmp / "wn", "--workers", str(n))
    print(f"  warm re-run, nothing changed: {again:.2f} s = {again / many:.0%} of the first pass (goal < 15%)")
    dask(src, tmp / "dask", n, one)


def dask(src: Path, out: Path, n: int, one: float) -> None:
    try:
        dist: Any = importlib.import_module("distributed")  # untyped: used through Any
    except ImportError:
        print("  Dask: not installed (pip install '.[cluster]')")
        return
    import logging

    logging.getLogger("distributed").setLevel(logging.ERROR)
    with dist.LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=":0",
                      silence_logs=logging.ERROR) as cluster:
        wall, peak = run(src, out, "--cluster", cluster.scheduler_address)
    print(f"  local Dask cluster, {n} workers: first pass {wall:6.1f} s, {PAGES / wall:5.1f} pages/s, "
          f"{one / wall:.2f}× --workers 1; client peak RSS {peak:,.0f} MB")


if __name__ == "__main__":
    main()
