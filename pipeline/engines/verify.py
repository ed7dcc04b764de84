"""Wrappers that stack on any engine in the translate stage:

- `VerifiedEngine`: every required glossary rendering, every number of the
  Chinese and every person's and place's rendering (`Request.names`) must be in
  the English (the checks are `pipeline.qa`'s); on a miss the engine is asked
  once more with the miss named (`Request.hint`), and what is still missing
  becomes a `qa` flag.
- `FallbackEngine`: a segment the engine could not translate (`Translation.error`)
  gets the offline `gloss` translation instead, flagged.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from pipeline.engines import Engine, EngineDeps, Request, Translation
from pipeline.qa import FALLBACK, NAME_MISSING, NUMBER_MISSING, TERM_MISSING, missing

# The qa flag prefixes are re-exported: the translate stage counts them.
__all__ = ["FALLBACK", "NAME_MISSING", "NUMBER_MISSING", "TERM_MISSING", "FallbackEngine",
           "VerifiedEngine", "hint_for", "misses", "stack"]


def misses(r: Request, en: str) -> list[str]:
    """What `en` leaves out of `r`: one qa flag per missing rendering, number or name."""
    return missing(r.zh, en, r.terms, r.quantities, r.names)


def hint_for(en: str, flags: Sequence[str]) -> str:
    """The re-ask message: the previous answer and exactly what it left out."""
    named = "; ".join(f.split(": ", 1)[1] for f in flags)
    return (f"Your previous translation was: {en}\n"
            "It left out these required renderings, names or numbers (Chinese → English): "
            f"{named}. Translate the segment again and include every one of them.")


class VerifiedEngine:
    def __init__(self, inner: Engine) -> None:
        self.inner = inner
        self.name = inner.name
        self.reasked = 0

    def translate(self, requests: Sequence[Request]) -> list[Translation]:
        first = self.inner.translate(requests)
        checked = [[] if t.error else misses(r, t.en) for r, t in zip(requests, first)]
        can_reask = bool(getattr(self.inner, "accepts_hint", False))
        todo = [i for i, f in enumerate(checked)
                if f and can_reask and first[i].engine == self.inner.name]
        reasks = [replace(requests[i], hint=hint_for(first[i].en, checked[i])) for i in todo]
        second = self.inner.translate(reasks) if reasks else []
        self.reasked += len(reasks)
        out = list(first)
        for i, t in zip(todo, second):
            if t.error:
                continue
            flags = misses(requests[i], t.en)
            if len(flags) < len(checked[i]):
                out[i], checked[i] = t, flags
        return [replace(t, qa=t.qa + tuple(f for f in flags if f not in t.qa)) if flags else t
                for t, flags in zip(out, checked)]


class FallbackEngine:
    def __init__(self, inner: Engine, deps: EngineDeps | None = None) -> None:
        from pipeline.engines.gloss import GlossEngine

        self.inner = inner
        self.name = inner.name
        self.accepts_hint = bool(getattr(inner, "accepts_hint", False))
        self.gloss = GlossEngine(deps)

    def translate(self, requests: Sequence[Request]) -> list[Translation]:
        out = self.inner.translate(requests)
        failed = [i for i, t in enumerate(out) if t.error]
        backup = self.gloss.translate([requests[i] for i in failed]) if failed else []
        for i, g in zip(failed, backup):
            flag = f"{FALLBACK}: {g.engine} ({out[i].error})"
            out[i] = replace(g, qa=(flag, *g.qa))
        return out


def stack(engine: Engine, deps: EngineDeps, cache: bool = True) -> VerifiedEngine:
    """The translate stage's engine: verify(fallback(cache(engine))); `cache` False: no
    on-disk translation cache (--no-cache)."""
    from pipeline.engines.cache import FILENAME, CachedEngine, TranslationStore
    from pipeline.engines.progress import Monitor
    from pipeline.fileio import cache_dir

    store = TranslationStore(cache_dir() / FILENAME) if cache else None
    monitor = deps.monitor or Monitor(enabled=False)
    return VerifiedEngine(FallbackEngine(CachedEngine(engine, store, monitor), deps))
