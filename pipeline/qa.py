"""What an English text must hold of its Chinese, and the qa flags for what it leaves out.

One owner for the checks the engines' verification (`pipeline.engines.verify`) and the
check stage (`pipeline.stages.check`) both make, so a miss is found and worded alike
wherever it is found. A flag reads "<prefix>: <Chinese> → <English>"; the writers group
flags by the prefix (`pipeline.formats.common`) and the translate stage counts them.

Imports only the data model and the Chinese-language layer: engines, stages and writers
import this module, never the other way round.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from pipeline.model import Segment, TermHit
from pipeline.zh.numbers import missing_numbers

if TYPE_CHECKING:
    from pipeline.zh.names import Name
    from pipeline.zh.numbers import Quantity

#: qa flag prefixes. `term-missing`: a required glossary rendering is not in the English;
#: `number-missing`: a number of the Chinese is not stated; `name-missing`: a person's or
#: place's rendering is not in the English; `fallback`: the engine failed and gloss answered.
TERM_MISSING = "term-missing"
NUMBER_MISSING = "number-missing"
NAME_MISSING = "name-missing"
FALLBACK = "fallback"


def term_flags(terms: Sequence[TermHit], en: str) -> list[str]:
    """One flag per glossary rendering `en` does not hold; case-insensitive, so a
    title-cased heading still holds it."""
    low = en.casefold()
    return _unique(f"{TERM_MISSING}: {t.zh} → {t.en}"
                   for t in terms if t.en.casefold() not in low)


def number_flags(zh: str, en: str, quantities: Sequence[Quantity] | None,
                 terms: Sequence[TermHit] = ()) -> list[str]:
    """One flag per number of `zh` that `en` does not state (`quantities`: find_quantities(zh)
    when the caller has them). A number inside a glossary term (国家4A级景区) is left to the
    term's rendering ("national AAAA tourist attraction")."""
    return _unique(_number_flag(q) for q in missing_numbers(zh, en, quantities)
                   if not inside_term(q.start, q.end, terms))


def name_flags(names: Sequence[Name], en: str, terms: Sequence[TermHit] = ()) -> list[str]:
    """One flag per person or place whose rendering `en` does not hold (case-insensitive,
    as terms)."""
    low = en.casefold()
    return _unique(f"{NAME_MISSING}: {n.zh} → {n.en}"
                   for n in required_names(names, terms) if n.en.casefold() not in low)


def missing(zh: str, en: str, terms: Sequence[TermHit] = (),
            quantities: Sequence[Quantity] | None = None,
            names: Sequence[Name] | None = None) -> list[str]:
    """Every flag for `en` as the English of `zh`: terms, then numbers, then names.
    `names` None: not looked for, so not checked (names cannot be found here)."""
    return [*term_flags(terms, en), *number_flags(zh, en, quantities, terms),
            *name_flags(names or (), en, terms)]


def required_names(names: Sequence[Name], terms: Sequence[TermHit]) -> list[Name]:
    """The names an English text must hold: all but those inside a glossary term's span,
    where the term's rendering decides (王俊强同志 as a term → its own rendering)."""
    return [n for n in names if not inside_term(n.start, n.end, terms)]


def inside_term(start: int, end: int, terms: Sequence[TermHit]) -> bool:
    """Whether [start, end) of the Chinese lies within one of `terms`."""
    return any(t.start <= start and end <= t.end for t in terms)


def _number_flag(q: Quantity) -> str:
    """"number-missing: 72% → 72%"; the Chinese alone when it has no rendering of its own."""
    return f"{NUMBER_MISSING}: {q.text} → {q.en}" if q.en else f"{NUMBER_MISSING}: {q.text}"


def _unique(flags: Iterable[str]) -> list[str]:
    """The flags in order, each once (a term or name may occur twice in a sentence)."""
    return list(dict.fromkeys(flags))


def check_segment(s: Segment) -> Segment:
    """`s` with a flag for each glossary rendering its English lacks and no flag says yet
    (the engines' verification may have flagged it already)."""
    if s.en is None:
        return s
    flags = tuple(f for f in term_flags(s.terms, s.en) if f not in s.qa)
    return replace(s, qa=s.qa + flags) if flags else s
