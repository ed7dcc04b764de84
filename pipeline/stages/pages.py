"""The page beside the text, for records read from a page image or PDF (`pipeline.ocr`).

Each record gets `page` and `ocr` in its JSONL (through `Segment.extra`): the boxes, in page
pixels, of the parts of the lines it was read from (its `raw` spans, so dropped characters
count too) and their confidences; a record with a line under `LOW_CONFIDENCE` keeps its text
and gets an `ocr-low-confidence` qa flag. The page images are written beside the HTML
(`page.p1.png`), never inlined, and `Document.meta["page_images"]` tells the writers their
file names and the pixel space of the boxes.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from pipeline.model import Document, Paragraph, Segment

if TYPE_CHECKING:  # imported when a document came from pages: a text run never loads them
    from pipeline.ocr.locate import PageText
    from pipeline.ocr.types import PageImage

LOW_FLAG = "ocr-low-confidence"
META_KEY = "ocr"  # Document.meta key of the PageText ingest keeps


def _pages(doc: Document) -> PageText | None:
    if META_KEY not in dict(doc.meta):
        return None
    from pipeline.ocr.locate import PageText

    pages = dict(doc.meta)[META_KEY]
    return pages if isinstance(pages, PageText) else None


def locate(doc: Document) -> Document:
    """`doc` with page, boxes and confidence on every record, when it came from pages."""
    pages = _pages(doc)
    if pages is None:
        return doc
    paragraphs = tuple(_located_paragraph(p, pages) for p in doc.paragraphs)
    images = tuple({"page": im.page, "file": image_suffix(im), "width": im.width, "height": im.height}
                   for im in pages.scan.pages)
    return replace(doc, paragraphs=paragraphs, meta=doc.meta + (("page_images", images),))


def image_outputs(doc: Document) -> tuple[tuple[str, bytes], ...]:
    """(file suffix, bytes) of each page image, for the HTML to show."""
    pages = _pages(doc)
    if pages is None:
        return ()
    return tuple((image_suffix(im), im.data) for im in pages.scan.pages)


def image_suffix(im: PageImage) -> str:
    return f".p{im.page}.{im.ext}"


def _located_paragraph(p: Paragraph, pages: PageText) -> Paragraph:
    return replace(p, segments=tuple(_located(s, pages) for s in p.segments))


def _located(s: Segment, pages: PageText) -> Segment:
    from pipeline.ocr.types import LOW_CONFIDENCE

    pieces = pages.pieces(s.raw)
    if not pieces:
        return s
    confidence = min(line.confidence for _, line, _ in pieces)
    ocr = {
        "engine": pages.scan.engine,
        "confidence": confidence,
        "lines": [{"line": i + 1, "page": line.page, "box": list(box), "confidence": line.confidence}
                  for i, line, box in pieces],
    }
    qa = s.qa
    if confidence < LOW_CONFIDENCE:
        qa += (f"{LOW_FLAG}: {confidence:.2f}; check the text against the page image",)
    return replace(s, qa=qa, extra=s.extra + (("page", pieces[0][1].page), ("ocr", ocr)))
