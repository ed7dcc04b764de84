"""Places: a name before a place suffix (西和县, 长道镇, 晚霞湖), in CC-CEDICT's English
where it has one, else pinyin and the suffix's English; an administrative place takes the
organ after it (县委 → County Party Committee)."""

from __future__ import annotations

import re

from pipeline.zh.names.claims import Claims
from pipeline.zh.names.tables import (
    ADMIN_FOLLOWERS,
    ADMIN_SUFFIXES,
    ALWAYS,
    AT_TOKEN_START,
    CHAINED,
    GEO_SUFFIXES,
    WHOLE_TOKEN,
)
from pipeline.zh.romanize import PLACE_SUFFIXES

# Place-suffix alternation, longest first.
_SUFFIX = re.compile("|".join(sorted(PLACE_SUFFIXES, key=len, reverse=True)))


class PlaceClaims(Claims):
    """The place rule of one sentence."""

    def claim_places(self) -> None:
        last_end = -1
        names_memo = self.w.memos.place_names
        zh = self.zh
        for m in _SUFFIX.finditer(zh):
            i, j = m.span()
            suffix = m.group()
            if suffix in GEO_SUFFIXES and self.lex.pos(zh[i:i + 2]) == "ns" and zh[i + 2:i + 3] in ADMIN_SUFFIXES:
                continue  # 西藏|山南市: the character starts the next place
            start = self.place_start(i, suffix, last_end)
            if start is None or not self.free(start, j):
                continue
            base = zh[start:i]
            if suffix in GEO_SUFFIXES:  # 黑龙江省, 佛山市: the whole name before its level
                after = _SUFFIX.match(zh, j)
                if (after is not None and after.group() in ADMIN_SUFFIXES and self.free(j, after.end())
                        and not self.w.common(zh[i:after.end()])):  # (大别山区: 山区 mountain area)
                    base, suffix, j = zh[start:j], after.group(), after.end()
            en = names_memo.get((base, suffix))
            if en is None:
                en = names_memo[base, suffix] = self.w.place_en(base, suffix)
            j, en = self.with_follower(j, suffix, en)
            self.claim(start, j, en, "place")
            last_end = j

    def place_start(self, i: int, suffix: str, last_end: int) -> int | None:
        """Where the name before a place suffix at i starts, or None if it is no place."""
        before = self.zh[max(i - 3, 0):i]
        plan = self.w.memos.place_plans.get((before, suffix))
        if plan is None:
            plan = self.w.memos.place_plans[before, suffix] = self.w.place_plan(before, suffix)
        for n, need in plan:
            start = i - n
            if need == ALWAYS:
                return start
            if need == AT_TOKEN_START and start in self.bounds:
                return start
            if need == CHAINED and (start == last_end or (start in self.bounds and i in self.bounds)):
                return start  # 长道镇, 雷王片区; 宁家村 right after 长道镇
            if need == WHOLE_TOKEN and (start, i) in self.token_set:
                return start  # 晚霞湖, 八峰崖
        return None

    def with_follower(self, j: int, suffix: str, en: str) -> tuple[int, str]:
        if suffix not in ADMIN_SUFFIXES:
            return j, en
        for zh, follower in ADMIN_FOLLOWERS.items():
            if self.zh.startswith(zh, j) and self.free(j, j + len(zh)):
                return j + len(zh), f"{en} {follower}"
        return j, en
