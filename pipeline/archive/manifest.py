"""OUT/manifest.jsonl: what each page was made from and what came out of it.

One JSON object a line, of two kinds:

    {"glossary": "<digest>", "entries": {"<zh>": ["<entry digest>", ["<form>", …]], …}}
    {"page": "2024-03/a/page1.txt", "sha256": "…", "bytes": 11412, "settings": "engine:gloss|…",
     "glossary": "<digest>", "status": "done", "error": "", "seconds": 0.41,
     "outputs": ["2024-03/a/page1.jsonl", …],
     "stats": {"chars": …, "segments": …, "translated": …, "terms": {"<entry zh>": hits, …},
               "qa": {"term-missing": n, …}, "forms": ["<glossary form on the page>", …]}}

A page's line is appended only after all its outputs are in place (each written to a temporary
file and renamed), so a crash or Ctrl-C leaves outputs the manifest either vouches for or does
not know about; a torn last line is ignored on reading. At the end of a run the file is
rewritten (temporary file, then rename) with one line per page, in path order, and the
glossaries those pages were made with. Later lines win over earlier ones for the same page.

A page is skipped when its bytes, the settings and the glossary are the ones recorded and its
outputs exist. After a glossary edit, the entries are compared by their digests (everything of
an entry that reaches the outputs: zh, en, note, kind, source, variants, file and line), and a
page is redone only when it holds a form of a changed entry: one recorded in `forms` (found in
the cleaned text), or one found in the page's decoded text with its white space removed.

The report builder (`pipeline.archive.report`) reads this file (`read_manifest`), not the run.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.fileio import atomic_write

if TYPE_CHECKING:
    from pipeline.glossary import Entry, Glossary

NAME = "manifest.jsonl"
_SPACE = re.compile(r"\s+")

#: zh → (entry digest, forms): what a manifest keeps of one glossary.
EntryDigests = dict[str, tuple[str, tuple[str, ...]]]


@dataclass(frozen=True)
class PageRecord:
    """One page's line of the manifest."""

    page: str  # the input's path in the mirrored tree, "/"-separated
    sha256: str
    bytes: int
    settings: str
    glossary: str
    status: str  # "done"; "bad" (the bytes cannot be a page: redone only when they change); "failed"
    error: str = ""
    seconds: float = 0.0
    outputs: tuple[str, ...] = ()  # relative to the output folder
    stats: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, object]:
        return {"page": self.page, "sha256": self.sha256, "bytes": self.bytes, "settings": self.settings,
                "glossary": self.glossary, "status": self.status, "error": self.error,
                "seconds": round(self.seconds, 3), "outputs": list(self.outputs), "stats": self.stats}

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> PageRecord:
        return cls(str(obj["page"]), str(obj["sha256"]), int(obj["bytes"]), str(obj["settings"]),
                   str(obj["glossary"]), str(obj["status"]), str(obj.get("error", "")),
                   float(obj.get("seconds", 0.0)), tuple(obj.get("outputs", ())), dict(obj.get("stats", {})))


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def entry_digest(e: Entry) -> str:
    fields = (e.zh, e.en, e.note, e.kind, e.source, "|".join(e.variants), e.file, str(e.line))
    return hashlib.sha256("\t".join(fields).encode()).hexdigest()[:12]


def entry_digests(glossary: Glossary) -> EntryDigests:
    return {e.zh: (entry_digest(e), e.forms) for e in glossary.entries}


def changed_forms(old: EntryDigests, new: EntryDigests) -> frozenset[str]:
    """Every form of an entry added, removed or changed between two glossaries (old and new forms)."""
    forms: set[str] = set()
    for zh in old.keys() | new.keys():
        a, b = old.get(zh), new.get(zh)
        if a is None or b is None or a[0] != b[0]:
            forms.update(a[1] if a else ())
            forms.update(b[1] if b else ())
    return frozenset(forms)


def holds_any(record: PageRecord, data: bytes, forms: frozenset[str]) -> bool:
    """Whether the page holds one of `forms`: in its recorded forms, or in its decoded text
    with white space removed (a form new to the glossary was never recorded)."""
    if not forms:
        return False
    if not forms.isdisjoint(record.stats.get("forms", ())):
        return True
    from pipeline.errors import InputError
    from pipeline.stages.ingest import decode, to_simplified

    try:
        text = _SPACE.sub("", to_simplified(decode(data, record.page)[0]))
    except InputError:
        return True
    return any(f in text for f in forms)


class Manifest:
    """The manifest of one output folder: read at the start, appended page by page, rewritten at the end."""

    def __init__(self, outdir: Path) -> None:
        self.path = outdir / NAME
        self.pages: dict[str, PageRecord] = {}
        self.glossaries: dict[str, EntryDigests] = {}
        self._journal: Any = None
        self._lines: dict[str, str] = {}  # the line appended for a page, written again by close()

    @classmethod
    def read(cls, outdir: Path) -> Manifest:
        m = cls(outdir)
        try:
            lines = m.path.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            return m
        for line in lines:
            try:
                obj = json.loads(line)
                if "page" in obj:
                    m.pages[obj["page"]] = PageRecord.from_json(obj)
                elif "glossary" in obj:
                    m.glossaries[obj["glossary"]] = {k: (v[0], tuple(v[1])) for k, v in obj["entries"].items()}
            except (ValueError, KeyError, TypeError, IndexError):
                continue  # a line torn by a crash, or not ours
        return m

    def add_glossary(self, digest: str, entries: EntryDigests) -> None:
        if digest not in self.glossaries:
            self.glossaries[digest] = entries
            self._append({"glossary": digest, "entries": _entries_json(entries)})

    def add(self, record: PageRecord) -> None:
        """Record a page whose outputs are all in place."""
        self.pages[record.page] = record
        self._lines[record.page] = line = _line(record.to_json())
        self._write(line)

    def restamp(self, record: PageRecord, glossary: str) -> None:
        """A page the glossary edit did not touch: the same outputs, now vouched for by `glossary`."""
        self.add(replace(record, glossary=glossary))

    def _append(self, obj: dict[str, object]) -> None:
        self._write(_line(obj))

    def _write(self, line: str) -> None:
        if self._journal is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._journal = self.path.open("a", encoding="utf-8", newline="\n")
        self._journal.write(line)
        self._journal.flush()

    def close(self) -> None:
        """Rewrite the file compactly: one line per page, and the glossaries they were made with."""
        if self._journal is not None:
            self._journal.close()
            self._journal = None
        if not self.pages:
            return
        used = sorted({r.glossary for r in self.pages.values()} & self.glossaries.keys())
        lines = [_line({"glossary": g, "entries": _entries_json(self.glossaries[g])}) for g in used]
        lines += [self._lines.get(k) or _line(self.pages[k].to_json()) for k in sorted(self.pages)]
        atomic_write(self.path, "".join(lines))

    def records(self) -> list[PageRecord]:
        return [self.pages[k] for k in sorted(self.pages)]


def read_manifest(outdir: Path) -> list[PageRecord]:
    """Every page recorded in OUT/manifest.jsonl, in path order (for the report builder)."""
    return Manifest.read(outdir).records()


def _entries_json(entries: EntryDigests) -> dict[str, object]:
    return {k: [d, list(forms)] for k, (d, forms) in sorted(entries.items())}


def _line(obj: dict[str, object]) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")) + "\n"


def unchanged_outputs(outdir: Path, record: PageRecord) -> bool:
    return all((outdir / p).is_file() for p in record.outputs)
