"""English word forms the reordering rules need: the -ing form of a verb after a preposition
("in improving", "with carrying out") and an article before a noun phrase moved ahead of an
of-phrase ("the bottom-line task of ..."), and a verb's tenses and persons (lemminflect's
table, irregular verbs included)."""

from __future__ import annotations

import gzip
import importlib.util
import re
from functools import lru_cache
from pathlib import Path

from pipeline.errors import EngineError
from pipeline.fileio import cached, files_version

#: One-syllable verbs ending consonant-vowel-consonant double the consonant (plan → planning);
#: w, x and y never double (Quirk et al., A Comprehensive Grammar, 3.68).
_DOUBLES = re.compile(r"^[^aeiou]*[aeiou][bdgklmnprtv]$")
#: Verbs ending in -e that keep it (see → seeing, agree → agreeing).
_KEEP_E = ("ee", "ye", "oe")
#: Words that are no verb's base form, though a verb's unit may open with them.
#: Verbs ending in -ly, no adverbs (rely on, apply).
_LY_VERBS = frozenset({"rely", "apply", "supply", "comply", "reply", "multiply", "imply", "fly", "ally",
                       "rally", "tally", "bully"})
_NOT_BASE = frozenset({"the", "a", "an", "and", "or", "be", "not", "no", "all", "more", "further"})


def ing(word: str) -> str:
    """The -ing form of a verb's base form (advance → advancing, plan → planning)."""
    if word.endswith("ing") or not word.isalpha() or not word.islower():
        return word
    if word.endswith("ie"):
        return word[:-2] + "ying"
    if word.endswith("e") and not word.endswith(_KEEP_E) and len(word) > 2:
        return word[:-1] + "ing"
    if _DOUBLES.match(word) and not word.endswith(("w", "x", "y")):
        return word + word[-1] + "ing"
    return word + "ing"


def gerund(en: str) -> str:
    """A verb phrase's English in the -ing form: its first word, and the first word after
    each " and " of a short coordination (learn from and apply → learning from and applying)."""
    words = en.split(" ")
    adverb = words[0].endswith("ly") and words[0] not in _LY_VERBS
    first = 1 if len(words) > 1 and adverb else 0  # fully implement
    if words[first] in _NOT_BASE or not words[first].isalpha():
        return en
    words[first] = ing(words[first])
    if len(words) <= 5:
        for k in range(1, len(words) - 1):
            if words[k] == "and" and words[k + 1] not in _NOT_BASE:
                words[k + 1] = ing(words[k + 1])
    return " ".join(words)


def with_article(en: str) -> str:
    """'the' before a common noun phrase that has no determiner (task → the task)."""
    first = en.split(" ", 1)[0]
    if not first or not first[:1].islower() or first in ("the", "a", "an", "this", "these", "its", "their",
                                                          "our", "all", "each", "every", "one"):
        return en
    return "the " + en


#: Words the table has as verbs' base forms that open no verb phrase in the units'
#: English (particles and prepositions: 增长 "up 3%", 超过 "over 4%"; the copula's forms are
#: left as they are).
_NO_PREDICATE = frozenset({"up", "down", "over", "out", "off", "in", "on", "be", "is", "are", "was", "were",
                           "as", "to", "for", "with", "by", "at", "from", "near", "about", "round", "further",
                           "more", "less", "no", "not", "all", "than", "like", "and", "or", "but", "even"})
#: Past forms that are also the base form of a rarer verb (fell: the past of fall, the rules'
#: "fell by" of 下降, not "to fell" a tree): a predicate already in its form, never re-inflected
#: ("felled by 8.1 percent").
_PAST_FIRST = frozenset({"fell"})
#: Penn Treebank tags: past tense, 3rd person singular present, past participle.
PAST, THIRD, PARTICIPLE = "VBD", "VBZ", "VBN"


#: lemminflect's inflection table (from the SPECIALIST Lexicon; MIT): one line a lemma and
#: word class, `lemma,verb,VBD,VBN,VBG,VBZ` (an empty VBN: the same as VBD). Read from the
#: installed package's resources without importing it: its package imports numpy for the
#: neural model of unknown words, which the gloss engine does not use (a text run imports no
#: numpy: tests/ocr/test_order.py).
TABLE = ("resources", "infl_lu.csv.gz")
_TAGS = {PAST: 0, PARTICIPLE: 1, THIRD: 3}


