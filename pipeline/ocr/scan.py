"""From a page image's or a PDF's bytes to a `Scan`: lines with boxes, in reading order."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from pipeline.errors import InputError
from pipeline.ocr import engines
from pipeline.ocr.images import is_blank, open_image, reader_image
from pipeline.ocr.order import is_headline, page_unit, reading_order
from pipeline.ocr.pdf import open_pdf, page_numbers, render, text_lines
from pipeline.ocr.types import ENGINES, OcrOptions, PageImage, Scan, TextLine

if TYPE_CHECKING:
    from PIL.Image import Image

Reader = Callable[[], engines.Recognizer]


def scan(data: bytes, name: str, kind: str, options: OcrOptions) -> Scan:
    """Read every page; a Scan with a note (and no paragraphs) when nothing is written on it."""
    recognizer = _lazy(options.engine)
    if kind == "pdf":
        lines, pages, used = _pdf(data, name, options, recognizer)
    else:
        if options.pages is not None and page_numbers(options.pages, 1) != [1]:
            raise InputError(f"--pages {options.pages}: {name} is one page")
        img = open_image(data, name, kind)
        lines = [] if is_blank(img) else recognizer().read(img, 1)
        pages, used = [reader_image(1, img, data, kind)], {options.engine}
    notes = _blank_notes(name, lines, pages)
    engine = "+".join(sorted(used)) if lines else options.engine
    paragraphs = tuple(tuple(p) for p in reading_order(lines))
    units = {n: page_unit([line for line in lines if line.page == n]) for n in {ln.page for ln in lines}}
    headings = tuple(is_headline(p, units[p[0].page]) for p in paragraphs)
    return Scan(kind, engine, paragraphs, tuple(pages), notes, headings)


def _lazy(name: str) -> Reader:
    """The recogniser, loaded the first time a page needs it (a PDF with a text layer never
    loads a model); an unknown or missing engine is reported before any page is read."""
    if name not in ENGINES:
        engines.load(name)  # raises, naming the choices
    loaded: list[engines.Recognizer] = []

    def get() -> engines.Recognizer:
        if not loaded:
            loaded.append(engines.load(name))
        return loaded[0]

    if name == "tesseract":
        get()  # a missing tesseract is said before any work is done
    return get


def _pdf(data: bytes, name: str, options: OcrOptions, recognizer: Reader,
         ) -> tuple[list[TextLine], list[PageImage], set[str]]:
    from pypdfium2 import PdfiumError

    pdf = open_pdf(data, name)
    lines: list[TextLine] = []
    pages: list[PageImage] = []
    used: set[str] = set()
    try:
        for n in page_numbers(options.pages, len(pdf)):
            page = pdf[n - 1]
            try:
                found = text_lines(page, n, options.dpi)
                img: Image = render(page, options.dpi, f"{name} page {n}")
                if found:
                    used.add("pdf-text")
                elif not is_blank(img):
                    found = recognizer().read(img, n)
                    used.add(options.engine)
                lines += found
                pages.append(reader_image(n, img))
            except PdfiumError as e:
                raise InputError(f"{name}: page {n} cannot be read ({e})") from None
            finally:
                page.close()
    finally:
        pdf.close()
    return lines, pages, used


def _blank_notes(name: str, lines: list[TextLine], pages: list[PageImage]) -> tuple[str, ...]:
    read = {line.page for line in lines}
    blank = [p.page for p in pages if p.page not in read]
    if not blank:
        return ()
    if len(pages) == 1:
        return (f"{name}: no text found on the page (blank?); the outputs are empty",)
    return (f"{name}: no text found on page{'s' * (len(blank) > 1)} {', '.join(map(str, blank))}",)
