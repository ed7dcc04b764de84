"""render: turn the document into the text of each output file (written by the CLI).

A long document is rendered chunk by chunk (`Streamed`, driven by pipeline.runner): each
writer's `body` of every chunk is spooled to an anonymous temporary file, and its `opening`
and `closing` (titles, counts, QA summary, terms table, repairs) are written from the whole
document's totals at the end, so that the outputs read as a document rendered at once."""

from __future__ import annotations

import tempfile
from dataclasses import replace
from typing import BinaryIO

from pipeline.context import Context
from pipeline.fileio import Content
from pipeline.formats import FORMATS, part, trims_end, writer
from pipeline.formats.common import RenderData, Totals
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


class Streamed:
    """A text document's outputs, rendered one chunk at a time (`add`), then `finish`ed into
    each file's content: opening, the spooled bodies, the last body kept in memory, closing."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.totals = Totals(ctx)
        self.spools: dict[str, BinaryIO] = {}
        self.last: dict[str, str] = {f: "" for f in ctx.formats}  # each format's latest body

    def add(self, chunk: Document) -> None:
        """Render the next chunk's records (a Document whose paragraphs are the chunk's)."""
        data = self.totals.add(chunk)
        for f in self.ctx.formats:
            text = part(f, "body")(chunk, data, self.ctx)
            if text:
                if self.last[f]:
                    spool = self.spools.get(f) or self.spools.setdefault(f, _spool())
                    spool.write(self.last[f].encode("utf-8"))
                self.last[f] = text

    def finish(self, doc: Document) -> tuple[tuple[str, Content], ...]:
        """Each format's (file suffix, content); `doc` holds the source name, log and meta."""
        data = self.totals.whole()
        out: list[tuple[str, Content]] = []
        for f in self.ctx.formats:
            pieces = [part(f, "opening")(doc, data, self.ctx), self.last[f],
                      part(f, "closing")(doc, data, self.ctx)]
            if trims_end(f):
                _trim_end(pieces)
            spool = self.spools.get(f)
            out.append((FORMATS[f][0], (pieces[0], *((spool,) if spool else ()), *pieces[1:])))
        return tuple(out)

    def close(self) -> None:
        for spool in self.spools.values():
            spool.close()


def _spool() -> BinaryIO:
    return tempfile.TemporaryFile(prefix="pipeline-")  # nameless: gone with the process


def _trim_end(pieces: list[str]) -> None:
    """What `.rstrip() + "\\n"` does to the pieces joined, done on the pieces: the last one
    holding any text ends in one line break, those after it are emptied. (A spooled body
    is always followed by the last body, which holds text.)"""
    for i in reversed(range(len(pieces))):
        if pieces[i].strip() or i == 0:
            pieces[i] = pieces[i].rstrip() + "\n"
            return
        pieces[i] = ""
