"""segment: paragraphs → sentences (with stable ids like p3.s2) → words (jieba)."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.context import Context
from pipeline.model import Document, Paragraph, Segment, clip_spans, replaced

# A sentence ends at 。！？ (or ASCII ! ?, or an ellipsis), taking any closing
# quotes/brackets after it; ； ends one only where the next list item starts.
_END = re.compile(r"(?:[。！？!?]+|……|\.{3,})[”’」』）)\"']*")
_ITEM_START = re.compile(r"[一二三四五六七八九十]+是|第[一二三四五六七八九十]+"
                         r"|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．]")
_SEMI = re.compile(r"；")

#: Kinds split into sentences; other kinds stay one segment per paragraph.
SPLIT_KINDS = frozenset({"body", "byline"})


def segment(doc: Document, ctx: Context) -> Document:
    return replace(doc, paragraphs=tuple(_segment_paragraph(p, ctx) for p in doc.paragraphs))


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) of each sentence in `text`, leading/trailing spaces excluded."""
    cuts = {m.end() for m in _END.finditer(text)}
    cuts |= {m.end() for m in _SEMI.finditer(text) if _ITEM_START.match(text, m.end())}
    spans = []
    start = 0
    for cut in sorted(cuts) + [len(text)]:
        a, b = start, cut
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            spans.append((a, b))
        start = cut
    return spans


def _segment_paragraph(p: Paragraph, ctx: Context) -> Paragraph:
    spans = sentence_spans(p.text) if p.kind in SPLIT_KINDS else _whole(p.text)
    if not spans:
        return replaced(p, segments=())
    para_start, para_end = p.raw[0][0], p.raw[-1][1]
    segs = []
    for i, (a, b) in enumerate(spans):
        raw_a = para_start if i == 0 else p.offsets[a]
        raw_b = para_end if i == len(spans) - 1 else p.offsets[spans[i + 1][0]]
        zh = p.text[a:b]
        segs.append(
            Segment(
                id=f"{p.id}.s{i + 1}",
                kind=p.kind,
                zh=zh,
                offsets=p.offsets[a:b],
                raw=clip_spans(p.raw, raw_a, raw_b),
                speaker=p.speaker,
                tokens=ctx.tokenizer.tokens(zh) if p.kind != "fragment" else (),
                qa=p.qa if i == len(spans) - 1 else (),
                repairs=tuple(r for r in p.repairs if _inside(r.at, raw_a, raw_b, i, len(spans))) if p.repairs else (),
            )
        )
    return replaced(p, segments=tuple(segs))


def _whole(text: str) -> list[tuple[int, int]]:
    stripped = text.strip()
    if not stripped:
        return []
    a = text.index(stripped[0])
    return [(a, a + len(stripped))]


def _inside(at: int, start: int, end: int, i: int, n: int) -> bool:
    """Whether a repair at raw offset `at` belongs to sentence i of n spanning [start, end)."""
    return (i == 0 or at >= start) and (i == n - 1 or at < end)
