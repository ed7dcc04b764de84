"""Memory and start-up (issue 15 point 10): the peak RSS of `pipeline run` on one 16 MB text
file (tests/data/corpus/*.zh.txt, 38 distinct days of news, joined and repeated, cut at a
paragraph break; goal < 500 MB: the runner translates it in chunks), and what one page's run
costs over a bare `python -c pass` (the medians of 10 runs of each, taken in turn, in wall and
CPU seconds; goal ≤ 0.6 s).

The runs are made as a user's are: without PYTHONDONTWRITEBYTECODE (set in some
environments), so that Python's bytecode cache of the package exists after the first run
(without it every run compiles the package's ~110 modules again: ~0.07 s more)."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from pipeline.bench.engine import SAMPLE, cpu, news_corpus

BIG_BYTES = 16 * 1024 * 1024
REPEATS = 10

#: Runs `pipeline` and prints its own max RSS (a child's ru_maxrss seen from the parent starts
#: from the parent's size at fork).
_PEAK = ("import resource, sys\n"
         "from pipeline.cli import main\n"
         "try:\n    main()\nfinally:\n"
         "    print(f'peak-kb {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}', file=sys.stderr)\n")


def big_file(path: Path) -> int:
    """The news corpus repeated to 16 MB of UTF-8, ending at a paragraph break."""
    unit = news_corpus() + "\n"
    text = unit * (BIG_BYTES // len(unit.encode("utf-8")) + 1)
    text = text.encode("utf-8")[:BIG_BYTES].decode("utf-8", "ignore")
    text = text[: text.rfind("\n\n") + 1]
    path.write_text(text, encoding="utf-8")
    return len(text.encode("utf-8"))


def peak_16mb() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "big.zh.txt"
        size = big_file(src)
        cmd = [sys.executable, "-c", _PEAK, "run", str(src), "-o", str(Path(tmp) / "out")]
        c0 = cpu()
        done = subprocess.run(cmd, capture_output=True, text=True)
        seconds = cpu() - c0
    if done.returncode != 0:
        raise SystemExit(f"bench: {' '.join(cmd[3:])} failed:\n{done.stderr[-2000:]}")
    peak = int(done.stderr.rsplit("peak-kb ", 1)[1].split()[0]) / 1024
    print(f"one {size / 2**20:.0f} MB text file: peak RSS {peak:,.0f} MB (goal < 500 MB), {seconds:.1f} CPU s")


def startup() -> None:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    with tempfile.TemporaryDirectory() as out:
        cmds = {"run": [sys.executable, "-m", "pipeline", "run", str(SAMPLE), "-o", out],
                "bare": [sys.executable, "-c", "pass"]}
        subprocess.run(cmds["run"], check=True, capture_output=True, env=env)  # caches exist after this
        times: dict[str, list[tuple[float, float]]] = {k: [] for k in cmds}
        for _ in range(REPEATS):  # in turn: the machine may be shared
            for name, cmd in cmds.items():
                t0, c0 = time.perf_counter(), cpu()
                subprocess.run(cmd, check=True, capture_output=True, env=env)
                times[name].append((time.perf_counter() - t0, cpu() - c0))
    (run_wall, run_cpu), (bare_wall, bare_cpu) = (
        (statistics.median(w for w, _ in times[k]), statistics.median(c for _, c in times[k]))
        for k in ("run", "bare"))
    print(f"`pipeline run` on the sample page: {run_wall:.2f} s wall, {run_cpu:.2f} CPU s; "
          f"`python -c pass`: {bare_wall:.2f} s, {bare_cpu:.2f} CPU s; start-up and page cost "
          f"{run_wall - bare_wall:.2f} s wall, {run_cpu - bare_cpu:.2f} CPU s "
          f"(goal ≤ 0.6 s; medians of {REPEATS})")


def main() -> None:
    startup()
    peak_16mb()


if __name__ == "__main__":
    main()
