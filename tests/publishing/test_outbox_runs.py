"""How the outbox is run: `kuulo publish`, two workers at once, and following a Mastodon reply across instances."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select

from bot.conversation.followup import follow_up
from bot.publishing.outbox import OutboxReport, run_outbox
from bot.services import Services
from bot.storage.models import Comment, Draft, Post, PostReply, utcnow
from tests.fakes.platform_publish import FakeMastodon
from tests.publishing.factory import TEXT, make_approved, make_pending


def test_kuulo_publish_publishes_and_lists_jobs_needing_attention(
    kuulo: Any, publishing_services: Callable[..., Services], watched: FakeMastodon, brand: FakeMastodon
) -> None:
    services = publishing_services()
    uri = watched.add_status("111", "Kysymys?")
    make_approved(services.db, "mastodon", "111", comment_url=uri, extra={"uri": uri})
    make_approved(services.db, "wordpress", "77")
    env = {"KUULO_PUBLISH": "mastodon", "KUULO_MASTODON_URL": brand.url, "KUULO_MASTODON_TOKEN": "brand-token"}
    result = kuulo("publish", **env)
    assert result.code == 0, result.err
    assert "Outbox: 1 published, 1 manual" in result.out
    assert "[wordpress]  manual" in result.out and "[mastodon]" not in result.out
    assert len(brand.posts) == 1
    assert "Outbox: nothing to publish" in kuulo("publish", **env).out


def test_two_workers_at_once_post_each_reply_once(
    publishing_services: Callable[..., Services], watched: FakeMastodon, brand: FakeMastodon
) -> None:
    first, second = publishing_services(publish_claim_seconds=600), publishing_services(publish_claim_seconds=600)
    for n in range(4):
        uri = watched.add_status(f"20{n}", f"Kysymys {n}?")
        make_approved(first.db, "mastodon", f"20{n}", comment_url=uri, extra={"uri": uri})
    reports: list[OutboxReport] = []
    workers = [threading.Thread(target=lambda s=s: reports.append(run_outbox(s))) for s in (first, second)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(30)
    assert sorted(j for r in reports for j in r.published) == [1, 2, 3, 4]
    assert len(brand.posts) == 4


def test_follow_up_finds_our_mastodon_reply_by_parent_and_text_when_ids_differ_across_instances(
    publishing_services: Callable[..., Services], watched: FakeMastodon
) -> None:
    services = publishing_services()
    uri = watched.add_status("111", "Kysymys?")
    draft_id = make_approved(services.db, "mastodon", "111", comment_url=uri, extra={"uri": uri})
    run_outbox(services)
    now = utcnow()
    with services.db.write() as session:
        draft = session.get(Draft, draft_id)
        assert draft is not None
        asked = session.get(Comment, draft.comment_id)
        assert asked is not None
        rows = [  # as the watched instance shows them: its own ids for our reply and the answers to it
            ("500", "111", f"<p>{TEXT}</p>"),
            ("501", "500", "Kiitos, toimii!"),
            ("502", "111", TEXT + " (someone quoting us elsewhere)"),
        ]
        for external_id, parent, text in rows:
            session.add(
                Comment(
                    thread_id=asked.thread_id,
                    platform="mastodon",
                    external_id=external_id,
                    parent_external_id=parent,
                    author_name="x",
                    text=text.removeprefix("<p>").removesuffix("</p>"),
                    created_at=now + timedelta(minutes=int(external_id) - 499),
                )
            )
    report = follow_up(services, now, poll=False)
    with services.db.read() as session:
        post = session.scalar(select(Post).where(Post.draft_id == draft_id))
        assert post is not None and post.external_id.startswith("2")  # the brand instance's id
        replies = list(session.scalars(select(PostReply).where(PostReply.post_id == post.id)))
        found = [session.get(Comment, r.comment_id) for r in replies]
    assert [c.external_id for c in found if c] == ["501"]
    assert len(report.new_replies) == 1


def test_approval_and_its_publish_job_commit_together_or_not_at_all(
    publishing_services: Callable[..., Services],
) -> None:
    from bot.review import decisions as review
    from bot.storage.models import Decision, PublishJob

    services = publishing_services()
    draft_id = make_pending(services.db, "mastodon", "9")
    with services.db.write() as session:  # a job that makes the approval's own insert fail
        session.add(PublishJob(draft_id=draft_id, platform="mastodon", text="x", text_hash="h", idempotency_key="k"))
    shown = review.view(services.db, draft_id)
    with pytest.raises(Exception, match=r"(?i)unique|integrity"):
        review.approve(services.db, draft_id, "U1", "slack", shown.text_hash)
    assert review.view(services.db, draft_id).status == "pending"
    with services.db.read() as session:
        assert session.scalars(select(Decision).where(Decision.draft_id == draft_id)).all() == []


def test_reddit_reply_to_the_post_itself_targets_the_t3_thing() -> None:
    from bot.publishing.base import Target
    from bot.publishing.reddit import _thing

    root = Target("reddit", "abc", None, "abc", "https://www.reddit.com/r/x/comments/abc/", is_root=True)
    comment = Target("reddit", "c0ffee", None, "abc", "https://www.reddit.com/r/x/comments/abc/")
    assert (_thing(root), _thing(comment)) == ("t3_abc", "t1_c0ffee")
