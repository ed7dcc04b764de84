"""The page task: one page's bytes in, its outputs' texts and its counts out.

It runs in a worker (a local process, or a Dask worker on another machine) and touches no
file: the page comes as bytes, the glossary inside the settings, and the caller writes the
outputs. Each worker builds one `Context` per settings (tokenizer, CC-CEDICT, lexicon, names,
engine) on its first page and keeps it for every page after.
"""

from __future__ import annotations

import hashlib
import time
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from pipeline import __version__
from pipeline.errors import InputError, PipelineError

if TYPE_CHECKING:
    from pipeline.archive.facts import PageFacts
    from pipeline.context import Context
    from pipeline.glossary import Glossary
    from pipeline.model import Document
    from pipeline.tm import Memory
    from pipeline.zh.phrases import PhraseTable

#: Engine options that change how a run goes, never what it writes (left out of the signature).
_NOT_IN_SIGNATURE = frozenset({"jobs"})


@dataclass(frozen=True)
class PageSettings:
    """Everything a worker needs to translate a page the way the run asked; picklable, so it
    travels to Dask workers that share no file system with the client."""

    glossary: Glossary
    engine: str = "gloss"
    engine_options: tuple[tuple[str, object], ...] = ()
    clean: bool = True
    formats: tuple[str, ...] = ("jsonl", "md", "html", "tmx", "tsv")
    layout: str = "side"
    cache: bool = True
    until: str | None = None
    ocr_engine: str = "rapidocr"  # page images and PDF pages without a text layer
    dpi: int = 300
    pages: str | None = None  # PDF pages to read ("1-3,7")
    memory: Memory | None = None  # the translation memory (--tm)
    phrases: PhraseTable | None = None  # the user's phrase files over the shipped table (--phrases)

    @cached_property
    def signature(self) -> str:
        """What, besides the page and the glossary, decides the outputs."""
        options = ",".join(f"{k}={v}" for k, v in sorted(self.engine_options) if k not in _NOT_IN_SIGNATURE)
        return (f"engine:{self.engine}|options:{options}|clean:{self.clean}|formats:{'+'.join(self.formats)}|"
                f"layout:{self.layout}|until:{self.until or '-'}|ocr:{self.ocr_engine},{self.dpi},"
                f"{self.pages or '-'}|version:{__version__}"
                + (f"|tm:{self.memory.digest}" if self.memory else "")
                + (f"|phrases:{self.phrases.digest()}" if self.phrases is not None else ""))

    @cached_property
    def key(self) -> str:
        """Settings and glossary in one short digest: a worker's Context is kept under it."""
        phrases = self.phrases.digest() if self.phrases is not None else "-"
        return hashlib.sha256(f"{self.signature}|{self.glossary.digest()}|{phrases}".encode()).hexdigest()[:16]

    def context(self) -> Context:
        from pipeline.context import Context

        return Context(glossary=self.glossary, engine_name=self.engine, engine_options=dict(self.engine_options),
                       clean=self.clean, formats=self.formats, layout=self.layout, cache=self.cache,
                       progress=False, ocr_engine=self.ocr_engine, dpi=self.dpi, pages=self.pages,
                       memory=self.memory, phrases=self.phrases)


@dataclass(frozen=True)
class PageResult:
    """What came of one page: its outputs ((suffix, text) pairs) and counts, or why it failed."""

    name: str
    outputs: tuple[tuple[str, str | bytes], ...] = ()
    error: str = ""
    bad_input: bool = False  # the bytes themselves are the reason (binary, empty, undecodable)
    stats: dict[str, object] = field(default_factory=dict)
    seconds: float = 0.0
    facts: PageFacts | None = None  # what the archive's reports need of the page (with a JSONL output)
    #: Where a local worker wrote the outputs, (temporary, target) pairs not yet in place
    #: (`pipeline.archive.outputs.stage_page`); the outputs' texts are then left out (empty).
    staged: tuple[tuple[str, str], ...] = ()

    @property
    def ok(self) -> bool:
        return not self.error


#: This worker's Contexts, by PageSettings.key (one per run's settings; a Dask worker may serve
#: several clients in turn).
_CONTEXTS: dict[str, Context] = {}


def worker_context(settings: PageSettings) -> Context:
    ctx = _CONTEXTS.get(settings.key)
    if ctx is None:
        _CONTEXTS.clear()  # one run's tools at a time: a long-lived worker must not grow
        ctx = _CONTEXTS[settings.key] = settings.context()
    return ctx


