"""What every stage may consult: options, the glossary, the engine. Built once per run."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from pipeline.glossary import Glossary

if TYPE_CHECKING:
    from pipeline.engines import Engine, EngineDeps
    from pipeline.engines.progress import Monitor
    from pipeline.tm import Memory
    from pipeline.zh.lexicon import Lexicon
    from pipeline.zh.names.finder import NameFinder
    from pipeline.zh.phrases import PhraseTable
    from pipeline.zh.tokenize import Tokenizer


@dataclass
class Context:
    glossary: Glossary = field(default_factory=Glossary)
    engine_name: str = "gloss"
    engine_options: dict[str, object] = field(default_factory=dict)
    clean: bool = True
    formats: tuple[str, ...] = ("jsonl", "md", "html", "tmx", "tsv")
    layout: str = "side"
    cache: bool = True  # the on-disk translation cache (--no-cache turns it off)
    progress: bool | None = None  # progress bar on stderr: None = only when stderr is a TTY
    ocr_engine: str = "rapidocr"  # page images and PDFs (pipeline.ocr): --ocr, --dpi, --pages
    dpi: int = 300
    pages: str | None = None
    memory: Memory | None = None  # the translation memory (--tm), read before the run
    phrases: PhraseTable | None = None  # the phrase table, user files included (None: the shipped one)

    @cached_property
    def tokenizer(self) -> Tokenizer:
        from pipeline.zh.tokenize import make_tokenizer

        return make_tokenizer(self.glossary.index.keys())

    @cached_property
    def lexicon(self) -> Lexicon:
        from pipeline.zh.lexicon import load_lexicon

        return load_lexicon(self.tokenizer, self.phrases)

    @cached_property
    def names(self) -> NameFinder:
        """People and places, found once per sentence for every engine (memoised per run)."""
        from pipeline.zh.names.finder import NameFinder

        return NameFinder(self.lexicon)

    @cached_property
    def engine_deps(self) -> EngineDeps:
        from pipeline.engines import EngineDeps

        return EngineDeps(self.tokenizer, self.lexicon, self.monitor)

    @cached_property
    def engine(self) -> Engine:
        from pipeline.engines import load_engine

        return load_engine(self.engine_name, self.engine_deps, **self.engine_options)

    @cached_property
    def monitor(self) -> Monitor:
        from pipeline.engines.progress import Monitor

        return Monitor(enabled=self.progress)
