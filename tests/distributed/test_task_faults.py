"""Faults inside tasks: a pool child killed, a worker killed mid-draft and mid-publish, PostgreSQL connections dropped.

Each kill leaves the task unacknowledged; the broker delivers it again, the claim is taken over once
its heartbeat is quiet (``STALE_SECONDS``), and the stage runs again without doing anything twice.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy import func, select

from bot.demo.replay import ReplayServer
from bot.storage.models import Comment, Draft, Opportunity, Post, PublishJob, TaskClaim, Watch, utcnow
from bot.watching.watches import add_watch
from scheduler.distributed import enqueue_due, enqueue_job
from scheduler.registry import JOBS
from tests.distributed.conftest import Cluster, wait_for
from tests.drafting.test_llm_drafter import ANSWER
from tests.fakes import reddit_threads
from tests.fakes.openai_server import FakeOpenAI, FakeResponse
from tests.fakes.platform_publish import FakeMastodon
from tests.publishing.factory import make_approved

pytestmark = [pytest.mark.distributed, pytest.mark.slow, pytest.mark.timeout(600)]


def claim_of(cluster: Cluster, key: str) -> tuple[str | None, int]:
    with cluster.services().db.read() as session:
        row = session.get(TaskClaim, key)
        return (row.status, row.deliveries) if row else (None, 0)


def children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(p) for p in path.read_text().split()] if path.exists() else []


def stored_once(cluster: Cluster, expected: int) -> None:
    with cluster.services().db.read() as session:
        stored = Counter(session.scalars(select(Comment.external_id)))
    assert len(stored) == expected and set(stored.values()) == {1}, "every comment stored, none twice"


def test_killed_pool_child_poll_is_redelivered_and_completes(
    broker_url: str, cluster_env: Callable[..., Cluster], replay: ReplayServer
) -> None:
    cluster = cluster_env(broker_url)
    services = cluster.services()
    path = f"/comments/{reddit_threads.thread_id(0)}.json"
    replay.add("GET", path, [reddit_threads.response(0, delay=5.0), reddit_threads.response(0)])
    add_watch(services.db, services.settings, reddit_threads.thread_url(0), topics=["lämpöpumput"])
    key = f"poll:reddit:{reddit_threads.thread_id(0)}"

    worker = cluster.worker("--queues", "poll", "--pool", "prefork", "--concurrency", "1", name="forking")
    enqueue_due(services, utcnow(), include_all=True)
    wait_for(lambda: claim_of(cluster, key)[0] == "running", 60, "the poll to start", diagnose=cluster.diagnose)
    [child] = children(worker.pid)
    os.kill(child, signal.SIGKILL)  # the pool child dies mid-fetch; the main process stays and forks another

    wait_for(lambda: claim_of(cluster, key)[0] == "done", 120, "the poll redelivered", diagnose=cluster.diagnose)
    assert worker.poll() is None, "the worker's main process survived its child"
    assert claim_of(cluster, key) == ("done", 2), "delivered again after the kill, and finished"
    assert [r.path for r in replay.requests].count(path) in (1, 2), "fetched again only if the child had asked"
    stored_once(cluster, reddit_threads.comment_count(0))


@pytest.fixture
def slow_model() -> Iterator[FakeOpenAI]:
    with FakeOpenAI() as fake:
        fake.responder = lambda messages: FakeResponse(content=_json(ANSWER), delay=4.0)
        yield fake


def _json(value: Any) -> str:
    import json

    return json.dumps(value)


def test_worker_killed_mid_draft_the_draft_is_written_once(
    broker_url: str, cluster_env: Callable[..., Cluster], replay: ReplayServer, slow_model: FakeOpenAI
) -> None:
    cluster = cluster_env(broker_url, KUULO_DRAFTER="llm", OPENAI_BASE_URL=slow_model.url, KUULO_LLM_TIMEOUT="30")
    services = cluster.services()
    from knowledge.ingest import ingest
    from tests.conftest import SAMPLE

    ingest(services.guidance, [SAMPLE])
    reddit_threads.serve(replay, 1)
    add_watch(services.db, services.settings, reddit_threads.thread_url(0), objective="trust", topics=["lämpöpumput"])

    doomed = cluster.worker("--concurrency", "4", name="doomed")
    poll = subprocess.Popen(
        cluster.command("poll"), env=cluster.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )

    def drafting() -> bool:
        with services.db.read() as session:
            running = session.scalar(
                select(func.count()).where(TaskClaim.kind == "draft", TaskClaim.status == "running")
            )
        return bool(running) and len(slow_model.requests) > 0

    wait_for(drafting, 400, "a draft waiting on the model", diagnose=cluster.diagnose)
    os.kill(doomed.pid, signal.SIGKILL)
    doomed.wait(10)
    cluster.worker("--concurrency", "4", name="survivor")
    _out, err = poll.communicate(timeout=300)
    assert poll.returncode == 0, err + cluster.diagnose()

    with services.db.read() as session:
        to_draft = set(session.scalars(select(Opportunity.comment_id).where(Opportunity.action == "draft")))
        drafted = Counter(session.scalars(select(Draft.comment_id)))
        claims = list(session.scalars(select(TaskClaim).where(TaskClaim.kind == "draft")))
    assert to_draft and set(drafted) == to_draft, "every opportunity drafted"
    assert set(drafted.values()) == {1}, "no opportunity drafted twice"
    assert all(claim.status == "done" for claim in claims), [(c.key, c.status, c.error) for c in claims]
    assert any(claim.deliveries == 2 for claim in claims), "the killed draft was delivered again"


def test_worker_killed_mid_publish_the_reply_is_published_once(
    broker_url: str, cluster_env: Callable[..., Cluster]
) -> None:
    watched = FakeMastodon(token="other", account_id="1")
    brand = FakeMastodon(hang_seconds=60.0)
    try:
        cluster = cluster_env(
            broker_url,
            KUULO_PUBLISH="mastodon",
            KUULO_MASTODON_URL=brand.url,
            KUULO_MASTODON_TOKEN="brand-token",
            KUULO_PUBLISH_CLAIM_SECONDS="5",
            KUULO_HTTP_TIMEOUT="90",
        )
        services = cluster.services()
        uri = watched.add_status("111", "Toimiiko tämä ilman nettiä?")
        draft_id = make_approved(services.db, "mastodon", "111", comment_url=uri, extra={"uri": uri})
        brand.fail("post", "hang")  # the platform takes the post, then the worker dies before hearing so

        doomed = cluster.worker("--queues", "publish", name="doomed")
        assert enqueue_job(services, JOBS["publish-outbox"])
        wait_for(lambda: len(brand.posts) == 1, 60, "the post to reach the platform", diagnose=cluster.diagnose)
        os.kill(doomed.pid, signal.SIGKILL)
        doomed.wait(10)
        cluster.worker("--queues", "publish", name="survivor")

        def published() -> bool:
            with services.db.read() as session:
                return session.scalar(select(PublishJob.state).where(PublishJob.draft_id == draft_id)) == "published"

        wait_for(published, 180, "the job reconciled as published", diagnose=cluster.diagnose)
        # The stage commits the publish job first and closes its claim in a later transaction: wait for both.
        wait_for(lambda: claim_of(cluster, "job:publish-outbox")[0] == "done", 60, "the claim closed")
        assert claim_of(cluster, "job:publish-outbox") == ("done", 2)
        assert len(brand.posts) == 1, "the reply was not published twice"
        with services.db.read() as session:
            posts = list(session.scalars(select(Post).where(Post.draft_id == draft_id)))
        assert len(posts) == 1 and posts[0].external_id == brand.posts[0]["id"]
    finally:
        watched.close()
        brand.close()


def test_dropped_postgresql_connections_roll_back_and_the_task_retries(
    broker_url: str, cluster_env: Callable[..., Cluster], replay: ReplayServer
) -> None:
    app = f"kuulo-dist-{os.getpid()}-{time.monotonic_ns() % 100000}"
    cluster = cluster_env(broker_url)
    database = cluster.env["KUULO_DATABASE_URL"]
    cluster.env["KUULO_DATABASE_URL"] = f"{database}&application_name={app}"  # the worker's connections, by name
    services = cluster.services()
    reddit_threads.serve(replay, 1)
    watch = add_watch(services.db, services.settings, reddit_threads.thread_url(0), topics=["lämpöpumput"]).watch
    key = f"poll:reddit:{reddit_threads.thread_id(0)}"

    locker = sa.create_engine(database)
    try:
        with locker.connect() as conn:
            trans = conn.begin()
            # Hold the watch row: the poll stores the comments, then waits at the watch's update in the same
            # transaction; its connection is dropped there, with the comments written but not committed.
            conn.execute(select(Watch.id).where(Watch.id == watch.id).with_for_update())
            cluster.worker("--queues", "poll,process", "--concurrency", "2", name="worker")
            enqueue_due(services, utcnow(), include_all=True)
            waiting_sql = sa.text(
                "SELECT pid FROM pg_stat_activity WHERE application_name = :app AND wait_event_type = 'Lock'"
            )

            def blocked() -> list[int]:
                with locker.connect() as other:
                    return list(other.execute(waiting_sql, {"app": app}).scalars())

            wait_for(lambda: bool(blocked()), 60, "the poll to wait for the watch row", diagnose=cluster.diagnose)
            with locker.connect() as other, other.begin():
                for pid in blocked():
                    other.execute(sa.text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
            with locker.connect() as other:
                half = other.scalar(select(func.count()).select_from(Comment))
            assert half == 0, "nothing of the interrupted transaction is visible"
            wait_for(
                lambda: "the database failed mid-task" in cluster.log("worker"),
                60,
                "the retry",
                diagnose=cluster.diagnose,
            )
            trans.rollback()
    finally:
        locker.dispose()

    wait_for(lambda: claim_of(cluster, key)[0] == "done", 120, "the retried poll", diagnose=cluster.diagnose)
    assert claim_of(cluster, key) == ("done", 1), "a retry after a dropped connection is not another delivery"
    stored_once(cluster, reddit_threads.comment_count(0))
