"""Writing one page's outputs into the mirrored tree. Every write of a page goes through
`write_page`: the page's files are put in place as one set, whole or not at all
(`pipeline.fileio.write_set`), while the batch holds the output folder's lock."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from pipeline.errors import PipelineError
from pipeline.fileio import write_set
from pipeline.runner import cause


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
