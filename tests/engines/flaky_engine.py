"""A test engine that fails some segments, so that the pipeline's own FallbackEngine
(pipeline/engines/verify.py) glosses them: run as `--engine tests.engines.flaky_engine:FlakyEngine`.

Its English is the gloss engine's under its own name, so that only the failed segments say
`gloss`. It fails every segment of every FAIL_EVERY-th paragraph (p5, p10, …), the way an
HTTP engine reports a segment it could not translate: `Translation(error=…)`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from pipeline.engines import EngineDeps, Request, Translation
from pipeline.engines.gloss import GlossEngine

FAIL_EVERY = 5
ERROR = "HTTP 503: the test server is overloaded"


def fails(segment_id: str) -> bool:
    """Whether FlakyEngine fails the segment `segment_id` ("p10.s2" fails, "p3.s1" does not)."""
    return int(segment_id.partition(".")[0].removeprefix("p")) % FAIL_EVERY == 0


class FlakyEngine:
    name = "flaky"

    def __init__(self, deps: EngineDeps | None = None, **options: object) -> None:
        self.gloss = GlossEngine(deps)

    def translate(self, requests: Sequence[Request]) -> list[Translation]:
        ok = [r for r in requests if not fails(r.id)]
        answers = iter(self.gloss.translate(ok))
        return [Translation("", self.name, error=ERROR) if fails(r.id)
                else replace(next(answers), engine=self.name) for r in requests]
