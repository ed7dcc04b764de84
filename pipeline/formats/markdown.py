"""Markdown: the interlinear reading text.

Each sentence is a Chinese line and its English line (plus, for short lines translated by a real
engine, a word-by-word gloss line); speakers are named at the start of their turn; glossary terms
carry a footnote (one per distinct term, reused); captions, credits and layout debris are quoted
and labelled; qa flags follow their sentence, and a translation-memory match (`--tm`) after
them: where a reused English came from, or a fuzzy match with its score and source. Then the
terms table, what was repaired, and the footnotes. Everything from the input is escaped so that it shows as text.
"""

from __future__ import annotations

import re

from pipeline.formats import Settings
from pipeline.formats.common import (
    KIND_LABELS,
    MUTED_KINDS,
    RenderData,
    Spans,
    TermRow,
    id_list,
    is_translated,
    run_qa_summary,
    sentence,
    speaker_en,
    tm_match,
    tm_note,
    visible,
)
from pipeline.model import Document, Segment

#: Characters with a meaning in CommonMark/GFM inline text (CommonMark 0.31 §2.4: any ASCII
#: punctuation may be backslash-escaped); escaping them keeps input text literal.
_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&#!])")
#: What md_text changes inside a line: the characters above and line breaks (a cheap test first).
_CHANGED = re.compile(r"[\n\\`*_\[\]<>|~&#!]")
#: Line starts that CommonMark reads as list items or thematic breaks (§4.1, §5.2).
_BLOCK_START = re.compile(r"^(\s*|\s*\d+)([-+=](?!\d)|(?<=\d)[.)])")
#: The gloss line is shown for lines up to this many characters (headlines, captions): longer
#: sentences read better without it. Not shown when the engine *is* the gloss.
GLOSS_MAX_CHARS = 24


def render(doc: Document, data: RenderData, ctx: Settings) -> str:
    """The parts joined, as `(opening + body + closing).rstrip() + "\\n"` but with the ending
    mended on the parts: the text is copied once (by the join), not once per operation."""
    parts = [opening(doc, data, ctx), body(doc, data, ctx), closing(doc, data, ctx)]
    while len(parts) > 1 and (not parts[-1] or parts[-1].isspace()):
        parts.pop()
    last = parts[-1]
    end = len(last)
    while end and last[end - 1].isspace():
        end -= 1
    if last[end:] != "\n":  # (most often it ends in one line break already)
        parts[-1] = last[:end] + "\n"
    return "".join(parts)


#: The file ends with one line break after its last text: `render` strips what the parts
#: end with (pipeline.stages.render, writing a document chunk by chunk, does the same).
TRIM_END = True


def opening(doc: Document, data: RenderData, ctx: Settings) -> str:
    """The title, the signature and the QA summary (of the whole document)."""
    return _lines([f"# {md_text(doc.source)}", "", f"<!-- {data.signature} -->", "",
                   *_qa_summary(doc, data)])


def body(doc: Document, data: RenderData, ctx: Settings) -> str:
    """The records, speakers named where their turn begins."""
    refs = {row.zh: f"[^{row.n}]" for row in data.rows}  # each term's footnote reference
    out: list[str] = []
    starts = data.starts
    for s, spans in zip(data.segments, data.zh_spans):
        if s.id in starts and s.speaker:
            name = speaker_en(s.speaker, ctx)
            out += [f"**{md_text(s.speaker)}**" + (f" ({md_text(name)})" if name else ""), ""]
        out += _segment(s, spans, refs)
    return _lines(out)


def closing(doc: Document, data: RenderData, ctx: Settings) -> str:
    """The terms table, what was repaired, and the footnotes."""
    rows = list(data.rows)
    return _lines(_terms_table(rows) + _repairs(data) + _footnotes(rows))


def _lines(lines: list[str]) -> str:
    return "".join(line + "\n" for line in lines)


def md_text(text: str) -> str:
    """Input text as literal Markdown: specials backslash-escaped, line breaks as spaces."""
    if _CHANGED.search(text):
        text = _INLINE_SPECIAL.sub(r"\\\1", text.replace("\n", " "))
    first = text[:1]  # _BLOCK_START can only match at a space, a digit or -+=
    if first.isspace() or first.isdecimal() or (first and first in "-+="):
        m = _BLOCK_START.match(text)
        if m:  # a backslash before the list or break marker (group 2)
            text = f"{text[:m.start(2)]}\\{text[m.start(2):]}"
    return text