#: The page a worker's tools are warmed up on (CCTV 新闻联播 of 2019-10-31, its first lines, as
#: in tests/data/corpus/10-xwlb-20191031.zh.txt): a first page builds what the stages load
#: lazily (jieba's plain cutter, regular expressions), ~0.2 s of CPU; warmed up before the
#: workers fork, they all have it, and no worker's first page pays it again.
WARM_PAGE = ("新闻联播 2019-10-31\n\n迈向“中国之治”新境界的重要里程碑——与会代表坚决拥护十九届四中全会《决定》\n\n"
             "央视网消息（新闻联播）：党的十九届四中全会审议通过《关于坚持和完善中国特色社会主义制度、推进国家"
             "治理体系和治理能力现代化若干重大问题的决定》。与会代表们表示，中国特色社会主义制度是当代中国发展"
             "进步的根本保障，推进国家治理体系和治理能力现代化，体现了以习近平同志为核心的党中央高瞻远瞩的战略"
             "眼光和强烈的历史担当，对全面建成小康社会，巩固党的执政地位，确保党和国家长治久安具有重大而深远的"
             "意义。\n")
#: Engines the warm-up page is translated with (in this process, no translation cache); with
#: the others (a remote model, a slow one) it goes no further than the terms stage.
WARM_ENGINES = frozenset({"gloss", "identity"})
_WARMED: set[str] = set()  # the settings' keys this process has warmed up (a forked worker inherits it)


def warm(settings: PageSettings) -> None:
    """Build the worker's Context and what it loads lazily, once per process and settings (a
    forked worker inherits it): the run's stages over WARM_PAGE."""
    from pipeline.model import Document
    from pipeline.runner import run

    ctx = worker_context(settings)
    if settings.key in _WARMED:
        return
    _WARMED.clear()
    _ = ctx.names, ctx.engine
    until = settings.until if settings.engine in WARM_ENGINES else "terms"
    try:
        ctx.monitor.reset()
        run(Document(source="warm.txt", data=WARM_PAGE.encode()), ctx, until=until)
    except PipelineError:
        pass  # only a warm-up: a page run the same way says what is wrong
    _WARMED.add(settings.key)


def translate_page(data: bytes, name: str, settings: PageSettings) -> PageResult:
    """Translate one page (`name`: its path in the archive; the Document, like `pipeline run FILE`,
    knows only the file's name). Bad input and failures inside the pipeline come back as
    `PageResult.error` (one line, naming the page by `name`), so one page never stops a batch."""
    from pipeline.model import Document
    from pipeline.runner import run

    t0 = time.perf_counter()
    source = name.rsplit("/", 1)[-1]
    try:
        ctx = worker_context(settings)
        ctx.monitor.reset()
        doc = run(Document(source=source, data=data), ctx, until=settings.until)
        facts = report_facts(doc, name, ctx)
    except PipelineError as e:
        message = _one_line(str(e))
        if message.startswith(f"{source}:"):
            message = name + message[len(source):]
        return PageResult(name, error=message, bad_input=isinstance(e, InputError),
                          seconds=time.perf_counter() - t0)
    except Exception as e:  # a bug shown on one page must not cost the other pages
        return PageResult(name, error=_one_line(f"internal error: {type(e).__name__}: {e}"),
                          seconds=time.perf_counter() - t0)
    return PageResult(name, doc.outputs, stats=page_stats(doc, settings.glossary),
                      seconds=time.perf_counter() - t0, facts=facts)


def report_facts(doc: Document, name: str, ctx: Context) -> PageFacts | None:
    """The page's facts for the archive's reports, from its JSONL as written (the run then
    never reads the page back): those `pipeline.archive.report` makes when it reads the page."""
    from pathlib import PurePosixPath

    from pipeline.archive.discover import stem_of
    from pipeline.archive.facts import page_facts
    from pipeline.archive.pages import PageEntry, page_of, parse_records

    jsonl = next((text for suffix, text in doc.outputs if suffix == ".jsonl"), None)
    if jsonl is None:
        return None
    text = jsonl.decode("utf-8") if isinstance(jsonl, bytes) else jsonl
    entry = PageEntry(str(stem_of(PurePosixPath(name))), name)
    return page_facts(page_of(entry, parse_records(text, f"{entry.path}.jsonl")), ctx.glossary, ctx.tokenizer)


def _one_line(message: str) -> str:
    return " ".join(message.split())


def page_stats(doc: Document, glossary: Glossary) -> dict[str, object]:
    """The counts a report over many pages needs: sizes, term hits by entry, qa flags by kind,
    and the glossary forms the cleaned page holds (what a glossary edit must redo)."""
    segs = doc.segments
    text = "\n".join(p.text for p in doc.paragraphs)
    hits = Counter(t.entry or t.zh for s in segs for t in s.terms)
    qa = Counter(q.split(":", 1)[0] for s in segs for q in s.qa)
    return {
        "chars": len(doc.text),
        "encoding": doc.encoding,
        "paragraphs": len(doc.paragraphs),
        "segments": len(segs),
        "translated": sum(s.en is not None for s in segs),
        "terms": dict(sorted(hits.items())),
        "qa": dict(sorted(qa.items())),
        "forms": sorted(f for f in glossary.index if f in text),
    }
