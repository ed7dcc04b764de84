"""openai: any OpenAI-compatible chat-completions endpoint (OpenAI, Ollama, vLLM,
llama.cpp server, hosted services), over the standard library's HTTP client.

Configured as that ecosystem does: `OPENAI_BASE_URL` (overridden by --base-url),
`OPENAI_API_KEY` (sent as a bearer token, never printed, logged or put in a
cache key), `--model`. Requests run `--jobs` at a time, each waiting at most
`--timeout` seconds for the answer; 429/5xx, dropped connections, timeouts and
malformed answers are retried with exponential backoff (honouring Retry-After).
Problems of the whole endpoint (wrong URL, refused key, unknown model) stop the
run with one line; a segment that still fails comes back with `Translation.error`
(the fallback wrapper glosses it). A circuit breaker gives up on an endpoint that
keeps failing: after `--max-failures` failed requests in a row (from more than one
segment) nothing more is sent, one warning line says so, and every segment left
comes back with `Translation.error` at once.
"""

from __future__ import annotations

import email.utils
import http.client
import json
import os
import re
import socket
import ssl
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING, NoReturn

from pipeline.engines import Request, Translation
from pipeline.errors import EngineError
from pipeline.qa import required_names

if TYPE_CHECKING:
    from pipeline.engines import EngineDeps
    from pipeline.engines.progress import Monitor

#: The OpenAI SDK's default endpoint when OPENAI_BASE_URL is unset.
DEFAULT_BASE_URL = "https://api.openai.com/v1"
#: Tuning, overridable by environment (tests shorten them): seconds, count, seconds.
ENV_TIMEOUT, DEFAULT_TIMEOUT = "PIPELINE_OPENAI_TIMEOUT", 120.0
ENV_RETRIES, DEFAULT_RETRIES = "PIPELINE_OPENAI_RETRIES", 4
ENV_BACKOFF, DEFAULT_BACKOFF = "PIPELINE_OPENAI_BACKOFF", 1.0
DEFAULT_JOBS = 4
#: Failed requests in a row (across segments) after which the endpoint is given up for the run:
#: one segment's retries alone (4 + 1 attempts) can reach it, the next segment's failure trips it.
DEFAULT_MAX_FAILURES = 5
MAX_WAIT = 60.0  # cap on one backoff or Retry-After wait
#: Statuses worth retrying (RFC 9110: 408/429 and the 5xx family; 529 = "overloaded" at some hosts).
RETRY_STATUS = frozenset({408, 409, 429, 500, 502, 503, 504, 529})
#: Words servers use when the model name is wrong (OpenAI, vLLM, Ollama, llama.cpp, LiteLLM).
UNKNOWN_MODEL_WORDS = ("not found", "does not exist", "unknown model", "no such model",
                       "invalid model", "not supported", "model_not_found", "try pulling")

SYSTEM_PROMPT = (
    "You translate Chinese local-government newspaper text into English for analysts "
    "and journalists. Translate only the segment you are given, faithfully and fluently. "
    "Use every required rendering exactly as written. Keep every number, converting "
    "万 and 亿 correctly (1亿 = 100 million). Reply with the English translation only: "
    "no Chinese, no notes, no quotation marks around it."
)
#: The headings of the prompt's lists, each followed by "- Chinese → English" lines.
RENDERINGS_HEAD = "Required renderings (Chinese → English, use exactly):"
NAMES_HEAD = "Names of people and places (Chinese → English, use exactly):"
#: The heading of the translation memory's fuzzy matches (pipeline.tm), when a segment has some.
EXAMPLES_HEAD = ("Similar sentences translated before (translation memory; follow their wording "
                 "where the segment says the same):")
_THINK = re.compile(r"<think>.*?</think>", re.DOTALL)


class _Retry(Exception):
    """A failure worth another attempt; `wait` is the server's Retry-After, if any."""

    def __init__(self, reason: str, wait: float | None = None) -> None:
        super().__init__(reason)
        self.wait = wait


class _Failed(Exception):
    """This segment cannot be translated by the endpoint (a 4xx about the request)."""


def user_prompt(r: Request) -> str:
    """The segment, its neighbours as context, its required renderings, the people and
    places it names, similar sentences from the translation memory, and a re-ask hint."""
    parts = []
    if r.before:
        parts.append(f"Context before (do not translate): {r.before}")
    if r.after:
        parts.append(f"Context after (do not translate): {r.after}")
    if r.terms:
        parts.append(_listing(RENDERINGS_HEAD, [(t.zh, t.en) for t in r.terms]))
    # the names the verification demands: one inside a glossary term takes the term's rendering
    names = required_names(r.names or (), r.terms)
    if names:
        parts.append(_listing(NAMES_HEAD, [(n.zh, n.en) for n in names]))
    if r.examples:
        parts.append(_listing(EXAMPLES_HEAD, r.examples))
    if r.hint:
        parts.append(r.hint)
    parts.append(f"Segment to translate ({r.kind}):\n{r.zh}")
    return "\n\n".join(parts)


