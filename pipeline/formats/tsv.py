"""TSV: id<TAB>zh<TAB>en, one translated segment a line, with a header row."""

from __future__ import annotations

from pipeline.context import Context
from pipeline.model import Document


def _cell(text: str | None) -> str:
    return " ".join((text or "").split())


def render(doc: Document, ctx: Context) -> str:
    rows = ["id\tzh\ten"]
    rows += [f"{s.id}\t{_cell(s.zh)}\t{_cell(s.en)}" for s in doc.segments if s.en is not None]
    return "\n".join(rows) + "\n"
