"""The archive's terms: every glossary hit the pages recorded, counted by term, page and
month (terms.tsv), and the candidates the glossary lacks, ranked by how many pages use them
(suggestions.tsv, from pipeline.glossary.suggest run over the whole archive).

Counts are the pages' own JSONL `terms`, summed: nothing is matched again here, so the
archive says what the pages say.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from pipeline.archive.pages import Page
from pipeline.glossary import COLUMNS, Entry, Glossary
from pipeline.glossary.suggest import Candidate, Holders, Prepared, merge, prepare
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


class TermSums:
    """Every glossary term the pages recorded, summed a page at a time in the archive's order
    (a run adds each page soon after it comes back from its worker)."""

    def __init__(self) -> None:
        self.hits: dict[tuple[str, str], list[PageHits]] = {}
        self.sources: dict[tuple[str, str], str] = {}  # of the first page holding the term
        self.by_month: dict[tuple[str, str], Counter[str]] = {}
        self.dated: dict[tuple[str, str], tuple[str, str]] = {}  # first and last date seen
        self.seen: dict[str, str] = {}  # zh → en, the last page's: known, never suggested

    def add(self, page: PageFacts) -> None:
        month, date = page.month, page.date
        for zh, en, source, rid, n in page.hits:
            term = (zh, en)
            self.seen[zh] = en
            by_page = self.hits.get(term)
            if by_page is None:
                by_page = self.hits[term] = []
                self.sources[term] = source
                self.by_month[term] = Counter()
            by_page.append(PageHits(page.path, n, rid))
            if month:
                self.by_month[term][month] += n
            if date:
                first, last = self.dated.get(term, (date, date))
                self.dated[term] = (min(first, date), max(last, date))

    def stats(self, glossary: Glossary) -> list[TermStat]:
        """Every (zh, en) of the pages' `terms`, most hits first."""
        stats = []
        for (zh, en), by_page in self.hits.items():
            entry = glossary.get(zh)
            first, last = self.dated.get((zh, en), (None, None))
            stats.append(TermStat(zh, en, entry.kind if entry else "", self.sources[zh, en], tuple(by_page),
                                  dict(self.by_month[zh, en]), first, last, sum(h.hits for h in by_page)))
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


def _known(seen: dict[str, str], glossary: Glossary) -> Glossary:
    """`glossary` and every term the pages recorded (`seen`) that it lacks (a page run with a
    glossary of its own): none of them is suggested."""
    extra = [Entry(zh, en) for zh, en in seen.items() if zh not in glossary.index]
    return Glossary.from_entries([*glossary.entries, *extra]) if extra else glossary


class SuggestionSums:
    """The candidates for suggestions.tsv, summed a page at a time in the archive's order:
    each page's prepared text indexed (`Holders`) and its word runs counted as it comes."""

    def __init__(self) -> None:
        self.prepared: list[Prepared] = []
        self.known: list[str] = []  # the digest of the glossary each page was prepared with
        self.holders = Holders()
        self.runs: Counter[str] = Counter()

    def add(self, page: PageFacts) -> None:
        w = page.words
        self.prepared.append(w)
        self.known.append(page.known)
        self.holders.add(w.masked, w.pairs)
        self.runs.update(w.runs)

    def ranked(self, terms: TermSums, glossary: Glossary, min_count: int = MIN_COUNT) -> list[Suggestion]:
        """The candidates pipeline.glossary.suggest finds in the whole archive, ranked by how
        many pages use them, then by how often. Each page comes prepared (masked and cut into
        words) with `glossary`'s forms; when the pages recorded terms it lacks, they are
        prepared again with those masked too."""
        known = _known(terms.seen, glossary)
        prepared, holders, digest = self.prepared, self.holders, known.digest()
        runs: Counter[str] | None = self.runs
        if any(d != digest for d in self.known):
            tokenizer = make_tokenizer(known.index.keys())  # one for the archive: loading one costs ~0.1 s
            prepared = [w if d == digest else prepare(w.source, w.text, known, words(tokenizer, w.text))
                        for d, w in zip(self.known, prepared)]
            holders = Holders([w.masked for w in prepared], [w.pairs for w in prepared])
            runs = None  # merge sums the prepared pages' runs
        candidates = merge(prepared, known, min_count, holders, runs)
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
