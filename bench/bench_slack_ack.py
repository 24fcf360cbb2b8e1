"""Slack acknowledgement latency over real HTTP, against its bars.

The Bolt app runs as ``kuulo slack --http`` does in production (its own
process, waitress, ``KUULO_HTTP_THREADS`` worker threads) against the fake
Slack Web API from the test suite. Measured in one run:

1. ``GET /livez`` × 100 at once: the baseline of what the server itself costs (no database, no lease).
2. 100 concurrent Approve clicks, each a signed ``block_actions`` request for a different pending draft (built and
   signed before the clock starts, as Slack does on its own machines; only sending and the answer are timed):
   ack p50 / p99 (bars: p99 ≤ 1 s, p50 ≤ 1.5 × the /livez p50), every answer 200, and afterwards
   every draft approved exactly once (one ``approved`` decision, one publish job).

   Steps 1 and 2 alternate ``KUULO_BENCH_ROUNDS`` (3) times, each round with its own 100 drafts, after one
   unmeasured /livez burst that opens the client's connections, and each once the server is idle again (the last
   round's card refreshes done): a single pair of bursts on a shared 2-core
   machine swings by 2× with whatever else ran in that second (session 8 saw 1.06× and 2.11× on the same code),
   so each round's ratio is printed and the bar is judged on their median; the p99 bar on every click.
3. Modal edits of 1,000 characters (``view_submission``), ``KUULO_BENCH_EDITS`` (20) of them,
   ``KUULO_BENCH_EDIT_CLIENTS`` (5) at a time: the draft checks run inside the answer, so
   the p99 of the answer is the validation time (bar ≤ 2 s). Every other edit carries a link to a
   domain that is not allowed and must come back with the checks' error in the modal.

``KUULO_BENCH_HTTP_THREADS`` sets the server's threads (default: the setting's default);
``KUULO_BENCH_SERVER_LOG`` keeps the server's log. The machine's load average is printed: on a
shared machine the figures move with it.
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
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode

import httpx
from slack_sdk.signature import SignatureVerifier

CLICKS = int(os.environ.get("KUULO_BENCH_CLICKS", "100"))
ROUNDS = max(1, int(os.environ.get("KUULO_BENCH_ROUNDS", "3")))
EDITS = int(os.environ.get("KUULO_BENCH_EDITS", "20"))
EDIT_CLIENTS = int(os.environ.get("KUULO_BENCH_EDIT_CLIENTS", "5"))
EDIT_CHARS = 1000
ACK_P99_BAR = 1.0
RATIO_BAR = 1.5
EDIT_P99_BAR = 2.0


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _timed(
    send: Callable[[int], httpx.Response], n: int, clients: int | None = None
) -> list[tuple[float, httpx.Response]]:
    """``send(i)`` for i < n from ``clients`` threads (all n at once by default), each released by one barrier."""
    clients = min(clients or n, n)  # a barrier of more parties than sends would wait for ever
    barrier = threading.Barrier(clients)

    def one(i: int) -> tuple[float, httpx.Response]:
        if i < clients:
            barrier.wait()
        started = time.perf_counter()
        response = send(i)
        return time.perf_counter() - started, response

    with ThreadPoolExecutor(max_workers=clients) as pool:
        return list(pool.map(one, range(n)))


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _edit_text(n: int) -> str:
    """1,000 characters of Finnish; odd ones link to a domain no draft may link to."""
    sentence = "Kiitos kysymyksestä! Sovellus toimii myös ilman verkkoyhteyttä, ja tiedot synkronoidaan myöhemmin. "
    text = (sentence * (EDIT_CHARS // len(sentence) + 1))[:EDIT_CHARS]
    if n % 2:
        link = " Lue lisää: https://phishing.example.net/offline"
        text = text[: EDIT_CHARS - len(link)] + link
    return text


@dataclass
class Run:
    """One server configuration's figures."""

    processes: int
    threads: str
    livez: list[list[tuple[float, httpx.Response]]]  # one burst a round
    acks: list[list[tuple[float, httpx.Response]]]
    edits: list[tuple[float, httpx.Response]]
    approved_once: int
    twice: int
    jobs: int
    edits_right: int
    load: tuple[float, float]
    cpu: tuple[float, float]  # the server's CPU seconds for the /livez bursts, and for the Approve bursts


