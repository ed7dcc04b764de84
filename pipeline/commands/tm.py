"""`pipeline tm build ZH_FILE EN_FILE -o tm.tmx`: a translation memory from a translated
document pair, sentence-aligned by the project's own aligner (`pipeline align`)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import click

from pipeline.commands import pair_options
from pipeline.errors import InputError, PipelineError

if TYPE_CHECKING:
    from pipeline.model import Document

#: Links below this aligner confidence are left out of a built memory: a unit is reused
#: whole, so a doubtful link would put a wrong English into later documents. On eight gold
#: pairs of tests/data/align (cd2016, cd2023, gwr2017, gwr2018, mfa2015, scio2022, wp2019,
#: xuexinews) 56 links score 0.5 or more, 54 of them gold links; the other 2 differ from the
#: gold (a 1-3 with one English sentence too many, a 2-2 the gold has as two 1-1s); of the 5
#: links below it, 1 is wrong.
MIN_CONFIDENCE = 0.5


@dataclass(frozen=True, slots=True)
class BuiltUnit:
    id: str  # the first segment's id
    zh: str
    en: str
    link: str  # "1-1", "2-1" …
    confidence: float


@click.group("tm")
def tm_group() -> None:
    """Translation memories (TMX) for `pipeline run --tm`."""


@tm_group.command("build")
@click.argument("zh_path", metavar="ZH_FILE", type=click.Path(path_type=Path))
@click.argument("en_path", metavar="EN_FILE", type=click.Path(path_type=Path))
@click.option("-o", "--output", "out", type=click.Path(path_type=Path), required=True,
              help="The TMX file to write.")
@pair_options
def build_cmd(zh_path: Path, en_path: Path, out: Path, glossaries: tuple[Path, ...],
              no_default_glossary: bool, no_clean: bool) -> None:
    """Align ZH_FILE with its English translation EN_FILE (as `pipeline align` does) and write
    the linked sentence pairs as TMX 1.4b to the file given with -o."""
    from pipeline.commands.bitext import align_document, read_english
    from pipeline.context import Context
    from pipeline.fileio import atomic_write
    from pipeline.glossary import default_paths, load_glossary
    from pipeline.runner import cause, read_input

    if out.resolve() in (zh_path.resolve(), en_path.resolve()):
        raise InputError(f"{out}: is an input; write the memory to another file")
    if out.is_dir():
        raise InputError(f"{out}: is a folder; give the TMX file's name")
    english = read_english(en_path)
    doc = read_input(zh_path)
    glossary = load_glossary(default_paths(glossaries, shipped=not no_default_glossary))
    ctx = Context(glossary=glossary, engine_name="given", clean=not no_clean, formats=())
    doc = align_document(doc, english, ctx)
    units, doubtful = built_units(doc)
    if not units:
        raise InputError(f"{zh_path}, {en_path}: no sentence pair aligned; nothing to write")
    try:
        atomic_write(out, tmx(units, zh_path.name, en_path.name))
    except OSError as e:
        raise PipelineError(f"cannot write {e.filename or out}: {cause(e)}") from None
    click.echo(str(out))
    click.echo(f"tm build: {len(units)} units from {zh_path.name} and {en_path.name}"
               + (f", {doubtful} doubtful links left out (confidence < {MIN_CONFIDENCE})" if doubtful
                  else ""), err=True)


def built_units(doc: Document) -> tuple[list[BuiltUnit], int]:
    """One unit per link with English (the Chinese of every segment merged into it joined),
    and how many links were left out as doubtful."""
    merged: dict[str, list[str]] = {}
    for s in doc.segments:
        into = dict(s.extra).get("merged_into")
        if isinstance(into, str):
            merged.setdefault(into, []).append(s.zh)
    units, doubtful = [], 0
    for s in doc.segments:
        extra = dict(s.extra)
        if not s.en or "merged_into" in extra or "link" not in extra:
            continue
        confidence = float(extra.get("confidence", 0.0))  # type: ignore[arg-type]
        if confidence < MIN_CONFIDENCE:
            doubtful += 1
            continue
        zh = "".join([s.zh, *merged.get(s.id, [])])
        units.append(BuiltUnit(s.id, zh, s.en, str(extra["link"]), round(confidence, 3)))
    return units, doubtful


def tmx(units: Iterable[BuiltUnit], zh_name: str, en_name: str) -> str:
    """TMX 1.4b as the pipeline writes it (pipeline.formats.tmx), one <tu> per unit."""
    from pipeline.formats.tmx import head
    from pipeline.formats.tmx import xml_attr as _attr
    from pipeline.formats.tmx import xml_text as _text

    out = [head([("x-source", zh_name), ("x-translation", en_name), ("x-aligner", "pipeline align")])]
    for u in units:
        out.append(
            f"    <tu tuid={_attr(u.id)}>\n"
            f'      <prop type="x-link">{_text(u.link)}</prop>\n'
            f'      <prop type="x-confidence">{u.confidence}</prop>\n'
            f'      <tuv xml:lang="zh-CN"><seg>{_text(u.zh)}</seg></tuv>\n'
            f'      <tuv xml:lang="en"><seg>{_text(u.en)}</seg></tuv>\n'
            "    </tu>\n")
    out.append("  </body>\n</tmx>\n")
    return "".join(out)
