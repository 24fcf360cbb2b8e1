"""End to end: a poll assesses the new comments and the opportunities export shows why."""

from __future__ import annotations

import json
from typing import Any

from bot.demo.replay import ReplayServer
from tests.conftest import FIXTURES
from tests.test_exports import validate_rows


def test_poll_assesses_new_comments_and_exports_opportunities(kuulo: Any, replay: ReplayServer) -> None:
    replay.load(FIXTURES / "reddit" / "thread_nested.json")
    env = {"KUULO_REDDIT_URL": replay.url, "KUULO_CLASSIFIER": "offline", "KUULO_DRAFTER": "offline"}
    url = "https://www.reddit.com/r/Suomi/comments/1abcde/x/"
    assert kuulo("watch", "add", url, "--topic", "lämpöpumput", **env).code == 0
    assert kuulo("poll", **env).code == 0
    result = kuulo("export", "--what", "opportunities", "--format", "jsonl")
    assert result.code == 0, result.err
    rows = [json.loads(line) for line in result.out.splitlines()]
    validate_rows("opportunities", rows)
    comments = [
        json.loads(line) for line in kuulo("export", "--what", "comments", "--format", "jsonl").out.splitlines()
    ]
    live = {c["id"] for c in comments if not c["deleted"] and c["text"]}
    assert {r["comment_id"] for r in rows} == live
    assert all(r["reason"] and r["action"] in ("draft", "digest", "escalate", "ignore") for r in rows)
    print(json.dumps(rows, ensure_ascii=False, indent=1))
