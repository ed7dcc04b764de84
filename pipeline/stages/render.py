"""render: turn the document into the text of each output file (written by the CLI)."""

from __future__ import annotations

from dataclasses import replace

from pipeline.context import Context
from pipeline.formats import FORMATS, writer
from pipeline.model import Document


def render(doc: Document, ctx: Context) -> Document:
    outputs = tuple((FORMATS[f][0], writer(f)(doc, ctx)) for f in ctx.formats)
    return replace(doc, outputs=outputs)
