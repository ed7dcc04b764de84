"""The CC-CEDICT part of every headword's English (`lexicon.dictionary_english`, which the
lexicon hands over when it loads the table: a proper noun's name, the sense for the word's
part of speech, the word a cross-reference sends the reader to), worked out once for the
whole dictionary and cached beside the CC-CEDICT index (`pipeline.zh.strtable`), so that a
run looks a word's English up instead of ranking and cleaning its senses the first time it
meets the word (~7k words in a first pass over the 342k-character news bench corpus).

The table depends on the dictionaries and on the code that works it out, nothing else: its
cache file is named by the CC-CEDICT index's own key (the data files' sizes and times) and a
hash of those modules' source (`SOURCES`), and either changed, it is built anew (~2.5 s,
like the index's own first build). What the run's files decide (the phrase table and the
domain lexicon, asked first; a word CC-CEDICT lacks, rendered by its parts) is still worked
out at run time.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from pipeline.zh import cedict, strtable
from pipeline.zh.strtable import StrTable

#: What the table holds of each headword: its English from the index ("" for none).
English = Callable[[cedict.Cedict, str], str]

#: Bump when the table's rows change meaning (old caches are ignored).
FORMAT = 1
#: The modules of pipeline.zh whose code `dictionary_english` runs.
SOURCES = ("lexicon", "romanize", "pinyin", "cedict", "chars", "strtable", "renderings")
SOURCE_DIR = Path(__file__).parent


def _source(name: str) -> Path:
    return SOURCE_DIR / f"{name}.py"


def cache_path(folder: Path) -> Path | None:
    """The table's cache file for the installed dictionaries and code; None where the code's
    source cannot be read (then no table: each word is worked out when met)."""
    index = cedict.cache_path(folder, cedict.data_file(), cedict.jieba_dict_file())
    digest = hashlib.blake2b(digest_size=10)
    try:
        for name in SOURCES:
            digest.update(_source(name).read_bytes())
    except OSError:
        return None
    return folder / f"renderings-v{FORMAT}-{index.stem}-{digest.hexdigest()}.table"


def build(index: cedict.Cedict, english: English) -> bytes:
    """The packed table of every headword of `index` that `english` gives English."""
    return strtable.pack({w: en for w in index.headwords() if (en := english(index, w))})


def load(english: English, folder: Path | None = None) -> StrTable | None:
    """The table from its cache file, else built (on a fresh copy of the index, so that the
    shared one keeps no memo of every headword) and written; None where it cannot be cached
    (building it at every run would cost more than it saves)."""
    from pipeline.fileio import atomic_write, cache_dir

    folder = folder or cache_dir()
    path = cache_path(folder)
    if path is None:
        return None
    table = strtable.opened(path)
    if table is not None:
        return table
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if not os.access(folder, os.W_OK):
            return None
        atomic_write(path, build(cedict.load(folder), english))
    except OSError:
        return None
    return strtable.opened(path)


@lru_cache(maxsize=1)
def shared(english: English) -> StrTable | None:
    """One table per process (beside `cedict.shared`)."""
    return load(english)
