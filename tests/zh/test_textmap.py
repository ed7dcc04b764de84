"""Mapped (pipeline.zh.textmap): text whose every character knows its offset in the input,
kept right through the clean stage's substitutions.

The texts are lines of input/xihe-interview.zh.txt as OCR gave them; the substitutions are
the kinds of repair the clean stage makes on them (ASCII punctuation to full width per
GB/T 15834-2011, spaces from column gaps dropped, a misread glyph replaced).
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.zh.textmap import Mapped, Replacement
from tests.conftest import SAMPLE

# Sample lines, as OCR gave them.
BYLINE = "陈宇星: 去年以来, 西和县围绕贯彻落实市第五次党"
ANSWER = "干俊强:我们坚持把巩固拓展脱贫攻坚成果作为全面"
# Where the byline starts in the sample file.
BYLINE_AT = SAMPLE.read_text(encoding="utf-8").index(BYLINE)

HAN_SPACE = r"(?<=[\u4e00-\u9fff]) +(?=[\u4e00-\u9fff])|(?<=[，。：]) +| +(?=[，。：])"


def mapped_back(m: Mapped, source: str, start: int) -> list[tuple[int, str, str]]:
    """(index, character, source character at its offset) for every character of `m` that is
    not the one its offset points to."""
    return [(i, ch, source[o - start]) for i, (ch, o) in enumerate(zip(m.text, m.offsets))
            if source[o - start] != ch]


def test_of_numbers_each_character_from_start() -> None:
    m = Mapped.of(BYLINE, BYLINE_AT)
    assert m.offsets == tuple(range(BYLINE_AT, BYLINE_AT + len(BYLINE)))
    assert SAMPLE.read_text(encoding="utf-8")[m.offsets[0]:m.offsets[-1] + 1] == BYLINE


def test_text_and_offsets_must_be_as_long() -> None:
    with pytest.raises(ValueError, match="differ in length"):
        Mapped("西和县", (0, 1))


# (text, pattern, replacement, new text, offsets of the new text, changes): the offsets of
# Mapped.of(text), i.e. 0 for its first character.
SUBS = [
    # a misread glyph, same length: offsets as they were (干 for 王, issue 5's OCR damage)
    (ANSWER[:5], "干俊强", "王俊强", "王俊强:我", (0, 1, 2, 3, 4),
     [("干俊强", "王俊强", 0)]),
    # ASCII colon and its space to one full-width colon: the colon keeps the colon's offset
    ("陈宇星: 去年", r": ?", "：", "陈宇星：去年", (0, 1, 2, 3, 5, 6), [(": ", "：", 3)]),
    # spaces between Han characters dropped: the characters after them keep their own offsets
    ("消除风险3213 户1.47万人", r"(?<=\d) +(?=[户人])", "", "消除风险3213户1.47万人",
     (0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 13, 14, 15), [(" ", "", 8)]),
    # one character to two (a dash to GB/T 15834's two-em dash): both take the dash's offset
    ("推进—取得", "—", "——", "推进——取得", (0, 1, 2, 2, 3, 4), [("—", "——", 2)]),
    # an insertion (empty match): the new character takes the offset of the one after it
    ("省市工作要求", r"(?<=省)(?=市)", "、", "省、市工作要求", (0, 1, 1, 2, 3, 4, 5),
     [("", "、", 1)]),
    # appended at the end: the offset just past the last character
    ("取得新成效", r"$", "。", "取得新成效。", (0, 1, 2, 3, 4, 5), [("", "。", 5)]),
    # a template with a group reference, shorter than its match: both characters take the
    # offset of the match's first (万 is new text as far as the map knows)
    ("1.47 万人", r"(\d) (万)", r"\1\2", "1.47万人", (0, 1, 2, 3, 3, 6), [("7 万", "7万", 3)]),
    # a function as the replacement: several changes, left to right
    ("西和县,礼县,", ",", lambda m: "，", "西和县，礼县，", (0, 1, 2, 3, 4, 5, 6),
     [(",", "，", 3), (",", "，", 6)]),
]


@pytest.mark.parametrize("text, pattern, repl, new, offsets, changes", SUBS)
def test_sub(text: str, pattern: str, repl: Replacement, new: str, offsets: tuple[int, ...],
             changes: list[tuple[str, str, int]]) -> None:
    got, made = Mapped.of(text).sub(pattern, repl)
    assert got.text == new
    assert got.offsets == offsets
    assert made == changes


def test_sub_offsets_are_into_the_input_not_into_the_piece() -> None:
    piece = Mapped.of(BYLINE, BYLINE_AT)
    got, made = piece.sub(r"([:,]) ?", lambda m: {":": "：", ",": "，"}[m.group(1)])
    assert got.text == "陈宇星：去年以来，西和县围绕贯彻落实市第五次党"
    assert made == [(": ", "：", BYLINE_AT + 3), (", ", "，", BYLINE_AT + 9)]
    assert got.offsets[3] == BYLINE_AT + 3 and got.offsets[4] == BYLINE_AT + 5
    assert mapped_back(got, BYLINE, BYLINE_AT) == [(3, "：", ":"), (8, "，", ",")]


@pytest.mark.parametrize("pattern, repl", [
    ("西和县", "西和县"),  # a replacement equal to its match is no change
    ("礼县", "Li County"),  # no match
])
def test_sub_without_a_change_returns_the_same_text(pattern: str, repl: str) -> None:
    m = Mapped.of(BYLINE, BYLINE_AT)
    got, made = m.sub(pattern, repl)
    assert got is m and made == []


def test_sub_on_empty_text() -> None:
    got, made = Mapped.of("").sub(r"^", "。")
    assert (got.text, got.offsets, made) == ("。", (0,), [("", "。", 0)])


def test_slice_strip_and_add_keep_offsets() -> None:
    m = Mapped.of("  西和县  礼县 ", 100)
    assert m.strip() == Mapped("西和县  礼县", (102, 103, 104, 105, 106, 107, 108))
    assert m.slice(2, 5) == Mapped("西和县", (102, 103, 104))
    assert m.slice(7) == Mapped("礼县 ", (107, 108, 109))
    joined = m.slice(2, 5) + m.slice(7, 9)
    assert joined == Mapped("西和县礼县", (102, 103, 104, 107, 108))
    assert len(joined) == 5
    assert Mapped.of("   ", 7).strip() == Mapped("", ())  # nothing left, nothing mapped


# Repairs of the clean stage's kinds, applied to any line of the sample in any order.
REPAIRS: list[tuple[str, Replacement]] = [
    (HAN_SPACE, ""),                                   # column-gap spaces
    (r":", "："),                                      # ASCII colon
    (r",\s*", "，"),                                   # ASCII comma and its space
    (r"\"", lambda m: "“"),                            # ASCII quote (open)
    (r"-(?=是)", "一"),                                # OCR's - for 一 (sample: -是稳岗就业)
    (r"(?<=[\u4e00-\u9fff])(?=\d)", " "),             # insertion
    (r"(\d) (户|万)", r"\1\2"),                        # template, shorter
    (r"干俊强", "王俊强"),                             # same length
    (r"—", "——"),                                     # longer
]
LINES = [line for line in SAMPLE.read_text(encoding="utf-8").splitlines() if line.strip()]


@given(st.sampled_from(LINES), st.lists(st.sampled_from(REPAIRS), max_size=6))
def test_every_character_maps_back_into_the_source(
        line: str, repairs: list[tuple[str, Replacement]]) -> None:
    start = SAMPLE.read_text(encoding="utf-8").index(line)
    m = Mapped.of(line, start)
    for pattern, repl in repairs:
        m, changes = m.sub(pattern, repl)
        assert all(start <= at <= start + len(line) for _, _, at in changes)
    assert len(m.text) == len(m.offsets)
    # every offset points into the line (or just past it, for text appended at its end) ...
    assert all(start <= o <= start + len(line) for o in m.offsets)
    # ... in reading order ...
    assert list(m.offsets) == sorted(m.offsets)
    # ... and a character no repair produced is the very character it points to (those of a
    # replacement of another length share the offset of its first character)
    produced = set("：，“一 王—")
    shared = {o for o in m.offsets if m.offsets.count(o) > 1}
    for ch, o in zip(m.text, m.offsets):
        if ch not in produced and o not in shared:
            assert line[o - start] == ch


def test_sample_byline_cleaned_maps_back_to_its_raw_characters() -> None:
    """The clean stage's repairs in sequence on a real line: every Han character of the
    result is found at its offset in the raw input."""
    raw = SAMPLE.read_text(encoding="utf-8")
    m = Mapped.of(BYLINE, BYLINE_AT)
    for pattern, repl in (REPAIRS[1], REPAIRS[2], REPAIRS[0]):  # punctuation, then spaces
        m, _ = m.sub(pattern, repl)
    assert m.text == "陈宇星：去年以来，西和县围绕贯彻落实市第五次党"
    han = [(ch, o) for ch, o in zip(m.text, m.offsets) if re.match(r"[\u4e00-\u9fff]", ch)]
    assert [raw[o] for _, o in han] == [ch for ch, _ in han]
