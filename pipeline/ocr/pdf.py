"""PDF pages with pypdfium2 (PDFium, Chrome's PDF library): a page's text layer, character by
character with its box, where it has one; else the page rendered for OCR."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from pipeline.errors import InputError, PipelineError
from pipeline.ocr.images import check_size
from pipeline.ocr.types import Box, TextLine

if TYPE_CHECKING:
    from PIL.Image import Image

_RANGE = re.compile(r"\s*(\d+)\s*(?:-\s*(\d+)\s*)?")
#: PDFium's error for a document it cannot decrypt without a password.
_PASSWORD = "password"


def open_pdf(data: bytes, name: str) -> Any:
    """The PDF, opened; InputError for a corrupt, truncated, encrypted or empty one."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        if _PASSWORD in str(e).lower():
            raise InputError(f"{name}: the PDF is encrypted (password-protected); "
                             "save an unprotected copy and give that") from None
        if "success" in str(e).lower():  # PDFium loads nothing, and reports no error: no pages
            raise InputError(f"{name}: the PDF has no pages") from None
        raise InputError(f"{name}: not a readable PDF, corrupt or truncated ({e})") from None
    if len(pdf) == 0:
        pdf.close()
        raise InputError(f"{name}: the PDF has no pages")
    return pdf


def page_numbers(spec: str | None, count: int) -> list[int]:
    """`--pages 1-3,7` as 1-based page numbers, checked against the document's `count`."""
    if spec is None:
        return list(range(1, count + 1))
    pages: list[int] = []
    for part in spec.split(","):
        m = _RANGE.fullmatch(part)
        if not m:
            raise PipelineError(f"--pages {spec}: write pages as 1-3,7 (numbers from 1)")
        a = int(m.group(1))
        b = int(m.group(2)) if m.group(2) else a
        if a < 1 or b < a:
            raise PipelineError(f"--pages {spec}: {part.strip()} is not a range of pages from 1")
        if b > count:
            raise PipelineError(f"--pages {spec}: the document has {count} page{'s' * (count > 1)}")
        pages += [p for p in range(a, b + 1) if p not in pages]
    return pages


def text_lines(page: Any, number: int, dpi: int) -> list[TextLine]:
    """The page's text layer as lines, boxes in pixels of the page rendered at `dpi` (its
    /Rotate applied, as the reader sees it); [] when it has none."""
    place = Placement(page.get_cropbox(), page.get_rotation(), dpi / 72)
    textpage = page.get_textpage()
    try:
        lines: list[TextLine] = []
        text, boxes = "", list[Box]()  # boxes upright (unrotated), in points from the top left
        for i in range(textpage.count_chars()):
            ch = textpage.get_text_range(i, 1)
            if ch in ("\r", "\n", "\x02", ""):
                _flush(lines, text, boxes, number, place)
                text, boxes = "", []
                continue
            box = place.upright(textpage.get_charbox(i, loose=True))  # the font's height, not the glyph's
            if boxes and _new_line(boxes[-1], box):
                _flush(lines, text, boxes, number, place)
                text, boxes = "", []
            text += ch
            boxes.append(box)
        _flush(lines, text, boxes, number, place)
        return lines
    finally:
        textpage.close()


class Placement:
    """From PDF user space (points, origin bottom left of the unrotated page) to the pixels of
    the page as rendered: cropped, turned by /Rotate (clockwise), scaled."""

    def __init__(self, cropbox: tuple[float, float, float, float], rotation: int, scale: float) -> None:
        self.x0, self.y0, x1, y1 = cropbox
        self.w, self.h = x1 - self.x0, y1 - self.y0
        self.rotation, self.scale = rotation % 360, scale

    def upright(self, box: tuple[float, float, float, float]) -> Box:
        """(left, bottom, right, top) in user space → (x0, y0, x1, y1) in hundredths of a point
        from the unrotated page's top left (integers, precise enough to group lines)."""
        left, bottom, right, top = box
        return (round((left - self.x0) * 100), round((self.h - (top - self.y0)) * 100),
                round((right - self.x0) * 100), round((self.h - (bottom - self.y0)) * 100))

    def pixels(self, box: Box) -> Box:
        u0, v0, u1, v1 = (c / 100 for c in box)
        if self.rotation == 90:
            u0, v0, u1, v1 = self.h - v1, u0, self.h - v0, u1
        elif self.rotation == 180:
            u0, v0, u1, v1 = self.w - u1, self.h - v1, self.w - u0, self.h - v0
        elif self.rotation == 270:
            u0, v0, u1, v1 = v0, self.w - u1, v1, self.w - u0
        k = self.scale
        return (round(u0 * k), round(v0 * k), round(u1 * k), round(v1 * k))


def _new_line(last: Box, box: Box) -> bool:
    """A character that is not beside the last one: hardly overlapping it vertically, or back
    at the left."""
    h = max(min(last[3] - last[1], box[3] - box[1]), 1)
    overlap = min(last[3], box[3]) - max(last[1], box[1])
    return overlap < 0.5 * h or box[2] < last[0] - h


def _flush(lines: list[TextLine], text: str, boxes: list[Box], number: int, place: Placement) -> None:
    lead = len(text) - len(text.lstrip())
    text, boxes = text.strip(), boxes[lead:lead + len(text.strip())]
    if not text:
        return
    chars = tuple(place.pixels(b) for b in boxes)
    real = [b for b, ch in zip(chars, text) if not ch.isspace()]
    line_box = (min(b[0] for b in real), min(b[1] for b in real), max(b[2] for b in real),
                max(b[3] for b in real))
    turned = place.rotation in (90, 270) and len(text) > 1  # a line now running down the page
    lines.append(TextLine(text, number, line_box, 1.0, vertical=turned, chars=chars))


def render(page: Any, dpi: int, name: str) -> Image:
    """The page as an RGB image at `dpi`."""
    width, height = page.get_size()
    px_w, px_h = round(width * dpi / 72), round(height * dpi / 72)
    check_size(px_w, px_h, f"{name} at {dpi} dpi (--dpi)")
    bitmap = page.render(scale=dpi / 72)
    try:
        image: Image = bitmap.to_pil().convert("RGB")
        return image
    finally:
        bitmap.close()
