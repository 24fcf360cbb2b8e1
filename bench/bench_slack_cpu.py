"""CPU per Approve click, in one process: Bolt's path and the WSGI fast path side by side, one run.

The acknowledgement bars of ``bench_slack_ack`` come down to CPU: 100 clicks arriving at once share one
interpreter lock, so the median answer waits for about 50 clicks' CPU. Wall-clock figures on a shared
machine say little; CPU time does. Each click is a signed ``block_actions`` request for its own pending
draft, sent sequentially over a real socket to the app's waitress server running in this process:

- **request CPU**: the CPU time of the server's threads (waitress's accepting loop and its workers:
  HTTP parsing, the WSGI layer, Bolt or the fast path, the one write transaction), from each thread's
  own CPU clock; the client and the background's card refreshes are not counted;
- **handler CPU**: the same clicks' WSGI application alone, called directly in this thread
  (``time.thread_time()``), which is what a profile of the path shows.

``KUULO_BENCH_CPU_CLICKS`` (200) clicks per path after 10 warm-up clicks. ``KUULO_BENCH_PROFILE=bolt``
(or ``fast``) prints that path's cProfile (handler calls, cumulative time, top 30). The load average is
printed: CPU time per click still rises somewhat under load (shared caches), so compare paths within a run.
"""

from __future__ import annotations

import cProfile
import io
import json
import os
import pstats
import socket
import statistics
import tempfile
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from slack_sdk.signature import SignatureVerifier

from bench import table

CLICKS = int(os.environ.get("KUULO_BENCH_CPU_CLICKS", "200"))
WARM = 10
BURST = int(os.environ.get("KUULO_BENCH_CPU_BURST", "100"))  # concurrent requests of the burst measurement
PATHS = (("bolt", False), ("fast", True))


def _signed(secret: str, payload: dict[str, Any]) -> tuple[bytes, str, str]:
    body = urlencode({"payload": json.dumps(payload)})
    ts = str(int(time.time()))
    return body.encode(), ts, SignatureVerifier(secret).generate_signature(timestamp=ts, body=body) or ""


def _environ(body: bytes, ts: str, signature: str) -> dict[str, Any]:
    return {
        "REQUEST_METHOD": "POST",
        "PATH_INFO": "/slack/events",
        "QUERY_STRING": "",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "CONTENT_TYPE": "application/x-www-form-urlencoded",
        "CONTENT_LENGTH": str(len(body)),
        "HTTP_X_SLACK_REQUEST_TIMESTAMP": ts,
        "HTTP_X_SLACK_SIGNATURE": signature,
        "wsgi.input": io.BytesIO(body),
    }


def _http_request(port: int, body: bytes, ts: str, signature: str) -> bytes:
    head = (
        f"POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
        "Content-Type: application/x-www-form-urlencoded\r\n"
        f"Content-Length: {len(body)}\r\nX-Slack-Request-Timestamp: {ts}\r\nX-Slack-Signature: {signature}\r\n"
        "Connection: close\r\n\r\n"
    )
    return head.encode() + body


def _send(port: int, request: bytes) -> int:
    with socket.create_connection(("127.0.0.1", port)) as sock:
        sock.sendall(request)
        answer = b""
        while chunk := sock.recv(65536):
            answer += chunk
    return int(answer.split(b" ", 2)[1])


def _server_cpu() -> float:
    """CPU seconds of waitress's threads so far (its accepting loop runs in the ``kuulo-http`` thread)."""
    total = 0.0
    for thread in threading.enumerate():
        if thread.ident is not None and thread.name.startswith(("waitress-", "kuulo-http")):
            total += time.clock_gettime(time.pthread_getcpuclockid(thread.ident))
    return total


