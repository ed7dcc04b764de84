"""Runs the stages in order, records what each did, and writes outputs safely."""

from __future__ import annotations

import gc
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from pipeline.context import Context
from pipeline.errors import InputError, PipelineError
from pipeline.fileio import atomic_write
from pipeline.model import Document, StageRecord
from pipeline.stages import NAMES, STAGES


def run(doc: Document, ctx: Context, until: str | None = None) -> Document:
    """Apply the stages in order; with `until`, stop after that stage and still render."""
    if until is not None and until not in NAMES:
        raise PipelineError(f"unknown stage {until!r}; stages are: {', '.join(NAMES)}")
    with collector_paused():
        return _run(doc, ctx, until)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off while the stages run, back as it was after.

    The stages build one large tree of frozen records and leave no reference cycles (a run
    over the 1 MB bench corpus leaves 0 objects for gc.collect() to free), so the
    collector's passes over that growing tree free nothing; they cost ~10% of a run.
    Reference counting still frees everything as usual."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _run(doc: Document, ctx: Context, until: str | None) -> Document:
    for stage in STAGES:
        if stage.name == "clean" and not ctx.clean:
            doc = replace(doc, log=doc.log + (StageRecord("clean", 0.0, "skipped (--no-clean)"),))
            continue
        reached = until is not None and NAMES.index(stage.name) > NAMES.index(until)
        if reached and stage.name != "render":
            continue
        t0 = time.perf_counter()
        doc = stage.run(doc, ctx)
        record = StageRecord(stage.name, time.perf_counter() - t0, summarize(stage.name, doc))
        doc = replace(doc, log=doc.log + (record,))
    return doc


def summarize(name: str, doc: Document) -> str:
    segs = doc.segments
    if name == "ingest":
        return f"{len(doc.text)} characters, {doc.encoding}, {len(doc.paragraphs)} blocks"
    if name == "clean":
        reps = sum(len(p.repairs) for p in doc.paragraphs)
        return f"{len(doc.paragraphs)} paragraphs, {reps} repairs"
    if name == "segment":
        return f"{len(segs)} segments"
    if name == "terms":
        return f"{sum(len(s.terms) for s in segs)} term hits"
    if name == "translate":
        return f"{sum(s.en is not None for s in segs)} segments translated"
    if name == "check":
        return f"{sum(len(s.qa) for s in segs)} qa flags"
    return f"{len(doc.outputs)} outputs"


def read_bytes(path: Path) -> bytes:
    """A file's bytes; one-line InputError when it is missing, a folder or unreadable."""
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a folder; give a text file")
    try:
        return path.read_bytes()
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror})") from None


def read_input(path: Path) -> Document:
    return Document(source=path.name, data=read_bytes(path))


def output_paths(doc: Document, input_path: Path, outdir: Path) -> list[Path]:
    stem = input_path.name[: -len(input_path.suffix)] if input_path.suffix else input_path.name
    return [outdir / f"{stem}{suffix}" for suffix, _ in doc.outputs]


def write_outputs(doc: Document, input_path: Path, outdir: Path) -> list[Path]:
    """Write each output to a temporary file, then rename it into place."""
    paths = output_paths(doc, input_path, outdir)
    src = input_path.resolve()
    for p in paths:
        if p.resolve() == src:
            raise PipelineError(f"{p}: output would overwrite the input; choose another -o folder")
    try:
        outdir.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise PipelineError(f"{outdir}: cannot create output folder ({e.strerror})") from None
    for path, (_, content) in zip(paths, doc.outputs):
        atomic_write(path, content)
    return paths
