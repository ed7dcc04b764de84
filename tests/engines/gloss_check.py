"""The check the gloss engine's rule tests share: a sentence's English holds each phrase of
`present` and none of `absent` (case aside: a phrase may open the sentence, capitalised), and
its gloss keeps the Chinese order whatever the English order."""

from __future__ import annotations

from pipeline.engines import Request, Translation
from pipeline.engines.gloss import GlossEngine


def check(engine: GlossEngine, zh: str, present: list[str], absent: list[str]) -> Translation:
    got = engine.translate([Request("t", zh)])[0]
    low = got.en.casefold()
    for phrase in present:
        assert phrase.casefold() in low, got.en
    for phrase in absent:
        assert phrase.casefold() not in low, got.en
    assert "".join(z for z, _ in got.gloss) == zh.replace(" ", "")
    return got
