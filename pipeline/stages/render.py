"""render: turn the document into the text of each output file (written by the CLI)."""

from __future__ import annotations

from dataclasses import replace

from pipeline.context import Context
from pipeline.formats import FORMATS, writer
from pipeline.formats.common import RenderData
from pipeline.model import Document
from pipeline.stages.pages import image_outputs, locate


def render(doc: Document, ctx: Context) -> Document:
    doc = locate(doc)  # page, boxes and confidence of records read from page images or PDFs
    data = RenderData.of(doc, ctx)  # what the writers share, computed once for all of them
    outputs: tuple[tuple[str, str | bytes], ...] = tuple(
        (FORMATS[f][0], writer(f)(doc, data, ctx)) for f in ctx.formats)
    if "html" in ctx.formats:
        outputs += image_outputs(doc)  # the page images the HTML shows, beside it
    return replace(doc, outputs=outputs)
