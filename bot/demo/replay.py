"""A local HTTP server that replays recorded platform responses.

The demo and the test suite point Kuulo's base-URL settings at it, so the real
source code and the real HTTP client run against responses shaped exactly like
the platforms' documented ones. It records every request it receives.

A cassette is JSON::

    {"platform": "reddit", "documentation": "https://www.reddit.com/dev/api/",
     "interactions": [
       {"request": {"method": "GET", "path": "/comments/abc.json", "query": {"raw_json": "1"}},
        "response": {"status": 200, "headers": {}, "json": [...]}}]}

A request matches an interaction on method, path and the listed query values
(a subset). Several interactions matching the same request are served in turn,
the last one repeating, which is how a thread "changes between polls".
A response may give ``json`` or ``body`` (text), ``delay`` seconds, and
``truncate`` (cut the body after that many bytes). ``{{base_url}}`` in bodies
and headers becomes the server's own address.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit


@dataclass
class Interaction:
    method: str
    path: str
    query: dict[str, str]
    responses: list[dict[str, Any]]
    served: int = 0


@dataclass(frozen=True)
class ReceivedRequest:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: bytes


@dataclass
class _State:
    interactions: list[Interaction] = field(default_factory=list)
    received: list[ReceivedRequest] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


class ReplayServer:
    """``with ReplayServer() as server: server.load(path); ... server.url``"""

    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        self._state = _State()
        state = self._state

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            # Headers and body go out as two writes: with Nagle's algorithm on, the body waits for the client's
            # delayed ACK of the headers (about 40 ms on Linux), which a real platform's server does not add.
            disable_nagle_algorithm = True

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
                return

            def _handle(self) -> None:
                parts = urlsplit(self.path)
                query = {k: v[-1] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                request = ReceivedRequest(
                    self.command, parts.path, query, {k.lower(): v for k, v in self.headers.items()}, body
                )
                with state.lock:
                    state.received.append(request)
                    response = _pick(state.interactions, request)
                _send(self, response, server_url(self))

            do_GET = _handle
            do_POST = _handle
            do_PUT = _handle
            do_DELETE = _handle

        def server_url(handler: BaseHTTPRequestHandler) -> str:
            address: Any = handler.server.server_address
            return f"http://{address[0]}:{address[1]}"

        self._server = ThreadingHTTPServer((host, port), Handler)
        self._server.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        address: Any = self._server.server_address
        return f"http://{address[0]}:{address[1]}"

    @property
    def requests(self) -> list[ReceivedRequest]:
        with self._state.lock:
            return list(self._state.received)

    def requests_to(self, path: str) -> list[ReceivedRequest]:
        return [r for r in self.requests if r.path == path]

    def add(
        self,
        method: str,
        path: str,
        response: dict[str, Any] | Iterable[dict[str, Any]],
        query: dict[str, str] | None = None,
    ) -> None:
        """Add one interaction; a list of responses is served in turn."""
        responses = [response] if isinstance(response, dict) else list(response)
        with self._state.lock:
            self._state.interactions.append(Interaction(method.upper(), path, dict(query or {}), responses))

    def load(self, cassette: Path | str | dict[str, Any]) -> None:
        data = cassette if isinstance(cassette, dict) else json.loads(Path(cassette).read_text("utf-8"))
        for item in data["interactions"]:
            request = item["request"]
            responses = item["responses"] if "responses" in item else [item["response"]]
            self.add(request.get("method", "GET"), request["path"], responses, request.get("query"))

    def load_dir(self, folder: Path | str) -> None:
        for path in sorted(Path(folder).glob("*.json")):
            self.load(path)

    def reset(self) -> None:
        with self._state.lock:
            self._state.interactions.clear()
            self._state.received.clear()

    def start(self) -> ReplayServer:
        self._thread = threading.Thread(target=self._server.serve_forever, name="replay-server", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> ReplayServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _pick(interactions: list[Interaction], request: ReceivedRequest) -> dict[str, Any]:
    for interaction in interactions:
        if interaction.method != request.method or interaction.path != request.path:
            continue
        if any(request.query.get(k) != v for k, v in interaction.query.items()):
            continue
        index = min(interaction.served, len(interaction.responses) - 1)
        interaction.served += 1
        return interaction.responses[index]
    return {
        "status": 404,
        "json": {"error": "no recorded response", "method": request.method, "path": request.path},
    }


def _send(handler: BaseHTTPRequestHandler, response: dict[str, Any], base_url: str) -> None:
    delay = float(response.get("delay", 0))
    if delay:
        time.sleep(delay)
    headers = {k: str(v).replace("{{base_url}}", base_url) for k, v in response.get("headers", {}).items()}
    if "json" in response:
        payload = json.dumps(response["json"]).replace("{{base_url}}", base_url).encode()
        headers.setdefault("Content-Type", "application/json; charset=utf-8")
    else:
        payload = str(response.get("body", "")).replace("{{base_url}}", base_url).encode()
        headers.setdefault("Content-Type", "text/plain; charset=utf-8")
    status = int(response.get("status", 200))
    truncate = response.get("truncate")
    handler.send_response(status)
    for key, value in headers.items():
        handler.send_header(key, value)
    if truncate is not None:
        # Announce the whole body, send part of it, close: a truncated transfer.
        handler.send_header("Content-Length", str(len(payload)))
        handler.send_header("Connection", "close")
        handler.end_headers()
        handler.wfile.write(payload[: int(truncate)])
        handler.wfile.flush()
        handler.close_connection = True
        return
    if status != 304:
        handler.send_header("Content-Length", str(len(payload)))
    handler.end_headers()
    if status != 304 and handler.command != "HEAD":
        handler.wfile.write(payload)
