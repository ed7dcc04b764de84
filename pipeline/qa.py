"""What an English text must hold of its Chinese, and the qa flags for what it leaves out.

One owner for the checks the engines' verification (`pipeline.engines.verify`) and the
check stage (`pipeline.stages.check`) both make, so a miss is found and worded alike
wherever it is found. A flag reads "<prefix>: <Chinese> → <English>"; the writers group
flags by the prefix (`pipeline.formats.common`) and the translate stage counts them.

Imports only the data model and the Chinese-language layer: engines, stages and writers
import this module, never the other way round.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from pipeline.model import Segment, TermHit
from pipeline.zh.chars import HAN
from pipeline.zh.numbers import missing_numbers

if TYPE_CHECKING:
    from pipeline.zh.names import Name
    from pipeline.zh.numbers import Quantity

#: qa flag prefixes. `term-missing`: a required glossary rendering is not in the English;
#: `number-missing`: a number of the Chinese is not stated; `name-missing`: a person's or
#: place's rendering is not in the English; `fallback`: the engine failed and gloss answered;
#: `untranslated` / `length-ratio`: the engine's answer was not an English translation of the
#: segment (`answer_problem`), twice, and gloss answered.
TERM_MISSING = "term-missing"
NUMBER_MISSING = "number-missing"
NAME_MISSING = "name-missing"
FALLBACK = "fallback"
UNTRANSLATED = "untranslated"
LENGTH_RATIO = "length-ratio"
#: The flags a run counts in its summary line, in the order it prints them.
RUN_FLAGS = (TERM_MISSING, NUMBER_MISSING, NAME_MISSING, FALLBACK, UNTRANSLATED, LENGTH_RATIO)

#: An answer with more than this share of its letters Han is still Chinese, not English
#: (a translation keeps at most a name or term in characters, never a third of itself).
MAX_HAN_SHARE = 1 / 3
#: English characters per Han character of the source; the source's other characters
#: (digits, Latin letters, punctuation) count one each. Measured with this module's
#: `expected_length`: the aligned test set (tests/data/align/*.gold.tsv, 181 links with
#: both sides) gives 5.13 overall and a median of 5.06 per link; the gloss engine's English
#: for the sample page (input/xihe-interview.zh.txt, 73 segments) 5.27 overall, median 5.05.
EN_PER_HAN = 5.0
#: Okapi CheckMate's length check: a target over 200% or under 45% of the expected length
#: is flagged. On the aligned set these bounds around EN_PER_HAN flag 8 of 181 official
#: translations (speaker labels cut to the name, and three free expansions); on the gloss
#: English of the sample page, none.
LONGEST, SHORTEST = 2.0, 0.45
#: Segments with fewer Han characters are not length-checked: their ratio swings on one
#: word (专访 "Exclusive interview" is 9.5 characters per Han character).
MIN_HAN_FOR_LENGTH = 5

_HAN = re.compile(f"[{HAN}]")


def untranslated_flag(words: Iterable[str]) -> str:
    """The flag of the words an engine had no English for and kept in Chinese."""
    return f"{UNTRANSLATED}: {', '.join(words)}"


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


def untranslated(zh: str, en: str) -> str | None:
    """Why `en` is no English translation of `zh` (empty, the source itself, mostly Han
    characters), as an `untranslated` flag; None when it is English."""
    text = " ".join(en.split())
    if not text:
        return f"{UNTRANSLATED}: empty answer"
    if text == " ".join(zh.split()):
        return f"{UNTRANSLATED}: the answer is the Chinese source"
    letters = sum(c.isalpha() for c in text)
    han = len(_HAN.findall(text))
    if letters and han / letters > MAX_HAN_SHARE:
        return f"{UNTRANSLATED}: {han / letters:.0%} of the answer's letters are Chinese"
    return None


def expected_length(zh: str) -> float:
    """The length an English translation of `zh` is expected to have, in characters:
    EN_PER_HAN per Han character, one per other character (spaces aside)."""
    han = len(_HAN.findall(zh))
    other = len("".join(zh.split())) - han
    return EN_PER_HAN * han + other


def length_ratio(zh: str, en: str) -> str | None:
    """A `length-ratio` flag when `en` is far longer or shorter than a translation of `zh`
    is expected to be (CheckMate's bounds); None when it is in bounds or `zh` is short."""
    if len(_HAN.findall(zh)) < MIN_HAN_FOR_LENGTH:
        return None
    expected = expected_length(zh)
    got = len(" ".join(en.split()))
    if SHORTEST * expected <= got <= LONGEST * expected:
        return None
    return (f"{LENGTH_RATIO}: {got} characters where about {expected:.0f} were expected "
            f"({got / expected:.0%}; kept: {SHORTEST:.0%}–{LONGEST:.0%})")


def answer_problem(zh: str, en: str) -> str | None:
    """The first reason `en` cannot stand as the English of `zh` (untranslated, then length),
    as a qa flag; None when it can. Engines' answers are checked with it before they are
    kept or cached (the gloss engine, the fallback, is exempt)."""
    return untranslated(zh, en) or length_ratio(zh, en)


def check_segment(s: Segment) -> Segment:
    """`s` with a flag for each glossary rendering its English lacks and no flag says yet
    (the engines' verification may have flagged it already)."""
    if s.en is None:
        return s
    flags = tuple(f for f in term_flags(s.terms, s.en) if f not in s.qa)
    return replace(s, qa=s.qa + flags) if flags else s
