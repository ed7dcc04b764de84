"""A real chat-completions server on 127.0.0.1 (ephemeral port) with scripted answers.

The default answer "translates" by echoing what a faithful translation must hold:
the required renderings and the names listed in the prompt and the English of each
number, padded to a translation's length, so verification passes unless a test's
script says otherwise.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from pipeline.engines.openai import NAMES_HEAD, RENDERINGS_HEAD
from pipeline.qa import SHORTEST, expected_length
from pipeline.zh.numbers import find_quantities

# The prompt layout of pipeline.engines.openai.user_prompt: parts apart by a blank line.
_SEGMENT = re.compile(r"Segment to translate \([a-z]+\):\n(.*)\Z", re.DOTALL)
_PAIR = re.compile(r"^- (\S+) → (.+)$", re.MULTILINE)


def listed(prompt: str, head: str) -> dict[str, str]:
    """The Chinese → English pairs of the prompt's list under `head`."""
    part = next((p for p in prompt.split("\n\n") if p.startswith(head + "\n")), "")
    return dict(_PAIR.findall(part))


@dataclass
class Reply:
    status: int = 200
    body: object = None  # dict → JSON; bytes → as is; None → the default answer
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds to sleep before answering (past the client's timeout)
    cut: int | None = None  # send only this many bytes of the body, then close the connection


@dataclass
class Seen:
    """One request as the server received it."""

    model: str
    segment: str
    renderings: dict[str, str]  # the required renderings (glossary terms)
    prompt: str
    authorization: str
    names: dict[str, str] = field(default_factory=dict)  # the people and places


#: Said after the default answer until it is long enough to pass as a translation
#: (pipeline.qa's length check: at least SHORTEST of the expected length).
FILLER = " The rest of the sentence in English."


def default_answer(seen: Seen) -> str:
    numbers = " ".join(q.en for q in find_quantities(seen.segment))
    said = [*seen.renderings.values(), *seen.names.values(), numbers]
    text = " ".join(["English for:", *said]).strip() + "."
    while len(text) < SHORTEST * expected_length(seen.segment):
        text += FILLER
    return text


def completion(text: str) -> dict[str, object]:
    return {"id": "chatcmpl-test", "object": "chat.completion",
            "choices": [{"index": 0, "message": {"role": "assistant", "content": text},
                         "finish_reason": "stop"}]}


Script = Callable[[Seen, int], Reply]  # (request, how many times this segment was seen before)


class ChatServer:
    def __init__(self, script: Script | None = None) -> None:
        self.script: Script = script or (lambda seen, n: Reply())
        self.seen: list[Seen] = []
        self.lock = threading.Lock()
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"

    def segments(self) -> list[str]:
        return [s.segment for s in self.seen]

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: object) -> None:
                pass

            def do_POST(self) -> None:
                if self.path != "/v1/chat/completions":
                    return self._send(404, b'{"error": "no such route"}', {})
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                prompt = body["messages"][-1]["content"]
                m = _SEGMENT.search(prompt)
                seen = Seen(body["model"], m.group(1) if m else "",
                            listed(prompt, RENDERINGS_HEAD), prompt,
                            self.headers.get("Authorization", ""), listed(prompt, NAMES_HEAD))
                with server.lock:
                    n = sum(s.segment == seen.segment for s in server.seen)
                    server.seen.append(seen)
                reply = server.script(seen, n)
                time.sleep(reply.delay)
                payload = reply.body if reply.body is not None else completion(default_answer(seen))
                data = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
                self._send(reply.status, data, reply.headers, reply.cut)

            def _send(self, status: int, data: bytes, headers: dict[str, str],
                      cut: int | None = None) -> None:
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    for k, v in headers.items():
                        self.send_header(k, v)
                    self.end_headers()
                    self.wfile.write(data[:cut])
                    if cut is not None:
                        self.close_connection = True
                except OSError:
                    pass  # the client gave up (timeout test)

        return Handler


@contextmanager
def chat_server(script: Script | None = None) -> Iterator[ChatServer]:
    server = ChatServer(script)
    thread = threading.Thread(target=server.httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.httpd.shutdown()
        server.httpd.server_close()
