"""The outbox against two fake Mastodon instances: the watched one and the brand's."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from bot.errors import InvalidTransition
from bot.publishing.outbox import job_for_draft, run_outbox
from bot.review import decisions as review
from bot.services import Services
from bot.storage.models import Post, PublishJob, utcnow
from tests.fakes.platform_publish import FakeMastodon
from tests.publishing.factory import TEXT, make_approved, make_pending


def _mastodon_draft(services: Services, watched: FakeMastodon, status_id: str = "111") -> int:
    uri = watched.add_status(status_id, "Toimiiko tämä ilman nettiä?")
    return make_approved(services.db, "mastodon", status_id, comment_url=uri, extra={"uri": uri})


def test_approval_writes_one_queued_job_and_a_double_click_adds_none(
    publishing_services: Callable[..., Services],
) -> None:
    services = publishing_services()
    draft_id = make_pending(services.db, "mastodon", "5")
    shown = review.view(services.db, draft_id)
    review.approve(services.db, draft_id, "U1", "slack", shown.text_hash)
    with pytest.raises(InvalidTransition):
        review.approve(services.db, draft_id, "U2", "slack", shown.text_hash)
    with services.db.read() as session:
        jobs = list(session.scalars(select(PublishJob).where(PublishJob.draft_id == draft_id)))
    assert [(j.state, j.text, j.text_hash) for j in jobs] == [("queued", TEXT, shown.text_hash)]
    assert len(jobs[0].idempotency_key) == 32


def test_mastodon_reply_resolves_on_brand_instance_and_posts_once_with_idempotency_key(
    publishing_services: Callable[..., Services], watched: FakeMastodon, brand: FakeMastodon
) -> None:
    services = publishing_services()
    draft_id = _mastodon_draft(services, watched)
    report = run_outbox(services)
    job = job_for_draft(services, draft_id)
    assert job is not None
    assert report.published == [job.id]
    [post] = brand.posts
    assert post["in_reply_to_id"] == brand.resolved[f"{watched.url}/users/anna/statuses/111"]
    assert post["in_reply_to_id"] != "111"  # the brand instance's own id, not the watched one's
    [sent] = [r for r in brand.requests if r.method == "POST"]
    assert sent.headers["Idempotency-Key"] == job.idempotency_key
    assert sent.headers["Authorization"] == "Bearer brand-token"
    assert (job.state, job.external_id, job.url) == ("published", post["id"], post["url"])
    with services.db.read() as session:
        row = session.scalar(select(Post).where(Post.draft_id == draft_id))
    assert row is not None
    assert (row.approver, row.drafter, row.cited, row.external_id) == (
        "U_APPROVER",
        "llm",
        ["faq-offline-1"],
        post["id"],
    )
    assert run_outbox(services).summary() is None
    assert len(brand.posts) == 1


def test_dropped_connection_after_acceptance_is_reconciled_not_reposted(
    publishing_services: Callable[..., Services], watched: FakeMastodon, brand: FakeMastodon
) -> None:
    services = publishing_services()
    draft_id = _mastodon_draft(services, watched)
    brand.fail("post", "drop")
    first = run_outbox(services)
    assert first.unknown and not first.published
    assert len(brand.posts) == 1
    second = run_outbox(services)
    assert second.reconciled == second.published == first.unknown
    assert len(brand.posts) == 1
    job = job_for_draft(services, draft_id)
    assert job is not None and job.external_id == brand.posts[0]["id"]
    assert [r.method for r in brand.requests if r.path == "/api/v1/statuses"] == ["POST"]


def test_server_error_without_acceptance_reconciles_then_publishes_exactly_once(
    publishing_services: Callable[..., Services], watched: FakeMastodon, brand: FakeMastodon
) -> None:
    services = publishing_services()
    _mastodon_draft(services, watched)
    brand.fail("post", 502)
    assert run_outbox(services).unknown
    assert brand.posts == []
    again = run_outbox(services)
    assert again.published and not again.reconciled
    assert len(brand.posts) == 1
    context_reads = [r for r in brand.requests if r.path.endswith("/context")]
    assert context_reads, "the unknown job was looked for before it was sent again"


def test_unprocessable_reply_fails_permanently_with_the_platform_reason_and_is_not_retried(
    publishing_services: Callable[..., Services], watched: FakeMastodon, brand: FakeMastodon
) -> None:
    services = publishing_services()
    draft_id = _mastodon_draft(services, watched)
    brand.fail("post", 422)
    report = run_outbox(services)
    job = job_for_draft(services, draft_id)
    assert job is not None
    assert report.failed == [job.id]
    assert job.state == "failed" and "refused (422)" in (job.last_error or "")
    run_outbox(services, utcnow() + timedelta(days=1))
    assert sum(r.method == "POST" for r in brand.requests) == 1


def test_rate_limited_reply_waits_for_retry_after_then_publishes(
    publishing_services: Callable[..., Services], watched: FakeMastodon, brand: FakeMastodon
) -> None:
    services = publishing_services()
    draft_id = _mastodon_draft(services, watched)
    brand.fail("post", 429)
    now = utcnow()
    run_outbox(services, now)
    job = job_for_draft(services, draft_id)
    assert job is not None and job.state == "queued" and job.attempts == 1
    assert job.next_attempt_at >= now + timedelta(seconds=119)
    assert run_outbox(services, now + timedelta(seconds=30)).summary() is None
    assert run_outbox(services, now + timedelta(seconds=121)).published == [job.id]
    assert len(brand.posts) == 1


def test_rate_limits_give_up_after_the_attempt_limit(
    publishing_services: Callable[..., Services], watched: FakeMastodon, brand: FakeMastodon
) -> None:
    services = publishing_services(publish_max_attempts=2)
    draft_id = _mastodon_draft(services, watched)
    brand.fail("post", 429, 429)
    now = utcnow()
    run_outbox(services, now)
    run_outbox(services, now + timedelta(minutes=5))
    job = job_for_draft(services, draft_id)
    assert job is not None and job.state == "failed"
    assert (job.last_error or "").startswith("gave up after 2 attempts")


def test_suppressed_author_fails_at_publish_time_without_calling_the_platform(
    publishing_services: Callable[..., Services], watched: FakeMastodon, brand: FakeMastodon
) -> None:
    from bot.privacy.suppress import suppress

    services = publishing_services()
    draft_id = _mastodon_draft(services, watched)
    with services.db.write() as session:
        suppress(session, "mastodon", "author-1")
    run_outbox(services)
    job = job_for_draft(services, draft_id)
    assert job is not None and job.state == "failed" and "suppression" in (job.last_error or "")
    assert brand.requests == []


def test_spent_community_budget_keeps_the_job_queued_until_the_window_allows(
    publishing_services: Callable[..., Services], watched: FakeMastodon, brand: FakeMastodon
) -> None:
    services = publishing_services(community_weekly_replies=1)
    uri = watched.add_status("111", "Kysymys?")
    first = make_approved(services.db, "mastodon", "111", comment_url=uri, extra={"uri": uri}, community="fosstodon")
    uri2 = watched.add_status("112", "Toinen?")
    second = make_approved(services.db, "mastodon", "112", comment_url=uri2, extra={"uri": uri2}, community="fosstodon")
    now = utcnow()
    report = run_outbox(services, now)
    assert len(report.published) == 1 and len(report.waiting) == 1
    waiting = job_for_draft(services, second)
    assert waiting is not None and waiting.state == "queued" and "budget" in (waiting.last_error or "")
    assert waiting.next_attempt_at > now + timedelta(days=6)
    assert run_outbox(services, waiting.next_attempt_at + timedelta(seconds=1)).published == [waiting.id]
    assert job_for_draft(services, first) is not None
    assert len(brand.posts) == 2


def test_platform_not_switched_on_becomes_manual_and_mark_posted_keeps_it_manual(
    publishing_services: Callable[..., Services],
) -> None:
    services = publishing_services(publish="bluesky")
    draft_id = make_approved(services.db, "hackernews", "4242")
    run_outbox(services)
    job = job_for_draft(services, draft_id)
    assert job is not None and job.state == "manual" and "by hand" in (job.last_error or "")
    review.mark_posted(services.db, draft_id, "U1", "slack", "https://news.ycombinator.com/item?id=999")
    job = job_for_draft(services, draft_id)
    assert job is not None and (job.state, job.url) == ("manual", "https://news.ycombinator.com/item?id=999")
    with services.db.read() as session:
        assert session.scalar(select(func.count(Post.id))) == 1
