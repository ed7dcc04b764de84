"""Words the lexicon has no English for: a name by its context (稍峪 before the place
马元矿区, 华辰 before 公司) becomes pinyin; any other keeps its Chinese in the English and is
flagged `untranslated`, never spelt out in pinyin as if it were a name."""

from __future__ import annotations

from dataclasses import replace

from pipeline.engines.gloss.units import Unit
from pipeline.zh.lexicon import Lexicon
from pipeline.zh.romanize import NAME_HEADS

#: Unit kinds that show the word before them to be a name (a place or person found).
NAME_KINDS = frozenset({"place", "person"})


def names_in_context(units: list[Unit], lex: Lexicon) -> list[str]:
    """Untranslated words before a name or a name's head noun become pinyin names (in
    place); the Chinese of the words left untranslated, in order."""
    left: list[str] = []
    for k, u in enumerate(units):
        if u.kind != "word" or u.en != u.zh or not lex.untranslated(u.zh):
            continue
        nxt = next((v for v in units[k + 1:] if v.kind != "space"), None)
        if nxt is not None and (nxt.kind in NAME_KINDS or nxt.zh in NAME_HEADS or nxt.zh[:2] in NAME_HEADS):
            units[k] = replace(u, en=lex.name_pinyin(u.zh), pinyin=True)
        else:
            left.append(u.zh)
    return left
