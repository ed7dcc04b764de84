"""Archive-wide reports over a finished output tree of pages: index.html, terms.tsv,
suggestions.tsv, qa.tsv and archive.tmx in the tree's root (`pipeline archive report OUTDIR`).

    pages_in(outdir)             every page under an output tree, as PageEntry
    write_reports(outdir, pages) read the pages, write the reports, return their paths
"""

from pipeline.archive.pages import PageEntry, pages_in
from pipeline.archive.report import REPORTS, write_reports

__all__ = ["REPORTS", "PageEntry", "pages_in", "write_reports"]
