"""What cleaning one chunk of a long document needs to know of the whole.

pipeline.runner cuts a long text into chunks of whole raw blocks and cleans them one at a time.
Two things make that give the paragraphs that cleaning the whole text at once gives: the
layout is read from every line of the document first (`Facts`, a few values per line, so the
lines themselves are not all held), and the document is cut only between blocks where the
grouping of lines into paragraphs carries nothing over but the speaker (`survey().cuts`):

- the block before ends with a line of running text that ends a sentence, so no paragraph is
  open (a line cut mid-sentence may be rejoined across blocks and captions);
- the block after starts with neither a photo credit (it makes the line before a caption) nor
  one glyph of a vertical headline (a run of them is one headline);
- the page is not hard-wrapped without blank lines between paragraphs (there a full-width
  line is continued by the next block).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from pipeline.model import Document
from pipeline.stages.clean.layout import Facts, Layout, facts, layout_of, split_lines


@dataclass(frozen=True, slots=True)
class Survey:
    layout: Layout
    cuts: frozenset[int]  # paragraph numbers of the raw blocks the document may be cut before


def survey(text: str, parts: Iterable[Document]) -> Survey:
    """Read the layout of the document of `text` from its parts (Documents holding its raw
    blocks, numbered p1, p2, … through the document, in order), and where it may be cut."""
    from pipeline.stages.clean import line_kinds

    lines: list[Facts] = []
    ends: dict[int, bool] = {}  # block number → whether its last line lets a cut follow
    starts: dict[int, bool] = {}  # block number → whether its first line lets a cut precede
    for part in parts:
        found = split_lines(part)
        kinds = line_kinds(part, found)
        base = _number(part.paragraphs[0].id) if part.paragraphs else 0
        for ln, kind in zip(found, kinds):
            block = base + ln.block
            if ln.first:
                starts[block] = kind not in ("credit", "glyph")
            ends[block] = kind == "body" and not ln.open_end
            if kind in ("body", "meta"):
                lines.append(replace(facts(ln, kind), block=block))
    layout = layout_of(text, lines)
    if layout.wrapped and not layout.blocks:
        return Survey(layout, frozenset())
    return Survey(layout, frozenset(b for b, ok in starts.items() if ok and ends.get(b - 1)))


def _number(pid: str) -> int:
    return int(pid[1:])
