"""Reconcile OCR variants of a person's name within one document.

A name the OCR misread in a few places ("干俊强" where the same speaker is
"王俊强" everywhere else) is brought back to the form the document uses most.
Names are taken from positions where a name is certain: speaker labels.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.stages.clean.rules import confusable

#: The dominant form must occur at least this many times as often as the variant.
DOMINANCE = 1.5


def name_variants(names: Iterable[str], text: str) -> dict[str, str]:
    """Map each variant spelling to its dominant form.

    Two names pair up when they have the same length and differ in exactly one
    character; the rarer becomes a variant of the commoner when the commoner occurs
    at least twice, `DOMINANCE` times as often, and either the differing glyphs are
    a known OCR confusion or the names are long enough (3+ characters) that two
    people sharing all but one character in one interview is implausible.
    """
    unique = sorted(set(names))
    counts = {n: text.count(n) for n in unique}
    out: dict[str, str] = {}
    for variant in unique:
        best: str | None = None
        for dominant in unique:
            if not _one_glyph_apart(variant, dominant):
                continue
            if counts[dominant] < 2 or counts[dominant] < DOMINANCE * counts[variant]:
                continue
            (a, b), = ((x, y) for x, y in zip(variant, dominant) if x != y)
            if not (confusable(a, b) or len(variant) >= 3):
                continue
            if best is None or counts[dominant] > counts[best]:
                best = dominant
        if best is not None:
            out[variant] = best
    return out


def _one_glyph_apart(a: str, b: str) -> bool:
    return a != b and len(a) == len(b) and sum(x != y for x, y in zip(a, b)) == 1


def variant_pattern(variants: dict[str, str]) -> re.Pattern[str] | None:
    """A pattern matching any variant, longest first; None when there are none."""
    if not variants:
        return None
    return re.compile("|".join(re.escape(v) for v in sorted(variants, key=len, reverse=True)))
