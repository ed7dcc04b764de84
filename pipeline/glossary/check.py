"""`pipeline glossary check`: every problem in a set of glossary files, as `file:line: message`.

Loading (`pipeline.glossary.parse_file`) already refuses malformed rows; this module adds the
lint a careful editor wants before shipping: stray whitespace, duplicates, a term defined
twice under different renderings (as a term or as someone's variant), and conflicts between
files. Each PATH given is one layer: files inside one layer (a folder) must agree, since they
ship together; a later layer overriding an earlier one is what layering is for, so that is
only a warning.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from pipeline.glossary.load import COLUMNS, Entry, ParsedFile, Problem, glossary_files, parse_file

# Whitespace a cell should not hold: doubled spaces, and the look-alike spaces OCR and word
# processors leave (U+00A0 no-break, U+3000 ideographic, U+2002..U+200B en/em/thin/zero-width).
_ODD_SPACE = re.compile(r"[\u00a0\u3000\u2002-\u200b]")
_DOUBLE_SPACE = re.compile(r"  ")

Report = Callable[..., None]  # report(message, level="error")


@dataclass(frozen=True, slots=True)
class _Seen:
    entry: Entry
    as_term: bool  # the form is the entry's headword (else one of its variants)
    layer: int


def check_paths(paths: Sequence[Path]) -> list[Problem]:
    """All problems in the given files or folders (each one layer), in file and line order."""
    problems: list[Problem] = []
    seen: dict[str, _Seen] = {}
    for layer, path in enumerate(paths):
        for f in glossary_files([path]):
            parsed = parse_file(f)
            problems.extend(parsed.problems)
            problems.extend(lint_header(parsed))
            problems.extend(lint_cells(parsed))
            for entry in parsed.entries:
                problems.extend(check_entry(entry, layer, seen))
    order = {name: i for i, name in enumerate(dict.fromkeys(p.file for p in problems))}
    return sorted(problems, key=lambda p: (order[p.file], p.line))


def lint_header(parsed: ParsedFile) -> list[Problem]:
    if parsed.problems and not parsed.rows:  # unreadable, or a bad header: already reported
        return []
    if not parsed.header:
        return [Problem(parsed.name, 1, "empty file: no header row", "warning")]
    out = []
    for i, col in enumerate(parsed.header):
        if col not in COLUMNS:
            out.append(Problem(parsed.name, 1, f"unknown column {col!r} (ignored); columns are: "
                               f"{', '.join(COLUMNS)}", "warning"))
        elif col in parsed.header[:i]:
            out.append(Problem(parsed.name, 1, f"column {col!r} appears twice"))
    return out


def lint_cells(parsed: ParsedFile) -> list[Problem]:
    """Stray whitespace, short rows and trailing tabs, from the cells as written."""
    out = []
    width = len(parsed.header)
    for n, cells in parsed.rows:
        def report(message: str, level: str = "error", n: int = n) -> None:
            out.append(Problem(parsed.name, n, message, level))

        if len(cells) > width and not any(c.strip() for c in cells[width:]):
            report("stray tab at the end of the line")
        elif 1 < len(cells) < width:
            report(f"{len(cells)} columns, the header has {width} (missing cells read as empty)",
                   "warning")
        for col, cell in zip(parsed.header, cells):
            report_whitespace(col, cell, report)
    return out


def report_whitespace(col: str, cell: str, say: Report) -> None:
    if cell != cell.strip():
        where = "start" if cell[:1].isspace() else "end"
        say(f"stray whitespace at the {where} of column {col}: {cell!r}")
    if _DOUBLE_SPACE.search(cell.strip()):
        say(f"double space in column {col}: {cell.strip()!r}")
    if _ODD_SPACE.search(cell):
        say(f"no-break, ideographic or zero-width space in column {col}: {cell.strip()!r}")
    if col in ("zh", "variants"):
        for form in (f.strip() for f in cell.split("|") if f.strip()):
            if any(ch.isspace() for ch in form):
                say(f"space inside {form!r} in column {col}: the form can never match the text")


def check_entry(entry: Entry, layer: int, seen: dict[str, _Seen]) -> list[Problem]:
    """Compare each form of `entry` with what earlier entries defined; record it as seen."""
    out = []
    for i, form in enumerate(entry.forms):
        as_term = i == 0
        prev = seen.get(form)
        if prev is not None:
            problem = _clash(entry, form, as_term, layer, prev)
            if problem is not None:
                out.append(problem)
        if prev is None or as_term or not prev.as_term:  # headwords beat variants, as in loading
            seen[form] = _Seen(entry, as_term, layer)
    return out


def _clash(entry: Entry, form: str, as_term: bool, layer: int, prev: _Seen) -> Problem | None:
    old = prev.entry
    here = entry.file, entry.line
    if old is entry or (old.file, old.line) == here:
        what = "repeats the term" if prev.as_term else "is listed twice"
        return Problem(*here, f"variant {form!r} {what}", "warning")
    same = old.en == entry.en
    role = f"term {form!r}" if as_term else f"variant {form!r} of {entry.zh!r}"
    old_role = "as a term" if prev.as_term else f"as a variant of {old.zh!r}"
    if as_term and prev.as_term and old.file == entry.file:
        differs = "" if same else f" with a different rendering ({old.en!r} there, {entry.en!r} here)"
        return Problem(*here, f"duplicate term {form!r} (first at line {old.line}){differs}")
    if prev.layer != layer:
        change = "same rendering" if same else f"{old.en!r} → {entry.en!r}"
        return Problem(*here, f"{role} overrides {old.where} ({old_role}; {change})", "warning")
    if same:
        return Problem(*here, f"{role} is already defined at {old.where} ({old_role}; same rendering)",
                       "warning")
    return Problem(*here, f"{role} is rendered {entry.en!r} here but {old.en!r} at {old.where} "
                          f"({old_role})")
