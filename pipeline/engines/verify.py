"""Wrappers that stack on any engine in the translate stage: no engine is believed blindly.

- `VerifiedEngine`: every required glossary rendering, every number of the
  Chinese and every person's and place's rendering (`Request.names`) must be in
  the English (the checks are `pipeline.qa`'s); on a miss the engine is asked
  once more with the miss named (`Request.hint`), and what is still missing
  becomes a `qa` flag.
- `FallbackEngine`: an answer that is no English translation of its segment (the
  source echoed back, mostly Chinese, empty, far too long or short:
  `pipeline.qa.answer_problem`) is asked once more, then replaced by the offline
  `gloss` translation and flagged (`untranslated`, `length-ratio`); a segment the
  engine could not translate (`Translation.error`) gets gloss at once, flagged
  `fallback`. Gloss's own answers are final: it is the fallback.

The cache below them (`pipeline.engines.cache`) is told the same check: a rejected
answer is never stored, nor served from an older cache.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from pipeline.engines import Engine, EngineDeps, Request, Translation
from pipeline.qa import (
    FALLBACK,
    LENGTH_RATIO,
    NAME_MISSING,
    NUMBER_MISSING,
    TERM_MISSING,
    UNTRANSLATED,
    answer_problem,
    missing,
)

# The qa flag prefixes are re-exported: the translate stage counts them.
__all__ = ["FALLBACK", "LENGTH_RATIO", "NAME_MISSING", "NUMBER_MISSING", "TERM_MISSING",
           "UNTRANSLATED", "FallbackEngine", "VerifiedEngine", "acceptable", "hint_for",
           "misses", "problem_hint", "stack"]


def misses(r: Request, en: str) -> list[str]:
    """What `en` leaves out of `r`: one qa flag per missing rendering, number or name."""
    return missing(r.zh, en, r.terms, r.quantities, r.names)


def hint_for(en: str, flags: Sequence[str]) -> str:
    """The re-ask message: the previous answer and exactly what it left out."""
    named = "; ".join(f.split(": ", 1)[1] for f in flags)
    return (f"Your previous translation was: {en}\n"
            "It left out these required renderings, names or numbers (Chinese → English): "
            f"{named}. Translate the segment again and include every one of them.")


def acceptable(r: Request, t: Translation) -> bool:
    """Whether `t` may stand (and be cached) as the English of `r`: no error, no answer problem."""
    return not t.error and answer_problem(r.zh, t.en) is None


def problem_hint(problem: str) -> str:
    """The re-ask message for an answer that was no English translation of the segment."""
    why = problem.split(": ", 1)[1]
    return (f"Your previous answer was not an English translation of the segment ({why}). "
            "Translate the whole segment into English; reply with the English only.")


class VerifiedEngine:
    def __init__(self, inner: Engine) -> None:
        self.inner = inner
        self.name = inner.name
        self._reasked = 0

    @property
    def reasked(self) -> int:
        """Segments asked a second time: for a miss, or (below) for an answer that was no
        translation."""
        return self._reasked + int(getattr(self.inner, "rejected", 0))

    def translate(self, requests: Sequence[Request]) -> list[Translation]:
        first = self.inner.translate(requests)
        checked = [[] if t.error else misses(r, t.en) for r, t in zip(requests, first)]
        can_reask = bool(getattr(self.inner, "accepts_hint", False))
        todo = [i for i, f in enumerate(checked)
                if f and can_reask and first[i].engine == self.inner.name]
        reasks = [replace(requests[i], hint=hint_for(first[i].en, checked[i])) for i in todo]
        second = self.inner.translate(reasks) if reasks else []
        self._reasked += len(reasks)
        out = list(first)
        for i, t in zip(todo, second):
            if t.error or t.engine != self.inner.name:  # failed, or the fallback answered
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
        self.rejected = 0  # answers asked again because the first was no translation

    def translate(self, requests: Sequence[Request]) -> list[Translation]:
        out = list(self.inner.translate(requests))
        flags = self._recheck(requests, out) if self.inner.name != self.gloss.name else {}
        failed = [i for i, t in enumerate(out) if t.error or i in flags]
        backup = self.gloss.translate([requests[i] for i in failed]) if failed else []
        for i, g in zip(failed, backup):
            flag = flags.get(i) or f"{FALLBACK}: {g.engine} ({out[i].error})"
            out[i] = replace(g, qa=(flag, *g.qa))
        return out

    def _recheck(self, requests: Sequence[Request], out: list[Translation]) -> dict[int, str]:
        """Ask once more for every answer that is no translation (`answer_problem`), naming the
        problem when the engine takes a hint; keep a good second answer. Returns the flag of
        each segment still without one (`out` is updated in place)."""
        problems = {i: p for i, t in enumerate(out)
                    if not t.error and (p := answer_problem(requests[i].zh, t.en))}
        if not problems:
            return {}
        self.rejected += len(problems)
        again = [replace(requests[i], hint=problem_hint(p)) if self.accepts_hint else requests[i]
                 for i, p in problems.items()]
        flags: dict[int, str] = {}
        for (i, first), t in zip(problems.items(), self.inner.translate(again)):
            second = None if t.error else answer_problem(requests[i].zh, t.en)
            if t.error or second:
                flags[i] = f"{second or first}; {self.inner.name} asked twice, gloss used"
            else:
                out[i] = t
        return flags


def stack(engine: Engine, deps: EngineDeps, cache: bool = True) -> VerifiedEngine:
    """The translate stage's engine: verify(fallback(cache(engine))); `cache` False: no
    on-disk translation cache (--no-cache)."""
    from pipeline.engines.cache import FILENAME, CachedEngine, TranslationStore
    from pipeline.engines.progress import Monitor
    from pipeline.fileio import cache_dir

    store = TranslationStore(cache_dir() / FILENAME) if cache else None
    monitor = deps.monitor or Monitor(enabled=False)
    cached = CachedEngine(engine, store, monitor, accept=acceptable)
    return VerifiedEngine(FallbackEngine(cached, deps))
