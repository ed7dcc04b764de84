"""A memory unit whose Chinese differs from the segment only in its figures: its English with
the segment's figures put in, checked, or None.

Each figure of the unit's Chinese (`zh.numbers.find_quantities`) is paired, in order, with the
segment's figure of the same kind; where they differ, the unit's English must state the old one
once, findable either as the pipeline's own rendering of it ("20 million yuan", "fifth",
"January 30, 2023") or as a number with its scale word whose value is the old value ("72%",
"12.17 billion", "1,200"). That place takes the new figure as `zh.numbers` renders it. The
result is kept only when `zh.numbers.missing_numbers` finds every new figure in it and no
changed old value is left, and only for an English whose every number is one of its Chinese's
figures; anything else is no reuse (the unit can still be a fuzzy match).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from pipeline.zh.numbers import Quantity, english_values, missing_numbers

#: A number in English with its scale word and percent sign: what an old figure is looked for as.
_NUMBER = re.compile(
    r"(?<![\w.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
    r"(?:\s*(?:%|percent\b|per cent\b)|\s+(?:thousand|million|billion|trillion)\b)?",
    re.IGNORECASE)
#: Kinds whose value can be looked for as a number in the English.
_VALUED = frozenset({"amount", "count", "percent", "multiple"})


def skeleton(zh: str, quantities: Sequence[Quantity]) -> str:
    """`zh` with each figure replaced by a mark of its kind: the key of a numbers-only match."""
    out, pos = [], 0
    for q in quantities:
        out += [zh[pos:q.start], f"\ue000{q.kind}\ue001"]
        pos = q.end
    out.append(zh[pos:])
    return "".join(out)


def substitute(zh: str, en: str, old: Sequence[Quantity], new: Sequence[Quantity]) -> str | None:
    """The English `en` (of a unit whose figures are `old`) with the figures `new` of `zh`, or
    None when a changed figure cannot be found once in `en` or the result fails the check."""
    if len(old) != len(new) or any(o.kind != n.kind for o, n in zip(old, new)):
        return None
    if not _all_said(en, old):
        return None
    edits: list[tuple[int, int, str]] = []
    for o, n in zip(old, new):
        if o.text == n.text:
            continue
        span = _locate(en, o, edits)
        if span is None:
            return None
        edits.append((*span, _rendering(n, en[span[0]:span[1]])))
    if not edits:
        return en
    out = en
    for a, b, text in sorted(edits, reverse=True):
        out = out[:a] + text + out[b:]
    if missing_numbers(zh, out, new):
        return None
    changed = {o.value for o, n in zip(old, new) if o.text != n.text and o.value is not None}
    left = set(english_values(out)) & (changed - {n.value for n in new})
    return None if left else out


def _all_said(en: str, old: Sequence[Quantity]) -> bool:
    """Whether every number of `en` is one of its Chinese's figures: an English that states
    more ("The year 2019 marks the 70th anniversary" for 今年是…成立70周年) may tie that
    figure to the ones that change, and is not reused with other figures."""
    said: set[Decimal] = set()
    for q in old:
        said |= {v for v in (q.value, *q.alternatives) if v is not None}
        said |= {Decimal(x) for x in q.date or () if x is not None}
    return all(v in said for v in english_values(en))


def _locate(en: str, q: Quantity, taken: Sequence[tuple[int, int, str]]) -> tuple[int, int] | None:
    """Where `en` states `q`, when it does so exactly once outside the places already taken."""
    free = [(a, b) for a, b in _verbatim(en, q.en) if not any(x < b and a < y for x, y, _ in taken)]
    if not free and q.kind in _VALUED and q.value is not None:
        values = {q.value, *q.alternatives}
        free = [m.span() for m in _NUMBER.finditer(en)
                if not any(x < m.end() and m.start() < y for x, y, _ in taken)
                and _value(m.group()) in values]
    return free[0] if len(free) == 1 else None


def _verbatim(en: str, phrase: str) -> list[tuple[int, int]]:
    """Whole occurrences of `phrase` in `en` (not inside a longer number or word)."""
    if not phrase:
        return []
    pattern = rf"(?<![\w.,-]){re.escape(phrase)}(?![\w]|[.,]\d)"
    return [m.span() for m in re.finditer(pattern, en)]


def _value(text: str) -> Decimal | None:
    values = english_values(text)
    return values[0] if len(values) == 1 else None


def _rendering(q: Quantity, old: str) -> str:
    """The new figure as the old one was written: the whole rendering where the old one was
    the pipeline's rendering, else the number of the rendering, with its percent sign."""
    m = _NUMBER.search(q.en)
    if m is None or q.kind not in _VALUED or not _NUMBER.fullmatch(old):
        return q.en
    number = m.group()
    figure = number[:len(number.rstrip("%percntPERCNT "))]  # the digits, without % or "percent"
    if figure != number and old.endswith("%"):
        return figure + "%"  # "72%" stays a sign, "72 percent" a word, whatever zh.numbers writes
    if figure != number:
        return figure + old[len(old.rstrip("percntPERCNT ")):]
    return number
