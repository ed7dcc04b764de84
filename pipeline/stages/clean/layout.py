"""Lines and layout for the clean stage: the raw blocks cut into lines (with line-level
repairs made), each line's kind on its own, and what the page as a whole says about its
layout (column width, hard wrapping, paragraph marks, speakers).
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass

from pipeline.model import Document, Repair, Span
from pipeline.stages.clean import rules as R
from pipeline.stages.clean import text as T
from pipeline.stages.clean.names import name_variants, variant_pattern
from pipeline.zh.textmap import Mapped

#: A line narrower than this share of the column is the last line of its paragraph.
SHORT_LINE = 0.8
#: A document whose full-width lines end mid-sentence this often is hard-wrapped.
WRAPPED_SHARE = 0.3
#: Blank lines mark paragraphs when this share of blocks holds several lines.
BLOCKS_SHARE = 0.3
#: A hard-wrapped column: at least this share of its lines are about the column's width
#: (within SHORT_LINE of the median either way); a page set one paragraph per line is not.
COLUMN_SHARE = 0.5


@dataclass(frozen=True, slots=True)
class Line:
    """One non-blank line of a raw block, with what grouping looks at."""

    text: Mapped  # after line-level repairs (flow marker, enumerator)
    span: Span  # the whole stripped line in Document.text
    block: int  # which raw block it came from
    first: bool  # first line of its block
    indent: bool  # set in from the left margin
    flow: bool  # carried a text-flow marker
    repairs: tuple[Repair, ...]
    width: float  # display width of `text` (looked at many times while grouping)
    open_end: bool  # `text` ends mid-sentence (likewise)


@dataclass(frozen=True, slots=True)
class Layout:
    """What the page as a whole says about its layout."""

    width: float  # typical column width of running text
    wrapped: bool  # lines are hard-wrapped mid-sentence
    blocks: bool  # blank lines separate paragraphs (not every line)
    indents: bool  # indentation marks paragraph starts
    speakers: frozenset[str]  # accepted speaker labels, variants included
    variants: dict[str, str]  # name variant → dominant form
    names: re.Pattern[str] | None  # matches any variant; None when there are none


# --- lines and layout ----------------------------------------------------------------------


def split_lines(doc: Document) -> list[Line]:
    """Every non-blank line of every raw block, with line-level repairs made."""
    numbered = bool(R.ANY_ITEM.search(doc.text))
    out: list[Line] = []
    for b, p in enumerate(doc.paragraphs):
        block = Mapped(p.text, p.offsets)
        start = 0
        for raw_line in p.text.split("\n"):
            left, right = len(raw_line) - len(raw_line.lstrip()), len(raw_line.rstrip())
            piece = block.slice(start + left, start + right) if right > left else None
            start += len(raw_line) + 1
            if piece is None:
                continue
            repairs: list[Repair] = []
            text, flow = T.fix_line_start(piece, numbered, repairs)
            first_offset = piece.offsets[0]
            out.append(Line(text, (first_offset, piece.offsets[-1] + 1), b, not out or
                            out[-1].block != b, _indented(doc.text, first_offset), flow,
                            tuple(repairs), R.display_width(text.text),
                            R.ends_mid_sentence(text.text)))
    return out


def _indented(text: str, offset: int) -> bool:
    line_start = text.rfind("\n", 0, offset) + 1
    return offset > line_start and not text[line_start:offset].strip()


def classify(text: str) -> str:
    """The kind a line has on its own, before its neighbours are looked at."""
    if R.ANY_FURNITURE.match(text):
        return "furniture"
    if R.ANY_CREDIT.match(text):
        return "credit"
    if R.META.search(text):
        return "meta"
    if R.ANY_BYLINE.match(text):
        return "byline"
    if R.CAPTION_CUE.match(text) or R.ANY_ARROW.search(text):
        return "caption"
    if len(text) == 1 and R.is_han(text):
        return "glyph"
    if R.is_debris(text):
        return "fragment"
    return "body"


def read_layout(text: str, lines: list[Line], kinds: list[str]) -> Layout:
    return layout_of(text, [facts(ln, k) for ln, k in zip(lines, kinds) if k in ("body", "meta")])


@dataclass(frozen=True, slots=True)
class Facts:
    """What the layout reads of one line of running text or of the header: a few values
    instead of the line's text and offsets, so that a long document's layout is read from
    all its lines without holding them (pipeline.stages.clean.chunks)."""

    kind: str  # "body" or "meta"
    width: float
    long: bool  # four characters or more
    block: int
    indent: bool
    open_end: bool
    attribution: bool  # a dash-led source line
    label: str | None  # the speaker label it starts with
    text: str  # a header line's text ("" for running text)


def facts(ln: Line, kind: str) -> Facts:
    text = ln.text.text
    m = R.SPEAKER.match(text)
    label = m.group(1) if m and not R.NOT_SPEAKER.search(m.group(1)) else None
    return Facts(kind, ln.width, len(text) >= 4, ln.block, ln.indent, ln.open_end,
                 bool(R.ATTRIBUTION.match(text)), label, text if kind == "meta" else "")


def layout_of(text: str, lines: list[Facts]) -> Layout:
    """The layout of the page whose running text and header lines are `lines`."""
    body = [ln for ln in lines if ln.kind == "body"]
    widths = [ln.width for ln in body if ln.long]
    width = statistics.median(widths) if widths else 0.0
    per_block = Counter(ln.block for ln in body)
    multi = sum(n > 1 for n in per_block.values())
    indented = sum(ln.indent for ln in body)
    labels = Counter(ln.label for ln in body if ln.label is not None)
    variants = name_variants(labels, text)
    return Layout(
        width=width,
        wrapped=_wrapped(body, width),
        blocks=bool(per_block) and multi / len(per_block) >= BLOCKS_SHARE,
        indents=0 < indented < len(body) / 2,
        speakers=_speakers(labels, variants, "".join(ln.text for ln in lines if ln.kind == "meta")),
        variants=variants,
        names=variant_pattern(variants),
    )


def _wrapped(body: list[Facts], width: float) -> bool:
    """Whether running text is hard-wrapped: its full-width lines often end mid-sentence.

    Only full-width lines count: a heading, a salutation or the last line of a
    paragraph is short whatever the layout. Source lines set off by a dash are left
    out too: they end without a full stop on any page (a page of quotations has one
    under every quotation). And the lines must share one width: on a page set one
    paragraph per line (headings, figure lines, paragraphs of any length) they do not.
    """
    widths = [ln.width for ln in body if ln.long]
    column = sum(SHORT_LINE * width <= w <= width / SHORT_LINE for w in widths)
    full = [ln for ln in body if not ln.attribution and ln.width >= SHORT_LINE * width]
    return bool(full) and sum(ln.open_end for ln in full) / len(full) >= WRAPPED_SHARE \
        and column >= COLUMN_SHARE * len(widths)


def _speakers(labels: Counter[str], variants: dict[str, str], header: str) -> frozenset[str]:
    """Labels that mark interview turns: named in the header, or one of 2+ recurring labels."""
    merged: Counter[str] = Counter()
    for label, n in labels.items():
        merged[variants.get(label, label)] += n
    recurring = {name for name, n in merged.items() if n >= 2}
    ok = {name for name in merged if name in header or any(v in header for v, d in
                                                           variants.items() if d == name)}
    if len(recurring) >= 2:
        ok |= recurring
    return frozenset(label for label in labels if variants.get(label, label) in ok)
