"""The data the OCR layer hands to ingest: frozen, slotted dataclasses holding tuples."""

from __future__ import annotations

from dataclasses import dataclass

Box = tuple[int, int, int, int]  # x0, y0, x1, y1 in page pixels (origin top left)

#: Engines `--ocr` accepts; the first is the default (chosen by measurement: README, `make bench`).
ENGINES = ("rapidocr", "tesseract")

#: A line the recogniser is less sure of than this gets an `ocr-low-confidence` qa flag.
#: RapidOCR's scores on clean and noisy test pages are ≥ 0.97 for right lines (tests/ocr).
LOW_CONFIDENCE = 0.8


@dataclass(frozen=True, slots=True)
class OcrOptions:
    """How to read page images and PDFs (the `run` options --ocr, --dpi, --pages)."""

    engine: str = ENGINES[0]
    dpi: int = 300  # PDF pages without a text layer are rendered at this resolution
    pages: str | None = None  # "1-3,7": PDF pages to read (1-based); None = all


@dataclass(frozen=True, slots=True)
class TextLine:
    """One recognised line: its text, page (1-based), box in page pixels and confidence (0–1)."""

    text: str
    page: int
    box: Box
    confidence: float
    vertical: bool = False  # set top to bottom (its box is tall and narrow)
    chars: tuple[Box, ...] = ()  # one box per character where known (a PDF's text layer)


@dataclass(frozen=True, slots=True)
class PageImage:
    """A page as the reader sees it beside the text: the image file's bytes and suffix, and the
    size of the pixel space the line boxes are in (the image itself may be smaller)."""

    page: int
    width: int
    height: int
    data: bytes
    ext: str  # "png", "jpg", "webp"


@dataclass(frozen=True, slots=True)
class Scan:
    """What was read from a page image or PDF: paragraphs of lines in reading order."""

    kind: str  # "png", "jpeg", "tiff", "webp", "pdf"
    engine: str  # "rapidocr", "tesseract", "pdf-text" (or "pdf-text+rapidocr" when mixed)
    paragraphs: tuple[tuple[TextLine, ...], ...]
    pages: tuple[PageImage, ...]
    notes: tuple[str, ...] = ()  # e.g. a blank page
    headings: tuple[bool, ...] = ()  # per paragraph: set in larger type, or vertical (a headline)

    @property
    def lines(self) -> tuple[TextLine, ...]:
        return tuple(line for p in self.paragraphs for line in p)
