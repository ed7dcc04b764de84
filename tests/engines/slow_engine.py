"""A test engine that sleeps per segment, so a test can interrupt a run mid-translate."""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence

from pipeline.engines import Request, Translation


class SlowEngine:
    name = "slow"

    def __init__(self, deps: object = None, **options: object) -> None:
        pass

    def translate(self, requests: Sequence[Request]) -> list[Translation]:
        print("translating", file=sys.stderr, flush=True)
        out = []
        for r in requests:
            time.sleep(0.2)
            out.append(Translation(r.zh, self.name))
        return out
