"""clean: repair OCR'd newspaper text into labelled paragraphs, recording every repair.

The raw blocks from ingest are cut into lines; each line is labelled (furniture,
credit, byline, header, caption, display-type debris, one glyph of a vertical
headline, or running text); running text is rejoined into paragraphs at real
paragraph starts, around any captions the layout dropped into it; then each
paragraph's text is repaired. Nothing is lost: the paragraphs' `raw` spans
cover every non-space character of the input exactly once, and each cleaned
character keeps the offset of the raw character it came from.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from pipeline.context import Context
from pipeline.model import Document, Paragraph, Repair, Span
from pipeline.stages.clean import rules as R
from pipeline.stages.clean import text as T
from pipeline.stages.clean.layout import (
    SHORT_LINE,
    Layout,
    Line,
    classify,
    read_layout,
    split_lines,
)
from pipeline.zh.textmap import Mapped

__all__ = ["Layout", "Line", "classify", "clean", "read_layout", "split_lines"]

#: A run of at least this many one-glyph lines is a vertically set headline.
VERTICAL_MIN = 3
#: A heading is at most this many characters wide.
HEADING_MAX = 30


@dataclass
class Group:
    """Lines that become one paragraph."""

    kind: str
    lines: list[Line]
    speaker: str | None = None
    label: str | None = None  # the speaker label as written
    rejoins: list[int] = field(default_factory=list)  # line indexes joined across an interruption


#: Document.meta of a chunk of a long document (pipeline.runner, pipeline.stages.clean.chunks):
#: the whole document's Layout, the number of the chunk's first paragraph, the speaker whose
#: turn runs into the chunk (after clean: into the next one), and whether the chunk starts
#: inside a raw block (cut at a line break: its first line does not start a block).
LAYOUT, FIRST, SPEAKER, INSIDE = "clean.layout", "clean.first", "clean.speaker", "clean.inside"


def clean(doc: Document, ctx: Context) -> Document:
    meta = dict(doc.meta)
    lines = chunk_lines(doc)
    kinds = line_kinds(doc, lines)
    layout = meta.get(LAYOUT)
    if not isinstance(layout, Layout):
        layout = read_layout(doc.text, lines, kinds)
    items = vertical_runs(lines, kinds)
    items = captions_before_credits(items)
    speaker = meta.get(SPEAKER)
    groups, speaker = group(items, layout, speaker if isinstance(speaker, str) else None)
    groups.sort(key=lambda g: g.lines[0].span[0])
    first = meta.get(FIRST)
    first = first if isinstance(first, int) else 1
    paragraphs = tuple(build(f"p{i}", g, layout, doc.text) for i, g in enumerate(groups, first))
    if SPEAKER in meta:
        doc = replace(doc, meta=tuple((k, speaker if k == SPEAKER else v) for k, v in doc.meta))
    return replace(doc, paragraphs=paragraphs)


def chunk_lines(doc: Document) -> list[Line]:
    """split_lines(), the first line taken for what it is in the whole document when the
    document is a chunk that starts inside a raw block (meta INSIDE)."""
    lines = split_lines(doc)
    if lines and dict(doc.meta).get(INSIDE):
        lines[0] = replace(lines[0], first=False)
    return lines


def line_kinds(doc: Document, lines: list[Line]) -> list[str]:
    """Each line's kind on its own: a raw block ingest knows is a headline (set large on a
    page image) is one; text is classified."""
    return ["heading" if doc.paragraphs[ln.block].kind == "heading" else classify(ln.text.text)
            for ln in lines]


# --- grouping ------------------------------------------------------------------------------

Item = tuple[str, list[Line]]


def vertical_runs(lines: list[Line], kinds: list[str]) -> list[Item]:
    """Merge runs of one-glyph lines into one headline (or a fragment when too short)."""
    items: list[Item] = []
    for line, kind in zip(lines, kinds):
        if kind == "glyph" and items and items[-1][0] == "glyph":
            items[-1][1].append(line)
        else:
            items.append((kind, [line]))
    return [("heading" if len(ls) >= VERTICAL_MIN else "fragment", ls) if k == "glyph" else (k, ls)
            for k, ls in items]


def captions_before_credits(items: list[Item]) -> list[Item]:
    """A line of text just above a photo credit is the photo's caption.

    Only when it stands apart from the running text: after another non-text item,
    or opening a block of its own, or starting with a caption cue.
    """
    out = list(items)
    for i in range(len(out) - 1):
        kind, lines = out[i]
        if kind != "body" or out[i + 1][0] != "credit" or len(lines) != 1:
            continue
        text = lines[0].text.text
        apart = i == 0 or out[i - 1][0] != "body" or lines[0].first
        if apart and not R.ITEM_START.match(text) and not R.SPEAKER.match(text):
            out[i] = ("caption", lines)
    return out


def group(items: list[Item], layout: Layout, speaker: str | None = None) -> tuple[list[Group], str | None]:
    """Rejoin running text into paragraphs; other items stay one group each. `speaker` is the
    one whose turn runs into the items; returned with the one whose turn runs on after them."""
    groups: list[Group] = []
    current: Group | None = None
    interrupted = False
    for kind, lines in items:
        if kind != "body":
            complete = current is None or not current.lines[-1].open_end
            if kind == "heading" and complete:
                speaker = None  # a headline between finished paragraphs opens a new piece
            groups.append(Group(kind, lines))
            interrupted = current is not None
            continue
        line = lines[0]
        if current is not None and not interrupted:
            _title_set_apart(current, line, layout)
        alone = stands_alone(line, layout)
        if current is not None and not alone and not starts_paragraph(line, layout) and \
                joins(current, line, interrupted, layout):
            if interrupted:
                current.rejoins.append(len(current.lines))
            current.lines.append(line)
        elif alone:
            current, speaker = None, None
            groups.append(Group(alone_kind(line, layout), [line]))
        elif is_heading(line, layout) and not starts_paragraph(line, layout):
            current, speaker = None, None
            groups.append(Group("heading", [line]))
        else:
            current, speaker = _open(line, layout, speaker)
            groups.append(current)
        interrupted = False
    return groups, speaker


def _title_set_apart(current: Group, line: Line, layout: Layout) -> None:
    """A one-line paragraph set apart (`set_apart`) with no sentence punctuation is a heading,
    not a sentence cut short: 2021年《政府工作报告》双语要点, 全年国内生产总值增长2.3%."""
    first = current.lines[0].text.text
    if current.kind == "body" and len(current.lines) == 1 and current.lines[0].open_end \
            and set_apart(current.lines[0], line, layout) and not R.SENTENCE_PUNCT.search(first):
        current.kind = "heading"


def _open(line: Line, layout: Layout, speaker: str | None) -> tuple[Group, str | None]:
    m = R.SPEAKER.match(line.text.text)
    if m and m.group(1) in layout.speakers and m.end() < len(line.text):
        label = m.group(1)
        speaker = layout.variants.get(label, label)
        return Group("body", [line], speaker, label), speaker
    return Group("body", [line], speaker), speaker


def starts_paragraph(line: Line, layout: Layout) -> bool:
    text = line.text.text
    m = R.SPEAKER.match(text)
    return bool(
        (m and m.group(1) in layout.speakers)
        or R.ITEM_START.match(text)
        or line.flow
        or (layout.indents and line.indent)
    )


def joins(current: Group, line: Line, interrupted: bool, layout: Layout) -> bool:
    """Whether `line` continues the paragraph `current` (which it does not visibly start)."""
    last = current.lines[-1]
    if last.open_end:  # a sentence cut by a line break or a caption
        return interrupted or not set_apart(last, line, layout)
    if interrupted or not layout.wrapped or (layout.blocks and line.first):
        return False
    before = current.lines[-2] if len(current.lines) > 1 else line
    return last.width >= SHORT_LINE * before.width


def set_apart(last: Line, line: Line, layout: Layout) -> bool:
    """Whether `last`, ending without a full stop, is a line of its own and not a sentence cut
    short: on a page not hard-wrapped, a line no wider than a heading with a blank line after
    it (a title, a figure line 全年国内生产总值增长2.3%, a field 发布时间：2019年09月27日).
    A longer line there is a sentence the layout cut ("…不断丰富" / "群众性文化体育生活。")."""
    return not layout.wrapped and line.first and last.width <= HEADING_MAX


def stands_alone(line: Line, layout: Layout) -> bool:
    """A line that is a paragraph of its own though it ends without a full stop.

    A dash-led source line (a quotation's attribution, a dateline, a subtitle) when
    the page is not hard-wrapped or the line is short. On a page set one paragraph
    per line, also a line with no sentence punctuation that is short or opens with a
    section number: a heading, not a sentence cut by a line break. On a hard-wrapped
    page a line ending mid-sentence is cut, so other lines follow the usual rules.
    """
    text = line.text.text
    short = line.width < SHORT_LINE * layout.width
    if R.ATTRIBUTION.match(text):
        return short or not layout.wrapped
    if layout.wrapped or R.SENTENCE_PUNCT.search(text):
        return False
    return short or bool(R.SECTION.match(text))


def alone_kind(line: Line, layout: Layout) -> str:
    """A dash-led line is a byline (it names a source) unless it reads as a subtitle."""
    if R.ATTRIBUTION.match(line.text.text) and (R.SENTENCE_PUNCT.search(line.text.text)
                                                 or not is_heading(line, layout)):
        return "byline"
    return "heading"


def is_heading(line: Line, layout: Layout) -> bool:
    """A short line with no sentence punctuation, standing on its own."""
    text = line.text.text
    return (  # the cheap tests first: most lines fail one of them
        line.width <= SHORT_LINE * layout.width
        and text[-1] not in R.OPEN_ENDINGS
        and not R.CLAUSE_PUNCT.search(text)
        and not R.ITEM_START.match(text)
        and 4 <= R.count_han(text) <= HEADING_MAX
    )


# --- building paragraphs -------------------------------------------------------------------


def build(pid: str, g: Group, layout: Layout, source: str) -> Paragraph:
    repairs: list[Repair] = [r for line in g.lines for r in line.repairs]
    text = _text(g, layout, repairs)
    if g.kind in ("body", "heading", "caption", "meta", "byline", "credit"):
        text = T.names(text, layout.variants, layout.names, repairs)
    qa: tuple[str, ...] = ()
    if g.kind == "body" and R.ends_mid_sentence(text.text):
        qa = ("truncated: the paragraph stops mid-sentence (the rest was cut by the layout)",)
    if not text.text.strip():  # never leave a record without text: its raw would be lost
        text, repairs = T.join_lines([ln.text for ln in g.lines], " "), []
    return Paragraph(
        id=pid, kind=g.kind if text.text.strip() else "fragment", text=text.text,
        offsets=text.offsets, raw=_raw(g.lines, source), speaker=g.speaker,
        repairs=tuple(sorted(repairs, key=lambda r: r.at)), qa=qa,
    )


def _text(g: Group, layout: Layout, repairs: list[Repair]) -> Mapped:
    if g.kind == "heading" and len(g.lines) > 1 and all(len(ln.text) == 1 for ln in g.lines):
        text = T.join_lines([ln.text for ln in g.lines], "")
        repairs.append(Repair("vertical-heading", " ".join(ln.text.text for ln in g.lines),
                              text.text, text.offsets[0]))
        return text
    if g.kind in ("credit", "furniture", "fragment"):
        return T.join_lines([ln.text for ln in g.lines], " ")
    text = T.join_lines([ln.text for ln in g.lines])
    for i in g.rejoins:
        before, after = g.lines[i - 1].text.text, g.lines[i].text.text
        repairs.append(Repair("rejoin", f"{before[-6:]}[…]{after[:6]}", before[-6:] + after[:6],
                              g.lines[i].text.offsets[0]))
    if g.label is not None:
        text = _strip_label(text, g, layout, repairs)
    if g.kind == "meta":
        return T.spaces(T.punctuation(text, repairs), repairs, fields=True)
    if g.kind == "byline":
        return T.punctuation(text, repairs)
    return T.running_text(text, repairs)


def _strip_label(text: Mapped, g: Group, layout: Layout, repairs: list[Repair]) -> Mapped:
    """Take the speaker label off a turn's text (its characters stay in `raw`)."""
    m = R.SPEAKER.match(text.text)
    assert m is not None and g.label is not None
    if g.label in layout.variants:
        repairs.append(Repair("name", g.label, layout.variants[g.label], text.offsets[0]))
    return text.slice(m.end())


def _raw(lines: list[Line], source: str) -> tuple[Span, ...]:
    """The lines' spans, merged where only whitespace lies between them."""
    spans: list[Span] = []
    for a, b in (ln.span for ln in lines):
        if spans and not source[spans[-1][1]:a].strip():
            spans[-1] = (spans[-1][0], b)
        else:
            spans.append((a, b))
    return tuple(spans)
