"""Runs the stages in order, records what each did, and writes outputs safely."""

from __future__ import annotations

import gc
import os
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from pipeline.context import Context
from pipeline.errors import InputError, PipelineError
from pipeline.fileio import (
    Content,
    LockBusy,
    folder_lock,
    make_folder,
    probe_writable,
    remove_if_empty,
    write_set,
)
from pipeline.formats import FORMATS
from pipeline.model import Document, StageRecord
from pipeline.stages import NAMES, STAGES
from pipeline.stages.clean import FIRST, INSIDE, LAYOUT, SPEAKER, Layout
from pipeline.stages.clean.chunks import survey
from pipeline.stages.ingest import pieces, raw_blocks, read
from pipeline.stages.render import Streamed
from pipeline.stages.translate import AROUND, META_KEY, SECTION, add_summaries, section_headings

#: Seconds a run waits for the output folder's lock (another run writing its set there) before
#: giving up; writing a set takes well under a second, unless a FIFO target waits for a reader.
LOCK_WAIT = 60.0

#: Test-only: seconds to pause after each temporary file of a page's set, announced on stderr,
#: so that a test can send a signal or start a second run at the moment of writing
#: (tests/test_outputs.py). Never set it otherwise.
TEST_PAUSE_ENV = "PIPELINE_TEST_PAUSE_WRITE"


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
    Reference counting still frees everything as usual.

    Turned back on, the collector would at once walk every object the run made or loaded
    (the tools: tokenizer, CC-CEDICT, lexicon), ~4% of a first pass, to free nothing again;
    so what exists then is frozen first (gc.freeze: the collector leaves it alone from then
    on, reference counting still frees it). The price: a reference cycle alive at the end of
    a run is never collected later; the stages make none, nor do a Context's tools, so they go
    with their Context (tests/test_runner.py; a run that raises freezes nothing: its traceback
    holds cycles)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    except BaseException:
        if was:
            gc.enable()
        raise
    if was:
        gc.freeze()
        gc.enable()


def _run(doc: Document, ctx: Context, until: str | None, names: Sequence[str] = NAMES) -> Document:
    """The stages of `names`, in order, as far as `until` (render runs whatever `until` says)."""
    for stage in STAGES:
        if stage.name not in names:
            continue
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


#: A text input of more than this many characters is translated in chunks of about this
#: many, cut at blank lines (or line breaks, in a text without them) where cleaning carries
#: nothing over (pipeline.stages.clean.chunks): a run holds one chunk's records at a time,
#: whatever the size of the input (~450 KB of Chinese in UTF-8 a chunk).
CHUNK_CHARS = 150_000

#: The stages a chunk goes through before the next chunk's (its first record is the last
#: one's context `after`), and after.
EARLY = ("clean", "segment", "terms")
LATE = ("translate", "check")


@dataclass
class Rendered:
    """A run's Document (its log and meta; a long text's holds no records any more) and its
    outputs as (file suffix, content); `close` frees the spooled bodies of a long text."""

    doc: Document
    outputs: tuple[tuple[str, Content], ...]
    spooled: Streamed | None = None

    def close(self) -> None:
        if self.spooled is not None:
            self.spooled.close()


def run_document(doc: Document, ctx: Context, until: str | None = None,
                 chunk_chars: int = CHUNK_CHARS) -> Rendered:
    """run(), for an input of any size: a text longer than `chunk_chars` characters goes
    through the stages chunk by chunk and is rendered as it goes (pipeline.stages.render
    .Streamed), giving the outputs the whole text would give."""
    if until is not None and until not in NAMES:
        raise PipelineError(f"unknown stage {until!r}; stages are: {', '.join(NAMES)}")
    if len(doc.data) <= chunk_chars:  # no more characters than bytes
        done = run(doc, ctx, until)
        return Rendered(done, done.outputs)
    with collector_paused():
        t0 = time.perf_counter()
        doc = read(doc, ctx)
        record = StageRecord("ingest", time.perf_counter() - t0, summarize("ingest", doc))
        doc = replace(doc, log=(record,))
        if doc.paragraphs or len(doc.text) <= chunk_chars:  # pages (OCR), or short after all
            done = _run(replace(doc, paragraphs=doc.paragraphs or raw_blocks(doc.text)),
                        ctx, until, NAMES[1:])
            return Rendered(done, done.outputs)
        return _run_chunks(doc, ctx, until, chunk_chars)


