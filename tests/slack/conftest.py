"""Slack fixtures: a fake Web API, settings pointing at it, a real Bolt app, signed requests."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest
from slack_bolt import App, BoltRequest, BoltResponse
from slack_sdk.signature import SignatureVerifier

from bot.config import Settings
from bot.slack.app import build_app
from bot.storage.db import Database
from tests.conftest import make_settings
from tests.fakes.slack_api import FakeSlack

SECRET = "test-signing-secret-0123456789"
APPROVER, OUTSIDER, GROUP_MEMBER = "UAPPROVER", "UOUTSIDER", "UGROUPMEMBER"
CHANNEL = "C0REVIEW"


@pytest.fixture
def fake_slack() -> Iterator[FakeSlack]:
    with FakeSlack() as fake:
        fake.usergroups["SREVIEWERS"] = [GROUP_MEMBER]
        yield fake


@pytest.fixture
def sdb(tmp_path: Path) -> Iterator[Database]:
    database = Database.open(f"sqlite:///{tmp_path / 'slack.db'}")
    yield database
    database.dispose()


@pytest.fixture
def slack_settings(tmp_path: Path, fake_slack: FakeSlack) -> Settings:
    return make_settings(
        tmp_path,
        slack_bot_token="xoxb-test-token",
        slack_signing_secret=SECRET,
        slack_api_url=fake_slack.url,
        review_channel=CHANNEL,
        approvers=f"{APPROVER},SREVIEWERS",
    )


@pytest.fixture
def app(sdb: Database, slack_settings: Settings) -> App:
    return build_app(sdb, slack_settings)


def signed(body: str, content_type: str, *, timestamp: int | None = None, secret: str = SECRET) -> BoltRequest:
    ts = str(timestamp if timestamp is not None else int(time.time()))
    signature = SignatureVerifier(secret).generate_signature(timestamp=ts, body=body)
    headers = {"content-type": [content_type], "x-slack-signature": [signature], "x-slack-request-timestamp": [ts]}
    return BoltRequest(body=body, headers=headers)


def interaction(payload: dict[str, Any], **kwargs: Any) -> BoltRequest:
    body = urlencode({"payload": json.dumps(payload)})
    return signed(body, "application/x-www-form-urlencoded", **kwargs)


def block_action(
    action_id: str, value: str, user: str = APPROVER, ts: str = "1.0", action_ts: str | None = None
) -> dict[str, Any]:
    return {
        "type": "block_actions",
        "team": {"id": "T0KUULO"},
        "user": {"id": user},
        "api_app_id": "AKUULO",
        "token": "legacy",
        "trigger_id": f"trigger-{time.monotonic_ns()}",
        "channel": {"id": CHANNEL},
        "container": {"type": "message", "channel_id": CHANNEL, "message_ts": ts},
        "message": {"ts": ts},
        "actions": [
            {
                "type": "button",
                "action_id": action_id,
                "block_id": "b",
                "value": value,
                "action_ts": action_ts or f"{time.time():.6f}",
            }
        ],
    }


def view_submission(callback_id: str, meta: str, values: dict[str, Any], user: str = APPROVER) -> dict[str, Any]:
    return {
        "type": "view_submission",
        "team": {"id": "T0KUULO"},
        "user": {"id": user},
        "api_app_id": "AKUULO",
        "token": "legacy",
        "trigger_id": f"trigger-{time.monotonic_ns()}",
        "view": {
            "id": f"V{time.monotonic_ns()}",
            "hash": f"h{time.monotonic_ns()}",
            "type": "modal",
            "callback_id": callback_id,
            "private_metadata": meta,
            "state": {"values": values},
        },
    }


def dispatch(app: App, request: BoltRequest) -> BoltResponse:
    return app.dispatch(request)
