"""`pipeline phrases check`: every problem in the phrase-table files, as `file:line: message`.

The work lives in pipeline.zh.phrases; this command only finds the files, prints and sets the
exit status.
"""

from __future__ import annotations

from pathlib import Path

import click

from pipeline.errors import PhraseError


@click.group("phrases")
def phrases_group() -> None:
    """Check the phrase-table files (TSV: zh, en, source, note; sources declared on top)."""


@phrases_group.command("check")
@click.argument("paths", metavar="[PATH]...", nargs=-1, type=click.Path(path_type=Path))
def check_cmd(paths: tuple[Path, ...]) -> None:
    """Report every problem as file:line: message (default: the shipped pipeline/data/phrases/).

    PATHs (files or folders) are checked together: a phrase given two renderings in two files
    is an error. Exit status 1 when there are problems.
    """
    from pipeline.zh.phrases import check, read_texts, shipped_texts
    from pipeline.zh.tokenize import Tokenizer

    texts = read_texts(paths) if paths else shipped_texts()
    table, problems = check(texts, Tokenizer(()).cut)
    for p in problems:
        click.echo(p)
    files = len(texts)
    summary = f"{len(problems)} problem{'s' * (len(problems) != 1)}, {len(table)} phrases in " \
              f"{files} file{'s' * (files != 1)}"
    if problems:
        raise PhraseError(f"phrases check: {summary}")
    click.echo(f"phrases check: {summary}", err=True)
