"""gloss: the offline default engine, from the glossary, CC-CEDICT and rules.

Each sentence is cut into units, most specific first (`segmenter`): glossary terms
(verbatim), quantities (`pipeline.zh.numbers`), the people and places the translate stage
found (`pipeline.zh.names`), then the remaining jieba words, joined across tokens where the
domain lexicon has a phrase. Each unit gets its English (`pipeline.zh.lexicon`); rules put
function words, figures and counts where English has them (`rules`), and the pieces are
assembled with English punctuation and capitals (`assemble`). Unknown words come out in
pinyin, flagged.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.engines import EngineDeps, Request, Translation
from pipeline.engines.gloss.assemble import assemble
from pipeline.engines.gloss.rules import (
    change_figures,
    counts_before_nouns,
    drop_repeated_heads,
    render_function_words,
)
from pipeline.engines.gloss.segmenter import Segmenter
from pipeline.engines.gloss.units import CLOSING, TOGGLING, Memos
from pipeline.zh.chars import HAN
from pipeline.zh.names import pinyin_word
from pipeline.zh.names.finder import NameFinder

_CJK = re.compile(f"[{HAN}]+")
_QUOTE_END = re.compile("[" + re.escape("".join(sorted(CLOSING | TOGGLING))) + "]")


class GlossEngine:
    name = "gloss"

    def __init__(self, deps: EngineDeps | None = None, **options: object) -> None:
        deps = deps or EngineDeps.offline()
        self.tokenizer = deps.tokenizer
        self.lexicon = deps.lexicon
        self.names = NameFinder(self.lexicon)  # for requests the stage found no names for
        self.memos = Memos()

    def translate(self, requests: Sequence[Request]) -> list[Translation]:
        return [self.one(r) for r in requests]

    def one(self, r: Request) -> Translation:
        tokens = r.tokens
        if not tokens:
            from pipeline.zh.tokenize import words

            tokens = tuple(words(self.tokenizer, r.zh))
        segmenter = Segmenter(r.zh, tokens, self.lexicon, r, self.memos)
        units = segmenter.units(self.names)
        if segmenter.context_words:
            render_function_words(units, self.lexicon)
        if r.terms and _QUOTE_END.search(r.zh):  # only glossary terms make "term" units
            drop_repeated_heads(units)
        if "增长" in r.zh or "下降" in r.zh:  # every CHANGE_WORDS entry holds one of them
            change_figures(units)
        if segmenter.trailing_counts:
            counts_before_nouns(units, self.lexicon)
        en = assemble(units)
        unknown = [u.zh for u in units if u.pinyin] if segmenter.pinyin_words else []
        if not en.isascii() and _CJK.search(en):  # never leave Chinese in the English
            unknown += _CJK.findall(en)
            en = _CJK.sub(lambda m: pinyin_word(m.group()), en)
        gloss = tuple([u.pair for u in units if u.kind != "space"])
        qa = (f"pinyin: {', '.join(dict.fromkeys(unknown))}",) if unknown else ()
        return Translation(en, self.name, gloss, qa)
