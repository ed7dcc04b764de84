"""Word segmentation: jieba's words, with every glossary term and variant kept as one token.

The cutting itself is rjieba, the Python binding of jieba-rs: a Rust port of jieba's `cut`
with the same dictionary (jieba 0.42's dict.txt) and the same HMM for unknown words, so it
gives jieba's words (tests/test_segment.py compares the two on every text in the repository,
1.3 MB of it) about 15 times faster than jieba's own Python. One difference is mended here:
an ASCII run outside the dictionary that holds a joiner (2024-03-05, COVID-19, v1.2-beta)
is one word to jieba-rs, and jieba splits it into its letter/digit runs and the joiners
(`_ascii_as_jieba`).

What jieba-rs cannot do is what pipeline needs for glossary terms: add a word without raising
the dictionary's total count. jieba's total divides every word's frequency, so a total raised by
a glossary's worth of high-frequency terms penalises every token of every sentence and cuts
ordinary text differently the larger the glossary grows. Instead, two cutters: `_marked`
knows the terms (at TERM_FREQ) and only says where they stand; `_plain`, jieba's dictionary
untouched, cuts the text between them. The best path through a sentence that keeps a term
whole is the best path to the term's start followed by the best path from its end, so the
words between terms are exactly jieba's.

Where a glossary term sits inside a longer dictionary word (中央 in 中央委员会, 政协 in
人民政协, 主任 in 主任委员), `_marked` keeps the dictionary word, where jieba's Python with the
same terms (total put back) split it: "Central Committee", not "the central authorities
committee". And a term is kept whole only where it respects jieba's own word boundaries: where
its first or last character is inside a dictionary word of jieba's cut of the sentence (四强 in
四强化, jieba 四|强化; 强工业 in 加强工业), it is no term and jieba's words stand, where jieba's
Python (and a plain `add_word`) would force 四强|化. Everywhere else the words are the same;
tests/zh/test_tokenize.py checks both on every text in the repository.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import accumulate
from typing import Any

from pipeline.model import Span

#: Frequency given to glossary terms: far above any word in jieba's dictionary
#: (its largest is 的, 318825), so the best path through a term keeps it whole.
TERM_FREQ = 2_000_000

#: jieba.finalseg's `re_skip`: how jieba splits a run of non-Han characters it has no word for.
_JIEBA_RUN = r"[a-zA-Z0-9]+(?:\.\d+)?%?"
_JIEBA_SKIP = re.compile(f"({_JIEBA_RUN})")
_JIEBA_WHOLE = re.compile(_JIEBA_RUN)
#: Characters that can join letters and digits into one jieba-rs word (jieba's block regex).
_JOINERS = re.compile(r"[-+#&._%]")


class Tokenizer:
    """jieba's cut (HMM on) over jieba's dictionary, with `terms` kept whole."""

    def __init__(self, terms: Iterable[str] = ()) -> None:
        import rjieba

        # rjieba loads jieba's dictionary into a module-level cutter when imported: that one
        # is `_plain` (never given a word), so the dictionary is loaded once for it and once
        # for `_marked`, not a third time.
        self._plain: Any = rjieba
        self._marked = rjieba.Jieba()
        self.terms: frozenset[str] = frozenset()
        self.add_terms(terms)

    def add_terms(self, terms: Iterable[str]) -> None:
        """Make each term of two or more characters one token."""
        new = frozenset(t for t in terms if len(t) > 1) - self.terms
        add = self._marked.add_word
        for t in new:
            add(t, TERM_FREQ, None)
        self.terms |= new

    def cut(self, text: str) -> list[str]:
        """The words of `text`, in order; together they are exactly `text`."""
        marked = self._marked.cut(text)
        terms = self.terms
        out = self._plain.cut(text) if terms.isdisjoint(marked) else self._around_terms(text, marked)
        return self._ascii_as_jieba(out) if _JOINERS.search(text) else out

    def _around_terms(self, text: str, marked: list[str]) -> list[str]:
        """The terms `_marked` found, and `_plain`'s words between them, less the terms that
        would break a word (`_word_breakers`)."""
        terms = self.terms
        ends = list(accumulate(map(len, marked)))
        spans = list(zip([0, *ends[:-1]], ends))
        plain = self._plain.cut(text)
        dropped = self._word_breakers(text, spans, plain)
        out: list[str] = []
        start = 0
        for w, (a, b) in zip(marked, spans):
            if w in terms and a not in dropped:
                if a > start:
                    out += self._plain.cut(text[start:a])
                out.append(w)
                start = b
        if len(text) > start:
            out += self._plain.cut(text[start:])
        return out

    def _word_breakers(self, text: str, marked: list[Span], words: list[str]) -> set[int]:
        """Starts of the terms that only stand by breaking a word of jieba's own cut of
        `text`. Where the term cut and jieba's differ, compare them over the stretch where
        both agree at the ends: the terms there go when one of them strands a single
        character of jieba's word (四强 in 四强化: jieba 四|强化, the term leaves 化 alone)
        and the term cut needs more words than jieba's (万|人大|礼堂, not 万人|大礼堂), or as
        many, all dictionary words, and that term is no dictionary word itself (四强|化;
        强科技 in 加强科技; 脱贫攻坚 in 脱贫攻坚战, a term at the head of a longer word).
        A term stands where its cut needs fewer words (为|主攻方向, not 为主|攻|方向), where it
        leaves a word of two or more characters (北京|市委书记, 北京|人民大会堂), where the
        stranded character is in another term, and where jieba's words in a tie are HMM
        guesses, not dictionary words (非遗|传承|人 stands against 非|遗传|承人)."""
        has, terms = self._plain.has_word, self.terms
        ends = list(accumulate(map(len, words)))
        at = {0, *ends}
        if all(a in at and b in at for a, b in marked if text[a:b] in terms):
            return set()  # every term on jieba's own word boundaries: most sentences
        plain = list(zip([0, *ends[:-1]], ends))
        in_terms = {i for a, b in marked if text[a:b] in self.terms for i in range(a, b)}
        dropped: set[int] = set()
        i = j = 0
        for stop in sorted(set(ends) & {b for _, b in marked}):
            m0, p0 = i, j
            while marked[i][1] < stop:
                i += 1
            while plain[j][1] < stop:
                j += 1
            i, j = i + 1, j + 1
            ours, theirs = marked[m0:i], plain[p0:j]
            if ours == theirs:
                continue
            here = [(a, b) for a, b in ours if text[a:b] in terms]
            more, tie = len(ours) > len(theirs), len(ours) == len(theirs)
            dict_words = tie and all(has(text[a:b]) for a, b in theirs)
            if any(_strands(a, b, theirs, in_terms) and (more or (dict_words and not has(text[a:b])))
                   for a, b in here):
                dropped.update(a for a, _ in here)
        return dropped

    def _ascii_as_jieba(self, words: list[str]) -> list[str]:
        """jieba's split of joined ASCII runs that are not dictionary words (see the module doc)."""
        out: list[str] = []
        for w in words:
            if len(w) > 1 and w.isascii() and not _JIEBA_WHOLE.fullmatch(w) and not self.known(w):
                out += [x for x in _JIEBA_SKIP.split(w) if x]
            else:
                out.append(w)
        return out

    def spans(self, text: str) -> list[Span]:
        """[start, end) of each word of `text`."""
        ends = list(accumulate(map(len, self.cut(text))))
        return list(zip([0, *ends[:-1]], ends))

    def known(self, word: str) -> bool:
        """Whether `word` is a word of jieba's dictionary or a glossary term."""
        return word in self.terms or self._plain.has_word(word)


def _strands(a: int, b: int, plain: list[Span], taken: set[int]) -> bool:
    """Whether a term at [a, b) leaves one character of a word of `plain` outside itself and
    outside every other term (`taken`)."""
    return any((x == a - 1 and a < y and x not in taken) or (y == b + 1 and x < b and b not in taken)
               for x, y in plain if x < b and a < y)


def make_tokenizer(terms: Iterable[str]) -> Tokenizer:
    return Tokenizer(terms)


def words(tokenizer: Tokenizer, text: str) -> list[Span]:
    """Word spans of `text` in order (see `Tokenizer.spans`)."""
    return tokenizer.spans(text)
