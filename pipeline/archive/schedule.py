"""Where the page tasks run: in this process, in local worker processes, or on a Dask cluster.

The same task (`task.translate_page`) runs everywhere, on the page's bytes; results come back
to this process, which writes them (a local worker writes its page's files beside their
targets, and this process puts them in place: `pipeline.archive.outputs`). Only a few pages
are in flight at once (`AHEAD` per worker), so memory stays flat however large the archive.
"""

from __future__ import annotations

import gc
import importlib
import multiprocessing
import signal
import threading
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath
from typing import Any

from pipeline.archive.discover import Page
from pipeline.archive.manifest import content_hash
from pipeline.archive.outputs import Loose, stage_page
from pipeline.archive.task import PageResult, PageSettings, translate_page, warm
from pipeline.errors import InputError, PipelineError

#: Pages handed out per worker before the first comes back: enough to keep a worker busy
#: while the parent writes, few enough that memory does not grow with the archive.
AHEAD = 2


@dataclass
class Job:
    """One page to translate: its key (its path in the mirrored tree) and its file, read only
    when a worker is ready for it; reading records the hash and size of what was sent."""

    key: str
    page: Page
    sha256: str = ""
    size: int = 0

    @property
    def stem(self) -> PurePosixPath:
        return self.page.stem

    def load(self) -> bytes | PageResult:
        """The page's bytes, or a failed result saying why they cannot be read."""
        try:
            data = self.page.path.read_bytes()
        except OSError as e:
            return PageResult(self.key, error=str(InputError(f"{self.page.path}: cannot read ({e.strerror})")))
        self.sha256, self.size = content_hash(data), len(data)
        return data


Done = tuple[Job, PageResult]


def run_local(jobs: Iterable[Job], settings: PageSettings, workers: int, outdir: Path | None = None,
              loose: Loose | None = None) -> Generator[Done, None, None]:
    """In this process for one worker; else in `workers` processes, each with its Context,
    which write their pages' files into `outdir` (when given) for this process to put in
    place; `loose` learns of each set written as its page comes back."""
    if workers <= 1:
        for job in jobs:
            data = job.load()
            yield job, data if isinstance(data, PageResult) else translate_page(data, job.key, settings)
        return
    pool = _pool(settings, workers, outdir)

    def submit(job: Job) -> Future[PageResult]:
        data = job.load()
        if isinstance(data, PageResult):
            failed: Future[PageResult] = Future()
            failed.set_result(data)
            return failed
        future = pool.submit(_translate_here, data, job.key, job.stem)
        if loose is not None:
            future.add_done_callback(lambda f: _staged_by(f, loose))
        return future

    try:
        yield from _bounded(jobs, submit, workers * AHEAD)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _staged_by(future: Future[PageResult], loose: Loose) -> None:
    """Note the files the page's worker wrote (from the pool's result thread, as it comes back)."""
    if not future.cancelled() and future.exception() is None:
        loose.add(future.result().staged)


def _pool(settings: PageSettings, workers: int, outdir: Path | None) -> ProcessPoolExecutor:
    """Worker processes that start with the tools loaded: where processes can be forked, the
    Context is built here once and every worker inherits it (no load per worker; pages shared
    copy-on-write); elsewhere each worker builds its own in the initializer."""
    methods = multiprocessing.get_all_start_methods()
    if "fork" not in methods:
        return ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, initargs=(settings, outdir))
    warm(settings)
    gc.collect()
    gc.freeze()  # what exists now stays put: the collector never touches (copies) it in a worker
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork"),
                               initializer=_init_worker, initargs=(settings, outdir))


#: This worker process's settings and output folder, given once when it starts (`_init_worker`):
#: a page's task carries only its bytes and name, not the glossary (130 kB pickled, ~11 ms to
#: unpickle).
_SETTINGS: list[tuple[PageSettings, Path | None]] = []


def _init_worker(settings: PageSettings, outdir: Path | None) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    _SETTINGS[:] = [(settings, outdir)]
    warm(settings)


