"""Phrase-table matches (`pipeline.zh.phrases`) over a sentence's free pieces: each run of whole
words that spells a phrase becomes one piece, the longest first, so that the phrase's official
English stands for it (加强|和|改善|民生 → "ensure and improve people's wellbeing").

Only the pieces left after the claims are joined: a glossary term, a quantity or a name is
never swallowed (a claim between two pieces breaks the run), and a phrase holding a number
matches only as written. A phrase starts and ends at a word boundary: a piece that is what a
claim left of a jieba word (half a word) neither starts nor ends one.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import compress

from pipeline.zh.phrases import PhraseTable

Spans = Sequence[tuple[int, int]]


def join_table_phrases(zh: str, pieces: Spans, words: Sequence[str], table: PhraseTable,
                       tokens: Spans) -> tuple[Spans, Sequence[str]]:
    """Pieces and words with each phrase of `table` joined into one, longest match first, left
    to right; `tokens` are the sentence's jieba words (the boundaries a phrase must keep)."""
    index, prefixes = table.index, table.prefixes
    # A phrase of one piece joins nothing: only where two words in a row start a phrase can one
    # start (the first word alone rules out most, without joining the two).
    maybe = [k for k in compress(range(len(words) - 1), map(prefixes.__contains__, words))
             if (two := words[k] + words[k + 1]) in prefixes or two in index]
    if not maybe:
        return pieces, words
    joins: list[tuple[int, int]] = []  # (first, last) piece of each phrase
    whole: set[tuple[int, int]] | None = None
    done = 0  # the first piece after the last phrase
    for k in maybe:
        if k < done or pieces[k][1] != pieces[k + 1][0]:
            continue  # inside the last phrase, or a claim between the two
        m = longest(zh, pieces, k, table)
        if m >= 0:
            whole = whole if whole is not None else set(tokens)
            if pieces[k] in whole and pieces[m] in whole:
                joins.append((k, m))
                done = m + 1
    return joined(zh, pieces, words, joins)


def joined(zh: str, pieces: Spans, words: Sequence[str], joins: list[tuple[int, int]]) -> tuple[Spans, Sequence[str]]:
    """Pieces and words with each (first, last) run of `joins` made one piece (the phrase
    table's and the domain lexicon's joins alike)."""
    if not joins:
        return pieces, words
    out_pieces, out_words = list(pieces), list(words)
    for k, m in reversed(joins):  # from the end, so the indices before stay right
        a, b = pieces[k][0], pieces[m][1]
        out_pieces[k:m + 1] = [(a, b)]
        out_words[k:m + 1] = [zh[a:b]]
    return out_pieces, out_words


def longest(zh: str, pieces: Spans, k: int, table: PhraseTable) -> int:
    """Index of the last piece of the longest phrase starting at piece k, or -1."""
    index, prefixes = table.index, table.prefixes
    a = pieces[k][0]
    best = k if zh[a:pieces[k][1]] in index else -1
    for m in range(k + 1, len(pieces)):
        if pieces[m][0] != pieces[m - 1][1]:
            break  # a claim between: a term, a number or a name ends the run
        joined = zh[a:pieces[m][1]]
        if joined in index:
            best = m
        if joined not in prefixes:
            break
    return best
