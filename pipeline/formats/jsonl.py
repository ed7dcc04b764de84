"""JSONL: one object per record in reading order; the contract other tools read.

Fields (never renamed or dropped): id, kind, zh, en, raw, terms, qa, engine,
speaker. Extra fields: paragraph, repairs, gloss, orig (the Traditional
original when the input was converted), and any in Segment.extra.
"""

from __future__ import annotations

import json
from typing import Any

from pipeline.context import Context
from pipeline.formats.common import segments_of
from pipeline.model import Document, Segment, TermHit


def record(s: Segment, doc: Document) -> dict[str, Any]:
    rec: dict[str, Any] = {
        "id": s.id,
        "kind": s.kind,
        "zh": s.zh,
        "en": s.en,
        "raw": [[a, b] for a, b in s.raw],
        "terms": [_term(t) for t in s.terms] if s.terms else [],
        "qa": list(s.qa),
        "engine": s.engine,
        "speaker": s.speaker,
        "paragraph": s.id.split(".")[0],
        "repairs": [{"what": r.what, "before": r.before, "after": r.after} for r in s.repairs],
        "gloss": s.gloss,  # pairs: JSON writes a tuple as an array
    }
    if doc.original:
        rec["orig"] = "".join(doc.original[o] for o in s.offsets)
    for key, value in s.extra:
        rec.setdefault(key, value)
    return rec


def _term(t: TermHit) -> dict[str, Any]:
    rec: dict[str, Any] = {"zh": t.zh, "en": t.en, "start": t.start, "end": t.end, "source": t.source}
    if t.note:
        rec["note"] = t.note
    return rec


def render(doc: Document, ctx: Context) -> str:
    encode = json.JSONEncoder(ensure_ascii=False).encode  # what json.dumps builds per call
    return "".join([encode(record(s, doc)) + "\n" for s in segments_of(doc)])
