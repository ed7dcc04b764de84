"""Writers: each turns a finished Document into the text of one output file.

Name → (file suffix, "module:function"); imported lazily like the engines. A writer is called
as `render(doc, data, ctx)`, `data` being the document's `common.RenderData`, which the render
stage builds once for all the writers.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from pipeline import __version__

if TYPE_CHECKING:
    from pipeline.context import Context
    from pipeline.formats.common import RenderData
    from pipeline.model import Document

Writer = Callable[["Document", "RenderData", "Context"], str]

FORMATS: dict[str, tuple[str, str]] = {
    "jsonl": (".jsonl", "pipeline.formats.jsonl:render"),
    "md": (".md", "pipeline.formats.markdown:render"),
    "html": (".html", "pipeline.formats.html:render"),
    "tmx": (".tmx", "pipeline.formats.tmx:render"),
    "tsv": (".tsv", "pipeline.formats.tsv:render"),
}


def writer(name: str) -> Writer:
    module, _, func = FORMATS[name][1].partition(":")
    return getattr(importlib.import_module(module), func)  # type: ignore[no-any-return]


def signature(doc: Document, ctx: Context) -> str:
    """What produced an output, sacrebleu-style: engine|glossary digest|stages|version."""
    stages = "+".join(r.name for r in doc.log)
    return (
        f"engine:{ctx.engine_name}|glossary:{ctx.glossary.digest()}|"
        f"entries:{len(ctx.glossary)}|stages:{stages}|clean:{'yes' if ctx.clean else 'no'}|"
        f"version:{__version__}"
    )
