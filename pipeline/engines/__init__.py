"""Translation back-ends behind one small interface.

An engine takes a batch of `Request`s and returns one `Translation` each, in
order. It is built from an `EngineDeps`: the few things of the run it may use
(the tokenizer, the lexicon, the progress monitor) and its options. Back-ends
are imported lazily from the name → "module:Class" table below, so
`import pipeline` stays fast and optional extras stay optional; a user's own
engine can be named as "module:Class" too.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from pipeline.errors import EngineError
from pipeline.model import TermHit

if TYPE_CHECKING:
    from pipeline.engines.progress import Monitor
    from pipeline.zh.lexicon import Lexicon
    from pipeline.zh.names import Name
    from pipeline.zh.numbers import Quantity
    from pipeline.zh.tokenize import Tokenizer

#: Engine name → "module:Class". The class is constructed as Class(deps, **options).
ENGINES: dict[str, str] = {
    "gloss": "pipeline.engines.gloss:GlossEngine",
    "identity": "pipeline.engines.base:IdentityEngine",
    "openai": "pipeline.engines.openai:OpenAIEngine",
    "ctranslate2": "pipeline.engines.ct2:CT2Engine",
}


@dataclass(frozen=True, slots=True)
class Request:
    """One segment to translate, with what the engine needs to get it right."""

    id: str
    zh: str
    terms: tuple[TermHit, ...] = ()
    tokens: tuple[tuple[int, int], ...] = ()
    kind: str = "body"
    before: str = ""  # the preceding segment's Chinese, for context
    after: str = ""
    hint: str = ""  # on a re-ask: what the previous answer left out (engines may use it)
    speaker: str | None = None  # who speaks, when the clean stage found a speaker label
    # find_quantities(zh), found once by the translate stage for the engine and the number
    # check (None: not looked for; whoever needs them finds them)
    quantities: tuple[Quantity, ...] | None = None
    # people and places with their English, found once by the translate stage for the engine
    # and the name check (None: not looked for)
    names: tuple[Name, ...] | None = None
    # similar sentences translated before (translation memory, best first): (zh, en) pairs an
    # engine may follow (the openai engine shows them as examples)
    examples: tuple[tuple[str, str], ...] = ()
    # the heading of the section the segment stands in, when that heading sets a time (a
    # review, a plan: pipeline.zh.tense.section_time); the gloss engine's English tense
    section: str = ""


@dataclass(frozen=True, slots=True)
class Translation:
    en: str
    engine: str
    gloss: tuple[tuple[str, str], ...] = ()
    qa: tuple[str, ...] = ()
    error: str = ""  # non-empty: this segment failed (why); a wrapper falls back to gloss


class Engine(Protocol):
    """Optional attributes the wrappers look for: `cache_id` (str: what produced the
    answers, for the translation cache; empty = never cache), `accepts_hint` (bool:
    a re-ask with `Request.hint` can change the answer), `reports_progress` (bool:
    the engine ticks `EngineDeps.monitor` itself)."""

    name: str

    def translate(self, requests: Sequence[Request]) -> list[Translation]: ...


@dataclass(frozen=True)
class EngineDeps:
    """What an engine is built from: the run's tokenizer (glossary terms kept whole), its
    lexicon, and the progress monitor that engines reporting progress themselves tick."""

    tokenizer: Tokenizer
    lexicon: Lexicon
    monitor: Monitor | None = None

    @classmethod
    def offline(cls) -> EngineDeps:
        """For an engine used outside a run: a tokenizer without glossary terms, no monitor."""
        from pipeline.zh.lexicon import load_lexicon
        from pipeline.zh.tokenize import Tokenizer

        tokenizer = Tokenizer(())
        return cls(tokenizer, load_lexicon(tokenizer))


def load_engine(name: str, deps: EngineDeps, **options: object) -> Engine:
    """Construct the engine called `name` (a table name or "module:Class") from `deps`
    and its options (`--model`, `--base-url`, `--jobs` …)."""
    target = ENGINES.get(name, name if ":" in name else "")
    if not target:
        raise EngineError(f"unknown engine {name!r}; choose one of: {', '.join(ENGINES)}")
    module_name, _, cls_name = target.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ImportError as e:
        raise EngineError(f"engine {name!r} is not available: {e}") from None
    cls = getattr(module, cls_name, None)
    if cls is None:
        raise EngineError(f"engine {name!r}: {module_name} has no {cls_name}")
    return cls(deps, **options)  # type: ignore[no-any-return]
