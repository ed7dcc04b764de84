"""The run over many pages: find them, skip what the manifest vouches for, translate the rest
where `schedule` says, write each page's outputs as it comes back, and sum up.

One bad page (binary, empty, undecodable, or a failure inside the pipeline) is reported by its
path with its one-line reason and the rest go on, unless `fail_fast`. Ctrl-C stops handing out
pages, lets the pages in flight finish, and leaves complete outputs and a manifest that says
which they are.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.archive.discover import Page, discover
from pipeline.archive.facts import PageFacts
from pipeline.archive.manifest import (
    EntryDigests,
    Manifest,
    PageRecord,
    changed_forms,
    content_hash,
    entry_digests,
    holds_any,
    unchanged_outputs,
)
from pipeline.archive.outputs import Loose, place_page, write_page
from pipeline.archive.pages import PageEntry
from pipeline.archive.progress import Progress, failure
from pipeline.archive.report import REPORTS, Reports, write_reports
from pipeline.archive.schedule import Job, run_cluster, run_local
from pipeline.archive.task import PageResult, PageSettings
from pipeline.errors import Interrupted
from pipeline.fileio import signals_deferred
from pipeline.runner import collector_paused, folder_held, output_folder

#: Pages come back from the workers faster than a slow disk takes them: this many may wait.
WRITES_AHEAD = 8
#: Pages written at once.
WRITERS = 4
#: Pages per worker handed out last, largest first (`handout`).
LAST_PER_WORKER = 3


@dataclass(frozen=True)
class BatchOptions:
    workers: int = 1
    cluster: str | None = None  # tcp://HOST:PORT of a Dask scheduler
    fail_fast: bool = False
    quiet: bool = False
    bar: bool | None = None  # None: a bar when stderr is a terminal


@dataclass
class Summary:
    pages: int = 0
    done: int = 0
    skipped: int = 0
    failed: int = 0
    ignored: int = 0
    sentences: int = 0
    seconds: float = 0.0
    stopped: bool = False  # --fail-fast stopped the run
    interrupted: bool = False
    failures: list[tuple[str, str]] = field(default_factory=list)
    facts: dict[str, PageFacts] = field(default_factory=dict)  # the reports' part of each page done, by path

    def line(self) -> str:
        rate = f"{self.done / self.seconds:.1f} pages/s, {self.sentences / self.seconds:,.0f} sentences/s" \
            if self.seconds > 0 and self.done else "nothing translated"
        ignored = f", {self.ignored} other files ignored" if self.ignored else ""
        left = self.pages - self.done - self.skipped - self.failed
        stop = f" ({left} not started: {'--fail-fast' if self.stopped else 'interrupted'})" if left else ""
        return (f"{self.pages} pages: {self.done} done, {self.skipped} unchanged, {self.failed} failed"
                f"{stop}{ignored}; {self.seconds:.1f} s ({rate})")


def run_batch(inputs: Sequence[Path], outdir: Path, settings: PageSettings, options: BatchOptions) -> Summary:
    """Translate every page under `inputs` into `outdir`, holding the output folder's lock (the
    one `pipeline run FILE` takes) for the whole batch: the manifest is never written by two.
    The cyclic garbage collector is paused meanwhile, as for one page (`collector_paused`): the
    results coming back and the reports' sums make no reference cycles (a collection after 120
    pages frees nothing), and the collector's passes over them cost ~30% of summing the reports."""
    output_folder(outdir)
    with folder_held(outdir), collector_paused():
        return _run_batch(inputs, outdir, settings, options)


