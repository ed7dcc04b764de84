"""--engine openai against a real chat-completions server on 127.0.0.1 (tests/engines/chat_server.py).

Every run goes through the CLI; the one-line errors run as a real subprocess.
"""

from __future__ import annotations

import json
import socket
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.engines.openai import _retry_after, answer_text
from tests.engines.chat_server import ChatServer, Reply, Seen, chat_server, completion
from tests.test_cli import invoke

# Five body segments (p1.s1-p1.s4, p2.s1); the segment split was read off a gloss run.
TEXT = ("西和县学习推广千万工程经验。全县深入开展三抓三促行动。今年固定资产投资增长72%。"
        "千万工程带动乡村振兴。\n\n三抓三促行动取得新成效。\n")
GLOSSARY = ("zh\ten\tnote\n千万工程\tGreen Rural Revival Program\t\n"
            "三抓三促\tThree Grasps and Three Promotions\t\n")
S1, S2, S3, S4, S5 = ("西和县学习推广千万工程经验。", "全县深入开展三抓三促行动。",
                      "今年固定资产投资增长72%。", "千万工程带动乡村振兴。", "三抓三促行动取得新成效。")
KEY = "sk-test-secret-0123456789"


@pytest.fixture
def page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The input page and glossary in tmp_path, a cache of this test's own, fast retries."""
    monkeypatch.setenv("PIPELINE_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("PIPELINE_OPENAI_RETRIES", "2")
    monkeypatch.setenv("PIPELINE_OPENAI_BACKOFF", "0.01")
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    (tmp_path / "page.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "glossary.tsv").write_text(GLOSSARY, encoding="utf-8")
    return tmp_path


def run(page: Path, server: ChatServer | None, *args: str) -> tuple[dict[str, dict], str]:
    """Run the CLI on the page; return the JSONL records by id, and stderr."""
    base = ["--base-url", server.url] if server else []
    result = CliRunner().invoke(cli, [
        "run", str(page / "page.txt"), "-o", str(page / "out"), "--engine", "openai",
        "--model", "test-model", "--no-default-glossary", "--glossary", str(page / "glossary.tsv"),
        *base, *args])
    assert result.exit_code == 0, (result.output, result.exception)
    lines = (page / "out" / "page.jsonl").read_text(encoding="utf-8").splitlines()
    return {r["id"]: r for r in map(json.loads, lines)}, result.stderr


def test_requests_carry_segment_context_and_terms(page: Path) -> None:
    with chat_server() as server:
        recs, err = run(page, server)
    assert sorted(server.segments()) == sorted([S1, S2, S3, S4, S5])
    by_seg = {s.segment: s for s in server.seen}
    # renderings: glossary.tsv above; context: the neighbouring segment's Chinese
    assert by_seg[S1].renderings == {"千万工程": "Green Rural Revival Program"}
    assert by_seg[S2].renderings == {"三抓三促": "Three Grasps and Three Promotions"}
    assert by_seg[S3].renderings == {}
    # names: found by the translate stage (zh.names), listed with their English
    assert by_seg[S1].names == {"西和县": "Xihe County"}
    assert by_seg[S2].names == {}
    assert f"Context before (do not translate): {S1}" in by_seg[S2].prompt
    assert f"Context after (do not translate): {S3}" in by_seg[S2].prompt
    assert all(s.model == "test-model" and s.authorization == f"Bearer {KEY}" for s in server.seen)
    assert all(r["engine"] == "openai" and r["qa"] == [] for r in recs.values())
    assert recs["p1.s1"]["en"] == "English for: Green Rural Revival Program Xihe County."
    assert "5 segments with openai, 5 requests, 0 cache hits" in err


def test_429_then_success_honours_retry_after(page: Path) -> None:
    def script(seen: Seen, n: int) -> Reply:
        return Reply(429, {"error": {"message": "slow down"}}, {"Retry-After": "0"}) \
            if seen.segment == S2 and n == 0 else Reply()

    with chat_server(script) as server:
        recs, _ = run(page, server)
    assert server.segments().count(S2) == 2
    assert recs["p1.s2"]["engine"] == "openai" and recs["p1.s2"]["qa"] == []


def test_dropped_connection_is_retried(page: Path) -> None:
    def script(seen: Seen, n: int) -> Reply:
        return Reply(body=b"") if seen.segment == S3 and n == 0 else Reply()

    with chat_server(script) as server:
        recs, _ = run(page, server)
    assert recs["p1.s3"]["engine"] == "openai" and recs["p1.s3"]["qa"] == []


def test_timeout_retries_then_falls_back_to_gloss(page: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PIPELINE_OPENAI_TIMEOUT", "1")
    monkeypatch.setenv("PIPELINE_OPENAI_RETRIES", "1")

    def script(seen: Seen, n: int) -> Reply:
        return Reply(delay=4) if seen.segment == S4 else Reply()

    with chat_server(script) as server:
        recs, err = run(page, server)
    assert server.segments().count(S4) == 2  # first try + one retry
    r = recs["p1.s4"]
    assert r["engine"] == "gloss" and r["en"].startswith("Green Rural Revival Program")
    assert r["qa"][0] == "fallback: gloss (no answer within 1s, 2 attempts)"
    assert all(recs[i]["engine"] == "openai" for i in ("p1.s1", "p1.s2", "p1.s3", "p2.s1"))
    assert "1 fallback" in err


@pytest.mark.parametrize("body, reason", [
    (b"<html>Bad gateway</html>", "malformed response: not JSON"),
    ({"choices": []}, "malformed response: no choices[0].message.content"),
    (completion("   "), "empty answer"),
])
def test_malformed_body_retries_then_falls_back(page: Path, body: object, reason: str) -> None:
    def script(seen: Seen, n: int) -> Reply:
        return Reply(body=body) if seen.segment == S5 else Reply()

    with chat_server(script) as server:
        recs, _ = run(page, server)
    assert server.segments().count(S5) == 3  # PIPELINE_OPENAI_RETRIES=2
    assert recs["p2.s1"]["engine"] == "gloss"
    assert recs["p2.s1"]["qa"][0] == f"fallback: gloss ({reason}, 3 attempts)"


@pytest.mark.parametrize("fixed_on_reask", [True, False])
def test_missing_term_is_reasked_then_flagged(page: Path, fixed_on_reask: bool) -> None:
    def script(seen: Seen, n: int) -> Reply:
        if seen.segment == S4 and (n == 0 or not fixed_on_reask):
            return Reply(body=completion("The Ten Million Project drives rural revitalization."))
        return Reply()

    with chat_server(script) as server:
        recs, err = run(page, server)
    asks = [s for s in server.seen if s.segment == S4]
    assert len(asks) == 2
    assert "left out" not in asks[0].prompt
    assert "千万工程 → Green Rural Revival Program" in asks[1].prompt.split("left out")[1]
    assert "The Ten Million Project" in asks[1].prompt  # the previous answer is named too
    flag = "term-missing: 千万工程 → Green Rural Revival Program"
    assert (flag in recs["p1.s4"]["qa"]) is (not fixed_on_reask)
    assert f"{0 if fixed_on_reask else 1} term-missing" in err


def test_missing_number_is_reasked_then_flagged(page: Path) -> None:
    def script(seen: Seen, n: int) -> Reply:
        if seen.segment == S3:
            return Reply(body=completion("Fixed-asset investment grew strongly this year."))
        return Reply()

    with chat_server(script) as server:
        recs, err = run(page, server)
    asks = [s for s in server.seen if s.segment == S3]
    assert len(asks) == 2 and "72%" in asks[1].prompt.split("left out")[1]
    flags = [q for q in recs["p1.s3"]["qa"] if q.startswith("number-missing")]
    assert len(flags) == 1 and flags[0].startswith("number-missing: 72%")
    assert "1 number-missing" in err


def _unused_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.slow
@pytest.mark.parametrize("status, body, base_suffix, message", [
    (401, {"error": {"message": f"Incorrect API key provided: {KEY}"}}, "",
     "refused the API key (HTTP 401: Incorrect API key provided: ***)"),
    (403, {"error": "forbidden"}, "", "refused the API key (HTTP 403: forbidden)"),
    # Ollama's wording for a model it does not have
    (404, {"error": 'model "test-model" not found, try pulling it first'}, "",
     "unknown model 'test-model'"),
    # vLLM's wording, with 400 in some versions
    (400, {"message": "The model `test-model` does not exist."}, "", "unknown model 'test-model'"),
    (200, None, "/nope", "no chat-completions endpoint at"),
    (0, None, "refused", "connection refused"),
])
def test_endpoint_errors_stop_the_run_with_one_line(page: Path, status: int, body: object,
                                                    base_suffix: str, message: str) -> None:
    with chat_server(lambda seen, n: Reply(status, body)) as server:
        url = f"http://127.0.0.1:{_unused_port()}/v1" if base_suffix == "refused" \
            else server.url + base_suffix
        code, stderr = invoke("run", str(page / "page.txt"), "-o", str(page / "out"),
                              "--engine", "openai", "--model", "test-model", "--base-url", url)
    assert code == 1, stderr
    assert len(stderr.strip().splitlines()) == 1 and message in stderr, stderr
    assert "Traceback" not in stderr and KEY not in stderr
    assert len(server.seen) <= 1  # the probe request alone
    assert not (page / "out").exists()


def test_second_run_costs_no_requests_and_glossary_edit_only_its_segments(page: Path) -> None:
    with chat_server() as server:
        first, _ = run(page, server)
        assert len(server.seen) == 5
        again, err = run(page, server)
        assert len(server.seen) == 5 and "0 requests, 5 cache hits" in err
        assert again == first
        glossary = page / "glossary.tsv"
        glossary.write_text(GLOSSARY.replace("Three Grasps and Three Promotions",
                                             "Three Focuses, Three Promotions"), encoding="utf-8")
        edited, _ = run(page, server)
        assert sorted(server.segments()[5:]) == sorted([S2, S5])  # the segments with 三抓三促
        assert edited["p1.s2"]["en"] == "English for: Three Focuses, Three Promotions."
        run(page, server, "--no-cache")
        assert len(server.seen) == 7 + 5
    cache_files = list((page / "cache").rglob("*.sqlite3"))
    assert cache_files
    for f in [*cache_files, *(page / "out").iterdir()]:
        assert KEY.encode() not in f.read_bytes(), f


def test_base_url_option_overrides_the_variable(page: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with chat_server() as server:
        monkeypatch.setenv("OPENAI_BASE_URL", server.url)
        run(page, None)
        assert len(server.seen) == 5
        monkeypatch.setenv("OPENAI_BASE_URL", f"http://127.0.0.1:{_unused_port()}/v1")
        run(page, server, "--no-cache")
        assert len(server.seen) == 10


def test_jobs_sends_requests_concurrently(page: Path) -> None:
    """Two requests must be in flight together to pass the barrier (else it breaks, 429s)."""
    barrier = threading.Barrier(2, timeout=20)

    def script(seen: Seen, n: int) -> Reply:
        if seen.segment in (S2, S3) and n == 0:
            try:
                barrier.wait()
            except threading.BrokenBarrierError:
                return Reply(429, {"error": "not concurrent"}, {"Retry-After": "0"})
        return Reply()

    with chat_server(script) as server:
        run(page, server, "--jobs", "4")
    assert server.segments().count(S2) == server.segments().count(S3) == 1


def test_progress_bar_only_when_asked(page: Path) -> None:
    with chat_server() as server:
        _, quiet = run(page, server)
        _, shown = run(page, server, "--progress")
    assert "\r" not in quiet and "in flight" not in quiet
    assert "\rtranslate [" in shown and "5/5 segments, 0 in flight, 5 cached" in shown


@pytest.mark.parametrize("value, seconds", [
    ("0", 0.0), ("2", 2.0), ("1.5", 1.5),  # delta-seconds, RFC 9110 §10.2.3
    ("Wed, 21 Oct 2015 07:28:00 GMT", 0.0),  # an HTTP-date in the past: no wait
    ("soon", None), (None, None),
])
def test_retry_after(value: str | None, seconds: float | None) -> None:
    assert _retry_after(value) == seconds


@pytest.mark.parametrize("content, text", [
    ("  Hello.\n", "Hello."),
    ("<think>The user wants English.</think>\nHello.", "Hello."),  # reasoning models (Qwen3, R1)
])
def test_answer_text(content: str, text: str) -> None:
    assert answer_text(completion(content)) == text
