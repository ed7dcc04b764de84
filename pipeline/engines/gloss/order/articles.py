"""Articles the units' English lacks: "the" before an organisation's name ("the National
Bureau of Statistics", "the State Council") and before an ordinal ("the first quarter", "the
second Belt and Road Forum"), as official English writes them (Quirk et al., A
Comprehensive Grammar, 5.34 and 5.41: names of institutions and ordinals take "the")."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.engines.gloss.order.line import OPENING_QUOTES, Line

#: An organisation's English name: capitalised words ending in, or opening with, the head
#: noun of a body (official English: "the National Bureau of Statistics", "the State
#: Council", "the Ministry of Commerce", "the People's Bank of China"), which takes "the".
ORGANISATION = re.compile(
    r"^(?:\d+(?:st|nd|rd|th) )?(?:[A-Z][\w'-]* )*(?:Bureau|Ministry|Commission|Council|Committee|Administration|"
    r"Office|Bank|Congress|Academy|Association|Federation|Department|Agency|Court|Procuratorate|Conference|"
    r"Fund|Organization|Institute|Center|Centre)\b(?: of [A-Z].*)?(?: \([A-Z]+\))?$")
#: English that already determines the name after it.
DETERMINERS = frozenset({"the", "a", "an", "its", "their", "our", "this", "that", "these", "those", "each",
                         "every", "his", "her", "my", "your"})
#: Tags of words that modify the noun phrase an ordinal opens (市 "municipal", 全国 "national").
MODIFIER_TAGS = frozenset({"n", "a", "b", "ng", "nz", "an", "s", "f"})
#: An ordinal opening a noun phrase (first quarter, 13th National People's Congress).
ORDINAL = re.compile(
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))(?= \S|$)")


@lru_cache(maxsize=8192)
def _organisation(en: str) -> bool:
    return ORGANISATION.match(en) is not None


def organisations(line: Line) -> None:
    """"the" before an organisation's name that has no determiner (a glossary rendering
    stays verbatim after it)."""
    for k, u in enumerate(line.units):
        if u.kind not in ("word", "term") or not u.en[:1].isupper() or not _organisation(u.en):
            continue
        p = line.prev(k)
        if determined(line, k) or (p is not None and ORDINAL.fullmatch(line.units[p].en)):
            continue  # "the 13th National People's Congress": "the" goes before the ordinal
        line.add(k, "the")
        return  # one name a sentence: the rest are rarely bare


def ordinals(line: Line) -> None:
    """"the" before a noun phrase opening with an ordinal (第一季度 "the first quarter"); not
    after a determiner or a figure, nor an enumeration's "First,"."""
    for k in range(len(line.units) - 1, -1, -1):
        u = line.units[k]
        if u.kind not in ("word", "term", "num") or not ORDINAL.match(u.en) or "," in u.en:
            continue
        p, n = line.prev(k), line.next(k)
        if determined(line, k) or (p is not None and (line.units[p].kind == "num" or line.units[p].en[:1].isupper()
                                                      or line.tag(p) in MODIFIER_TAGS)):
            continue  # after a figure, a name or a word that modifies it (China second quarter, 市第五次)
        if " " not in u.en and (n is None or not (line.is_noun(n) or line.zh(n) in OPENING_QUOTES)):
            continue  # an ordinal alone before no noun: "rank second"
        line.add(k, "the")


def determined(line: Line, k: int) -> bool:
    """Whether the unit before k ends in a determiner or a possessive (China's)."""
    p = line.prev(k)
    if p is None:
        return False
    last = line.units[p].en.rsplit(" ", 1)[-1].lower()
    return last in DETERMINERS or last.endswith(("'s", "s'"))


