"""/healthz over real HTTP: the lease holder, the last poll and the database as JSON; 200 healthy, 503 otherwise."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from slack_bolt import App
from sqlalchemy import update

from bot.slack.app import http_server
from bot.storage.db import Database, head_revision
from bot.storage.models import Watch
from scheduler import lease
from tests.ops.conftest import add_watch, migrated_database


@pytest.fixture
def sdb(tmp_path: Path) -> Iterator[Database]:
    db = migrated_database(tmp_path / "data")
    yield db
    db.dispose()


@pytest.fixture
def health_url(sdb: Database) -> Iterator[str]:
    app = App(signing_secret="s3cret", token="xoxb-health", token_verification_enabled=False)
    server = http_server(app, 0, host="127.0.0.1", db=sdb)
    thread = threading.Thread(target=server.serve, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.port}/healthz"
    server.stop()
    thread.join(timeout=5)


def _get(url: str) -> httpx.Response:
    with httpx.Client(timeout=5) as client:
        return client.get(url)


def test_healthz_with_a_live_lease_reports_holder_last_poll_and_database_with_200(
    health_url: str, sdb: Database
) -> None:
    assert lease.acquire(sdb, lease.Holder("web1:77:abc", "web1", 77), 300, datetime.now(UTC))
    watch_id = add_watch(sdb)
    polled = datetime(2025, 3, 1, 10, 0, tzinfo=UTC)
    with sdb.write() as session:
        session.execute(update(Watch).where(Watch.id == watch_id).values(last_polled_at=polled))
    response = _get(health_url)
    assert response.status_code == 200
    body = response.json()
    assert body["ok"] is True and body["database"] == "ok" and body["schema_revision"] == head_revision()
    assert body["lease"]["host"] == "web1" and body["lease"]["pid"] == 77 and body["lease"]["alive"] is True
    assert body["last_poll"].startswith("2025-03-01T10:00:00")


def test_healthz_without_a_running_scheduler_answers_503(health_url: str, sdb: Database) -> None:
    holder = lease.Holder("old:1:x", "old", 1)
    assert lease.acquire(sdb, holder, 30, datetime.now(UTC) - timedelta(hours=1))  # expired long ago
    response = _get(health_url)
    assert response.status_code == 503
    body = response.json()
    assert body["ok"] is False and body["database"] == "ok"
    assert body["lease"]["alive"] is False and body["last_poll"] is None
