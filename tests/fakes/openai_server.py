"""A local OpenAI-compatible chat completions server for tests and the demo.

It speaks ``POST /v1/chat/completions`` (and ``/chat/completions``) the way the
Chat Completions API documents it (https://platform.openai.com/docs/api-reference/chat/object),
so the real ``openai`` client runs through LangChain against it. Every request
body is recorded. What it answers comes from a queue, then from a responder::

    with FakeOpenAI() as fake:
        fake.enqueue({"skip": False, ...})            # JSON content of the assistant message
        fake.enqueue(FakeResponse.error(429, retry_after=0))
        fake.enqueue(FakeResponse(content="{}", delay=2.0))
        fake.enqueue(FakeResponse(raw_body="not json"))
        fake.responder = lambda messages: {...}       # when the queue is empty

With an empty queue and no responder it answers 500, so a test that forgot to
enqueue fails loudly instead of hanging.
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

PATHS = ("/v1/chat/completions", "/chat/completions")


@dataclass
class FakeResponse:
    status: int = 200
    content: str | None = None  # the assistant message's content
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds to wait before answering (for timeouts)
    raw_body: str | None = None  # sent as is instead of a chat.completion (malformed output)
    finish_reason: str = "stop"
    refusal: str | None = None

    @classmethod
    def error(cls, status: int, message: str = "fake error", retry_after: float | None = None) -> FakeResponse:
        headers = {"retry-after": f"{retry_after:g}"} if retry_after is not None else {}
        kind = {429: "rate_limit_exceeded", 401: "invalid_request_error"}.get(status, "server_error")
        body = {"error": {"message": message, "type": kind, "param": None, "code": kind}}
        return cls(status=status, headers=headers, raw_body=json.dumps(body))


Answer = str | dict[str, Any] | FakeResponse
Responder = Callable[[list[dict[str, Any]]], Answer]


@dataclass(frozen=True)
class ChatRequest:
    path: str
    headers: dict[str, str]
    body: dict[str, Any]

    @property
    def messages(self) -> list[dict[str, Any]]:
        return list(self.body.get("messages", []))

    def message(self, role: str) -> str:
        return "\n".join(str(m.get("content", "")) for m in self.messages if m.get("role") == role)


def as_response(answer: Answer) -> FakeResponse:
    if isinstance(answer, FakeResponse):
        return answer
    if isinstance(answer, dict):
        return FakeResponse(content=json.dumps(answer, ensure_ascii=False))
    return FakeResponse(content=answer)


class FakeOpenAI:
    def __init__(self, model: str = "gpt-4o-mini") -> None:
        self.model = model
        self.responder: Responder | None = None
        self._queue: deque[FakeResponse] = deque()
        self._received: list[ChatRequest] = []
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._counter = 0
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # headers and body are two writes: no 40 ms wait for a delayed ACK

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
                return

            def do_POST(self) -> None:
                try:
                    fake._handle(self)
                except (BrokenPipeError, ConnectionResetError, TimeoutError):
                    self.close_connection = True  # the client gave up (a timeout test): nothing to answer

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        """Base URL as OPENAI_BASE_URL expects it (the client appends ``/chat/completions``)."""
        address: Any = self._server.server_address
        return f"http://{address[0]}:{address[1]}/v1"

    @property
    def requests(self) -> list[ChatRequest]:
        with self._lock:
            return list(self._received)

    def enqueue(self, *answers: Answer) -> None:
        with self._lock:
            self._queue.extend(as_response(answer) for answer in answers)

    def _next(self, request: ChatRequest) -> FakeResponse:
        with self._lock:
            self._received.append(request)
            if self._queue:
                return self._queue.popleft()
            responder = self.responder
        if responder is None:
            return FakeResponse.error(500, "nothing enqueued on the fake OpenAI server")
        return as_response(responder(request.messages))

    def _handle(self, handler: BaseHTTPRequestHandler) -> None:
        length = int(handler.headers.get("Content-Length") or 0)
        raw = handler.rfile.read(length) if length else b""
        if handler.path.split("?")[0] not in PATHS:
            _write(handler, 404, {}, json.dumps({"error": {"message": f"unknown path {handler.path}"}}))
            return
        try:
            body = json.loads(raw or b"{}")
        except json.JSONDecodeError:
            _write(handler, 400, {}, json.dumps({"error": {"message": "request body is not JSON"}}))
            return
        request = ChatRequest(handler.path, {k.lower(): v for k, v in handler.headers.items()}, body)
        response = self._next(request)
        if response.delay and self._stopping.wait(response.delay):
            return
        payload = response.raw_body if response.raw_body is not None else json.dumps(self._completion(body, response))
        _write(handler, response.status, response.headers, payload)

    def _completion(self, body: dict[str, Any], response: FakeResponse) -> dict[str, Any]:
        with self._lock:
            self._counter += 1
            number = self._counter
        content = response.content or ""
        prompt_chars = sum(len(str(m.get("content", ""))) for m in body.get("messages", []))
        return {
            "id": f"chatcmpl-fake{number:06d}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": body.get("model", self.model),
            "system_fingerprint": "fp_fake",
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": response.content, "refusal": response.refusal},
                    "logprobs": None,
                    "finish_reason": response.finish_reason,
                }
            ],
            "usage": {
                "prompt_tokens": prompt_chars // 4,
                "completion_tokens": len(content) // 4,
                "total_tokens": prompt_chars // 4 + len(content) // 4,
            },
        }

    def start(self) -> FakeOpenAI:
        self._thread = threading.Thread(target=self._server.serve_forever, name="fake-openai", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> FakeOpenAI:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _write(handler: BaseHTTPRequestHandler, status: int, headers: dict[str, str], payload: str) -> None:
    data = payload.encode("utf-8")
    handler.send_response(status)
    handler.send_header("Content-Type", "application/json")
    for key, value in headers.items():
        handler.send_header(key, value)
    handler.send_header("Content-Length", str(len(data)))
    handler.end_headers()
    handler.wfile.write(data)