def _zh_line(s: Segment, spans: Spans, refs: dict[str, str]) -> str:
    """The Chinese with a footnote reference after each glossary term."""
    parts, pos = [], 0
    for _, b, key in spans:
        parts.append(md_text(s.zh[pos:b]) + refs[key])
        pos = b
    parts.append(md_text(s.zh[pos:]))
    return "".join(parts)


def _segment(s: Segment, spans: Spans, refs: dict[str, str]) -> list[str]:
    zh = _zh_line(s, spans, refs)
    label = KIND_LABELS.get(s.kind)
    if not is_translated(s):
        return [f"> *\\[{label or s.kind}, not translated\\]* {zh}", ""]
    lines = [f"## {zh}" if s.kind == "heading" else zh]
    if label:
        lines[0] = f"*\\[{label}\\]* {zh}"
    lines.append(md_text(s.en or "") or "*(no translation)*")
    gloss = _gloss_line(s)
    if gloss:
        lines.append(gloss)
    lines += [f"⚠ {md_text(q)}" for q in s.qa]
    lines += _tm_lines(s)
    if s.kind == "heading":  # a heading cannot hold a line break: English follows as a paragraph
        return [lines[0], "", "  \n".join(lines[1:]), ""]
    body = "  \n".join(lines)
    if s.kind in MUTED_KINDS:
        body = "\n".join("> " + line for line in body.split("\n"))
    return [body, ""]


def _tm_lines(s: Segment) -> list[str]:
    """The translation-memory match under its sentence: where the English came from, or the
    fuzzy match's Chinese and English for the reader to compare."""
    m = tm_match(s)
    if m is None:
        return []
    line = f"≈ {md_text(tm_note(m))}"
    if m.get("match") == "fuzzy":
        line += f": {md_text(str(m.get('zh')))} → {md_text(str(m.get('en')))}"
    return [line]


def _gloss_line(s: Segment) -> str:
    if not s.gloss or s.engine == "gloss" or len(s.zh) > GLOSS_MAX_CHARS:
        return ""
    words = [f"{md_text(zh)} {md_text(en)}" for zh, en in s.gloss if zh.strip() and zh != en]
    return "↳ " + " · ".join(words) if words else ""


def _qa_summary(doc: Document, data: RenderData) -> list[str]:
    counts = data.qa_counts
    run = run_qa_summary(doc)
    if not counts and not run:
        return []
    out = ["## QA summary", ""]
    if counts:
        out.append(f"{data.flagged} of {data.records} records flagged:")
        out.append("")
        out += [f"- {md_text(kind)}: {n}" for kind, n in counts]
        out.append("")
    if run:
        out += ["Run:", ""]
        out += [f"- {md_text(k)}: {md_text(v)}" if k else f"- {md_text(v)}" for k, v in run]
        out.append("")
    return out


def _terms_table(rows: list[TermRow]) -> list[str]:
    if not rows:
        return []
    out = ["## Terms", "", "| term | rendering | count |", "|---|---|--:|"]
    for r in sorted(rows, key=lambda r: (-r.count, r.n)):
        out.append(f"| {md_text(r.zh)}[^{r.n}] | {md_text(r.en)} | {r.count} |")
    return out + [""]


#: Repairs too many and too uniform to list one by one (the clean stage's kinds).
ROUTINE_REPAIRS = frozenset({"space", "punctuation"})


def _repairs(data: RenderData) -> list[str]:
    counts = data.repair_counts
    if not counts:
        return []
    total = sum(n for _, n in counts)
    summary = ", ".join(f"{md_text(w)} {n}" for w, n in counts)
    out = ["## What was repaired", "", f"{total} repairs: {summary}.", ""]
    if any(w in ROUTINE_REPAIRS for w, _ in counts):
        out += ["Spaces and ASCII punctuation inside Chinese text are counted, not listed; every "
                "repair is on its record in the JSONL (`repairs`).", ""]
    for r, ids in data.repair_groups:
        if r.what in ROUTINE_REPAIRS:
            continue
        times = f" ×{len(ids)}" if len(ids) > 1 else ""
        out.append(f"- {md_text(r.what)}: “{md_text(visible(r.before))}” → "
                   f"“{md_text(visible(r.after))}”{times} — {id_list(ids)}")
    return out + [""]


def _footnotes(rows: list[TermRow]) -> list[str]:
    out = []
    for r in rows:
        text = f"[^{r.n}]: {md_text(r.zh)}: **{md_text(r.en)}**."
        if r.note:
            text += f" {md_text(sentence(r.note))}"
        if r.source:
            text += f" Source: {md_text(r.source)}."
        out.append(f"{text} ({md_text(r.where)})")
    return out + [""] if out else []
