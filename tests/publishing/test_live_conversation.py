"""The conversation as it happens: one `kuulo poll` after publishing links the reply to our reply."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from sqlalchemy import select

from bot.conversation.live import link_thread
from bot.demo.replay import ReplayServer
from bot.ops.exports import export_text
from bot.ports import Location, RedactOutcome
from bot.publishing.outbox import run_outbox
from bot.services import Services
from bot.storage.models import Comment, Draft, Post, PostReply, Thread
from bot.watching.polling import poll
from tests.fakes.platform_publish import FakeReddit
from tests.publishing.factory import TEXT, make_approved
from tests.publishing.test_followup import _t1, _thread
from tests.test_exports import validate_rows

FAMILY = "👨‍👩‍👧"
URI = "https://brand.example/users/kahvila/statuses/111"


class RecordingNotifier:
    """The Notifier port, recording what the core told it."""

    def __init__(self) -> None:
        self.replies: list[tuple[int, str, str]] = []

    def reply_arrived(self, draft_id: int, author: str, text: str, url: str | None) -> bool:
        self.replies.append((draft_id, author, text))
        return True

    def redact(self, locations: Sequence[Location], when: datetime) -> RedactOutcome:
        return RedactOutcome()


def test_publish_then_one_poll_exports_the_reply_with_no_scheduler(
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
    answer = f"Kiitos! Entä iOS? Koko perhe {FAMILY} odottaa…"
    replay.add(
        "GET",
        "/comments/fu1.json",
        _thread(
            question,
            _t1(ours["id"], "t1_c1", "brand_bot", TEXT, 1764232000.0, score=7),
            _t1("r1", f"t1_{ours['id']}", "anna", answer, 1764233000.0),
        ),
        {"raw_json": "1"},
    )
    reader = services_factory(reddit_url=replay.url, reddit_oauth_url=replay.url)
    notifier = RecordingNotifier()
    reader.notifier = notifier  # type: ignore[misc]

    [outcome] = poll(reader, include_all=True)
    assert outcome.error is None and outcome.linked, outcome.line()
    assert "1 replies to our replies" in outcome.line()
    with reader.db.read() as session:
        rows = {c.external_id: c for c in session.scalars(select(Comment))}
        post = session.scalar(select(Post).where(Post.draft_id == draft_id))
        linked = session.scalars(select(PostReply.comment_id)).all()
        drafts_for_ours = session.scalars(select(Draft).where(Draft.comment_id == rows[ours["id"]].id)).all()
        lines = export_text(session, "conversations", "jsonl").splitlines()
        comments = [json.loads(line) for line in export_text(session, "comments", "jsonl").splitlines()]
    assert rows[ours["id"]].ours and not rows["r1"].ours and not rows["c1"].ours
    assert drafts_for_ours == []  # never offered for drafting
    assert linked == [rows["r1"].id] and post is not None and post.metrics["replies"] == 1
    assert notifier.replies == [(draft_id, "anna", answer)]  # announced, as written
    assert outcome.follow_ups and rows["r1"].id in outcome.follow_ups  # it asks: a follow-up draft is offered
    [row] = [json.loads(line) for line in lines]
    validate_rows("conversations", [row])
    assert [(r["author"], r["text"], r["depth"]) for r in row["replies"]] == [("anna", answer, 1)]
    validate_rows("comments", comments)
    assert {c["id"]: c["ours"] for c in comments} == {"c1": False, ours["id"]: True, "r1": False}

    again = poll(reader, include_all=True)
    assert again[0].linked == [] and len(notifier.replies) == 1  # linked and announced once


def test_our_reply_read_through_another_instance_is_recognised_by_its_uri(
    publishing_services: Callable[..., Services],
) -> None:
    services = publishing_services()
    draft_id = make_approved(services.db, "mastodon", "900", thread_id="800")
    now = datetime(2026, 11, 29, tzinfo=UTC)
    with services.db.write() as session:
        draft = session.get(Draft, draft_id)
        assert draft is not None
        answered = session.get(Comment, draft.comment_id)
        assert answered is not None
        session.add(
            Post(
                draft_id=draft_id,
                platform="mastodon",
                external_id="111",  # the id on the brand's instance
                url="https://brand.example/@kahvila/111",
                text=TEXT,
                approver="U_APPROVER",
                drafter="llm",
            )
        )
        thread_id = answered.thread_id
        for external_id, parent, extra, text in [
            # the same status seen from the watched instance: another id, the same url and uri
            ("555", "900", {"url": "https://brand.example/@kahvila/111", "uri": URI}, "Kiitos!"),
            ("556", "555", {}, "Entä iOS?"),
        ]:  # fmt: skip
            session.add(
                Comment(
                    thread_id=thread_id,
                    platform="mastodon",
                    external_id=external_id,
                    parent_external_id=parent,
                    author_id=f"a{external_id}",
                    author_name="someone",
                    text=text,
                    extra=extra,
                )
            )
        session.flush()
        linked = link_thread(session, thread_id, now)
        ours = session.scalar(select(Comment).where(Comment.external_id == "555"))
        reply = session.scalar(select(Comment).where(Comment.external_id == "556"))
        assert session.get(Thread, thread_id) is not None
    assert ours is not None and ours.ours and reply is not None and linked == [reply.id]