@lru_cache(maxsize=1)
def verb_table() -> dict[str, tuple[str, str, str, str]]:
    """Each English verb's base form → its past, past participle, -ing and 3rd-person forms
    (read from lemminflect's file once, then from the cache folder: 0.1 s a run less)."""
    path = table_path()
    table: dict[str, tuple[str, str, str, str]] = cached(f"verbs-{files_version([path])}.marshal",
                                                         lambda: _read_table(path))
    return table


def table_path() -> Path:
    """Where lemminflect's table is installed (the package found, not imported)."""
    spec = importlib.util.find_spec("lemminflect")
    if spec is None or not spec.submodule_search_locations:
        raise EngineError("lemminflect is not installed: pip install lemminflect (a dependency of pipeline)")
    return Path(next(iter(spec.submodule_search_locations))).joinpath(*TABLE)


def _read_table(path: Path) -> dict[str, tuple[str, str, str, str]]:
    table: dict[str, tuple[str, str, str, str]] = {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            lemma, kind, *forms = line.rstrip("\n").split(",")
            if kind == "verb" and len(forms) == 4:
                past, participle, ing_form, third = (form.split("/", 1)[0] for form in forms)
                table[lemma] = (past, participle or past, ing_form, third)
    return table


@lru_cache(maxsize=1)
def verb_forms_seen() -> frozenset[str]:
    """Every inflected form in the table (said, rose, targeting)."""
    return frozenset(form for forms in verb_table().values() for form in forms)


@lru_cache(maxsize=8192)
def verb_form(word: str, tag: str) -> str | None:
    """`word`, a verb's base form, in the form of Penn tag `tag` (strengthen → strengthened,
    keep → kept, go → goes; lemminflect's table, irregular verbs included); None when `word`
    is no verb's base form there (said, advancing, development)."""
    if word in _NO_PREDICATE or word in _PAST_FIRST or not word.isalpha() or not word.islower():
        return None
    forms = verb_table().get(word)
    return forms[_TAGS[tag]] or None if forms else None


@lru_cache(maxsize=4096)
def is_verb_form(word: str) -> bool:
    """Whether `word` is an inflected form of a verb and no verb's base form (said,
    targeting, rose): a predicate already in its form."""
    if not word.isalpha() or not word.islower() or word in _NO_PREDICATE:
        return False
    return word in _PAST_FIRST or (word in verb_forms_seen() and word not in verb_table())


@lru_cache(maxsize=16384)
def head_verb(en: str) -> str:
    """The word of a verb phrase's English that takes its tense: the first, or the second
    after an -ly adverb (conscientiously implement); "" when that is no verb's base form."""
    words = en.split(" ", 2)
    k = 1 if len(words) > 1 and words[0].endswith("ly") and words[0] not in _LY_VERBS else 0
    return words[k] if verb_form(words[k], PAST) is not None else ""


@lru_cache(maxsize=16384)
def inflected(en: str, tag: str) -> str:
    """A verb phrase's English with its verb in the form `tag` (give full play to → gave full
    play to, conscientiously implement → conscientiously implemented), unchanged when it
    opens with no verb's base form (memoised: a report puts the same verbs in the same form)."""
    verb = head_verb(en)
    if not verb:
        return en
    words = en.split(" ")
    k = words.index(verb)
    words[k] = verb_form(verb, tag) or verb
    return " ".join(words)


#: Adverbs whose adjective is not the adverb less -ly (or -ily → -y).
_ADJECTIVES = {"basically": "basic", "fully": "full", "truly": "true", "wholly": "whole",
               "publicly": "public", "duly": "due"}


def adjective(adverb: str) -> str:
    """The adjective of an -ly adverb (steadily → steady, effectively → effective), for the
    complement of a copula ("remained steady", not "keep steadily")."""
    if adverb in _ADJECTIVES:
        return _ADJECTIVES[adverb]
    if adverb.endswith("ily"):
        return adverb[:-3] + "y"
    if adverb.endswith(("ably", "ibly")):
        return adverb[:-1] + "e"
    if adverb.endswith("ally") and len(adverb) > 6:
        return adverb[:-2]
    return adverb[:-2]
