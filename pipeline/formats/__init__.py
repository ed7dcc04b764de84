"""Writers: each turns a finished Document into the text of one output file.

Name → (file suffix, "module:function"); imported lazily like the engines. A writer is called
as `render(doc, data, settings)`, `data` being the document's `common.RenderData`, which the
render stage builds once for all the writers, and `settings` what the writers read of the run
(`Settings`: the run's `pipeline.context.Context` is one; writers never see engines).

Each writer module's `render` is its `opening`, `body` and `closing` joined (Markdown then
ends in one line break: `TRIM_END`); a long document is written chunk by chunk from them
(pipeline.stages.render.Streamed): one `body` per chunk, the opening and closing once, from
the whole document's counts.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from pipeline import __version__

if TYPE_CHECKING:
    from pipeline.formats.common import RenderData
    from pipeline.glossary import Glossary
    from pipeline.model import Document


class Settings(Protocol):
    """What the writers read of a run's settings."""

    @property
    def glossary(self) -> Glossary: ...
    @property
    def engine_name(self) -> str: ...
    @property
    def clean(self) -> bool: ...
    @property
    def layout(self) -> str: ...


Writer = Callable[["Document", "RenderData", Settings], str]

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


def part(name: str, which: str) -> Writer:
    """A writer's `opening`, `body` or `closing`."""
    module = FORMATS[name][1].partition(":")[0]
    return getattr(importlib.import_module(module), which)  # type: ignore[no-any-return]


def trims_end(name: str) -> bool:
    """Whether the format's text ends in one line break after its last text (its `render`
    strips what the parts end with)."""
    module = FORMATS[name][1].partition(":")[0]
    return bool(getattr(importlib.import_module(module), "TRIM_END", False))


def signature(doc: Document, ctx: Settings) -> str:
    """What produced an output, sacrebleu-style: engine|glossary digest|stages|version."""
    stages = "+".join(r.name for r in doc.log)
    return (
        f"engine:{ctx.engine_name}|glossary:{ctx.glossary.digest()}|"
        f"entries:{len(ctx.glossary)}|stages:{stages}|clean:{'yes' if ctx.clean else 'no'}|"
        f"version:{__version__}"
    )
