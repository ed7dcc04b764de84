"""gloss: the offline default engine, from the glossary, CC-CEDICT and rules.

Each sentence is cut into units, most specific first (`segmenter`): glossary terms
(verbatim), quantities (`pipeline.zh.numbers`), the people and places the translate stage
found (`pipeline.zh.names`), then the remaining jieba words, joined across tokens where the
domain lexicon has a phrase. Each unit gets its English (`pipeline.zh.lexicon`); rules put
function words, figures and counts where English has them (`rules`), and the pieces are
assembled with English punctuation and capitals (`assemble`). An unknown word that is a
name comes out in pinyin, flagged `pinyin`; any other keeps its Chinese, flagged
`untranslated` (`unknown`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.engines import EngineDeps, Request, Translation
from pipeline.engines.gloss.assemble import assemble
from pipeline.engines.gloss.order import reorder
from pipeline.engines.gloss.rules import (
    adverbs_before_verbs,
    counts_before_nouns,
    drop_repeated_heads,
    plural_after_counts,
    render_function_words,
)
from pipeline.engines.gloss.segmenter import Segmenter
from pipeline.engines.gloss.units import CLOSING, TOGGLING, Memos
from pipeline.engines.gloss.unknown import names_in_context
from pipeline.model import token_words
from pipeline.qa import untranslated_flag
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
        zh = r.zh
        tokens = r.tokens or self.tokenizer.tokens(zh)
        words = token_words(zh, tokens)
        mended = self.lexicon.mended(zh, tokens, words)  # mis-cuts the dictionaries can mend
        segmenter = Segmenter(zh, mended, self.lexicon, r, self.memos, words if mended is tokens else None)
        units = segmenter.units(self.names)
        if segmenter.context_words:
            render_function_words(units, self.lexicon)
        if r.terms and _QUOTE_END.search(r.zh):  # only glossary terms make "term" units
            drop_repeated_heads(units)
        if segmenter.trailing_counts:
            counts_before_nouns(units, self.lexicon)
        if segmenter.counts:
            plural_after_counts(units, self.lexicon)
        if segmenter.adverbs:
            adverbs_before_verbs(units, self.lexicon, self.memos.adverbs)
        untranslated = segmenter.pinyin_words and any(u.en == u.zh and u.kind == "word" for u in units)
        kept = names_in_context(units, self.lexicon) if untranslated else []
        line = reorder(units, self.lexicon, r.zh, r.section)
        units = line.cut_order()  # the gloss in the Chinese order
        en = assemble(line.units)
        if "——" in r.zh:  # the dash of two marks, cut as two: one English dash
            en = en.replace("- -", "-")
        unknown = [u.zh for u in units if u.pinyin] if segmenter.pinyin_words or untranslated else []
        if not en.isascii() and _CJK.search(en):  # Chinese in the English: only untranslated words
            en = _CJK.sub(lambda m: m.group() if m.group() in kept else pinyin_word(m.group()), en)
            unknown += [w for w in _CJK.findall(en) if w not in kept]
        gloss = tuple([u.pair for u in units if u.kind != "space"])
        qa: tuple[str, ...] = (f"pinyin: {', '.join(dict.fromkeys(unknown))}",) if unknown else ()
        if kept:
            qa += (untranslated_flag(dict.fromkeys(kept)),)
        return Translation(en, self.name, gloss, qa)
