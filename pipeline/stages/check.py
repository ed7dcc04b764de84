"""check: each segment's English against what it must hold (glossary renderings).

The engines' answers were verified as they came (`pipeline.engines.verify`); this stage
checks whatever English the Document holds, however it got there (an engine, or a
given translation aligned by `pipeline align`)."""

from __future__ import annotations

from dataclasses import replace

from pipeline.context import Context
from pipeline.model import Document, Paragraph, Segment


def check(doc: Document, ctx: Context) -> Document:
    return replace(doc, paragraphs=tuple(_check_paragraph(p) for p in doc.paragraphs))


def _check_paragraph(p: Paragraph) -> Paragraph:
    """A new paragraph only where a segment gained a flag."""
    segs = tuple(check_segment(s) for s in p.segments)
    return p if all(a is b for a, b in zip(segs, p.segments)) else replace(p, segments=segs)


def check_segment(s: Segment) -> Segment:
    if s.en is None:
        return s
    flags = []
    low = s.en.casefold()
    for t in s.terms:
        flag = f"term-missing: {t.zh} → {t.en}"
        if t.en.casefold() not in low and flag not in s.qa:
            flags.append(flag)
    return replace(s, qa=s.qa + tuple(flags)) if flags else s
