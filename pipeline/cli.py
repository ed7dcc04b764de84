"""The command line. The only place that turns errors into exit codes."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from pipeline import __version__
from pipeline.commands.bitext import align_cmd
from pipeline.commands.glossary import glossary_group
from pipeline.errors import PipelineError


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="pipeline")
def cli() -> None:
    """Chinese→English bilingual translation of OCR'd newspaper text."""


@cli.command("run")
@click.argument("input_path", metavar="INPUT", type=click.Path(path_type=Path))
@click.option("-o", "--output", "outdir", type=click.Path(path_type=Path), default=Path("output"),
              show_default=True, help="Folder for the outputs.")
@click.option("--engine", default="gloss", show_default=True,
              help="Translation engine: gloss (offline), openai, ctranslate2, or module:Class.")
@click.option("--model", default=None, help="Model name (openai) or model path (ctranslate2).")
@click.option("--base-url", default=None, help="Endpoint for --engine openai (overrides OPENAI_BASE_URL).")
@click.option("--jobs", type=int, default=None, help="Requests in flight at once (HTTP engines).")
@click.option("--no-cache", is_flag=True, help="Neither read nor write the translation cache.")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar on stderr (default: only when stderr is a terminal).")
@click.option("--glossary", "glossaries", multiple=True, type=click.Path(path_type=Path),
              help="Glossary file or folder layered on top of the shipped one (repeatable).")
@click.option("--no-default-glossary", is_flag=True, help="Do not load the shipped glossary/.")
@click.option("--until", default=None, help="Stop after this stage and write what exists so far.")
@click.option("--no-clean", is_flag=True, help="Turn the OCR-repair stage off.")
@click.option("--format", "formats", multiple=True,
              type=click.Choice(["jsonl", "md", "html", "tmx", "tsv"]),
              help="Write only these formats (repeatable); default all five.")
@click.option("--layout", type=click.Choice(["side", "interlinear"]), default="side",
              show_default=True, help="HTML layout.")
@click.option("--ocr", "ocr_engine", type=click.Choice(["rapidocr", "tesseract"]), default="rapidocr",
              show_default=True, help="OCR engine for page images and PDF pages without a text layer.")
@click.option("--dpi", type=click.IntRange(50, 1200), default=300, show_default=True,
              help="Resolution PDF pages are rendered at for OCR.")
@click.option("--pages", default=None, help="PDF pages to read, e.g. 1-3,7 (default: all).")
def run_cmd(input_path: Path, outdir: Path, engine: str, model: str | None, base_url: str | None,
            jobs: int | None, no_cache: bool, progress: bool | None,
            glossaries: tuple[Path, ...], no_default_glossary: bool, until: str | None,
            no_clean: bool, formats: tuple[str, ...], layout: str, ocr_engine: str, dpi: int,
            pages: str | None) -> None:
    """Translate INPUT and write INPUT's name with .jsonl .md .html .tmx .tsv into the output folder."""
    from pipeline.context import Context
    from pipeline.glossary import default_paths, load_glossary
    from pipeline.runner import read_input, run, write_outputs
    from pipeline.stages.translate import summary_line

    doc = read_input(input_path)
    glossary = load_glossary(default_paths(glossaries, shipped=not no_default_glossary))
    for new, old in glossary.overrides:
        click.echo(f"glossary: {new.where} overrides {old.where} for {new.zh!r}", err=True)
    options: dict[str, object] = {k: v for k, v in (("model", model), ("base_url", base_url), ("jobs", jobs)) if v}
    ctx = Context(glossary=glossary, engine_name=engine, engine_options=options,
                  clean=not no_clean, formats=formats or Context().formats, layout=layout,
                  cache=not no_cache, progress=progress, ocr_engine=ocr_engine, dpi=dpi, pages=pages)
    doc = run(doc, ctx, until=until)
    for note in dict(doc.meta).get("notes", ()):  # type: ignore[attr-defined]
        click.echo(f"note: {note}", err=True)
    line = summary_line(doc)
    if line:
        click.echo(line, err=True)
    for path in write_outputs(doc, input_path, outdir):
        click.echo(str(path))


@cli.command("stages")
def stages_cmd() -> None:
    """List the stages in the order they run."""
    from pipeline.stages import STAGES

    width = max(len(s.name) for s in STAGES)
    for s in STAGES:
        click.echo(f"{s.name:<{width}}  {s.summary}")


cli.add_command(glossary_group)
cli.add_command(align_cmd)


def main() -> None:
    try:
        cli.main(standalone_mode=False)
    except PipelineError as e:
        click.echo(f"error: {e}", err=True)
        sys.exit(1)
    except click.exceptions.Abort:
        click.echo("interrupted: no output written", err=True)
        sys.exit(130)
    except KeyboardInterrupt:
        click.echo("interrupted: no output written", err=True)
        sys.exit(130)
    except click.ClickException as e:
        e.show()
        sys.exit(e.exit_code)
    except BrokenPipeError:
        sys.exit(1)


if __name__ == "__main__":
    main()
