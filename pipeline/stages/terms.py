"""terms: find glossary terms in each segment. Every term and variant is one token
(see pipeline.zh.tokenize; a longer dictionary word that holds a term, such as 中央委员会
around 中央, stays one word and is no hit, and a term that would break a character off a
word is none either: 四强 in 四强化, jieba's 四|强化), so matching is a lookup per token, longest
first by construction. The few forms jieba must cut (they hold punctuation, e.g. 大排查、大整改)
are searched for, on word boundaries, and win over the tokens inside them. Hits land in `Segment.terms`
with their source `file:line`."""

from __future__ import annotations

from dataclasses import replace

from pipeline.context import Context
from pipeline.glossary import Glossary
from pipeline.model import Document, Paragraph, Segment, TermHit, replaced, token_words


def terms(doc: Document, ctx: Context) -> Document:
    return replace(
        doc, paragraphs=tuple(_paragraph_terms(p, ctx.glossary) for p in doc.paragraphs)
    )


def _paragraph_terms(p: Paragraph, glossary: Glossary) -> Paragraph:
    """A new paragraph only where a segment changed (most segments hold no term)."""
    segs = tuple(_segment_terms(s, glossary) for s in p.segments)
    return p if all(a is b for a, b in zip(segs, p.segments)) else replaced(p, segments=segs)


def _segment_terms(s: Segment, glossary: Glossary) -> Segment:
    found = find_terms(s.zh, s.tokens, glossary)
    return s if found == s.terms else replaced(s, terms=found)


def find_terms(zh: str, tokens: tuple[tuple[int, int], ...], glossary: Glossary) -> tuple[TermHit, ...]:
    index = glossary.index
    words = token_words(zh, tokens)
    found = [] if index.keys().isdisjoint(words) else [t for t, w in zip(tokens, words) if w in index]
    spans = _phrase_spans(zh, glossary.phrases, tokens) if glossary.phrases else []
    if not spans:
        if not found:
            return ()  # most segments: no term at all
    else:  # a searched form wins over the tokens inside it (tokens never overlap each other)
        spans += [(a, b) for a, b in found if not any(x < b and a < y for x, y in spans)]
        found = sorted(spans)
    hits = []
    for a, b in found:
        form = zh[a:b]
        entry = index[form]
        hits.append(TermHit(form, entry.en, a, b, entry.where, entry.note, entry.zh))
    return tuple(hits)


def _phrase_spans(zh: str, phrases: tuple[str, ...],
                  tokens: tuple[tuple[int, int], ...]) -> list[tuple[int, int]]:
    """Non-overlapping occurrences of multi-token forms, longest first, each starting and
    ending on a word boundary (none inside a longer word)."""
    bounds: set[int] = set()  # the token boundaries: made when a form is first found (most sentences hold none)
    spans: list[tuple[int, int]] = []
    for form in phrases:  # sorted longest first
        start = zh.find(form)
        if start != -1 and not bounds:
            bounds = {x for t in tokens for x in t}
        while start != -1:
            end = start + len(form)
            if start in bounds and end in bounds and not any(x < end and start < y for x, y in spans):
                spans.append((start, end))
            start = zh.find(form, end)
    return spans
