"""render: turn the document into the text of each output file (written by the CLI)."""

from __future__ import annotations

from dataclasses import replace

from pipeline.context import Context
from pipeline.formats import FORMATS, writer
from pipeline.formats.common import RenderData
from pipeline.model import Document


def render(doc: Document, ctx: Context) -> Document:
    data = RenderData.of(doc, ctx)  # what the writers share, computed once for all of them
    outputs = tuple((FORMATS[f][0], writer(f)(doc, data, ctx)) for f in ctx.formats)
    return replace(doc, outputs=outputs)
