"""App Home: the queue counts, watches and their status, sources in trouble and guidance sources, from real rows."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

from slack_bolt import App
from sqlalchemy import select

from bot.config import Settings
from bot.storage.db import Database
from bot.storage.models import Draft, Post, Watch
from tests.fakes.slack_api import FakeSlack
from tests.slack.conftest import APPROVER, signed
from tests.slack.factory import make_draft


def _ingest_guidance(settings: Settings) -> None:
    from knowledge.store import open_chroma_client

    client = open_chroma_client(settings)
    try:
        collection = client.get_or_create_collection(settings.chroma_collection, embedding_function=None)
        sources = ["faq.md", "faq.md", "faq.md", "tone-fi.md"]
        collection.add(
            ids=[f"p{i}" for i in range(len(sources))],
            embeddings=[[1.0, 0.0, 0.0] for _ in sources],  # type: ignore[arg-type]  # numpy-typed stub; lists work
            documents=["x"] * len(sources),
            metadatas=[{"source": s, "kind": "faq"} for s in sources],
        )
    finally:
        client.close()  # type: ignore[attr-defined]


def _decide(db: Database, draft_id: int, status: str, posted_days_ago: float | None = None) -> None:
    with db.write() as session:
        draft = session.get(Draft, draft_id)
        assert draft is not None
        draft.status = status
        if posted_days_ago is not None:
            at = datetime.now(UTC) - timedelta(days=posted_days_ago)
            session.add(
                Post(
                    draft_id=draft_id,
                    platform="reddit",
                    external_id=f"t1_{draft_id}",
                    url=f"https://www.reddit.com/x/{draft_id}",
                    text="kiitos",
                    approver=APPROVER,
                    drafter="llm",
                    published_at=at,
                )
            )


def _open_home(app: App, fake_slack: FakeSlack) -> dict[str, Any]:
    event = {
        "type": "event_callback",
        "team_id": "T0KUULO",
        "api_app_id": "AKUULO",
        "event_id": "EvHome1",
        "event_time": 1,
        "event": {"type": "app_home_opened", "user": APPROVER, "tab": "home"},
    }
    assert app.dispatch(signed(json.dumps(event), "application/json")).status == 200
    [published] = fake_slack.wait_for("views.publish", timeout=30)
    assert published.params["user_id"] == APPROVER
    view: dict[str, Any] = published.params["view"]
    return view


def test_home_tab_shows_queue_counts_watches_troubles_and_guidance_sources(
    app: App, sdb: Database, slack_settings: Settings, fake_slack: FakeSlack
) -> None:
    drafts = [make_draft(sdb) for _ in range(5)]
    _decide(sdb, drafts[2], "approved")  # approved, not posted
    _decide(sdb, drafts[3], "approved", posted_days_ago=1)  # posted this week
    _decide(sdb, drafts[4], "approved", posted_days_ago=10)  # posted, but not this week
    with sdb.write() as session:
        broken = session.scalars(select(Watch).order_by(Watch.id)).first()
        assert broken is not None
        broken.status, broken.failures, broken.last_error = "error", 4, "HTTP 403 <@U1> from the API"
        broken_id = broken.id
    _ingest_guidance(slack_settings)
    view = _open_home(app, fake_slack)
    text = json.dumps(view, ensure_ascii=False)
    assert view["type"] == "home" and len(view["blocks"]) <= 100
    assert "Pending 2 · approved, not posted 1 · posted this week 1" in text
    headers = [b["text"]["text"] for b in view["blocks"] if b["type"] == "header"]
    assert headers == ["Kuulo review queue", "Watches", "Sources in trouble", "Guidance sources"]
    assert text.count("· reddit · ok ·") == 4 and f"#{broken_id} · reddit · error ·" in text
    assert f"Watch #{broken_id} · reddit · error after 4 failure(s): HTTP 403 &lt;@U1&gt; from the API" in text
    assert "faq.md · 3 passages" in text and "tone-fi.md · 1 passages" in text
    assert "KUULO_ESCALATION_CHANNEL" in text  # the fixture sets no escalation channel


def test_home_tab_without_guidance_or_troubles_says_so(app: App, sdb: Database, fake_slack: FakeSlack) -> None:
    make_draft(sdb)
    text = json.dumps(_open_home(app, fake_slack), ensure_ascii=False)
    assert "Pending 1 · approved, not posted 0 · posted this week 0" in text
    assert "No sources in trouble." in text
    assert "No guidance ingested yet" in text
