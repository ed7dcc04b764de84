"""The archive's terms: every glossary hit the pages recorded, counted by term, page and
month (terms.tsv), and the candidates the glossary lacks, ranked by how many pages use them
(suggestions.tsv, from pipeline.glossary.suggest run over the whole archive).

Counts are the pages' own JSONL `terms`, summed: nothing is matched again here, so the
archive says what the pages say.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from pipeline.archive.pages import Page
from pipeline.glossary import COLUMNS, Entry, Glossary
from pipeline.glossary.suggest import Candidate, Holders, merge, prepare
from pipeline.zh.tokenize import make_tokenizer, words

if TYPE_CHECKING:
    from pipeline.archive.facts import PageFacts

#: terms.tsv's columns, in order.
TERM_COLUMNS = ("zh", "en", "documents", "hits", "first_seen", "last_seen", "kind", "source")
#: Kinds of record left out of the text searched for suggestions: page furniture (星期一,
#: 第3版) and layout debris repeat on every page without being terms.
NOT_TEXT = frozenset({"furniture", "fragment"})
#: How often a recurring word run must occur, archive-wide, to be suggested (as
#: `pipeline glossary suggest --min-count`).
MIN_COUNT = 3


class PageHits(NamedTuple):  # a tuple: made ~35,000 times for 120 pages
    page: str   # the page's path
    hits: int
    first: str  # id of the first segment holding the term


@dataclass(frozen=True, slots=True)
class TermStat:
    """One glossary term (its form on the page and its rendering) across the archive."""

    zh: str
    en: str
    kind: str    # the glossary entry's kind; "" when the glossary given has no such term
    source: str  # file:line of the entry, as the first page recorded it
    pages: tuple[PageHits, ...]
    by_month: dict[str, int]
    first_seen: str | None
    last_seen: str | None
    hits: int  # on all its pages (summed once: sorting and index.html ask ~150,000 times on 120 pages)

    @property
    def documents(self) -> int:
        return len(self.pages)

    @property
    def undated(self) -> int:
        """Hits on pages without a date: in terms.tsv, in no month of the chart."""
        return self.hits - sum(self.by_month.values())


@dataclass(frozen=True, slots=True)
class Suggestion:
    candidate: Candidate
    documents: int  # pages whose text holds it


def term_stats(pages: Sequence[PageFacts], glossary: Glossary) -> list[TermStat]:
    """Every (zh, en) of the pages' `terms`, most hits first."""
    hits: dict[tuple[str, str], list[PageHits]] = defaultdict(list)
    sources: dict[tuple[str, str], str] = {}
    dates = {p.path: p.date for p in pages}
    months = {p.path: p.month for p in pages}
    for page in pages:
        for zh, en, source, rid, n in page.hits:
            sources.setdefault((zh, en), source)
            hits[zh, en].append(PageHits(page.path, n, rid))
    stats = []
    for (zh, en), by_page in hits.items():
        by_month: Counter[str] = Counter()
        for h in by_page:
            if month := months[h.page]:
                by_month[month] += h.hits
        dated = sorted(d for h in by_page if (d := dates[h.page]))
        entry = glossary.get(zh)
        stats.append(TermStat(zh, en, entry.kind if entry else "", sources[(zh, en)],
                              tuple(by_page), dict(by_month),
                              dated[0] if dated else None, dated[-1] if dated else None,
                              sum(h.hits for h in by_page)))
    return sorted(stats, key=lambda s: (-s.hits, -s.documents, s.zh, s.en))


def terms_tsv(stats: Sequence[TermStat]) -> str:
    lines = ["\t".join(TERM_COLUMNS)]
    for s in stats:
        row = (s.zh, s.en, str(s.documents), str(s.hits), s.first_seen or "", s.last_seen or "",
               s.kind, s.source)
        lines.append("\t".join(_cell(c) for c in row))
    return "\n".join(lines) + "\n"


def page_text(page: Page) -> str:
    """The page's Chinese, one paragraph a line, furniture and debris left out."""
    paragraphs: dict[str, list[str]] = {}
    for r in page.records:
        if r.get("kind") not in NOT_TEXT:
            key = str(r.get("paragraph") or str(r.get("id", "")).split(".")[0])
            paragraphs.setdefault(key, []).append(str(r.get("zh") or ""))
    return "\n".join("".join(p) for p in paragraphs.values())


def known_terms(pages: Sequence[PageFacts], glossary: Glossary) -> Glossary:
    """`glossary` and every term the pages recorded that it lacks (a page run with a
    glossary of its own): none of them is suggested."""
    seen = {zh: en for p in pages for zh, en, _, _, _ in p.hits}
    extra = [Entry(zh, en) for zh, en in seen.items() if zh not in glossary.index]
    return Glossary.from_entries([*glossary.entries, *extra]) if extra else glossary


def suggestions(pages: Sequence[PageFacts], glossary: Glossary, min_count: int = MIN_COUNT) -> list[Suggestion]:
    """The candidates pipeline.glossary.suggest finds in the whole archive, ranked by how
    many pages use them, then by how often. Each page comes prepared (masked and cut into
    words) with `glossary`'s forms; when the pages recorded terms it lacks, they are
    prepared again with those masked too."""
    known = known_terms(pages, glossary)
    prepared, digest = [p.words for p in pages], known.digest()
    if any(p.known != digest for p in pages):
        tokenizer = make_tokenizer(known.index.keys())  # one for the archive: loading one costs ~0.1 s
        prepared = [w if p.known == digest else prepare(w.source, w.text, known, words(tokenizer, w.text))
                    for p, w in zip(pages, prepared)]
    holders = Holders([w.masked for w in prepared], [w.pairs for w in prepared])
    candidates = merge(prepared, known, min_count, holders)
    ranked = [Suggestion(c, len(holders(c.zh))) for c in candidates]
    return sorted(ranked, key=lambda s: (-s.documents, -s.candidate.count, s.candidate.zh))


def suggestions_tsv(ranked: Sequence[Suggestion], pages: int) -> str:
    """A glossary TSV stub as `pipeline glossary suggest` writes it, with `documents` added."""
    lines = ["\t".join((*COLUMNS, "documents", "count", "found", "context")),
             f"# Suggested from {pages} pages, most pages first: fill in en (and note, source), "
             "delete the rows you do not want, then move the rows into a glossary file."]
    for s in ranked:
        c = s.candidate
        row = (c.zh, "", "", c.kind, "", "", str(s.documents), str(c.count), c.found, c.context)
        lines.append("\t".join(_cell(x) for x in row))
    return "\n".join(lines) + "\n"


def _cell(text: str) -> str:
    """A TSV cell: tabs and line breaks become spaces."""
    return " ".join(text.split()) if any(c in text for c in "\t\r\n") else text
