"""English word formation the noun-phrase rules need: the noun of a verb (improve →
improvement, protect → protection, coordinate → coordination, reform → reform) and of an
adjective (fair → fairness, stable → stability), and the adjective of a noun (system →
systemic), by the suffixes of English word formation (Quirk et al., A Comprehensive Grammar,
Appendix I.34-I.42: -ation, -ment, -ion, -al, -ance; -ness, -ity, -ency; -al, -ic), every
candidate checked against the word classes of lemminflect's table (the SPECIALIST Lexicon of
the US National Library of Medicine: 22.9k nouns, 8.5k adjectives, 6.7k verbs). A word whose
noun no suffix makes is in a table below, with where its form is from."""

from __future__ import annotations

import gzip
from functools import lru_cache
from pathlib import Path

from pipeline.engines.gloss.order.english import ing, table_path
from pipeline.fileio import cached, files_version

#: Word classes in lemminflect's table, as bits of one number a word; MASS: a noun whose
#: only form is its lemma (fairness, health: no plural).
NOUN, VERB, ADJ, ADV, MASS = 1, 2, 4, 8, 16
_CLASSES = {"noun": NOUN, "verb": VERB, "adj": ADJ, "adv": ADV}

#: Verbs whose noun no suffix rule below makes, or makes wrong (Merriam-Webster's entries;
#: GWR English: 领导 "leadership", 指导 "guidance", 治理 "governance", 建设 "building").
VERB_NOUNS = {
    "grow": "growth", "build": "building", "lead": "leadership", "guide": "guidance", "serve": "service",
    "open": "opening", "implement": "implementation", "maintain": "maintenance", "pursue": "pursuit",
    "choose": "choice", "succeed": "success", "lose": "loss", "sell": "sale", "govern": "governance",
    "inform": "informing", "ensure": "ensuring", "benefit": "benefit", "deliver": "delivery",
    "recover": "recovery", "discover": "discovery", "analyse": "analysis", "analyze": "analysis",
    "emphasize": "emphasis", "bear": "bearing", "strive": "striving", "die": "death", "live": "life",
    "speak": "speech", "weigh": "weight", "fly": "flight", "think": "thought", "prove": "proof",
    "believe": "belief", "defend": "defense", "offend": "offense", "respond": "response",
    "transform": "transformation", "preserve": "preservation", "judge": "judgment", "conserve": "conservation",
}
#: Verb endings with their own noun ending, tried before the verb itself as a noun
#: (coordinate → coordination, not "coordinate"; reduce → reduction).
VERB_ENDINGS = (("ate", "ation"), ("ize", "ization"), ("ise", "isation"), ("ify", "ification"),
                ("duce", "duction"), ("sume", "sumption"), ("pand", "pansion"), ("vide", "vision"),
                ("tend", "tension"), ("cide", "cision"), ("clude", "clusion"), ("ceive", "ception"),
                ("scribe", "scription"), ("solve", "solution"), ("mit", "mitment"), ("mit", "mission"))
#: Suffixes tried after the verb itself as a noun (reform, support, increase): (letters cut
#: from the verb's end, suffix added).
VERB_SUFFIXES = ((0, "ment"), (0, "ion"), (1, "ion"), (0, "ation"), (1, "ation"), (1, "al"), (0, "ance"),
                 (0, "ence"), (1, "ure"), (1, "ication"))
#: Adjectives whose noun no suffix rule makes (Merriam-Webster's entries).
ADJ_NOUNS = {"safe": "safety", "strong": "strength", "healthy": "health", "just": "justice", "true": "truth",
             "free": "freedom", "wise": "wisdom", "poor": "poverty", "harmonious": "harmony", "long": "length",
             "deep": "depth", "wide": "width", "warm": "warmth", "able": "ability", "high": "height",
             "broad": "breadth", "inclusive": "inclusiveness", "open": "openness", "green": "greenness",
             "sustainable": "sustainability", "unstable": "instability", "uncertain": "uncertainty"}
