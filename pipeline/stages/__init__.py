"""The stages, in the one order they run. Each is a plain function
`name(doc, ctx) -> Document` that returns a new Document."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from pipeline.context import Context
from pipeline.model import Document
from pipeline.stages.check import check
from pipeline.stages.clean import clean
from pipeline.stages.ingest import ingest
from pipeline.stages.render import render
from pipeline.stages.segment import segment
from pipeline.stages.terms import terms
from pipeline.stages.translate import translate


@dataclass(frozen=True)
class Stage:
    name: str
    run: Callable[[Document, Context], Document]
    summary: str


STAGES: tuple[Stage, ...] = (
    Stage("ingest", ingest, "read the file: detect the encoding (page images, PDFs: OCR in reading order), "
          "Traditional → Simplified, raw blocks"),
    Stage("clean", clean, "repair OCR damage into labelled paragraphs, recording every repair"),
    Stage("segment", segment, "split paragraphs into sentences (ids p3.s2) and words (jieba)"),
    Stage("terms", terms, "find glossary terms in each sentence, with their file:line"),
    Stage("translate", translate, "translate each sentence with the chosen engine"),
    Stage("check", check, "check each English segment for its glossary renderings"),
    Stage("render", render, "produce the outputs: jsonl, md, html, tmx, tsv"),
)

NAMES = tuple(s.name for s in STAGES)