def _run_chunks(doc: Document, ctx: Context, until: str | None, size: int) -> Rendered:
    """The stages over each chunk of the text in turn, rendered as they go."""
    layout, chunks = _chunks(doc, ctx, until, size)
    streamed = Streamed(ctx)
    seconds: dict[str, float] = {}
    try:
        carry: dict[str, object] = {LAYOUT: layout, FIRST: 1, SPEAKER: None}
        summary: object = None
        before, waiting, section = "", None, ""
        for a, b, first, inside in chunks:
            chunk = replace(doc, paragraphs=raw_blocks(doc.text, a, b, first),
                            meta=doc.meta + tuple(carry.items()) + ((INSIDE, inside),))
            chunk = _run(chunk, ctx, until, EARLY)
            carry[FIRST] = int(str(carry[FIRST])) + len(chunk.paragraphs)
            carry[SPEAKER] = dict(chunk.meta)[SPEAKER]
            if waiting is not None:
                after = chunk.segments[0].zh if chunk.segments else ""
                summary = _finish(waiting, ctx, until, streamed, (before, after, section), summary, seconds)
                before = waiting.segments[-1].zh if waiting.segments else before
                section = (section_headings(waiting.segments, section) or [section])[-1]
            waiting = chunk
        if waiting is not None:
            summary = _finish(waiting, ctx, until, streamed, (before, "", section), summary, seconds)
        log = doc.log + tuple(StageRecord(name, t, f"{len(chunks)} chunks") for name, t in seconds.items())
        meta = doc.meta + (((META_KEY, summary),) if summary is not None else ())
        done = replace(doc, log=log, meta=meta)
        return Rendered(done, streamed.finish(done), streamed)
    except OSError as e:  # the bodies are spooled to temporary files: TMPDIR full or unwritable
        streamed.close()
        import tempfile

        raise PipelineError(f"cannot hold a long text's outputs in {tempfile.gettempdir()}: {cause(e)} "
                            "(set TMPDIR to a folder with room)") from None
    except BaseException:
        streamed.close()
        raise


def _chunks(doc: Document, ctx: Context, until: str | None,
            size: int) -> tuple[Layout, list[tuple[int, int, int, bool]]]:
    """The whole text's layout and its chunks: (start, end, number of the first raw block,
    whether it starts inside that block), cut where the layout allows. Inside a raw block
    (a long stretch without blank lines) only when the clean stage runs: it numbers the
    paragraphs, where raw blocks are numbered as they stand."""
    lines = ctx.clean and (until is None or NAMES.index(until) >= NAMES.index("clean"))
    parts, n = [], 1
    for a, b, inside in pieces(doc.text, size, lines):
        n -= inside  # the part goes on with the last block of the part before
        parts.append((a, b, n, inside))
        n += len(raw_blocks(doc.text, a, b, n))
    found = survey(doc.text, ((replace(doc, paragraphs=raw_blocks(doc.text, a, b, f)), inside)
                              for a, b, f, inside in parts))
    chunks: list[tuple[int, int, int, bool]] = []
    for i, (a, b, first, inside) in enumerate(parts):
        if chunks and i not in found.cuts:
            chunks[-1] = (*chunks[-1][:1], b, *chunks[-1][2:])  # no cut here: one chunk with the last
        else:
            chunks.append((a, b, first, inside))
    return found.layout, chunks


def _finish(chunk: Document, ctx: Context, until: str | None, streamed: Streamed,
            around: tuple[str, str, str], summary: object, seconds: dict[str, float]) -> object:
    """The late stages of a chunk, its records rendered; the translate summary so far.
    `around`: the Chinese of the records just before and after the chunk, and the section
    heading its first record stands in."""
    before, after, section = around
    chunk = _run(replace(chunk, meta=chunk.meta + ((AROUND, (before, after)), (SECTION, section))), ctx, until,
                 LATE)
    t0 = time.perf_counter()
    streamed.add(chunk)
    for r in (*chunk.log[1:], StageRecord("render", time.perf_counter() - t0, "")):
        seconds[r.name] = seconds.get(r.name, 0.0) + r.seconds
    return add_summaries(summary, dict(chunk.meta).get(META_KEY))


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


def _stem(input_path: Path) -> str:
    return input_path.name[: -len(input_path.suffix)] if input_path.suffix else input_path.name


