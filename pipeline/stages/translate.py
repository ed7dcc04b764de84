"""translate: send every translatable segment to the engine, with its terms and context."""

from __future__ import annotations

from dataclasses import replace

from pipeline.context import Context
from pipeline.engines import Request
from pipeline.model import TRANSLATED_KINDS, Document, Paragraph, Segment


def translate(doc: Document, ctx: Context) -> Document:
    segs = doc.segments
    todo = [i for i, s in enumerate(segs) if s.kind in TRANSLATED_KINDS and s.zh.strip()]
    requests = [
        Request(
            id=segs[i].id,
            zh=segs[i].zh,
            terms=segs[i].terms,
            tokens=segs[i].tokens,
            kind=segs[i].kind,
            before=segs[i - 1].zh if i > 0 else "",
            after=segs[i + 1].zh if i + 1 < len(segs) else "",
            speaker=segs[i].speaker,
        )
        for i in todo
    ]
    results = ctx.engine.translate(requests) if requests else []
    done: dict[str, Segment] = {}
    for i, t in zip(todo, results):
        s = segs[i]
        done[s.id] = replace(s, en=t.en, engine=t.engine, gloss=t.gloss, qa=s.qa + t.qa)
    return replace(doc, paragraphs=tuple(_with(p, done) for p in doc.paragraphs))


def _with(p: Paragraph, done: dict[str, Segment]) -> Paragraph:
    return replace(p, segments=tuple(done.get(s.id, s) for s in p.segments))
