"""Finding the people and places of a sentence, once, for every engine.

The translate stage asks `NameFinder.find` for each sentence after its glossary terms and
quantities are known (they are taken first: a name never overlaps them); the names go to
the engine with their English (`Request.names`), and the English is checked for them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from pipeline.zh.lexicon import Lexicon
from pipeline.zh.names import Name
from pipeline.zh.names.lists import ListClaims
from pipeline.zh.names.people import PeopleClaims
from pipeline.zh.names.places import PlaceClaims
from pipeline.zh.names.words import NameWords
from pipeline.zh.romanize import SURNAMES

# A list item that opens with a surname, or a transliterated name: where a list of names may be
# (most lists are of nouns: 科技、教育、人才).
_LISTED_SURNAME = re.compile("、[" + "".join(sorted(SURNAMES)) + "]|·")


class Sentence(PlaceClaims, PeopleClaims, ListClaims):
    """One sentence under the name rules: places first, then lists of names, then people."""

    def names(self) -> tuple[Name, ...]:
        self.claim_places()
        if _LISTED_SURNAME.search(self.zh):
            self.claim_name_lists()
        self.claim_people()
        return tuple(sorted(self.found, key=lambda n: n.start))


class NameFinder:
    """The name rules over one lexicon, with what they learn of each word kept for the run."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.words = NameWords(lexicon)

    def find(self, zh: str, tokens: Sequence[tuple[int, int]],
             taken: Iterable[tuple[int, int]] = (), speaker: str | None = None) -> tuple[Name, ...]:
        """The people and places of `zh` (word spans `tokens`), outside the `taken` spans
        (glossary terms, then quantities: each taken where still free, in that order)."""
        s = Sentence(zh, tokens, self.words, speaker)
        for a, b in taken:
            if s.free(a, b):
                s.take(a, b, "taken")
        return s.names()
