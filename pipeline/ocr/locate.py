"""Where a piece of the document's text is on the page: the text ingest builds from a Scan
remembers each line's offset, so any span of it maps back to lines and to boxes."""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from dataclasses import dataclass

from pipeline.ocr.types import Box, Scan, TextLine

#: Between the lines of a paragraph, and between paragraphs, in the text built from a Scan.
LINE_BREAK, PARAGRAPH_BREAK = "\n", "\n\n"


@dataclass(frozen=True, slots=True)
class PageText:
    """A Scan and the text built from it: line i of `scan.lines` is text[starts[i]:ends[i]]."""

    scan: Scan
    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    @classmethod
    def of(cls, scan: Scan) -> PageText:
        parts: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        pos = 0
        for para in scan.paragraphs:
            for j, line in enumerate(para):
                sep = "" if not parts else LINE_BREAK if j else PARAGRAPH_BREAK
                parts += [sep, line.text]
                pos += len(sep)
                starts.append(pos)
                pos += len(line.text)
                ends.append(pos)
        return cls(scan, "".join(parts), tuple(starts), tuple(ends))

    def pieces(self, spans: tuple[tuple[int, int], ...]) -> list[tuple[int, TextLine, Box]]:
        """(line index, line, box of the part of the line inside the spans) for each line the
        spans touch, in text order."""
        lines = self.scan.lines
        out: list[tuple[int, TextLine, Box]] = []
        for a, b in spans:
            i = max(bisect_right(self.starts, a) - 1, 0)
            while i < len(lines) and self.starts[i] < b:
                lo, hi = max(a, self.starts[i]), min(b, self.ends[i])
                if lo < hi:
                    line = lines[i]
                    box = part_box(line, lo - self.starts[i], hi - self.starts[i])
                    if out and out[-1][0] == i:
                        out[-1] = (i, line, _union(out[-1][2], box))
                    else:
                        out.append((i, line, box))
                i += 1
        return out


def part_box(line: TextLine, a: int, b: int) -> Box:
    """The box of characters [a, b) of the line: their own boxes where known, else the line's
    box cut in proportion to the characters' widths (full-width 2, others 1)."""
    if line.chars and len(line.chars) == len(line.text):
        part = line.chars[a:b]
        return (min(c[0] for c in part), min(c[1] for c in part), max(c[2] for c in part),
                max(c[3] for c in part))
    if a == 0 and b >= len(line.text):
        return line.box
    weights = [2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line.text]
    total = sum(weights) or 1
    lo, hi = sum(weights[:a]) / total, sum(weights[:b]) / total
    x0, y0, x1, y1 = line.box
    if line.vertical:
        return (x0, round(y0 + (y1 - y0) * lo), x1, round(y0 + (y1 - y0) * hi))
    return (round(x0 + (x1 - x0) * lo), y0, round(x0 + (x1 - x0) * hi), y1)


def _union(a: Box, b: Box) -> Box:
    return (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))
