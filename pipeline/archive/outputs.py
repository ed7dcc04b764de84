"""Writing one page's outputs into the mirrored tree. Every write of a page goes through
`write_page`, so how a page's set of files is made safe is decided in this one place."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from pipeline.errors import PipelineError
from pipeline.fileio import atomic_write


def output_names(stem: PurePosixPath, outputs: tuple[tuple[str, str], ...]) -> list[str]:
    """The outputs' paths relative to the output folder, "/"-separated."""
    return [f"{stem}{suffix}" for suffix, _ in outputs]


def write_page(outdir: Path, stem: PurePosixPath, outputs: tuple[tuple[str, str], ...]) -> list[str]:
    """Write each output to a temporary file, then rename it into place; the relative paths written."""
    names = output_names(stem, outputs)
    folder = outdir.joinpath(*stem.parts[:-1])
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for name, (_, content) in zip(names, outputs):
            atomic_write(outdir / name, content)
    except OSError as e:
        raise PipelineError(f"{folder}: cannot write the outputs ({e.strerror})") from None
    return names
