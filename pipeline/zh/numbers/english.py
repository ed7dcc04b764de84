"""Numbers in English text, and the check that an English text (from any engine or a
human) states the numbers of its Chinese source.

Matching rules (what `missing_numbers` accepts as "stated"):
- amount, count, percent: the value itself, however written ("14,700", "14.7 thousand",
  "1.47 ten thousand", "twenty", "RMB 2 billion", "2bn", "30 percent").
- multiple (倍): the multiple as written, or ×100 as a percentage. After an increase verb
  (增长2.5倍, "grew by 2.5 times" = new is 3.5× old, GB/T 15835 usage) also the ratio
  N+1 and (N+1)×100: "up 250%", "2.5 times", "3.5 times the level", "350% of" all match.
  翻一番/翻两番: the ratio (2, 4: "doubled", "quadrupled", "twice") or the increase in %.
- ordinal, enumerator: an ordinal word or number ("fifth", "5th", "Firstly") or the digit.
- date: month and day as "January 30", "Jan. 30", "30 January", "2024-01-30"; a year
  as the number.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from functools import cache

from pipeline.zh.numbers.chinese import Quantity, find_quantities
from pipeline.zh.numbers.numerals import canonical
from pipeline.zh.numbers.tables import (
    EN_MULTIPLES,
    EN_SCALES,
    MONTHS,
    ONES,
    ORDINAL_TENS,
    ORDINALS,
    TENS,
)


@cache
def _english_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    scales = "|".join(sorted((re.escape(s) for s in EN_SCALES), key=len, reverse=True))
    ones = "|".join(sorted(ONES, key=len, reverse=True))
    tens = "|".join(t for t in TENS if t)
    mults = "|".join(sorted(EN_MULTIPLES, key=len, reverse=True))
    # Every alternative starts with a digit or one of these letters: a lookahead on it first
    # skips most positions of the English at once (as master_pattern does for the Chinese).
    lead = "".join(sorted({w[0] for w in (*ONES, *TENS, *EN_MULTIPLES, "a") if w}))
    lead += lead.upper()
    values = re.compile(
        rf"(?=[0-9{lead}])(?:"
        rf"(?P<digits>(?<![0-9.])(?:[0-9]{{1,3}}(?:,[0-9]{{3}}(?![0-9]))+|[0-9]+)(?:\.[0-9]+)?)"
        rf"|\b(?P<tens>{tens})(?:[\s-](?P<unit>{ones}))?\b|\b(?P<ones>{ones})\b"
        rf"|\b(?P<a>an?)(?=\s+(?:hundred|thousand|million|billion)\b)"
        rf"|\b(?P<mult>{mults})\b)",
        re.IGNORECASE)
    scale = re.compile(rf"\s*-?\s*(?P<scale>{scales})\b", re.IGNORECASE)
    ords = "|".join(sorted(ORDINALS[1:] + tuple(ORDINAL_TENS), key=len, reverse=True))
    olead = "".join(sorted({w[0] for w in (*TENS, *ORDINALS, *ORDINAL_TENS) if w}))
    ordinal = re.compile(
        rf"(?=[0-9{olead}{olead.upper()}])(?:"
        rf"\b(?:(?P<otens>{tens})[\s-])?(?P<oword>{ords})(?:ly)?\b"
        r"|(?<![0-9.])(?P<onum>[0-9]+)(?:st|nd|rd|th)\b)", re.IGNORECASE)
    return values, scale, ordinal


def english_values(en: str) -> list[Decimal]:
    """Every number `en` states, scaled: "12.17 billion" → 12170000000, "2,023" → 2023,
    "twenty-one" → 21, "RMB 2bn" → 2000000000, "doubled" → 2, "72%" → 72."""
    values, scale, _ = _english_patterns()
    out: list[Decimal] = []
    done = 0  # end of the last number and its scale words ("1.47 ten thousand")
    for m in values.finditer(en):
        if m.start() < done:
            continue
        if m["mult"]:
            out.append(Decimal(EN_MULTIPLES[m["mult"].lower()]))
            continue
        if m["digits"]:
            v = Decimal(m["digits"].replace(",", ""))
        elif m["tens"]:
            v = Decimal(TENS.index(m["tens"].lower()) * 10
                        + (ONES.index(m["unit"].lower()) if m["unit"] else 0))
        elif m["ones"]:
            v = Decimal(ONES.index(m["ones"].lower()))
        else:
            v = Decimal(1)  # "a million"
        pos = m.end()
        while (s := scale.match(en, pos)) is not None:  # "1.2 hundred million", "5 thousand"
            v *= EN_SCALES[s["scale"].lower()]
            pos = s.end()
        done = pos
        out.append(canonical(v))
    return out


def english_ordinals(en: str) -> list[Decimal]:
    """Every ordinal `en` states: "fifth" → 5, "Firstly" → 1, "21st" → 21, "twenty-first" → 21."""
    _, _, ordinal = _english_patterns()
    out = []
    for m in ordinal.finditer(en):
        if m["onum"]:
            out.append(Decimal(m["onum"]))
            continue
        word = m["oword"].lower()
        n = ORDINAL_TENS.get(word) or ORDINALS.index(word)
        if m["otens"]:
            n += TENS.index(m["otens"].lower()) * 10
        out.append(Decimal(n))
    return out


@cache
def _date_pattern() -> re.Pattern[str]:
    month = "|".join(f"{name[:3]}(?:{name[3:]}|\\.)?" if len(name) > 3 else name
                     for name in MONTHS).replace("Sep(", "Sept?(")
    day = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?"
    return re.compile(
        rf"\b(?P<m1>{month})(?![a-z])(?:\s+(?P<d1>{day})\b)?"
        rf"|\b(?P<d2>{day})\s+(?:of\s+)?(?P<m2>{month})(?![a-z])"
        r"|\b(?:19|20)[0-9]{2}-(?P<m3>[01][0-9])-(?P<d3>[0-3][0-9])\b")


def english_dates(en: str) -> list[tuple[int, int | None]]:
    """(month, day or None) of every date `en` states: "Jan. 30", "30 January", "March"."""
    out: list[tuple[int, int | None]] = []
    for m in _date_pattern().finditer(en):
        name = m["m1"] or m["m2"]
        mon = int(m["m3"]) if m["m3"] else 1 + [n[:3] for n in MONTHS].index(name[:3])
        day = m["d1"] or m["d2"] or m["d3"]
        out.append((mon, int(re.sub(r"\D", "", day)) if day else None))
    return out


# ---------------------------------------------------------------------------------------
# Checking
# ---------------------------------------------------------------------------------------


def missing_numbers(zh: str, en: str, quantities: Sequence[Quantity] | None = None) -> list[Quantity]:
    """The quantities of `zh` whose value `en` does not state (rules in the module doc);
    `quantities`: find_quantities(zh) when the caller has them already."""
    if quantities is None:
        quantities = find_quantities(zh)
    # A quantity whose own rendering stands whole in the English is stated: the gloss engine
    # writes exactly those renderings, so its answers are checked without parsing the English.
    quantities = [q for q in quantities if not _verbatim(q.en, en) and not _one_of(q, en)]
    if not quantities:
        return []  # most sentences: no need to read the English at all
    kinds = {q.kind for q in quantities}
    values = set(english_values(en))
    # ordinals and dates are read only when a quantity needs them (see _stated)
    ordinals = set(english_ordinals(en)) | values if kinds & {"ordinal", "enumerator"} else values
    dates = english_dates(en) if "date" in kinds else []
    return [q for q in quantities if not _stated(q, values, ordinals, dates)]


#: Words that state "one" of the unit after them (一年来 "over the past year", 每年一次 "once a
#: year"): the English of a count of one need not say "one".
ONE_WORDS = ("a", "an", "past", "per")


def _one_of(q: Quantity, en: str) -> bool:
    """Whether a quantity of one unit (一年 "one year") is stated as "a year", "the past year"."""
    if q.value != 1 or not q.en.startswith("one "):
        return False
    unit = q.en[4:]
    return any(_verbatim(f"{w} {unit}", en) for w in ONE_WORDS)


def _verbatim(phrase: str, en: str) -> bool:
    """Whether `phrase` occurs in `en` as a whole: not inside a longer number or word
    ("2 people" is not in "12 people", "2" not in "2,000" or "3.2", "second" not in
    "twenty-second")."""
    if not phrase:
        return False
    i = en.find(phrase)
    while i != -1:
        j = i + len(phrase)
        before_ok = i == 0 or not (en[i - 1].isalnum() or en[i - 1] in ".,-")
        after_ok = j == len(en) or not (en[j].isalnum() or (en[j] in ".," and en[j + 1:j + 2].isdigit()))
        if before_ok and after_ok:
            return True
        i = en.find(phrase, i + 1)
    return False


def _stated(q: Quantity, values: set[Decimal], ordinals: set[Decimal],
            dates: list[tuple[int, int | None]]) -> bool:
    if q.kind == "date":
        if q.date is None:  # a clock time checks its hour and minute; a weekday nothing
            return all(a in values for a in q.alternatives)
        y, mon, day = q.date
        ok = y is None or Decimal(y) in values
        if mon and day:
            ok = ok and (mon, day) in dates
        elif mon:
            ok = ok and any(dm == mon for dm, _ in dates)
        elif day:  # a day alone: "the 11th"
            ok = ok and (Decimal(day) in values or Decimal(day) in ordinals)
        return ok
    if q.value is None:
        return True
    pool = ordinals if q.kind in ("ordinal", "enumerator") else values
    return any(v in pool for v in (q.value, *q.alternatives))