def _run_batch(inputs: Sequence[Path], outdir: Path, settings: PageSettings, options: BatchOptions) -> Summary:
    t0 = time.perf_counter()
    found = discover(inputs, outdir)
    summary = Summary(pages=len(found.pages), ignored=found.ignored)
    manifest = Manifest.read(outdir)
    digest = settings.glossary.digest()
    manifest.add_glossary(digest, entry_digests(settings.glossary))
    todo = _plan(found.pages, manifest, settings, outdir, summary)
    progress = Progress(len(todo), options.quiet, options.bar)
    if summary.skipped:
        progress.note(f"{summary.skipped} of {summary.pages} pages unchanged since the last run: skipped")
    for key, error in summary.failures:
        progress.note(f"failed (unchanged since the last run): {failure(key, error)}")
    sums = InOrder([str(p.rel) for p in todo], Reports(settings.glossary))
    loose = Loose()
    writer = _Writer(lambda job, result: _write(job, result, outdir, loose),
                     lambda job, result, outputs: _record(job, result, outputs, settings, digest, manifest,
                                                          summary, progress, sums))
    results = _schedule(todo, settings, options, outdir, loose) if todo else _nothing()
    try:
        for job, result in results:
            writer.put(job, result)
            if options.fail_fast and not result.ok:
                summary.stopped = True
                break
    except (KeyboardInterrupt, Interrupted):
        summary.interrupted = True
    finally:
        try:
            with signals_deferred():
                try:
                    results.close()  # the pages in flight finish; the files they wrote are in `loose`
                finally:
                    writer.close()
        finally:
            loose.discard()
            progress.close()
            manifest.close()
            summary.seconds = time.perf_counter() - t0
    if summary.done or not all((outdir / name).exists() for name in REPORTS):
        write_archive_reports(outdir, manifest.records(), settings, summary.facts, sums.reports)  # else: as before
    return summary


def _plan(pages: Sequence[Page], manifest: Manifest, settings: PageSettings, outdir: Path,
          summary: Summary) -> list[Page]:
    """The pages to translate; the others are counted as skipped (and restamped after a
    glossary edit that does not touch them)."""
    digest = settings.glossary.digest()
    changed: dict[str, frozenset[str] | None] = {}
    todo: list[Page] = []
    for page in pages:
        key = str(page.rel)
        rec = manifest.pages.get(key)
        if rec is None or rec.status == "failed" or rec.settings != settings.signature:
            todo.append(page)
            continue
        try:
            data = page.path.read_bytes()
        except OSError:
            todo.append(page)  # the task's read reports why
            continue
        if rec.sha256 != content_hash(data) or not unchanged_outputs(outdir, rec):
            todo.append(page)
        elif rec.status == "bad":
            summary.failed += 1
            summary.failures.append((key, rec.error))
        elif rec.glossary == digest:
            summary.skipped += 1
        else:
            if rec.glossary not in changed:
                old = manifest.glossaries.get(rec.glossary)
                changed[rec.glossary] = None if old is None else changed_forms(old, _current(manifest, digest))
            forms = changed[rec.glossary]
            if forms is None or holds_any(rec, data, forms):
                todo.append(page)
            else:
                manifest.restamp(rec, digest)
                summary.skipped += 1
    return todo


def _current(manifest: Manifest, digest: str) -> EntryDigests:
    return manifest.glossaries[digest]


def _schedule(pages: list[Page], settings: PageSettings, options: BatchOptions, outdir: Path,
              loose: Loose) -> Generator[tuple[Job, PageResult], None, None]:
    jobs = (Job(str(p.rel), p) for p in handout(pages, options.workers))
    if options.cluster:
        return run_cluster(jobs, settings, options.cluster)
    return run_local(jobs, settings, options.workers, outdir, loose)


def _nothing() -> Generator[tuple[Job, PageResult], None, None]:
    yield from ()


def handout(pages: list[Page], workers: int) -> list[Page]:
    """The order pages are handed out in: the tree's, whose pages the reports sum as they come
    back (`InOrder`), but with several workers the last LAST_PER_WORKER per worker largest
    first, so that the run does not end with one worker on a long page while the others wait."""
    if workers <= 1:
        return pages
    cut = max(0, len(pages) - LAST_PER_WORKER * workers)
    return [*pages[:cut], *sorted(pages[cut:], key=_size, reverse=True)]


def _size(page: Page) -> int:
    try:
        return page.path.stat().st_size
    except OSError:
        return 0  # the task's read reports why


