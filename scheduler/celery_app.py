"""The Celery application of distributed mode: durable queues by kind of work, late acknowledgement.

Only this package imports Celery. Messages carry nothing but a claim's key and token
(:mod:`scheduler.claims`); what to do and with what is read from the database when the task
starts, so a message delivered twice, late, or after its work finished does no harm.

Queues (durable, on direct exchanges of the same name; messages persistent):

- ``poll``: fetch and store a thread (network I/O);
- ``process``: embed and classify a thread's new comments (CPU: about one per core);
- ``draft``: write a reply with the language model (model I/O);
- ``publish``: the outbox (one run at a time, so approval order is kept per account);
- ``slack``: digest and report posting.

Tasks are acknowledged after they finish (``acks_late``) and given back when their worker
dies (``task_reject_on_worker_lost``), and a worker takes one message at a time
(``worker_prefetch_multiplier = 1``), so a killed worker's task is delivered again and a
slow worker does not sit on a queue's messages.
"""

from __future__ import annotations

from typing import Any

from celery import Celery
from kombu.entity import Exchange, Queue

from bot.config import Settings
from scheduler.claims import Claimed

QUEUES = ("poll", "process", "draft", "publish", "slack")
KINDS = ("poll", "process", "draft", "job")

app = Celery("kuulo", set_as_current=False)
_configured: str | None = None


def broker_url(settings: Settings) -> str:
    if settings.broker_url is None:
        raise ValueError("KUULO_BROKER_URL is not set")
    return settings.broker_url.get_secret_value()


def configure(settings: Settings) -> Celery:
    """Point the app at ``KUULO_BROKER_URL`` with Kuulo's delivery guarantees (idempotent)."""
    global _configured
    url = broker_url(settings)
    if _configured == url:
        return app
    if _configured is not None:
        _drop_connections()  # pointed elsewhere now: connections to the old broker must not be reused
    options: dict[str, Any] = {}
    if url.startswith(("redis://", "rediss://")):
        # Redis has no acknowledgements: an unacknowledged message comes back after the visibility timeout,
        # so it must outlast the longest task (docs/scaling.md).
        options["visibility_timeout"] = settings.task_claim_seconds
    app.conf.update(
        broker_url=url,
        broker_connection_retry_on_startup=True,
        broker_connection_max_retries=None,  # a worker waits for the broker to come back, however long
        broker_heartbeat=60,  # a worker busy loading a model must not be taken for dead
        broker_transport_options=options,
        broker_pool_limit=10,
        task_queues=[_queue(q) for q in QUEUES],
        task_default_queue="poll",
        task_create_missing_queues=False,
        task_default_delivery_mode="persistent",
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        task_acks_on_failure_or_timeout=True,
        task_ignore_result=True,
        task_store_errors_even_if_ignored=False,
        worker_prefetch_multiplier=1,
        worker_hijack_root_logger=False,
        worker_redirect_stdouts=False,
        worker_send_task_events=False,
        worker_enable_remote_control=True,
        worker_cancel_long_running_tasks_on_connection_loss=False,
        enable_utc=True,
    )
    _configured = url
    return app


def _drop_connections() -> None:
    """Close the app's connection and producer pools (what Celery itself does after a fork)."""
    pool = app._pool
    if pool is not None:
        pool.force_close_all()
    app._pool = None
    amqp = app.__dict__.get("amqp")
    if amqp is not None:
        producers = amqp._producer_pool
        if producers is not None:
            producers.force_close_all()
        amqp._producer_pool = None


def _queue(name: str) -> Queue:
    exchange = Exchange(name, type="direct", durable=True)  # type: ignore[no-untyped-call]
    return Queue(name, exchange, routing_key=name, durable=True)  # type: ignore[no-untyped-call]


def send(settings: Settings, claimed: Claimed, producer: Any = None) -> None:
    """Publish the claim's message on its queue (persistent; retried briefly if the connection blinks).

    ``producer``: one taken from :func:`producer` for many messages (the scheduler's pass), else one is
    taken from the pool for this message."""
    configure(settings).send_task(
        f"kuulo.{claimed.kind}",
        args=[claimed.key, claimed.token],
        queue=claimed.queue,
        routing_key=claimed.queue,
        delivery_mode=2,
        retry=True,
        retry_policy={"max_retries": 5, "interval_start": 0.2, "interval_step": 0.5, "interval_max": 2.0},
        producer=producer,
    )


def producer(settings: Settings) -> Any:
    """A context holding one producer (and its connection) from the pool, for sending many messages."""
    return configure(settings).producer_or_acquire()
