"""Bluesky, Reddit and YouTube publishers against their fake write APIs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from bot.publishing.bluesky import job_tid
from bot.publishing.outbox import job_for_draft, run_outbox
from bot.publishing.reddit import ratelimit_seconds
from bot.services import Services
from bot.storage.models import utcnow
from tests.fakes.platform_publish import FakeBlueskyPDS, FakeReddit, FakeYouTube
from tests.publishing.factory import TEXT, make_approved

PARENT = "at://did:plc:anna/app.bsky.feed.post/3kabc"
ROOT = {"uri": "at://did:plc:op/app.bsky.feed.post/3kroot", "cid": "bafyroot"}


def _bluesky_draft(services: Services, mentions: list[str]) -> int:
    extra = {"uri": PARENT, "cid": "bafyparent", "root": ROOT, "parent": ROOT, "mentions": mentions}
    return make_approved(services.db, "bluesky", PARENT, extra=extra)


def test_bluesky_reply_to_a_tagging_comment_carries_strong_refs_and_a_job_record_key(
    publishing_services: Callable[..., Services], pds: FakeBlueskyPDS
) -> None:
    services = publishing_services()
    draft_id = _bluesky_draft(services, ["did:plc:brand"])
    report = run_outbox(services)
    job = job_for_draft(services, draft_id)
    assert job is not None and report.published == [job.id]
    [record] = pds.posts
    value = record["value"]
    assert value["$type"] == "app.bsky.feed.post" and value["text"] == TEXT
    assert value["reply"] == {"root": ROOT, "parent": {"uri": PARENT, "cid": "bafyparent"}}
    rkey = job_tid(job.created_at, job.idempotency_key)
    assert job.external_id == f"at://did:plc:brand/app.bsky.feed.post/{rkey}"
    assert job.url == f"https://bsky.app/profile/brand.example/post/{rkey}"


def test_bluesky_comment_that_does_not_tag_the_brand_becomes_manual(
    publishing_services: Callable[..., Services], pds: FakeBlueskyPDS
) -> None:
    services = publishing_services()
    draft_id = _bluesky_draft(services, ["did:plc:someone-else"])
    assert run_outbox(services).manual
    job = job_for_draft(services, draft_id)
    assert job is not None and job.state == "manual" and "tag" in (job.last_error or "")
    assert pds.posts == []


def test_bluesky_dropped_answer_is_found_by_its_record_key_not_posted_again(
    publishing_services: Callable[..., Services], pds: FakeBlueskyPDS
) -> None:
    services = publishing_services()
    _bluesky_draft(services, ["brand.example"])
    pds.fail("post", "drop")
    assert run_outbox(services).unknown
    again = run_outbox(services)
    assert again.reconciled == again.published
    assert len(pds.posts) == 1


def test_job_tid_is_13_sortable_chars_stable_per_job() -> None:
    at = datetime(2026, 11, 27, 10, 0, tzinfo=UTC)
    first, later = job_tid(at, "k1"), job_tid(at + timedelta(seconds=1), "k1")
    assert len(first) == 13 and first == job_tid(at, "k1") and first < later
    assert first != job_tid(at, "k2")


def test_reddit_reply_posts_to_the_comment_thing_and_records_the_permalink(
    publishing_services: Callable[..., Services], reddit: FakeReddit
) -> None:
    services = publishing_services()
    draft_id = make_approved(services.db, "reddit", "c0ffee")
    run_outbox(services)
    [post] = reddit.posts
    assert post["parent_id"] == "t1_c0ffee"
    sent = next(r for r in reddit.requests if r.path == "/api/comment")
    assert sent.body == {"thing_id": "t1_c0ffee", "text": TEXT, "api_type": "json"}
    job = job_for_draft(services, draft_id)
    assert job is not None and job.url == f"https://www.reddit.com{post['permalink']}"


def test_reddit_ratelimit_error_waits_the_stated_time_and_locked_thread_fails(
    publishing_services: Callable[..., Services], reddit: FakeReddit
) -> None:
    services = publishing_services()
    limited = make_approved(services.db, "reddit", "aaa")
    locked = make_approved(services.db, "reddit", "bbb")
    reddit.errors = [
        ["RATELIMIT", "you are doing that too much. try again in 9 minutes.", "ratelimit"],
        ["THREAD_LOCKED", "that thread is locked", "parent"],
    ]
    now = utcnow()
    run_outbox(services, now)
    waiting, failed = job_for_draft(services, limited), job_for_draft(services, locked)
    assert waiting is not None and waiting.state == "queued"
    assert waiting.next_attempt_at >= now + timedelta(minutes=9) - timedelta(seconds=1)
    assert failed is not None and failed.state == "failed" and "THREAD_LOCKED" in (failed.last_error or "")
    assert run_outbox(services, now + timedelta(minutes=10)).published == [waiting.id]
    assert ratelimit_seconds("try again in 30 seconds") == 30


def test_youtube_reply_goes_under_the_top_level_comment_with_the_bearer_token(
    publishing_services: Callable[..., Services], youtube: FakeYouTube
) -> None:
    services = publishing_services()
    draft_id = make_approved(
        services.db, "youtube", "Ugzreply.1", extra={"thread_id": "UgzTop", "video_id": "vid123"}, thread_id="vid123"
    )
    run_outbox(services)
    [comment] = youtube.posts
    assert comment["snippet"]["parentId"] == "UgzTop"
    job = job_for_draft(services, draft_id)
    assert job is not None and job.url == f"https://www.youtube.com/watch?v=vid123&lc={comment['id']}"


def test_youtube_timeout_after_acceptance_is_reconciled_from_the_reply_list(
    publishing_services: Callable[..., Services], youtube: FakeYouTube
) -> None:
    services = publishing_services()
    make_approved(services.db, "youtube", "UgzTop", extra={"thread_id": "UgzTop", "video_id": "v"}, thread_id="v")
    youtube.fail("post", "drop")
    assert run_outbox(services).unknown
    assert run_outbox(services).reconciled
    assert len(youtube.posts) == 1
