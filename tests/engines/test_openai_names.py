"""--engine openai with names (Request.names), against the real chat-completions server of
tests/engines/chat_server.py, through the engine stack the translate stage builds
(pipeline.engines.verify.stack): the prompt lists the people and places, an answer that
drops one is re-asked once, then flagged.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from pipeline.engines import EngineDeps, Request, Translation
from pipeline.engines.cache import cache_key
from pipeline.engines.openai import NAMES_HEAD, OpenAIEngine
from pipeline.engines.verify import stack
from pipeline.model import TermHit
from pipeline.zh.names import Name
from tests.engines.chat_server import ChatServer, Reply, Seen, chat_server, completion

# input/xihe-interview.zh.txt line 51 (the photo caption), with the glossary's title
# 西和县委书记 (glossary/institutions.tsv:64) and the names a finder gives.
CAPTION = "市人大常委会副主任、西和县委书记王俊强接受陇南市融媒体中心主任陈宇星专访。"
SECRETARY = "Secretary of the CPC Xihe County Committee"


def span(zh: str) -> tuple[int, int]:
    start = CAPTION.index(zh)
    return start, start + len(zh)


TITLE = TermHit("西和县委书记", SECRETARY, *span("西和县委书记"), "glossary/institutions.tsv:64")
WANG = Name("王俊强", "Wang Junqiang", *span("王俊强"), "person")
CHEN = Name("陈宇星", "Chen Yuxing", *span("陈宇星"), "person")
XIHE = Name("西和县", "Xihe County", *span("西和县"), "place")  # inside the title
REQUEST = Request("p15.s1", CAPTION, terms=(TITLE,), names=(XIHE, WANG, CHEN))

GOOD = f"Wang Junqiang, {SECRETARY}, was interviewed by Chen Yuxing."
SPLIT = f"Wang Jun Qiang, {SECRETARY}, was interviewed by Chen Yuxing."  # pinyin split apart
FLAG = "name-missing: 王俊强 → Wang Junqiang"


@pytest.fixture
def deps(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[EngineDeps]:
    """Offline deps; no API key or base URL from the environment; a cache of this test's own."""
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    monkeypatch.setenv("PIPELINE_CACHE", str(tmp_path / "cache"))
    yield EngineDeps.offline()


def translate(deps: EngineDeps, server: ChatServer, *requests: Request,
              cache: bool = False) -> tuple[list[Translation], int]:
    """Translate through the stage's stack; the answers and how many were re-asked."""
    engine = stack(OpenAIEngine(deps, model="m", base_url=server.url, backoff=0.01), deps,
                   cache=cache)
    return engine.translate(requests), engine.reasked


def test_prompt_lists_the_people_and_places_with_their_english(deps: EngineDeps) -> None:
    with chat_server() as server:
        (t,), reasked = translate(deps, server, REQUEST)
    (seen,) = server.seen
    assert f"{NAMES_HEAD}\n- 王俊强 → Wang Junqiang\n- 陈宇星 → Chen Yuxing" in seen.prompt
    # 西和县 lies inside the glossary title: the title's rendering is required instead
    assert seen.names == {"王俊强": "Wang Junqiang", "陈宇星": "Chen Yuxing"}
    assert seen.renderings == {"西和县委书记": SECRETARY}
    assert (t.en, t.engine, t.qa, reasked) == (
        f"English for: {SECRETARY} Wang Junqiang Chen Yuxing.", "openai", (), 0)


def test_no_names_no_names_list(deps: EngineDeps) -> None:
    with chat_server() as server:
        translate(deps, server, replace(REQUEST, names=None), replace(REQUEST, id="b", names=()))
    assert all(NAMES_HEAD not in s.prompt and s.names == {} for s in server.seen)


@pytest.mark.parametrize("second, qa", [
    (GOOD, ()),  # the re-ask is answered with the name: accepted, no flag
    (SPLIT, (FLAG,)),  # the name is dropped again: flagged, not asked a third time
])
def test_a_dropped_name_is_reasked_once_then_flagged(deps: EngineDeps, second: str,
                                                     qa: tuple[str, ...]) -> None:
    def script(seen: Seen, n: int) -> Reply:
        return Reply(body=completion(SPLIT if n == 0 else second))

    with chat_server(script) as server:
        (t,), reasked = translate(deps, server, REQUEST)
    first, reask = server.seen  # exactly one re-ask
    assert "left out" not in first.prompt
    assert f"Your previous translation was: {SPLIT}" in reask.prompt
    assert "王俊强 → Wang Junqiang" in reask.prompt.split("left out")[1]
    assert "陈宇星 → Chen Yuxing" not in reask.prompt.split("left out")[1]  # it was not missed
    assert (t.en, t.qa, reasked) == (second, qa, 1)


def test_a_changed_name_rendering_is_not_served_from_the_cache(deps: EngineDeps) -> None:
    with chat_server() as server:
        translate(deps, server, REQUEST, cache=True)
        translate(deps, server, REQUEST, cache=True)
        assert len(server.seen) == 1  # the second run: from the cache
        wade_giles = replace(REQUEST, names=(XIHE, replace(WANG, en="Wang Chün-ch'iang"), CHEN))
        (t,), reasked = translate(deps, server, wade_giles, cache=True)
    # asked afresh, not served the old answer (which the verification would then re-ask)
    assert len(server.seen) == 2 and "left out" not in server.seen[1].prompt
    assert "Wang Chün-ch'iang" in t.en and reasked == 0


def test_cache_key_of_a_segment_without_names_is_unchanged() -> None:
    # the key cache.py computed before names existed (commit 05ed6c2): old caches stay valid
    before = hashlib.sha256(json.dumps(["openai|m|u", CAPTION, [["西和县委书记", SECRETARY]], ""],
                                       ensure_ascii=False).encode("utf-8")).hexdigest()
    plain = replace(REQUEST, names=None)
    assert cache_key("openai|m|u", plain) == cache_key("openai|m|u", replace(plain, names=())) \
        == before
    assert cache_key("openai|m|u", REQUEST) != before
