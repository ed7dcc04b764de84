"""Word segmentation: jieba's words, with every glossary term and variant kept as one token.

The cutting itself is rjieba, the Python binding of jieba-rs: a Rust port of jieba's `cut`
with the same dictionary (jieba 0.42's dict.txt) and the same HMM for unknown words, so it
gives jieba's words (tests/test_segment.py compares the two on every text in the repository)
about 15 times faster than jieba's own Python.

What jieba-rs cannot do is what pipeline needs for glossary terms: add a word without raising
the dictionary's total count. jieba's total divides every word's frequency, so a total raised by
a glossary's worth of high-frequency terms penalises every token of every sentence and cuts
ordinary text differently the larger the glossary grows (万元以上, 企业职工, 约谈 came out
whole with the shipped glossary). Instead, two cutters: `_marked` knows the terms (at
TERM_FREQ) and only says where they stand; `_plain`, jieba's dictionary untouched, cuts the
text between them. The best path through a sentence that keeps a term whole is the best path
to the term's start followed by the best path from its end, so where `_marked` and jieba's
Python (terms at TERM_FREQ, total put back) keep the same terms, the words are the same:
tests/test_segment.py checks that on every text in the repository with the shipped glossary.
They can choose differently only where terms overlap one another or lie inside a longer
dictionary word (two terms 社会 + 主义 against the word 社会主义): `_marked`, its total raised,
prefers fewer tokens there.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from itertools import accumulate
from pathlib import Path

from pipeline.model import Span

#: Frequency given to glossary terms: far above any word in jieba's dictionary
#: (its largest is 的, 318825), so the best path through a term keeps it whole.
TERM_FREQ = 2_000_000


def cache_dir() -> Path:
    base = os.environ.get("PIPELINE_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "pipeline"
    )
    return Path(base)


class Tokenizer:
    """jieba's cut (HMM on) over jieba's dictionary, with `terms` kept whole."""

    def __init__(self, terms: Iterable[str] = ()) -> None:
        import rjieba

        self._plain = rjieba.Jieba()
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
        if terms.isdisjoint(marked):
            return self._plain.cut(text)
        out: list[str] = []
        start = pos = 0
        for w in marked:
            if w in terms:
                if pos > start:
                    out += self._plain.cut(text[start:pos])
                out.append(w)
                start = pos + len(w)
            pos += len(w)
        if pos > start:
            out += self._plain.cut(text[start:])
        return out

    def spans(self, text: str) -> list[Span]:
        """[start, end) of each word of `text`."""
        ends = list(accumulate(map(len, self.cut(text))))
        return list(zip([0, *ends[:-1]], ends))

    def known(self, word: str) -> bool:
        """Whether `word` is a word of jieba's dictionary or a glossary term."""
        return word in self.terms or self._plain.has_word(word)


def make_tokenizer(terms: Iterable[str]) -> Tokenizer:
    return Tokenizer(terms)


def words(tokenizer: Tokenizer, text: str) -> list[Span]:
    """Word spans of `text` in order (see `Tokenizer.spans`)."""
    return tokenizer.spans(text)
