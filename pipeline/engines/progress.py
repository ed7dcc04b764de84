"""Progress on stderr for the translate stage, and the counts behind it.

Engines and wrappers tick one shared `Monitor` (`EngineDeps.monitor`) from any thread. On a
terminal it draws a single `\\r`-rewritten bar; elsewhere (a log file, a pipe, CI) it writes
one plain line every few seconds while segments are outstanding, so a slow endpoint is seen
working or stuck; it can be turned off. Warnings (an engine giving up) go through it as well,
so they never land in the middle of the bar.
"""

from __future__ import annotations

import sys
import threading
import time
from typing import TextIO

#: Seconds between redraws of the bar: often enough to look alive, rarely enough to cost nothing.
REDRAW_EVERY = 0.1
#: Seconds between progress lines when stderr is not a terminal: a log stays short, a stuck
#: run shows within seconds.
LINE_EVERY = 5.0
BAR_WIDTH = 24

#: The three ways to show progress: a bar (a terminal, or --progress), lines, or nothing.
BAR, LINES, OFF = "bar", "lines", "off"


class Monitor:
    """Counts segments done/total, requests sent, in flight and failed, and cache hits.

    `enabled` True: the bar; False: nothing; None (the default): the bar on a terminal,
    a line every `line_every` seconds elsewhere."""

    def __init__(self, enabled: bool | None = None, stream: TextIO | None = None,
                 line_every: float = LINE_EVERY) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.mode = (OFF if enabled is False else BAR if enabled or _isatty(self.stream) else LINES)
        self.enabled = self.mode == BAR
        self.line_every = line_every
        self.total = self.done = self.in_flight = self.requests = self.hits = self.failed = 0
        self._lock = threading.Lock()
        self._drawn = 0.0
        self._shown = False
        self._lines: threading.Thread | None = None
        self._closed = threading.Event()

    def reset(self) -> None:
        """Counts back to zero: a worker translating page after page reports each page's own."""
        with self._lock:
            self.total = self.done = self.in_flight = self.requests = self.hits = 0

    def add(self, n: int) -> None:
        self._tick(total=n)
        with self._lock:
            if self.mode == LINES and self._lines is None and n:
                self._closed.clear()
                self._lines = threading.Thread(target=self._write_lines, daemon=True,
                                               name="progress-lines")
                self._lines.start()

    def hit(self, n: int) -> None:
        self._tick(hits=n, done=n)

    def advance(self, n: int = 1) -> None:
        self._tick(done=n)

    def sent(self, n: int = 1) -> None:
        """`n` segments handed to the back-end (one HTTP request each, or one model batch)."""
        self._tick(requests=n, in_flight=n)

    def received(self, n: int = 1) -> None:
        self._tick(in_flight=-n)

    def fail(self, n: int = 1) -> None:
        """`n` requests that brought no usable answer (an error, a timeout, a bad body)."""
        self._tick(failed=n)

    def warn(self, message: str) -> None:
        """One line on stderr, whatever the mode (a bar in progress is redrawn below it)."""
        with self._lock:
            lead = "\r\x1b[K" if self.mode == BAR and self._shown else ""
            self.stream.write(f"{lead}{message}\n")
            if lead:
                self._draw()
            self.stream.flush()

    def _tick(self, **deltas: int) -> None:
        with self._lock:
            for k, v in deltas.items():
                setattr(self, k, getattr(self, k) + v)
            now = time.monotonic()
            if self.mode == BAR and now - self._drawn >= REDRAW_EVERY:
                self._drawn = now
                self._draw()

    def line(self) -> str:
        total = max(self.total, 1)
        filled = BAR_WIDTH * min(self.done, total) // total
        bar = "#" * filled + "." * (BAR_WIDTH - filled)
        return f"translate [{bar}] {self.counts()}"

    def counts(self) -> str:
        failed = f", {self.failed} failed requests" if self.failed else ""
        return (f"{self.done}/{self.total} segments, {self.in_flight} in flight, "
                f"{self.hits} cached{failed}")

    def _draw(self) -> None:
        self.stream.write("\r" + self.line() + "\x1b[K")
        self.stream.flush()
        self._shown = True

    def _write_lines(self) -> None:
        """Every `line_every` seconds until closed: one line, as long as work is outstanding."""
        while not self._closed.wait(self.line_every):
            with self._lock:
                if self.done < self.total:
                    self.stream.write(f"translate: {self.counts()}\n")
                    self.stream.flush()
                    self._shown = True

    def close(self) -> None:
        """Draw the final state and end the line (only if a bar or a line was shown)."""
        self._closed.set()
        lines, self._lines = self._lines, None
        if lines is not None:
            lines.join()
        with self._lock:
            if self.mode == BAR and (self._shown or self.total):
                self._draw()
                self.stream.write("\n")
                self.stream.flush()
            elif self.mode == LINES and self._shown:
                self.stream.write(f"translate: {self.counts()}\n")
                self.stream.flush()
            self._shown = False


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # a closed or bare stream: not a terminal
        return False
