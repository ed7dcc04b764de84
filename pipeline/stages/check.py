"""check: each segment's English against what it must hold (glossary renderings).

The engines' answers were verified as they came (`pipeline.engines.verify`); this stage
checks whatever English the Document holds, however it got there (an engine, or a
given translation aligned by `pipeline align`)."""

from __future__ import annotations

from dataclasses import replace

from pipeline.context import Context
from pipeline.model import Document, Paragraph, replaced
from pipeline.qa import check_segment


def check(doc: Document, ctx: Context) -> Document:
    return replace(doc, paragraphs=tuple(_check_paragraph(p) for p in doc.paragraphs))


def _check_paragraph(p: Paragraph) -> Paragraph:
    """A new paragraph only where a segment gained a flag."""
    segs = tuple(check_segment(s) for s in p.segments)
    return p if all(a is b for a, b in zip(segs, p.segments)) else replaced(p, segments=segs)
