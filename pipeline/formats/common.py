"""What the reading formats (Markdown, HTML) share: the document's terms table,
QA and repair summaries, speaker turns, and where a term's rendering sits in the English."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from pipeline.context import Context
from pipeline.model import TRANSLATED_KINDS, Document, Repair, Segment, TermHit

#: How each kind of record is labelled in the reading formats (kinds from pipeline.model.KINDS;
#: body and heading are the text itself and carry no label).
KIND_LABELS: dict[str, str] = {
    "caption": "caption",
    "credit": "photo credit",
    "byline": "byline",
    "furniture": "page furniture",
    "fragment": "fragment",
    "meta": "header",
}

#: Kinds shown muted (greyed/quoted): layout debris and picture text, not the article (issue 3).
MUTED_KINDS = frozenset({"caption", "credit", "fragment", "furniture"})

#: Keys of Document.meta that may hold a run-level QA summary (a mapping name → count, or text),
#: written by the translate stage (issue 6).
QA_META_KEYS = ("qa_summary", "qa")

#: A personal name romanized as surname + given name: two to four Han characters.
_HAN_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")

#: Visible stand-ins for invisible characters in repair before/after texts.
_VISIBLE = str.maketrans({" ": "␣", "\u3000": "␣", "\n": "↵", "\t": "⇥"})


@dataclass(frozen=True, slots=True)
class TermRow:
    """One distinct glossary term of the document, numbered by first appearance."""

    n: int
    zh: str  # the entry's headword (a variant's hits count toward it)
    en: str
    note: str
    source: str  # the entry's `source` column: a URL or citation ("" when none)
    where: str  # glossary file:line
    count: int


def is_translated(s: Segment) -> bool:
    return s.kind in TRANSLATED_KINDS


def term_key(t: TermHit) -> str:
    return t.entry or t.zh


def term_rows(doc: Document, ctx: Context, segments: tuple[Segment, ...] | None = None) -> list[TermRow]:
    """Distinct terms in order of first appearance, with how often each occurs."""
    counts: Counter[str] = Counter()
    first: dict[str, TermHit] = {}
    for s in doc.segments if segments is None else segments:
        for t in s.terms:
            counts[term_key(t)] += 1
            first.setdefault(term_key(t), t)
    rows = []
    for n, (key, t) in enumerate(first.items(), start=1):
        entry = ctx.glossary.get(key)
        source = entry.source if entry is not None else ""
        rows.append(TermRow(n, key, t.en, t.note, source, t.source, counts[key]))
    return rows


def speaker_starts(doc: Document, segments: tuple[Segment, ...] | None = None) -> set[str]:
    """Ids of the segments where a speaker's turn begins (speaker differs from the last one)."""
    starts: set[str] = set()
    last: str | None = None
    for s in doc.segments if segments is None else segments:
        if not is_translated(s) and s.speaker is None:
            continue  # furniture or debris between turns does not end a turn
        if s.speaker and s.speaker != last:
            starts.add(s.id)
        last = s.speaker
    return starts


def speaker_en(speaker: str, ctx: Context) -> str:
    """The speaker's English name: the glossary's, else the name in pinyin ("Chen Yuxing")."""
    entry = ctx.glossary.get(speaker)
    if entry is not None:
        return entry.en
    if not _HAN_NAME.fullmatch(speaker):
        return ""
    from pypinyin import lazy_pinyin

    syllables = lazy_pinyin(speaker)
    return f"{syllables[0].title()} {''.join(syllables[1:]).title()}".strip()


def qa_kind(flag: str) -> str:
    """The kind of a qa flag: the part before its first colon ("term-missing: …" → "term-missing")."""
    return flag.split(":", 1)[0].strip()


def qa_counts(doc: Document) -> Counter[str]:
    """Flags by kind (shared by the writers: do not modify)."""
    memo = _memo(doc)
    if "qa_counts" not in memo:
        memo["qa_counts"] = Counter(qa_kind(q) for s in segments_of(doc) for q in s.qa)
    return memo["qa_counts"]  # type: ignore[no-any-return]


def run_qa_summary(doc: Document) -> list[tuple[str, str]]:
    """The run-level QA summary the stages left in Document.meta, as (name, value) lines."""
    meta = dict(doc.meta)
    for key in QA_META_KEYS:
        value = meta.get(key)
        if isinstance(value, Mapping):
            return [(str(k), str(v)) for k, v in value.items()]
        if isinstance(value, str) and value:
            return [("", value)]
        if isinstance(value, Iterable) and not isinstance(value, str | bytes):
            return [("", str(v)) for v in value]
    return []


def visible(text: str) -> str:
    """Spaces and line breaks made visible, for showing what a repair removed or added."""
    return text.translate(_VISIBLE) if text else "∅"


def repair_groups(doc: Document) -> list[tuple[Repair, list[str]]]:
    """Repairs grouped by (what, before, after), in order of first occurrence, with segment ids
    (shared by the writers: do not modify)."""
    memo = _memo(doc)
    if "repair_groups" not in memo:
        memo["repair_groups"] = _repair_groups(doc)
    return memo["repair_groups"]  # type: ignore[no-any-return]


def _repair_groups(doc: Document) -> list[tuple[Repair, list[str]]]:
    groups: dict[tuple[str, str, str], tuple[Repair, list[str]]] = {}
    for s in segments_of(doc):
        for r in s.repairs:
            key = (r.what, r.before, r.after)
            groups.setdefault(key, (r, []))[1].append(s.id)
    return list(groups.values())


