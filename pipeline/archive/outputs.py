"""Writing one page's outputs into the mirrored tree. Every write of a page goes through
`write_page`, or `stage_page` in a local worker and `place_page` in the run: the page's files
are put in place as one set, whole or not at all (`pipeline.fileio.write_set`), while the
batch holds the output folder's lock.

A local worker writes its page's files itself (`stage_page`: temporary files beside their
targets), so that ~0.6 MB a page of sample size is neither sent to the run nor written by it;
the run flushes them to the disk and renames them into place (`place_page`) on its writer
threads before the manifest vouches for the page. Temporary files of pages the run never
puts in place (Ctrl-C, --fail-fast) are removed at its end (`Loose`)."""

from __future__ import annotations

import os
import threading
from pathlib import Path, PurePosixPath

from pipeline.errors import PipelineError
from pipeline.fileio import discard_staged, is_stream, place_staged, stage_set, write_set
from pipeline.runner import cause

#: A page's staged files: (temporary, target) paths, in the order of its outputs.
Staged = tuple[tuple[str, str], ...]


def output_names(stem: PurePosixPath, outputs: tuple[tuple[str, str | bytes], ...]) -> list[str]:
    """The outputs' paths relative to the output folder, "/"-separated."""
    return [f"{stem}{suffix}" for suffix, _ in outputs]


def write_page(outdir: Path, stem: PurePosixPath, outputs: tuple[tuple[str, str | bytes], ...]) -> list[str]:
    """Put the page's outputs in place as one set; the relative paths written."""
    names = output_names(stem, outputs)
    folder = outdir.joinpath(*stem.parts[:-1])
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_set([(outdir / name, content) for name, (_, content) in zip(names, outputs)])
    except OSError as e:
        raise PipelineError(f"cannot write {e.filename or folder}: {cause(e)}") from None
    return names


def stage_page(outdir: Path, stem: PurePosixPath, outputs: tuple[tuple[str, str | bytes], ...]) -> Staged | None:
    """The page's outputs written whole beside their targets, for `place_page`; None when
    they are to be written by the run instead (`write_page`): a target that is not a regular
    file (streamed into), or an error, which the run's own write then reports."""
    paths = [outdir / name for name in output_names(stem, outputs)]
    try:
        if not paths or any(is_stream(p) for p in paths):
            return None
        outdir.joinpath(*stem.parts[:-1]).mkdir(parents=True, exist_ok=True)
        staged = stage_set([(p, content) for p, (_, content) in zip(paths, outputs)])
    except OSError:
        return None
    return tuple((os.fspath(tmp), os.fspath(target)) for tmp, target in staged)


def place_page(outdir: Path, stem: PurePosixPath, suffixes: list[str], staged: Staged) -> list[str]:
    """Put a page's staged outputs in place as one set; the relative paths written."""
    try:
        place_staged([(Path(tmp), Path(target)) for tmp, target in staged])
    except OSError as e:
        raise PipelineError(f"cannot write {e.filename or outdir}: {cause(e)}") from None
    return [f"{stem}{suffix}" for suffix in suffixes]


class Loose:
    """The staged files of the pages back from the workers and not yet put in place: those
    left at the run's end (pages in flight at Ctrl-C or --fail-fast) are removed."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.sets: dict[Staged, None] = {}

    def add(self, staged: Staged) -> None:
        if staged:
            with self.lock:
                self.sets[staged] = None

    def done(self, staged: Staged) -> None:
        with self.lock:
            self.sets.pop(staged, None)

    def discard(self) -> None:
        with self.lock:
            left, self.sets = list(self.sets), {}
        for staged in left:
            discard_staged([(Path(tmp), Path(target)) for tmp, target in staged])
