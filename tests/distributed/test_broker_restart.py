"""The broker node stopped and started under running workers (serial: it stops RabbitMQ for every vhost).

``rabbitmqctl stop_app`` drops every connection and stops the node's queues; ``start_app`` brings them
back from disk (durable queues, persistent messages). The node is always started again, in a ``finally``.
"""

from __future__ import annotations

import subprocess
import time
from collections import Counter
from collections.abc import Callable

import pytest
from sqlalchemy import select

from bot.demo.replay import ReplayServer
from bot.storage.models import Comment, TaskClaim, utcnow
from bot.watching.watches import add_watch
from scheduler.distributed import enqueue_due
from tests.distributed.conftest import Cluster, rabbitmqctl, wait_for
from tests.fakes import reddit_threads

pytestmark = [pytest.mark.distributed, pytest.mark.slow, pytest.mark.timeout(600)]
THREADS = 3


def _start_app() -> None:
    """start_app, retried: the node may still be stopping when it is asked."""
    for attempt in range(10):
        try:
            rabbitmqctl("start_app")
            break
        except RuntimeError:
            if attempt == 9:
                raise
            time.sleep(2)
    subprocess.run(["rabbitmqctl", "await_startup"], capture_output=True, timeout=120, check=False)


def test_workers_reconnect_after_the_broker_node_restarts_and_nothing_is_lost(
    broker_url: str, cluster_env: Callable[..., Cluster], replay: ReplayServer
) -> None:
    cluster = cluster_env(broker_url)
    services = cluster.services()
    for n in range(THREADS):  # slow threads: one is polled while the node stops, the others wait on the queue
        replay.add("GET", f"/comments/{reddit_threads.thread_id(n)}.json", reddit_threads.response(n, delay=3.0))
        add_watch(services.db, services.settings, reddit_threads.thread_url(n), topics=["lämpöpumput"])
    cluster.worker("--queues", "poll,process", "--concurrency", "1", name="worker")
    enqueue_due(services, utcnow(), include_all=True)

    def polls() -> dict[str, int]:
        with services.db.read() as session:
            rows = session.scalars(select(TaskClaim.status).where(TaskClaim.kind == "poll"))
            return dict(Counter(rows))

    wait_for(lambda: polls().get("running", 0) == 1, 60, "the first poll to start", diagnose=cluster.diagnose)
    try:
        rabbitmqctl("stop_app")
        time.sleep(4)  # the running poll finishes while the node is down; its acknowledgement has nowhere to go
    finally:
        _start_app()

    wait_for(lambda: polls() == {"done": THREADS}, 240, "every poll done after the restart", diagnose=cluster.diagnose)
    expected = sum(reddit_threads.comment_count(n) for n in range(THREADS))
    with services.db.read() as session:
        stored = Counter(session.scalars(select(Comment.external_id)))
    assert len(stored) == expected and set(stored.values()) == {1}, "nothing lost, nothing stored twice"

    replay.add("GET", f"/comments/{reddit_threads.thread_id(THREADS)}.json", reddit_threads.response(THREADS))
    add_watch(services.db, services.settings, reddit_threads.thread_url(THREADS), topics=["lämpöpumput"])
    again = cluster.run("poll", timeout=240)  # the same worker, reconnected, takes new work
    assert again.returncode == 0, again.stderr + cluster.diagnose()
    assert f"{reddit_threads.comment_count(THREADS)} new, 0 changed, 0 deleted" in again.stdout, again.stdout
