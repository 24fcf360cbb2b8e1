"""A comment deleted on its platform is removed from Kuulo at the next poll."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from bot.demo.replay import ReplayServer
from bot.storage.db import Database
from bot.storage.models import Comment, Opportunity, Signal
from tests.conftest import FIXTURES

URL = "https://www.reddit.com/r/Suomi/comments/1abcde/lampopumppu/"
THREAD_PATH = "/comments/1abcde.json"


def _deleted_on_second_poll(replay: ReplayServer) -> None:
    cassette = json.loads((FIXTURES / "reddit" / "thread_nested.json").read_text("utf-8"))
    for item in cassette["interactions"]:
        request = item["request"]
        if request["path"] != THREAD_PATH:
            replay.add(request.get("method", "GET"), request["path"], item["response"], request.get("query"))
            continue
        first = item["response"]
        second = copy.deepcopy(first)
        for child in second["json"][1]["data"]["children"]:
            if child["data"].get("id") == "c1":  # Reddit's documented shape of a deleted comment
                child["data"].update(body="[deleted]", author="[deleted]", body_html="<div>[deleted]</div>")
        replay.add("GET", THREAD_PATH, [first, second], request.get("query"))


def test_poll_after_upstream_deletion_purges_text_author_signals_and_opportunity(
    kuulo: Any, replay: ReplayServer, tmp_path: Path
) -> None:
    _deleted_on_second_poll(replay)
    env = {"KUULO_REDDIT_URL": replay.url}
    assert kuulo("watch", "add", URL, **env).code == 0
    first = kuulo("poll", **env)
    assert first.code == 0, first.err
    db = Database.open(f"sqlite:///{tmp_path / 'data' / 'kuulo.db'}")
    try:
        with db.read() as session:
            c1 = session.scalars(select(Comment).where(Comment.external_id == "c1")).one()
            assert c1.text and c1.author_name == "Matti_V"
            assert session.scalar(select(func.count()).select_from(Signal).where(Signal.comment_id == c1.id)) == 1
            with_text = session.scalar(select(func.count()).select_from(Comment).where(Comment.text.is_not(None)))
        second = kuulo("poll", "--all", **env)
        assert "1 deleted" in second.out, second.out
        with db.read() as session:
            row = session.get(Comment, c1.id)
            assert row is not None and row.deleted
            assert (row.text, row.author_name, row.author_id, row.extra) == (None, None, None, {})
            assert session.scalar(select(func.count()).select_from(Signal).where(Signal.comment_id == c1.id)) == 0
            assert (
                session.scalar(select(func.count()).select_from(Opportunity).where(Opportunity.comment_id == c1.id))
                == 0
            )
            others = session.scalar(select(func.count()).select_from(Comment).where(Comment.text.is_not(None)))
            assert others == (with_text or 0) - 1
    finally:
        db.dispose()
