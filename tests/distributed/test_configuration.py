"""Distributed mode refuses to start without its servers: a clear error naming the setting, exit 1, nothing written."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest
import sqlalchemy as sa

from tests.conftest import CliResult
from tests.distributed.conftest import Cluster

BROKER = "amqp://guest:guest@127.0.0.1:5672//"
NOWHERE = "http://127.0.0.1:9"  # the discard port: nothing answers HTTP there


@pytest.mark.parametrize("command", [("worker",), ("scheduler",), ("poll",)])
def test_a_broker_with_sqlite_is_refused(
    command: tuple[str, ...], kuulo: Callable[..., CliResult], tmp_path: Path
) -> None:
    result = kuulo(*command, KUULO_BROKER_URL=BROKER, KUULO_CHROMA_URL=NOWHERE)
    assert result.code == 1
    assert "KUULO_DATABASE_URL" in result.err and "PostgreSQL" in result.err
    assert not (tmp_path / "data" / "kuulo.db").exists(), "no SQLite database was created"


def _tables(url: str) -> list[str]:
    engine = sa.create_engine(url)
    try:
        return sa.inspect(engine).get_table_names()
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_an_unreachable_chroma_server_is_refused(kuulo: Callable[..., CliResult], postgres_url: str) -> None:
    result = kuulo("worker", KUULO_BROKER_URL=BROKER, KUULO_DATABASE_URL=postgres_url, KUULO_CHROMA_URL=NOWHERE)
    assert result.code == 1
    assert "KUULO_CHROMA_URL" in result.err and "chroma run" in result.err
    assert _tables(postgres_url) == [], "nothing was written"


@pytest.mark.postgres
def test_an_unreachable_broker_is_refused(
    kuulo: Callable[..., CliResult], postgres_url: str, chroma_server: str
) -> None:
    dead = "amqp://guest:guest@127.0.0.1:9//"
    result = kuulo("scheduler", KUULO_BROKER_URL=dead, KUULO_DATABASE_URL=postgres_url, KUULO_CHROMA_URL=chroma_server)
    assert result.code == 1
    assert "KUULO_BROKER_URL" in result.err and "amqp://guest:**@127.0.0.1:9//" in result.err
    assert _tables(postgres_url) == [], "nothing was written"


def test_worker_without_a_broker_says_which_setting(kuulo: Callable[..., CliResult]) -> None:
    result = kuulo("worker")
    assert result.code == 1 and "KUULO_BROKER_URL" in result.err


def test_doctor_checks_the_broker_and_says_what_distributed_mode_needs(tmp_path: Path) -> None:
    from bot.config import Settings
    from bot.ops.doctor import Probe
    from scheduler.distributed import doctor_check

    def check(**values: str) -> tuple[str, str, str]:
        settings = Settings(_env_file=None, KUULO_DATA_DIR=str(tmp_path), **values)  # type: ignore[call-arg]
        [result] = doctor_check(Probe(settings))
        return result.status, result.detail, result.fix

    assert check()[0] == "skip"
    status, detail, fix = check(KUULO_BROKER_URL=BROKER)
    assert status == "fail" and "SQLite" in detail and "KUULO_DATABASE_URL" in fix
    postgres = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
    status, detail, fix = check(KUULO_BROKER_URL=BROKER, KUULO_DATABASE_URL=postgres)
    assert status == "fail" and "KUULO_CHROMA_URL" in detail + fix
    dead = "amqp://guest:secret@127.0.0.1:9//"
    status, detail, fix = check(KUULO_BROKER_URL=dead, KUULO_DATABASE_URL=postgres, KUULO_CHROMA_URL=NOWHERE)
    assert status == "fail" and "KUULO_BROKER_URL" in detail and "secret" not in detail + fix


def test_doctor_says_the_broker_answers(broker_url: str, tmp_path: Path) -> None:
    from bot.config import Settings
    from bot.ops.doctor import Probe
    from scheduler.distributed import doctor_check

    postgres = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None, KUULO_DATA_DIR=str(tmp_path), KUULO_BROKER_URL=broker_url, KUULO_DATABASE_URL=postgres,
        KUULO_CHROMA_URL=NOWHERE,
    )  # fmt: skip
    [result] = doctor_check(Probe(settings))
    assert result.status == "ok" and "answers" in result.detail and "guest:**@" in result.detail


@pytest.mark.postgres
def test_poll_with_no_worker_asks_again_then_refuses_and_queues_nothing(
    broker_url: str, cluster_env: Callable[..., Cluster]
) -> None:
    from sqlalchemy import func, select

    from bot.storage.models import TaskClaim
    from bot.watching.watches import add_watch
    from scheduler.distributed import WORKER_PING_WAITS
    from tests.fakes import reddit_threads

    cluster = cluster_env(broker_url)
    services = cluster.services()
    add_watch(services.db, services.settings, reddit_threads.thread_url(0), topics=["lämpöpumput"])
    started = time.monotonic()
    result = cluster.run("poll", timeout=120)
    waited = time.monotonic() - started
    assert result.returncode == 1
    assert "no `kuulo worker` answers" in result.stderr and "Nothing was queued" in result.stderr
    assert waited >= sum(WORKER_PING_WAITS), "a busy worker gets every wait before the refusal"
    with services.db.read() as session:
        assert session.scalar(select(func.count()).select_from(TaskClaim)) == 0, "nothing was queued"
