"""Text that remembers where each character came from.

`Mapped` pairs a string with the offset (into the decoded input) of every one of
its characters. Edits go through `sub`, which keeps the offsets right, so that
any cleaned piece can be traced back to the raw input.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

Replacement = str | Callable[[re.Match[str]], str]


@dataclass(frozen=True, slots=True)
class Mapped:
    text: str
    offsets: tuple[int, ...]

    def __post_init__(self) -> None:
        if len(self.text) != len(self.offsets):
            raise ValueError("Mapped: text and offsets differ in length")

    @classmethod
    def of(cls, text: str, start: int = 0) -> Mapped:
        return cls(text, tuple(range(start, start + len(text))))

    def __len__(self) -> int:
        return len(self.text)

    def __add__(self, other: Mapped) -> Mapped:
        return Mapped(self.text + other.text, self.offsets + other.offsets)

    def slice(self, start: int, end: int | None = None) -> Mapped:
        end = len(self.text) if end is None else end
        return Mapped(self.text[start:end], self.offsets[start:end])

    def strip(self, chars: str | None = None) -> Mapped:
        left = len(self.text) - len(self.text.lstrip(chars))
        right = len(self.text.rstrip(chars))
        return self.slice(left, max(left, right))

    def sub(
        self, pattern: re.Pattern[str] | str, repl: Replacement
    ) -> tuple[Mapped, list[tuple[str, str, int]]]:
        """Like `re.sub`; returns the new text and (before, after, offset) of each change.

        A replacement as long as its match maps character for character; otherwise
        every new character takes the offset of the match's first character.
        """
        rx = re.compile(pattern) if isinstance(pattern, str) else pattern
        fn = repl if callable(repl) else _expander(repl)
        parts: list[str] = []
        changes: list[tuple[str, str, int]] = []
        resized: list[tuple[int, int, int, int]] = []  # (start, end, new length, offset)
        pos = 0
        for m in rx.finditer(self.text):
            new = fn(m)
            old = m.group(0)
            if new == old:
                continue
            a, b = m.span()
            at = self.offsets[a] if a < len(self.offsets) else (self.offsets[-1] + 1 if self.offsets else 0)
            parts.append(self.text[pos:a])
            parts.append(new)
            changes.append((old, new, at))
            if len(new) != b - a:
                resized.append((a, b, len(new), at))
            pos = b
        if not changes:
            return self, []
        parts.append(self.text[pos:])
        offsets = self._offsets_after(resized) if resized else self.offsets
        return Mapped("".join(parts), offsets), changes

    def _offsets_after(self, resized: list[tuple[int, int, int, int]]) -> tuple[int, ...]:
        """The offsets once the replacements that change the length are made (one that keeps
        it keeps the offsets it covers, so only these need rebuilding the tuple)."""
        offs: list[int] = []
        pos = 0
        for a, b, n, at in resized:
            offs.extend(self.offsets[pos:a])
            offs.extend([at] * n)
            pos = b
        offs.extend(self.offsets[pos:])
        return tuple(offs)


def _expander(template: str) -> Callable[[re.Match[str]], str]:
    """The replacement function for a `re.sub` template (the text itself when it holds no
    group reference: nothing to expand)."""
    if "\\" not in template:
        return lambda m: template
    return lambda m: m.expand(template)
