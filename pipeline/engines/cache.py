"""A translation cache on disk that stacks on any engine (argos-translate's
`CachedTranslation`, but persistent): sqlite3 in `pipeline.fileio.cache_dir()`.

The key is what decides the answer: the engine's `cache_id` (engine, model,
endpoint; never a secret), the segment text, its required renderings (zh→en
pairs), the people and places named in it (zh→en pairs) and a re-ask hint.
Editing one glossary rendering therefore changes the keys of exactly the
segments that contain that term.

Only answers worth keeping are stored: never a failure (`Translation.error`), and,
given an `accept` check (the translate stage's: `verify.acceptable`), never an answer
that fails it (the Chinese echoed back, an empty or far too short one); an answer an
older cache holds that fails the check is not served either, but asked for again.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from pipeline.engines import Engine, Request, Translation
from pipeline.engines.progress import Monitor

FILENAME = "translations.sqlite3"
SCHEMA = """CREATE TABLE IF NOT EXISTS translations (
  key TEXT PRIMARY KEY, en TEXT NOT NULL, engine TEXT NOT NULL, qa TEXT NOT NULL, at REAL NOT NULL)"""


def cache_key(cache_id: str, r: Request) -> str:
    """The key of `r`'s answer: what the engine is told (text, renderings, names, hint,
    translation-memory examples)."""
    terms = sorted({(t.zh, t.en) for t in r.terms})
    parts: list[object] = [cache_id, r.zh, terms, r.hint]
    names = sorted({(n.zh, n.en) for n in r.names or ()})
    if names:  # only then, so a segment without names keeps the key it had before names
        parts.append(names)
    if r.examples:  # translation-memory examples change what an LLM answers
        parts.append({"examples": [list(x) for x in r.examples]})
    blob = json.dumps(parts, ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


class TranslationStore:
    """The sqlite file. Used from one thread (the caller of `translate`)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        con = sqlite3.connect(self.path, timeout=30)
        con.execute(SCHEMA)
        return con

    def get(self, keys: Sequence[str]) -> dict[str, Translation]:
        found: dict[str, Translation] = {}
        with self._connect() as con:
            for i in range(0, len(keys), 500):  # stay under sqlite's variable limit
                chunk = list(keys[i:i + 500])
                marks = ",".join("?" * len(chunk))
                for key, en, engine, qa in con.execute(
                    f"SELECT key, en, engine, qa FROM translations WHERE key IN ({marks})", chunk
                ):
                    found[key] = Translation(en, engine, qa=tuple(json.loads(qa)))
        return found

    def put(self, items: Sequence[tuple[str, Translation]]) -> None:
        now = time.time()
        with self._connect() as con:
            con.executemany(
                "INSERT OR REPLACE INTO translations VALUES (?, ?, ?, ?, ?)",
                [(k, t.en, t.engine, json.dumps(list(t.qa), ensure_ascii=False), now)
                 for k, t in items],
            )


#: Whether an answer may be stored and served as the English of a request.
Accept = Callable[[Request, Translation], bool]


class CachedEngine:
    """Answers from the store when it can, asks `inner` for the rest, stores successes
    (those `accept` takes, when given)."""

    def __init__(self, inner: Engine, store: TranslationStore | None, monitor: Monitor,
                 accept: Accept | None = None) -> None:
        self.inner = inner
        self.accept = accept
        self.name = inner.name
        self.accepts_hint = bool(getattr(inner, "accepts_hint", False))
        self.cache_id = str(getattr(inner, "cache_id", "") or "")
        self.store = store if self.cache_id else None
        self.monitor = monitor

    def translate(self, requests: Sequence[Request]) -> list[Translation]:
        self.monitor.add(len(requests))
        if self.store is None:  # no cache (the gloss engine has no cache_id): no keys to hash
            self.monitor.hit(0)
            fresh = self.inner.translate(requests) if requests else []
            if not getattr(self.inner, "reports_progress", False):
                self.monitor.advance(len(requests))
            return list(fresh)
        keys = [cache_key(self.cache_id, r) for r in requests]
        found = self._get(keys)
        if self.accept is not None:  # an older cache may hold what is no longer accepted
            asked = dict(zip(keys, requests))  # one key: one text, one request
            found = {k: t for k, t in found.items() if self.accept(asked[k], t)}
        self.monitor.hit(sum(k in found for k in keys))
        todo = [i for i, k in enumerate(keys) if k not in found]
        fresh = self.inner.translate([requests[i] for i in todo]) if todo else []
        if not getattr(self.inner, "reports_progress", False):
            self.monitor.advance(len(todo))
        results = dict(zip(todo, fresh))
        self._put([(keys[i], t) for i, t in results.items()
                   if not t.error and (self.accept is None or self.accept(requests[i], t))])
        return [found[k] if k in found else results[i] for i, k in enumerate(keys)]

    def _get(self, keys: list[str]) -> dict[str, Translation]:
        if self.store is None:
            return {}
        try:
            return self.store.get(keys)
        except (sqlite3.Error, OSError):
            self.store = None  # an unusable cache only costs requests, never the run
            return {}

    def _put(self, items: list[tuple[str, Translation]]) -> None:
        if self.store is None or not items:
            return
        try:
            self.store.put(items)
        except (sqlite3.Error, OSError):
            self.store = None
