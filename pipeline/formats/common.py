"""What the writers share: `RenderData`, the per-document data the render stage computes once
and hands to every writer (segments, terms table, QA and repair summaries, speaker turns, term
spans), and helpers such as where a term's rendering sits in the English."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import pairwise

from pipeline.formats import Settings, signature
from pipeline.model import TRANSLATED_KINDS, Document, Repair, Segment, TermHit
from pipeline.zh.chars import HAN_BASIC
from pipeline.zh.names import person

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
_HAN_NAME = re.compile(rf"[{HAN_BASIC}]{{2,4}}")

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


def speaker_turns(segments: Iterable[Segment], last: str | None) -> tuple[set[str], str | None]:
    """Ids of the segments where a speaker's turn begins (the speaker differs from the one before;
    `last`: the speaker before these segments), and the speaker after them."""
    starts: set[str] = set()
    for s in segments:
        if not is_translated(s) and s.speaker is None:
            continue  # furniture or debris between turns does not end a turn
        if s.speaker and s.speaker != last:
            starts.add(s.id)
        last = s.speaker
    return starts, last


def speaker_en(speaker: str, ctx: Settings) -> str:
    """The speaker's English name: the glossary's, else the name as the names module romanises
    a person ("Chen Yuxing", 欧阳明 "Ouyang Ming", 单雄 "Shan Xiong")."""
    entry = ctx.glossary.get(speaker)
    if entry is not None:
        return entry.en
    if not _HAN_NAME.fullmatch(speaker):
        return ""
    return person(speaker)


def qa_kind(flag: str) -> str:
    """The kind of a qa flag: the part before its first colon ("term-missing: …" → "term-missing")."""
    return flag.split(":", 1)[0].strip()


def qa_counts(segments: Iterable[Segment]) -> Counter[str]:
    """Flags by kind."""
    return Counter(qa_kind(q) for s in segments for q in s.qa)


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


def repair_groups(segments: Iterable[Segment]) -> list[tuple[Repair, list[str]]]:
    """Repairs grouped by (what, before, after), in order of first occurrence, with segment ids."""
    groups: dict[tuple[str, str, str], tuple[Repair, list[str]]] = {}
    for s in segments:
        for r in s.repairs:
            key = (r.what, r.before, r.after)
            groups.setdefault(key, (r, []))[1].append(s.id)
    return list(groups.values())


def repair_counts(segments: Iterable[Segment]) -> Counter[str]:
    """Repairs by kind."""
    return Counter(r.what for s in segments for r in s.repairs)


def id_list(ids: Iterable[str], limit: int = 8) -> str:
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
    for t in sorted(terms, key=_rendering_length, reverse=True):  # stable, as with key=-len
        rendering = t.en
        if rendering in seen or not rendering.strip():
            continue
        seen.add(rendering)
        key = term_key(t)
        for a, b in _occurrences(rendering, en, lowered):
            for x, y, _ in found:
                if a < y and x < b:
                    break  # overlaps a longer rendering found before
            else:
                found.append((a, b, key))
    found.sort()
    return found


def _rendering_length(t: TermHit) -> int:
    return len(t.en)


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
    """The segment's term hits as non-overlapping (start, end, term key), sorted by start
    (at the same start the longer hit wins)."""
    terms = s.terms
    if all(a.start < b.start and a.end <= b.start for a, b in pairwise(terms)):
        # The terms stage's usual order: already sorted, nothing overlaps, nothing to drop.
        return [(t.start, t.end, term_key(t)) for t in terms]
    out: list[tuple[int, int, str]] = []
    for t in sorted(terms, key=lambda t: (t.start, -(t.end - t.start))):
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


Spans = tuple[tuple[int, int, str], ...]


@dataclass(frozen=True, slots=True)
class RenderData:
    """What the writers need of one document beyond its fields, computed once by the render
    stage and passed to each writer: the segments in reading order, the terms table, speaker
    turns, QA and repair summaries, and each segment's Chinese term spans.

    A document written chunk by chunk (pipeline.stages.render.Streamed) gets one per chunk
    for the writers' `body` (terms numbered and speaker turns followed across chunks), and
    one for their `opening` and `closing` holding the whole document's counts and no segments."""

    signature: str  # pipeline.formats.signature(doc, ctx)
    segments: tuple[Segment, ...]
    rows: tuple[TermRow, ...]
    starts: frozenset[str]  # ids of the segments where a speaker's turn begins
    flagged: int  # segments with at least one qa flag
    qa_counts: tuple[tuple[str, int], ...]  # (flag kind, count), most common first
    repair_counts: tuple[tuple[str, int], ...]  # (repair kind, count), most common first
    repair_groups: tuple[tuple[Repair, tuple[str, ...]], ...]  # see repair_groups()
    zh_spans: tuple[Spans, ...]  # zh_term_spans() of each segment, in `segments` order
    records: int = 0  # segments in the whole document
    translated: int = 0  # ... of a translated kind
    paragraphs: int = 0  # paragraphs in the whole document
    engines: tuple[tuple[str, int], ...] = ()  # units with English by engine, most first

    @classmethod
    def of(cls, doc: Document, ctx: Settings) -> RenderData:
        return Totals(ctx).add(doc)


