"""Loading, validating and matching the glossary files users edit.

A glossary file is UTF-8 TSV with a header row; the first three columns are
`zh`, `en`, `note` (so OmegaT and spreadsheets open them as they are), then
optional `kind`, `source`, `variants` (`|`-separated other Chinese forms).
Files load in a defined order (a folder: its *.tsv sorted by name); a later
entry for the same term wins, and the override is recorded.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.errors import GlossaryError
from pipeline.zh.chars import HAN_JIEBA

# What jieba's default mode keeps inside one token (jieba.re_han_default); a form with any
# other character is cut by jieba before its dictionary is consulted.
_ONE_TOKEN = re.compile(rf"[{HAN_JIEBA}a-zA-Z0-9+#&\._%\-]+")

COLUMNS = ("zh", "en", "note", "kind", "source", "variants")
REQUIRED = COLUMNS[:3]
ENTRY_KINDS = ("slogan", "policy", "org", "title", "place", "person", "term")

#: The shipped glossary: the repository's glossary/ folder beside the package.
DEFAULT_DIR = Path(__file__).resolve().parents[2] / "glossary"


@dataclass(frozen=True, slots=True)
class Entry:
    zh: str
    en: str
    note: str = ""
    kind: str = "term"
    source: str = ""
    variants: tuple[str, ...] = ()
    file: str = ""
    line: int = 0

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}"

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.zh, *self.variants)


@dataclass(frozen=True, slots=True)
class Glossary:
    entries: tuple[Entry, ...] = ()
    overrides: tuple[tuple[Entry, Entry], ...] = ()  # (new, overridden)
    index: dict[str, Entry] = field(default_factory=dict, compare=False)
    #: Forms jieba splits into several tokens (they hold punctuation such as 、): matched by search.
    phrases: tuple[str, ...] = ()

    @classmethod
    def from_entries(cls, entries: Iterable[Entry]) -> Glossary:
        """Later entries win over earlier ones for the same headword or variant."""
        by_zh: dict[str, Entry] = {}
        overrides = []
        for e in entries:
            old = by_zh.get(e.zh)
            if old is not None:
                overrides.append((e, old))
            by_zh[e.zh] = e
        index: dict[str, Entry] = {}
        for e in by_zh.values():
            for form in e.variants:
                index[form] = e
        for e in by_zh.values():  # headwords beat variants
            index[e.zh] = e
        phrases = tuple(sorted((f for f in index if not _ONE_TOKEN.fullmatch(f)), key=len, reverse=True))
        return cls(tuple(by_zh.values()), tuple(overrides), index, phrases)

    def get(self, zh: str) -> Entry | None:
        return self.index.get(zh)

    def __len__(self) -> int:
        return len(self.entries)

    def digest(self) -> str:
        h = hashlib.sha256()
        for e in self.entries:
            h.update("\t".join((e.zh, e.en, "|".join(e.variants))).encode() + b"\n")
        return h.hexdigest()[:12]


def glossary_files(paths: Sequence[Path]) -> list[Path]:
    """Expand folders to their *.tsv files (sorted), keeping the given order."""
    files: list[Path] = []
    for p in paths:
        if p.is_dir():
            files.extend(sorted(p.glob("*.tsv")))
        elif p.is_file():
            files.append(p)
        else:
            raise GlossaryError(f"{p}: no such glossary file or folder")
    return files


def display_path(path: Path) -> str:
    """A path as the user should see it: relative to the working folder when inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


@dataclass(frozen=True, slots=True)
class Problem:
    """One finding about a glossary file, printed as `file:line: message`."""

    file: str
    line: int
    message: str
    level: str = "error"  # "error" or "warning"

    def __str__(self) -> str:
        label = "warning: " if self.level == "warning" else ""
        return f"{self.file}:{self.line}: {label}{self.message}"


