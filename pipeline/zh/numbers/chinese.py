"""Quantities in Chinese text: every numeric expression, left to right, with its value
(Decimal, base units), English unit and rendering.

All arithmetic is Decimal: 121.7亿 is Decimal("12170000000") and renders as
"12.17 billion", never 12.169999....
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from pipeline.zh.chars import SPACES
from pipeline.zh.numbers.numerals import (
    canonical,
    format_number,
    multiplier,
    ordinal,
    parse_chinese_numeral,
    plain_digits,
    read_number,
    spelled_out,
)
from pipeline.zh.numbers.patterns import master_pattern
from pipeline.zh.numbers.tables import (
    APPROX_PREFIX,
    APPROX_SUFFIX,
    CN_DIGITS,
    FAN_EN,
    FULLWIDTH,
    FULLWIDTH_ANY,
    INCREASE_VERBS,
    MONTHS,
    ORDINALS,
    PARTS_OF_DAY,
    PERCENT,
    UNIT_TIME,
    UNITS,
    WEEKDAYS,
)

#: What a handler may read outside its match: up to 4 characters before it (近3年, 连续三届,
#: 增长2.5倍, the mark before 一是). Spaces there (an enumerator looks past them) are not memoised.
_BEFORE = 4
#: Spaces inside a match (an OCR'd 万 元), dropped before a unit is read; numbers kept as
#: written: years (1900–2099) and codes (a leading 0, 11 or more digits). (Compiled once: the
#: handlers run for every figure.)
_SPACE_RUN = re.compile(r"\s+")
_AS_WRITTEN = re.compile(r"(?:19|20)[0-9]{2}|0[0-9]+|[0-9]{11,}")
#: A memo of find_quantities: (group, characters before, their text and the match's, its
#: groups) → the quantities found, with offsets relative to the match.
QuantityMemo = dict[tuple[object, ...], tuple[tuple[int, int, "Quantity"], ...]]


# ---------------------------------------------------------------------------------------
# The quantity
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Quantity:
    """One numeric expression of a Chinese text. `value` is in base units (121.7亿 →
    12170000000; 72% → 72; a 倍 multiple as written, 2.5)."""

    start: int
    end: int
    text: str
    value: Decimal | None
    unit: str
    en: str
    kind: str  # amount | percent | multiple | date | ordinal | enumerator | count
    date: tuple[int | None, int | None, int | None] | None = None  # (year, month, day)
    alternatives: tuple[Decimal, ...] = ()  # other values an English text may state instead


# ---------------------------------------------------------------------------------------
# find_quantities and its handlers (one per alternative of the pattern)
# ---------------------------------------------------------------------------------------


def find_quantities(zh: str, memo: QuantityMemo | None = None) -> list[Quantity]:
    """Every numeric expression of `zh`, left to right, non-overlapping. With `memo` (a
    dict the caller keeps for one document) each distinct expression, seen with the same
    few characters before it, is read once: a page repeats its figures and dates."""
    norm = zh.translate(FULLWIDTH) if FULLWIDTH_ANY.search(zh) else zh
    out: list[Quantity] = []
    for m in master_pattern().finditer(norm):
        handler = _HANDLERS[m.lastgroup or ""]
        start = m.start()
        if memo is None or (start and zh[start - 1] in SPACES):
            out.extend(handler(m, zh))
            continue
        before = min(start, _BEFORE)
        key = (m.lastgroup, before, zh[start - before:m.end()], m.groups())
        got = memo.get(key)
        if got is None:
            got = memo[key] = tuple((q.start - start, q.end - start, q) for q in handler(m, zh))
        out.extend(q if q.start == start + a else _moved(q, start + a, start + b)
                   for a, b, q in got)
    return out


def _moved(q: Quantity, start: int, end: int) -> Quantity:
    return Quantity(start, end, q.text, q.value, q.unit, q.en, q.kind, q.date, q.alternatives)


def _q(m: re.Match[str], zh: str, value: Decimal | None, unit: str, en: str, kind: str,
       **extra: object) -> Quantity:
    start, end = m.span()
    return Quantity(start, end, zh[start:end], None if value is None else canonical(value),
                    unit, en, kind, **extra)  # type: ignore[arg-type]


def _date(m: re.Match[str], zh: str) -> list[Quantity]:
    y = None
    if m["y"]:
        y = int(m["y"]) if m["y"].isascii() else parse_chinese_numeral(m["y"], digit_string=True)
    mon_s, day_s = m["m1"] or m["m2"] or m["m3"], m["d1"] or m["d2"]
    mon = int(read_number(mon_s) or 0) if mon_s else None
    day = int(read_number(day_s) or 0) if day_s else None
    part = m["p1"] or m["p2"] or m["p4"]
    on = "" if zh[max(0, m.start() - 1):m.start()] in ("于", "在", "从", "自", "至", "到") else "on "
    if m["d4"]:
        day = int(m["d4"])
        en = f"the {ordinal(day, words_upto=0)}"
        if part:
            en = f"{PARTS_OF_DAY[part]} {en}"
            on = "at " if part == "中午" and on else on
        return [_q(m, zh, None, "", on + en, "date", date=(None, None, day))]
    if m["decade"]:
        return [_q(m, zh, Decimal(y or 0), "", f"{y}s", "date", date=(y, None, None))]
    if mon and day:
        en = f"{MONTHS[mon - 1]} {day}" + (f", {y}" if y else "")
        if part:  # 3月5日上午 → "on the morning of March 5"
            en = ("at " if part == "中午" and on else on) + f"{PARTS_OF_DAY[part]} {en}"
    elif mon:
        en = MONTHS[mon - 1] + (f" {y}" if y else "")
    else:
        en = str(y)
    value = Decimal(y) if y and not mon else None
    return [_q(m, zh, value, "", en, "date", date=(y, mon, day))]


def _percent_cn(m: re.Match[str], zh: str) -> list[Quantity]:
    v = read_number(m["pc"])
    if v is None:
        return []
    if m["per"] == "千":
        return [_q(m, zh, v, "‰", f"{format_number(v)} per thousand", "percent")]
    return [_q(m, zh, v, "%", f"{format_number(v)} {PERCENT}", "percent")]


def _fan(m: re.Match[str], zh: str) -> list[Quantity]:
    n = int(read_number(m["fan"]) or 0)
    ratio = Decimal(2) ** n
    en = FAN_EN.get(n, f"increased {ratio}-fold")
    return [_q(m, zh, ratio, "times", en, "multiple", alternatives=((ratio - 1) * 100,))]


def _clock(m: re.Match[str], zh: str) -> list[Quantity]:
    """上午9时 → "9 a.m."; 下午3时30分 → "3:30 p.m." (12-hour, as English news writes it)."""
    hh, mm = int(m["ch"]), int(m["cm"] or 0)
    start, end = m.start() - 2, m.end()
    part = zh[start:m.start()]  # 上午 … 中午 (the pattern's lookbehind)
    pm = part in ("下午", "晚上") or (part == "中午" and hh == 12)
    h12 = hh - 12 if hh > 12 else hh
    mark = "p.m." if pm or hh > 12 else "a.m."
    en = f"{h12}:{mm:02d} {mark}" if m["cm"] else f"{h12} {mark}"
    # checked as its numbers: the hour where it reads the same in 12 and 24 hours, the minutes
    alts = ((Decimal(hh),) if hh == h12 else ()) + ((Decimal(mm),) if m["cm"] else ())
    return [Quantity(start, end, zh[start:end], None, "", en, "date", alternatives=alts)]


def _time(m: re.Match[str], zh: str) -> list[Quantity]:
    """8时30分 → "8:30" (a clock time: nothing to scale, checked as its two numbers)."""
    hh, mm = int(m["hh"]), int(m["mm"])
    return [_q(m, zh, None, "", f"{hh}:{mm:02d}", "date", alternatives=(Decimal(hh), Decimal(mm)))]


def _week(m: re.Match[str], zh: str) -> list[Quantity]:
    return [_q(m, zh, None, "", WEEKDAYS[m["wd"]], "date")]


def _session(m: re.Match[str], zh: str) -> list[Quantity]:
    """五届八次(全会): two ordinals, the term and the session."""
    out = []
    for g in ("s1", "s2"):
        v = read_number(m[g])
        if v is None:
            return []
        start, end = m.span(g)
        end = zh.index("届" if g == "s1" else "次", end) + 1
        out.append(Quantity(start, end, zh[start:end], canonical(v), "", ordinal(int(v)), "ordinal"))
    return out


def _term(m: re.Match[str], zh: str) -> list[Quantity]:
    """十九届(四中全会) → "19th" (the plenum's own number is the lexicon's: fourth plenary session)."""
    return _nth(m, zh, m["t1"], "")


def _first(m: re.Match[str], zh: str) -> list[Quantity]:
    return [_q(m, zh, Decimal(1), "", "first", "ordinal")]


#: Classifiers after 第N that are nouns English keeps ("first quarter", "second stage");
#: the others (次, 届, 个, ...) say only what is counted ("fifth").
ORDINAL_NOUNS = {"季度": "quarter", "阶段": "stage", "部分": "part", "章": "chapter", "条": "article",
                 "款": "clause", "节": "section", "天": "day", "年": "year", "代": "generation",
                 "批": "batch", "轮": "round"}


def _ord(m: re.Match[str], zh: str) -> list[Quantity]:
    """第五次 → "fifth"; 第73号 / 第一〇一号 (an order's or document's number) → "No. 73"."""
    return _nth(m, zh, m["ord"], m["ordcl"])


def _nth(m: re.Match[str], zh: str, number: str, classifier: str | None) -> list[Quantity]:
    """The ordinal a 第/届 number states, or "No. N" before 号 (an order's number)."""
    v = read_number(number)
    if v is None and all(c in CN_DIGITS for c in number):  # 一〇一, 一一一: digit by digit
        n = parse_chinese_numeral(number, digit_string=True)
        v = None if n is None else Decimal(n)
    if v is None:
        return []
    if classifier == "号":
        return [_q(m, zh, v, "", f"No. {int(v)}", "ordinal")]
    noun = ORDINAL_NOUNS.get(classifier or "")
    return [_q(m, zh, v, "", ordinal(int(v)) + (" " + noun if noun else ""), "ordinal")]


def _enum(m: re.Match[str], zh: str, group: str, fmt: str) -> list[Quantity]:
    v = read_number(m[group])
    if v is None or v == 0:
        return []
    n = int(v)
    word = ORDINALS[n] if n < len(ORDINALS) else ordinal(n)
    before = zh[: m.start()].rstrip(SPACES)
    lower = before[-1:] in ("，", ",", "、", "；", ";")
    en = fmt.format(n=n, w=word if lower else word.capitalize())
    return [_q(m, zh, v, "", en, "enumerator")]


def _arabic(m: re.Match[str], zh: str) -> list[Quantity]:
    v = read_number(m["num"])
    assert v is not None
    v *= multiplier(m["mult"] or "")
    approx = _approx(m["pre"], m["ap1"] or m["ap2"], m["post"])
    if m["latin"] is not None:
        return [_latin(m, zh, v, approx)]
    if m["unit"] is None:
        en = _bare(m["num"], v) if not m["mult"] else format_number(v)
        return [_q(m, zh, v, "", _join(approx, en, ""), "count")]
    return [_with_unit(m, zh, v, format_number(v), m["unit"], approx)]


def _chinese(m: re.Match[str], zh: str) -> list[Quantity]:
    n = parse_chinese_numeral(m["cn"])
    if n is None:
        return []
    unit = _SPACE_RUN.sub("", m["cunit"])
    plain = not (m["cap"] or m["cmult"])
    if n == 1 and plain and unit in UNITS and UNITS[unit][3] in ("classifier", "event"):
        return []  # 一项, 一批, 一次: "a"/"one" is the engine's choice
    v = Decimal(n) * multiplier(m["cmult"] or "")
    approx = _approx(m["cpre"], m["cap"], m["cpost"])
    return [_with_unit(m, zh, v, spelled_out(v) if plain else format_number(v), unit, approx)]



def _approx(pre: str | None, ap: str | None, post: str | None) -> str:
    if pre:
        return APPROX_PREFIX[pre]
    return APPROX_SUFFIX.get(ap or "") or APPROX_SUFFIX.get(_SPACE_RUN.sub("", post or ""), "")


def _join(approx: str, number: str, noun: str) -> str:
    return " ".join(p for p in (approx, number, noun) if p)


def _bare(num: str, v: Decimal) -> str:
    """A bare number: year-like (1900–2099) and codes (leading 0, 11+ digits) kept as written."""
    if _AS_WRITTEN.fullmatch(num):
        return num
    return format_number(v)


def _latin(m: re.Match[str], zh: str, v: Decimal, approx: str) -> Quantity:
    """4A级 → "4A-level", 5G → "5G": the Latin is kept."""
    letters = _SPACE_RUN.sub("", m["latin"])
    unit = letters.replace("级", "-level")
    en = f"{format_number(v)} {unit}" if m["mult"] else f"{m['num']}{unit}"
    return _q(m, zh, v, unit, _join(approx, en, ""), "count")


def _with_unit(m: re.Match[str], zh: str, v: Decimal, number: str, unit: str,
               approx: str) -> Quantity:
    unit = _SPACE_RUN.sub("", unit)
    if unit.startswith("倍"):
        return _multiple(m, zh, v, number, approx or ("over" if unit == "倍多" else ""))
    if unit == "%":
        return _q(m, zh, v, unit, _join(approx, format_number(v), PERCENT), "percent")
    if unit == "‰":
        return _q(m, zh, v, unit, _join(approx, format_number(v), "per thousand"), "percent")
    if unit.endswith("百分点"):
        noun = "percentage point" if v == 1 and not approx else "percentage points"
        return _q(m, zh, v, "percentage points", _join(approx, number, noun), "percent")
    sing, plur, kind, role = UNITS[unit]
    if role == "ordinal":
        return _jie(m, zh, v)
    if role == "template":
        return _q(m, zh, v, sing.split()[0], sing.format(n=plain_digits(v)), kind)
    noun = sing if v == 1 and not approx else plur
    if approx == "nearly" and unit in UNIT_TIME and zh[m.start()] == "近":
        approx = "the past"  # 近3年 "the past 3 years"
    return _q(m, zh, v, plur, _join(approx, number, noun), kind)


def _jie(m: re.Match[str], zh: str, v: Decimal) -> Quantity:
    """五届 → "fifth"; 连续三届 → "three terms"."""
    if zh[max(0, m.start() - 2): m.start()].endswith(("连续", "连", "历")):
        return _q(m, zh, v, "terms", _join("", spelled_out(v), "terms"), "count")
    return _q(m, zh, v, "", ordinal(int(v)), "ordinal")


def _multiple(m: re.Match[str], zh: str, v: Decimal, number: str, approx: str) -> Quantity:
    """增长2.5倍 → "250%" (an increase); 是去年的2倍 → "2 times"."""
    if INCREASE_VERBS.search(zh[max(0, m.start() - 4): m.start()]):
        en = _join(approx, format_number(v * 100), PERCENT)
        alts: tuple[Decimal, ...] = (v + 1, v * 100, (v + 1) * 100)
    else:
        en = _join(approx, format_number(v), "times")
        alts = (v * 100,)
    return _q(m, zh, v, "times", en, "multiple", alternatives=tuple(canonical(a) for a in alts))


_HANDLERS = {
    "DATE": _date, "PCTCN": _percent_cn, "FAN": _fan, "WEEK": _week, "TIME": _time, "CLOCK": _clock,
    "SESS": _session, "TERM": _term,
    "FIRST": _first, "ORD": _ord,
    "ENUM": lambda m, zh: _enum(m, zh, "en_n", "{w},"),
    "LIST": lambda m, zh: _enum(m, zh, "li_n", "{n}."),
    "PAREN": lambda m, zh: _enum(m, zh, "pa_n", "({n})"),
    "AR": _arabic, "CN": _chinese,
}
