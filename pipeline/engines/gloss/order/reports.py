"""The order of news English: the reporting clause after what it reports (国家统计局称，…。 →
"..., the National Bureau of Statistics said.", "... said on Tuesday": Xinhua and China Daily
English)."""

from __future__ import annotations

import re

from pipeline.engines.gloss.order.line import Line
from pipeline.zh.numbers.tables import MONTHS, WEEKDAYS
from pipeline.zh.tense import REPORTING_WORDS

#: A day's English (a date or a weekday, as the numbers layer writes them), which follows
#: "said" with "on".
DAY = re.compile(rf"^(?:(?:{'|'.join(MONTHS)}) \d{{1,2}}|{'|'.join(WEEKDAYS.values())})$")
#: Reporting verbs whose clause goes after what it reports (the subject and the verb only).
SAID = frozenset(REPORTING_WORDS - {"显示", "据悉", "介绍"})


def reporting_last(line: Line) -> None:
    """国家统计局称，X。 → "X, the National Bureau of Statistics said.": a first clause that is
    only a speaker and a reporting verb goes after the sentence it reports, with its comma."""
    units = line.units
    comma = line.clause_end(0)
    if comma >= len(units) or line.zh(comma) != "，":
        return
    verb = line.prev(comma)
    if verb is not None and units[verb].en.startswith("on ") and DAY.match(units[verb].en[3:]):
        verb = line.prev(verb)  # the periods rule put the day after the verb already: 表示 "said on December 15"
    last = line.prev(len(units))
    if verb is None or last is None or line.zh(verb) not in SAID or line.zh(last) != "。" \
            or line.prev(verb) is None or line.zh(0) == "据" \
            or (line.clause_end(comma + 1) == last and last - comma < 3):
        return
    day = line.prev(verb)
    if day is not None and line.prev(day) is not None and DAY.match(line.units[day].en):
        line.set_en(day, "on " + line.units[day].en)  # 国家统计局12月15日表示 "... said on December 15"
        line.move(day, day + 1, comma)
    line.move(comma + 1, last, 0)  # X, speaker said, 。
    rest = last - comma - 1
    line.move(last - 1, last, rest)  # X, speaker said 。
