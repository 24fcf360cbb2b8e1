"""A distributed run end to end: scheduler + two workers + a Chroma server, many threads on the replay server."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable

import pytest
from sqlalchemy import func, select

from bot.demo.replay import ReplayServer
from bot.storage.models import Comment, Draft, Opportunity, Signal, TaskClaim, TokenBucket
from bot.watching.watches import add_watch
from knowledge.ingest import ingest
from tests.conftest import SAMPLE
from tests.distributed.conftest import Cluster, wait_for
from tests.fakes import reddit_threads

# CI runs 12 threads (about a minute of the suite's budget); the 200: KUULO_TEST_DISTRIBUTED_THREADS=200.
THREADS = int(os.environ.get("KUULO_TEST_DISTRIBUTED_THREADS", "12"))
pytestmark = [pytest.mark.distributed, pytest.mark.slow, pytest.mark.timeout(600 + 6 * THREADS)]


def settled(cluster: Cluster) -> Callable[[], bool]:
    services = cluster.services()

    def check() -> bool:
        with services.db.read() as session:
            polls = session.scalar(select(func.count()).where(TaskClaim.kind == "poll", TaskClaim.status == "done"))
            active = session.scalar(select(func.count()).where(TaskClaim.status.in_(["queued", "running"])))
        return polls == THREADS and active == 0

    return check


def test_scheduler_and_two_workers_store_assess_and_draft_each_comment_once(
    broker_url: str, cluster_env: Callable[..., Cluster], replay: ReplayServer
) -> None:
    # Every poll takes a token of the shared Reddit budget in the database (600 a minute: it never waits here).
    cluster = cluster_env(broker_url, KUULO_SHARED_RATE_LIMITS="reddit=600/60")
    services = cluster.services()
    ingest(services.guidance, [SAMPLE])
    urls = reddit_threads.serve(replay, THREADS)
    for url in urls:
        add_watch(services.db, services.settings, url, objective="trust", topics=["lämpöpumput", "värmepump"])

    for n in range(2):
        cluster.worker("--concurrency", "4", name=f"worker{n}")
    scheduler = cluster.start("scheduler", name="scheduler")
    everything = "every thread polled, processed and drafted"
    wait_for(settled(cluster), 150 + 3 * THREADS, everything, diagnose=cluster.diagnose)
    cluster.stop(scheduler)

    expected = sum(reddit_threads.comment_count(n) for n in range(THREADS))
    with services.db.read() as session:
        comments = session.scalar(select(func.count()).select_from(Comment))
        live = session.scalar(select(func.count()).where(Comment.text.is_not(None)))
        signals = session.scalar(select(func.count()).select_from(Signal))
        to_draft = set(session.scalars(select(Opportunity.comment_id).where(Opportunity.action == "draft")))
        drafted = Counter(session.scalars(select(Draft.comment_id)))
        polls = list(session.scalars(select(TaskClaim).where(TaskClaim.kind == "poll")))
        failed = list(session.scalars(select(TaskClaim).where(TaskClaim.status != "done")))
    fetched = Counter(request.path for request in replay.requests)
    assert comments == expected, "every comment stored once"
    assert signals == live, "every live comment assessed once (one signals row each; deleted ones never)"
    assert set(fetched.values()) == {1} and len(fetched) == THREADS, "each thread fetched once"
    assert to_draft, "the sample questions are worth answering"
    assert set(drafted) == to_draft and set(drafted.values()) == {1}, "each opportunity drafted once"
    assert all(claim.deliveries == 1 for claim in polls)
    assert not failed, [(claim.key, claim.status, claim.error) for claim in failed]
    assert all(f"kuulo.{kind}" in cluster.log("worker0") + cluster.log("worker1") for kind in ("poll", "draft"))

    status = cluster.run("status")
    assert status.returncode == 0, status.stderr
    assert "Workers: 2 answered" in status.stdout
    assert "  poll: 0 queued, 0 running" in status.stdout and "Dead letters: none" in status.stdout

    polled = cluster.run("poll", "--all")
    assert polled.returncode == 0, polled.stderr
    lines = polled.stdout.strip().splitlines()
    assert len(lines) == THREADS
    assert all(line.endswith(": 0 new, 0 changed, 0 deleted") for line in lines), lines[:3]
    with services.db.read() as session:
        spent = session.scalar(select(TokenBucket.tokens).where(TokenBucket.key.like("rate:reddit:%")))
    assert spent is not None and spent < 600, "the workers' and the poll's requests spent the shared budget"