class _Writer:
    """Writes the pages as they come back, on threads of their own, so that the wait for the
    disk (every file is flushed to it before it is renamed into place) keeps neither the
    workers nor the in-process pipeline waiting. WRITERS pages are written at once (a page's
    fsyncs wait for the disk, not the CPU: on a busy disk one writer at a time fell behind two
    workers), each then recorded under one lock. At most WRITES_AHEAD pages wait to be
    written; an error writing one (a full disk) is raised to the run at the next page."""

    def __init__(self, write: Callable[[Job, PageResult], list[str]],
                 record: Callable[[Job, PageResult, list[str]], None]) -> None:
        self.write, self.record = write, record
        self.lock = threading.Lock()
        self.pool = ThreadPoolExecutor(max_workers=WRITERS, thread_name_prefix="pipeline-writer")
        self.pending: deque[Future[None]] = deque()

    def put(self, job: Job, result: PageResult) -> None:
        while self.pending and (self.pending[0].done() or len(self.pending) >= WRITES_AHEAD):
            self.pending[0].result()  # an interrupt while waiting leaves the page to close()
            self.pending.popleft()
        self.pending.append(self.pool.submit(self._page, job, result))

    def _page(self, job: Job, result: PageResult) -> None:
        outputs = self.write(job, result)
        with self.lock:
            self.record(job, result, outputs)

    def close(self) -> None:
        """Wait for every page handed over (each is written whole: no signal reaches these
        threads, and one that reaches the main thread meanwhile waits until the writers are
        done, so the manifest is never closed under them), then raise the first error."""
        with signals_deferred():
            self.pool.shutdown(wait=True)
        errors = [e for f in self.pending if (e := f.exception()) is not None]
        self.pending.clear()
        if errors:
            raise errors[0]


def _write(job: Job, result: PageResult, outdir: Path, loose: Loose) -> list[str]:
    """Put a page's outputs in place; the paths written (none for a failed page)."""
    if not result.ok:
        return []
    if not result.staged:
        return write_page(outdir, job.stem, result.outputs)
    try:
        return place_page(outdir, job.stem, [suffix for suffix, _ in result.outputs], result.staged)
    finally:
        loose.done(result.staged)


def _record(job: Job, result: PageResult, outputs: list[str], settings: PageSettings, digest: str,
            manifest: Manifest, summary: Summary, progress: Progress, sums: InOrder) -> None:
    """Vouch for a page's outputs, in place, in the manifest; or record why it failed."""
    status, error = "done", result.error
    if result.ok:
        summary.done += 1
        summary.sentences += int(result.stats.get("segments", 0))  # type: ignore[call-overload]
        if result.facts is not None:
            summary.facts[result.facts.path] = result.facts
    else:
        status = "bad" if result.bad_input else "failed"
        summary.failed += 1
        summary.failures.append((job.key, error))
    manifest.add(PageRecord(job.key, job.sha256, job.size, settings.signature, digest,
                            status, error, result.seconds, tuple(outputs), result.stats))
    progress.page(job.key, result)
    sums.put(job.key, result.facts if result.ok else None)


class InOrder:
    """The archive's reports summed while the pages come back: a page's facts are added once
    every page before it (in the manifest's order, the reports' order) is back, so the sums
    lag the workers by a few pages and the run's end has little left to add."""

    def __init__(self, keys: list[str], reports: Reports) -> None:
        self.keys = sorted(keys)
        self.reports = reports
        self.added = 0  # keys[:added] are summed (or were no page of the reports)
        self.back: dict[str, PageFacts | None] = {}

    def put(self, key: str, facts: PageFacts | None) -> None:
        """The page `key` is back: its facts, None when it adds nothing (failed, no JSONL)."""
        self.back[key] = facts
        while self.added < len(self.keys) and self.keys[self.added] in self.back:
            done = self.back.pop(self.keys[self.added])
            self.added += 1
            if done is not None:
                self.reports.add(done)


def write_archive_reports(outdir: Path, records: list[PageRecord], settings: PageSettings,
                          facts: Mapping[str, PageFacts], sums: Reports | None = None) -> None:
    """The archive's reports (index.html, terms.tsv, qa.tsv, archive.tmx …) over every page the
    manifest holds outputs for, the batch's own glossary giving the terms' kinds; `facts`: those
    of the pages this run translated (the others are read back). `sums`: the reports summed
    during the run, used when they hold exactly those pages (the run translated every page of
    the manifest), else summed again."""
    pages = [PageEntry(jsonl.removesuffix(".jsonl"), r.page) for r in records if r.status == "done"
             for jsonl in r.outputs if jsonl.endswith(".jsonl")]
    if not pages:
        return
    if sums is not None and [p.entry for p in sums.pages] == pages:
        sums.write(outdir)
    else:
        write_reports(outdir, pages, settings.glossary, facts)
