"""Reading order of a newspaper page, from the geometry of its line boxes.

Engines return lines in whole-page order (top to bottom), which interleaves the lines of
side-by-side columns. Here each page is cut, XY-cut style, into bands and columns:

- gutters running the whole height of the page (or of a column) cut it into columns first:
  stacks of articles side by side are read one stack after the other;
- otherwise lines are stacked into *strips* (rows whose boxes overlap vertically);
- consecutive strips join one *band* while they share their column gutters (vertical gaps at
  least GUTTER line-heights wide): a headline, a caption or a photo's text spanning the
  columns has no gutter where the columns have one, so it closes the band above and is read
  before the columns under it;
- a band with gutters is split into columns, read left to right (columns of vertical text
  first, right to left), and each column is cut again the same way; a band without gutters
  is a block, read top to bottom (vertical lines right to left);
- a block's lines become paragraphs at an indented first line, a gap, a change of type size
  or after a short last line; a paragraph cut at the foot of a column continues at the top of
  the next when that line is not indented.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.ocr.types import Box, TextLine

#: All lengths are in units of the page's median line height (the short side of a line box).
GUTTER = 0.8  # the narrowest gap between columns
INDENT = 0.8  # a first line set in at least this far starts a paragraph
GAP = 0.8  # a vertical gap at least this high between lines starts a paragraph
SHORT = 1.5  # a line ending this far before the block's right edge ends its paragraph
SIZE = 1.3  # lines whose heights differ by this factor are of different type (headline / body)
OVERLAP = 0.15  # boxes may overlap this much vertically and still be separate strips
HEADLINE_VERTICAL = 24  # a vertical paragraph of at most this many characters is a headline
MAX_DEPTH = 8  # bands within columns within bands …: deeper is not a page


@dataclass
class _Para:
    lines: list[TextLine]
    right: int  # right edge of the block its last line is in
    block_lines: int  # lines in that block


def reading_order(lines: Sequence[TextLine]) -> list[list[TextLine]]:
    """The lines as paragraphs, in reading order, page by page. Every line is kept."""
    out: list[_Para] = []
    for page in sorted({line.page for line in lines}):
        on_page = [line for line in lines if line.page == page]
        unit = page_unit(on_page)
        for block in blocks(on_page, unit):
            _add_block(out, block, unit)
    return [p.lines for p in out]


def is_headline(paragraph: Sequence[TextLine], unit: float) -> bool:
    """Set in larger type than the page's running text, or a short vertical line."""
    if all(line.vertical for line in paragraph):
        return sum(len(line.text) for line in paragraph) <= HEADLINE_VERTICAL
    heights = sorted(_h(line.box) for line in paragraph if not line.vertical)
    return bool(heights) and heights[len(heights) // 2] > SIZE * unit


def page_unit(lines: Sequence[TextLine]) -> float:
    """The page's typical line height: the median short side of its line boxes."""
    sides = [min(_w(line.box), _h(line.box)) for line in lines]
    return max(float(statistics.median(sides)), 1.0) if sides else 1.0


def blocks(lines: list[TextLine], unit: float, depth: int = 0) -> list[list[TextLine]]:
    """The page (or a column of it) cut into blocks of one column each, in reading order."""
    if len(lines) <= 1 or depth > MAX_DEPTH:
        return [_sorted_block(lines)] if lines else []
    whole = gutters(lines, unit)
    if whole:  # gutters from top to bottom: columns (or stacks of articles) side by side
        return _columns(lines, whole, unit, depth)
    out: list[list[TextLine]] = []
    for band in bands(lines, unit):
        gaps = gutters(band, unit)
        out += _columns(band, gaps, unit, depth) if gaps else [_sorted_block(band)]
    return out


def _columns(lines: list[TextLine], gaps: list[tuple[int, int]], unit: float, depth: int,
             ) -> list[list[TextLine]]:
    """The columns between the gutters, each cut again: columns of vertical text first, right
    to left, then the others left to right."""
    columns = split_columns(lines, gaps)
    vertical = [c for c in columns if all(line.vertical for line in c)]
    horizontal = [c for c in columns if not all(line.vertical for line in c)]
    return [b for column in [*reversed(vertical), *horizontal] for b in blocks(column, unit, depth + 1)]


def bands(lines: list[TextLine], unit: float) -> list[list[TextLine]]:
    """Strips of overlapping lines, top to bottom, joined while they keep their gutters."""
    out: list[list[TextLine]] = []
    for strip in strips(lines, unit):
        if out and _compatible(out[-1], strip, unit):
            out[-1].extend(strip)
        else:
            out.append(list(strip))
    return out


def strips(lines: list[TextLine], unit: float) -> list[list[TextLine]]:
    out: list[list[TextLine]] = []
    bottom = 0.0
    for line in sorted(lines, key=lambda ln: (ln.box[1], ln.box[0])):
        if out and line.box[1] < bottom - OVERLAP * unit:
            out[-1].append(line)
            bottom = max(bottom, line.box[3])
        else:
            out.append([line])
            bottom = line.box[3]
    return out


def _compatible(band: list[TextLine], strip: list[TextLine], unit: float) -> bool:
    """Whether every gutter of the band and of the strip survives when they are joined."""
    joined = gutters(band + strip, unit)
    return all(any(a < d and c < b for c, d in joined) for a, b in gutters(band, unit) + gutters(strip, unit))


def gutters(lines: list[TextLine], unit: float) -> list[tuple[int, int]]:
    """Vertical gaps at least GUTTER wide between the lines' x-extents, left to right."""
    spans = sorted((line.box[0], line.box[2]) for line in lines)
    out: list[tuple[int, int]] = []
    right = spans[0][1] if spans else 0
    for x0, x1 in spans[1:]:
        if x0 - right >= GUTTER * unit:
            out.append((right, x0))
        right = max(right, x1)
    return out


def split_columns(band: list[TextLine], gaps: list[tuple[int, int]]) -> list[list[TextLine]]:
    columns: list[list[TextLine]] = [[] for _ in range(len(gaps) + 1)]
    for line in band:
        centre = (line.box[0] + line.box[2]) / 2
        columns[sum(centre > (a + b) / 2 for a, b in gaps)].append(line)
    return [c for c in columns if c]


def _sorted_block(lines: list[TextLine]) -> list[TextLine]:
    """A block's lines: vertical ones right to left; others in rows, top to bottom, each row
    left to right."""
    if all(line.vertical for line in lines):
        return sorted(lines, key=lambda ln: -ln.box[2])
    out: list[TextLine] = []
    unit = page_unit(lines)
    for strip in strips(lines, unit):
        out += sorted(strip, key=lambda ln: ln.box[0])
    return out


def _add_block(out: list[_Para], block: list[TextLine], unit: float) -> None:
    horizontal = [line.box for line in block if not line.vertical] or [line.box for line in block]
    left, right = min(b[0] for b in horizontal), max(b[2] for b in horizontal)
    for i, line in enumerate(block):
        prev = out[-1] if out else None
        if prev is not None and (_continues(prev, line, left, unit) if i == 0
                                 else not _starts(prev.lines[-1], line, left, right, unit)):
            prev.lines.append(line)
            prev.right, prev.block_lines = right, len(block)
        else:
            out.append(_Para([line], right, len(block)))


def _starts(prev: TextLine, line: TextLine, left: int, right: int, unit: float) -> bool:
    """Whether `line`, after `prev` in the same block, starts a new paragraph."""
    if prev.vertical or line.vertical:
        return prev.vertical != line.vertical
    return (
        line.box[0] - left >= INDENT * unit
        or line.box[1] - prev.box[3] >= GAP * unit
        or _other_size(prev.box, line.box)
        or prev.box[2] < right - SHORT * unit
    )


def _continues(prev: _Para, line: TextLine, left: int, unit: float) -> bool:
    """Whether the first line of a block continues the paragraph the last block ended: a
    full last line over there, no indent here, the same type size."""
    last = prev.lines[-1]
    return (
        not last.vertical and not line.vertical
        and prev.block_lines > 1
        and last.box[2] >= prev.right - SHORT * unit
        and line.box[0] - left < INDENT * unit
        and not _other_size(last.box, line.box)
    )


def _other_size(a: Box, b: Box) -> bool:
    ha, hb = _h(a), _h(b)
    return max(ha, hb) > SIZE * max(min(ha, hb), 1)


def _w(box: Box) -> int:
    return box[2] - box[0]


def _h(box: Box) -> int:
    return box[3] - box[1]
