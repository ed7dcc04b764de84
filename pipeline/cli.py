"""The command line. The only place that turns errors into exit codes."""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING

import click

from pipeline import __version__
from pipeline.commands.archive import archive_group
from pipeline.commands.bitext import align_cmd
from pipeline.commands.glossary import glossary_group
from pipeline.commands.phrases import phrases_group
from pipeline.commands.tm import tm_group
from pipeline.errors import Interrupted, PipelineError

if TYPE_CHECKING:
    from pipeline.context import Context
    from pipeline.glossary import Glossary
    from pipeline.zh.phrases import PhraseTable


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="pipeline")
def cli() -> None:
    """Chinese→English bilingual translation of OCR'd newspaper text."""


@cli.command("run")
@click.argument("inputs", metavar="INPUT...", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", "outdir", type=click.Path(path_type=Path), default=Path("output"),
              show_default=True, help="Folder for the outputs.")
@click.option("--engine", default="gloss", show_default=True,
              help="Translation engine: gloss (offline), openai, ctranslate2, or module:Class.")
@click.option("--model", default=None, help="Model name (openai) or model path (ctranslate2).")
@click.option("--base-url", default=None, help="Endpoint for --engine openai (overrides OPENAI_BASE_URL).")
@click.option("--jobs", type=int, default=None, help="Requests in flight at once (HTTP engines).")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=None,
              metavar="SECONDS", help="Seconds to wait for one answer (openai; default 120).")
@click.option("--max-failures", type=click.IntRange(min=0), default=None, metavar="N",
              help="Failed requests in a row before the engine is given up for the run and gloss "
                   "translates the rest (openai; default 5; 0: never).")
@click.option("--no-cache", is_flag=True, help="Neither read nor write the translation cache.")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar on stderr (default: only when stderr is a terminal).")
@click.option("--glossary", "glossaries", multiple=True, type=click.Path(path_type=Path),
              help="Glossary file or folder layered on top of the shipped one (repeatable).")
@click.option("--no-default-glossary", is_flag=True, help="Do not load the shipped glossary/.")
@click.option("--tm", "tm_paths", multiple=True, type=click.Path(path_type=Path), metavar="FILE",
              help="Translation memory, TMX or TSV (zh<TAB>en), repeatable: exact matches reused, "
                   "fuzzy ones (>= 75%) shown and given to the engine as examples.")
@click.option("--phrases", "phrase_files", multiple=True, type=click.Path(path_type=Path),
              help="Phrase-table file or folder (zh, en, source, note) over the shipped one (repeatable).")
@click.option("--until", default=None, help="Stop after this stage and write what exists so far.")
@click.option("--no-clean", is_flag=True, help="Turn the OCR-repair stage off.")
@click.option("--format", "formats", multiple=True,
              type=click.Choice(["jsonl", "md", "html", "tmx", "tsv"]),
              help="Write only these formats (repeatable); default all five.")
