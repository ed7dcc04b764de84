"""Text repairs inside one paragraph, each recorded as a `Repair`.

Every edit goes through `Mapped.sub`, so each cleaned character still knows
where it came from in the raw input. Most paragraphs need few of the repairs:
a pass runs only when the text holds a character its pattern cannot match
without (a line break, a space, an ASCII quote or bracket), which skips most
passes at the cost of a substring test.
"""

from __future__ import annotations

import re

from pipeline.model import Repair
from pipeline.stages.clean import rules as R
from pipeline.zh.textmap import Mapped, Replacement

Repairs = list[Repair]


def apply(text: Mapped, what: str, pattern: re.Pattern[str], repl: Replacement,
          repairs: Repairs) -> Mapped:
    """`text.sub(pattern, repl)`, recording each change as a Repair of kind `what`."""
    new, changes = text.sub(pattern, repl)
    repairs += [Repair(what, before, after, at) for before, after, at in changes]
    return new


def join_lines(parts: list[Mapped], sep: str = "\n") -> Mapped:
    """Concatenate lines; each separator takes the offset just after the line it ends."""
    if len(parts) == 1:
        return parts[0]
    texts, offsets = [parts[0].text], list(parts[0].offsets)
    for part in parts[1:]:  # one list, not a tuple rebuilt per line
        if sep:
            texts.append(sep)
            offsets.extend([offsets[-1] + 1] * len(sep))
        texts.append(part.text)
        offsets.extend(part.offsets)
    return Mapped("".join(texts), tuple(offsets))


def fix_line_start(text: Mapped, numbered_items: bool, repairs: Repairs) -> tuple[Mapped, bool]:
    """Drop a text-flow marker and repair a misread enumerator at the start of a line.

    Returns the line and whether it carried a flow marker (which starts a paragraph).
    """
    flow = R.FLOW_MARKER.match(text.text)
    had_flow = bool(flow and flow.end() < len(text))
    if flow and had_flow:
        repairs.append(Repair("flow-marker", flow.group(0), "", text.offsets[0]))
        text = text.slice(flow.end())
    if numbered_items and text.text[:1] in R.ENUMERATOR_CONFUSIONS:
        text = apply(text, "enumerator", R.ENUMERATOR,
                     lambda m: R.ENUMERATOR_CONFUSIONS[m.group(1)] + m.group(2), repairs)
    return text, had_flow


def spaces(text: Mapped, repairs: Repairs, fields: bool = False) -> Mapped:
    """Remove line breaks and spaces inside Chinese text (header fields keep theirs); a line
    break between Latin words or between two numbers becomes a space."""
    if "\n" in text.text:
        text = apply(text, "space", R.SPACED_BREAK, " ", repairs)
        text = apply(text, "space", R.LINE_BREAK, "", repairs)
    if R.ANY_SPACE.search(text.text):
        text = apply(text, "space", R.SPACE_AT_PUNCT if fields else R.SPACE_IN_HAN, "", repairs)
    return text


def punctuation(text: Mapped, repairs: Repairs) -> Mapped:
    """ASCII marks in Chinese text → full-width ones (character for character)."""
    text = apply(text, "punctuation", R.ASCII_PUNCT, R.ascii_punct_to_full, repairs)
    if "(" in text.text:
        text = apply(text, "punctuation", R.ASCII_BRACKETED, lambda m: f"（{m.group(1)}）", repairs)
    return text


def quotes(text: Mapped, repairs: Repairs) -> Mapped:
    """Pairs of ASCII double quotes around Chinese text → “ ”."""
    if '"' not in text.text:
        return text
    return apply(text, "punctuation", R.ASCII_QUOTED, lambda m: f"“{m.group(1)}”", repairs)


def names(text: Mapped, variants: dict[str, str], pattern: re.Pattern[str] | None,
          repairs: Repairs) -> Mapped:
    if pattern is None or not pattern.search(text.text):
        return text
    return apply(text, "name", pattern, lambda m: variants[m.group(0)], repairs)


def running_text(text: Mapped, repairs: Repairs) -> Mapped:
    """The full repair for body text, captions and headings."""
    text = punctuation(text, repairs)
    text = spaces(text, repairs)
    text = quotes(text, repairs)
    return spaces(text, repairs)
