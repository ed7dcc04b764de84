"""Numbers in Chinese text, and in the English that translates it."""

from __future__ import annotations

from pipeline.zh.numbers.chinese import (
    Quantity,
    QuantityMemo,
    english_dates,
    english_ordinals,
    english_values,
    find_quantities,
    format_number,
    missing_numbers,
    parse_chinese_numeral,
)

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
