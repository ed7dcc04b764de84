"""People and places: how they are romanised (`romanize`)."""

from pipeline.zh.names.romanize import *  # noqa: F403  (temporary during the move)
from pipeline.zh.names.romanize import (
    COMPOUND_SURNAMES, PLACE_READINGS, PLACE_SUFFIXES, SURNAME_READINGS, SURNAMES,
    cedict_syllables, join_syllables, person, pinyin_word, place, place_suffix, surname_length,
    syllables,
)
