"""JSONL: one object per record in reading order; the contract other tools read.

Fields (never renamed or dropped): id, kind, zh, en, raw, terms, qa, engine,
speaker. Extra fields: paragraph, repairs, gloss, orig (the Traditional
original when the input was converted), and any in Segment.extra.

Each line is exactly what `json.dumps(record, ensure_ascii=False)` writes for the record's
dict (keys in the order above, ", " and ": " between items). The schema is fixed, so the
line is written directly from the segment's fields, each string through the same encoder
json.dumps uses, rather than building a dict of lists of dicts per record and walking it
again to encode it.
"""

from __future__ import annotations

import json
from json.encoder import encode_basestring as _str  # what json.dumps(..., ensure_ascii=False) uses

from pipeline.formats import Settings
from pipeline.formats.common import RenderData
from pipeline.model import Document, Repair, Segment, TermHit

#: The fields every record has, in order; Segment.extra cannot override them.
FIELDS = ("id", "kind", "zh", "en", "raw", "terms", "qa", "engine", "speaker", "paragraph",
          "repairs", "gloss")

_encode = json.JSONEncoder(ensure_ascii=False).encode  # for Segment.extra values (any JSON)


class GlossPairs(dict[tuple[str, str], str]):
    """A gloss pair's JSON array, by pair: encoded the first time the pair is asked for (the
    same word pairs recur throughout a document)."""

    def __missing__(self, pair: tuple[str, str]) -> str:
        text = self[pair] = f"[{_str(pair[0])}, {_str(pair[1])}]"
        return text


def render(doc: Document, data: RenderData, ctx: Settings) -> str:
    return body(doc, data, ctx)


def opening(doc: Document, data: RenderData, ctx: Settings) -> str:
    return ""


def body(doc: Document, data: RenderData, ctx: Settings) -> str:
    gloss = GlossPairs()  # one per document (or chunk of one)
    return "".join([_record(s, doc.original, gloss) + "\n" for s in data.segments])


closing = opening


def _record(s: Segment, original: str, gloss: GlossPairs) -> str:
    """The segment's JSON object, on one line."""
    raw = ", ".join([f"[{a}, {b}]" for a, b in s.raw])
    terms = ", ".join([_term(t) for t in s.terms]) if s.terms else ""
    qa = ", ".join([_str(q) for q in s.qa]) if s.qa else ""
    repairs = ", ".join([_repair(r) for r in s.repairs]) if s.repairs else ""
    text = (
        f'{{"id": {_str(s.id)}, "kind": {_str(s.kind)}, "zh": {_str(s.zh)}, '
        f'"en": {_opt(s.en)}, "raw": [{raw}], "terms": [{terms}], "qa": [{qa}], '
        f'"engine": {_opt(s.engine)}, "speaker": {_opt(s.speaker)}, '
        f'"paragraph": {_str(s.id.split(".")[0])}, "repairs": [{repairs}], '
        f'"gloss": [{", ".join(map(gloss.__getitem__, s.gloss))}]'
    )
    if original:
        text += f', "orig": {_str("".join(original[o] for o in s.offsets))}'
    if s.extra:
        text += _extra(s.extra, original)
    return text + "}"


def _opt(value: str | None) -> str:
    return "null" if value is None else _str(value)


def _term(t: TermHit) -> str:
    note = f', "note": {_str(t.note)}' if t.note else ""
    return (f'{{"zh": {_str(t.zh)}, "en": {_str(t.en)}, "start": {t.start}, "end": {t.end}, '
            f'"source": {_str(t.source)}{note}}}')


def _repair(r: Repair) -> str:
    return f'{{"what": {_str(r.what)}, "before": {_str(r.before)}, "after": {_str(r.after)}}}'


def _extra(extra: tuple[tuple[str, object], ...], original: str) -> str:
    """Segment.extra's fields, skipping a key the record already has (the first one wins)."""
    seen = set(FIELDS) | ({"orig"} if original else set())
    text = ""
    for key, value in extra:
        if key not in seen:
            seen.add(key)
            text += f", {_str(key)}: {_encode(value)}"
    return text
