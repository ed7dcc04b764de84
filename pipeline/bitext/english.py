"""English paragraphs (blank-line separated) and sentences, with offsets.

A full stop ends a sentence unless the word before it is a known abbreviation,
an initial ("J. R."), part of a dotted acronym ("U.S.", "a.m."), or a decimal;
after the stop the next word must start with a capital, a digit or an opening
quote/bracket.
"""

from __future__ import annotations

import re

from pipeline.zh.chars import SPACES

Span = tuple[int, int]

# Abbreviations that never end a sentence when followed by a capital (titles,
# "No. 5", months); lowercase, without the dot. From common English style guides
# (Chicago Manual of Style abbreviation lists) and Xinhua usage ("Oct. 31", "No. 1").
NEVER_FINAL = frozenset(["mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "gen", "col", "lt", "sgt", "capt", "gov", "rep", "sen", "pres", "rev", "hon", "messrs", "no", "nos", "vol", "art", "sec", "fig", "figs", "ch", "pp", "p", "op", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"])
# Dotted abbreviations that may end a sentence ("at 5 p.m. He left"); all other
# dotted ones ("U.S. Army", "e.g. Beijing") never do.
DOTTED_MAY_BE_FINAL = frozenset({"a.m", "p.m"})

_BLANK = re.compile(rf"\n[{SPACES}\r]*\n")
_STOP = re.compile(r"[.!?]+[\"'”’)\]]*")
_NEXT = re.compile(r"\s+[\"'“‘(\[]*[A-Z0-9]")
_WORD_BEFORE = re.compile(r"([A-Za-z.]+)$")


def paragraphs(text: str) -> list[Span]:
    """[start, end) of each non-blank paragraph, outer spaces trimmed."""
    spans = []
    start = 0
    for m in list(_BLANK.finditer(text)) + [None]:
        end = m.start() if m else len(text)
        spans.extend(_trim(text, start, end))
        start = m.end() if m else len(text)
    return spans


def sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """[start, end) of each sentence of text[start:end]."""
    end = len(text) if end is None else end
    spans = []
    a = start
    for m in _STOP.finditer(text, start, end):
        if not _NEXT.match(text, m.end(), end) or not _is_boundary(text, m.start(), m.group()):
            continue
        spans.extend(_trim(text, a, m.end()))
        a = m.end()
    spans.extend(_trim(text, a, end))
    return spans


def _is_boundary(text: str, at: int, stop: str) -> bool:
    """Whether the stop at `at` ends a sentence (the next word already starts with a capital)."""
    if stop[0] != "." or len(stop.rstrip("\"'”’)]")) > 1:
        return True  # ! ? and ellipses always end one
    m = _WORD_BEFORE.search(text, 0, at)
    word = m.group(1) if m else ""
    bare = word.rstrip(".").split(".")[-1].lower()
    if "." in word.strip("."):
        return word.strip(".").lower() in DOTTED_MAY_BE_FINAL  # U.S. / e.g. / a.m.
    if len(bare) == 1 and bare.isalpha() and word[-1:].isupper():
        return False  # an initial: "J. R. Smith"
    return bare not in NEVER_FINAL


def _trim(text: str, a: int, b: int) -> list[Span]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return [(a, b)] if b > a else []
