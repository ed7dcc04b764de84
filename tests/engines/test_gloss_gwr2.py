"""The gloss engine's work-report English, round 2 (issue 17): 新一届 "the new ..." (not a count
of one, pipeline/zh/numbers/patterns.py), on sentences of CCTV Xinwen Lianbo reports in
tests/data/corpus (file named beside each; none from a report on a reserved Government Work
Report); none is a dev-set pair."""

from __future__ import annotations

import pytest

from pipeline.engines.gloss import GlossEngine
from tests.engines.gloss_check import check


@pytest.fixture(scope="module")
def engine() -> GlossEngine:
    return GlossEngine()


@pytest.mark.parametrize("zh, present, absent", [
    # 19-xwlb-20230313 (Xinhua: "the new government")
    ("新一届政府的工作，就是要把党中央的决策部署贯彻好、落实好。", ["new government"], ["first"]),
    # 17-xwlb-20221023 ("the new leadership of the CPC Central Committee")
    ("广大官兵表示，坚决拥护新一届中央领导集体。", ["new"], ["first", "one"]),
])
def test_new_term(engine: GlossEngine, zh: str, present: list[str], absent: list[str]) -> None:
    check(engine, zh, present, absent)
