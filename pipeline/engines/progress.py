"""A progress bar on stderr for the translate stage, and the counts behind it.

Engines and wrappers tick one shared `Monitor` (`EngineDeps.monitor`) from any thread;
it draws a single `\\r`-rewritten line only when enabled (by default: when stderr
is a terminal), so tests and pipes stay quiet.
"""

from __future__ import annotations

import sys
import threading
import time
from typing import TextIO

#: Seconds between redraws: often enough to look alive, rarely enough to cost nothing.
REDRAW_EVERY = 0.1
BAR_WIDTH = 24


class Monitor:
    """Counts segments done/total, requests sent and in flight, and cache hits."""

    def __init__(self, enabled: bool | None = None, stream: TextIO | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.total = self.done = self.in_flight = self.requests = self.hits = 0
        self._lock = threading.Lock()
        self._drawn = 0.0
        self._shown = False

    def reset(self) -> None:
        """Counts back to zero: a worker translating page after page reports each page's own."""
        with self._lock:
            self.total = self.done = self.in_flight = self.requests = self.hits = 0

    def add(self, n: int) -> None:
        self._tick(total=n)

    def hit(self, n: int) -> None:
        self._tick(hits=n, done=n)

    def advance(self, n: int = 1) -> None:
        self._tick(done=n)

    def sent(self, n: int = 1) -> None:
        """`n` segments handed to the back-end (one HTTP request each, or one model batch)."""
        self._tick(requests=n, in_flight=n)

    def received(self, n: int = 1) -> None:
        self._tick(in_flight=-n)

    def _tick(self, **deltas: int) -> None:
        with self._lock:
            for k, v in deltas.items():
                setattr(self, k, getattr(self, k) + v)
            now = time.monotonic()
            if self.enabled and now - self._drawn >= REDRAW_EVERY:
                self._drawn = now
                self._draw()

    def line(self) -> str:
        total = max(self.total, 1)
        filled = BAR_WIDTH * min(self.done, total) // total
        bar = "#" * filled + "." * (BAR_WIDTH - filled)
        return (f"translate [{bar}] {self.done}/{self.total} segments, "
                f"{self.in_flight} in flight, {self.hits} cached")

    def _draw(self) -> None:
        self.stream.write("\r" + self.line() + "\x1b[K")
        self.stream.flush()
        self._shown = True

    def close(self) -> None:
        """Draw the final state and end the line (only if a bar was shown)."""
        with self._lock:
            if self.enabled and (self._shown or self.total):
                self._draw()
                self.stream.write("\n")
                self.stream.flush()
            self._shown = False
