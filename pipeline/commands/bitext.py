"""`pipeline align ZH_FILE EN_FILE`: align a given English translation with its Chinese original."""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import click

from pipeline.commands import pair_options
from pipeline.errors import InputError

if TYPE_CHECKING:
    from pipeline.context import Context
    from pipeline.model import Document


@click.command("align")
@click.argument("zh_path", metavar="ZH_FILE", type=click.Path(path_type=Path))
@click.argument("en_path", metavar="EN_FILE", type=click.Path(path_type=Path))
@click.option("-o", "--output", "outdir", type=click.Path(path_type=Path), default=Path("output"),
              show_default=True, help="Folder for the outputs.")
@pair_options
def align_cmd(zh_path: Path, en_path: Path, outdir: Path, glossaries: tuple[Path, ...],
              no_default_glossary: bool, no_clean: bool) -> None:
    """Align ZH_FILE with its English translation EN_FILE (UTF-8; blank lines between
    paragraphs) and write ZH_FILE's name with .jsonl .md .html .tmx .tsv into the output folder."""
    from pipeline.context import Context
    from pipeline.glossary import default_paths, glossary_files, load_glossary
    from pipeline.runner import prepared_outputs, read_input, write_outputs

    english = read_english(en_path)
    doc = read_input(zh_path)
    layers = default_paths(glossaries, shipped=not no_default_glossary)
    inputs = [en_path, *glossary_files(layers)]
    with prepared_outputs(zh_path, outdir, Context().formats, inputs):  # before any work
        glossary = load_glossary(layers)
        ctx = Context(glossary=glossary, engine_name="given", clean=not no_clean)
        doc = align_document(doc, english, ctx)
        paths = write_outputs(doc, zh_path, outdir, inputs)
    for path in paths:
        click.echo(str(path))


def align_document(doc: Document, english: str, ctx: Context) -> Document:
    """Run ingest→terms on the Chinese, align the English, and render the outputs."""
    from pipeline.bitext.aligner import align_pairs, apply_pairs, split_english
    from pipeline.model import StageRecord
    from pipeline.runner import run
    from pipeline.stages.render import render

    doc = run(doc, ctx, until="terms")
    t0 = time.perf_counter()
    en = split_english(english)
    pairs = align_pairs(doc, en)
    doc = apply_pairs(doc, en, pairs)
    record = StageRecord("align", time.perf_counter() - t0,
                         f"{len(en.sentences)} English sentences in {len(pairs)} links")
    doc = replace(doc, log=doc.log + (record,))
    return render(doc, ctx)


def read_english(path: Path) -> str:
    """The English file as text; one-line InputError for missing, empty, binary or non-UTF-8 files."""
    from pipeline.runner import read_bytes

    data = read_bytes(path)
    if b"\x00" in data:
        raise InputError(f"{path}: binary file; give the English as UTF-8 text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(f"{path}: not UTF-8 (byte {e.start}); save the English as UTF-8") from None
    if not text.strip():
        raise InputError(f"{path}: empty; give the English translation")
    return text
