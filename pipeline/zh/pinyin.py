"""pypinyin's toneless readings without importing pypinyin: `lazy_pinyin(text)` is
pypinyin.lazy_pinyin(text) (style NORMAL, characters without a reading kept as they are)
for a text of Han characters, from a table of what pypinyin itself gives for each of its
characters and phrases, built once and cached (pipeline.fileio.cache_dir).

Importing pypinyin decodes its phrase dictionary from JSON and builds its segmenter's
prefix set, ~0.25 s of a first pass over a document; the table loads in ~0.07 s.
pypinyin reads a text by forward maximum matching over its phrases (pypinyin.seg.mmseg,
strict: phrases only): the longest phrase the rest of the text starts with, else one
character; and where the whole rest is the start of a longer phrase but starts with none,
each of its characters alone. A phrase's reading, and a character's outside a phrase, do
not depend on the text around it, so pypinyin's reading of each alone is the table. A text
holding a character the table lacks (no Han character, or none pypinyin reads) goes to
pypinyin itself (`None` here)."""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from pathlib import Path
from sys import intern
from typing import Any, NamedTuple


class Table(NamedTuple):
    chars: dict[str, str]  # a Han character → its reading alone
    phrases: dict[str, tuple[str, ...]]  # a phrase of such characters → its readings
    keys: list[str]  # every phrase, sorted: is a text the start of one
    longest: int


def lazy_pinyin(text: str) -> list[str] | None:
    """pypinyin.lazy_pinyin(text, errors=keep) for a text of characters pypinyin reads;
    None for any other."""
    table = _table()
    if not text or any(c not in table.chars for c in text):
        return None
    out: list[str] = []
    rest = text
    while rest:
        word = next((rest[:n] for n in range(min(len(rest), table.longest), 1, -1)
                     if rest[:n] in table.phrases), "")
        if word:
            out += table.phrases[word]
            rest = rest[len(word):]
        elif _starts_a_phrase(table.keys, rest):
            out += [table.chars[c] for c in rest]
            break
        else:
            out.append(table.chars[rest[0]])
            rest = rest[1:]
    return out


def _starts_a_phrase(keys: list[str], text: str) -> bool:
    i = bisect_left(keys, text)
    return i < len(keys) and keys[i].startswith(text)


@lru_cache(maxsize=1)
def _table() -> Table:
    from pipeline.fileio import cached

    chars, phrases, keys = cached(f"pinyin2-{_version()}.marshal", _build)
    return Table(chars, phrases, keys, max(map(len, phrases), default=0))


def _version() -> str:
    """The sizes and times of pypinyin's data files: the table is rebuilt when they change."""
    from importlib.util import find_spec

    from pipeline.fileio import files_version

    spec = find_spec("pypinyin")
    folder = Path(next(iter(spec.submodule_search_locations or ()))) if spec else Path()
    return files_version([folder / "pinyin_dict.json", folder / "phrases_dict.json"])


def _build() -> tuple[dict[str, str], dict[str, tuple[str, ...]], list[str]]:
    """What pypinyin reads for each Han character it knows and for each of its phrases
    made of them; and all its phrases, sorted. The readings are interned: the ~1,300
    syllables are then each written once in the cache, which loads in two thirds of the time
    (~25 ms, not ~38 ms, for its 42k characters and 47k phrases)."""
    from pypinyin import lazy_pinyin as read
    from pypinyin.constants import PHRASES_DICT, PINYIN_DICT, RE_HANS

    keep: Any = list  # characters without a reading kept as they are
    chars = {}
    for code in PINYIN_DICT:
        c = chr(code)
        reading = read(c, errors=keep)
        if RE_HANS.match(c) and len(reading) == 1 and reading[0] != c:
            chars[c] = intern(reading[0])
    phrases = {p: tuple(map(intern, read(p, errors=keep))) for p in PHRASES_DICT if all(c in chars for c in p)}
    return chars, phrases, sorted(PHRASES_DICT)
