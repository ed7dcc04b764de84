"""Markdown: interlinear reading text (Chinese line, English line), the terms table,
what was repaired, and the pieces kept but not translated."""

from __future__ import annotations

from collections import Counter

from pipeline.context import Context
from pipeline.formats import signature
from pipeline.model import TRANSLATED_KINDS, Document, Segment


def render(doc: Document, ctx: Context) -> str:
    out = [f"# {doc.source}", "", f"<!-- {signature(doc, ctx)} -->", ""]
    speaker = None
    for p in doc.paragraphs:
        for s in p.segments:
            if s.kind not in TRANSLATED_KINDS:
                out += [f"> *[{s.kind}, not translated]* {s.zh}", ""]
                continue
            if s.speaker and s.speaker != speaker:
                out += [f"**{s.speaker}**", ""]
            speaker = s.speaker
            out += _segment(s)
    out += _terms_table(doc)
    out += _repairs(doc)
    return "\n".join(out).rstrip() + "\n"


def _segment(s: Segment) -> list[str]:
    prefix = "## " if s.kind == "heading" else ""
    lines = [f"{prefix}{s.zh}  ", f"{'' if prefix else '*'}{s.en or ''}{'' if prefix else '*'}"]
    if s.kind not in ("heading", "body"):
        lines[0] = f"*[{s.kind}]* " + lines[0]
    for q in s.qa:
        lines.append(f"  \n> ⚠ {q}")
    return lines + [""]


def _terms_table(doc: Document) -> list[str]:
    counts: Counter[tuple[str, str, str]] = Counter()
    for s in doc.segments:
        for t in s.terms:
            counts[(t.entry or t.zh, t.en, t.note)] += 1
    if not counts:
        return []
    out = ["## Terms", "", "| term | rendering | count | note |", "|---|---|---|---|"]
    for (zh, en, note), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        out.append(f"| {zh} | {en} | {n} | {_md(note)} |")
    return out + [""]


def _repairs(doc: Document) -> list[str]:
    reps = [(s.id, r) for s in doc.segments for r in s.repairs]
    if not reps:
        return []
    counts = Counter(r.what for _, r in reps)
    out = ["## What was repaired", "", ", ".join(f"{w}: {n}" for w, n in counts.most_common()), ""]
    for sid, r in reps:
        if r.what != "space":
            out.append(f"- `{sid}` {r.what}: “{_md(r.before)}” → “{_md(r.after)}”")
    return out + [""]


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")
