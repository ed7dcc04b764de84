"""Which files under the inputs are pages, and where each page's outputs go.

A folder given on the command line is walked (hidden files and folders, and the output folder
when it lies inside, are left out) and its tree is mirrored in the output folder:
`IN/2024-03/a/page1.txt` → `OUT/2024-03/a/page1.{jsonl,md,html,tmx,tsv}`. With several inputs
the tree starts at their common folder, so `pipeline run IN/2024-03 IN/2024-04` keeps the two
months apart.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from pipeline.errors import InputError

#: File name endings taken as pages inside a folder (a file named on the command line is
#: always taken): what `pipeline run FILE` reads: plain text, page images and PDFs (whose
#: type ingest then finds from their bytes, never from this name).
SUFFIXES = (".txt", ".png", ".jpg", ".jpeg", ".tif", ".tiff", ".webp", ".pdf")


@dataclass(frozen=True, slots=True)
class Page:
    """One input file and its place in the mirrored tree (`rel`, with "/" separators)."""

    path: Path
    rel: PurePosixPath

    @property
    def stem(self) -> PurePosixPath:
        return stem_of(self.rel)


def stem_of(rel: PurePosixPath) -> PurePosixPath:
    """`rel` without its last suffix: the outputs are `stem` + .jsonl, .md …"""
    return rel.with_suffix("") if rel.suffix else rel


@dataclass(frozen=True, slots=True)
class Found:
    pages: tuple[Page, ...]
    ignored: int  # files under the folders that are not pages (images, PDFs …)


def discover(inputs: Sequence[Path], outdir: Path | None = None) -> Found:
    """Every page under `inputs`, in path order; one-line InputError for a missing input or two
    inputs that would write the same outputs."""
    for p in inputs:
        if not p.exists():
            raise InputError(f"{p}: no such file or folder")
    root = _root(inputs)
    skip = outdir.resolve() if outdir is not None else None
    pages: dict[PurePosixPath, Page] = {}
    ignored = 0
    for given in inputs:
        files, n = ([given], 0) if given.is_file() else _walk(given, skip)
        ignored += n
        for path in files:
            rel = PurePosixPath(*_relative(path, root).parts)
            page = Page(path, rel)
            old = pages.get(page.stem)
            if old is not None and old.path.resolve() != path.resolve():
                raise InputError(f"{old.path} and {path} would both write {page.stem}.*; "
                                 "rename one or run them into different -o folders")
            pages[page.stem] = page
    return Found(tuple(sorted(pages.values(), key=lambda p: p.rel.parts)), ignored)


def _root(inputs: Sequence[Path]) -> Path:
    """The folder the mirrored tree starts at: a lone folder itself, else the inputs' common folder."""
    if len(inputs) == 1 and inputs[0].is_dir():
        return inputs[0].resolve()
    folders = [p.resolve() if p.is_dir() else p.resolve().parent for p in inputs]
    if len(inputs) > 1 and all(p.is_dir() for p in inputs):
        folders = [f.parent for f in folders]
    return Path(os.path.commonpath(folders))


def _relative(path: Path, root: Path) -> Path:
    return path.resolve().relative_to(root)


def _walk(folder: Path, skip: Path | None) -> tuple[list[Path], int]:
    """Page files under `folder` and the count of other files; hidden names and `skip` left out."""
    files: list[Path] = []
    ignored = 0
    for dirpath, dirnames, filenames in os.walk(folder):
        here = Path(dirpath)
        dirnames[:] = sorted(d for d in dirnames
                             if not d.startswith(".") and (skip is None or (here / d).resolve() != skip))
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            if name.lower().endswith(SUFFIXES):
                files.append(here / name)
            else:
                ignored += 1
    return files, ignored
