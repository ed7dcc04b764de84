"""Cutting one sentence into units, claiming characters most specific first: glossary terms,
quantities, the people and places the name rules found (`pipeline.zh.names`), then the
jieba words left, joined where the phrase table (`phrases`), then the domain lexicon, has a
phrase."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from itertools import compress
from operator import itemgetter

from pipeline.engines import Request
from pipeline.engines.gloss.phrases import join_table_phrases, joined
from pipeline.engines.gloss.rules import ADVERB_TAGS, CLAUSE_ENDS, CONTEXT_WORDS, MEASURE_WORDS
from pipeline.engines.gloss.units import Memos, Unit, word_unit
from pipeline.model import token_words
from pipeline.zh.lexicon import Lexicon
from pipeline.zh.names.finder import NameFinder

_NUMERIC = re.compile(r"[0-9０-９一二三四五六七八九十百千万亿两零〇]")
_START = itemgetter(0)
_END = itemgetter(1)


class Segmenter:
    """Cuts one sentence into units, claiming characters most specific first."""

    def __init__(self, zh: str, tokens: Sequence[tuple[int, int]], lex: Lexicon, r: Request,
                 memos: Memos, words: Sequence[str] | None = None) -> None:
        """`words`: the tokens' words, where the caller has them."""
        self.zh, self.tokens, self.lex, self.request, self.memos = zh, tokens, lex, r, memos
        self.words = token_words(zh, tokens) if words is None else words
        self.claimed: list[Unit | None] = [None] * len(zh)
        self.claims: list[tuple[int, int, Unit]] = []  # (start, end, unit), in claiming order
        self.context_words = False  # whether words of CONTEXT_WORDS are left for the rules
        self.pinyin_words = False  # ... words that come out in pinyin
        # whether a count with its measure word closes a clause (项目134项，): counts_before_nouns
        self.trailing_counts = False
        self.counts = False  # ... or stands before its noun (5个国家公园): plural_after_counts
        self.adverbs = False  # whether a word of Memos.adverbs is left: adverbs_before_verbs

    def units(self, finder: NameFinder) -> list[Unit]:
        self.claim_terms()
        self.claim_quantities()
        self.claim_names(finder)
        claims = sorted(self.claims, key=_START)
        pieces, units = self.word_units(*self.free_pieces(claims))
        for n, (start, _, u) in enumerate(claims):  # each claim goes before the pieces after it
            units.insert(bisect_left(pieces, start, key=_START) + n, u)
        return units

    def free(self, a: int, b: int) -> bool:
        return 0 <= a < b <= len(self.zh) and not any(self.claimed[a:b])

    def claim(self, a: int, b: int, en: str, kind: str) -> None:
        zh = self.zh[a:b]
        u = self.memos.claims.get((zh, en, kind))
        if u is None:
            u = self.memos.claims[zh, en, kind] = Unit(zh, en, kind)
        self.claimed[a:b] = [u] * (b - a)
        self.claims.append((a, b, u))

    def claim_terms(self) -> None:
        for t in self.request.terms:
            if self.free(t.start, t.end):
                self.claim(t.start, t.end, t.en, "term")

    def claim_quantities(self) -> None:
        found = self.request.quantities
        if found is None:  # not looked for by the stage
            if not _NUMERIC.search(self.zh):
                return
            from pipeline.zh.numbers import find_quantities

            found = tuple(find_quantities(self.zh))
        for q in found:
            if self.free(q.start, q.end):
                self.claim(q.start, q.end, q.en, "enum" if q.kind == "enumerator" else "num")
                if q.kind == "count" and q.text[-1:] in MEASURE_WORDS and q.end < len(self.zh):
                    if self.zh[q.end] in CLAUSE_ENDS:
                        self.trailing_counts = True
                    else:
                        self.counts = True

    def claim_names(self, finder: NameFinder) -> None:
        """The people and places the stage found (or, used alone, the finder finds now)."""
        found = self.request.names
        if found is None:
            taken = [(a, b) for a, b, _ in self.claims]
            found = finder.find(self.zh, self.tokens, taken, self.request.speaker)
        for n in found:
            if self.free(n.start, n.end):
                self.claim(n.start, n.end, n.en, n.kind)

    def word_units(self, pieces: Sequence[tuple[int, int]], words: Sequence[str]
                   ) -> tuple[Sequence[tuple[int, int]], list[Unit]]:
        """The rest: the free pieces of the jieba tokens (their words given), joined into domain
        phrases; (the pieces as joined, their units). Most words are one look-up of a shared unit."""
        pieces, words = join_table_phrases(self.zh, pieces, words, self.lex.phrases, self.tokens)
        pieces, words = self.join_phrases(pieces, words)
        get, made = self.memos.units.get, self.new_unit
        units = [get(w) or made(w) for w in words]
        self.context_words = not CONTEXT_WORDS.isdisjoint(words)
        self.pinyin_words = not self.memos.pinyin_words.isdisjoint(words)
        self.adverbs = not self.memos.adverbs.isdisjoint(words)
        return pieces, units

    def new_unit(self, word: str) -> Unit:
        u = self.memos.units[word] = word_unit(word, self.lex)
        if u.pinyin or u.en == word:  # in pinyin, or kept in Chinese (untranslated)
            self.memos.pinyin_words.add(word)
        if len(word) > 1 and u.kind == "word" and self.lex.pos(word) in ADVERB_TAGS:
            self.memos.adverbs.add(word)
        return u

    def join_phrases(self, pieces: Sequence[tuple[int, int]], words: Sequence[str]
                     ) -> tuple[Sequence[tuple[int, int]], Sequence[str]]:
        """Pieces and words with each run that makes a domain phrase (or a place name jieba
        cut up, 西|和) joined into one."""
        zh, heads, starts = self.zh, self.lex.phrase_heads, self.lex.phrase_starts
        # Only where two words in a row start a phrase or place name can longest_phrase join
        # (the first word alone rules out most, without joining the two).
        maybe = [k for k in compress(range(len(words) - 1), map(heads.__contains__, words))
                 if words[k] + words[k + 1] in starts]
        if not maybe:
            return pieces, words
        joins: list[tuple[int, int]] = []  # (first, last) piece of each phrase
        done = 0  # the first piece after the last phrase
        for k in maybe:
            if k < done or pieces[k][1] != pieces[k + 1][0]:
                continue  # inside the last phrase, or a claim between the two
            m = self.longest_phrase(pieces, k)
            if m != k:
                joins.append((k, m))
                done = m + 1
        return joined(zh, pieces, words, joins)

    def free_pieces(self, claims: list[tuple[int, int, Unit]]
                    ) -> tuple[Sequence[tuple[int, int]], Sequence[str]]:
        """Token spans with the claimed characters (claims: in order) cut out, in order, and
        their words."""
        tokens, words = self.tokens, self.words
        if not claims:
            return tokens, words  # nothing claimed: the tokens as they are
        zh, claimed = self.zh, self.claimed
        pieces: list[tuple[int, int]] = []
        piece_words: list[str] = []
        k, n = 0, len(tokens)
        for start, end, _ in claims:  # claims never overlap
            j = bisect_right(tokens, start, lo=k, key=_END)
            pieces += tokens[k:j]  # the tokens that end before the claim: whole
            piece_words += words[k:j]
            k = j
            while k < n and tokens[k][0] < end:  # the tokens it cuts (maybe with later claims)
                a, b = tokens[k]
                if start <= a and b <= end:  # wholly claimed: nothing left of it
                    k += 1
                    continue
                i = a
                while i < b:
                    if claimed[i] is not None:
                        i += 1
                        continue
                    j = i
                    while j < b and claimed[j] is None:
                        j += 1
                    pieces.append((i, j))
                    piece_words.append(zh[i:j])
                    i = j
                k += 1
        pieces += tokens[k:]
        piece_words += words[k:]
        return pieces, piece_words

    def longest_phrase(self, pieces: Sequence[tuple[int, int]], k: int) -> int:
        """Index of the last piece of the longest domain phrase starting at piece k (else k);
        also joins single characters that make a place name jieba cut up (西|和)."""
        a = pieces[k][0]
        best = k
        singles = pieces[k][1] - a == 1
        for m in range(k + 1, len(pieces)):
            if pieces[m][0] != pieces[m - 1][1]:
                break
            joined = self.zh[a:pieces[m][1]]
            singles = singles and pieces[m][1] - pieces[m][0] == 1 and len(joined) <= 4
            place = singles and self.lex.pos(joined) == "ns" and self.lex.proper_only(joined)
            if place or joined in self.lex.domain:
                best = m
            if not singles and joined not in self.lex.prefixes:
                break
        return best
