"""What cleaning one chunk of a long document needs to know of the whole.

pipeline.runner cuts a long text into parts (after blank lines, or after line breaks inside a
long raw block) and cleans a chunk of them at a time. Two things make that give the paragraphs
that cleaning the whole text at once gives: the layout is read from every line of the
document first (`Facts`, a few values per line, so the lines themselves are not all held),
and the document is cut only between parts where the grouping of lines into paragraphs
carries nothing over but the speaker (`survey().cuts`):

- the line before the cut is running text that ends a sentence, so no paragraph is open (a
  line cut mid-sentence may be rejoined across blocks and captions);
- the line after it is neither a photo credit (it makes the line before a caption) nor one
  glyph of a vertical headline (a run of them is one headline), nor, inside a block, a line
  followed by a photo credit (the first line of a chunk stands apart, as a block's first does);
- at a blank line, the page is not hard-wrapped without blank lines between paragraphs, and
  inside a block, not hard-wrapped at all (there a full-width line is continued by the next).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from pipeline.model import Document
from pipeline.stages.clean.layout import Facts, Layout, facts, layout_of


@dataclass(frozen=True, slots=True)
class Survey:
    layout: Layout
    cuts: frozenset[int]  # indexes of the parts the document may be cut before


def survey(text: str, parts: Iterable[tuple[Document, bool]]) -> Survey:
    """Read the layout of the document of `text` from its parts (Documents holding its raw
    blocks, numbered p1, p2, … through the document, in order, each with whether it starts
    inside a block, continuing the last block of the part before), and where it may be cut."""
    from pipeline.stages.clean import INSIDE, chunk_lines, line_kinds

    lines: list[Facts] = []
    seams: list[tuple[bool, bool, bool]] = []  # per part: inside, its start allows a cut, the end before does
    end_ok = False
    for part, inside in parts:
        found = chunk_lines(replace(part, meta=((INSIDE, inside),)))
        kinds = line_kinds(part, found)
        base = _number(part.paragraphs[0].id) if part.paragraphs else 0
        start_ok = bool(kinds) and kinds[0] not in ("credit", "glyph") and \
            not (inside and len(kinds) > 1 and kinds[1] == "credit")
        seams.append((inside, start_ok, end_ok))
        for ln, kind in zip(found, kinds):
            if kind in ("body", "meta"):
                lines.append(replace(facts(ln, kind), block=base + ln.block))
        end_ok = bool(found) and kinds[-1] == "body" and not found[-1].open_end
    layout = layout_of(text, lines)
    cuts = frozenset(i for i, (inside, start_ok, end_ok) in enumerate(seams) if i and start_ok and end_ok
                     and not (layout.wrapped and (inside or not layout.blocks)))
    return Survey(layout, cuts)


def _number(pid: str) -> int:
    return int(pid[1:])