def _configs() -> list[tuple[int, str | None]]:
    """(processes, threads) per server to measure, from ``KUULO_BENCH_SERVERS`` (``"1x32,2x32"``)."""
    configs: list[tuple[int, str | None]] = []
    for item in os.environ.get("KUULO_BENCH_SERVERS", "1,2").split(","):
        processes, _, threads = item.strip().partition("x")
        configs.append((int(processes), threads or os.environ.get("KUULO_BENCH_HTTP_THREADS")))
    return configs


def main() -> None:
    runs = [_run(processes, threads) for processes, threads in _configs()]
    print(f"{'server':<34}{'request':<38}{'n':>5}{'p50 ms':>10}{'p99 ms':>10}{'max ms':>10}{'200':>6}{'load':>12}")
    for run in runs:
        server = f"{run.processes} process(es) x {run.threads} threads "
        rows = [
            row
            for n in range(len(run.acks))
            for row in (
                (f"GET /livez (baseline), round {n + 1}", run.livez[n]),
                (f"Approve click (ack), round {n + 1}", run.acks[n]),
            )
        ]
        for name, answers in (*rows, (f"modal edit, {EDIT_CHARS} chars ({EDIT_CLIENTS} at a time)", run.edits)):
            times = [t for t, _ in answers]
            print(
                f"{server:<34}{name:<38}{len(times):>5}{statistics.median(times) * 1000:>10.1f}"
                f"{_percentile(times, 0.99) * 1000:>10.1f}{max(times) * 1000:>10.1f}"
                f"{sum(r.status_code == 200 for _, r in answers):>6}{run.load[0]:>6.1f}-{run.load[1]:<5.1f}"
            )
    for run in runs:
        _bars(run)


def _bars(run: Run) -> None:
    ratios = [
        statistics.median(t for t, _ in acks) / max(statistics.median(t for t, _ in livez), 1e-9)
        for livez, acks in zip(run.livez, run.acks, strict=True)
    ]
    ratio = statistics.median(ratios)
    ack_t = [t for acks in run.acks for t, _ in acks]
    edit_t = [t for t, _ in run.edits]
    ack_ok = sum(r.status_code == 200 for acks in run.acks for _, r in acks)
    clicked = CLICKS * len(run.acks)
    p99, edit_p99 = _percentile(ack_t, 0.99), _percentile(edit_t, 0.99)
    print(
        f"bars, {run.processes} process(es) x {run.threads} threads "
        f"(load average {run.load[0]:.1f} before, {run.load[1]:.1f} after; 2 shared cores):"
    )
    print(f"  ack p99 {p99 * 1000:.0f} ms ≤ {ACK_P99_BAR * 1000:.0f} ms: {_verdict(p99 <= ACK_P99_BAR)}")
    each = ", ".join(
        f"{statistics.median(t for t, _ in a) * 1000:.0f} / {statistics.median(t for t, _ in b) * 1000:.0f} ms "
        f"= {r:.2f}x"
        for a, b, r in zip(run.acks, run.livez, ratios, strict=True)
    )
    print(
        f"  ack p50 / livez p50, each round: {each}; median of the rounds {ratio:.2f}x ≤ {RATIO_BAR}x: "
        f"{_verdict(ratio <= RATIO_BAR)}"
    )
    print(f"  clicks answered 200: {ack_ok}/{clicked}: {_verdict(ack_ok == clicked)}")
    once = run.approved_once == clicked and run.twice == 0 and run.jobs == clicked
    print(
        f"  drafts approved exactly once: {run.approved_once}/{clicked}, approved twice: {run.twice}, "
        f"publish jobs: {run.jobs}: {_verdict(once)}"
    )
    livez_cpu, ack_cpu = (c * 1000 / clicked for c in run.cpu)
    print(
        f"  server CPU a request within its burst (the processes' own clocks, steadier than wall time on a shared "
        f"machine): /livez {livez_cpu:.2f} ms, Approve click {ack_cpu:.2f} ms ({ack_cpu / max(livez_cpu, 1e-9):.2f}x)"
    )
    edit_ok = _verdict(edit_p99 <= EDIT_P99_BAR)
    print(f"  edit validation p99 {edit_p99 * 1000:.0f} ms ≤ {EDIT_P99_BAR * 1000:.0f} ms: {edit_ok}")
    print(
        f"  edits answered as expected (saved, or refused with the link error): {run.edits_right}/{EDITS}: "
        f"{_verdict(run.edits_right == EDITS)}"
    )


