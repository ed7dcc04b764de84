"""What a file is, from its first bytes (its name is never asked): the magic numbers of the
page formats the pipeline reads. Sources: PNG spec §5.2, JPEG/JFIF SOI marker, TIFF 6.0 §2
(II*\\0, MM\\0*, BigTIFF II+\\0), WebP container spec (RIFF....WEBP), PDF 1.7 §7.5.2 (%PDF-,
which readers accept anywhere in the first 1024 bytes)."""

from __future__ import annotations

#: (kind, offset, magic), tried in order.
MAGIC: tuple[tuple[str, int, bytes], ...] = (
    ("png", 0, b"\x89PNG\r\n\x1a\n"),
    ("jpeg", 0, b"\xff\xd8\xff"),
    ("tiff", 0, b"II*\x00"),
    ("tiff", 0, b"MM\x00*"),
    ("tiff", 0, b"II+\x00"),
    ("webp", 8, b"WEBP"),
)

PAGE_KINDS = ("png", "jpeg", "tiff", "webp", "pdf")


def sniff(data: bytes) -> str | None:
    """"png", "jpeg", "tiff", "webp" or "pdf"; None for anything else (text, most likely)."""
    for kind, at, magic in MAGIC:
        if data[at:at + len(magic)] == magic and (kind != "webp" or data[:4] == b"RIFF"):
            return kind
    if b"%PDF-" in data[:1024]:
        return "pdf"
    return None
