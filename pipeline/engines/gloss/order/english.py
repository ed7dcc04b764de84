"""English word forms the reordering rules need: the -ing form of a verb after a preposition
("in improving", "with carrying out") and an article before a noun phrase moved ahead of an
of-phrase ("the bottom-line task of ...")."""

from __future__ import annotations

import re

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
