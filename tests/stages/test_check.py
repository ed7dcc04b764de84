"""The check stage flags what the engines' verification flags, in the same words."""

from __future__ import annotations

from pipeline.engines import Request
from pipeline.engines.verify import misses
from pipeline.model import Segment, TermHit
from pipeline.qa import check_segment

# a clause of input/xihe-interview.zh.txt line 9 (…积极融入"三城五地"建设…), cleaned;
# the rendering is glossary/gansu-longnan.tsv:27
ZH = "积极融入“三城五地”建设。"
TERM = TermHit("三城五地", "Three Cities, Five Bases", 5, 9, "glossary/gansu-longnan.tsv:27")
EN = "Actively join the building of the three cities and five bases."


def segment(en: str | None, qa: tuple[str, ...] = ()) -> Segment:
    return Segment("p1.s1", "body", ZH, tuple(range(len(ZH))), ((0, len(ZH)),),
                   terms=(TERM,), en=en, qa=qa)


def test_a_missing_rendering_is_flagged_as_verification_words_it() -> None:
    assert ZH[TERM.start:TERM.end] == TERM.zh
    assert check_segment(segment(EN)).qa == tuple(misses(Request("p1.s1", ZH, (TERM,)), EN))
    assert check_segment(segment(EN)).qa == ("term-missing: 三城五地 → Three Cities, Five Bases",)


def test_a_flag_already_there_is_not_repeated() -> None:
    flagged = segment(EN, qa=("term-missing: 三城五地 → Three Cities, Five Bases",))
    assert check_segment(flagged) is flagged


def test_no_english_no_check() -> None:
    s = segment(None)
    assert check_segment(s) is s
