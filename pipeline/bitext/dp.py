"""Length-based sentence/paragraph alignment by dynamic programming
(Gale & Church 1993, "A Program for Aligning Sentences in Bilingual Corpora"),
with an extra score per candidate link from anchors (numbers, terms, names).

Lengths are in characters; the English length is divided by the zh→en character
ratio estimated from the two texts, so both sides are in "Chinese characters".
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

# Link types (zh units, en units) and their prior probabilities. Gale & Church
# (1993, Table 5) give 1-1 .89, 1-0/0-1 .0099, 2-1/1-2 .089, 2-2 .011. Official
# Chinese→English translations split long Chinese sentences often (1-2, 1-3, even
# 1-4 in the 20th-Congress report, 1-5 for a list of five clauses in the 2016 New Year
# address), so mass moves from 1-1 to those; set by hand.
PRIORS: dict[tuple[int, int], float] = {
    (1, 1): 0.80, (1, 2): 0.08, (2, 1): 0.03, (1, 3): 0.025, (3, 1): 0.005,
    (2, 2): 0.01, (1, 0): 0.01, (0, 1): 0.01, (1, 4): 0.005, (1, 5): 0.002,
}
# Paragraph links: official translations keep the paragraphs, but Chinese pages carry
# headings, datelines and lead-ins with no English (1-0), and an English paragraph may
# cover two Chinese ones; set by hand.
PARAGRAPH_PRIORS: dict[tuple[int, int], float] = {
    (1, 1): 0.84, (1, 2): 0.03, (2, 1): 0.02, (1, 0): 0.06, (0, 1): 0.03, (1, 3): 0.01,
    (3, 1): 0.005,
}
#: Variance of the length difference per character (Gale & Church: 6.8 for
#: European pairs; zh→en translation is looser, so wider).
VARIANCE = 12.0
#: Half-width of the search band around the length diagonal, in units: at least BAND,
#: or BAND_SHARE of the longer side (room for a missing page of English or a run of
#: untranslated headings); the full table is searched when the band finds no path.
BAND = 30
BAND_SHARE = 0.15
#: Cost of leaving one unit unlinked, beyond its prior (keeps 1-0/0-1 for real gaps).
SKIP_COST = 0.0


@dataclass(frozen=True, slots=True)
class Link:
    """zh and en unit indices linked together, the link's cost and length z-score."""

    zh: tuple[int, ...]
    en: tuple[int, ...]
    cost: float
    z: float


Bonus = Callable[[range, range], float]


def length_z(zh_len: float, en_len: float) -> float:
    """Gale–Church delta: how many standard deviations apart the two lengths are."""
    mean = (zh_len + en_len) / 2
    return (en_len - zh_len) / math.sqrt(VARIANCE * max(mean, 1.0))


def length_cost(z: float) -> float:
    """-log P(|delta| >= |z|) under a standard normal."""
    p = math.erfc(abs(z) / math.sqrt(2))
    return -math.log(max(p, 1e-12))


def align(zh_lens: Sequence[float], en_lens: Sequence[float], bonus: Bonus,
          priors: dict[tuple[int, int], float] = PRIORS) -> list[Link]:
    """Best sequence of links covering both sides in order (lengths already ratio-scaled)."""
    n, m = len(zh_lens), len(en_lens)
    width = max(BAND, int(BAND_SHARE * max(n, m)))
    links = _search(zh_lens, en_lens, bonus, priors, _band(zh_lens, en_lens, width))
    return links if links is not None else _search(zh_lens, en_lens, bonus, priors, None) or []


def _band(zh_lens: Sequence[float], en_lens: Sequence[float], width: int) -> list[tuple[int, int]]:
    """For each zh prefix i, the en prefixes j allowed: within `width` units of the en prefix
    whose length share matches i's."""
    zc, ec = _prefix(zh_lens), _prefix(en_lens)
    zt, et = zc[-1] or 1.0, ec[-1] or 1.0
    out, j = [], 0
    for i in range(len(zc)):
        while j < len(ec) - 1 and ec[j + 1] / et <= zc[i] / zt:
            j += 1
        out.append((max(0, j - width), min(len(ec) - 1, j + width)))
    return out


def _search(zh_lens: Sequence[float], en_lens: Sequence[float], bonus: Bonus,
            priors: dict[tuple[int, int], float], band: list[tuple[int, int]] | None) -> list[Link] | None:
    n, m = len(zh_lens), len(en_lens)
    zc, ec = _prefix(zh_lens), _prefix(en_lens)
    inf = float("inf")
    best = [[inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int, float, float] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    for i in range(n + 1):
        lo, hi = band[i] if band else (0, m)
        for j in range(lo, hi + 1):
            if best[i][j] == inf:
                continue
            for (di, dj), prior in priors.items():
                if i + di > n or j + dj > m:
                    continue
                cost, z = _link_cost(zc, ec, i, j, di, dj, prior, bonus)
                total = best[i][j] + cost
                if total < best[i + di][j + dj]:
                    best[i + di][j + dj] = total
                    back[i + di][j + dj] = (di, dj, cost, z)
    return _trace(back, n, m) if best[n][m] < inf else None


def _link_cost(zc: list[float], ec: list[float], i: int, j: int, di: int, dj: int,
               prior: float, bonus: Bonus) -> tuple[float, float]:
    if di == 0 or dj == 0:
        return SKIP_COST - math.log(prior), 0.0
    z = length_z(zc[i + di] - zc[i], ec[j + dj] - ec[j])
    return length_cost(z) - math.log(prior) - bonus(range(i, i + di), range(j, j + dj)), z


def _trace(back: list[list[tuple[int, int, float, float] | None]], n: int, m: int) -> list[Link]:
    links = []
    i, j = n, m
    while i or j:
        step = back[i][j]
        assert step is not None
        di, dj, cost, z = step
        links.append(Link(tuple(range(i - di, i)), tuple(range(j - dj, j)), cost, z))
        i, j = i - di, j - dj
    return links[::-1]


def _prefix(values: Sequence[float]) -> list[float]:
    out = [0.0]
    for v in values:
        out.append(out[-1] + v)
    return out
