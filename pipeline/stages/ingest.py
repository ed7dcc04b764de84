"""ingest: bytes → text. Detect the encoding, refuse binary or empty input,
convert Traditional to Simplified where the text holds Traditional characters,
and cut the text into raw blocks (blank-line separated) for the clean stage.

Page images and PDFs (known by their first bytes, `pipeline.ocr.sniff`) are read by the OCR
layer instead: their text is built from the recognised lines in reading order (one raw block
per paragraph, one line per line), and `Document.meta["ocr"]` keeps the `PageText` that maps
every offset of it back to its line, page, box and confidence.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import replace
from functools import lru_cache
from importlib import resources

from pipeline.errors import InputError
from pipeline.model import Document, Paragraph
from pipeline.ocr.sniff import sniff
from pipeline.zh.chars import HAN_COMPAT, SPACES

# Encodings tried, in order, after BOMs. GB18030 is a superset of GBK and GB2312.
CANDIDATES = ("utf-8", "gb18030", "big5")

# Control characters that never occur in text files (tab, LF, VT, FF, CR and ESC excepted).
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_BLANK_LINE = re.compile(rf"\n[{SPACES}\r]*\n")
_BREAK = re.compile(rf"\n[{SPACES}\r]*\n|\n")  # a blank line, else a line break
_CJK = re.compile(f"[{HAN_COMPAT}]")


def ingest(doc: Document, ctx: object) -> Document:
    """Decode `doc.data` into `doc.text` and cut it into raw blocks."""
    doc = read(doc, ctx)
    return doc if doc.paragraphs else replace(doc, paragraphs=raw_blocks(doc.text))


def read(doc: Document, ctx: object) -> Document:
    """Decode `doc.data` into `doc.text` (Simplified); the raw blocks are cut only for page
    images and PDFs, whose blocks the OCR knows (pipeline.runner cuts a long text's blocks
    chunk by chunk)."""
    kind = sniff(doc.data)
    if kind is not None:
        return ingest_pages(doc, ctx, kind)
    text, encoding = decode(doc.data, doc.source)
    simplified = to_simplified(text)
    original = text if simplified != text else ""
    return replace(
        doc,
        data=b"",
        text=simplified,
        original=original,
        encoding=encoding + ("+t2s" if original else ""),
    )


def ingest_pages(doc: Document, ctx: object, kind: str) -> Document:
    """A page image or PDF: OCR (or the PDF's text layer), lines in reading order."""
    from pipeline.ocr.locate import PageText
    from pipeline.ocr.scan import scan
    from pipeline.ocr.types import OcrOptions

    defaults = OcrOptions()
    options = OcrOptions(engine=getattr(ctx, "ocr_engine", defaults.engine),
                         dpi=getattr(ctx, "dpi", defaults.dpi), pages=getattr(ctx, "pages", None))
    pages = PageText.of(scan(doc.data, doc.source, kind, options))
    text = to_simplified(pages.text)
    meta = (("ocr", pages), *((("notes", pages.scan.notes),) if pages.scan.notes else ()))
    return replace(
        doc,
        data=b"",
        text=text,
        original=pages.text if text != pages.text else "",
        encoding=f"{kind}+{pages.scan.engine}" + ("+t2s" if text != pages.text else ""),
        paragraphs=tuple(replace(p, kind="heading") if heading else p
                         for p, heading in zip(raw_blocks(text), pages.scan.headings)),
        meta=doc.meta + meta,
    )


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Return (text, encoding name); raise InputError for binary or empty input."""
    if data.startswith(codecs.BOM_UTF8):
        return _checked(data[3:].decode("utf-8", errors="strict"), name), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return _checked(data.decode("utf-16"), name), "utf-16"
        except UnicodeDecodeError:
            raise InputError(f"{name}: not valid UTF-16 despite its byte-order mark") from None
    candidates = list(CANDIDATES)
    if len(data) % 2 == 0:
        candidates += ["utf-16-le", "utf-16-be"]
    decoded = []
    for enc in candidates:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if enc == "utf-8" and "\x00" not in text:  # valid UTF-8 is almost never an accident
            return _checked(text, name), enc
        if not _CONTROL.search(text):
            decoded.append((enc, text))
    if not decoded:
        raise _unknown_encoding(name)
    score, enc, text = max((_plausibility(t), e, t) for e, t in decoded)
    if score < MIN_PLAUSIBILITY:  # bytes that happen to decode, as nobody's Chinese
        raise _unknown_encoding(name)
    return _checked(text, name), enc


def _unknown_encoding(name: str) -> InputError:
    return InputError(f"{name}: binary file, or text in an unknown encoding; "
                      "give a text file in UTF-8, GB18030/GBK, Big5 or UTF-16")


#: Least share of common characters among the Chinese of a guessed (non-UTF-8) decoding:
#: real GBK, Big5 or UTF-16 text scores above 0.9, bytes that merely decode far below.
MIN_PLAUSIBILITY = 0.5


def _plausibility(text: str) -> float:
    """Share of characters that are common Chinese characters (Simplified or Traditional)."""
    common = _common_chars()
    if not text:
        return 0.0
    hits = sum(1 for ch in text if ch in common)
    cjk = len(_CJK.findall(text))
    return hits / max(cjk, 1) - 0.01 * (cjk == 0)


@lru_cache(maxsize=1)
def _common_chars() -> frozenset[str]:
    data = resources.files("pipeline.data").joinpath("common_chars.txt").read_text("utf-8")
    lines = (line for line in data.splitlines() if not line.startswith("#"))
    return frozenset(ch for line in lines for ch in line if not ch.isspace())


def _checked(text: str, name: str) -> str:
    if _CONTROL.search(text):
        raise InputError(f"{name}: binary file (control characters); give a text file")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(f"{name}: the file is empty; nothing to translate")
    return text


@lru_cache(maxsize=1)
def _traditional_only() -> frozenset[str]:
    """Characters OpenCC maps from Traditional to a different Simplified form."""
    import opencc

    path = resources.files(opencc).joinpath("dictionary", "TSCharacters.txt")
    chars = set()
    for line in path.read_text("utf-8").splitlines():
        if "\t" in line:
            trad, simp = line.split("\t", 1)
            if trad and trad not in simp.split():
                chars.add(trad)
    return frozenset(chars)


def holds_traditional(text: str) -> bool:
    return not _traditional_only().isdisjoint(text)


@lru_cache(maxsize=1)
def _converter() -> object:
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional → Simplified, one character for one so offsets stay valid.

    Only lines holding Traditional characters go through OpenCC (it is slow);
    a phrase conversion that changes length falls back to character by character.
    """
    if not holds_traditional(text):
        return text
    conv = _converter()
    lines = text.split("\n")
    out = []
    for line in lines:
        if holds_traditional(line):
            converted = conv.convert(line)  # type: ignore[attr-defined]
            if len(converted) != len(line):
                converted = "".join(
                    c if len(c := conv.convert(ch)) == 1 else ch  # type: ignore[attr-defined]
                    for ch in line
                )
            line = converted
        out.append(line)
    return "\n".join(out)


def raw_blocks(text: str, start: int = 0, end: int | None = None, first: int = 1) -> tuple[Paragraph, ...]:
    """Blank-line separated blocks of text[start:end], line breaks inside kept, no repairs
    yet, numbered p{first}, p{first + 1}, …"""
    end = len(text) if end is None else end
    blocks: list[Paragraph] = []
    pos = start
    for m in _BLANK_LINE.finditer(text, start, end):
        _add_block(blocks, text, pos, m.start(), first)
        pos = m.end()
    _add_block(blocks, text, pos, end, first)
    return tuple(blocks)


def pieces(text: str, size: int, lines: bool = False) -> list[tuple[int, int, bool]]:
    """(start, end, inside) of consecutive pieces of `text` of at least `size` characters
    (the last may be shorter), each cut after a blank line, so that each holds whole raw
    blocks; with `lines`, a stretch of twice `size` without a blank line is cut after a line
    break too, and the piece after it starts `inside` a raw block."""
    cuts, last = [(0, False)], 0
    for m in (_BREAK if lines else _BLANK_LINE).finditer(text):
        end, blank = m.end(), m.end() - m.start() > 1 or not lines
        if end < len(text) and end - last >= size * (1 if blank else 2):
            cuts.append((end, not blank))
            last = end
    ends = [c for c, _ in cuts[1:]] + [len(text)]
    return [(a, b, inside) for (a, inside), b in zip(cuts, ends)]


def _add_block(blocks: list[Paragraph], text: str, start: int, end: int, first: int) -> None:
    chunk = text[start:end]
    lead = len(chunk) - len(chunk.lstrip())
    trail = len(chunk.rstrip())
    if trail <= lead:
        return
    a, b = start + lead, start + trail
    n = len(blocks) + first
    blocks.append(
        Paragraph(
            id=f"p{n}",
            kind="body",
            text=text[a:b],
            offsets=tuple(range(a, b)),
            raw=((a, b),),
        )
    )
