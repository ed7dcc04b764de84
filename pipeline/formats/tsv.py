"""TSV: id<TAB>zh<TAB>en<TAB>engine<TAB>qa, one translated segment a line, with a header row.

`engine` is who translated the segment (openai, ctranslate2, gloss, given …: a segment the
engine failed on and gloss answered says gloss, and its qa holds the `fallback:` flag); `qa`
is its qa flags joined with " | " (QA_SEPARATOR), empty when it has none. The first three
columns are as they always were, so a sheet or script reading id, zh, en by position still can.

Written to open in a spreadsheet as it is: the csv module's excel-tab dialect (a cell holding
a double quote is quoted, its quotes doubled, as Excel and LibreOffice expect), tabs and line
breaks inside a cell folded to one space, and a cell that a spreadsheet would read as a formula
prefixed with an apostrophe.
"""

from __future__ import annotations

import csv
import io
import re

from pipeline.formats import Settings
from pipeline.formats.common import RenderData
from pipeline.model import Document

HEADER = ("id", "zh", "en", "engine", "qa")

#: Between a segment's qa flags in the `qa` cell ("<kind>: <detail> | <kind>: <detail>"), to
#: read and filter on; not escaped inside a flag (JSONL's `qa` list is the exact form).
QA_SEPARATOR = " | "

#: First characters that make Excel/LibreOffice/Sheets evaluate a cell as a formula (OWASP,
#: "CSV Injection": = + - @, tab and carriage return).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

#: Characters that make the csv module quote a cell in this dialect (tab, double quote, line
#: feed; carriage return too in newer Pythons). A row without any is written as it is.
_QUOTED = re.compile('[\t"\n\r]')


def cell(text: str | None) -> str:
    text = " ".join((text or "").split())
    return "'" + text if text.startswith(FORMULA_START) else text


def render(doc: Document, data: RenderData, ctx: Settings) -> str:
    return "".join((opening(doc, data, ctx), body(doc, data, ctx)))


def opening(doc: Document, data: RenderData, ctx: Settings) -> str:
    return "\t".join(HEADER) + "\n"


def body(doc: Document, data: RenderData, ctx: Settings) -> str:
    out = io.StringIO()
    writer = csv.writer(out, dialect="excel-tab", lineterminator="\n")
    for s in data.segments:
        if s.en is not None:
            row = (s.id, cell(s.zh), cell(s.en), cell(s.engine), cell(QA_SEPARATOR.join(s.qa)))
            if _QUOTED.search("".join(row)):
                writer.writerow(row)  # the csv module quotes it as spreadsheets expect
            else:  # what the csv module would write, without its per-character loop
                out.write("\t".join(row) + "\n")
    return out.getvalue()


def closing(doc: Document, data: RenderData, ctx: Settings) -> str:
    return ""