@contextmanager
def prepared_outputs(input_path: Path, outdir: Path, formats: Sequence[str],
                     inputs: Sequence[Path] = ()) -> Iterator[list[Path]]:
    """Every check on where a page's outputs go, made before any translation work: none would
    overwrite an input (the page, `inputs` such as glossary files) or a folder, the output
    folder exists or can be made, and a file can be created in it. A folder made here and
    still empty when the block fails is removed again. Yields the output paths."""
    paths = [outdir / f"{_stem(input_path)}{FORMATS[f][0]}" for f in formats]
    check_targets(paths, [input_path, *inputs], fix="choose another -o folder")
    made = output_folder(outdir)
    try:
        try:
            probe_writable(outdir)
        except OSError as e:
            raise PipelineError(f"cannot write into {outdir}: {cause(e)}") from None
        yield paths
    except BaseException:
        remove_if_empty(made)
        raise


def write_outputs(doc: Document, input_path: Path, outdir: Path, inputs: Sequence[Path] = (),
                  outputs: Sequence[tuple[str, Content]] | None = None) -> list[Path]:
    """Write the page's outputs (`doc.outputs`, unless given) as one set: whole, or not at
    all (pipeline.fileio.write_set), holding the output folder's lock so that two runs never
    mix their sets."""
    outputs = doc.outputs if outputs is None else outputs
    paths = [outdir / f"{_stem(input_path)}{suffix}" for suffix, _ in outputs]
    check_targets(paths, [input_path, *inputs], fix="choose another -o folder")
    output_folder(outdir)
    try:
        with folder_held(outdir):
            write_set([(path, content) for path, (_, content) in zip(paths, outputs)],
                      pause=float(os.environ.get(TEST_PAUSE_ENV) or 0))
    except OSError as e:
        raise PipelineError(f"cannot write {e.filename or outdir}: {cause(e)}") from None
    return paths


@contextmanager
def folder_held(outdir: Path) -> Iterator[None]:
    """The output folder's lock (pipeline.fileio.folder_lock) for the block, waited for at most
    lock_wait() seconds; one line naming the holder when it stays busy."""
    try:
        with folder_lock(outdir, lock_wait()):
            yield
    except LockBusy as e:
        pid = f" (pid {e.holder})" if e.holder else ""
        raise PipelineError(f"{outdir}: another pipeline run{pid} is writing into this folder; "
                            f"gave up after waiting {e.waited:g} s for {e.lock}") from None


def write_file(path: Path, content: str, inputs: Sequence[Path]) -> None:
    """Write one output file (a glossary command's -o) atomically, or stream it into a FIFO or
    device; never over one of `inputs`."""
    check_targets([path], inputs, fix="choose another -o file")
    try:
        write_set([(path, content)])
    except OSError as e:
        raise PipelineError(f"cannot write {path}: {cause(e)}") from None


def check_targets(paths: Sequence[Path], inputs: Sequence[Path], fix: str) -> None:
    """Refuse outputs that would replace one of the run's inputs or a folder."""
    for p in paths:
        if any(same_file(p, i) for i in inputs):
            raise PipelineError(f"{p}: output would overwrite the input; {fix}")
        if p.is_dir():
            raise PipelineError(f"{p}: is a folder; {fix}")


def same_file(a: Path, b: Path) -> bool:
    """The same file, however spelt: through `..`, symbolic links or a hard link."""
    if a.resolve() == b.resolve():
        return True
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def output_folder(outdir: Path) -> list[Path]:
    """Make the output folder (and its parents); the folders it made. One line when it cannot."""
    if os.path.lexists(outdir) and not outdir.is_dir():
        raise PipelineError(f"{outdir}: cannot create output folder (it exists and is not a "
                            "folder; -o takes a folder)")
    try:
        return make_folder(outdir)
    except OSError as e:
        raise PipelineError(f"{outdir}: cannot create output folder ({cause(e)})") from None


def lock_wait() -> float:
    """Seconds a run waits for another one writing into the same folder: $PIPELINE_LOCK_WAIT,
    else LOCK_WAIT."""
    try:
        return float(os.environ.get("PIPELINE_LOCK_WAIT") or LOCK_WAIT)
    except ValueError:
        raise PipelineError("PIPELINE_LOCK_WAIT: give a number of seconds") from None


def cause(e: OSError) -> str:
    """An OSError's reason as a message ends: 'no space left on device'."""
    reason = e.strerror or str(e)
    return reason[:1].lower() + reason[1:]
