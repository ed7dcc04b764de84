"""Many pages at once: pages/s of `pipeline run DIR` with --workers 1, --workers N (N = this
machine's cores) and a local Dask cluster of N single-thread worker processes, on the same 120
pages of sample size (copies of input/xihe-interview.zh.txt, as the goal is stated, then distinct
pages cut from tests/data/corpus at paragraph breaks, ~2.9k characters each).

Each run is a fresh `pipeline` process into a fresh output folder (start-up, dictionary loads,
worker start and the archive's reports included), timed by the wall clock: the point of workers
is wall time. The modes take turns: every mode's first pass on the corpus, then REPEATS warm
repeats of each (files in the page cache; a Dask cluster's workers keep their tools loaded),
reported apart: the best of the repeats (the one least slowed by other work on the machine),
and the speed-up of each round, so one noisy run shows. Each run's serial ends are shown too:
when its first page's files appeared, and how long it went on after its last page's. CPU seconds are the run's and its
worker processes' (with Dask: the client, the workers, measured in them, and the scheduler, which
runs in this process). Peak RSS is that of the
largest process. The re-run of an unchanged archive is timed last. On a machine shared with
other work the wall figures move (the load average is printed); the goal (≥ 1.7× for 2 workers
on 2 cores) assumes idle cores."""

from __future__ import annotations

import contextlib
import importlib
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.bench.engine import SAMPLE, cpu, news_corpus

PAGES = 120

#: Runs `pipeline` and prints the largest max RSS among itself and its (reaped) worker processes,
#: and its own CPU seconds (the parent's: with workers, the part that does not run in parallel).
_PEAK = ("import resource, sys\n"
         "from pipeline.cli import main\n"
         "try:\n    main()\nfinally:\n"
         "    r = max(resource.getrusage(w).ru_maxrss for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))\n"
         "    me = resource.getrusage(resource.RUSAGE_SELF)\n"
         "    print(f'peak-kb {r} cpu {me.ru_utime + me.ru_stime:.3f}', file=sys.stderr)\n")


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


@dataclass(frozen=True)
class Run:
    wall: float  # seconds
    cpu: float  # seconds, user + system, the run and its workers
    peak: float  # MB, the largest process
    parent: float = 0.0  # seconds, user + system, the `pipeline` process alone
    load: float = 0.0  # the 1-minute load average as the run started
    head: float = 0.0  # seconds from the start to the first page's files (`serial_ends`)
    tail: float = 0.0  # seconds from the last page's files to the end

    def line(self) -> str:
        return (f"{self.wall:5.2f} s ({self.cpu:5.2f} CPU s, parent {self.parent:5.2f}; "
                f"first page out {self.head:4.2f} s, end {self.tail:4.2f} s after the last)")


def run(src: Path, out: Path, *args: str, workers_cpu: Callable[[], float] | None = None) -> Run:
    """One `pipeline run src -o out *args` in a fresh process."""
    cmd = [sys.executable, "-c", _PEAK, "run", str(src), "-o", str(out), "-q", *args]
    c0 = cpu() + (workers_cpu() if workers_cpu else 0.0)
    load = os.getloadavg()[0]
    t0, start = time.perf_counter(), time.time()
    done = subprocess.run(cmd, capture_output=True, text=True)
    wall, end = time.perf_counter() - t0, time.time()
    used = cpu() + (workers_cpu() if workers_cpu else 0.0) - c0
    if done.returncode != 0:
        raise SystemExit(f"bench: {' '.join(cmd[3:])} failed:\n{done.stderr[-2000:]}")
    peak_kb, _, parent = done.stderr.rsplit("peak-kb ", 1)[1].split()[:3]
    head, tail = serial_ends(out, start, end)
    return Run(wall, used, int(peak_kb) / 1024, float(parent), load, head, tail)


def serial_ends(out: Path, start: float, end: float) -> tuple[float, float]:
    """The run's serial ends, from its page outputs' modification times (each file is written
    whole as its page is done): seconds from `start` to the first page's files (start-up, the
    tools' load, the first page), and from the last page's files to `end` (the last writes,
    the manifest, the archive's reports, exit). Zeros when no page was written."""
    times = [p.stat().st_mtime for p in out.rglob("*")
             if p.is_file() and p.parent != out]  # the pages' files: the reports and manifest are at the top
    return (min(times) - start, end - max(times)) if times else (0.0, 0.0)


#: Warm repeats of each mode after its first pass.
REPEATS = 2


def main(repeats: int = REPEATS, dask: bool = True, distinct: bool = True) -> None:
    n = os.cpu_count() or 1
    _compile()
    print(f"{n} cores; load average {_load()} at the start (figures assume idle cores)")
    corpora = [("copies of input/xihe-interview.zh.txt", sample_pages)]
    if distinct:
        corpora.append(("distinct pages cut from tests/data/corpus", news_pages))
    for name, make in corpora:
        with tempfile.TemporaryDirectory() as tmp:
            src = Path(tmp) / "IN"
            chars = make(src)
            print(f"{PAGES} {name}: {chars:,} characters ({chars / PAGES:,.0f} per page)")
            measure(src, Path(tmp), n, repeats, dask)
    print(f"load average {_load()} at the end")


