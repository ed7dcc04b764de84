"""TMX 1.4b: one <tu> per translated segment, zh-CN source and en target.

Valid against the TMX 1.4b DTD (tests/data/tmx14.dtd, checked in tests/test_formats.py);
kind, paragraph and speaker travel as <prop type="x-…"> as the spec allows for tool data.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape, quoteattr

from pipeline import __version__
from pipeline.context import Context
from pipeline.formats import signature
from pipeline.formats.common import segments_of
from pipeline.model import Document

#: Characters XML 1.0 cannot carry (its Char production): C0 controls other than tab, line
#: feed and carriage return, and U+FFFE/U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def render(doc: Document, ctx: Context) -> str:
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<!DOCTYPE tmx SYSTEM "tmx14.dtd">',
        '<tmx version="1.4">',
        f'  <header creationtool="pipeline" creationtoolversion="{__version__}" '
        'segtype="sentence" o-tmf="pipeline-jsonl" adminlang="en" srclang="zh-CN" '
        'datatype="plaintext">',
        f'    <prop type="x-signature">{escape(signature(doc, ctx))}</prop>',
        f'    <prop type="x-source">{escape(doc.source)}</prop>',
        "  </header>",
        "  <body>",
    ]
    for s in segments_of(doc):
        if s.en is None:
            continue
        out += [
            f"    <tu tuid={quoteattr(s.id)}>",
            f'      <prop type="x-kind">{escape(s.kind)}</prop>',
            f'      <prop type="x-paragraph">{escape(s.id.split(".")[0])}</prop>',
            *([f'      <prop type="x-speaker">{escape(_xml_safe(s.speaker))}</prop>']
              if s.speaker else []),
            f'      <tuv xml:lang="zh-CN"><seg>{escape(_xml_safe(s.zh))}</seg></tuv>',
            f'      <tuv xml:lang="en"><seg>{escape(_xml_safe(s.en))}</seg></tuv>',
            "    </tu>",
        ]
    out += ["  </body>", "</tmx>"]
    return "\n".join(out) + "\n"


def _xml_safe(text: str) -> str:
    """Drop characters XML 1.0 cannot carry."""
    return _NOT_XML.sub("", text)
