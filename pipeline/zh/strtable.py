"""A str → str table packed in one bytes hash table, to be mapped from a cache file and read
in place: a look-up decodes only the row it finds, so a run that asks a few thousand keys of
a table of 100k rows neither reads nor decodes the rest (the layout of `pipeline.zh.cedict`'s
index, without its tags)."""

from __future__ import annotations

import mmap
import struct
from array import array
from collections.abc import Mapping
from pathlib import Path
from zlib import crc32

#: The layout: a header (magic, number of hash slots, of rows), the slots (native unsigned
#: ints: a row's offset, 0 for none), then a row per key, "key\\x1dvalue\\n" in UTF-8.
_MAGIC = b"STRT"
_HEAD = struct.Struct("<4sII")
_SEP = "\x1d"
#: The size of a hash slot (a native unsigned int; `pipeline.zh.cedict` shares the layout).
SLOT = array("I").itemsize


class StrTable:
    """Look-ups in a packed table (`pack`); "" for a key it does not hold."""

    def __init__(self, blob: bytes | mmap.mmap) -> None:
        magic, slots, self._size = _HEAD.unpack_from(blob) if len(blob) >= _HEAD.size else (b"", 0, 0)
        table_end = _HEAD.size + slots * SLOT
        if magic != _MAGIC or not slots or slots & (slots - 1) or table_end > len(blob):
            raise ValueError("not a packed table")
        self.blob = blob
        self._slots = memoryview(blob)[_HEAD.size:table_end].cast("I")
        self._mask = slots - 1

    def __len__(self) -> int:
        return int(self._size)

    def get(self, key: str) -> str:
        if _SEP in key or "\n" in key:
            return ""
        head = (key + _SEP).encode("utf-8")
        off = find(self.blob, self._slots, self._mask, head)
        return self.blob[off:self.blob.find(b"\n", off)].decode("utf-8") if off >= 0 else ""


def find(blob: bytes | mmap.mmap, slots: memoryview, mask: int, head: bytes) -> int:
    """Where the value of the row whose key part is `head` starts in `blob`, -1 for none: a
    look-up in the open-addressing hash table of CRC-32s that `hash_table` made (this table's
    and `pipeline.zh.cedict`'s index's)."""
    i = crc32(head) & mask
    while off := slots[i]:
        if blob[off:off + len(head)] == head:
            return off + len(head)
        i = (i + 1) & mask
    return -1


def slot_count(rows: int) -> int:
    """The hash table's size for `rows` rows: a power of two, at most half full."""
    slots = 1
    while slots < 2 * rows:
        slots *= 2
    return slots


def hash_table(heads: list[bytes], sizes: list[int], first: int, slots: int) -> bytes:
    """The table of `slots` native unsigned ints placing each row (its key part `heads[n]`, its
    whole length `sizes[n]`, the rows laid out in order from offset `first`) at the first free
    slot from the CRC-32 of its key part."""
    table = array("I", bytes(slots * SLOT))
    offset = first
    for head, size in zip(heads, sizes):
        i = crc32(head) & (slots - 1)
        while table[i]:
            i = (i + 1) & (slots - 1)
        table[i] = offset
        offset += size
    return table.tobytes()


def pack(rows: Mapping[str, str]) -> bytes:
    """The table as bytes: an open-addressing hash table of CRC-32s, at most half full, rows in
    sorted order (the same rows give the same bytes). Keys and values hold no \\x1d or line break."""
    heads: list[bytes] = []
    records: list[bytes] = []
    for key in sorted(rows):
        value = rows[key]
        if _SEP in key + value or "\n" in key + value:
            raise ValueError(f"cannot pack {key!r}: {value!r}")
        heads.append((key + _SEP).encode("utf-8"))
        records.append(heads[-1] + (value + "\n").encode("utf-8"))
    slots = slot_count(len(rows))
    table = hash_table(heads, [len(r) for r in records], _HEAD.size + slots * SLOT, slots)
    return _HEAD.pack(_MAGIC, slots, len(rows)) + table + b"".join(records)


def opened(path: Path) -> StrTable | None:
    """The table in the file at `path`, mapped read-only; None when there is none or it is
    unusable."""
    try:
        with path.open("rb") as f:
            return StrTable(mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ))
    except (OSError, ValueError):
        return None