def repair_counts(doc: Document) -> Counter[str]:
    """Repairs by kind (shared by the writers: do not modify)."""
    memo = _memo(doc)
    if "repair_counts" not in memo:
        memo["repair_counts"] = Counter(r.what for s in segments_of(doc) for r in s.repairs)
    return memo["repair_counts"]  # type: ignore[no-any-return]


def id_list(ids: list[str], limit: int = 8) -> str:
    """`p2.s1, p3.s1 ×4, …` — repeated ids collapsed, long lists cut with a count."""
    counted = Counter(ids)
    parts = [f"{i} ×{n}" if n > 1 else i for i, n in counted.items()]
    more = len(parts) - limit
    return ", ".join(parts[:limit]) + (f", … (+{more} more)" if more > 0 else "")


def en_term_spans(en: str, terms: Iterable[TermHit]) -> list[tuple[int, int, str]]:
    """Where each term's rendering occurs in `en` (case-insensitive): (start, end, term key),
    longest renderings first, overlaps dropped, sorted by start."""
    found: list[tuple[int, int, str]] = []
    seen: set[str] = set()
    lowered = en.lower() if en.isascii() else None
    for t in sorted(terms, key=lambda t: -len(t.en)):
        if t.en in seen or not t.en.strip():
            continue
        seen.add(t.en)
        for a, b in _occurrences(t.en, en, lowered):
            if all(b <= x or a >= y for x, y, _ in found):
                found.append((a, b, term_key(t)))
    return sorted(found)


def _occurrences(needle: str, en: str, lowered: str | None) -> list[tuple[int, int]]:
    """Non-overlapping case-insensitive occurrences of `needle` in `en`, left to right.
    `lowered` is en.lower() when en is ASCII: then a plain search on lowered text finds
    exactly what an IGNORECASE regex finds, many times faster."""
    if lowered is None or not needle.isascii():
        return [m.span() for m in re.finditer(re.escape(needle), en, re.IGNORECASE)]
    low, out = needle.lower(), []
    i = lowered.find(low)
    while i != -1:
        out.append((i, i + len(low)))
        i = lowered.find(low, i + len(low))
    return out


def zh_term_spans(s: Segment) -> list[tuple[int, int, str]]:
    """The segment's term hits as non-overlapping (start, end, term key), sorted by start."""
    out: list[tuple[int, int, str]] = []
    for t in sorted(s.terms, key=lambda t: (t.start, -(t.end - t.start))):
        if out and t.start < out[-1][1]:
            continue
        out.append((t.start, t.end, term_key(t)))
    return out


def missing_renderings(s: Segment) -> set[str]:
    """Keys of the segment's terms whose rendering its English lacks (case-insensitive);
    none when the segment is not translated, all of them when it has no English yet."""
    if not is_translated(s):
        return set()
    folded = s.en.casefold() if s.en is not None else None
    return {term_key(t) for t in s.terms if folded is None or t.en.casefold() not in folded}


class DocData:
    """What several writers need of one document, computed once: its segments, terms table,
    speaker turns, and each segment's Chinese term spans and missing renderings (keyed by
    id() of the segment, which the document keeps alive)."""

    __slots__ = ("doc", "ctx", "segments", "rows", "starts", "_zh", "_missing")

    def __init__(self, doc: Document, ctx: Context) -> None:
        self.doc, self.ctx = doc, ctx
        self.segments = segments_of(doc)
        self.rows = term_rows(doc, ctx, self.segments)
        self.starts = speaker_starts(doc, self.segments)
        self._zh: dict[int, list[tuple[int, int, str]]] = {}
        self._missing: dict[int, set[str]] = {}

    def zh_spans(self, s: Segment) -> list[tuple[int, int, str]]:
        if not s.terms:
            return []
        got = self._zh.get(id(s))
        if got is None:
            got = self._zh[id(s)] = zh_term_spans(s)
        return got

    def missing(self, s: Segment) -> set[str]:
        if not s.terms:
            return set()
        got = self._missing.get(id(s))
        if got is None:
            got = self._missing[id(s)] = missing_renderings(s)
        return got


# The last document rendered and what its writers computed (they run one after another on it).
_LAST: list[Any] = [None, {}]


def _memo(doc: Document) -> dict[str, Any]:
    if _LAST[0] is not doc:
        _LAST[:] = [doc, {}]
    return _LAST[1]  # type: ignore[no-any-return]


def segments_of(doc: Document) -> tuple[Segment, ...]:
    """doc.segments, built once for all the writers."""
    memo = _memo(doc)
    if "segments" not in memo:
        memo["segments"] = doc.segments
    return memo["segments"]  # type: ignore[no-any-return]


def doc_data(doc: Document, ctx: Context) -> DocData:
    """The shared per-document data, built by the first writer and reused by the others."""
    memo = _memo(doc)
    data = memo.get("data")
    if data is None or data.ctx is not ctx:
        data = memo["data"] = DocData(doc, ctx)
    return data  # type: ignore[no-any-return]


def sentence(text: str) -> str:
    """`text` ending with a full stop (unless it already ends with punctuation)."""
    text = text.strip()
    return text if not text or text[-1] in ".!?。！？)）”\"'" else text + "."
