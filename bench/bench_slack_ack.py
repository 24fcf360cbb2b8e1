"""Slack acknowledgement latency: 100 concurrent Approve clicks over real HTTP.

The Bolt app runs behind ``kuulo run --http``'s server (waitress) against the
fake Slack Web API from the test suite; each click is a signed
``block_actions`` request for a different pending draft, sent all at once from
100 threads. Reported: p50 and p99 time to the HTTP answer (Slack's limit is
3 s; the target is p99 < 1 s), and the same for ``/healthz`` under the same
concurrency as a baseline of what the server itself costs.
"""

from __future__ import annotations

import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlencode

import httpx
from slack_sdk.signature import SignatureVerifier

CLICKS = int(__import__("os").environ.get("KUULO_BENCH_CLICKS", "100"))


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _timed(send: Callable[[int], httpx.Response], n: int) -> tuple[list[float], list[int]]:
    barrier = threading.Barrier(n)

    def one(i: int) -> tuple[float, int]:
        barrier.wait()
        started = time.perf_counter()
        status = send(i).status_code
        return time.perf_counter() - started, status

    with ThreadPoolExecutor(max_workers=n) as pool:
        results = list(pool.map(one, range(n)))
    return [r[0] for r in results], [r[1] for r in results]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def main() -> None:
    from bot.review import decisions as review
    from bot.slack import blocks
    from bot.storage.db import Database
    from tests.fakes.slack_api import FakeSlack
    from tests.slack.conftest import APPROVER, SECRET, block_action
    from tests.slack.factory import make_draft

    with tempfile.TemporaryDirectory() as tmp, FakeSlack() as fake:
        data = Path(tmp) / "data"
        db = Database.open(f"sqlite:///{data / 'kuulo.db'}")
        values = [blocks.action_value(review.view(db, make_draft(db))) for _ in range(CLICKS)]
        port = _free_port()
        env = {k: v for k, v in os.environ.items() if not k.startswith(("KUULO_", "SLACK_", "OPENAI_"))}
        env.update(
            KUULO_DATA_DIR=str(data),
            SLACK_BOT_TOKEN="xoxb-bench",
            SLACK_SIGNING_SECRET=SECRET,
            KUULO_SLACK_API_URL=fake.url,
            KUULO_REVIEW_CHANNEL="C0REVIEW",
            KUULO_APPROVERS=APPROVER,
        )
        # The app runs as `kuulo slack --http` would in production: its own process, so the
        # 100 client threads here do not share its interpreter lock.
        server = subprocess.Popen(
            [sys.executable, "-m", "bot.cli", "slack", "--http", "--port", str(port)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=open(os.environ.get("KUULO_BENCH_SERVER_LOG", os.devnull), "w"),  # noqa: SIM115
        )
        url = f"http://127.0.0.1:{port}"
        verifier = SignatureVerifier(SECRET)
        client = httpx.Client(timeout=30, limits=httpx.Limits(max_connections=CLICKS))
        try:
            _wait_ready(client, url)

            def click(i: int) -> httpx.Response:
                body = urlencode({"payload": json.dumps(block_action(blocks.APPROVE, values[i]))})
                ts = str(int(time.time()))
                headers = {
                    "content-type": "application/x-www-form-urlencoded",
                    "x-slack-request-timestamp": ts,
                    "x-slack-signature": verifier.generate_signature(timestamp=ts, body=body),
                }
                return client.post(f"{url}/slack/events", content=body, headers=headers)

            health, health_status = _timed(lambda i: client.get(f"{url}/healthz"), CLICKS)
            acks, ack_status = _timed(click, CLICKS)
            deadline = time.monotonic() + 60
            approved = 0
            while time.monotonic() < deadline and approved < CLICKS:
                time.sleep(0.2)
                approved = sum(review.view(db, i + 1).status == "approved" for i in range(CLICKS))
        finally:
            client.close()
            server.terminate()
            server.wait(30)
            db.dispose()

    print(f"{CLICKS} concurrent requests over HTTP to `kuulo slack --http` (waitress + Bolt), fake Slack Web API")
    print(f"{'request':<28}{'p50 ms':>10}{'p99 ms':>10}{'max ms':>10}{'ok':>6}")
    rows = (("GET /healthz (baseline)", health, health_status), ("Approve click (ack)", acks, ack_status))
    for name, times, statuses in rows:
        print(
            f"{name:<28}{statistics.median(times) * 1000:>10.1f}{_percentile(times, 0.99) * 1000:>10.1f}"
            f"{max(times) * 1000:>10.1f}{sum(s == 200 for s in statuses):>6}"
        )
    ratio = statistics.median(acks) / max(statistics.median(health), 1e-9)
    print(f"ack p50 / healthz p50 = {ratio:.1f}x; target ack p99 < 1000 ms; drafts approved after the run: {approved}")


def _wait_ready(client: httpx.Client, url: str) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if client.get(f"{url}/healthz").status_code in (200, 503):
                return
        except httpx.TransportError:
            time.sleep(0.2)
    raise RuntimeError("kuulo slack --http did not start within 60 s")
