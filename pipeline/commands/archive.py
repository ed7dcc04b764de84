"""`pipeline archive …`: reports over a whole output tree of pages.

The work lives in pipeline.archive; this command only finds the pages, prints what it wrote.
"""

from __future__ import annotations

from pathlib import Path

import click


@click.group("archive")
def archive_group() -> None:
    """Reports over a folder of page outputs (what `pipeline run` wrote, at any depth)."""


@archive_group.command("report")
@click.argument("outdir", metavar="OUTDIR", type=click.Path(path_type=Path))
@click.option("--glossary", "glossaries", multiple=True, type=click.Path(path_type=Path),
              help="Glossary file or folder layered on the shipped one (repeatable): term kinds, "
                   "and the terms not to suggest.")
@click.option("--no-default-glossary", is_flag=True, help="Do not load the shipped glossary/.")
def report_cmd(outdir: Path, glossaries: tuple[Path, ...], no_default_glossary: bool) -> None:
    """Write index.html, terms.tsv, suggestions.tsv, qa.tsv and archive.tmx into OUTDIR,
    from every page's JSONL under it."""
    from pipeline.archive import pages_in, write_reports
    from pipeline.glossary import default_paths, load_glossary

    glossary = load_glossary(default_paths(glossaries, shipped=not no_default_glossary))
    pages = pages_in(outdir)
    for path in write_reports(outdir, pages, glossary):
        click.echo(str(path))
    click.echo(f"archive: {len(pages)} pages", err=True)
