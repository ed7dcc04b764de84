"""The progress Monitor (pipeline.engines.progress): a bar on a terminal, a plain line every
few seconds elsewhere, nothing when turned off; warnings always."""

from __future__ import annotations

import io
import time

import pytest

from pipeline.engines.progress import BAR, LINES, OFF, Monitor


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("enabled, stream, mode", [
    (None, Terminal(), BAR),  # the default: a bar on a terminal ...
    (None, io.StringIO(), LINES),  # ... lines in a log or a pipe
    (True, io.StringIO(), BAR),  # --progress
    (False, Terminal(), OFF),  # --no-progress
])
def test_the_mode_follows_the_stream(enabled: bool | None, stream: io.StringIO, mode: str) -> None:
    assert Monitor(enabled, stream).mode == mode


def test_without_a_terminal_a_line_every_few_seconds() -> None:
    log = io.StringIO()
    monitor = Monitor(stream=log, line_every=0.05)
    monitor.add(3)
    monitor.sent()
    monitor.fail()
    time.sleep(0.3)
    monitor.advance(3)
    time.sleep(0.2)  # all done: no more lines until closed
    seen = log.getvalue().splitlines()
    monitor.close()
    lines = log.getvalue().splitlines()
    assert "\r" not in log.getvalue()
    assert len(seen) >= 2
    assert set(seen) == {"translate: 0/3 segments, 1 in flight, 0 cached, 1 failed requests"}
    assert lines[len(seen):] == ["translate: 3/3 segments, 1 in flight, 0 cached, 1 failed requests"]


def test_a_quick_run_without_a_terminal_writes_nothing() -> None:
    log = io.StringIO()
    monitor = Monitor(stream=log)  # the default: a line only every 5 s
    monitor.add(2)
    monitor.advance(2)
    monitor.close()
    assert log.getvalue() == ""


@pytest.mark.parametrize("enabled", [None, True, False])
def test_a_warning_is_one_line_in_every_mode(enabled: bool | None) -> None:
    out = Terminal()
    monitor = Monitor(enabled, out)
    monitor.add(2)
    monitor.warn("openai: gave up")
    text = out.getvalue()
    assert text.count("openai: gave up\n") == 1
    if monitor.mode == BAR:  # the bar is cleared first and drawn again below the warning
        assert "\r\x1b[Kopenai: gave up\n\rtranslate [" in text
    else:
        assert text == "openai: gave up\n"
