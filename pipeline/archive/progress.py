"""What a person watching the run sees on stderr: a bar (pages done/total, sentences per second,
ETA) when stderr is a terminal, else one line per page, so a log stays readable; failures always."""

from __future__ import annotations

import sys
import time
from typing import Any, TextIO

from pipeline.archive.task import PageResult


def failure(key: str, error: str) -> str:
    """`key: reason`, the key not repeated when the reason starts with it."""
    return error if error.startswith(key) else f"{key}: {error}"


class Progress:
    def __init__(self, total: int, quiet: bool = False, bar: bool | None = None,
                 stream: TextIO | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.total = total
        self.quiet = quiet
        self.count = self.sentences = 0
        self.started = time.perf_counter()
        self._bar: Any = None
        if not quiet and total and (self.stream.isatty() if bar is None else bar):
            from tqdm import tqdm

            self._bar = tqdm(total=total, unit="page", file=self.stream, dynamic_ncols=True,
                             smoothing=0.1, mininterval=0.2)

    def page(self, key: str, result: PageResult) -> None:
        self.count += 1
        self.sentences += int(result.stats.get("segments", 0) or 0)  # type: ignore[call-overload]
        if self._bar is not None:
            if not result.ok:
                self._bar.write(f"failed: {failure(key, result.error)}", file=self.stream)
            self._bar.set_postfix_str(f"{self.rate():,.0f} sentences/s", refresh=False)
            self._bar.update(1)
            return
        if not result.ok:
            self._line(f"[{self.count}/{self.total}] failed: {failure(key, result.error)}")
        elif not self.quiet:
            self._line(f"[{self.count}/{self.total}] {key}: {result.stats.get('segments', 0)} sentences, "
                       f"{result.seconds:.2f} s")

    def note(self, text: str) -> None:
        """A line that is not about one page (skipped pages, the plan)."""
        if self._bar is not None:
            self._bar.write(text, file=self.stream)
        elif not self.quiet:
            self._line(text)

    def rate(self) -> float:
        return self.sentences / max(time.perf_counter() - self.started, 1e-9)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None

    def _line(self, text: str) -> None:
        self.stream.write(text + "\n")
        self.stream.flush()
