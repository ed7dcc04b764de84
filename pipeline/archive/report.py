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
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

from pipeline.archive.facts import PageFacts, page_facts
from pipeline.archive.index import Index, render_index
from pipeline.archive.pages import PageEntry, read_page
from pipeline.archive.qa import archive_qa, qa_tsv
from pipeline.archive.terms import suggestions, suggestions_tsv, term_stats, terms_tsv
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
    glossary = glossary if glossary is not None else load_glossary(default_paths())
    facts = gather(outdir, pages, glossary, known or {})
    with aside(lambda: suggestions(facts, glossary)) as ranked_aside:
        stats = term_stats(facts, glossary)
        findings = archive_qa(facts)
        links = {p.path: _link(outdir, p.path) for p in facts}
        contents = {
            "terms.tsv": terms_tsv(stats),
            "qa.tsv": qa_tsv(findings),
            "archive.tmx": archive_tmx(facts),
        }
        ranked = ranked_aside()
    contents["suggestions.tsv"] = suggestions_tsv(ranked, len(facts))
    contents["index.html"] = render_index(Index(facts, stats, findings, ranked, links, REPORTS[:-1]))
    written = []
    for name in REPORTS:
        path = outdir / name
        try:
            atomic_write(path, contents[name])
        except OSError as e:
            raise PipelineError(f"{path}: cannot write ({e.strerror})") from None
        written.append(path)
    return written


def gather(outdir: Path, pages: Sequence[PageEntry], glossary: Glossary,
           known: Mapping[str, PageFacts]) -> list[PageFacts]:
    """Each page's facts: those at hand when made for the same entry, else from its JSONL (one
    tokenizer for all the pages read: loading one costs ~0.1 s)."""
    tokenizer: Tokenizer | None = None
    facts = []
    for entry in pages:
        at_hand = known.get(entry.path)
        if at_hand is None or at_hand.entry != entry:
            if tokenizer is None:
                tokenizer = make_tokenizer(glossary.index.keys())
            at_hand = page_facts(read_page(outdir, entry), glossary, tokenizer)
        facts.append(at_hand)
    return facts


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
