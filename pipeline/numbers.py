"""PLACEHOLDER for the numbers helper's module (replaced at merge): simple cases only.

Implements the shared interface from BRIEF.md (`find_quantities`, `english_values`,
`missing_numbers`) just well enough for the gloss engine to run: Arabic numbers with
万/亿, a few units, percentages, month/day dates and 一是-style enumerators.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

# Minimal unit table (placeholder): Chinese unit → English noun.
UNITS = {"亿元": "yuan", "万元": "yuan", "元": "yuan", "人": "people", "户": "households",
         "公里": "km", "平方米": "square meters", "米": "meters", "个": "", "项": "projects",
         "次": "times", "%": "%"}
SCALE = {"万": Decimal(10_000), "亿": Decimal(100_000_000)}
ORDINALS = ("First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth",
            "Ninth", "Tenth")
_NUM = re.compile(r"(\d+(?:\.\d+)?)([万亿]?)(亿元|万元|元|人|户|公里|平方米|米|个|项|次|%)?")
_DATE = re.compile(r"(\d{1,2})月(\d{1,2})日")
_ENUM = re.compile(r"([一二三四五六七八九十])是")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


@dataclass(frozen=True, slots=True)
class Quantity:
    start: int
    end: int
    text: str
    value: Decimal | None
    unit: str
    en: str
    kind: str


def _fmt(v: Decimal) -> str:
    for size, word in ((Decimal(10**9), "billion"), (Decimal(10**6), "million")):
        if v >= size:
            return f"{(v / size).normalize():f} {word}"
    return f"{v.normalize():,f}" if v == v.to_integral() else f"{v.normalize():f}"


def find_quantities(zh: str) -> list[Quantity]:
    found: list[Quantity] = []
    for m in _DATE.finditer(zh):
        en = f"{_MONTHS[int(m[1]) - 1]} {int(m[2])}" if 1 <= int(m[1]) <= 12 else m[0]
        found.append(Quantity(m.start(), m.end(), m[0], None, "", en, "date"))
    for m in _ENUM.finditer(zh):
        n = "一二三四五六七八九十".index(m[1])
        found.append(Quantity(m.start(), m.end(), m[0], Decimal(n + 1), "", ORDINALS[n], "enumerator"))
    for m in _NUM.finditer(zh):
        if any(q.start <= m.start() < q.end for q in found):
            continue
        scale = SCALE.get(m[2] or "", Decimal(1)) * SCALE.get((m[3] or " ")[0], Decimal(1))
        value = Decimal(m[1]) * scale
        unit = UNITS.get(m[3] or "", "")
        if unit == "%":
            found.append(Quantity(m.start(), m.end(), m[0], value, "%", f"{m[1]}%", "percent"))
            continue
        en = f"{_fmt(value)} {unit}".strip()
        found.append(Quantity(m.start(), m.end(), m[0], value, unit, en, "amount" if unit else "count"))
    return sorted(found, key=lambda q: q.start)


def english_values(en: str) -> list[Decimal]:
    out = []
    for m in re.finditer(r"(\d[\d,]*(?:\.\d+)?)(?: (million|billion))?", en):
        v = Decimal(m[1].replace(",", ""))
        out.append(v * {"million": 10**6, "billion": 10**9}.get(m[2] or "", 1))
    return out


def missing_numbers(zh: str, en: str) -> list[Quantity]:
    have = set(english_values(en))
    return [q for q in find_quantities(zh) if q.value is not None and q.kind != "enumerator"
            and q.value not in have]
