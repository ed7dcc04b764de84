"""The archive's reports, written into the root of an output tree of pages:

    index.html       the archive at a glance (pipeline.archive.index)
    terms.tsv        every glossary term found: zh, en, documents, hits, first_seen, last_seen, …
    suggestions.tsv  candidate terms the glossary lacks, most pages first (a glossary stub)
    qa.tsv           archive-wide QA: page, id, check, detail
    archive.tmx      every page's translation units in one TMX 1.4b file

They read only what `pipeline run` wrote (each page's JSONL, the contract in the README), so
they work on any folder of page outputs, and are written atomically: a reader never sees half
of one.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

from pipeline.archive.facts import PageFacts, page_facts
from pipeline.archive.index import Index, index_head, index_tail
from pipeline.archive.pages import PageEntry, read_page
from pipeline.archive.qa import QaSums, qa_tsv
from pipeline.archive.terms import SuggestionSums, TermSums, suggestions_tsv, terms_tsv
from pipeline.archive.tmx import archive_tmx
from pipeline.errors import PipelineError
from pipeline.fileio import atomic_write
from pipeline.glossary import Glossary, default_paths, load_glossary
from pipeline.zh.tokenize import Tokenizer, make_tokenizer

T = TypeVar("T")

#: The reports, in the order they are written (index.html last: it links to the others).
REPORTS = ("terms.tsv", "suggestions.tsv", "qa.tsv", "archive.tmx", "index.html")


def write_reports(outdir: Path, pages: Sequence[PageEntry], glossary: Glossary | None = None,
                  known: Mapping[str, PageFacts] | None = None) -> list[Path]:
    """Read `pages` (paths relative to `outdir`) and write the reports into `outdir`.

    `glossary` gives the terms' kinds (slogan, …) and the terms not to suggest; by default
    the shipped glossary. `known`: the facts of pages already at hand, by path (the pages a
    run has just translated), not read again. Returns the files written."""
    if not pages:
        raise PipelineError(f"{outdir}: no pages to report on (no page JSONL under it); "
                            "run `pipeline run` into it first")
    sums = Reports(glossary if glossary is not None else load_glossary(default_paths()))
    for facts in gather(outdir, pages, sums.glossary, known or {}):
        sums.add(facts)
    return sums.write(outdir)


class Reports:
    """The reports' sums, made a page at a time in the archive's order (the order of `pages`
    in `write_reports`): a run adds each page as soon as the pages before it are in, while
    the workers go on, so that at its end little is left to do but write."""

    def __init__(self, glossary: Glossary) -> None:
        self.glossary = glossary
        self.pages: list[PageFacts] = []
        self.terms = TermSums()
        self.qa = QaSums()
        self.suggestions = SuggestionSums()

    def add(self, facts: PageFacts) -> None:
        self.pages.append(facts)
        self.terms.add(facts)
        self.qa.add(facts)
        self.suggestions.add(facts)

    def write(self, outdir: Path) -> list[Path]:
        """Write the reports into `outdir`; the files written. Each is written, on a thread of
        its own, as soon as it is made (the disk's wait overlaps the making of the next);
        index.html once the others are in place."""
        pages = self.pages
        with aside(lambda: self.suggestions.ranked(self.terms, self.glossary)) as ranked_aside, \
                ThreadPoolExecutor(max_workers=len(REPORTS) - 1, thread_name_prefix="pipeline-report") as pool:
            writes = []

            def put(name: str, content: str) -> None:
                writes.append(pool.submit(_write_report, outdir / name, content))

            stats, findings = self.terms.stats(self.glossary), self.qa.findings()
            put("terms.tsv", terms_tsv(stats))
            put("qa.tsv", qa_tsv(findings))
            put("archive.tmx", archive_tmx(pages))
            links = {p.path: _link(outdir, p.path) for p in pages}
            head = index_head(Index(pages, stats, findings, links, REPORTS[:-1]))
            ranked = ranked_aside()
            put("suggestions.tsv", suggestions_tsv(ranked, len(pages)))
            for done in writes:
                done.result()
            _write_report(outdir / REPORTS[-1], head + index_tail(ranked))
        return [outdir / name for name in REPORTS]


def _write_report(path: Path, content: str) -> None:
    try:
        atomic_write(path, content)
    except OSError as e:
        raise PipelineError(f"{path}: cannot write ({e.strerror})") from None


def gather(outdir: Path, pages: Sequence[PageEntry], glossary: Glossary,
           known: Mapping[str, PageFacts]) -> Iterator[PageFacts]:
    """Each page's facts, in order: those at hand when made for the same entry, else from its
    JSONL (one tokenizer for all the pages read: loading one costs ~0.1 s)."""
    tokenizer: Tokenizer | None = None
    for entry in pages:
        at_hand = known.get(entry.path)
        if at_hand is None or at_hand.entry != entry:
            if tokenizer is None:
                tokenizer = make_tokenizer(glossary.index.keys())
            at_hand = page_facts(read_page(outdir, entry), glossary, tokenizer)
        yield at_hand


#: The work `aside` hands to its forked process (which inherits it: nothing is pickled to it).
_ASIDE: list[Callable[[], Any]] = []


@contextlib.contextmanager
def aside(work: Callable[[], T]) -> Iterator[Callable[[], T]]:
    """`work()` in a forked process while this one does the rest of the reports; the function
    returned waits for its result. The suggestions are the reports' largest part (~40% of their
    CPU at a batch run's end, when the workers are done and a core is free). Where a process
    cannot be forked, or is not safe to fork (another thread running: a Dask client's), the
    work is done here when its result is asked for."""
    if "fork" not in multiprocessing.get_all_start_methods() or threading.active_count() > 1:
        yield work
        return
    _ASIDE[:] = [work]
    try:
        with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork")) as pool:
            future = pool.submit(_work_aside)
            yield future.result
    finally:
        _ASIDE.clear()


def _work_aside() -> Any:
    return _ASIDE[0]()


def _link(outdir: Path, path: str) -> str:
    """The page's HTML relative to outdir; its JSONL when it was written without HTML."""
    return f"{path}.html" if (outdir / f"{path}.html").is_file() else f"{path}.jsonl"
