"""Glossaries in and out: our TSV, DeepL-style CSV, and TBX (TBX-Basic, the TBX v2 `martif` form).

DeepL's glossary CSV is `source,target` per line, optionally followed by
`source_lang,target_lang`, with no header (we also accept a header row). It has no
notes or variants, so export writes each variant as a row of its own.
TBX keeps everything: one termEntry per entry, the headword first in the zh langSet
(preferredTerm) and the variants after it (admittedTerm), the note as the entry's
<note>, the kind as <descrip type="subjectField">, the source as <admin type="source">.
Import also reads TBX v3 (conceptEntry/langSec/termSec), matching on local names.
"""

from __future__ import annotations

import csv
import io
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from pathlib import Path

from pipeline.errors import GlossaryError
from pipeline.glossary.load import COLUMNS, ENTRY_KINDS, Entry, display_path

# First cells that mark a header row in a two-column CSV (DeepL's own files have none;
# spreadsheets and other tools write one of these).
CSV_HEADERS = frozenset({"source", "zh", "zh-cn", "chinese", "term", "source term", "source_term",
                         "src", "中文", "原文"})
# TBX-Basic data categories used for our columns (TBX-Basic v2 specification, LISA/TerminOrgs).
TBX_PREFERRED = "preferredTerm-admn-sts"
TBX_ADMITTED = "admittedTerm-admn-sts"
_TBX_REJECTED = ("deprecated", "superseded", "forbidden", "obsolete")
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def format_of(path: Path, given: str | None = None) -> str:
    if given:
        return given
    ext = path.suffix.lower()
    if ext in (".csv", ".tsv", ".txt"):
        return "csv"
    if ext in (".tbx", ".xml"):
        return "tbx"
    raise GlossaryError(f"{path}: cannot tell the format from {ext or 'no extension'!r}; "
                        "give --format csv or --format tbx")


def read_import(path: Path, fmt: str | None = None) -> list[Entry]:
    if not path.is_file():
        raise GlossaryError(f"{path}: no such file")
    kind = format_of(path, fmt)
    return read_tbx(path) if kind == "tbx" else read_csv(path)


# ---- TSV (our own format) ----

def _cell(text: str) -> str:
    """A value as one TSV cell: no tabs or line breaks, single spaces, trimmed."""
    return re.sub(r"\s+", " ", text).strip()


def to_tsv(entries: Iterable[Entry]) -> str:
    lines = ["\t".join(COLUMNS)]
    for e in entries:
        cells = (e.zh, e.en, e.note, e.kind, e.source, "|".join(e.variants))
        lines.append("\t".join(_cell(c) for c in cells))
    return "\n".join(lines) + "\n"


# ---- DeepL-style CSV ----

def read_csv(path: Path) -> list[Entry]:
    name = display_path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise GlossaryError(f"{name}:1: not UTF-8; save the CSV as UTF-8") from None
    delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
    entries = []
    for n, row in enumerate(csv.reader(io.StringIO(text), delimiter=delimiter), start=1):
        if not any(c.strip() for c in row):
            continue
        if n == 1 and row[0].strip().lower() in CSV_HEADERS:
            continue
        entries.append(_csv_entry(row, name, n))
    return entries


def _csv_entry(row: list[str], name: str, n: int) -> Entry:
    if len(row) < 2:
        raise GlossaryError(f"{name}:{n}: {len(row)} column; a row needs source,target")
    zh, en = _cell(row[0]), _cell(row[1])
    if len(row) >= 4:
        langs = (row[2].strip().lower()[:2], row[3].strip().lower()[:2])
        if langs == ("en", "zh"):
            zh, en = en, zh
        elif langs != ("zh", "en"):
            raise GlossaryError(f"{name}:{n}: languages {row[2]}→{row[3]}; glossaries here are zh→en")
    if not zh or not en:
        raise GlossaryError(f"{name}:{n}: empty {'source' if not zh else 'target'}")
    return Entry(zh, en, file=name, line=n)


