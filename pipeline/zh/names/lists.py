"""Lists of names (马兴瑞、王毅、尹力、…; 常委李强、赵乐际、…、李希出席): where enough items
are surely names, the others that may be are names too, whatever jieba made of them."""

from __future__ import annotations

import re

from pipeline.zh.chars import HAN
from pipeline.zh.names.claims import Claims
from pipeline.zh.names.tables import (
    LIST_JOINERS,
    MAYBE_NAME,
    NAME_SHAPED,
    NOT_NAME_END,
    STOP_CHARS,
    SURE_NAME,
)
from pipeline.zh.romanize import SURNAMES

_LIST = re.compile(f"[{HAN}·]+(?:、[{HAN}·]+)+")


class ListClaims(Claims):
    """The list rule of one sentence."""

    def claim_name_lists(self) -> None:
        """Names in a list (马兴瑞、王毅、尹力、…; 常委李强、赵乐际、…、李希出席): where at least
        two items are surely names (list_name) and at least half may be, every item that
        may be a name is one, whatever jieba made of it (刘国|中, 何|卫东, 张|又|侠); where
        three are sure and every item is shaped like a name, even a common word (汪洋)."""
        zh = self.zh
        surnames = SURNAMES
        for m in _LIST.finditer(zh):
            parts = m.group().split("、")
            # at least two items where a name may be, from their characters alone
            if sum(1 for p in parts[1:-1] if len(p) <= 4 and p[0] in surnames) + (
                    parts[0][-2:-1] in surnames or parts[0][-3:-2] in surnames) + (
                    parts[-1][0] in surnames) < 2 and "·" not in m.group():
                continue
            items = []
            a = m.start()
            for part in parts:
                items.append((a, a + len(part)))
                a += len(part) + 1
            found: list[tuple[int, int, int]] = []
            shaped = 0  # items with a name in them, of any level
            for k, (a, b) in enumerate(items):
                got = self.item_names(a, b, k == 0, k == len(items) - 1)
                found += got
                shaped += bool(got)
            sure = sum(1 for *_, how in found if how == SURE_NAME)
            maybe = sum(1 for a, _, how in found if how == MAYBE_NAME and zh[a] in SURNAMES)
            if sure < 2 or 2 * (sure + maybe) < len(items):
                continue
            least = NAME_SHAPED if sure >= 3 and shaped == len(items) else MAYBE_NAME
            for a, b, how in found:
                if how >= least and self.free(a, b):
                    self.claim(a, b, self.w.person_en(zh[a:b]), "person")

    def item_names(self, a: int, b: int, first: bool, last: bool) -> list[tuple[int, int, int]]:
        """The names that may stand in one list item, each as (start, end, list_name): the
        whole item, its two halves around 和 (张升民和傅全有), a name at the end of the first
        item (常委李强) or at the start of the last (李希出席会议, 何立峰等)."""
        zh = self.zh
        if last and zh[b - 1] == "等":
            b -= 1
        how = self.w.list_name(zh[a:b])
        if how:
            return [(a, b, how)]
        for j in range(a + 2, b - 1):
            if zh[j] in LIST_JOINERS:
                left, right = self.w.list_name(zh[a:j]), self.w.list_name(zh[j + 1:b])
                if left and right:
                    return [(a, j, left), (j + 1, b, right)]
        bounds = self.bounds
        for n in (3, 2):
            if first and b - n > a and b - n in bounds and zh[b - n] in SURNAMES:
                how = self.w.list_name(zh[b - n:b])
                if how > NAME_SHAPED:
                    return [(b - n, b, how)]
            if last and a + n < b and a + n in bounds and zh[a + n - 1] not in LIST_JOINERS and not (
                n == 3 and (zh[a + 2] in NOT_NAME_END or (zh[a + 2] in STOP_CHARS and a + 2 in bounds))
            ):  # 刘奇|在主席台
                how = self.w.list_name(zh[a:a + n])
                if how > NAME_SHAPED:
                    return [(a, a + n, how)]
        return []
