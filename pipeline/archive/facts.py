"""What the reports need of one page, taken from its records once.

The reports over an archive are sums and merges of what each page holds: its term hits, its
own QA findings, its translation units, the word runs its text offers as suggestions. That
per-page part is most of a report's work, so it is done where the page is: in the worker
that has just translated the page (the facts travel back with its outputs, and the run
never reads the page again), or, for the pages a run did not redo and for
`pipeline archive report`, from the page's JSONL read back. The same function makes both,
so the reports are the same bytes either way.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pipeline.archive.pages import Dated, Page, PageEntry
from pipeline.archive.qa import bare, record_flags
from pipeline.archive.terms import page_text
from pipeline.archive.tmx import page_units
from pipeline.glossary.suggest import Prepared, prepare

if TYPE_CHECKING:
    from pipeline.glossary import Glossary
    from pipeline.zh.tokenize import Tokenizer

#: (zh, en, source, record id, hits) of one glossary term on one page: its source and record id
#: those of its first hit there.
TermCount = tuple[str, str, str, str, int]


@dataclass(frozen=True, slots=True)
class PageFacts(Dated):
    """One page as the reports see it."""

    entry: PageEntry
    date: str | None  # "YYYY-MM-DD" or "YYYY-MM"
    title: str
    title_en: str
    ids: tuple[str, ...]  # every record's id, in order
    translated: int  # records with English
    hits: tuple[TermCount, ...]  # every (zh, en) the page's terms hold, in the order of first hits
    flags: tuple[tuple[str, str, str], ...]  # (record id, check, detail), in reading order
    sentences: tuple[tuple[str, str, str], ...]  # (Chinese without white space, id, English)
    units: str  # the page's <tu> elements of archive.tmx
    words: Prepared  # its part of the suggestions, the known forms masked
    known: str  # digest of the glossary whose forms `words` masks


def page_facts(page: Page, known: Glossary, tokenizer: Tokenizer) -> PageFacts:
    """The page's facts; `known` the terms not to suggest, `tokenizer` one that keeps them whole."""
    from pipeline.zh.tokenize import words

    counts: Counter[tuple[str, str]] = Counter()  # (zh, en) → hits
    first: dict[tuple[str, str], tuple[str, str]] = {}  # (zh, en) → (source, record id) of its first hit
    flags: list[tuple[str, str, str]] = []
    sentences: list[tuple[str, str, str]] = []
    for r in page.records:
        rid = str(r.get("id", ""))
        for t in r.get("terms") or ():
            term = (str(t["zh"]), str(t["en"]))
            counts[term] += 1
            first.setdefault(term, (str(t.get("source", "")), rid))
        if r.get("en") is None:
            continue
        flags += [(rid, check, detail) for check, detail in record_flags(r)]
        zh = bare(str(r.get("zh") or ""))
        if zh:
            sentences.append((zh, rid, str(r["en"])))
    text = page_text(page)
    return PageFacts(page.entry, page.date, page.title, page.title_en,
                     tuple(str(r.get("id", "")) for r in page.records), len(page.translated),
                     tuple((zh, en, source, rid, counts[zh, en]) for (zh, en), (source, rid) in first.items()),
                     tuple(flags), tuple(sentences), page_units(page),
                     prepare(page.path, text, known, words(tokenizer, text)), known.digest())
