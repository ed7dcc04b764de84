"""Align a segmented Chinese Document with a given English text: paragraphs first,
then sentences inside each aligned paragraph group.

Output convention (also in the README):
- 1-1 and 1-n: the segment's `en` is the English sentence(s), joined by a space.
- n-1 (and n-m): the FIRST segment carries the English; the others have `en`
  null and `merged_into` naming the first segment's id.
- 1-0: `en` null, qa flag `no-english`.
- 0-1: the English sentence is kept, on the preceding segment (or the following
  one at the very start), in the extra field `en_unlinked`, with a qa flag.
Every translated segment gets `link` ("1-2", ...), `confidence` (0–1) and engine "given".
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from pipeline.bitext import anchors, dp, english
from pipeline.model import TRANSLATED_KINDS, Document, Paragraph, Segment
from pipeline.qa import check_segment

ENGINE = "given"
#: Cost (-log units) of one sentence link spanning a paragraph break on either side: a
#: translation rarely joins sentences across paragraphs (set by hand).
CROSSING_COST = 3.0


@dataclass(frozen=True, slots=True)
class Pair:
    """Chinese segment ids linked with English sentence indices (into `EnglishText.sentences`)."""

    zh: tuple[str, ...]
    en: tuple[int, ...]
    confidence: float


@dataclass(frozen=True, slots=True)
class EnglishText:
    text: str
    sentences: tuple[tuple[int, int], ...]
    paragraphs: tuple[tuple[int, ...], ...]  # sentence indices of each paragraph

    def sentence(self, i: int) -> str:
        a, b = self.sentences[i]
        return self.text[a:b]


def split_english(text: str) -> EnglishText:
    sents: list[tuple[int, int]] = []
    paras: list[tuple[int, ...]] = []
    for a, b in english.paragraphs(text):
        spans = english.sentences(text, a, b)
        paras.append(tuple(range(len(sents), len(sents) + len(spans))))
        sents.extend(spans)
    return EnglishText(text, tuple(sents), tuple(paras))


def align_pairs(doc: Document, en: EnglishText) -> list[Pair]:
    """Sentence pairs for the translated segments of `doc`, in reading order."""
    zh_paras = [tuple(s for s in p.segments if s.kind in TRANSLATED_KINDS) for p in doc.paragraphs]
    zh_paras = [segs for segs in zh_paras if segs]
    zh_total = sum(_zh_len(s.zh) for segs in zh_paras for s in segs)
    ratio = max(len(en.text), 1) / max(zh_total, 1)
    zh_anc = {s.id: _segment_anchors(s) for segs in zh_paras for s in segs}
    en_anc = [anchors.en_anchors(en.sentence(i)) for i in range(len(en.sentences))]
    pz = [anchors.ZhAnchors(*_union(zh_anc[s.id] for s in segs),
                            tuple(w for s in segs for w in zh_anc[s.id].lex)) for segs in zh_paras]
    pe = [anchors.EnAnchors(frozenset().union(*(en_anc[i].numbers for i in p)),
                            " ".join(en_anc[i].text for i in p),
                            frozenset().union(*(en_anc[i].joined for i in p)),
                            frozenset().union(*(en_anc[i].stems for i in p))) for p in en.paragraphs]
    zh_lens = [float(sum(_zh_len(s.zh) for s in segs)) for segs in zh_paras]
    en_lens = [float(sum(_en_len(en, i) for i in p)) for p in en.paragraphs]

    para_bonus = anchors.Scorer(pz, pe)

    # Two passes: the first ratio counts Chinese that has no English (captions,
    # attributions); the second is estimated from the paragraphs the first pass linked.
    for _ in range(2):
        para_links = dp.align(zh_lens, [v / ratio for v in en_lens], para_bonus, dp.PARAGRAPH_PRIORS)
        ratio = _linked_ratio(para_links, zh_lens, en_lens) or ratio
    pairs: list[Pair] = []
    for link in para_links:
        segs = [s for i in link.zh for s in zh_paras[i]]
        sent_ids = [k for j in link.en for k in en.paragraphs[j]]
        breaks = ([n for i in link.zh for n, _ in enumerate(zh_paras[i])],
                  [n for j in link.en for n, _ in enumerate(en.paragraphs[j])])
        pairs.extend(_align_sentences(segs, sent_ids, en, ratio, zh_anc, en_anc, breaks))
    return pairs


def _linked_ratio(links: Sequence[dp.Link], zh_lens: Sequence[float],
                  en_lens: Sequence[float]) -> float | None:
    """English characters per Chinese character over the units linked on both sides."""
    zh = sum(zh_lens[i] for link in links if link.en for i in link.zh)
    en_ = sum(en_lens[j] for link in links if link.zh for j in link.en)
    return en_ / zh if zh and en_ else None


def _align_sentences(segs: Sequence[Segment], sent_ids: Sequence[int], en: EnglishText,
                     ratio: float, zh_anc: dict[str, anchors.ZhAnchors],
                     en_anc: list[anchors.EnAnchors],
                     breaks: tuple[list[int], list[int]]) -> list[Pair]:
    """Sentence links inside one paragraph link; `breaks` gives each unit's position in its
    own paragraph (0 = starts a paragraph): a link that crosses a paragraph start pays."""
    scorer = anchors.Scorer([zh_anc[s.id] for s in segs], [en_anc[k] for k in sent_ids])

    def score(zr: range, er: range) -> float:
        crossings = sum(1 for i in zr[1:] if breaks[0][i] == 0) + sum(1 for j in er[1:] if breaks[1][j] == 0)
        return scorer(zr, er) - CROSSING_COST * crossings

    links = dp.align([_zh_len(s.zh) for s in segs], [_en_len(en, k) / ratio for k in sent_ids], score)
    return [Pair(tuple(segs[i].id for i in link.zh), tuple(sent_ids[j] for j in link.en),
                 _confidence(link, score(range(link.zh[0], link.zh[-1] + 1),
                                         range(link.en[0], link.en[-1] + 1))
                             if link.zh and link.en else 0.0))
            for link in links]


def _confidence(link: dp.Link, bonus: float) -> float:
    """Probability-like score: the length fit, raised by matched anchors, lowered by stray numbers."""
    if not link.zh or not link.en:
        return 0.0
    p = math.erfc(abs(link.z) / math.sqrt(2))
    conf = 1 - (1 - p) * math.pow(0.6, bonus) if bonus >= 0 else p * math.pow(0.6, -bonus)
    return round(min(max(conf, 0.0), 1.0), 2)


def apply_pairs(doc: Document, en: EnglishText, pairs: Sequence[Pair]) -> Document:
    """Write the English of each pair into its segments (see the module docstring)."""
    updates: dict[str, dict[str, object]] = {}
    last_id: str | None = None
    pending: list[str] = []  # 0-1 English before any segment
    for pair in pairs:
        text = " ".join(en.sentence(i) for i in pair.en)
        if not pair.zh:
            if last_id is None:
                pending.append(text)
            else:
                updates[last_id]["en_unlinked"] = _joined(updates[last_id].get("en_unlinked"), text)
            continue
        kind = f"{len(pair.zh)}-{len(pair.en)}"
        for n, sid in enumerate(pair.zh):
            updates[sid] = {"en": text if n == 0 and pair.en else None, "link": kind,
                            "confidence": pair.confidence}
            if n:
                updates[sid]["merged_into"] = pair.zh[0]
        if pending:
            updates[pair.zh[0]]["en_unlinked"] = " ".join(pending)
            pending = []
        last_id = pair.zh[0]
    shared = {sid: str(u["en"]) for sid, u in updates.items() if u.get("en")}
    paragraphs = tuple(_apply_paragraph(p, updates, shared) for p in doc.paragraphs)
    return replace(doc, paragraphs=paragraphs)


def _apply_paragraph(p: Paragraph, updates: dict[str, dict[str, object]],
                     shared: dict[str, str]) -> Paragraph:
    return replace(p, segments=tuple(_apply_segment(s, updates.get(s.id), shared) for s in p.segments))


def _apply_segment(s: Segment, u: dict[str, object] | None, shared: dict[str, str]) -> Segment:
    if u is None:
        return s
    en = None if u["en"] is None else str(u["en"])
    owner = str(u.get("merged_into", s.id))
    if en is not None or owner != s.id:  # glossary QA against the English this segment shares
        qa = check_segment(replace(s, en=en if en is not None else shared.get(owner, ""))).qa
    else:
        qa = s.qa + ("no-english: no sentence of the given translation matches",)
    if "en_unlinked" in u:
        qa = qa + ("en-unlinked: English with no Chinese counterpart kept in en_unlinked",)
    extra = tuple((k, u[k]) for k in ("link", "confidence", "merged_into", "en_unlinked") if k in u)
    return replace(s, en=en, engine=ENGINE, qa=qa, extra=s.extra + extra)


def _segment_anchors(s: Segment) -> anchors.ZhAnchors:
    tokens = [s.zh[a:b] for a, b in s.tokens]
    return anchors.zh_anchors(s.zh, tokens, [t.en for t in s.terms])


def _union(items: Iterable[anchors.ZhAnchors]) -> tuple[frozenset[Decimal], frozenset[str]]:
    nums: set[Decimal] = set()
    words: set[str] = set()
    for a in items:
        nums |= a.numbers
        words |= a.words
    return frozenset(nums), frozenset(words)


def _joined(a: object, b: str) -> str:
    return f"{a} {b}" if a else b


def _zh_len(zh: str) -> int:
    return sum(1 for ch in zh if not ch.isspace())


def _en_len(en: EnglishText, i: int) -> int:
    a, b = en.sentences[i]
    return b - a