def to_csv(entries: Iterable[Entry]) -> str:
    """DeepL's glossary CSV: `source,target` rows, no header, one row per form."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    for e in entries:
        for form in e.forms:
            writer.writerow((form, _cell(e.en)))
    return out.getvalue()


# ---- TBX ----

def to_tbx(entries: Iterable[Entry]) -> str:
    root = ET.Element("martif", {"type": "TBX-Basic", _XML_LANG: "en"})
    header = ET.SubElement(root, "martifHeader")
    desc = ET.SubElement(ET.SubElement(header, "fileDesc"), "sourceDesc")
    ET.SubElement(desc, "p").text = "Exported by pipeline glossary export"
    ET.SubElement(ET.SubElement(header, "encodingDesc"), "p", {"type": "XCSURI"}).text = (
        "TBXBasicXCSV02.xcs")
    body = ET.SubElement(ET.SubElement(root, "text"), "body")
    for i, e in enumerate(entries, start=1):
        body.append(_tbx_entry(e, i))
    ET.indent(root)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">\n'
            + ET.tostring(root, encoding="unicode") + "\n")


def _tbx_entry(e: Entry, i: int) -> ET.Element:
    entry = ET.Element("termEntry", {"id": f"e{i}"})
    ET.SubElement(entry, "descrip", {"type": "subjectField"}).text = e.kind
    if e.note:
        ET.SubElement(entry, "note").text = e.note
    zh = ET.SubElement(entry, "langSet", {_XML_LANG: "zh"})
    for j, form in enumerate(e.forms):
        tig = ET.SubElement(zh, "tig")
        ET.SubElement(tig, "term").text = form
        status = TBX_PREFERRED if j == 0 else TBX_ADMITTED
        ET.SubElement(tig, "termNote", {"type": "administrativeStatus"}).text = status
    tig = ET.SubElement(ET.SubElement(entry, "langSet", {_XML_LANG: "en"}), "tig")
    ET.SubElement(tig, "term").text = e.en
    if e.source:
        ET.SubElement(tig, "admin", {"type": "source"}).text = e.source
    return entry


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _find_all(el: ET.Element, name: str) -> list[ET.Element]:
    return [x for x in el.iter() if _local(x.tag) == name]


def read_tbx(path: Path) -> list[Entry]:
    name = display_path(path)
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as e:
        line = e.position[0]
        raise GlossaryError(f"{name}:{line}: not well-formed TBX ({e.msg})") from None
    except UnicodeDecodeError:
        raise GlossaryError(f"{name}:1: not UTF-8") from None
    entries = [x for x in root.iter() if _local(x.tag) in ("termEntry", "conceptEntry")]
    if not entries:
        raise GlossaryError(f"{name}: no termEntry (TBX v2) or conceptEntry (TBX v3) elements")
    return [_tbx_read_entry(x, i, name) for i, x in enumerate(entries, start=1)]


def _tbx_terms(entry: ET.Element, lang: str) -> list[str]:
    terms = []
    for lang_set in entry:
        code = lang_set.get(_XML_LANG, "").lower()
        if _local(lang_set.tag) not in ("langSet", "langSec") or not code.startswith(lang):
            continue
        for group in lang_set:  # tig / ntig (v2) or termSec (v3)
            term = next((t for t in _find_all(group, "term")), None)
            status = " ".join((n.text or "") for n in _find_all(group, "termNote")
                              if n.get("type") == "administrativeStatus")
            if term is not None and term.text and not any(r in status for r in _TBX_REJECTED):
                terms.append(_cell("".join(term.itertext())))
    return terms


def _tbx_read_entry(entry: ET.Element, i: int, name: str) -> Entry:
    label = f"termEntry {i}" + (f" (id {entry.get('id')})" if entry.get("id") else "")
    zh, en = _tbx_terms(entry, "zh"), _tbx_terms(entry, "en")
    if not zh or not en:
        missing = "zh" if not zh else "en"
        raise GlossaryError(f"{name}: {label} has no term with xml:lang {missing!r}")
    notes = [_cell("".join(n.itertext())) for n in _find_all(entry, "note")]
    notes += [_cell("".join(d.itertext())) for d in _find_all(entry, "descrip")
              if d.get("type") == "definition"]
    kinds = [d.text for d in _find_all(entry, "descrip") if d.get("type") == "subjectField"]
    kind = next((k.strip() for k in kinds if k and k.strip() in ENTRY_KINDS), "term")
    sources = [_cell(a.text or "") for a in _find_all(entry, "admin") if a.get("type") == "source"]
    variants = tuple(dict.fromkeys(v for v in zh[1:] if v != zh[0]))
    return Entry(zh[0], en[0], "; ".join(n for n in notes if n), kind,
                 next((s for s in sources if s), ""), variants, name, i)


def entries_text(entries: Sequence[Entry], fmt: str) -> str:
    """Entries written in `fmt`: tsv, csv or tbx."""
    writers = {"tsv": to_tsv, "csv": to_csv, "tbx": to_tbx}
    return writers[fmt](entries)
