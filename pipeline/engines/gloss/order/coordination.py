"""Lists: Chinese separates the items of a list with 、 and may join the last with nothing
(基本理论、基本路线、基本方略); English puts "and" before the last item ("basic theory, basic
line and basic policy"). The comma before that "and" follows the house style of the
official English the dev set's work reports use (`SERIAL_COMMA`)."""

from __future__ import annotations

from pipeline.engines.gloss.order.line import Line

#: Words that join a list's last item already (A、B和C), or close it (A、B等 "A, B and other").
JOINERS = frozenset({"和", "与", "及", "以及", "或", "或者", "并", "而且", "等", "等等"})
#: Whether a list of three or more takes a comma before its "and" ("X, Y, and Z": Xinhua's
#: English of the 2023 Government Work Report; "X, Y and Z": its 2019 edition). Measured on
#: the tuned dev split, both ways (commit message).
SERIAL_COMMA = True
LIST_COMMA = "、"


def list_and(line: Line) -> None:
    """基本理论、基本路线、基本方略 → "basic theory, basic line and basic strategy": the
    last 、 of a list in a clause reads "and" when no joiner follows it in the clause; not
    the 、 after an enumerator (一、 "1.")."""
    units = line.units
    commas = [j for j, u in enumerate(units) if u.zh == LIST_COMMA and u.kind == "punct"]
    done = len(units)  # the start of the last clause seen: its list's last 、 is dealt with
    for last in reversed(commas):
        if last >= done:
            continue
        start = line.clause_start(last)
        done = start
        if units[last].en == "," and not enumerator(line, last) and not any(
                units[j].zh in JOINERS and units[j].kind == "word" for j in range(last + 1, line.clause_end(last))):
            three = any(j < last for j in commas if j >= start)  # A、B、C: a serial comma
            line.set_en(last, ", and" if SERIAL_COMMA and three else "and")


def enumerator(line: Line, k: int) -> bool:
    """Whether the 、 at k follows an enumerator opening its clause (一、 二、 (一)、)."""
    p = line.prev(k)
    return p is None or line.units[p].kind in ("enum", "num") or p == line.clause_start(k)
