"""--engine openai against misbehaving servers on 127.0.0.1 (tests/engines/chat_server.py):
no answer is believed blindly.

Every run goes through the CLI, on the five-segment page of test_openai.py.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from pipeline.engines.cache import FILENAME
from tests.engines.chat_server import Reply, Seen, chat_server, completion
from tests.engines.test_openai import S1, S2, S3, S4, S5, page, run  # noqa: F401 (a fixture)

SEGMENTS = {"p1.s1": S1, "p1.s2": S2, "p1.s3": S3, "p1.s4": S4, "p2.s1": S5}


def cached_answers(page: Path) -> list[str]:
    """The English the translation cache holds, whatever its key."""
    files = list((page / "cache").rglob(FILENAME))
    if not files:
        return []
    with sqlite3.connect(files[0]) as con:
        return [en for (en,) in con.execute("SELECT en FROM translations")]


# What a server answers for S3 (今年固定资产投资增长72%。: 10 Han characters and 4 others, so
# 5 * 10 + 4 = 54 characters of English expected, pipeline.qa.expected_length), and its flag.
@pytest.mark.parametrize("answer, flag", [
    pytest.param(lambda seen: seen.segment, "untranslated: the answer is the Chinese source",
                 id="echo"),
    pytest.param(lambda seen: f"Translation: {seen.segment}",
                 "untranslated: 48% of the answer's letters are Chinese", id="mostly-chinese"),
    pytest.param(lambda seen: "72%.", "length-ratio: 4 characters where about 54 were expected",
                 id="far-too-short"),
    pytest.param(lambda seen: "Investment grew 72%. " + "Note: this is a literal rendering. " * 5,
                 "length-ratio: 195 characters where about 54 were expected", id="far-too-long"),
])
def test_an_answer_that_is_no_translation_is_asked_again_then_glossed_and_flagged(
        page: Path, answer: object, flag: str) -> None:
    def script(seen: Seen, n: int) -> Reply:
        if seen.segment == S3:
            return Reply(body=completion(answer(seen)))  # type: ignore[operator]
        return Reply()

    with chat_server(script) as server:
        recs, err = run(page, server)
        asks = [s for s in server.seen if s.segment == S3]
        assert len(asks) == 2  # asked once more, with the problem named
        assert "not an English translation of the segment" in asks[1].prompt
        assert flag.split(": ", 1)[1] in asks[1].prompt
        r = recs["p1.s3"]
        assert r["engine"] == "gloss" and r["en"].startswith("This year")
        assert r["qa"][0].startswith(flag) and r["qa"][0].endswith("openai asked twice, gloss used")
        assert all(recs[i]["engine"] == "openai" and recs[i]["qa"] == []
                   for i in SEGMENTS if i != "p1.s3")
        prefix = flag.split(":")[0]
        assert f"1 {prefix}" in err and "0 fallback" in err
        # never cached: the next run asks for S3 again (twice), and only for S3
        assert not any("72%" in en for en in cached_answers(page))
        before = len(server.seen)
        again, err = run(page, server)
        assert server.segments()[before:] == [S3, S3]
        assert "4 cache hits" in err and again == recs


def test_an_echoing_endpoint_is_not_believed_anywhere(page: Path) -> None:
    """A server that returns the Chinese for everything: every segment glossed and flagged,
    the summary says so, and the cache holds nothing."""
    with chat_server(lambda seen, n: Reply(body=completion(seen.segment))) as server:
        recs, err = run(page, server)
        assert sorted(server.segments()) == sorted([*SEGMENTS.values()] * 2)
        assert all(r["engine"] == "gloss" and r["qa"][0].startswith("untranslated: the answer is "
                                                                    "the Chinese source")
                   for r in recs.values())
        assert "5 untranslated" in err
        assert cached_answers(page) == []
        run(page, server)
        assert len(server.seen) == 20  # all asked again


def test_a_good_second_answer_is_kept(page: Path) -> None:
    def script(seen: Seen, n: int) -> Reply:
        return Reply(body=completion(seen.segment)) if seen.segment == S2 and n == 0 else Reply()

    with chat_server(script) as server:
        recs, err = run(page, server)
    assert server.segments().count(S2) == 2
    assert recs["p1.s2"]["engine"] == "openai" and recs["p1.s2"]["qa"] == []
    assert "0 untranslated" in err
