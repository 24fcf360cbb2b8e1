"""Faults in distributed mode: a worker killed mid-task, broker connections closed, and Redis as the broker."""

from __future__ import annotations

import os
import signal
import subprocess
from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import func, select

from bot.demo.replay import ReplayServer
from bot.storage.models import Comment, TaskClaim
from bot.watching.watches import add_watch
from tests.distributed.conftest import Cluster, rabbitmqctl, wait_for
from tests.fakes import reddit_threads

pytestmark = [pytest.mark.distributed, pytest.mark.slow, pytest.mark.timeout(600)]
REDIS_URL = "redis://127.0.0.1:6379/11"  # a database of its own; only Kombu's keys are removed afterwards


def claim_status(cluster: Cluster, key: str) -> tuple[str | None, int]:
    with cluster.services().db.read() as session:
        row = session.get(TaskClaim, key)
        return (row.status, row.deliveries) if row else (None, 0)


def test_killed_worker_task_is_redelivered_and_workers_survive_closed_connections(
    broker_url: str, vhost: str, cluster_env: Callable[..., Cluster], replay: ReplayServer
) -> None:
    cluster = cluster_env(broker_url)
    services = cluster.services()
    slow = reddit_threads.response(0, delay=4.0)  # long enough to kill the worker in the middle
    replay.add("GET", f"/comments/{reddit_threads.thread_id(0)}.json", slow)
    watch = add_watch(services.db, services.settings, reddit_threads.thread_url(0), topics=["lämpöpumput"]).watch
    key = f"poll:reddit:{reddit_threads.thread_id(0)}"

    doomed = cluster.worker("--queues", "poll", "--concurrency", "1", name="doomed")
    poll = subprocess.Popen(  # `kuulo poll` queues the thread and waits for it and what it leads to
        cluster.command("poll"), env=cluster.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    wait_for(lambda: claim_status(cluster, key)[0] == "running", 60, "the poll to start", diagnose=cluster.diagnose)
    os.kill(doomed.pid, signal.SIGKILL)  # the worker's main process dies with the task unacknowledged
    doomed.wait(10)
    cluster.worker("--concurrency", "2", name="survivor")
    out, err = poll.communicate(timeout=240)
    assert poll.returncode == 0, err + cluster.diagnose()
    expected = reddit_threads.comment_count(0)
    assert out.strip().startswith(f"watch {watch.id} {watch.url}: {expected} new, 0 changed, 0 deleted"), out
    status, deliveries = claim_status(cluster, key)
    assert (status, deliveries) == ("done", 2), "delivered again after the kill, and finished"
    with services.db.read() as session:
        stored = Counter(session.scalars(select(Comment.external_id)))
    assert len(stored) == expected and set(stored.values()) == {1}, "nothing stored twice"

    rabbitmqctl("close_all_connections", "--vhost", vhost, "kuulo test: broker connections dropped")
    replay.add("GET", f"/comments/{reddit_threads.thread_id(1)}.json", reddit_threads.response(1))
    add_watch(services.db, services.settings, reddit_threads.thread_url(1), topics=["lämpöpumput"])
    again = cluster.run("poll", timeout=240)
    assert again.returncode == 0, again.stderr + cluster.diagnose()
    assert f"{reddit_threads.comment_count(1)} new, 0 changed, 0 deleted" in again.stdout, again.stdout
    with services.db.read() as session:
        total = session.scalar(select(func.count()).select_from(Comment))
    assert total == expected + reddit_threads.comment_count(1)


def test_a_run_with_redis_as_the_broker(cluster_env: Callable[..., Cluster], replay: ReplayServer) -> None:
    if not os.environ.get("KUULO_TEST_BROKER_URL"):
        pytest.skip("no broker: set KUULO_TEST_BROKER_URL to run the distributed tests (Redis runs with them)")
    redis = pytest.importorskip("redis")
    client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2)
    try:
        client.ping()
    except redis.RedisError as exc:
        pytest.fail(f"the distributed tests need Redis on 127.0.0.1:6379 for the Redis-broker run: {exc}")
    cluster = cluster_env(REDIS_URL)
    _forget_queues(client)
    services = cluster.services()
    urls = reddit_threads.serve(replay, 2)
    for url in urls:
        add_watch(services.db, services.settings, url, topics=["lämpöpumput"])
    try:
        cluster.worker("--concurrency", "2", name="redis-worker")
        polled = cluster.run("poll", timeout=240)
        assert polled.returncode == 0, polled.stderr + cluster.diagnose()
        lines = polled.stdout.strip().splitlines()
        assert len(lines) == 2 and all(" new, 0 changed, 0 deleted" in line for line in lines), lines
        with services.db.read() as session:
            total = session.scalar(select(func.count()).select_from(Comment))
        assert total == sum(reddit_threads.comment_count(n) for n in range(2))
    finally:
        cluster.close()
        _forget_queues(client)
        client.close()


def _forget_queues(client: Any) -> None:
    """Kombu's keys in the test database: the queues, their bindings, unacknowledged messages."""
    for pattern in ("poll", "process", "draft", "publish", "slack", "_kombu.*", "unacked*", "*.pidbox*"):
        for key in client.scan_iter(pattern):
            client.delete(key)