def measure(src: Path, tmp: Path, n: int, repeats: int = REPEATS, dask: bool = True) -> None:
    with dask_cluster(n) if dask else contextlib.nullcontext() as cluster:
        modes: list[tuple[str, list[str], Callable[[], float] | None]] = [
            ("--workers 1", ["--workers", "1"], None), (f"--workers {n}", ["--workers", str(n)], None)]
        if cluster is not None:
            modes.append((f"Dask, {n} workers", ["--cluster", cluster.address], cluster.cpu))
        runs: dict[str, list[Run]] = {label: [] for label, _, _ in modes}
        for rep in range(1 + repeats):
            for i, (label, args, workers_cpu) in enumerate(modes):
                runs[label].append(run(src, tmp / f"out{i}-{rep}", *args, workers_cpu=workers_cpu))
            print("  " + _round(rep, runs), flush=True)
        peaks = cluster.peak() if cluster is not None else 0.0
    for label, (first, *warm) in runs.items():
        best, peak = _best(warm), max(r.peak for r in runs[label])
        extra = f"; Dask workers' peak RSS {peaks:,.0f} MB" if label.startswith("Dask") else ""
        print(f"  {label:17} first pass {first.wall:5.1f} s {PAGES / first.wall:5.1f} pages/s "
              f"{first.cpu:5.1f} CPU s | warm, best of {len(warm)}: {best.wall:5.1f} s "
              f"{PAGES / best.wall:5.1f} pages/s {best.cpu:5.1f} CPU s, parent {best.parent:4.2f} "
              f"(worst {max(r.wall for r in warm):.1f} s) | peak RSS {peak:,.0f} MB{extra}")
    one = runs["--workers 1"]
    for label in list(runs)[1:]:
        each = [a.wall / b.wall for a, b in zip(one, runs[label])]
        print(f"  {label} against --workers 1: every round {min(each):.2f}× to {max(each):.2f}× "
              f"(first pass {each[0]:.2f}×; warm best against best "
              f"{_best(one[1:]).wall / _best(runs[label][1:]).wall:.2f}×; goal ≥ 1.7× for 2 workers on 2 cores)")
    again, first = run(src, tmp / "out1-0", "--workers", str(n)), runs[f"--workers {n}"][0]
    print(f"  unchanged archive re-run (--workers {n}): {again.wall:.2f} s = {again.wall / first.wall:.0%} "
          "of its first pass (goal < 15%)")


def _round(rep: int, runs: dict[str, list[Run]]) -> str:
    """One round: each mode's wall time, CPU (all processes, and the parent's own) and its
    speed-up over --workers 1 in the same round, and the load as the round started."""
    one = runs["--workers 1"][rep]
    cells = [f"{label} {r[rep].line()}" + ("" if r[rep] is one else f" {one.wall / r[rep].wall:.2f}×")
             for label, r in runs.items()]
    return f"round {rep + 1} ({'first pass' if rep == 0 else 'warm'}, load {one.load:.1f}): " + " | ".join(cells)


def _compile() -> None:
    """Bytecode for the package, as an installed wheel has: an editable install run with
    PYTHONDONTWRITEBYTECODE set compiles ~90 modules from source in every process (~0.1-0.2 s
    of every run's serial start, the same in every mode, which would understate the speed-up)."""
    import compileall

    import pipeline

    compileall.compile_dir(str(Path(pipeline.__file__).parent), quiet=1)


def _best(runs: list[Run]) -> Run:
    """The fastest: on a shared machine, the run least slowed by other work."""
    return min(runs, key=lambda r: r.wall)


def _load() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


@dataclass
class Cluster:
    address: str
    client: Any

    def cpu(self) -> float:
        """CPU seconds the cluster's worker processes have used."""
        return float(sum(self.client.run(_process_cpu).values()))

    def peak(self) -> float:
        """The largest worker process's peak RSS, MB."""
        return float(max(self.client.run(_peak_kb).values())) / 1024


def _process_cpu() -> float:
    return time.process_time()


def _peak_kb() -> int:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


@contextlib.contextmanager
def dask_cluster(n: int) -> Iterator[Cluster | None]:
    """A local Dask cluster of n single-thread worker processes; None without Dask."""
    try:
        dist: Any = importlib.import_module("distributed")  # untyped: used through Any
    except ImportError:
        print("  Dask: not installed (pip install '.[cluster]')")
        yield None
        return
    import logging

    logging.getLogger("distributed").setLevel(logging.ERROR)
    with dist.LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=":0",
                           silence_logs=logging.ERROR) as cluster, dist.Client(cluster) as client:
        yield Cluster(cluster.scheduler_address, client)


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="pages/s of `pipeline run DIR` by --workers (see the module doc)")
    parser.add_argument("--repeats", type=int, default=REPEATS, help="warm rounds after the first pass")
    parser.add_argument("--no-dask", action="store_true", help="leave out the local Dask cluster")
    parser.add_argument("--sample-only", action="store_true", help="only the copies of the sample page")
    args = parser.parse_args()
    main(args.repeats, not args.no_dask, not args.sample_only)