def _translate_here(data: bytes, name: str, stem: PurePosixPath) -> PageResult:
    """`translate_page` with this worker's settings; its outputs written beside their targets
    when the worker has an output folder (else, or when they cannot be, sent back as bytes)."""
    settings, outdir = _SETTINGS[0]
    result = translate_page(data, name, settings)
    if result.ok and outdir is not None:
        staged = stage_page(outdir, stem, result.outputs)
        if staged is not None:
            return replace(result, outputs=tuple((suffix, b"") for suffix, _ in result.outputs), staged=staged)
    return encoded(result)


def encoded(result: PageResult) -> PageResult:
    """The result with its texts as the UTF-8 they are written as, for the way back from a
    worker: bytes are pickled as they are (~0.6 MB a page of sample size), where text is
    encoded to be sent, decoded on arrival and encoded again to be written."""
    if all(isinstance(text, bytes) for _, text in result.outputs):
        return result
    return replace(result, outputs=tuple((suffix, text.encode("utf-8") if isinstance(text, str) else text)
                                         for suffix, text in result.outputs))


def _bounded(jobs: Iterable[Job], submit: Callable[[Job], Future[PageResult]], ahead: int) -> Iterator[Done]:
    pending: dict[Future[PageResult], Job] = {}
    it = iter(jobs)
    for _, job in zip(range(ahead), it):
        pending[submit(job)] = job
    while pending:
        finished, _ = wait(pending, return_when=FIRST_COMPLETED)
        for f in finished:
            job = pending.pop(f)
            yield job, _result(job, f)
            nxt = next(it, None)
            if nxt is not None:
                pending[submit(nxt)] = nxt


def _result(job: Job, future: Any) -> PageResult:
    """The task's result; a worker that died on the page (killed, out of memory) fails that page."""
    try:
        result: PageResult = future.result()
    except Exception as e:
        return PageResult(job.key, error=f"worker failed: {type(e).__name__}: {e}")
    return result


#: One page at a time per Dask worker process: a Context's memos are not made for threads, and
#: the pipeline holds the GIL anyway (start workers with --nthreads 1 --nworkers N).
_LOCK = threading.Lock()


def translate_page_locked(data: bytes, name: str, settings: PageSettings) -> PageResult:
    with _LOCK:
        return encoded(translate_page(data, name, settings))


def run_cluster(jobs: Iterable[Job], settings: PageSettings, address: str) -> Generator[Done, None, None]:
    """On the Dask cluster whose scheduler listens at `address` (tcp://HOST:PORT). The settings
    (glossary included) go to every worker once; each page goes as bytes; no shared files."""
    try:
        dist: Any = importlib.import_module("distributed")  # untyped: used through Any
    except ImportError:
        raise PipelineError("--cluster needs Dask: pip install 'dask[distributed]'") from None
    try:
        client = dist.Client(address, timeout="10s", set_as_default=False)
    except OSError as e:
        raise PipelineError(f"--cluster {address}: cannot reach the Dask scheduler ({e})") from None
    try:
        shared = client.scatter(settings, broadcast=True, hash=False)
        slots = max(1, sum(client.nthreads().values())) * AHEAD
        pending: dict[Any, Job] = {}
        queue = dist.as_completed(loop=client.loop)
        it = iter(jobs)

        def submit(job: Job) -> Done | None:
            data = job.load()
            if isinstance(data, PageResult):
                return job, data
            future = client.submit(translate_page_locked, data, job.key, shared, pure=False)
            pending[future] = job
            queue.add(future)
            return None

        def refill() -> Iterator[Done]:
            """Hand out pages until `slots` are in flight; pages that cannot be read fail here."""
            while len(pending) < slots:
                job = next(it, None)
                if job is None:
                    return
                failed = submit(job)
                if failed is not None:
                    yield failed

        yield from refill()
        while pending:
            future = next(queue)
            job = pending.pop(future)
            yield job, _result(job, future)
            yield from refill()
    finally:
        client.close()
