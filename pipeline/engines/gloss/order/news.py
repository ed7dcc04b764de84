"""The order of news reports' sources (Xinhua and China Daily English): the source of a report
goes after what it reports.

- 据《北京日报》报道，X。 → "X, Beijing Daily reported." (China Daily: "Universal Beijing
  Resort will ... open to the public in May, Beijing Daily reported.")
- 据中国载人航天工程办公室消息，X。 → "X, according to the China Manned Space Agency."
- 国家统计局数据显示，X。 → "X, data from the National Bureau of Statistics showed." (Xinhua:
  "China's GDP grew 5.5 percent ..., data from the National Bureau of Statistics showed").
"""

from __future__ import annotations

from pipeline.engines.gloss.order.line import Line

#: The nouns that close a 据…, attribution, with the English of the whole: a report's
#: source "reported" (after it), a piece of news or a statement's "according to" (before it).
#: (China Daily bilingual news: 据《澎湃新闻》报道 "ThePaper reported"; 据…消息 "according to")
REPORTED = {"报道": "reported", "报导": "reported"}
ACCORDING = {"消息": "", "通报": "", "统计": "", "数据": "data", "公告": "", "介绍": ""}
#: Triggers of the rules (one search of the sentence each).
ATTRIBUTION = frozenset({"据"})
SHOWED = frozenset({"显示，"})
#: Words that say a clause's subject is data (数据显示 "data showed", 统计显示 "statistics showed").
DATA = {"数据": "data", "统计": "statistics", "调查": "a survey", "监测": "monitoring"}


def attributions(line: Line) -> None:
    """据X报道，Y。 → "Y, X reported."; 据X消息，Y。 → "Y, according to X.": a first clause that
    opens with 据 and closes with the report's noun goes after the sentence, with its comma."""
    first, comma, last = _first_clause(line)
    if first is None or line.zh(first) != "据" or comma is None or last is None:
        return
    noun = line.prev(comma)
    if noun is None or noun - first < 2:
        return
    word = line.zh(noun)
    if word in REPORTED:
        line.set_en(first, "")
        line.set_en(noun, REPORTED[word])
    elif word in ACCORDING:
        line.set_en(first, "according to")
        line.set_en(noun, ACCORDING[word])
    else:
        return
    _report_last(line, comma, last)


def data_showed(line: Line) -> None:
    """国家统计局数据显示，Y。 → "Y, data from the National Bureau of Statistics showed.": a first
    clause that is a source and 显示 goes after the sentence it reports, in the past."""
    first, comma, last = _first_clause(line)
    if first is None or comma is None or last is None:
        return
    verb = line.prev(comma)
    if verb is None or line.zh(verb) != "显示" or verb == first:
        return
    line.set_en(verb, "showed")
    data = line.prev(verb)
    if data is not None and data != first and line.zh(data) in DATA and line.zh(line.prev(data) or 0) != "的":
        line.set_en(data, DATA[line.zh(data)] + " from")  # 国家统计局数据 "data from the NBS"
        line.move(data, data + 1, first)
    _report_last(line, comma, last)


def _first_clause(line: Line) -> tuple[int | None, int | None, int | None]:
    """The first unit, the comma that ends the first clause and the sentence's full stop (None
    where the sentence is not one clause, a comma, then more and a full stop)."""
    units = line.units
    first = line.next(-1)
    if first is None:
        return None, None, None
    comma = line.clause_end(first)
    last = line.prev(len(units))
    if comma >= len(units) or line.zh(comma) != "，" or last is None or line.zh(last) != "。" \
            or last - comma < 4:
        return first, None, None
    return first, comma, last


def _report_last(line: Line, comma: int, last: int) -> None:
    """Units 0..comma (a source and its comma) after the rest, before the full stop."""
    line.move(comma + 1, last, 0)  # Y, source 。 → (Y)(source ，)(。)
    rest = last - comma - 1
    line.move(last - 1, last, rest)  # Y ， source 。
