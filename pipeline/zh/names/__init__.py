"""People, titles and places: found in a sentence (`finder`) and romanised (`pipeline.zh.romanize`,
re-exported here).

`pipeline.zh.romanize` is the one place a Chinese name becomes English: the gloss engine, the speaker
labels of the writers and the aligner's anchors all call it. `finder.NameFinder` finds the
people and places of a sentence once, in the translate stage, for every engine.
"""

from dataclasses import dataclass

from pipeline.zh.romanize import (
    COMPOUND_SURNAMES,
    PLACE_READINGS,
    PLACE_SUFFIXES,
    SURNAME_READINGS,
    SURNAMES,
    cedict_syllables,
    join_syllables,
    person,
    pinyin_word,
    place,
    place_suffix,
    romanized_key,
    surname_length,
    syllables,
)


@dataclass(frozen=True, slots=True)
class Name:
    """A person or place found in a sentence: `start`/`end` index into the sentence's Chinese;
    `en` is the rendering every engine must use (a place may carry the organ after it:
    西和县委 → Xihe County Party Committee)."""

    zh: str
    en: str
    start: int
    end: int
    kind: str  # "person" or "place"


__all__ = [
    "COMPOUND_SURNAMES",
    "PLACE_READINGS",
    "PLACE_SUFFIXES",
    "SURNAMES",
    "SURNAME_READINGS",
    "Name",
    "cedict_syllables",
    "join_syllables",
    "person",
    "pinyin_word",
    "place",
    "place_suffix",
    "romanized_key",
    "surname_length",
    "syllables",
]
