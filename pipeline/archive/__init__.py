"""Many pages in one run, and the reports over them.

A folder tree (or several files and folders) is mirrored into the output folder, each page
translated by worker processes that load the dictionaries once, and a manifest makes the next
run skip what has not changed; then archive-wide reports are written in the output folder's root
(index.html, terms.tsv, suggestions.tsv, qa.tsv, archive.tmx; also `pipeline archive report OUTDIR`).

    discover   which files under the inputs are pages, and where their outputs go
    task       the page task a worker runs: bytes in, the outputs' texts and counts out
    manifest   what each page was made from and what came out (OUT/manifest.jsonl)
    schedule   local worker processes or a Dask cluster, the same task either way
    progress   a bar on a terminal, one line per page in a log
    batch      the run: plan, schedule, write, record, summarise
    pages      every page under an output tree, as PageEntry
    report     read the pages, write the reports, return their paths
"""

from pipeline.archive.pages import PageEntry, pages_in
from pipeline.archive.report import REPORTS, write_reports

__all__ = ["REPORTS", "PageEntry", "pages_in", "write_reports"]