@dataclass(frozen=True, slots=True)
class ParsedFile:
    """One glossary file as read: its rows as written, the entries, and malformed rows.

    `problems` holds only what makes a row unusable (loading refuses the file);
    the stricter lint lives in `pipeline.glossary.check`."""

    name: str
    header: tuple[str, ...] = ()
    rows: tuple[tuple[int, tuple[str, ...]], ...] = ()  # (line number, cells as written)
    entries: tuple[Entry, ...] = ()
    problems: tuple[Problem, ...] = ()


def _decode(path: Path, name: str) -> str | Problem:
    try:
        data = path.read_bytes()
    except OSError as e:
        return Problem(name, 1, f"cannot read ({e.strerror})")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        return Problem(name, line, "not UTF-8; save the glossary as UTF-8 TSV")


def parse_file(path: Path) -> ParsedFile:
    """Read one TSV file, collecting every malformed row rather than stopping at the first."""
    name = display_path(path)
    text = _decode(path, name)
    if isinstance(text, Problem):
        return ParsedFile(name, problems=(text,))
    lines = text.splitlines()
    if not lines:
        return ParsedFile(name)
    header = tuple(h.strip().lower() for h in lines[0].split("\t"))
    if header[:3] != REQUIRED:
        message = f"header must start with zh<TAB>en<TAB>note, got {lines[0]!r}"
        return ParsedFile(name, header, problems=(Problem(name, 1, message),))
    rows: list[tuple[int, tuple[str, ...]]] = []
    entries: list[Entry] = []
    problems: list[Problem] = []
    for n, line in enumerate(lines[1:], start=2):
        if not line.strip() or line.startswith("#"):
            continue
        cells = tuple(line.split("\t"))
        rows.append((n, cells))
        entry_or_problem = _row_entry(cells, header, name, n)
        if isinstance(entry_or_problem, Problem):
            problems.append(entry_or_problem)
        else:
            entries.append(entry_or_problem)
    return ParsedFile(name, header, tuple(rows), tuple(entries), tuple(problems))


def _row_entry(cells: tuple[str, ...], header: tuple[str, ...], name: str, n: int) -> Entry | Problem:
    """The entry a row stands for, or why it cannot stand for one."""
    extra = cells[len(header):]
    if any(c.strip() for c in extra):
        return Problem(name, n, f"{len(cells)} columns, the header has {len(header)} "
                                "(a tab inside a cell? cells cannot hold tabs)")
    if len(cells) < 2:
        return Problem(name, n, f"{len(cells)} column; a row needs at least zh<TAB>en")
    row = dict(zip(header, (c.strip() for c in cells)))
    zh, en, kind = row.get("zh", ""), row.get("en", ""), row.get("kind", "").lower() or "term"
    if not zh:
        return Problem(name, n, "empty term in column zh")
    if not en:
        return Problem(name, n, f"empty rendering for {zh!r} in column en")
    if kind not in ENTRY_KINDS:
        return Problem(name, n, f"unknown kind {kind!r} for {zh!r}; kinds are: {', '.join(ENTRY_KINDS)}")
    variants = tuple(v.strip() for v in row.get("variants", "").split("|") if v.strip())
    return Entry(zh, en, row.get("note", ""), kind, row.get("source", ""), variants, name, n)


def read_entries(path: Path) -> list[Entry]:
    """Parse one TSV file; raise GlossaryError with `file:line:` for the first malformed row."""
    parsed = parse_file(path)
    if parsed.problems:
        raise GlossaryError(str(parsed.problems[0]))
    return list(parsed.entries)


def load_glossary(paths: Sequence[Path]) -> Glossary:
    entries: list[Entry] = []
    for f in glossary_files(paths):
        entries.extend(read_entries(f))
    return Glossary.from_entries(entries)


def default_paths(extra: Sequence[Path] = (), shipped: bool = True) -> list[Path]:
    base = [DEFAULT_DIR] if shipped and DEFAULT_DIR.is_dir() else []
    return base + list(extra)
