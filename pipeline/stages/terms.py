"""terms: find glossary terms in each segment. Every term and variant is one jieba
token (see pipeline.tokenize), so matching is a lookup per token, longest first by
construction; hits land in `Segment.terms` with their source `file:line`."""

from __future__ import annotations

from dataclasses import replace

from pipeline.context import Context
from pipeline.glossary import Glossary
from pipeline.model import Document, Paragraph, Segment, TermHit


def terms(doc: Document, ctx: Context) -> Document:
    return replace(
        doc, paragraphs=tuple(_paragraph_terms(p, ctx.glossary) for p in doc.paragraphs)
    )


def _paragraph_terms(p: Paragraph, glossary: Glossary) -> Paragraph:
    return replace(p, segments=tuple(_segment_terms(s, glossary) for s in p.segments))


def _segment_terms(s: Segment, glossary: Glossary) -> Segment:
    return replace(s, terms=find_terms(s.zh, s.tokens, glossary))


def find_terms(zh: str, tokens: tuple[tuple[int, int], ...], glossary: Glossary) -> tuple[TermHit, ...]:
    hits = []
    for a, b in tokens:
        entry = glossary.get(zh[a:b])
        if entry is not None:
            hits.append(TermHit(zh[a:b], entry.en, a, b, entry.where, entry.note, entry.zh))
    return tuple(hits)
