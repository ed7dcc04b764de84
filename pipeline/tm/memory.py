"""The memory: units from TMX/TSV files, looked up per segment.

A lookup gives at most one Match, the first that holds of:
  exact    the same Chinese, once widths and spaces are normalised (NFKC, no whitespace);
  numbers  the same Chinese but for its figures, the English's figures replaced and checked
           (pipeline.tm.numbers);
  fuzzy    the most similar unit (rapidfuzz's normalised Indel similarity of the normalised
           Chinese, 0–100) at FUZZY_MIN or above: shown, and given to an LLM as an example,
           never reused as it is.
Where two units share a Chinese, the first read wins (files in the order given).
"""

from __future__ import annotations

import hashlib
import math
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path

from pipeline.tm.numbers import skeleton, substitute
from pipeline.tm.read import Unit, read_units
from pipeline.zh.numbers import Quantity, find_quantities

#: The lowest fuzzy score shown or sent as an example (the usual CAT-tool threshold, issue 17).
FUZZY_MIN = 75.0
#: Fuzzy matches given to an LLM as examples, best first.
EXAMPLES = 3


@dataclass(frozen=True, slots=True)
class Match:
    unit: Unit
    kind: str  # exact | numbers | fuzzy
    score: float  # 0–100, one decimal
    en: str  # the English to use: the unit's, with the segment's figures for `numbers`
    examples: tuple[tuple[str, str], ...] = ()  # fuzzy: the EXAMPLES best units' (zh, en), best first

    @property
    def reusable(self) -> bool:
        return self.kind != "fuzzy"

    def record(self) -> dict[str, object]:
        """The JSONL `tm` field."""
        return {"file": self.unit.file, "line": self.unit.line, "score": self.score,
                "match": self.kind, "zh": self.unit.zh, "en": self.en}


def normalise(zh: str) -> str:
    return "".join(unicodedata.normalize("NFKC", zh).split())


class Memory:
    def __init__(self, units: Sequence[Unit]) -> None:
        self.units = tuple(units)
        self._exact: dict[str, Unit] = {}
        for u in self.units:
            self._exact.setdefault(normalise(u.zh), u)
        self._keys = sorted(self._exact, key=len)  # by length: fuzzy candidates are a window
        self._lengths = [len(k) for k in self._keys]
        self._quantities: dict[str, list[Quantity]] = {}

    def __len__(self) -> int:
        return len(self.units)

    @cached_property
    def digest(self) -> str:
        """What the memory holds, for signatures and cache keys."""
        h = hashlib.sha256()
        for u in self.units:
            h.update(f"{u.zh}\t{u.en}\n".encode())
        return h.hexdigest()[:16]

    @cached_property
    def _skeletons(self) -> dict[str, Unit]:
        """Numbers-only keys, built on the first lookup that needs them."""
        out: dict[str, Unit] = {}
        for key, u in self._exact.items():
            qs = self._quantities.setdefault(key, find_quantities(key))
            if qs:
                out.setdefault(skeleton(key, qs), u)
        return out

    def lookup(self, zh: str) -> Match | None:
        key = normalise(zh)
        unit = self._exact.get(key)
        if unit is not None:
            return Match(unit, "exact", 100.0, unit.en)
        found = self.numbers_match(key)
        if found is not None:
            return found
        similar = self.similar(key)
        if not similar:
            return None
        return replace(similar[0], examples=tuple((m.unit.zh, m.unit.en) for m in similar))

    def numbers_match(self, key: str) -> Match | None:
        new = find_quantities(key)
        if not new:
            return None
        unit = self._skeletons.get(skeleton(key, new))
        if unit is None:
            return None
        old_key = normalise(unit.zh)
        en = substitute(key, unit.en, self._quantities[old_key], new)
        return None if en is None else Match(unit, "numbers", _score(key, old_key), en)

    def similar(self, zh: str, limit: int = EXAMPLES) -> list[Match]:
        """The units most like `zh` (FUZZY_MIN or better), best first."""
        from rapidfuzz import fuzz, process

        key = normalise(zh)
        # fuzz.ratio = 2·LCS / (a + b) <= 2·min / (min + max): FUZZY_MIN/100 = r needs
        # min/max >= r / (2 - r) (0.6 at 75), so only keys of such lengths can match
        r = FUZZY_MIN / 100
        lo = bisect_left(self._lengths, math.ceil(len(key) * r / (2 - r)))
        hi = bisect_right(self._lengths, math.floor(len(key) * (2 - r) / r))
        found = process.extract(key, self._keys[lo:hi], scorer=fuzz.ratio, limit=limit,
                                score_cutoff=FUZZY_MIN)
        return [Match(self._exact[k], "fuzzy", round(s, 1), self._exact[k].en) for k, s, _ in found]


def _score(a: str, b: str) -> float:
    from rapidfuzz import fuzz

    return round(fuzz.ratio(a, b), 1)


def load_memory(paths: Sequence[Path]) -> Memory | None:
    """The memory of `paths` (TMX or TSV, in order); None when none is given."""
    if not paths:
        return None
    return Memory([u for p in paths for u in read_units(p)])
