"""The translation cache (pipeline.engines.cache): a sqlite file of answers keyed by what
decides them (engine, segment, required renderings, re-ask hint), stacked on a real engine.

`TermEngine` below is a whole engine, small enough to read: its answer is the Chinese with
each required glossary term replaced by its rendering, so the answer changes exactly when
a rendering does, as a real engine's would. The sentences are from input/xihe-interview.zh.txt
and the term is the shipped glossary's (glossary/gansu-longnan.tsv).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path

import pytest

from pipeline.engines import Request, Translation
from pipeline.engines.cache import FILENAME, CachedEngine, TranslationStore, cache_key
from pipeline.engines.progress import Monitor
from pipeline.model import TermHit

S1 = '积极融入"三城五地"建设'
S2 = "一是项目建设提速推进。"
S3 = "全年接待游客390多万人次。"
TERM = TermHit("三城五地", "Three Cities, Five Bases", 5, 9, "glossary/gansu-longnan.tsv:27")


class TermEngine:
    """The Chinese with each required term replaced by its rendering; fails on request."""

    name = "terms"

    def __init__(self, cache_id: str = "terms:1", fail: Sequence[str] = ()) -> None:
        self.cache_id = cache_id
        self.fail = set(fail)
        self.sent: list[str] = []  # the Chinese of every request it was asked, in order

    def translate(self, requests: Sequence[Request]) -> list[Translation]:
        out = []
        for r in requests:
            self.sent.append(r.zh)
            if r.zh in self.fail:
                out.append(Translation("", self.name, error="HTTP 503"))
                continue
            en = r.zh
            for t in r.terms:
                en = en.replace(t.zh, t.en)
            out.append(Translation(en, self.name, qa=("checked",) if r.terms else ()))
        return out


def requests(term: TermHit = TERM, hint: str = "") -> list[Request]:
    return [Request("p1.s1", S1, terms=(term,), hint=hint), Request("p1.s2", S2),
            Request("p1.s3", S3)]


def cached(engine: TermEngine, folder: Path) -> tuple[CachedEngine, Monitor]:
    """The engine behind a cache in `folder` (a new CachedEngine: as a new run would build)."""
    monitor = Monitor(enabled=False)
    return CachedEngine(engine, TranslationStore(folder / FILENAME), monitor), monitor


def test_a_second_run_sends_nothing(tmp_path: Path) -> None:
    first_engine = TermEngine()
    first, monitor = cached(first_engine, tmp_path)
    answers = first.translate(requests())
    assert first_engine.sent == [S1, S2, S3]
    assert answers[0] == Translation('积极融入"Three Cities, Five Bases"建设', "terms", qa=("checked",))
    assert (monitor.total, monitor.hits, monitor.done) == (3, 0, 3)

    again_engine = TermEngine()
    again, monitor = cached(again_engine, tmp_path)
    assert again.translate(requests()) == answers  # the same answers, qa included
    assert again_engine.sent == []
    assert (monitor.total, monitor.hits, monitor.done) == (3, 3, 3)


def test_a_changed_rendering_sends_its_segment_again(tmp_path: Path) -> None:
    cached(TermEngine(), tmp_path)[0].translate(requests())
    engine = TermEngine()
    edited = TermHit(TERM.zh, "Three Cities and Five Bases", TERM.start, TERM.end, TERM.source)
    answers = cached(engine, tmp_path)[0].translate(requests(edited))
    assert engine.sent == [S1]  # only the segment holding the term
    assert answers[0].en == '积极融入"Three Cities and Five Bases"建设'


@pytest.mark.parametrize("change", [
    pytest.param({"hint": "the previous answer left out: Three Cities, Five Bases"}, id="hint"),
    pytest.param({"cache_id": "terms:2"}, id="another-model"),
])
def test_what_else_decides_the_answer_is_in_the_key(tmp_path: Path, change: dict[str, str]) -> None:
    cached(TermEngine(), tmp_path)[0].translate(requests())
    engine = TermEngine(cache_id=change.get("cache_id", "terms:1"))
    cached(engine, tmp_path)[0].translate(requests(hint=change.get("hint", "")))
    assert engine.sent == ([S1] if "hint" in change else [S1, S2, S3])


def test_what_does_not_decide_the_answer_is_not_in_the_key() -> None:
    # the term's position, source file and the request id do not change the answer
    moved = TermHit(TERM.zh, TERM.en, 0, 4, "user.tsv:1")
    a = Request("p1.s1", S1, terms=(TERM, TERM))
    b = Request("p9.s9", S1, terms=(moved,), before=S2, after=S3)
    assert cache_key("terms:1", a) == cache_key("terms:1", b)
    assert cache_key("terms:1", a) != cache_key("terms:2", a)


def test_an_engine_without_cache_id_is_never_cached(tmp_path: Path) -> None:
    for _ in range(2):
        engine = TermEngine(cache_id="")
        wrapped, monitor = cached(engine, tmp_path)
        assert wrapped.translate(requests())[1].en == S2
        assert engine.sent == [S1, S2, S3] and monitor.hits == 0 and monitor.done == 3
    assert not (tmp_path / FILENAME).exists()  # not even created


def test_failed_answers_are_not_stored(tmp_path: Path) -> None:
    failing = TermEngine(fail=[S2])
    assert cached(failing, tmp_path)[0].translate(requests())[1].error == "HTTP 503"
    engine = TermEngine()
    answers = cached(engine, tmp_path)[0].translate(requests())
    assert engine.sent == [S2] and answers[1] == Translation(S2, "terms")


def test_an_unusable_store_costs_requests_not_the_run(tmp_path: Path) -> None:
    engine = TermEngine()
    # a folder where the sqlite file should be: sqlite cannot open it
    (tmp_path / FILENAME).mkdir()
    wrapped, _ = cached(engine, tmp_path)
    assert [t.en for t in wrapped.translate(requests())][1:] == [S2, S3]
    assert wrapped.store is None  # given up for the rest of the run
    wrapped.translate(requests())
    assert engine.sent == [S1, S2, S3] * 2


def test_the_store_is_one_sqlite_file(tmp_path: Path) -> None:
    path = tmp_path / "new" / "folder" / FILENAME
    store = TranslationStore(path)
    answers = [Translation(f"answer {i}", "terms", qa=("number-missing: 390",) if i % 2 else ())
               for i in range(1200)]
    keys = [cache_key("terms:1", Request(f"p{i}", f"句子{i}")) for i in range(1200)]
    store.put(list(zip(keys, answers)))
    assert path.is_file()  # its folders made on first use
    got = store.get(keys + ["not a key"])  # more keys than sqlite takes in one query
    assert [got[k] for k in keys] == answers and "not a key" not in got
    with sqlite3.connect(path) as con:
        rows = con.execute("SELECT count(*), min(engine) FROM translations").fetchone()
    assert rows == (1200, "terms")


def test_a_run_keeps_its_cache_in_the_pipeline_cache_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The translate stage's stack (verify, fallback, cache) puts the sqlite file in
    $PIPELINE_CACHE; --no-cache (cache=False) neither reads nor writes it."""
    from pipeline.engines import EngineDeps
    from pipeline.engines.verify import stack

    monkeypatch.setenv("PIPELINE_CACHE", str(tmp_path / "cache"))
    deps = EngineDeps.offline()
    runs = [TermEngine(), TermEngine(), TermEngine()]
    for engine, cache in zip(runs, (True, True, False)):
        answers = stack(engine, deps, cache=cache).translate(requests())
        assert answers[0].en == '积极融入"Three Cities, Five Bases"建设'
        # S2 and S3 hold no term: TermEngine answers them with the Chinese itself, which the
        # stack rejects (asked twice, then gloss) and never caches
        assert [t.engine for t in answers] == ["terms", "gloss", "gloss"]
        assert answers[1].qa[0].startswith("untranslated: the answer is the Chinese source")
    assert (tmp_path / "cache" / FILENAME).is_file()
    assert [e.sent for e in runs] == [[S1, S2, S3, S2, S3], [S2, S3, S2, S3], [S1, S2, S3, S2, S3]]


def test_answers_the_check_rejects_are_neither_stored_nor_served(tmp_path: Path) -> None:
    """With `accept` (the translate stage passes verify.acceptable), an answer that is no
    translation is not stored, and one an older cache holds is asked for again."""
    from pipeline.engines.verify import acceptable

    # TermEngine answers S2 and S3 (no terms) with the Chinese itself; S1 with its term
    # in English, enough to pass (pipeline.qa.answer_problem)
    store = TranslationStore(tmp_path / FILENAME)
    first = TermEngine()
    CachedEngine(first, store, Monitor(enabled=False), accept=acceptable).translate(requests())
    again = TermEngine()
    CachedEngine(again, store, Monitor(enabled=False), accept=acceptable).translate(requests())
    assert again.sent == [S2, S3]
    # an older cache without the check stored them; with it they are not served
    CachedEngine(TermEngine(), store, Monitor(enabled=False)).translate(requests())
    assert len(store.get([cache_key("terms:1", r) for r in requests()])) == 3
    later = TermEngine()
    CachedEngine(later, store, Monitor(enabled=False), accept=acceptable).translate(requests())
    assert later.sent == [S2, S3]
