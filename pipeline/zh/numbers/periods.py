"""Periods of time in Chinese text as English adverbials: 今年上半年 → "the first half of the
year", 1至11月 → "the January-November period", 2023年第一季度 → "the first quarter of 2023",
12月15日 → "December 15", 上周二 → "last Tuesday"; each with the preposition English puts
before it ("in", "on", or none: "last Tuesday").

The renderings follow the English of NBS releases as Xinhua and China Daily report them
("in the first three quarters", "in the January-November period", "in the first half of
the year", "the first quarter of 2023"; tests/data/dev/news.zh.txt and its English).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pipeline.zh.numbers.numerals import read_number
from pipeline.zh.numbers.tables import MONTHS, ONES, ORDINALS, WEEKDAYS

#: Years named by their relation to now → (alone, after "of": 今年上半年 "the first half of the year").
RELATIVE_YEARS = {"今年": ("this year", "the year"), "本年": ("this year", "the year"),
                  "去年": ("last year", "last year"), "上年": ("last year", "last year"),
                  "明年": ("next year", "next year")}
#: Weeks named by their relation to now (上周二 "last Tuesday", 本周二 "this Tuesday").
RELATIVE_WEEKS = {"上": "last", "本": "this", "下": "next"}
#: Halves of the year (上半年 "the first half").
HALVES = {"上": "the first half", "下": "the second half"}
#: Spoken numbers 1-12 of the first-N and quarter phrases (前三个季度, 一季度).
_SMALL = "[一二两三四五六七八九十]{1,2}|[0-9]{1,2}"
_MON = r"1[0-2]|0?[1-9]"
_DAY = r"3[01]|[12][0-9]|0?[1-9]"


@dataclass(frozen=True, slots=True)
class Period:
    """A period of `zh[start:end]`: its English noun phrase and the preposition before it."""

    start: int
    end: int
    en: str  # the first half of the year, July, December 15, last Tuesday
    prep: str  # "in", "on" or ""

    @property
    def adverbial(self) -> str:
        """The period as an English adverbial: "in July", "on December 15", "last Tuesday"."""
        return f"{self.prep} {self.en}" if self.prep else self.en


@cache
def _pattern() -> re.Pattern[str]:
    year = rf"(?P<year>(?<![0-9])(?:19|20)[0-9]{{2}}年度?|{'|'.join(RELATIVE_YEARS)})"
    part = "|".join((
        r"(?P<half>[上下])半年",
        rf"前(?P<first>{_SMALL})个?(?P<firstunit>季度|月)",
        r"第?(?P<quarter>[一二三四1-4])季度",
        rf"(?P<m1>{_MON})月?份?[至到—–~-](?P<m2>{_MON})月份?",
        rf"(?P<dm>{_MON})月(?P<day>{_DAY})[日号]",
        rf"(?P<month>{_MON})月份?",
    ))
    week = r"(?P<rel>[上本下])?(?:周|星期)(?P<wd>[一二三四五六日天])"
    # a year, a part of a year, or both (an empty match is none: find_periods skips it); the
    # lookahead on the first character skips most positions at once
    return re.compile(rf"(?=[0-9今本去上明前第一二三四下周星])(?<![0-9第])"
                      rf"(?:{week}|{year}?(?:{part})?)(?:期间)?")


def find_periods(zh: str) -> tuple[Period, ...]:
    """Every period of `zh`, left to right."""
    out = []
    for m in _pattern().finditer(zh):
        got = _period(m) if m.end() > m.start() else None
        if got is not None:
            out.append(Period(m.start(), m.end(), *got))
    return tuple(out)


def _period(m: re.Match[str]) -> tuple[str, str] | None:
    """(English, preposition) of one match."""
    if m["wd"]:
        day = WEEKDAYS[m["wd"]]
        rel = RELATIVE_WEEKS.get(m["rel"] or "")
        return (f"{rel} {day}", "") if rel else (day, "on")
    year = m["year"] or ""
    alone, of = RELATIVE_YEARS.get(year, (year.rstrip("年度"), year.rstrip("年度")))
    if m["dm"]:
        en = f"{MONTHS[int(m['dm']) - 1]} {int(m['day'])}"
        return (en + (f", {of}" if year[:1].isdigit() else ""), "on")
    if m["month"]:
        en = MONTHS[int(m["month"]) - 1]
        suffix = f" {of}" if year[:1].isdigit() else (" last year" if of == "last year" else "")
        return en + suffix, "in"
    of_year = f" of {of}" if year else ""
    if m["half"]:
        return HALVES[m["half"]] + of_year, "in"
    if m["first"]:
        n = read_number(m["first"])
        if n is None or not 1 < n <= 12:
            return None
        unit = "quarters" if m["firstunit"] == "季度" else "months"
        return f"the first {ONES[int(n)]} {unit}{of_year}", "in"
    if m["quarter"]:
        quarter = int(read_number(m["quarter"]) or 0)
        return f"the {ORDINALS[quarter]} quarter{of_year}", "in"
    if m["m1"]:
        a, b = int(m["m1"]), int(m["m2"])
        if not a < b:
            return None
        return f"the {MONTHS[a - 1]}-{MONTHS[b - 1]} period{of_year}", "in"
    return (alone, "in") if year[:1].isdigit() else (alone, "")

