"""TMX 1.4b: one <tu> per translated segment, zh-CN source and en target.

Valid against the TMX 1.4b DTD (tests/data/tmx14.dtd, checked in tests/formats/test_formats.py).
Tool data travels as <prop type="x-…">, as the spec allows, first in the <tu> (the DTD:
`tu ((note|prop)*, tuv+)`): kind, paragraph and speaker, then who translated the unit, so
that a CAT tool importing the file can tell machine translation from dictionary glosses:
`x-engine` (the segment's engine: openai, ctranslate2, gloss, given …), `x-fallback` when the
engine failed and gloss answered (the detail of the `fallback:` qa flag), and one `x-qa` per
qa flag. The header's `x-engines` names the mix ("openai 70, gloss 3"); its `x-signature`
names the engine the run asked for.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline import __version__
from pipeline.formats import Settings
from pipeline.formats.common import RenderData, qa_kind
from pipeline.model import Document, Segment
from pipeline.qa import FALLBACK

#: Characters XML 1.0 cannot carry (its Char production): C0 controls other than tab, line
#: feed and carriage return, and U+FFFE/U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
#: What _text changes: the characters above and the three that escape() replaces (&, <, >).
_CHANGED = re.compile("[&<>\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
#: What quoteattr() changes or quotes differently.
_ATTR_SPECIAL = re.compile("[&<>\"\n\r\t]")


def render(doc: Document, data: RenderData, ctx: Settings) -> str:
    return "".join((opening(doc, data, ctx), body(doc, data, ctx), closing(doc, data, ctx)))  # one copy of the text


def opening(doc: Document, data: RenderData, ctx: Settings) -> str:
    """The prolog and header, naming the engines of the whole document's units."""
    mix = ", ".join(f"{engine} {n}" for engine, n in data.engines)
    props = [("x-signature", data.signature), ("x-source", doc.source)] + ([("x-engines", mix)] if mix else [])
    return head(props)


def body(doc: Document, data: RenderData, ctx: Settings) -> str:
    """One <tu> per translated segment."""
    out = []
    for s in data.segments:
        if s.en is None:
            continue
        out.append(
            f"    <tu tuid={_attr(s.id)}>\n"
            f'      <prop type="x-kind">{_text(s.kind)}</prop>\n'
            f'      <prop type="x-paragraph">{_text(s.id.partition(".")[0])}</prop>\n'
            f"{_unit_props(s)}"
            f'      <tuv xml:lang="zh-CN"><seg>{_text(s.zh)}</seg></tuv>\n'
            f'      <tuv xml:lang="en"><seg>{_text(s.en or "")}</seg></tuv>\n'
            "    </tu>\n"
        )
    return "".join(out)


def closing(doc: Document, data: RenderData, ctx: Settings) -> str:
    return "  </body>\n</tmx>\n"


def _unit_props(s: Segment) -> str:
    """A unit's speaker, engine, fallback and qa props (after kind and paragraph)."""
    props = []
    if s.speaker:
        props.append(f'      <prop type="x-speaker">{_text(s.speaker)}</prop>\n')
    if s.engine:
        props.append(f'      <prop type="x-engine">{_text(s.engine)}</prop>\n')
    for flag in s.qa:
        if qa_kind(flag) == FALLBACK:  # "fallback: gloss (HTTP 503 …)" → "gloss (HTTP 503 …)"
            detail = flag.partition(":")[2].strip()
            props.append(f'      <prop type="x-fallback">{_text(detail)}</prop>\n')
    props += [f'      <prop type="x-qa">{_text(flag)}</prop>\n' for flag in s.qa]
    return "".join(props)


def head(props: Iterable[tuple[str, str]]) -> str:
    """A TMX 1.4b file's start, up to its open <body>: the prolog, and the header with `props`
    (type, text) of what made it."""
    lines = "".join(f'    <prop type="{kind}">{_text(text)}</prop>\n' for kind, text in props)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n'
            '<tmx version="1.4">\n'
            f'  <header creationtool="pipeline" creationtoolversion="{__version__}" '
            'segtype="sentence" o-tmf="pipeline-jsonl" adminlang="en" srclang="zh-CN" '
            f'datatype="plaintext">\n{lines}  </header>\n  <body>\n')


def escape(data: str) -> str:
    """xml.sax.saxutils.escape (&, <, > as entities), without importing xml.sax: it imports
    urllib.request, http.client, ssl and email (~15 ms of every run's start-up)."""
    return data.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")


def quoteattr(data: str) -> str:
    """xml.sax.saxutils.quoteattr: escaped, tab and line breaks as character references, in
    double quotes unless the value holds a double quote and no single one."""
    data = escape(data).replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;")
    if '"' in data:
        return f"'{data}'" if "'" not in data else '"' + data.replace('"', "&quot;") + '"'
    return f'"{data}"'


def _text(text: str) -> str:
    """Text as XML character data: characters XML 1.0 cannot carry dropped, & < > escaped
    (most text has none of them: one scan, and it is returned as it is)."""
    return escape(_NOT_XML.sub("", text)) if _CHANGED.search(text) else text


def _attr(value: str) -> str:
    """quoteattr(value), with the usual plain value simply put in double quotes."""
    return quoteattr(value) if _ATTR_SPECIAL.search(value) else f'"{value}"'


def xml_text(text: str) -> str:
    """Text as XML character data, as the units of this writer carry it (for other TMX writers:
    `pipeline tm build`)."""
    return _text(text)


def xml_attr(value: str) -> str:
    """A quoted XML attribute value, as this writer writes them."""
    return _attr(value)
