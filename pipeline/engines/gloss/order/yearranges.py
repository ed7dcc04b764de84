"""A span of years written with a dash, 2021—2025年: English writes it as one token,
"2021-2025" (the 14th Five-Year Plan "for 2021-2025", Xinhua), or "from 2016 to 2020" where it
opens its clause as a time phrase (GWR 2021: "From 2016 to 2020, ..."), not "2021 - in 2025"."""

from __future__ import annotations

import re

from pipeline.engines.gloss.order.line import Line

#: The dashes a span of years is written with (GB/T 15834: the one-em 一字线 "—"; ASCII and
#: full-width hyphens, en dash, as typed).
DASHES = frozenset({"—", "-", "－", "–", "~", "～"})
_YEAR = re.compile(r"(1[89]|20)[0-9]{2}年?")


def year_ranges(line: Line) -> None:
    """YYYY—YYYY年 → "YYYY-YYYY" (one unit's English, the dash and the second year unsaid)."""
    units = line.units
    for k in range(len(units) - 2, 0, -1):
        dash = units[k]
        if dash.kind != "punct" or dash.zh not in DASHES:
            continue
        a, b = units[k - 1], units[k + 1]
        if a.kind != "num" or b.kind != "num" or not _YEAR.fullmatch(a.zh) or not _YEAR.fullmatch(b.zh) \
                or not b.zh.endswith("年"):
            continue
        first, last = a.zh.rstrip("年"), b.zh.rstrip("年")
        after = line.next(k + 1)
        opening = line.clause_start(k - 1) == k - 1 and after is not None and line.zh(after) == "，"
        line.set_en(k - 1, f"from {first} to {last}" if opening else f"{first}-{last}")
        line.set_en(k, "")
        line.set_en(k + 1, "")
