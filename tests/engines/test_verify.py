"""The verification every engine gets: what counts as a missing rendering or number."""

from __future__ import annotations

import pytest

from pipeline.engines import Request
from pipeline.engines.verify import hint_for, misses
from pipeline.model import TermHit
from pipeline.zh.names import Name

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


# input/xihe-interview.zh.txt line 51; 王俊强 as the name finder gives it (Request.names).
CAPTION = "市人大常委会副主任、西和县委书记王俊强接受陇南市融媒体中心主任陈宇星专访。"
WANG = Name("王俊强", "Wang Junqiang", CAPTION.index("王俊强"), CAPTION.index("王俊强") + 3, "person")


@pytest.mark.parametrize("names, en, flags", [
    ((WANG,), "Wang Junqiang was interviewed by Chen Yuxing.", []),
    ((WANG,), "Wang Jun Qiang was interviewed by Chen Yuxing.",
     ["name-missing: 王俊强 → Wang Junqiang"]),
    # names not looked for (None) are not checked
    (None, "Wang Jun Qiang was interviewed by Chen Yuxing.", []),
])
def test_misses_names(names: tuple[Name, ...] | None, en: str, flags: list[str]) -> None:
    assert CAPTION[WANG.start:WANG.end] == WANG.zh
    assert misses(Request("p15.s1", CAPTION, names=names), en) == flags


def test_hint_names_a_missing_name() -> None:
    en = "Wang Jun Qiang was interviewed."
    hint = hint_for(en, misses(Request("p15.s1", CAPTION, names=(WANG,)), en))
    assert "renderings, names or numbers" in hint and "王俊强 → Wang Junqiang" in hint