def main() -> None:
    from sqlalchemy import func, select

    from bot.review import decisions as review
    from bot.slack import blocks
    from bot.slack.app import HttpServer, build_app, wsgi
    from bot.slack.background import Background, wait_warm
    from bot.storage.db import Database
    from bot.storage.models import Decision
    from tests.conftest import make_settings
    from tests.fakes.slack_api import FakeSlack
    from tests.slack.conftest import APPROVER, SECRET, block_action
    from tests.slack.factory import make_draft

    load_before = os.getloadavg()[0]
    rows: list[list[object]] = []
    with tempfile.TemporaryDirectory() as tmp, FakeSlack() as fake:
        settings = make_settings(
            Path(tmp),
            slack_bot_token="xoxb-bench",
            slack_signing_secret=SECRET,
            slack_api_url=fake.url,
            review_channel="C0REVIEW",
            approvers=APPROVER,
        )
        db = Database.open(f"sqlite:///{Path(tmp) / 'kuulo.db'}")
        background = Background()
        app = build_app(db, settings, background=background)
        wait_warm(600)
        per_path = 2 * (WARM + CLICKS)
        drafts = [review.view(db, make_draft(db)) for _ in range(len(PATHS) * per_path)]
        requests = [_signed(SECRET, block_action(blocks.APPROVE, blocks.action_value(d))) for d in drafts]
        for n, (name, fast) in enumerate(PATHS):
            mine = requests[n * per_path : (n + 1) * per_path]
            application = wsgi(app, db, background, fast=fast)
            handler_ms = _handler_cpu(application, mine[: WARM + CLICKS], os.environ.get("KUULO_BENCH_PROFILE") == name)
            server = HttpServer(app, 0, host="127.0.0.1", threads=4, db=db, background=background)
            server._server.application = application  # the same server, this path's WSGI application
            serving = threading.Thread(target=server.serve, name="kuulo-http", daemon=True)
            serving.start()
            try:
                request_ms = _request_cpu(server.port, mine[WARM + CLICKS :])
            finally:
                server.stop()
                serving.join(10)
            rows.append(
                [
                    f"{name} ({'fast path' if fast else 'Bolt dispatch'})",
                    CLICKS,
                    statistics.median(handler_ms),
                    statistics.fmean(handler_ms),
                    statistics.median(request_ms),
                    statistics.fmean(request_ms),
                ]
            )
        burst = [
            _signed(SECRET, block_action(blocks.APPROVE, blocks.action_value(review.view(db, make_draft(db)))))
            for _ in range(BURST)
        ]
        server = HttpServer(app, 0, host="127.0.0.1", threads=32, db=db, background=background)
        serving = threading.Thread(target=server.serve, name="kuulo-http", daemon=True)
        serving.start()
        try:
            livez = f"GET /livez HTTP/1.1\r\nHost: 127.0.0.1:{server.port}\r\nConnection: close\r\n\r\n".encode()
            _burst_cpu(server.port, [livez] * 8)  # warm
            burst_ms = (
                _burst_cpu(server.port, [livez] * BURST),
                _burst_cpu(server.port, [_http_request(server.port, *r) for r in burst]),
            )
        finally:
            server.stop()
            serving.join(10)
        background.shutdown(wait=True)
        with db.read() as session:
            approved = int(
                session.scalar(select(func.count()).select_from(Decision).where(Decision.action == "approved")) or 0
            )
        db.dispose()
    print(
        table(
            f"CPU per Approve click, in-process, sequential (load average {load_before:.1f} before, "
            f"{os.getloadavg()[0]:.1f} after; 2 shared cores)",
            ["path", "clicks", "handler p50 ms", "handler mean ms", "request p50 ms", "request mean ms"],
            rows,
        )
    )
    print(f"drafts approved: {approved} of {len(PATHS) * 2 * (WARM + CLICKS) + BURST} clicked")
    print(
        f"{BURST} requests at once into a 32-thread server, its threads' CPU a request (cards refreshed in the "
        f"background not counted): /livez {burst_ms[0]:.2f} ms, Approve click {burst_ms[1]:.2f} ms "
        f"({burst_ms[1] / max(burst_ms[0], 1e-9):.2f}x)"
    )


def _burst_cpu(port: int, requests: list[bytes]) -> float:
    """Send ``requests`` at once (each on its own connection, released by one barrier); the server threads' CPU
    a request, in ms, once every answer is in."""
    barrier = threading.Barrier(len(requests))
    statuses: list[int] = []

    def send(request: bytes) -> None:
        barrier.wait()
        statuses.append(_send(port, request))

    before = _server_cpu()
    senders = [threading.Thread(target=send, args=(r,)) for r in requests]
    for sender in senders:
        sender.start()
    for sender in senders:
        sender.join()
    time.sleep(0.05)  # waitress's loop closes the connections after the answers: count that too
    if statuses != [200] * len(requests):
        raise RuntimeError(f"not every request of the burst was answered 200: {sorted(set(statuses))}")
    return (_server_cpu() - before) * 1000 / len(requests)


def _handler_cpu(
    application: Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]],
    requests: list[tuple[bytes, str, str]],
    profile: bool,
) -> list[float]:
    statuses: list[str] = []

    def start_response(status: str, headers: list[tuple[str, str]]) -> None:
        statuses.append(status)

    profiler = cProfile.Profile() if profile else None
    spent: list[float] = []
    for i, request in enumerate(requests):
        environ = _environ(*request)
        if profiler is not None and i >= WARM:
            profiler.enable()
        started = time.thread_time()
        b"".join(application(environ, start_response))
        took = time.thread_time() - started
        if profiler is not None:
            profiler.disable()
        if i >= WARM:
            spent.append(took * 1000)
    if any(not s.startswith("200") for s in statuses):
        raise RuntimeError(f"a click was not answered 200: {sorted(set(statuses))}")
    if profiler is not None:
        stats = pstats.Stats(profiler)
        stats.sort_stats("cumulative").print_stats(30)
        stats.sort_stats("tottime").print_stats(20)
    return spent


def _request_cpu(port: int, requests: list[tuple[bytes, str, str]]) -> list[float]:
    spent: list[float] = []
    for i, (body, ts, signature) in enumerate(requests):
        raw = _http_request(port, body, ts, signature)
        before = _server_cpu()
        status = _send(port, raw)
        time.sleep(0.002)  # waitress's loop closes the connection after the answer: count that too
        if status != 200:
            raise RuntimeError(f"a click was answered {status}")
        if i >= WARM:
            spent.append((_server_cpu() - before) * 1000)
    return spent
