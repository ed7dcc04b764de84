"""Loading, validating and matching the glossary files users edit.

A glossary file is UTF-8 TSV with a header row; the first three columns are
`zh`, `en`, `note` (so OmegaT and spreadsheets open them as they are), then
optional `kind`, `source`, `variants` (`|`-separated other Chinese forms).
Files load in a defined order (a folder: its *.tsv sorted by name); a later
entry for the same term wins, and the override is recorded.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.errors import GlossaryError

COLUMNS = ("zh", "en", "note", "kind", "source", "variants")
REQUIRED = COLUMNS[:3]
ENTRY_KINDS = ("slogan", "policy", "org", "title", "place", "person", "term")

#: The shipped glossary: the repository's glossary/ folder beside the package.
DEFAULT_DIR = Path(__file__).resolve().parent.parent / "glossary"


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
        return cls(tuple(by_zh.values()), tuple(overrides), index)

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


def read_entries(path: Path) -> list[Entry]:
    """Parse one TSV file; raise GlossaryError with `file:line:` for malformed rows."""
    name = display_path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise GlossaryError(f"{name}:1: not UTF-8; save the glossary as UTF-8 TSV") from None
    lines = text.splitlines()
    if not lines:
        return []
    header = [h.strip().lower() for h in lines[0].split("\t")]
    if tuple(header[:3]) != REQUIRED:
        raise GlossaryError(f"{name}:1: header must start with zh<TAB>en<TAB>note, got {lines[0]!r}")
    entries = []
    for n, line in enumerate(lines[1:], start=2):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) > len(header):
            raise GlossaryError(f"{name}:{n}: {len(cells)} columns, the header has {len(header)}")
        row = dict(zip(header, (c.strip() for c in cells)))
        zh, en = row.get("zh", ""), row.get("en", "")
        if not zh:
            raise GlossaryError(f"{name}:{n}: empty term in column zh")
        if not en:
            raise GlossaryError(f"{name}:{n}: empty rendering for {zh!r} in column en")
        variants = tuple(v.strip() for v in row.get("variants", "").split("|") if v.strip())
        entries.append(
            Entry(zh, en, row.get("note", ""), row.get("kind", "") or "term",
                  row.get("source", ""), variants, name, n)
        )
    return entries


def load_glossary(paths: Sequence[Path]) -> Glossary:
    entries: list[Entry] = []
    for f in glossary_files(paths):
        entries.extend(read_entries(f))
    return Glossary.from_entries(entries)


def default_paths(extra: Sequence[Path] = (), shipped: bool = True) -> list[Path]:
    base = [DEFAULT_DIR] if shipped and DEFAULT_DIR.is_dir() else []
    return base + list(extra)