def _run(processes: int, threads: str | None) -> Run:
    from sqlalchemy import func, select

    from bot.review import decisions as review
    from bot.slack import blocks, modals
    from bot.storage.db import Database
    from bot.storage.models import Decision, PublishJob
    from tests.fakes.slack_api import FakeSlack
    from tests.slack.conftest import APPROVER, SECRET, block_action, view_submission
    from tests.slack.factory import make_draft

    with tempfile.TemporaryDirectory() as tmp, FakeSlack() as fake:
        data = Path(tmp) / "data"
        db = Database.open(f"sqlite:///{data / 'kuulo.db'}")
        # As the drafting stage leaves them: each with its checks' verdict (bot/review/verdicts.py).
        clicked = [[review.view(db, make_draft(db)) for _ in range(CLICKS)] for _ in range(ROUNDS)]
        edited = [review.view(db, make_draft(db)) for _ in range(EDITS)]
        port = _free_port()
        env = {k: v for k, v in os.environ.items() if not k.startswith(("KUULO_", "SLACK_", "OPENAI_"))}
        env.update(
            KUULO_DATA_DIR=str(data),
            SLACK_BOT_TOKEN="xoxb-bench",
            SLACK_SIGNING_SECRET=SECRET,
            KUULO_SLACK_API_URL=fake.url,
            KUULO_REVIEW_CHANNEL="C0REVIEW",
            KUULO_APPROVERS=APPROVER,
            KUULO_HTTP_PROCESSES=str(processes),
        )
        if threads:
            env["KUULO_HTTP_THREADS"] = threads
        # The app runs as `kuulo slack --http` would in production: its own process(es), so the
        # client threads here do not share its interpreter lock.
        server = subprocess.Popen(
            [sys.executable, "-m", "bot.cli", "slack", "--http", "--port", str(port)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=open(os.environ.get("KUULO_BENCH_SERVER_LOG", os.devnull), "a"),  # noqa: SIM115
        )
        url = f"http://127.0.0.1:{port}"
        verifier = SignatureVerifier(SECRET)
        client = httpx.Client(timeout=30, limits=httpx.Limits(max_connections=CLICKS))

        def signed(payload: dict[str, object]) -> tuple[str, dict[str, str]]:
            """The request Slack would send: the body and its signature (Slack signs on its own machines)."""
            body = urlencode({"payload": json.dumps(payload)})
            ts = str(int(time.time()))
            headers = {
                "content-type": "application/x-www-form-urlencoded",
                "x-slack-request-timestamp": ts,
                "x-slack-signature": verifier.generate_signature(timestamp=ts, body=body) or "",
            }
            return body, headers

        def signed_post(payload: dict[str, object]) -> httpx.Response:
            return post(signed(payload))

        def post(request: tuple[str, dict[str, str]]) -> httpx.Response:
            return client.post(f"{url}/slack/events", content=request[0], headers=request[1])

        def edit(i: int) -> httpx.Response:
            draft = edited[i]
            meta = modals.private_metadata(draft, "C0REVIEW", "1.0")
            values = {"text": {"value": {"type": "plain_text_input", "value": _edit_text(i)}}}
            return signed_post(view_submission(blocks.EDIT_VIEW, meta, values))

        try:
            _wait_ready(client, url, processes)
            _timed(lambda i: client.get(f"{url}/livez"), CLICKS)  # opens the connections every round reuses
            load_before = os.getloadavg()
            livez, acks, cpu_livez, cpu_acks = [], [], 0.0, 0.0
            for drafts in clicked:
                _wait_idle(server.pid)  # the last round's card refreshes done before this round's baseline
                cpu_start = _server_cpu(server.pid)
                livez.append(_timed(lambda i: client.get(f"{url}/livez"), CLICKS))
                cpu_between = _server_cpu(server.pid)
                clicks = [
                    signed(block_action(blocks.APPROVE, blocks.action_value(d))) for d in drafts
                ]  # before the clock
                acks.append(_timed(lambda i, clicks=clicks: post(clicks[i]), CLICKS))
                cpu_livez, cpu_acks = (
                    cpu_livez + cpu_between - cpu_start,
                    cpu_acks + _server_cpu(server.pid) - cpu_between,
                )
            edits = _timed(edit, EDITS, EDIT_CLIENTS)
            load_after = os.getloadavg()
        finally:
            client.close()
            server.terminate()
            server.wait(30)
        time.sleep(1.0)  # worker processes notice their parent is gone within 0.2 s
        with db.read() as session:
            approvals = dict(
                session.execute(
                    select(Decision.draft_id, func.count())
                    .where(Decision.action == "approved")
                    .group_by(Decision.draft_id)
                ).all()
            )
            jobs = int(session.scalar(select(func.count()).select_from(PublishJob)) or 0)
        versions = [review.view(db, draft.id).version for draft in edited]
        db.dispose()
    refused = [json.loads(r.content or b"{}").get("response_action") == "errors" for _, r in edits]
    edits_right = sum(
        r.status_code == 200 and refused[i] == bool(i % 2) and (versions[i] == (1 if i % 2 else 2))
        for i, (_, r) in enumerate(edits)
    )
    return Run(
        processes=processes,
        threads=threads or "default",
        livez=livez,
        acks=acks,
        edits=edits,
        approved_once=sum(approvals.get(draft.id) == 1 for drafts in clicked for draft in drafts),
        twice=sum(n > 1 for n in approvals.values()),
        jobs=jobs,
        edits_right=edits_right,
        load=(load_before[0], load_after[0]),
        cpu=(cpu_livez, cpu_acks),
    )


def _wait_idle(pid: int, limit: float = 30.0) -> None:
    """Return once the server has used under 2 % of a core for a quarter of a second (its background card
    refreshes done), or after ``limit`` seconds: a baseline measured while the last round's refreshes still run
    would be slowed by them and flatter the ratio."""
    deadline = time.monotonic() + limit
    used = _server_cpu(pid)
    while time.monotonic() < deadline:
        time.sleep(0.25)
        now = _server_cpu(pid)
        if now - used < 0.005:
            return
        used = now


def _server_cpu(pid: int) -> float:
    """CPU seconds the server's processes (``pid`` and the processes it forked) have used so far, from Linux's
    /proc: unlike the wall-clock figures, this hardly moves with the machine's other load."""
    ticks, total = os.sysconf("SC_CLK_TCK"), 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()  # after the command name: state, ppid, ...
        except OSError:
            continue  # a process that ended meanwhile
        if int(stat.parent.name) == pid or int(fields[1]) == pid:
            total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / ticks


def _verdict(ok: bool) -> str:
    return "met" if ok else "NOT MET"


def _wait_ready(client: httpx.Client, url: str, processes: int) -> None:
    """Until each of the server's processes has answered ``/livez`` (its ``X-Kuulo-Process`` header), then a few
    more requests for the first requests' imports, outside the measurement."""
    deadline = time.monotonic() + 900  # each process answers once the checks' model is loaded: slow under load
    seen: set[str] = set()
    while time.monotonic() < deadline and len(seen) < processes:
        try:  # fresh connections, several at once: an idle process accepts some of them
            with ThreadPoolExecutor(max_workers=8) as pool:
                answers = list(pool.map(lambda _: httpx.get(f"{url}/livez", headers={"Connection": "close"}), range(8)))
            seen |= {r.headers.get("x-kuulo-process", "") for r in answers if r.status_code == 200}
        except httpx.TransportError:
            time.sleep(0.2)
    if len(seen) < processes:
        raise RuntimeError(f"kuulo slack --http did not answer from {processes} process(es) within 900 s")
    for _ in range(3):
        client.get(f"{url}/livez")