#: Adjective endings with their own noun endings (stable → stability, efficient → efficiency).
ADJ_ENDINGS = (("ble", "bility"), ("ent", "ency"), ("ent", "ence"), ("ant", "ance"), ("ant", "ancy"),
               ("ous", "ity"), ("ous", "osity"), ("al", "ality"), ("ive", "ivity"), ("ic", "icity"),
               ("ure", "urity"), ("y", "iness"), ("ar", "arity"))
#: ... and then plain suffixes (fair → fairness, equal → equality, secure → security).
ADJ_SUFFIXES = ((0, "ness"), (0, "ity"), (1, "ity"))
#: Noun endings that make the adjective of a noun (system → systemic, structure → structural,
#: strategy → strategic).
NOUN_ADJ_ENDINGS = ((0, "ic"), (0, "al"), (1, "al"), (1, "ic"), (0, "ical"), (1, "ical"), (0, "ary"))


@lru_cache(maxsize=1)
def classes() -> dict[str, int]:
    """Each lemma of lemminflect's table → its word classes (NOUN | VERB | ADJ | ADV); read
    once, then from the cache folder."""
    path = table_path()
    table: dict[str, int] = cached(f"classes2-{files_version([path])}.marshal", lambda: _read(path))
    return table


def _read(path: Path) -> dict[str, int]:
    out: dict[str, int] = {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            lemma, kind, forms = line.rstrip("\n").split(",", 2)
            if lemma.islower():
                mass = MASS if kind == "noun" and forms == lemma else 0
                out[lemma] = out.get(lemma, 0) | _CLASSES.get(kind, 0) | mass
    return out


def is_(word: str, kind: int) -> bool:
    return bool(classes().get(word, 0) & kind)


@lru_cache(maxsize=8192)
def noun_of_verb(verb: str) -> str:
    """The noun of an English verb (improve → improvement, protect → protection, reform →
    reform, strengthen → strengthening); a phrase's first word (carry out → carrying out);
    "" when `verb` is no verb's base form."""
    first, _, rest = verb.partition(" ")
    if not first.isalpha() or not first.islower() or not is_(first, VERB):
        return ""
    noun = VERB_NOUNS.get(first) or _derived(first, VERB_ENDINGS, ()) or (
        first if is_(first, NOUN) else _derived(first, (), VERB_SUFFIXES))
    if rest:  # pass on → passing on: the verb's noun would not take the particle
        noun = ""
    if not noun:
        noun = ing(first)
    return f"{noun} {rest}" if rest else noun


@lru_cache(maxsize=8192)
def noun_of_adjective(adjective: str) -> str:
    """The noun of an English adjective (fair → fairness, stable → stability, balanced →
    balance, coordinated → coordination); "" when none is known."""
    if not adjective.isalpha() or not adjective.islower():
        return ""
    if adjective in ADJ_NOUNS:
        return ADJ_NOUNS[adjective]
    if adjective.endswith("ed"):  # a participle
        for stem in (adjective[:-1], adjective[:-2]):
            if is_(stem, VERB):
                return noun_of_verb(stem)
    if not is_(adjective, ADJ):
        return ""
    return _derived(adjective, ADJ_ENDINGS, ADJ_SUFFIXES)


@lru_cache(maxsize=8192)
def adjective_of_noun(noun: str) -> str:
    """The adjective of an English noun (system → systemic, structure → structural); the
    word itself when it is an adjective already; "" when none is known."""
    if not noun.isalpha() or not noun.islower():
        return ""
    if is_(noun, ADJ):
        return noun
    return _derived(noun, (), NOUN_ADJ_ENDINGS, ADJ)


def _derived(word: str, endings: tuple[tuple[str, str], ...], suffixes: tuple[tuple[int, str], ...],
             kind: int = NOUN) -> str:
    """The first candidate of `word` with one of `endings` replaced, or a suffix added,
    that the table has as a `kind`."""
    for end, new in endings:
        if word.endswith(end) and is_(cand := word[: len(word) - len(end)] + new, kind):
            return cand
    for cut, suffix in suffixes:
        stem = word[: len(word) - cut] if cut else word
        if cut and not word.endswith("y" if suffix in ("ication", "iness", "ic", "ical") else "e"):
            continue  # only a final e, or y before -ication (promote → promotion, apply → application)
        if is_(cand := stem + suffix, kind) and cand != word:
            return cand
    return ""
