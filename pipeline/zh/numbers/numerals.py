"""Chinese numerals read, English numbers written: 两万三千 → 23000, 12170000000 →
"12.17 billion". Shared by the Chinese side (`chinese`) and the English side (`english`)."""

from __future__ import annotations

import re
from decimal import Decimal

from pipeline.zh.numbers.tables import CN_DIGITS, CN_PLACES, CN_SECTIONS, ONES, ORDINALS

# (compiled once: read_number and multiplier run for every figure of a text)
_SPACE_RUN = re.compile(r"\s+")
_ARABIC = re.compile(r"[0-9,]+(?:\.[0-9]+)?")


def parse_chinese_numeral(s: str, digit_string: bool = False) -> int | None:
    """三十 → 30, 两万三千 → 23000, 一亿二千万 → 120000000; None if malformed (十四五).
    With `digit_string`, a run of bare digits reads digit by digit (二〇二三 → 2023)."""
    if s and all(c in CN_DIGITS for c in s):
        if len(s) == 1 or digit_string:
            return int("".join(str(CN_DIGITS[c]) for c in s))
        return None
    total = section = 0
    num: int | None = None
    for c in s:
        if c in CN_DIGITS:
            if num not in (None, 0):
                return None  # two digits with no place between them: 十四五
            num = CN_DIGITS[c]
        elif c in CN_PLACES:
            section += (1 if num is None else num) * CN_PLACES[c]
            num = None
        elif c in CN_SECTIONS:
            if c == "亿":
                total = (total + section + (num or 0)) * CN_SECTIONS[c]
                section = 0
            else:
                section = (section + (num or 0)) * CN_SECTIONS[c]
            num = None
        else:
            return None
    return total + section + (num or 0)


def read_number(text: str) -> Decimal | None:
    """An Arabic or Chinese number (with 点 decimals) as a Decimal."""
    text = _SPACE_RUN.sub("", text)
    if _ARABIC.fullmatch(text):
        return Decimal(text.replace(",", ""))
    whole, _, frac = text.partition("点")
    n = parse_chinese_numeral(whole)
    if n is None:
        return None
    if frac:
        return Decimal(f"{n}." + "".join(str(CN_DIGITS[c]) for c in frac))
    return Decimal(n)


def multiplier(mult: str) -> int:
    """The factor of a run of place and section characters: 万 → 10^4, 千万 → 10^7."""
    factor = 1
    for c in _SPACE_RUN.sub("", mult):
        factor *= CN_PLACES.get(c) or CN_SECTIONS[c]
    return factor


def canonical(v: Decimal) -> Decimal:
    """Drop a meaningless exponent: 12170000000.0 → 12170000000, 25.50 → 25.5."""
    if v.adjusted() >= 27:
        return v
    if v == v.to_integral_value():
        return v.quantize(Decimal(1))
    return v.normalize()


def plain_digits(v: Decimal) -> str:
    """All the digits, grouped by thousands: 14700 → "14,700"."""
    return format(canonical(v), ",f")


def format_number(v: Decimal) -> str:
    """English digits: 14700 → "14,700"; 29100000 → "29.1 million"; 12170000000 →
    "12.17 billion" (at most 3 decimals on the scale word, else all the digits)."""
    v = canonical(v)
    for scale, word, places in ((10**12, "trillion", 3), (10**9, "billion", 3),
                                (10**6, "million", 3)):
        if abs(v) >= scale:
            m = canonical(v / scale)
            if -m.as_tuple().exponent <= places:  # type: ignore[operator]
                return f"{plain_digits(m)} {word}"
    return plain_digits(v)


def spelled_out(v: Decimal) -> str:
    """Spell out 0–10 (two, three); digits beyond."""
    if v == v.to_integral_value() and 0 <= v <= 10:
        return ONES[int(v)]
    return format_number(v)


def ordinal(n: int, words_upto: int = 9) -> str:
    """An English ordinal: a word up to `words_upto` ("fifth"), digits beyond ("12th")."""
    if 0 < n <= words_upto and n < len(ORDINALS):
        return ORDINALS[n]
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"

