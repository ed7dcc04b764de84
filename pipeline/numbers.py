"""Numbers in Chinese text and in English text (PLACEHOLDER).

This is a minimal stand-in for the shared `pipeline/numbers.py` interface that the
numbers helper builds in parallel: it covers only simple cases (Arabic numerals
with 万/亿/万亿, percentages, small Chinese numerals before 届/次/个/年/月/日/大,
English digits with million/billion/trillion, ordinals like "13th"). When the real
module lands it replaces this file wholesale; callers use only the interface.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

# Chinese multipliers (standard values).
_ZH_SCALE = {"万亿": Decimal(10) ** 12, "亿": Decimal(10) ** 8, "万": Decimal(10) ** 4,
             "千": Decimal(10) ** 3, "百": Decimal(100)}
# Chinese digits and small units (standard values).
_ZH_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9}
# English scale words (standard values).
_EN_SCALE = {"thousand": Decimal(10) ** 3, "million": Decimal(10) ** 6,
             "billion": Decimal(10) ** 9, "trillion": Decimal(10) ** 12}

_ARABIC = re.compile(r"(\d+(?:\.\d+)?)\s*(万亿|亿|万)?\s*(%|％)?")
_ZH_NUMERAL = re.compile(r"[一二三四五六七八九十两]{1,4}(?=[届次个大年月日项条])")
_EN_NUMBER = re.compile(
    r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:st|nd|rd|th)?"
    r"(?:\s*(?:-\s*)?(thousand|million|billion|trillion))?", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Quantity:
    start: int
    end: int
    text: str
    value: Decimal | None
    unit: str
    en: str
    kind: str


def find_quantities(zh: str) -> list[Quantity]:
    """Every simple numeric expression in `zh`, left to right."""
    found: list[Quantity] = []
    for m in _ARABIC.finditer(zh):
        value = Decimal(m.group(1)) * (_ZH_SCALE[m.group(2)] if m.group(2) else 1)
        kind = "percent" if m.group(3) else "amount"
        found.append(Quantity(m.start(), m.end(), m.group(0), value, "%" if m.group(3) else "",
                              _plain(value) + ("%" if m.group(3) else ""), kind))
    for m in _ZH_NUMERAL.finditer(zh):
        value = _small_numeral(m.group(0))
        if value is not None:
            found.append(Quantity(m.start(), m.end(), m.group(0), Decimal(value), "",
                                  str(value), "ordinal"))
    return sorted(found, key=lambda q: q.start)


def english_values(en: str) -> list[Decimal]:
    """Every number `en` states, scaled ("12.17 billion" → 12170000000)."""
    values = []
    for m in _EN_NUMBER.finditer(en):
        try:
            value = Decimal(m.group(1).replace(",", ""))
        except InvalidOperation:
            continue
        if m.group(2):
            value *= _EN_SCALE[m.group(2).lower()]
        values.append(value)
    return values


def missing_numbers(zh: str, en: str) -> list[Quantity]:
    """Quantities of `zh` whose value `en` does not state."""
    stated = {v.normalize() for v in english_values(en)}
    return [q for q in find_quantities(zh) if q.value is not None and q.value.normalize() not in stated]


def _small_numeral(s: str) -> int | None:
    """一..九十九 → int; None for anything else."""
    if "十" not in s:
        return _ZH_DIGIT.get(s) if len(s) == 1 else None
    tens, _, ones = s.partition("十")
    t = _ZH_DIGIT.get(tens, -1) if tens else 1
    o = _ZH_DIGIT.get(ones, -1) if ones else 0
    return None if t < 0 or o < 0 else t * 10 + o


def _plain(value: Decimal) -> str:
    return format(value.normalize(), "f")
