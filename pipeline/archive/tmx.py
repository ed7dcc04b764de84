"""archive.tmx: every page's translation units in one TMX 1.4b file.

The same units as each page's own TMX (pipeline.formats.tmx: one <tu> per record with
English, zh-CN source, en target, kind and paragraph as x- props), read from the pages'
JSONL; each <tu> also says which page it came from (x-page, its date in x-date), and its
tuid is "<page>#<id>", unique across the archive. Valid against the TMX 1.4b DTD
(tests/data/tmx14.dtd).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from pipeline.archive.pages import Page
from pipeline.formats.tmx import head, quoteattr, xml_text

if TYPE_CHECKING:
    from pipeline.archive.facts import PageFacts

#: Characters XML 1.0 cannot carry (its Char production), dropped as pipeline.formats.tmx does.


def archive_tmx(pages: Sequence[PageFacts]) -> str:
    return "".join([head([("x-pages", str(len(pages)))]), *(p.units for p in pages), "  </body>\n</tmx>\n"])


def page_units(page: Page) -> str:
    """The page's <tu> elements, one per record with English."""
    out = []
    date = f'      <prop type="x-date">{xml_text(page.date)}</prop>\n' if page.date else ""
    source = f'      <prop type="x-source">{xml_text(page.entry.source)}</prop>\n' if page.entry.source else ""
    for r in page.translated:
        rid = str(r.get("id", ""))
        speaker = f'      <prop type="x-speaker">{xml_text(str(r["speaker"]))}</prop>\n' if r.get("speaker") else ""
        out.append(
            f"    <tu tuid={quoteattr(f'{page.path}#{rid}')}>\n"
            f'      <prop type="x-page">{xml_text(page.path)}</prop>\n'
            f"{date}{source}"
            f'      <prop type="x-kind">{xml_text(str(r.get("kind", "")))}</prop>\n'
            f'      <prop type="x-paragraph">{xml_text(rid.partition(".")[0])}</prop>\n'
            f"{speaker}"
            f'      <tuv xml:lang="zh-CN"><seg>{xml_text(str(r.get("zh") or ""))}</seg></tuv>\n'
            f'      <tuv xml:lang="en"><seg>{xml_text(str(r["en"]))}</seg></tuv>\n'
            "    </tu>\n"
        )
    return "".join(out)
