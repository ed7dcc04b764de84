"""translate: send every translatable segment to the engine, with its terms and context.

The engine is wrapped (pipeline.engines.verify.stack): answers come from the
translation cache when they can, an answer that is no translation (untranslated, length far
off) is asked again and then replaced by gloss, a failed segment falls back to gloss, and every
answer is checked for its glossary renderings, numbers and names (`pipeline.qa`). The counts land in
`Document.meta["translate"]` for writers and the CLI's summary line.

With a translation memory (`--tm`), a segment the memory holds (exactly, or but for its
figures: pipeline.tm) takes the memory's English (engine "tm"), checked by the same `pipeline.qa`
checks, and is not sent to the engine; the others go with their fuzzy matches as examples. Every
segment with a match records it in its JSONL `tm` field.
"""

from __future__ import annotations

from dataclasses import replace

from pipeline.context import Context
from pipeline.engines import Request, Translation
from pipeline.engines.verify import misses, stack
from pipeline.model import TRANSLATED_KINDS, Document, Paragraph, Segment, replaced
from pipeline.qa import RUN_FLAGS
from pipeline.tm import Match, Memory
from pipeline.zh.names.finder import NameFinder
from pipeline.zh.numbers import QuantityMemo, find_quantities
from pipeline.zh.tense import section_time

META_KEY = "translate"
#: The engine named on a segment whose English is a translation-memory unit's, and the JSONL
#: field that says which unit (file, line, score, match, zh, en).
TM_ENGINE = TM_FIELD = "tm"
#: Document.meta of a chunk of a long document (pipeline.runner): the Chinese of the records
#: just before and just after it, the context of its first and last requests.
AROUND = "translate.around"
#: Document.meta of a chunk of a long document: the heading of the section its first record
#: stands in (section_headings), so that a chunk is told in its section's tense.
SECTION = "translate.section"


def translate(doc: Document, ctx: Context) -> Document:
    segs = doc.segments
    todo = [i for i, s in enumerate(segs) if s.kind in TRANSLATED_KINDS and s.zh.strip()]
    seen: QuantityMemo = {}  # this document's figures, each read once
    given = dict(doc.meta)
    around = given.get(AROUND)
    before, after = around if isinstance(around, tuple) else ("", "")
    start = given.get(SECTION)
    sections = section_headings(segs, start if isinstance(start, str) else "")
    requests = [_request(segs, i, seen, ctx.names, before, after, sections[i]) for i in todo]
    matches, requests = _looked_up(ctx.memory, requests)
    ask = [k for k, m in enumerate(matches) if m is None or not m.reusable]
    engine = stack(ctx.engine, ctx.engine_deps, ctx.cache)
    try:
        asked = engine.translate([requests[k] for k in ask]) if ask else []
    finally:
        ctx.monitor.close()
    answers = dict(zip(ask, asked))
    results = [answers[k] if k in answers else reused(r, m) if m else Translation("", "")
               for k, (r, m) in enumerate(zip(requests, matches))]
    done: dict[str, Segment] = {}
    for i, t, m in zip(todo, results, matches):
        s = segs[i]
        extra = s.extra + ((TM_FIELD, m.record()),) if m is not None else s.extra
        done[s.id] = replaced(s, en=t.en, engine=t.engine, gloss=t.gloss, qa=s.qa + t.qa, extra=extra)
    summary = _summary(ctx, results, engine.reasked)
    meta = tuple((k, v) for k, v in doc.meta if k != META_KEY) + ((META_KEY, summary),)
    return replace(doc, paragraphs=tuple(_with(p, done) for p in doc.paragraphs), meta=meta)


def reused(r: Request, m: Match) -> Translation:
    """A memory unit's English for `r`, checked as any engine's answer is: a unit that drops a
    glossary rendering, a number or a name is kept, and flagged (`pipeline.qa`)."""
    return Translation(m.en, TM_ENGINE, qa=tuple(misses(r, m.en)))


def _looked_up(memory: Memory | None, requests: list[Request]) -> tuple[list[Match | None], list[Request]]:
    """Each request's match in the translation memory (None without one), and the requests
    with their fuzzy matches as examples for the engine (an LLM follows them)."""
    if memory is None:
        return [None] * len(requests), requests
    matches = [memory.lookup(r.zh) for r in requests]
    return matches, [replace(r, examples=m.examples) if m is not None and m.examples else r
                     for r, m in zip(requests, matches)]


def section_headings(segs: tuple[Segment, ...], current: str = "") -> list[str]:
    """Each segment's section: the last heading before it that sets a time (a review, a
    plan: `pipeline.zh.tense.section_time`), `current` before any (a chunk's: the section
    its first record stands in); headings that set none (a topic's) leave it as it is."""
    out = []
    for s in segs:
        if s.kind == "heading" and section_time(s.zh) is not None:
            current = s.zh
        out.append(current)
    return out


def _request(segs: tuple[Segment, ...], i: int, seen: QuantityMemo, finder: NameFinder,
             before: str = "", after: str = "", section: str = "") -> Request:
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
        names=finder.find(s.zh, s.tokens, taken, s.speaker), section=section,
    )


def _summary(ctx: Context, results: list[Translation], reasked: int) -> dict[str, object]:
    def count(prefix: str) -> int:
        return sum(q.startswith(prefix + ":") for t in results for q in t.qa)

    return {
        "engine": ctx.engine.name,
        "segments": len(results),
        "tm": sum(t.engine == TM_ENGINE for t in results),
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
    reused = f" ({s['tm']} from the translation memory)" if s.get("tm") else ""
    return (f"translate: {s['segments']} segments with {s['engine']}{reused}, {s['requests']} requests, "
            f"{s['cache_hits']} cache hits, {s['reasked']} re-asked; qa: "
            + ", ".join(f"{s[flag]} {flag}" for flag in RUN_FLAGS))


def _with(p: Paragraph, done: dict[str, Segment]) -> Paragraph:
    return replaced(p, segments=tuple(done.get(s.id, s) for s in p.segments))
