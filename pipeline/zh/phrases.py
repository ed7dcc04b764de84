"""The phrase table: recurring multi-word formulas of government and Party documents with their
official English (加强和改善民生 → "ensure and improve people's wellbeing"), read from TSV files
a user can read and extend like the glossary.

A file (pipeline/data/phrases/*.tsv ships; a user adds theirs with `pipeline run --phrases`):
UTF-8; `#` lines are comments; each source is declared at the top as
`# source KEY: publication, date, URL`; the first other line is the header
`zh<TAB>en<TAB>source<TAB>note`; then one entry a line, zh a phrase of at least two words as
jieba cuts it, no punctuation at either end, en as published, source a declared KEY, note
optional. One zh appears once in a file; in two files only with the same English.

Every problem is reported as `file:line: message` (`check`); loading refuses a file with any.
The shipped table is parsed once per process (3,000 lines take a few milliseconds: no disk
cache is needed, unlike CC-CEDICT).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

from pipeline.errors import PhraseError

HEADER = ("zh", "en", "source", "note")
#: The shipped files' folder inside the package data.
DATA_DIR = "phrases"
# `# source KEY: publication, date, URL` at the top of a phrase file (README, "Translation engines").
_SOURCE = re.compile(r"^#\s*source\s+([a-z0-9][a-z0-9-]*)\s*:\s*(\S.*)$")
_SOURCE_LIKE = re.compile(r"^#\s*source\b")


@dataclass(frozen=True, slots=True)
class Phrase:
    zh: str
    en: str
    source: str
    note: str = ""
    file: str = ""
    line: int = 0

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}"


@dataclass(frozen=True, slots=True)
class PhraseTable:
    """zh → phrase, with every proper prefix of a zh, so that a match can stop early."""

    index: dict[str, Phrase] = field(default_factory=dict)
    prefixes: frozenset[str] = frozenset()
    sources: dict[str, str] = field(default_factory=dict)  # KEY → "publication, date, URL"

    @classmethod
    def from_phrases(cls, phrases: Iterable[Phrase], sources: dict[str, str] | None = None) -> PhraseTable:
        index = {p.zh: p for p in phrases}
        prefixes = frozenset(zh[:n] for zh in index for n in range(1, len(zh)))
        return cls(index, prefixes, dict(sources or {}))

    def __len__(self) -> int:
        return len(self.index)

    def __contains__(self, zh: object) -> bool:
        return zh in self.index

    def get(self, zh: str) -> Phrase | None:
        return self.index.get(zh)

    def starts(self, zh: str) -> bool:
        """Whether `zh` is a phrase or the beginning of one."""
        return zh in self.prefixes or zh in self.index

    def digest(self) -> str:
        h = hashlib.sha256()
        for p in self.index.values():
            h.update(f"{p.zh}\t{p.en}\n".encode())
        return h.hexdigest()[:12]

    def layered(self, other: PhraseTable) -> PhraseTable:
        """This table with `other`'s entries added (a user's file over the shipped ones)."""
        if not other:
            return self
        return PhraseTable.from_phrases([*self.index.values(), *other.index.values()],
                                        {**self.sources, **other.sources})


@dataclass(frozen=True, slots=True)
class Parsed:
    """One file as read: its declared sources, its entries and every problem found."""

    sources: dict[str, str]
    phrases: tuple[Phrase, ...]
    problems: tuple[str, ...]


def _is_punct(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "PSZ" or ch.isspace()


def parse(text: str, name: str, cut: Callable[[str], list[str]] | None = None) -> Parsed:
    """The sources, entries and problems (`name:line: message`) of one file's text; `cut`
    (jieba's words) checks that each zh is more than one word."""
    sources: dict[str, str] = {}
    phrases: list[Phrase] = []
    problems: list[str] = []
    seen: dict[str, int] = {}
    header = False
    for n, line in enumerate(text.splitlines(), start=1):
        if line.startswith("#"):
            m = _SOURCE.match(line)
            if m:
                sources[m.group(1)] = m.group(2).strip()
            elif _SOURCE_LIKE.match(line):
                problems.append(f"{name}:{n}: a source is declared as "
                                "'# source KEY: publication, date, URL' (KEY: a-z, 0-9, -)")
            continue
        if not line.strip():
            continue
        if not header:
            header = True
            if tuple(c.strip().lower() for c in line.split("\t")) != HEADER:
                problems.append(f"{name}:{n}: the header must be zh<TAB>en<TAB>source<TAB>note, got {line!r}")
                break
            continue
        found = _entry(line.split("\t"), sources, name, n, cut)
        if isinstance(found, str):
            problems.append(found)
        elif found.zh in seen:
            problems.append(f"{name}:{n}: {found.zh!r} appears twice in the file (first at line {seen[found.zh]})")
        else:
            seen[found.zh] = n
            phrases.append(found)
    return Parsed(sources, tuple(phrases), tuple(problems))


def _entry(cells: list[str], sources: dict[str, str], name: str, n: int,
           cut: Callable[[str], list[str]] | None) -> Phrase | str:
    """The phrase a row stands for, or why it cannot stand for one."""
    where = f"{name}:{n}:"
    if not 3 <= len(cells) <= 4:
        return f"{where} {len(cells)} columns; an entry is zh<TAB>en<TAB>source[<TAB>note]"
    zh, en, key = (c.strip() for c in cells[:3])
    note = cells[3].strip() if len(cells) == 4 else ""
    if not zh:
        return f"{where} empty phrase in column zh"
    if not en:
        return f"{where} empty English for {zh!r} in column en"
    if _is_punct(zh[0]) or _is_punct(zh[-1]):
        return f"{where} {zh!r} begins or ends with punctuation; the phrase is what lies between"
    if en.endswith(".") and not en.endswith(".."):
        return f"{where} the English of {zh!r} ends with a period; phrases are not sentences"
    if key not in sources:
        declared = ", ".join(sorted(sources)) or "none"
        return f"{where} source {key!r} of {zh!r} is not declared at the top of the file " \
               f"('# source {key or 'KEY'}: publication, date, URL'; declared: {declared})"
    if cut is not None and len(cut(zh)) < 2:
        return f"{where} {zh!r} is one word as jieba cuts it; the phrase table holds phrases of two or more"
    return Phrase(zh, en, key, note, name, n)


def check(files: Sequence[tuple[str, str]], cut: Callable[[str], list[str]] | None = None
          ) -> tuple[PhraseTable, list[str]]:
    """(name, text) of each file in order → the table and every problem, a file's own first,
    then a zh given different English in two files (at the later one)."""
    phrases: dict[str, Phrase] = {}
    sources: dict[str, str] = {}
    problems: list[str] = []
    for name, text in files:
        parsed = parse(text, name, cut)
        problems += parsed.problems
        sources.update(parsed.sources)
        for p in parsed.phrases:
            old = phrases.get(p.zh)
            if old is not None and old.en != p.en:
                problems.append(f"{p.where}: {p.zh!r} is {p.en!r} here but {old.en!r} at {old.where}")
            elif old is None:
                phrases[p.zh] = p
    return PhraseTable.from_phrases(phrases.values(), sources), problems


def shipped_files() -> list[Traversable]:
    folder = files("pipeline.data").joinpath(DATA_DIR)
    return sorted((f for f in folder.iterdir() if f.name.endswith(".tsv")), key=lambda f: f.name)


def shipped_texts() -> list[tuple[str, str]]:
    return [(f"pipeline/data/{DATA_DIR}/{f.name}", f.read_text(encoding="utf-8")) for f in shipped_files()]


@lru_cache(maxsize=1)
def shipped() -> PhraseTable:
    """The phrase table shipped with the package (checked by the tests, so not cut here)."""
    table, problems = check(shipped_texts())
    if problems:
        raise PhraseError(problems[0])
    return table


def user_files(paths: Sequence[Path]) -> list[Path]:
    """Folders expanded to their *.tsv files (sorted), in the given order."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out.extend(sorted(p.glob("*.tsv")))
        elif p.is_file():
            out.append(p)
        else:
            raise PhraseError(f"{p}: no such phrase file or folder")
    return out


def read_texts(paths: Sequence[Path]) -> list[tuple[str, str]]:
    out = []
    for f in user_files(paths):
        try:
            out.append((str(f), f.read_text(encoding="utf-8-sig")))
        except OSError as e:
            raise PhraseError(f"{f}: cannot read ({e.strerror})") from None
        except UnicodeDecodeError:
            raise PhraseError(f"{f}: not UTF-8; save the phrase file as UTF-8 TSV") from None
    return out


def load_user(paths: Sequence[Path], cut: Callable[[str], list[str]] | None = None) -> PhraseTable:
    """The user's phrase files over the shipped table (a user's entry wins over a shipped one
    for the same zh); PhraseError (`file:line: …`) at the first problem in the user's files."""
    if not paths:
        return shipped()
    user, problems = check(read_texts(paths), cut)
    if problems:
        raise PhraseError(problems[0])
    return shipped().layered(user)
