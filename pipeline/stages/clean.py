"""clean: repair OCR'd newspaper text into labelled paragraphs, recording every repair.

First version: joins the lines of each block and drops spaces between Chinese
characters. The OCR-repair issue deepens it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.context import Context
from pipeline.model import Document, Paragraph, Repair
from pipeline.textmap import Mapped

_CJK = r"[\u3400-\u9fff\uf900-\ufaff，。、；：？！“”‘’（）《》]"
# A line break or run of spaces between two Chinese characters or punctuation marks.
_GAP = re.compile(rf"(?<={_CJK})[ \t\u3000\n]+(?={_CJK})")


def clean(doc: Document, ctx: Context) -> Document:
    return replace(doc, paragraphs=tuple(_clean_paragraph(p) for p in doc.paragraphs))


def _clean_paragraph(p: Paragraph) -> Paragraph:
    text = Mapped(p.text, p.offsets)
    text, changes = text.sub(_GAP, "")
    repairs = tuple(Repair("space", before, after, at) for before, after, at in changes)
    return replace(p, text=text.text, offsets=text.offsets, repairs=p.repairs + repairs)
