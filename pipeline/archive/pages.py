"""The pages of an output tree: where they are, what they hold, and when they appeared.

A page is what `pipeline run` wrote for one input: `<path>.jsonl` (the contract in the
README), beside it `<path>.html` and `<path>.tmx`. The reports read only the JSONL; the
HTML is linked to, and the TMX header names the source file.

A page's date comes, in this order, from the caller (`PageEntry.date`), from the page's own
date line (a record near the top that is mostly a date, as a masthead's
"2024年3月4日 星期一"), or from the name of a folder it sits in (2024-03-05, 20240305,
2024-03).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

from pipeline.errors import InputError
from pipeline.zh.numbers import find_quantities

#: Records searched for a date line: a masthead sits among the first few.
DATE_LINE_RECORDS = 10
#: What a date line may hold besides its date, weekday, spaces and punctuation (农历正月廿五,
#: 第3版): more and it is a sentence that mentions a date ("2024年1月10日在县…会议上").
DATE_LINE_REST = 12
_WEEKDAY = re.compile(r"(?:星期|周|礼拜)[一二三四五六日天]")
_NOT_WORD = re.compile(r"[\s\W_]+")
#: Folder names that are dates: 2024-03-05, 2024_03_05, 20240305, 2024-03 (a month).
_FOLDER_DATE = re.compile(r"(?<!\d)(\d{4})([-_.]?)(\d{2})(?:\2(\d{2}))?(?!\d)")
#: The source file named in a page's TMX header (pipeline.formats.tmx writes it).
_TMX_SOURCE = re.compile(r'<prop type="x-source">([^<]*)</prop>')
_TMX_HEAD = 4096


@dataclass(frozen=True, slots=True)
class PageEntry:
    """One page of an output tree.

    path:   its outputs relative to the output folder, without suffix ("2024-03/a/page1"
            for 2024-03/a/page1.jsonl, .html, .tmx), with forward slashes
    source: the input file it was made from, as the caller knows it; pages_in gives the name
            the page's TMX records ("" if unknown)
    date:   "YYYY-MM-DD" or "YYYY-MM" when the caller knows it; else found in the page
    """

    path: str
    source: str = ""
    date: str | None = None


class Dated:
    """The path and month of what holds a page's `entry` and `date` (a page read back, and
    the facts a worker sends back of one)."""

    __slots__ = ()
    entry: PageEntry
    date: str | None  # "YYYY-MM-DD" or "YYYY-MM"

    @property
    def path(self) -> str:
        return self.entry.path

    @property
    def month(self) -> str | None:
        return self.date[:7] if self.date else None


@dataclass(frozen=True, slots=True)
class Page(Dated):
    """A page read back: its entry, its JSONL records, and what the reports show of it."""

    entry: PageEntry
    records: tuple[dict[str, Any], ...]
    date: str | None  # "YYYY-MM-DD" or "YYYY-MM"
    title: str     # the first heading's Chinese (pipeline.archive.pages.title_of)
    title_en: str  # its English, "" when it has none

    @property
    def translated(self) -> list[dict[str, Any]]:
        """The records with English: one translation unit each."""
        return [r for r in self.records if r.get("en") is not None]


def pages_in(outdir: Path) -> list[PageEntry]:
    """Every page under `outdir` (any depth): each *.jsonl whose first line is a page record,
    in path order; hidden files and folders are passed over."""
    if not outdir.is_dir():
        raise InputError(f"{outdir}: no such folder; give the output folder of `pipeline run`")
    entries = []
    for jsonl in sorted(outdir.rglob("*.jsonl")):
        rel = jsonl.relative_to(outdir)
        head = None if any(part.startswith(".") for part in rel.parts) else _head(jsonl)
        if head is None:
            continue
        path = rel.with_suffix("").as_posix()
        entries.append(PageEntry(path, _tmx_source(outdir / path), date_line(head) or date_of(path)))
    return entries


def read_page(outdir: Path, entry: PageEntry) -> Page:
    """The page's records; its date (entry, date line, folder) and title."""
    jsonl = outdir / f"{entry.path}.jsonl"
    try:
        text = jsonl.read_text(encoding="utf-8")
    except OSError as e:
        raise InputError(f"{jsonl}: cannot read ({e.strerror})") from None
    return page_of(entry, parse_records(text, str(jsonl)))


def page_of(entry: PageEntry, records: Sequence[dict[str, Any]]) -> Page:
    """A page from its JSONL records: its date (entry, date line, folder) and title."""
    date = entry.date or date_line(records) or date_of(entry.path)
    return Page(entry, tuple(records), date, *title_of(records, entry))


def parse_records(text: str, name: str) -> list[dict[str, Any]]:
    """The records of a page's JSONL text (`name`: the file, for the message when it is not one)."""
    records = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            raise InputError(f"{name}:{n}: not JSON ({e.msg}); re-run `pipeline run` for this page") from None
        if not isinstance(record, dict) or "zh" not in record:
            raise InputError(f"{name}:{n}: not a page record (no 'zh'); is this a page's JSONL?")
        records.append(record)
    return records


def date_line(records: Sequence[dict[str, Any]]) -> str | None:
    """The date of the first record near the top that is mostly a date ("2024年3月4日 星期一")."""
    for r in records[:DATE_LINE_RECORDS]:
        zh = str(r.get("zh") or "")
        for q in find_quantities(zh):
            if q.kind != "date" or q.date is None:
                continue
            year, month, day = q.date
            rest = _NOT_WORD.sub("", _WEEKDAY.sub("", zh[:q.start] + zh[q.end:]))
            if year and month and len(rest) <= DATE_LINE_REST:
                return f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")
    return None


def date_of(path: str) -> str | None:
    """The date in the name of the deepest dated folder of `path` (the file's own name aside)."""
    for part in reversed(path.split("/")[:-1]):
        for m in _FOLDER_DATE.finditer(part):
            year, month, day = int(m[1]), int(m[3]), int(m[4]) if m[4] else None
            if not m[2] and day is None:
                continue  # 202403: six digits are not read as a month
            if 1900 <= year <= 2100 and 1 <= month <= 12 and (day is None or 1 <= day <= 31):
                return f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")
    return None


def title_of(records: Sequence[dict[str, Any]], entry: PageEntry) -> tuple[str, str]:
    """The first heading, else the first body sentence, in Chinese and English; else the
    page's path."""
    for kinds in (("heading",), ("body",)):
        for r in records:
            if r.get("kind") in kinds and str(r.get("zh") or "").strip():
                return str(r["zh"]).strip(), str(r.get("en") or "").strip()
    return entry.path, ""


def _head(jsonl: Path) -> list[dict[str, Any]] | None:
    """The page's first records, where the date line would be; None when the file is not a
    page's JSONL (its first line no page record: a run's manifest, say)."""
    head: list[dict[str, Any]] = []
    try:
        with jsonl.open(encoding="utf-8") as f:
            for line in islice(f, DATE_LINE_RECORDS):
                if not line.strip():
                    continue
                record = json.loads(line)
                if not isinstance(record, dict) or not {"id", "zh", "terms"} <= record.keys():
                    return None
                head.append(record)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return None
    return head or None


def _tmx_source(stem: Path) -> str:
    """The name of the source file the page's TMX header gives; "" without a TMX."""
    try:
        with stem.with_name(stem.name + ".tmx").open(encoding="utf-8") as f:
            m = _TMX_SOURCE.search(f.read(_TMX_HEAD))
    except (OSError, UnicodeDecodeError):
        return ""
    if not m:
        return ""
    return m[1].replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
