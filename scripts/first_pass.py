"""The first pass of `python -m pipeline.bench engine` alone: a fresh Context (tokenizer,
CC-CEDICT, lexicon and names loaded, every memo empty) running the whole pipeline over the news
corpus (tests/data/corpus), for a profiler to look at (`make profile`: py-spy)."""

from __future__ import annotations

from pipeline.bench.engine import import_lazy_modules, news_corpus
from pipeline.context import Context
from pipeline.glossary import default_paths, load_glossary
from pipeline.model import Document
from pipeline.runner import run

if __name__ == "__main__":
    import_lazy_modules()  # as the bench: imports are no part of the first pass
    glossary = load_glossary(default_paths())
    data = news_corpus().encode("utf-8")
    run(Document("corpus.txt", data=data), Context(glossary=glossary, cache=False))
