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
_SLOT = array("I").itemsize


class StrTable:
    """Look-ups in a packed table (`pack`); "" for a key it does not hold."""

    def __init__(self, blob: bytes | mmap.mmap) -> None:
        magic, slots, self._size = _HEAD.unpack_from(blob) if len(blob) >= _HEAD.size else (b"", 0, 0)
        table_end = _HEAD.size + slots * _SLOT
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
        blob, slots, mask = self.blob, self._slots, self._mask
        i = crc32(head) & mask
        while off := slots[i]:
            if blob[off:off + len(head)] == head:
                return blob[off + len(head):blob.find(b"\n", off)].decode("utf-8")
            i = (i + 1) & mask
        return ""


def pack(rows: Mapping[str, str]) -> bytes:
    """The table as bytes: an open-addressing hash table of CRC-32s, at most half full, rows in
    sorted order (the same rows give the same bytes). Keys and values hold no \\x1d or line break."""
    slots = 1
    while slots < 2 * len(rows):
        slots *= 2
    table = array("I", bytes(slots * _SLOT))
    records: list[bytes] = []
    offset = _HEAD.size + slots * _SLOT
    for key in sorted(rows):
        value = rows[key]
        if _SEP in key + value or "\n" in key + value:
            raise ValueError(f"cannot pack {key!r}: {value!r}")
        head = (key + _SEP).encode("utf-8")
        record = head + (value + "\n").encode("utf-8")
        i = crc32(head) & (slots - 1)
        while table[i]:
            i = (i + 1) & (slots - 1)
        table[i] = offset
        records.append(record)
        offset += len(record)
    return _HEAD.pack(_MAGIC, slots, len(rows)) + table.tobytes() + b"".join(records)


def opened(path: Path) -> StrTable | None:
    """The table in the file at `path`, mapped read-only; None when there is none or it is
    unusable."""
    try:
        with path.open("rb") as f:
            return StrTable(mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ))
    except (OSError, ValueError):
        return None
