"""TMX 1.4b: one <tu> per translated segment, zh-CN source and en target.

Valid against the TMX 1.4b DTD (tests/data/tmx14.dtd, checked in tests/test_formats.py);
kind, paragraph and speaker travel as <prop type="x-…"> as the spec allows for tool data.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape, quoteattr

from pipeline import __version__
from pipeline.formats import Settings
from pipeline.formats.common import RenderData
from pipeline.model import Document

#: Characters XML 1.0 cannot carry (its Char production): C0 controls other than tab, line
#: feed and carriage return, and U+FFFE/U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
#: What _text changes: the characters above and the three that escape() replaces (&, <, >).
_CHANGED = re.compile("[&<>\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
#: What quoteattr() changes or quotes differently.
_ATTR_SPECIAL = re.compile("[&<>\"\n\r\t]")


def render(doc: Document, data: RenderData, ctx: Settings) -> str:
    header = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n'
        '<tmx version="1.4">\n'
        f'  <header creationtool="pipeline" creationtoolversion="{__version__}" '
        'segtype="sentence" o-tmf="pipeline-jsonl" adminlang="en" srclang="zh-CN" '
        'datatype="plaintext">\n'
        f'    <prop type="x-signature">{escape(data.signature)}</prop>\n'
        f'    <prop type="x-source">{escape(doc.source)}</prop>\n'
        "  </header>\n"
        "  <body>\n"
    )
    out = [header]
    for s in data.segments:
        if s.en is None:
            continue
        speaker = f'      <prop type="x-speaker">{_text(s.speaker)}</prop>\n' if s.speaker else ""
        out.append(
            f"    <tu tuid={_attr(s.id)}>\n"
            f'      <prop type="x-kind">{_text(s.kind)}</prop>\n'
            f'      <prop type="x-paragraph">{_text(s.id.partition(".")[0])}</prop>\n'
            f"{speaker}"
            f'      <tuv xml:lang="zh-CN"><seg>{_text(s.zh)}</seg></tuv>\n'
            f'      <tuv xml:lang="en"><seg>{_text(s.en)}</seg></tuv>\n'
            "    </tu>\n"
        )
    out.append("  </body>\n</tmx>\n")
    return "".join(out)


def _text(text: str) -> str:
    """Text as XML character data: characters XML 1.0 cannot carry dropped, & < > escaped
    (most text has none of them: one scan, and it is returned as it is)."""
    return escape(_NOT_XML.sub("", text)) if _CHANGED.search(text) else text


def _attr(value: str) -> str:
    """quoteattr(value), with the usual plain value simply put in double quotes."""
    return quoteattr(value) if _ATTR_SPECIAL.search(value) else f'"{value}"'
