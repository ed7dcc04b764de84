"""Numbers in Chinese text: find every numeric expression, render it in English, and
check that an English text (from any engine or a human) states the same numbers.

    find_quantities(zh)      every numeric expression of zh, left to right, with its
                             value (Decimal, base units), English unit and rendering
    english_values(en)       every number an English text states, scaled
    missing_numbers(zh, en)  the quantities of zh whose value en does not state

The parts: `tables` (the rule tables, each with its source), `patterns` (the one regular
expression over Chinese), `numerals` (Chinese numerals read, English numbers written),
`chinese` (Quantity, find_quantities and its handlers), `english` (numbers in English,
missing_numbers and its matching rules).
"""

from __future__ import annotations

from pipeline.zh.numbers.chinese import Quantity, QuantityMemo, find_quantities
from pipeline.zh.numbers.english import (
    english_dates,
    english_ordinals,
    english_values,
    missing_numbers,
)
from pipeline.zh.numbers.numerals import format_number, parse_chinese_numeral

__all__ = [
    "Quantity",
    "QuantityMemo",
    "english_dates",
    "english_ordinals",
    "english_values",
    "find_quantities",
    "format_number",
    "missing_numbers",
    "parse_chinese_numeral",
]
