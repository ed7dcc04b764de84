"""Reading translation-memory files: TMX 1.4 and TSV, into `Unit`s with their file:line.

TMX: every <tu> with a Chinese <tuv> (xml:lang, or TMX 1.1's lang, starting "zh") and an
English one (starting "en"); the text of its <seg>, less the native codes inside <bpt>, <ept>,
<it>, <ph> and <ut> (TMX 1.4b §3.7: they hold the original format's markup, not text). The
pipeline's own .tmx output is such a file. Read with expat (the standard library's parser,
which fetches no external entity), so each unit knows the line its <tu> starts on.

TSV: `zh<TAB>en` a line, UTF-8; an optional header line `zh<TAB>en`; blank lines and lines
starting with # are skipped; further columns are ignored.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from xml.parsers import expat

from pipeline.errors import TMError

#: TMX 1.4b inline elements whose content is native code, not text (§3.7).
CODE_ELEMENTS = frozenset({"bpt", "ept", "it", "ph", "ut"})


@dataclass(frozen=True, slots=True)
class Unit:
    zh: str
    en: str
    file: str  # the path as given
    line: int

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}"


def read_units(path: Path) -> list[Unit]:
    """The units of one TMX or TSV file (TMX by its .tmx name or its first bytes)."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise TMError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise TMError(f"{path}: a folder; give a .tmx or .tsv file") from None
    except OSError as e:
        raise TMError(f"{path}: cannot read ({e.strerror})") from None
    head = data[:200].lstrip(b"\xef\xbb\xbf \t\r\n")
    if path.suffix.lower() == ".tmx" or head.startswith((b"<?xml", b"<tmx", b"<!DOCTYPE")):
        units = _tmx(data, str(path))
    else:
        units = _tsv(data, str(path))
    if not units:
        raise TMError(f"{path}: no translation units (zh and en pairs) found")
    return units


def _tsv(data: bytes, name: str) -> list[Unit]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data[:e.start].count(b"\n") + 1
        raise TMError(f"{name}:{line}: not UTF-8; save the file as UTF-8") from None
    units = []
    first = True
    for n, row in enumerate(text.splitlines(), 1):
        if not row.strip() or row.startswith("#"):
            continue
        cells = row.split("\t")
        if first and [c.strip().lower() for c in cells[:2]] == ["zh", "en"]:
            first = False
            continue
        first = False
        if len(cells) < 2:
            raise TMError(f"{name}:{n}: expected zh<TAB>en, found no tab")
        zh, en = cells[0].strip(), cells[1].strip()
        if not zh or not en:
            raise TMError(f"{name}:{n}: empty {'zh' if not zh else 'en'} cell")
        units.append(Unit(zh, en, name, n))
    return units


class _TMXReader:
    """expat callbacks collecting each <tu>'s zh and en segment text."""

    def __init__(self, name: str, parser: expat.XMLParserType) -> None:
        self.name, self.parser = name, parser
        self.units: list[Unit] = []
        self.root = ""
        self.tu_line = 0
        self.lang = ""
        self.texts: dict[str, str] = {}
        self.seg: list[str] | None = None
        self.code_depth = 0

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        if not self.root:
            self.root = tag
            if tag != "tmx":
                raise TMError(f"{self.name}:{self.parser.CurrentLineNumber}: not TMX "
                              f"(the root element is <{tag}>, not <tmx>)")
        if tag == "tu":
            self.tu_line, self.texts = self.parser.CurrentLineNumber, {}
        elif tag == "tuv":
            self.lang = (attrs.get("xml:lang") or attrs.get("lang") or "").lower()
        elif tag == "seg":
            self.seg = []
        elif tag in CODE_ELEMENTS and self.seg is not None:
            self.code_depth += 1

    def end(self, tag: str) -> None:
        if tag in CODE_ELEMENTS and self.seg is not None:
            self.code_depth -= 1
        elif tag == "seg" and self.seg is not None:
            key = "zh" if self.lang.startswith("zh") else "en" if self.lang.startswith("en") else ""
            if key and key not in self.texts:
                self.texts[key] = " ".join("".join(self.seg).split())
            self.seg = None
        elif tag == "tu":
            self._unit()

    def text(self, data: str) -> None:
        if self.seg is not None and not self.code_depth:
            self.seg.append(data)

    def _unit(self) -> None:
        zh, en = self.texts.get("zh", ""), self.texts.get("en", "")
        if not zh or not en:
            lacking = "zh" if not zh else "en"
            raise TMError(f"{self.name}:{self.tu_line}: <tu> without a {lacking} <tuv> "
                          "(xml:lang zh-… and en-…, each with a non-empty <seg>)")
        self.units.append(Unit(zh, en, self.name, self.tu_line))


def _tmx(data: bytes, name: str) -> list[Unit]:
    parser = expat.ParserCreate()
    reader = _TMXReader(name, parser)
    parser.StartElementHandler = reader.start
    parser.EndElementHandler = reader.end
    parser.CharacterDataHandler = reader.text
    try:
        parser.Parse(data, True)
    except expat.ExpatError as e:
        raise TMError(f"{name}:{e.lineno}: not well-formed XML ({expat.ErrorString(e.code)})") from None
    return reader.units
