"""gloss: the offline default engine, from the glossary and dictionaries.

First version: glossary renderings verbatim, numbers and Latin text kept,
Chinese punctuation turned into English, any other word in pinyin (and
flagged). The offline-engine issue makes it a real dictionary engine.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from pipeline.engines import Request, Translation

if TYPE_CHECKING:
    from pipeline.context import Context

# Chinese punctuation → English (GB/T 15834 marks to their usual English forms).
PUNCT = {
    "，": ",", "。": ".", "、": ",", "；": ";", "：": ":", "？": "?", "！": "!",
    "“": '"', "”": '"', "‘": "'", "’": "'", "（": "(", "）": ")", "《": '"', "》": '"',
    "—": "-", "…": "...", "·": " ",
}
_CJK = re.compile(r"[\u3400-\u9fff]")


class GlossEngine:
    name = "gloss"

    def __init__(self, ctx: Context | None = None, **options: object) -> None:
        pass

    def translate(self, requests: Sequence[Request]) -> list[Translation]:
        return [self._one(r) for r in requests]

    def _one(self, r: Request) -> Translation:
        from pypinyin import lazy_pinyin

        by_start = {t.start: t for t in r.terms}
        gloss: list[tuple[str, str]] = []
        unknown = []
        for a, b in r.tokens or ((0, len(r.zh)),):
            word = r.zh[a:b]
            if a in by_start:
                en = by_start[a].en
            elif word in PUNCT:
                en = PUNCT[word]
            elif _CJK.search(word):
                en = "".join(lazy_pinyin(word))
                unknown.append(word)
            else:
                en = word
            gloss.append((word, en))
        text = " ".join(en for _, en in gloss if en.strip())
        text = re.sub(r" ([,.;:?!)])", r"\1", text)
        qa = (f"pinyin: {', '.join(unknown)}",) if unknown else ()
        return Translation(text, self.name, tuple(gloss), qa)
