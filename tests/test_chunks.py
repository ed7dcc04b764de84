"""A long text translated chunk by chunk (pipeline.runner.run_document, issue 15 point 10)
gives, file for file and byte for byte, the outputs of the same text translated whole: ids
numbered on across chunks, the terms table and its counts, the QA and repair summaries, the
speakers' turns. The chunk size is made small so that real pages cut into many chunks."""

from __future__ import annotations

import json
import re
import tempfile
from itertools import pairwise
from pathlib import Path

import pytest

from pipeline.context import Context
from pipeline.fileio import write_set
from pipeline.glossary import Glossary, default_paths, load_glossary
from pipeline.model import Document
from pipeline.runner import read_input, run_document, write_outputs
from tests.conftest import DATA, SAMPLE

FORMATS = ("jsonl", "md", "html", "tmx", "tsv")


@pytest.fixture(scope="module")
def glossary() -> object:
    return load_glossary(default_paths())


@pytest.fixture(scope="module")
def news(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two days of CCTV 新闻联播 transcripts (tests/data/corpus), ~17k characters."""
    days = sorted((DATA / "corpus").glob("*.zh.txt"))[:2]
    path = tmp_path_factory.mktemp("news") / "news.zh.txt"
    path.write_text("\n\n".join(p.read_text(encoding="utf-8").strip() for p in days) + "\n",
                    encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def lines(tmp_path_factory: pytest.TempPathFactory, news: Path) -> Path:
    """The same news, one paragraph a line: no blank line to cut at (chunks cut inside raw blocks)."""
    path = tmp_path_factory.mktemp("lines") / "lines.zh.txt"
    path.write_text(re.sub(r"\n\s*\n", "\n", news.read_text(encoding="utf-8")), encoding="utf-8")
    return path


def outputs(path: Path, ctx: Context, chunk_chars: int, out: Path) -> tuple[dict[str, bytes], Document]:
    done = run_document(read_input(path), ctx, chunk_chars=chunk_chars)
    try:
        written = write_outputs(done.doc, path, out, (), done.outputs)
    finally:
        done.close()
    return {p.suffix: p.read_bytes() for p in written}, done.doc


def chunks(doc: Document) -> int:
    """How many chunks the run went through (its clean stage's record says)."""
    summary = next(r.summary for r in doc.log if r.name == "segment")
    return int(summary.split()[0]) if summary.endswith(" chunks") else 1


@pytest.mark.parametrize(("page", "size", "clean", "terms"), [
    ("news", 3000, True, True),  # news transcripts: headlines and paragraphs, many terms
    ("sample", 300, True, True),  # an interview: speakers' turns run across chunks
    ("official", 120, True, True),  # an OCR'd report: repairs, captions, furniture
    ("news", 3000, False, True),  # --no-clean: the raw blocks numbered on
    ("news", 3000, False, False),  # no terms, no repairs: the Markdown ends with the last body
    ("lines", 3000, True, True),  # one paragraph a line: cut at line breaks
])
def test_chunks_give_the_outputs_of_the_whole_text(page: str, size: int, clean: bool, terms: bool,
                                                   news: Path, lines: Path, glossary: object, tmp_path: Path) -> None:
    path = {"news": news, "lines": lines, "sample": SAMPLE, "official": DATA / "official-report.zh.txt"}[page]
    ctx = Context(glossary=glossary if terms else Glossary(), formats=FORMATS,  # type: ignore[arg-type]
                  cache=False, progress=False, clean=clean)
    whole, _ = outputs(path, ctx, 10**9, tmp_path / "whole")
    chunked, doc = outputs(path, ctx, size, tmp_path / "chunked")
    assert chunks(doc) >= 3
    assert chunked.keys() == whole.keys() == {".jsonl", ".md", ".html", ".tmx", ".tsv"}
    for suffix, content in whole.items():
        assert chunked[suffix] == content, f"{suffix} differs"
    # what the equality covers: ids numbered on through every chunk, terms counted over all
    records = [json.loads(line) for line in chunked[".jsonl"].decode().splitlines()]
    paragraphs = [int(r["paragraph"][1:]) for r in records]
    assert paragraphs[0] == 1 and all(0 <= b - a <= 1 for a, b in pairwise(paragraphs))
    assert len({r["id"] for r in records}) == len(records)


def test_the_translate_summary_counts_every_chunk(news: Path, glossary: object, tmp_path: Path) -> None:
    from pipeline.stages.translate import META_KEY

    ctx = Context(glossary=glossary, formats=("jsonl",), cache=False, progress=False)  # type: ignore[arg-type]
    _, whole = outputs(news, ctx, 10**9, tmp_path / "whole")
    _, chunked = outputs(news, ctx, 3000, tmp_path / "chunked")
    assert chunks(chunked) >= 3
    assert dict(chunked.meta)[META_KEY] == dict(whole.meta)[META_KEY]


def test_a_set_is_written_from_pieces_and_spooled_files(tmp_path: Path) -> None:
    with tempfile.TemporaryFile() as spool:
        spool.write("正文，".encode())
        write_set([(tmp_path / "a.md", ("开头：", spool, b"\xe7\xbb\x93\xe5\xb0\xbe")), (tmp_path / "b.md", "整篇")])
    assert (tmp_path / "a.md").read_text(encoding="utf-8") == "开头：正文，结尾"
    assert (tmp_path / "b.md").read_text(encoding="utf-8") == "整篇"
