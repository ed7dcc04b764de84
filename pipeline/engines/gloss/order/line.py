"""One sentence's units as the reordering rules see them: moved and re-rendered in place,
each remembering where it stood in the cut, so that the gloss keeps the Chinese order while
the English follows the rules' order."""

from __future__ import annotations

from functools import lru_cache
from itertools import compress
from typing import TypeVar

from pipeline.engines.gloss.units import Unit
from pipeline.zh.lexicon import VERB_TAGS, Lexicon

#: Marks that end a clause (a list's 、 and quotes do not).
CLAUSE_MARKS = frozenset("，。；：！？,.;:!?")
#: Marks inside a clause that a phrase may run across: the list comma and quotes.
INNER_MARKS = frozenset("、“”‘’《》\"'")
#: jieba tags of words a noun phrase is made of (jieba dict.txt tag set, after ICTCLAS).
NOUN_TAGS = frozenset({"n", "vn", "an", "ng", "nz", "nt", "j", "s", "b", "l", "ns", "nr", "nrt",
                       "nrfg", "f", "t", "m", "q", "a", "i"})
#: Unit kinds that stand as nouns whatever their words (claims: terms, figures, names).
NOUN_KINDS = frozenset({"term", "num", "place", "person", "latin"})
#: Words that join the nouns of a list or of a coordinated noun phrase (中国和世界, 党和国家).
NOUN_JOINERS = frozenset({"、", "和", "与", "及"})
#: Unit kinds that are one named thing whole: a glossary term, a place, a person.
NAMED_KINDS = frozenset({"term", "place", "person"})
OPENING_QUOTES = frozenset("“‘《「")
CLOSING_QUOTES = frozenset("”’》」")
ADDED = -1
T = TypeVar("T")  # origin of a unit a rule added (a subject, "of"): no Chinese of its own