class Totals:
    """A document's RenderData gathered over its chunks, in reading order: `add` gives each
    chunk's own, `whole` the document's (its segments left out)."""

    def __init__(self, ctx: Settings) -> None:
        self.ctx = ctx
        self.signature = ""
        self.terms: dict[str, TermHit] = {}  # each term key's first hit, in order of appearance
        self.counts: Counter[str] = Counter()
        self.speaker: str | None = None  # the speaker of the last record (speaker_turns)
        self.records = self.translated = self.paragraphs = self.flagged = 0
        self.qa: Counter[str] = Counter()
        self.repairs: Counter[str] = Counter()
        self.groups: dict[tuple[str, str, str], tuple[Repair, list[str]]] = {}
        self.engines: Counter[str] = Counter()

    def add(self, doc: Document, ctx: Settings | None = None) -> RenderData:
        """The RenderData of `doc`, the next chunk of the document (or the whole of it)."""
        segments = doc.segments
        keys = dict.fromkeys(term_key(t) for s in segments for t in s.terms)
        for s in segments:
            for t in s.terms:
                self.counts[term_key(t)] += 1
                self.terms.setdefault(term_key(t), t)
        numbers = {key: n for n, key in enumerate(self.terms, start=1) if key in keys}
        starts, self.speaker = speaker_turns(segments, self.speaker)
        qa = qa_counts(segments)
        repairs = repair_counts(segments)
        groups = repair_groups(segments)
        for r, ids in groups:
            self.groups.setdefault((r.what, r.before, r.after), (r, []))[1].extend(ids)
        self.signature = signature(doc, ctx or self.ctx)
        self.records += len(segments)
        self.translated += sum(1 for s in segments if is_translated(s))
        self.paragraphs += len(doc.paragraphs)
        flagged = sum(1 for s in segments if s.qa)
        self.flagged += flagged
        self.qa.update(qa)
        self.repairs.update(repairs)
        self.engines.update(s.engine or NO_ENGINE for s in segments if s.en is not None)
        return RenderData(
            signature=self.signature, segments=segments,
            rows=tuple(self._row(key, numbers[key]) for key in keys) if len(keys) < len(self.terms)
            else self.rows(),
            starts=frozenset(starts), flagged=flagged,
            qa_counts=tuple(qa.most_common()), repair_counts=tuple(repairs.most_common()),
            repair_groups=tuple((r, tuple(ids)) for r, ids in groups),
            zh_spans=tuple(tuple(zh_term_spans(s)) if s.terms else () for s in segments),
            records=self.records, translated=self.translated, paragraphs=self.paragraphs,
            engines=tuple(self.engines.most_common()),
        )

    def rows(self) -> tuple[TermRow, ...]:
        return tuple(self._row(key, n) for n, key in enumerate(self.terms, start=1))

    def _row(self, key: str, n: int) -> TermRow:
        t = self.terms[key]
        entry = self.ctx.glossary.get(key)
        source = entry.source if entry is not None else ""
        return TermRow(n, key, t.en, t.note, source, t.source, self.counts[key])

    def whole(self) -> RenderData:
        """The document's counts, terms and repairs, for the writers' opening and closing."""
        return RenderData(
            signature=self.signature, segments=(), rows=self.rows(), starts=frozenset(),
            flagged=self.flagged, qa_counts=tuple(self.qa.most_common()),
            repair_counts=tuple(self.repairs.most_common()),
            repair_groups=tuple((r, tuple(ids)) for r, ids in self.groups.values()),
            zh_spans=(), records=self.records, translated=self.translated,
            paragraphs=self.paragraphs, engines=tuple(self.engines.most_common()),
        )


#: How a unit whose segment has no engine recorded is counted in the TMX header's mix.
NO_ENGINE = "unknown"


#: How each kind of translation-memory match is named to the reader (pipeline.tm).
TM_MATCHES = {"exact": "exact match, reused", "numbers": "match but for its figures, reused with them replaced",
              "fuzzy": "fuzzy match"}


def tm_match(s: Segment) -> dict[str, object] | None:
    """The segment's translation-memory match (its JSONL `tm` field), if any."""
    found = dict(s.extra).get("tm")
    return found if isinstance(found, dict) else None


def tm_note(m: dict[str, object]) -> str:
    """One line on a match: kind, score and where the unit is ("TM fuzzy match, 87.5%, tm.tsv:12")."""
    kind = TM_MATCHES.get(str(m.get("match")), str(m.get("match")))
    return f"TM {kind}, {m.get('score')}%, {m.get('file')}:{m.get('line')}"


def sentence(text: str) -> str:
    """`text` ending with a full stop (unless it already ends with punctuation)."""
    text = text.strip()
    return text if not text or text[-1] in ".!?。！？)）”\"'" else text + "."