@click.option("--layout", type=click.Choice(["side", "interlinear"]), default="side",
              show_default=True, help="HTML layout.")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Worker processes for folders of pages [default: the machine's cores].")
@click.option("--cluster", default=None, metavar="tcp://HOST:PORT",
              help="Translate the pages on this Dask scheduler's workers instead of locally.")
@click.option("--fail-fast", is_flag=True, help="Stop at the first page that fails.")
@click.option("-q", "--quiet", is_flag=True, help="Folders: only failures and the summary on stderr.")
@click.option("--ocr", "ocr_engine", type=click.Choice(["rapidocr", "tesseract"]), default="rapidocr",
              show_default=True, help="OCR engine for page images and PDF pages without a text layer.")
@click.option("--dpi", type=click.IntRange(50, 1200), default=300, show_default=True,
              help="Resolution PDF pages are rendered at for OCR.")
@click.option("--pages", default=None, help="PDF pages to read, e.g. 1-3,7 (default: all).")
def run_cmd(inputs: tuple[Path, ...], outdir: Path, engine: str, model: str | None, base_url: str | None,
            jobs: int | None, timeout: float | None, max_failures: int | None, no_cache: bool,
            progress: bool | None,
            glossaries: tuple[Path, ...], no_default_glossary: bool, tm_paths: tuple[Path, ...],
            phrase_files: tuple[Path, ...],
            until: str | None,
            no_clean: bool, formats: tuple[str, ...], layout: str, workers: int | None,
            cluster: str | None, fail_fast: bool, quiet: bool, ocr_engine: str, dpi: int,
            pages: str | None) -> None:
    """Translate INPUT and write INPUT's name with .jsonl .md .html .tmx .tsv into the output folder.

    INPUT may be several files and folders: every page under a folder (.txt, an image, a PDF) is one, and the
    folder's tree is mirrored in the output folder, with a manifest (manifest.jsonl) that lets
    the next run skip the pages that have not changed."""
    from pipeline.glossary import default_paths, load_glossary
    from pipeline.tm import load_memory

    layers = default_paths(glossaries, shipped=not no_default_glossary)
    memory = load_memory(tm_paths)  # a bad memory file stops the run before any work
    phrases = _user_phrases(phrase_files)
    options: dict[str, object] = {k: v for k, v in (("model", model), ("base_url", base_url),
                                                    ("jobs", jobs)) if v}
    options.update((k, v) for k, v in (("timeout", timeout), ("max_failures", max_failures))
                   if v is not None)
    if len(inputs) == 1 and not inputs[0].is_dir() and cluster is None:
        from pipeline.context import Context

        ctx = Context(engine_name=engine, engine_options=options, clean=not no_clean,
                      formats=formats or Context().formats, layout=layout,
                      cache=not no_cache, progress=progress, ocr_engine=ocr_engine, dpi=dpi,
                      pages=pages, memory=memory, phrases=phrases)
        _run_one(inputs[0], outdir, ctx, layers, until)
        return
    from pipeline.archive.batch import BatchOptions, run_batch
    from pipeline.archive.task import PageSettings

    glossary = load_glossary(layers)
    _say_overrides(glossary)
    settings = PageSettings(glossary, engine, tuple(sorted(options.items())), not no_clean,
                            formats or PageSettings.formats, layout, not no_cache, until,
                            ocr_engine, dpi, pages, memory, phrases)
    batch = BatchOptions(workers or os.cpu_count() or 1, cluster, fail_fast, quiet, progress)
    summary = run_batch(inputs, outdir, settings, batch)
    click.echo(summary.line(), err=True)
    if summary.interrupted:
        click.echo("interrupted: the outputs written are complete and in the manifest; run again to go on",
                   err=True)
        sys.exit(130)
    if summary.failed:
        sys.exit(1)


def _user_phrases(paths: tuple[Path, ...]) -> PhraseTable | None:
    """The phrase table with the user's files over the shipped one; None: the shipped one."""
    if not paths:
        return None
    from pipeline.zh.phrases import load_user
    from pipeline.zh.tokenize import Tokenizer

    return load_user(paths, Tokenizer(()).cut)


def _say_overrides(glossary: Glossary) -> None:
    for new, old in glossary.overrides:
        click.echo(f"glossary: {new.where} overrides {old.where} for {new.zh!r}", err=True)


def _run_one(input_path: Path, outdir: Path, ctx: Context, layers: list[Path], until: str | None) -> None:
    """One text file, as ever: every output check before any work, the set written whole under
    the folder's lock; its outputs' paths on stdout, the translate summary on stderr."""
    from dataclasses import replace

    from pipeline.glossary import glossary_files, load_glossary
    from pipeline.runner import prepared_outputs, read_input, run_document, write_outputs
    from pipeline.stages.translate import summary_line

    doc = read_input(input_path)
    inputs = glossary_files(layers)
    with prepared_outputs(input_path, outdir, ctx.formats, inputs):  # before any translation work
        glossary = load_glossary(layers)
        _say_overrides(glossary)
        done = run_document(doc, replace(ctx, glossary=glossary), until=until)
        try:
            for note in dict(done.doc.meta).get("notes", ()):  # type: ignore[attr-defined]
                click.echo(f"note: {note}", err=True)
            line = summary_line(done.doc)
            if line:
                click.echo(line, err=True)
            paths = write_outputs(done.doc, input_path, outdir, inputs, done.outputs)
        finally:
            done.close()
    for path in paths:
        click.echo(str(path))


@cli.command("stages")
def stages_cmd() -> None:
    """List the stages in the order they run."""
    from pipeline.stages import STAGES

    width = max(len(s.name) for s in STAGES)
    for s in STAGES:
        click.echo(f"{s.name:<{width}}  {s.summary}")


cli.add_command(glossary_group)
cli.add_command(phrases_group)
cli.add_command(align_cmd)
cli.add_command(archive_group)
cli.add_command(tm_group)


def main() -> None:
    with signals_raised():
        try:
            cli.main(standalone_mode=False)
        except PipelineError as e:
            click.echo(f"error: {e}", err=True)
            sys.exit(1)
        except Interrupted as e:
            click.echo(interrupted_line(e.signum), err=True)
            sys.exit(128 + e.signum)
        except (click.exceptions.Abort, KeyboardInterrupt):
            click.echo(interrupted_line(signal.SIGINT), err=True)
            sys.exit(130)
        except click.ClickException as e:
            e.show()
            sys.exit(e.exit_code)
        except BrokenPipeError:
            sys.exit(1)


def interrupted_line(signum: int) -> str:
    """What an interrupted run says, true about what is on disk: the outputs of a set are put
    in place all at once, with SIGINT and SIGTERM held back meanwhile (pipeline.fileio)."""
    from pipeline.fileio import placed

    word = "terminated" if signum == signal.SIGTERM else "interrupted"
    done = placed()
    if not done:
        return f"{word}: no output written"
    return f"{word} after writing {', '.join(map(str, done))}"


@contextmanager
def signals_raised() -> Iterator[None]:
    """SIGINT and SIGTERM raise Interrupted (exit 130, 143) while the command runs, so that the
    run unwinds: temporary files removed, locks released. A signal someone set to be ignored
    (a background job's SIGINT) stays ignored. The previous handlers come back afterwards."""
    previous = {}
    for s, default in ((signal.SIGINT, signal.default_int_handler), (signal.SIGTERM, signal.SIG_DFL)):
        if signal.getsignal(s) is default:
            previous[s] = signal.signal(s, _raise_interrupted)
    try:
        yield
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)


def _raise_interrupted(signum: int, frame: FrameType | None) -> None:
    raise Interrupted(signum)


if __name__ == "__main__":
    main()