class Line:
    """The units of one sentence, in English order as the rules move them."""

    def __init__(self, units: list[Unit], lex: Lexicon) -> None:
        self.units = units
        self.origin: list[int] = []  # filled at the first move: most sentences have none
        self.lex = lex
        self._pos = lex.pos  # (tag asks it of most units, many times)
        self._words: dict[str, list[int]] | None = None  # `find`'s index, made when first asked

    def __len__(self) -> int:
        return len(self.units)

    def find(self, words: frozenset[str] | set[str] | dict[str, str]) -> list[int]:
        """Indices of the word units that are one of `words`, last first: a rule that works
        through them from the end moves nothing it has still to visit. (The word units'
        indices by their Chinese are gathered once until a unit moves, is added or split:
        a sentence is asked ~5 times, most words are none of `words`, and the words asked
        for found by one set intersection in C.)"""
        index = self._words
        if index is None:
            index = self._words = _index(self.units)
        hits = index.keys() & (words.keys() if isinstance(words, dict) else words)
        if not hits:
            return []
        if len(hits) == 1:
            return index[hits.pop()][::-1]
        return sorted([k for w in hits for k in index[w]], reverse=True)

    def zh(self, k: int) -> str:
        return self.units[k].zh

    def tag(self, k: int) -> str:
        """Part of speech of unit k: the domain lexicon's or jieba's dictionary tag for a
        word, "n" for claimed nouns, "w" for marks."""
        u = self.units[k]
        if u.kind == "word":
            return u.pos or self._pos(u.zh)
        if u.kind in NOUN_KINDS:
            return "n"
        return "w" if u.kind == "punct" else u.kind

    def is_verb(self, k: int) -> bool:
        u = self.units[k]  # (a word's tag inline: asked ~47k times over the news corpus)
        return u.kind == "word" and (u.pos or self._pos(u.zh)) in VERB_TAGS

    def is_noun(self, k: int) -> bool:
        u = self.units[k]
        return u.kind in NOUN_KINDS or (u.kind == "word" and (u.pos or self._pos(u.zh)) in NOUN_TAGS)

    def is_mark(self, k: int) -> bool:
        return self.units[k].kind == "punct"

    def ends_clause(self, k: int) -> bool:
        u = self.units[k]
        return u.kind == "punct" and u.zh in CLAUSE_MARKS

    def next(self, k: int) -> int | None:
        """The nearest unit after k that is not a space."""
        units, j = self.units, k + 1  # (most often the very next: Chinese text has few spaces, and a
        while j < len(units):  # while loop makes no range: twice as fast, asked ~45k times a corpus)
            if units[j].kind != "space":
                return j
            j += 1
        return None

    def prev(self, k: int) -> int | None:
        units, j = self.units, k - 1
        while j >= 0:
            if units[j].kind != "space":
                return j
            j -= 1
        return None

    def clause_end(self, k: int) -> int:
        """Index of the mark that ends the clause holding k (len if none)."""
        units = self.units  # (ends_clause inline: the rules ask this of every unit)
        for j in range(k, len(units)):
            if units[j].kind == "punct" and units[j].zh in CLAUSE_MARKS:
                return j
        return len(units)

    def clause_start(self, k: int) -> int:
        """Index of the first unit of the clause holding k."""
        units = self.units
        for j in range(k - 1, -1, -1):
            if units[j].kind == "punct" and units[j].zh in CLAUSE_MARKS:
                return j + 1
        return 0

    def quoted(self, k: int) -> bool:
        """Whether unit k stands inside a quotation (more quotes opened than closed before it)."""
        depth = 0
        for u in self.units[self.clause_start(k):k]:
            if u.kind == "punct":
                depth += (u.zh in OPENING_QUOTES) - (u.zh in CLOSING_QUOTES)
        return depth > 0

    def set_en(self, k: int, en: str, pos: str | None = None) -> None:
        """Unit k's English (and the part of speech it now has: a verb read as a noun)."""
        u = self.units[k]
        if u.en != en or (pos is not None and pos != u.pos):
            self.units[k] = rendered(u.zh, en, u.kind, u.pinyin, u.pos if pos is None else pos)

    def add(self, k: int, en: str) -> None:
        """A unit of English only (a subject, "of") inserted before unit k."""
        self.track()
        self._words = None
        self.units.insert(k, Unit("", en, "word"))
        self.origin.insert(k, ADDED)

    def split(self, k: int, parts: list[Unit]) -> None:
        """Unit k replaced by `parts` (its characters cut finer), each where k stood in the cut."""
        self.track()
        self._words = None
        self.units[k:k + 1] = parts
        self.origin[k:k + 1] = [self.origin[k]] * len(parts)

    def move(self, a: int, b: int, to: int) -> None:
        """Move units[a:b] so that they stand before the unit now at `to` (to <= a or to >= b)."""
        if a <= to <= b:
            return
        self.track()
        self._words = None
        self.units = _moved(self.units, a, b, to)
        self.origin = _moved(self.origin, a, b, to)

    def track(self) -> None:
        """Start recording where each unit stood (before the first move)."""
        if not self.origin:
            self.origin = list(range(len(self.units)))

    def cut_order(self) -> list[Unit]:
        """The units in the order of the cut, without those the rules added (for the gloss)."""
        if not self.origin:
            return self.units  # nothing moved
        origin, units = self.origin, self.units
        kept = compress(range(len(units)), map(ADDED.__ne__, origin))
        return [units[k] for k in sorted(kept, key=origin.__getitem__)]


def _index(units: list[Unit]) -> dict[str, list[int]]:
    """The indices of the word units by their Chinese, in order."""
    index: dict[str, list[int]] = {}
    for k, u in enumerate(units):
        if u.kind == "word":
            got = index.get(u.zh)
            if got is None:
                index[u.zh] = [k]
            else:
                got.append(k)
    return index


def _moved(seq: list[T], a: int, b: int, to: int) -> list[T]:
    """seq with seq[a:b] moved before the item now at `to`."""
    if to < a:
        return seq[:to] + seq[a:b] + seq[to:a] + seq[b:]
    return seq[:a] + seq[b:to] + seq[a:b] + seq[to:]


@lru_cache(maxsize=32768)
def rendered(zh: str, en: str, kind: str, pinyin: bool, pos: str) -> Unit:
    """The unit of these fields, made once: the rules give the same words the same English
    ("of", "we", a verb's past form) sentence after sentence, and units are immutable."""
    return Unit(zh, en, kind, pinyin, pos)
