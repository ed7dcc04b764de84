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

from collections.abc import Sequence
from pathlib import Path

from pipeline.archive.index import Index, render_index
from pipeline.archive.pages import PageEntry, read_pages
from pipeline.archive.qa import archive_qa, qa_tsv
from pipeline.archive.terms import suggestions, suggestions_tsv, term_stats, terms_tsv
from pipeline.archive.tmx import archive_tmx
from pipeline.errors import PipelineError
from pipeline.fileio import atomic_write
from pipeline.glossary import Glossary, default_paths, load_glossary

#: The reports, in the order they are written (index.html last: it links to the others).
REPORTS = ("terms.tsv", "suggestions.tsv", "qa.tsv", "archive.tmx", "index.html")


def write_reports(outdir: Path, pages: Sequence[PageEntry], glossary: Glossary | None = None) -> list[Path]:
    """Read `pages` (paths relative to `outdir`) and write the reports into `outdir`.

    `glossary` gives the terms' kinds (slogan, …) and the terms not to suggest; by default
    the shipped glossary. Returns the files written."""
    if not pages:
        raise PipelineError(f"{outdir}: no pages to report on (no page JSONL under it); "
                            "run `pipeline run` into it first")
    read = read_pages(outdir, pages)
    known = glossary if glossary is not None else load_glossary(default_paths())
    stats = term_stats(read, known)
    findings = archive_qa(read)
    ranked = suggestions(read, known)
    links = {p.path: _link(outdir, p.path) for p in read}
    contents = {
        "terms.tsv": terms_tsv(stats),
        "suggestions.tsv": suggestions_tsv(ranked, len(read)),
        "qa.tsv": qa_tsv(findings),
        "archive.tmx": archive_tmx(read),
    }
    contents["index.html"] = render_index(Index(read, stats, findings, ranked, links, REPORTS[:-1]))
    written = []
    for name in REPORTS:
        path = outdir / name
        try:
            atomic_write(path, contents[name])
        except OSError as e:
            raise PipelineError(f"{path}: cannot write ({e.strerror})") from None
        written.append(path)
    return written


def _link(outdir: Path, path: str) -> str:
    """The page's HTML relative to outdir; its JSONL when it was written without HTML."""
    return f"{path}.html" if (outdir / f"{path}.html").is_file() else f"{path}.jsonl"
