"""HTML: one self-contained page, Chinese left and English right, one row per pair.
Everything from the input is escaped."""

from __future__ import annotations

from html import escape

from pipeline.context import Context
from pipeline.formats import signature
from pipeline.model import TRANSLATED_KINDS, Document, Segment

CSS = """
body{font-family:system-ui,sans-serif;margin:2rem;max-width:72rem}
table{border-collapse:collapse;width:100%}
td{vertical-align:top;padding:.3rem .6rem;border-bottom:1px solid #eee;width:50%}
tr.muted td{color:#888;font-size:.9em}
.speaker{font-weight:bold}
.qa{color:#a00;font-size:.85em}
abbr.term{text-decoration:underline dotted;background:#fff6d5}
"""


def render(doc: Document, ctx: Context) -> str:
    rows = []
    for s in doc.segments:
        rows.append(_row(s))
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<title>{escape(doc.source)}</title><style>{CSS}</style></head><body>"
        f"<h1>{escape(doc.source)}</h1><p><small>{escape(signature(doc, ctx))}</small></p>"
        "<table><tbody>" + "".join(rows) + "</tbody></table></body></html>\n"
    )


def _row(s: Segment) -> str:
    muted = s.kind not in TRANSLATED_KINDS or s.kind in ("caption", "credit")
    cls = f' class="{s.kind}{" muted" if muted else ""}"'
    speaker = f'<span class="speaker">{escape(s.speaker)}</span> ' if s.speaker else ""
    qa = "".join(f'<div class="qa">⚠ {escape(q)}</div>' for q in s.qa)
    return (
        f'<tr id="{escape(s.id)}"{cls}><td lang="zh">{speaker}{_zh_with_terms(s)}</td>'
        f'<td lang="en">{escape(s.en or "")}{qa}</td></tr>'
    )


def _zh_with_terms(s: Segment) -> str:
    out = []
    pos = 0
    for t in sorted(s.terms, key=lambda t: t.start):
        out.append(escape(s.zh[pos:t.start]))
        tip = f"{t.en} — {t.note}" if t.note else t.en
        out.append(f'<abbr class="term" title="{escape(tip)}">{escape(s.zh[t.start:t.end])}</abbr>')
        pos = t.end
    out.append(escape(s.zh[pos:]))
    return "".join(out)
