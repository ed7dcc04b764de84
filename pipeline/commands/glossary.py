"""`pipeline glossary …`: check, import, export and suggest glossary files.

The work lives in pipeline.glossary (loading), pipeline.glossary.check (lint),
pipeline.glossary.io (CSV/TBX) and pipeline.glossary.suggest (candidates);
these commands only parse options, print, and write files atomically
(`pipeline.runner.write_file`: never over one of the command's own inputs).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import click

from pipeline.errors import GlossaryError

_PATHS = click.argument("paths", metavar="[PATH]...", nargs=-1, type=click.Path(path_type=Path))
_OUTPUT = click.option("-o", "--output", type=click.Path(path_type=Path), default=None,
                       help="Write here (atomically; into it if a FIFO or device) instead of to "
                            "standard output (-).")


@click.group("glossary")
def glossary_group() -> None:
    """Check, convert and grow the glossary files (TSV: zh, en, note, kind, source, variants)."""


@glossary_group.command("check")
@_PATHS
def check_cmd(paths: tuple[Path, ...]) -> None:
    """Report every problem as file:line: message (default: the shipped glossary/).

    Each PATH (file or folder) is one layer: files inside one folder must agree; a later
    PATH overriding an earlier one is only a warning. Exit status 1 when there are errors.
    """
    from pipeline.glossary import DEFAULT_DIR, glossary_files
    from pipeline.glossary.check import check_paths

    layers = list(paths) or [DEFAULT_DIR]
    problems = check_paths(layers)
    for p in problems:
        click.echo(str(p))
    errors = sum(p.level == "error" for p in problems)
    warnings = len(problems) - errors
    files = len(glossary_files(layers))
    summary = f"{errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)} " \
              f"in {files} file{'s' * (files != 1)}"
    if errors:
        raise GlossaryError(f"glossary check: {summary}")
    click.echo(f"glossary check: {summary}", err=True)


@glossary_group.command("import")
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["csv", "tbx"]), default=None,
              help="Input format (default: from the extension: .csv/.tsv/.txt or .tbx/.xml).")
@_OUTPUT
def import_cmd(file: Path, fmt: str | None, output: Path | None) -> None:
    """Convert a DeepL-style CSV (source,target) or a TBX file into glossary TSV."""
    from pipeline.glossary.io import read_import, to_tsv

    _check_output(output, [file])
    entries = read_import(file, fmt)
    _emit(to_tsv(entries), output, [file])
    click.echo(f"imported {len(entries)} entries from {file}; run `pipeline glossary check` "
               "on the result", err=True)


@glossary_group.command("export")
@_PATHS
@click.option("--format", "fmt", type=click.Choice(["csv", "tbx", "tsv"]), required=True,
              help="csv: DeepL glossary CSV (source,target; one row per variant); tbx: TBX-Basic.")
@_OUTPUT
def export_cmd(paths: tuple[Path, ...], fmt: str, output: Path | None) -> None:
    """Write the glossary (default: the shipped glossary/; PATHs layered in order) as CSV or TBX."""
    from pipeline.glossary import DEFAULT_DIR, glossary_files, load_glossary
    from pipeline.glossary.io import entries_text

    layers = list(paths) or [DEFAULT_DIR]
    inputs = glossary_files(layers)
    _check_output(output, inputs)
    glossary = load_glossary(layers)
    _emit(entries_text(glossary.entries, fmt), output, inputs)


@glossary_group.command("suggest")
@click.argument("inputs", metavar="INPUT...", nargs=-1, required=True,
                type=click.Path(path_type=Path))
@click.option("--glossary", "glossaries", multiple=True, type=click.Path(path_type=Path),
              help="Glossary file or folder layered on the shipped one (repeatable).")
@click.option("--no-default-glossary", is_flag=True, help="Do not load the shipped glossary/.")
@click.option("--min-count", type=click.IntRange(min=1), default=3, show_default=True,
              help="How often a recurring word run must occur to be suggested.")
@click.option("--raw", is_flag=True, help="Read the input as it is, without the clean stage.")
@_OUTPUT
def suggest_cmd(inputs: tuple[Path, ...], glossaries: tuple[Path, ...], no_default_glossary: bool,
                min_count: int, raw: bool, output: Path | None) -> None:
    """List candidate terms in INPUT files that the glossary lacks, as a TSV stub (en empty)."""
    from pipeline.glossary import default_paths, glossary_files, load_glossary
    from pipeline.glossary.suggest import suggest, to_stub
    from pipeline.zh.tokenize import make_tokenizer, words

    layers = default_paths(glossaries, shipped=not no_default_glossary)
    own = [*inputs, *glossary_files(layers)]
    _check_output(output, own)
    glossary = load_glossary(layers)
    texts = [(path.name, input_text(path, raw)) for path in inputs]
    tok = make_tokenizer(glossary.index.keys())
    spans = [words(tok, text) for _, text in texts]
    candidates = suggest(texts, glossary, spans, min_count)
    _emit(to_stub(candidates, [str(p) for p in inputs]), output, own)
    click.echo(f"{len(candidates)} candidates not in the glossary ({len(glossary)} entries)",
               err=True)


def input_text(path: Path, raw: bool = False) -> str:
    """The input's text after ingest and clean (the runner with until="clean"), one paragraph
    a line; the decoded raw text with `raw` or when cleaning leaves nothing."""
    from pipeline.context import Context
    from pipeline.runner import read_input, run

    ctx = Context(formats=(), clean=not raw)
    doc = run(read_input(path), ctx, until="clean")
    cleaned = "\n".join(p.text for p in doc.paragraphs if p.kind != "fragment")
    return doc.text if raw or not cleaned.strip() else cleaned


def _check_output(output: Path | None, inputs: Sequence[Path]) -> None:
    """Refuse an -o that is one of the command's inputs or a folder, before any work."""
    from pipeline.runner import check_targets

    if output is not None and str(output) != "-":
        check_targets([output], inputs, fix="choose another -o file")


def _emit(text: str, output: Path | None, inputs: Sequence[Path]) -> None:
    """The text to standard output (no -o, or -o -), else to the file."""
    if output is None or str(output) == "-":
        click.echo(text, nl=False)
        return
    from pipeline.runner import write_file

    write_file(output, text, inputs)
    click.echo(str(output), err=True)