def _listing(head: str, pairs: Sequence[tuple[str, str]]) -> str:
    """`head` over one "- Chinese → English" line per pair, each pair once."""
    return head + "\n" + "\n".join(f"- {zh} → {en}" for zh, en in dict.fromkeys(pairs))


def answer_text(body: object) -> str:
    """The English from a chat-completions response body; _Retry when it is malformed."""
    try:
        content = body["choices"][0]["message"]["content"]  # type: ignore[index]
    except (KeyError, IndexError, TypeError):
        raise _Retry("malformed response: no choices[0].message.content") from None
    if not isinstance(content, str):
        raise _Retry("malformed response: content is not text")
    text = _THINK.sub("", content).strip()
    if not text:
        raise _Retry("empty answer")
    return text


def _error_message(raw: bytes) -> str:
    """The server's own error text, on one line, short."""
    text = raw.decode("utf-8", "replace")
    try:
        body = json.loads(text)
        err = body.get("error", body.get("detail", body.get("message", text)))
        text = str(err.get("message", err) if isinstance(err, dict) else err)
    except (ValueError, AttributeError):
        pass
    return " ".join(text.split())[:200]


def _retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or HTTP-date, RFC 9110 §10.2.3)."""
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


class OpenAIEngine:
    name = "openai"
    accepts_hint = True
    reports_progress = True

    def __init__(self, deps: EngineDeps | None = None, *, model: str | None = None,
                 base_url: str | None = None, jobs: int | None = None,
                 timeout: float | None = None, retries: int | None = None,
                 backoff: float | None = None, max_failures: int | None = None,
                 **options: object) -> None:
        if not model:
            raise EngineError("engine 'openai' needs a model: give --model NAME")
        self.model = model
        self.base_url = (base_url or os.environ.get("OPENAI_BASE_URL") or DEFAULT_BASE_URL).rstrip("/")
        if not self.base_url.startswith(("http://", "https://")):
            raise EngineError(f"openai: base URL {self.base_url!r} must start with http:// or https://")
        self.url = self.base_url + "/chat/completions"
        self._key = os.environ.get("OPENAI_API_KEY", "")
        self.jobs = max(1, jobs or DEFAULT_JOBS)
        self.timeout = timeout if timeout is not None else _env(ENV_TIMEOUT, DEFAULT_TIMEOUT)
        self.retries = int(retries if retries is not None else _env(ENV_RETRIES, DEFAULT_RETRIES))
        self.backoff = backoff if backoff is not None else _env(ENV_BACKOFF, DEFAULT_BACKOFF)
        if self.timeout <= 0:
            raise EngineError(f"openai: the timeout must be above 0 seconds, not {self.timeout:g}")
        self.max_failures = max(0, DEFAULT_MAX_FAILURES if max_failures is None else max_failures)
        self.monitor: Monitor | None = deps.monitor if deps is not None else None
        self._reached = threading.Event()  # set once the server has answered anything
        self._stop = threading.Event()  # set when a batch ends early (error, Ctrl-C)
        self._wake = threading.Event()  # set with _stop or _given_up: ends every backoff wait
        self._given_up = threading.Event()  # the circuit breaker has tripped: send nothing more
        self._lock = threading.Lock()
        self._failures: list[str] = []  # the segment ids of the failed requests in a row
        self._gave_up = ""  # why nothing more is sent, once the breaker has tripped

    @property
    def cache_id(self) -> str:
        """What decides an answer, for the cache: never the key."""
        return f"openai|{self.model}|{self.base_url}"

    def translate(self, requests: Sequence[Request]) -> list[Translation]:
        if not requests:
            return []
        first: list[Translation] = []
        if not self._reached.is_set():  # probe alone: a wrong URL/key/model fails once, fast
            first = [self._one(requests[0])]
        rest = requests[len(first):]
        pool = ThreadPoolExecutor(max_workers=self.jobs, thread_name_prefix="openai")
        futures: list[Future[Translation]] = [pool.submit(self._one, r) for r in rest]
        try:
            return first + [f.result() for f in futures]
        except BaseException:
            self._stop.set()  # in-flight workers give up instead of retrying
            self._wake.set()
            raise
        finally:
            pool.shutdown(wait=False, cancel_futures=True)

    def _one(self, r: Request) -> Translation:
        payload = json.dumps({
            "model": self.model,
            "messages": [{"role": "system", "content": SYSTEM_PROMPT},
                         {"role": "user", "content": user_prompt(r)}],
            "temperature": 0,
        }, ensure_ascii=False).encode("utf-8")
        reason, tries = "", 0
        try:
            for attempt in range(self.retries + 1):
                if self._given_up.is_set():
                    break
                tries = attempt + 1
                try:
                    text = answer_text(self._post(payload))
                except _Retry as e:
                    reason = str(e)
                    self._failed(r.id, reason)
                    if self._stop.is_set():
                        break
                    if attempt < self.retries:
                        wait = e.wait if e.wait is not None else self.backoff * 2 ** attempt
                        self._wake.wait(min(wait, MAX_WAIT))
                    continue
                except _Failed as e:
                    self._failed(r.id, str(e))
                    return Translation("", self.name, error=str(e))
                self._succeeded()
                return Translation(text, self.name)
            if not tries:
                return Translation("", self.name, error=f"not sent: {self._gave_up}")
            return Translation("", self.name, error=f"{reason}, {tries} attempt{'s' * (tries > 1)}")
        finally:
            if self.monitor is not None:
                self.monitor.advance()

    def _succeeded(self) -> None:
        with self._lock:
            self._failures.clear()

    def _failed(self, segment: str, reason: str) -> None:
        """Count a failed request; trip the breaker at `max_failures` in a row from more than
        one segment (one segment that keeps failing fails alone), with one warning line."""
        if self.monitor is not None:
            self.monitor.fail()
        with self._lock:
            self._failures.append(segment)
            trip = (0 < self.max_failures <= len(self._failures)
                    and len(set(self._failures)) > 1 and not self._given_up.is_set())
            if not trip:
                return
            self._gave_up = (f"gave up on {self.base_url} after {len(self._failures)} failed "
                             "requests in a row")
            self._given_up.set()
            self._wake.set()
        self._warn(f"openai: {self._gave_up} (last: {reason}); the remaining segments get "
                   "the gloss translation, flagged 'fallback' (--max-failures N sets the limit)")

    def _warn(self, line: str) -> None:
        if self.monitor is not None:
            self.monitor.warn(line)
        else:
            print(line, file=sys.stderr, flush=True)

    def _post(self, payload: bytes) -> object:
        headers = {"Content-Type": "application/json", "Accept": "application/json"}
        if self._key:
            headers["Authorization"] = f"Bearer {self._key}"
        req = urllib.request.Request(self.url, data=payload, headers=headers, method="POST")
        if self.monitor is not None:
            self.monitor.sent()
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                raw = resp.read()
            self._reached.set()
        except urllib.error.HTTPError as e:
            self._reached.set()
            self._http_error(e.code, e.read(), e.headers.get("Retry-After"))
        except TimeoutError:
            raise _Retry(f"no answer within {self.timeout:g}s") from None
        except (urllib.error.URLError, http.client.HTTPException, OSError) as e:
            self._connection_error(e)
        finally:
            if self.monitor is not None:
                self.monitor.received()
        try:
            return json.loads(raw)
        except ValueError:
            raise _Retry("malformed response: not JSON") from None

    def _http_error(self, code: int, raw: bytes, retry_after: str | None) -> NoReturn:
        msg = self._redact(_error_message(raw))
        if code in (401, 403):
            raise EngineError(f"openai: {self.base_url} refused the API key (HTTP {code}: {msg}); "
                              "check OPENAI_API_KEY")
        named = self.model.casefold() in msg.casefold()
        if named and (code == 404 or any(w in msg.casefold() for w in UNKNOWN_MODEL_WORDS)):
            raise EngineError(f"openai: unknown model {self.model!r} at {self.base_url} "
                              f"(HTTP {code}: {msg}); check --model")
        if code == 404:
            raise EngineError(f"openai: no chat-completions endpoint at {self.url} (HTTP 404); "
                              "check --base-url or OPENAI_BASE_URL (it usually ends in /v1)")
        if code in RETRY_STATUS:
            raise _Retry(f"HTTP {code}: {msg}", _retry_after(retry_after))
        raise _Failed(f"HTTP {code}: {msg}")

    def _connection_error(self, e: Exception) -> NoReturn:
        cause = getattr(e, "reason", e)
        if isinstance(cause, TimeoutError):
            raise _Retry(f"no answer within {self.timeout:g}s") from None
        host = urllib.parse.urlsplit(self.url).hostname
        what = (f"cannot resolve host {host!r}" if isinstance(cause, socket.gaierror) else
                "connection refused" if isinstance(cause, ConnectionRefusedError) else
                f"TLS failed ({cause})" if isinstance(cause, ssl.SSLError) else
                f"connection failed ({cause})")
        fatal = isinstance(cause, (socket.gaierror, ConnectionRefusedError, ssl.SSLError))
        if fatal and not self._reached.is_set():  # never reached: wrong URL or server down
            raise EngineError(f"openai: cannot reach {self.base_url}: {what}; "
                              "check --base-url or OPENAI_BASE_URL and that the server is running")
        raise _Retry(what)

    def _redact(self, text: str) -> str:
        return text.replace(self._key, "***") if self._key else text


def _env(name: str, default: float) -> float:
    value = os.environ.get(name)
    if not value:
        return default
    try:
        return float(value)
    except ValueError:
        raise EngineError(f"{name}={value!r} is not a number") from None
