"""One sentence's characters as the name rules claim them: each character is free, taken
(by a glossary term or a quantity, found before names), or claimed by a name."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property

from pipeline.model import token_words
from pipeline.zh.names import Name
from pipeline.zh.names.words import NameWords


class Claims:
    """The state the place, people and list rules share for one sentence."""

    def __init__(self, zh: str, tokens: Sequence[tuple[int, int]], words: NameWords,
                 speaker: str | None = None) -> None:
        self.zh, self.tokens, self.w, self.lex, self.speaker = zh, tokens, words, words.lex, speaker
        self.words = token_words(zh, tokens)
        self.claimed: list[str | None] = [None] * len(zh)  # per character: what took it
        self.found: list[Name] = []  # in claiming order

    @cached_property
    def bounds(self) -> set[int]:
        """Token boundaries (built only for sentences with a place suffix or a title)."""
        return {a for a, _ in self.tokens} | {b for _, b in self.tokens}

    @cached_property
    def token_set(self) -> set[tuple[int, int]]:
        return set(self.tokens)

    def free(self, a: int, b: int) -> bool:
        return 0 <= a < b <= len(self.zh) and not any(self.claimed[a:b])

    def take(self, a: int, b: int, what: str) -> None:
        """Mark [a, b) as taken by something found before names (a term, a quantity)."""
        self.claimed[a:b] = [what] * (b - a)

    def claim(self, a: int, b: int, en: str, kind: str) -> None:
        self.take(a, b, kind)
        self.found.append(Name(self.zh[a:b], en, a, b, kind))
