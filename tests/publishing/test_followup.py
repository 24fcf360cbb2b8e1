"""Following the conversation: a replayed Reddit thread gains replies to our reply between polls."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from typing import Any

from sqlalchemy import select

from bot.conversation.followup import follow_up
from bot.demo.replay import ReplayServer
from bot.ops.exports import export_text
from bot.publishing.outbox import run_outbox
from bot.services import Services
from bot.storage.models import Post, PostReply
from tests.fakes.platform_publish import FakeReddit
from tests.publishing.factory import TEXT, make_approved
from tests.test_exports import validate_rows

# Shapes: https://www.reddit.com/dev/api/ (GET /comments/{article}), t1 fields as served with raw_json=1.


def _t1(cid: str, parent: str, author: str, body: str, created: float, score: int = 1) -> dict[str, Any]:
    return {
        "kind": "t1",
        "data": {
            "id": cid,
            "name": f"t1_{cid}",
            "parent_id": parent,
            "link_id": "t3_fu1",
            "author": author,
            "author_fullname": f"t2_{author}",
            "body": body,
            "created_utc": created,
            "score": score,
            "permalink": f"/r/Suomi/comments/fu1/x/{cid}/",
            "replies": "",
            "stickied": False,
            "edited": False,
        },
    }


def _thread(*comments: dict[str, Any]) -> dict[str, Any]:
    post = {
        "kind": "t3",
        "data": {
            "id": "fu1",
            "name": "t3_fu1",
            "title": "Offline-sovellus?",
            "selftext": "",
            "author": "op",
            "created_utc": 1764230400.0,
            "score": 5,
            "num_comments": len(comments),
            "subreddit": "Suomi",
            "permalink": "/r/Suomi/comments/fu1/x/",
            "locked": False,
        },
    }
    listing = {"kind": "Listing", "data": {"after": None, "before": None, "children": list(comments)}}
    return {"status": 200, "json": [{"kind": "Listing", "data": {"children": [post]}}, listing]}


def test_follow_up_finds_replies_under_our_reply_stores_metrics_and_exports_the_conversation(
    publishing_services: Callable[..., Services],
    services_factory: Callable[..., Services],
    replay: ReplayServer,
    reddit: FakeReddit,
) -> None:
    publisher = publishing_services(publish="reddit")
    draft_id = make_approved(publisher.db, "reddit", "c1", thread_id="fu1")
    run_outbox(publisher)
    [ours] = reddit.posts
    question = _t1("c1", "t3_fu1", "anna", "Toimiiko tämä ilman nettiä?", 1764231000.0)
    before = _thread(question, _t1(ours["id"], "t1_c1", "brand_bot", TEXT, 1764232000.0, score=4))
    after = _thread(
        question,
        _t1(ours["id"], "t1_c1", "brand_bot", TEXT, 1764232000.0, score=7),
        _t1("r1", f"t1_{ours['id']}", "anna", "Kiitos! Entä iOS?", 1764233000.0),
        _t1("r2", "t1_r1", "bob", "Sama kysymys.", 1764234000.0),
        _t1("u1", "t3_fu1", "carl", "Eri aihe.", 1764235000.0),
    )
    replay.add("GET", "/comments/fu1.json", [before, after], {"raw_json": "1"})
    reader = services_factory(reddit_url=replay.url, reddit_oauth_url=replay.url)

    first = follow_up(reader)
    assert first.new_replies == []
    second = follow_up(reader)
    with reader.db.read() as session:
        post = session.scalar(select(Post).where(Post.draft_id == draft_id))
        assert post is not None
        rows = session.execute(select(PostReply.depth).where(PostReply.post_id == post.id)).all()
    assert len(second.new_replies) == 2
    assert sorted(depth for (depth,) in rows) == [1, 2]
    assert post.metrics["replies"] == 2 and post.metrics["depth"] == 2 and post.metrics["score"] == 7
    assert post.metrics["seconds_comment_to_reply"] > 0
    assert post.metrics["seconds_draft_to_approval"] >= 0
    assert sorted(second.offered) == sorted(second.new_replies)  # both replies ask: each is offered for drafting
    assert follow_up(reader).new_replies == []  # each reply is found once

    with reader.db.read() as session:
        lines = export_text(session, "conversations", "jsonl").splitlines()
        table = export_text(session, "conversations", "csv")
    rows_out = [json.loads(line) for line in lines]
    validate_rows("conversations", rows_out)
    [row] = rows_out
    assert row["reply_text"] == TEXT and row["approver"] == "U_APPROVER" and row["drafter"] == "llm"
    assert [(r["author"], r["depth"]) for r in row["replies"]] == [("anna", 1), ("bob", 2)]
    assert row["replies_received"] == 2
    [cells] = list(csv.DictReader(io.StringIO(table)))
    assert cells["replies"].count('"author"') == 2 and cells["cited"] == "faq-offline-1"
