"""translate: send every translatable segment to the engine, with its terms and context.

The engine is wrapped (pipeline.engines.verify.stack): answers come from the
translation cache when they can, an answer that is no translation (untranslated, length far
off) is asked again and then replaced by gloss, a failed segment falls back to gloss, and every
answer is checked for its glossary renderings, numbers and names (`pipeline.qa`). The counts land in
`Document.meta["translate"]` for writers and the CLI's summary line.
"""

from __future__ import annotations

from dataclasses import replace

from pipeline.context import Context
from pipeline.engines import Request, Translation
from pipeline.engines.verify import stack
from pipeline.model import TRANSLATED_KINDS, Document, Paragraph, Segment
from pipeline.qa import RUN_FLAGS
from pipeline.zh.names.finder import NameFinder
from pipeline.zh.numbers import QuantityMemo, find_quantities

META_KEY = "translate"
#: Document.meta of a chunk of a long document (pipeline.runner): the Chinese of the records
#: just before and just after it, the context of its first and last requests.
AROUND = "translate.around"


def translate(doc: Document, ctx: Context) -> Document:
    segs = doc.segments
    todo = [i for i, s in enumerate(segs) if s.kind in TRANSLATED_KINDS and s.zh.strip()]
    seen: QuantityMemo = {}  # this document's figures, each read once
    around = dict(doc.meta).get(AROUND)
    before, after = around if isinstance(around, tuple) else ("", "")
    requests = [_request(segs, i, seen, ctx.names, before, after) for i in todo]
    engine = stack(ctx.engine, ctx.engine_deps, ctx.cache)
    try:
        results = engine.translate(requests) if requests else []
    finally:
        ctx.monitor.close()
    done: dict[str, Segment] = {}
    for i, t in zip(todo, results):
        s = segs[i]
        done[s.id] = replace(s, en=t.en, engine=t.engine, gloss=t.gloss, qa=s.qa + t.qa)
    summary = _summary(ctx, results, engine.reasked)
    meta = tuple((k, v) for k, v in doc.meta if k != META_KEY) + ((META_KEY, summary),)
    return replace(doc, paragraphs=tuple(_with(p, done) for p in doc.paragraphs), meta=meta)


def _request(segs: tuple[Segment, ...], i: int, seen: QuantityMemo, finder: NameFinder,
             before: str = "", after: str = "") -> Request:
    """What the engine gets for segment i: its terms, its figures, its people and places (found
    outside the terms and figures), and its neighbours for context (`before` and `after` the
    segments: the records around a chunk of a long document)."""
    s = segs[i]
    quantities = tuple(find_quantities(s.zh, seen))
    taken = [(t.start, t.end) for t in s.terms] + [(q.start, q.end) for q in quantities]
    return Request(
        id=s.id, zh=s.zh, terms=s.terms, tokens=s.tokens, kind=s.kind,
        before=segs[i - 1].zh if i > 0 else before,
        after=segs[i + 1].zh if i + 1 < len(segs) else after,
        speaker=s.speaker, quantities=quantities,
        names=finder.find(s.zh, s.tokens, taken, s.speaker),
    )


def _summary(ctx: Context, results: list[Translation], reasked: int) -> dict[str, object]:
    def count(prefix: str) -> int:
        return sum(q.startswith(prefix + ":") for t in results for q in t.qa)

    return {
        "engine": ctx.engine.name,
        "segments": len(results),
        "requests": ctx.monitor.requests,
        "cache_hits": ctx.monitor.hits,
        "reasked": reasked,
        **{flag: count(flag) for flag in RUN_FLAGS},
    }


#: Summary counts kept by the run's Monitor: a later chunk's are already the run's totals.
RUN_TOTALS = ("requests", "cache_hits")


def add_summaries(a: object, b: object) -> object:
    """The translate summary (Document.meta[META_KEY]) of a document's chunks so far (`a`)
    and its next chunk (`b`)."""
    if not isinstance(a, dict) or not isinstance(b, dict):
        return b if isinstance(b, dict) else a
    return {k: v + b[k] if isinstance(v, int) and isinstance(b.get(k), int) and k not in RUN_TOTALS
            else b.get(k, v) for k, v in a.items()}


def summary_line(doc: Document) -> str | None:
    """One line for stderr at the end of a run; None when nothing was translated."""
    s = dict(doc.meta).get(META_KEY)
    if not isinstance(s, dict):
        return None
    return (f"translate: {s['segments']} segments with {s['engine']}, {s['requests']} requests, "
            f"{s['cache_hits']} cache hits, {s['reasked']} re-asked; qa: "
            + ", ".join(f"{s[flag]} {flag}" for flag in RUN_FLAGS))


def _with(p: Paragraph, done: dict[str, Segment]) -> Paragraph:
    return replace(p, segments=tuple(done.get(s.id, s) for s in p.segments))
