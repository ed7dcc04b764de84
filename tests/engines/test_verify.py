"""The verification every engine gets: what counts as a missing rendering or number."""

from __future__ import annotations

import pytest

from pipeline.engines import Request
from pipeline.engines.verify import hint_for, misses
from pipeline.model import TermHit

ZH = "全县深入开展三抓三促行动，投资增长72%。"
TERM = TermHit("三抓三促", "Three Grasps and Three Promotions", 6, 10, "glossary/policy.tsv:4")
REQ = Request("p1.s1", ZH, terms=(TERM,))


# Number flags are compared by their Chinese side only: the English side is numbers.py's.
@pytest.mark.parametrize("en, flags", [
    ("The county ran the Three Grasps and Three Promotions campaign; investment grew 72%.", []),
    # the rendering is matched case-insensitively (a title-cased heading still holds it)
    ("THE COUNTY RAN THE THREE GRASPS AND THREE PROMOTIONS CAMPAIGN, UP 72%.", []),
    ("The county ran the campaign; investment grew 72%.",
     ["term-missing: 三抓三促 → Three Grasps and Three Promotions"]),
    ("The county ran the Three Grasps and Three Promotions campaign; investment grew.",
     ["number-missing: 72%"]),
])
def test_misses(en: str, flags: list[str]) -> None:
    assert [f.split(" → ")[0] if f.startswith("number") else f for f in misses(REQ, en)] == flags


def test_hint_names_the_miss_and_the_previous_answer() -> None:
    hint = hint_for("The county ran the campaign.", misses(REQ, "The county ran the campaign."))
    assert "The county ran the campaign." in hint
    assert "三抓三促 → Three Grasps and Three Promotions; 72%" in hint


def test_number_inside_a_glossary_term_is_left_to_the_glossary() -> None:
    # 4A级景区 (sample page line 13) is a glossary term rendered "national AAAA tourist
    # attraction": its 4A must not be demanded as "4A" in the English as well.
    from pipeline.engines import Request
    from pipeline.engines.verify import misses
    from pipeline.model import TermHit

    zh = "创建国家4A级景区二期工程"
    term = TermHit("国家4A级景区", "national AAAA tourist attraction", 2, 9, "glossary/x.tsv:2")
    assert zh[term.start:term.end] == term.zh
    en = "establish national AAAA tourist attraction phase 2 project"
    assert misses(Request("t", zh, terms=(term,)), en) == []
    assert any("number-missing" in f for f in misses(Request("t", zh), en))
