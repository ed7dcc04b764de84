"""Many pages in one run: a folder tree (or several files and folders) mirrored into the output
folder, each page translated by worker processes that load the dictionaries once, and a manifest
that makes the next run skip what has not changed.

    discover   which files under the inputs are pages, and where their outputs go
    task       the page task a worker runs: bytes in, the outputs' texts and counts out
    manifest   what each page was made from and what came out (OUT/manifest.jsonl)
    schedule   local worker processes or a Dask cluster, the same task either way
    progress   a bar on a terminal, one line per page in a log
    batch      the run: plan, schedule, write, record, summarise
"""
