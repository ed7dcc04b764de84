"""A zh → English content-word lexicon from CC-CEDICT, for lexical overlap scores.

The dictionary is the gloss engine's index (`pipeline.zh.cedict.shared()`: one parser, one
disk cache); a headword's English stems are computed from its senses on first lookup.

Stems are crude on purpose (lowercase, a few suffixes off, cut to 5 letters) so that
"economy", "economic" and "economies" meet; the same `stem` is applied to both sides.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from pipeline.zh.chars import HAN

if TYPE_CHECKING:
    from pipeline.zh.cedict import Cedict

#: English function words and gloss boilerplate left out of both sides (a short list after
#: the NLTK English stopword list, plus CEDICT's gloss words "sb", "sth", "etc", "used").
STOPWORDS = frozenset(["a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "into", "onto", "over", "under", "about", "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "done", "have", "has", "had", "having", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "not", "no", "nor", "so", "too", "very", "than", "then", "there", "here", "this", "that", "these", "those", "it", "its", "it's", "he", "she", "they", "them", "their", "his", "her", "we", "our", "us", "you", "your", "i", "me", "my", "who", "whom", "whose", "which", "what", "when", "where", "why", "how", "all", "any", "both", "each", "few", "more", "most", "other", "some", "such", "only", "own", "same", "just", "also", "up", "down", "out", "off", "again", "further", "once", "one", "ones", "sb", "sth", "etc", "used", "esp", "e.g", "i.e", "abbr", "fig", "lit", "kind", "sort", "way", "thing", "person", "people's", "make", "makes", "made", "get", "gets", "got", "give", "gives", "take", "takes", "well", "much", "many", "per", "via"])

#: Gloss patterns that carry no translation ("CL:個|个[ge4]", "variant of 好[hao3]", ...).
_SKIP_GLOSS = re.compile(r"^(CL:|variant of|old variant|see |surname |also written|abbr\. for|"
                         r"used in |erhua variant|Japanese variant|pr\. )")
_PAREN = re.compile(rf"\([^)]*\)|\[[^\]]*\]|[{HAN}|]+")
_WORD = re.compile(r"[a-z]+")
_SUFFIXES = ("ies", "ied", "ing", "ed", "es", "ly", "s")
#: Characters (and one-character words) too frequent or vague to count as evidence.
_MIN_ZH_LEN = 2
STEM_LEN = 5


def stem(word: str) -> str:
    """Crude English stem: lowercase, a common suffix off, cut to STEM_LEN letters."""
    w = word.lower()
    for suf in _SUFFIXES:
        if len(w) > len(suf) + 3 and w.endswith(suf):
            w = w[: -len(suf)]
            break
    return w[:STEM_LEN]


def english_stems(text: str) -> frozenset[str]:
    """Content-word stems of an English text."""
    return frozenset(stem(w) for w in _WORD.findall(text.lower().replace("'s", ""))
                     if w not in STOPWORDS and len(w) > 1)


def gloss_stems(definitions: Iterable[str]) -> frozenset[str]:
    """Content-word stems of a CEDICT entry's definitions."""
    out: set[str] = set()
    for d in definitions:
        if _SKIP_GLOSS.match(d):
            continue
        out |= english_stems(_PAREN.sub(" ", d))
    return frozenset(out)


class Glosses:
    """Simplified headword → English stems of its CC-CEDICT senses (every reading), for
    headwords of 2+ characters whose senses have any; computed on first lookup."""

    def __init__(self, index: Cedict) -> None:
        self.index = index
        self._stems: dict[str, frozenset[str]] = {}

    def get(self, word: str) -> frozenset[str]:
        got = self._stems.get(word)
        if got is None:
            got = frozenset()
            if len(word) >= _MIN_ZH_LEN and word in self.index:
                got = gloss_stems(s for r in self.index.readings(word) for s in r.senses)
            self._stems[word] = got
        return got

    def __contains__(self, word: str) -> bool:
        return bool(self.get(word))

    def __getitem__(self, word: str) -> frozenset[str]:
        got = self.get(word)
        if not got:
            raise KeyError(word)
        return got


@lru_cache(maxsize=1)
def lexicon() -> Glosses:
    """The lexicon over the process's shared CC-CEDICT index (loaded from its disk cache)."""
    from pipeline.zh.cedict import shared

    return Glosses(shared())


def zh_words(tokens: Sequence[str], table: Glosses) -> list[frozenset[str]]:
    """English stems of each content word of a Chinese unit: its segmenter tokens found in
    CEDICT, and for tokens that are not, the longest CEDICT words inside them."""
    out: list[frozenset[str]] = []
    for tok in tokens:
        if tok in table:
            out.append(table[tok])
            continue
        i = 0
        while i < len(tok) - 1:
            for n in (4, 3, 2):
                if tok[i:i + n] in table and len(tok[i:i + n]) == n:
                    out.append(table[tok[i:i + n]])
                    i += n
                    break
            else:
                i += 1
    return out
