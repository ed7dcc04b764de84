"""Word segmentation with jieba, with every glossary term and variant kept as one token."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable
from pathlib import Path

#: Frequency given to glossary terms: far above any word in jieba's dictionary
#: (its largest is 的, 318825), so the best path through a term keeps it whole.
TERM_FREQ = 2_000_000


def cache_dir() -> Path:
    base = os.environ.get("PIPELINE_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "pipeline"
    )
    return Path(base)


def make_tokenizer(terms: Iterable[str]) -> object:
    """A jieba.Tokenizer of its own (not jieba's global one), with `terms` added."""
    tok = new_tokenizer()
    add_terms(tok, terms)
    return tok


def new_tokenizer() -> object:
    """A fresh jieba.Tokenizer with jieba's dictionary loaded (cached in cache_dir())."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tok = jieba.Tokenizer()
    d = cache_dir()
    try:
        d.mkdir(parents=True, exist_ok=True)
        tok.tmp_dir = str(d)
    except OSError:
        pass  # jieba falls back to the system temp folder
    tok.initialize()
    return tok


def add_terms(tok: object, terms: Iterable[str]) -> None:
    """Make each term of two or more characters one token: a frequency above any dictionary word."""
    total = tok.total  # type: ignore[attr-defined]
    add = tok.add_word  # type: ignore[attr-defined]
    for t in terms:
        if len(t) > 1:
            add(t, TERM_FREQ)
    # add_word also raises jieba's total count, which penalises every token of every
    # sentence; restoring it keeps ordinary text cut the same however large the glossary.
    tok.total = total  # type: ignore[attr-defined]


def words(tokenizer: object, text: str) -> list[tuple[int, int]]:
    """Word spans of `text` in order."""
    spans = []
    pos = 0
    for w in tokenizer.cut(text, HMM=True):  # type: ignore[attr-defined]
        spans.append((pos, pos + len(w)))
        pos += len(w)
    return spans
