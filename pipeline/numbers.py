"""PLACEHOLDER for the numbers helper's module (see BRIEF.md, "Shared interface").

Only the interface, with a deliberately small rule set (Arabic digits, 万/亿
scaling, %), so the mt branch can verify numbers; the numbers branch replaces
this file whole when it lands.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

#: Chinese magnitude characters → factor (standard Chinese numerals).
ZH_SCALE = {"万": Decimal(10_000), "亿": Decimal(100_000_000)}
#: English scale words → factor (short scale, as English news uses).
EN_SCALE = {"thousand": Decimal(10**3), "million": Decimal(10**6), "billion": Decimal(10**9),
            "trillion": Decimal(10**12)}

_ZH_NUM = re.compile(r"(\d+(?:\.\d+)?)\s*([万亿]*)\s*(%|％)?")
_EN_NUM = re.compile(r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s*(thousand|million|billion|trillion))?",
                     re.IGNORECASE)


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
    """Every Arabic-digit number in `zh`, scaled by 万/亿 (placeholder rules)."""
    out = []
    for m in _ZH_NUM.finditer(zh):
        value = Decimal(m.group(1))
        for ch in m.group(2):
            value *= ZH_SCALE[ch]
        percent = bool(m.group(3))
        out.append(Quantity(m.start(), m.end(), m.group(0), value, "%" if percent else "",
                            f"{value.normalize():f}{'%' if percent else ''}",
                            "percent" if percent else "count"))
    return out


def english_values(en: str) -> list[Decimal]:
    """Every number `en` states, scaled by thousand/million/billion."""
    out = []
    for m in _EN_NUM.finditer(en):
        try:
            value = Decimal(m.group(1).replace(",", ""))
        except InvalidOperation:
            continue
        if m.group(2):
            value *= EN_SCALE[m.group(2).lower()]
        out.append(value)
    return out


def missing_numbers(zh: str, en: str) -> list[Quantity]:
    """Quantities of `zh` whose value `en` does not state."""
    stated = set(english_values(en))
    return [q for q in find_quantities(zh) if q.value is not None and q.value not in stated]
