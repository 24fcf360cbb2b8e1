"""Stable identities: one post is one watch and one thread, whichever link or instance it was read through.

Bluesky posts are keyed by their author's DID (a handle is resolved with
``com.atproto.identity.resolveHandle`` when the watch is added); Mastodon statuses by their
``uri`` (the ActivityPub id), so the same status read through two instances, with different
local ids, is one thread with the same comment rows. Rows stored under the older keys move
to the stable ones on their next poll, without a duplicate.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from bot.demo.replay import ReplayServer
from bot.errors import UnsupportedURL
from bot.services import Services
from bot.sources import resolve_url
from bot.sources.http import PlatformHTTP
from bot.sources.mastodon import MastodonSource
from bot.storage.models import AuditEvent, Comment, Thread, Watch
from bot.watching.polling import poll
from bot.watching.watches import add_watch
from tests.conftest import FIXTURES, CliResult, make_settings

BLUESKY = FIXTURES / "bluesky" / "thread_nested.json"
DID = "did:plc:7fu7wepgky2jlrntmlll2dzu"
RKEY = "3l3a2m2w7atuy"
HANDLE_LINK = f"https://bsky.app/profile/energiaremontti.bsky.social/post/{RKEY}"
DID_LINK = f"https://bsky.app/profile/{DID}/post/{RKEY}"
POST_URI = f"at://{DID}/app.bsky.feed.post/{RKEY}"
FEDERATED_A = FIXTURES / "mastodon" / "federated_a.json"
FEDERATED_B = FIXTURES / "mastodon" / "federated_b.json"
ROOT_A, ROOT_B = "113300000000000001", "109876000000000001"
ROOT_URI = "https://mastodon.example/users/kahvila/statuses/113300000000000001"
T0 = datetime(2025, 11, 27, 9, 0, tzinfo=UTC)


@pytest.fixture
def instance_b() -> Iterator[ReplayServer]:
    with ReplayServer() as server:
        yield server


def _counts(services: Services) -> tuple[int, int, int]:
    with services.db.read() as session:
        return (
            session.scalar(select(func.count()).select_from(Watch)) or 0,
            session.scalar(select(func.count()).select_from(Thread)) or 0,
            session.scalar(select(func.count()).select_from(Comment)) or 0,
        )


# -- Bluesky ---------------------------------------------------------------------------------
def test_bluesky_handle_link_is_watched_by_its_did_and_the_did_link_is_the_same_watch(
    services_factory: Callable[..., Services], replay: ReplayServer
) -> None:
    replay.load(BLUESKY)
    services = services_factory(bluesky_url=replay.url)
    first = add_watch(services.db, services.settings, HANDLE_LINK)
    assert first.created and first.watch.target == POST_URI and first.watch.url == DID_LINK
    second = add_watch(services.db, services.settings, DID_LINK)
    assert not second.created and second.watch.id == first.watch.id
    again = add_watch(services.db, services.settings, HANDLE_LINK.replace("energiaremontti", "EnergiaRemontti"))
    assert not again.created

    [outcome] = poll(services, include_all=True, now=T0)
    assert outcome.error is None
    assert _counts(services) == (1, 1, 12)
    with services.db.read() as session:
        assert session.scalar(select(Thread.external_id)) == POST_URI


def test_bluesky_unresolvable_handle_refuses_the_watch_and_suggests_the_did_link(
    services_factory: Callable[..., Services], replay: ReplayServer
) -> None:
    replay.add(
        "GET",
        "/xrpc/com.atproto.identity.resolveHandle",
        {"status": 400, "json": {"error": "InvalidRequest", "message": "Unable to resolve handle"}},
    )
    services = services_factory(bluesky_url=replay.url)
    with pytest.raises(UnsupportedURL) as refused:
        add_watch(services.db, services.settings, HANDLE_LINK)
    assert "did:" in str(refused.value) and RKEY in str(refused.value)
    assert _counts(services) == (0, 0, 0)


def test_bluesky_unreachable_resolver_refuses_through_the_cli(
    kuulo: Callable[..., CliResult], replay: ReplayServer
) -> None:
    replay.add("GET", "/xrpc/com.atproto.identity.resolveHandle", {"status": 503, "json": {"error": "Down"}})
    result = kuulo("watch", "add", HANDLE_LINK, KUULO_BLUESKY_URL=replay.url, KUULO_HTTP_MAX_ATTEMPTS="1")
    assert result.code == 1, result
    assert "DID link" in result.err and f"/post/{RKEY}" in result.err
    assert "Traceback" not in result.err


def test_bluesky_watch_stored_under_a_handle_moves_to_the_did_on_its_next_poll(
    services_factory: Callable[..., Services], replay: ReplayServer
) -> None:
    replay.load(BLUESKY)
    services = services_factory(bluesky_url=replay.url)
    old = resolve_url(HANDLE_LINK)  # how a watch was keyed before handles were resolved on adding
    with services.db.write() as session:
        session.add(_watch(old.platform, old.thread_id, old.url))
    first = poll(services, include_all=True, now=T0)
    assert [o.error for o in first] == [None]
    with services.db.read() as session:
        assert session.scalar(select(Watch.target)) == POST_URI
        assert session.scalar(select(Thread.external_id)) == POST_URI
    assert _counts(services) == (1, 1, 12)
    assert not add_watch(services.db, services.settings, DID_LINK).created


def test_bluesky_two_old_watches_of_one_post_become_one(
    services_factory: Callable[..., Services], replay: ReplayServer
) -> None:
    replay.load(BLUESKY)
    services = services_factory(bluesky_url=replay.url)
    old = resolve_url(HANDLE_LINK)
    with services.db.write() as session:
        session.add(_watch("bluesky", POST_URI, DID_LINK))
    poll(services, include_all=True, now=T0)  # the DID watch stores the thread
    with services.db.write() as session:
        session.add(_watch(old.platform, old.thread_id, old.url))  # the duplicate the old keys allowed
    poll(services, include_all=True, now=T0)
    assert _counts(services) == (1, 1, 12)
    with services.db.read() as session:
        assert session.scalar(select(Watch.target)) == POST_URI
        merge = session.scalar(select(AuditEvent).where(AuditEvent.action == "watch.merge"))
        assert merge is not None and merge.detail["target"] == POST_URI


# -- Mastodon ----------------------------------------------------------------------------------
def _mastodon(tmp_path: Path) -> MastodonSource:
    return MastodonSource(make_settings(tmp_path), PlatformHTTP("mastodon", max_attempts=1))


def test_mastodon_status_through_two_instances_gives_the_same_comments(
    tmp_path: Path, replay: ReplayServer, instance_b: ReplayServer
) -> None:
    replay.load(FEDERATED_A)
    instance_b.load(FEDERATED_B)
    source = _mastodon(tmp_path)
    try:
        via_a = source.fetch_thread(resolve_url(f"{replay.url}/@kahvila/{ROOT_A}"), {})
        via_b = source.fetch_thread(resolve_url(f"{instance_b.url}/@kahvila@mastodon.example/{ROOT_B}"), {})
    finally:
        source.close()
    assert via_a.ref.thread_id == via_b.ref.thread_id == ROOT_URI

    def tree(thread: Any) -> dict[str, Any]:
        return {c.id: (c.parent_id, c.text, c.created_at) for c in thread.comments}

    assert tree(via_a) == tree(via_b)
    assert len(tree(via_a)) == 4
    local = {c.id: c.extra["id"] for c in via_b.comments}
    assert set(local.values()).isdisjoint({c.extra["id"] for c in via_a.comments})  # ids local to each instance
    erik = "https://fediverse.example/users/erik/statuses/112000000000000777"
    assert tree(via_b)[erik][0] == "https://mastodon.example/users/liisa/statuses/113300000000000010"


def test_mastodon_links_on_two_instances_are_one_watch_and_one_thread(
    services_factory: Callable[..., Services], replay: ReplayServer, instance_b: ReplayServer
) -> None:
    replay.load(FEDERATED_A)
    instance_b.load(FEDERATED_B)
    services = services_factory()
    first = add_watch(services.db, services.settings, f"{instance_b.url}/@kahvila@mastodon.example/{ROOT_B}")
    assert first.created and first.watch.target == ROOT_URI and first.watch.api_base == instance_b.url
    second = add_watch(services.db, services.settings, f"{replay.url}/@kahvila/{ROOT_A}")
    assert not second.created and second.watch.id == first.watch.id
    [outcome] = poll(services, include_all=True, now=T0)
    assert outcome.error is None and outcome.new == 4, outcome.line()
    assert _counts(services) == (1, 1, 4)
    with services.db.read() as session:
        keys = set(session.scalars(select(Comment.external_id)))
    assert all(key.startswith("https://") and "/statuses/" in key for key in keys)


def test_mastodon_unreadable_status_refuses_the_watch(
    services_factory: Callable[..., Services], replay: ReplayServer
) -> None:
    replay.add("GET", f"/api/v1/statuses/{ROOT_A}", {"status": 404, "json": {"error": "Record not found"}})
    services = services_factory(http_max_attempts=1)
    with pytest.raises(UnsupportedURL, match="public status"):
        add_watch(services.db, services.settings, f"{replay.url}/@kahvila/{ROOT_A}")
    assert _counts(services) == (0, 0, 0)


def test_mastodon_rows_under_local_ids_move_to_uris_on_the_next_poll_without_duplicates(
    services_factory: Callable[..., Services], replay: ReplayServer
) -> None:
    replay.load(FEDERATED_A)
    services = services_factory()
    link = f"{replay.url}/@kahvila/{ROOT_A}"
    first = add_watch(services.db, services.settings, link)
    poll(services, include_all=True, now=T0)
    with services.db.write() as session:  # rewind to the rows an older Kuulo stored: local ids everywhere
        local = {c.external_id: c.extra["id"] for c in session.scalars(select(Comment))}
        for comment in session.scalars(select(Comment)):
            comment.extra = {k: v for k, v in comment.extra.items() if k != "id"}
            comment.external_id = local[comment.external_id]
            if comment.parent_external_id:
                comment.parent_external_id = local[comment.parent_external_id]
        thread = session.scalar(select(Thread))
        assert thread is not None
        thread.external_id, thread.content_hash = ROOT_A, None
        watch = session.get(Watch, first.watch.id)
        assert watch is not None
        watch.target = ROOT_A
        stored = {c.id: c.text for c in session.scalars(select(Comment))}

    [outcome] = poll(services, include_all=True, now=T0)
    assert outcome.error is None and outcome.new == 0 and outcome.changed == 0, outcome.line()
    assert _counts(services) == (1, 1, 4)
    with services.db.read() as session:
        rows = list(session.scalars(select(Comment)))
        assert {c.id: c.text for c in rows} == stored  # the same rows, not new ones
        assert all(c.external_id == c.extra["uri"] for c in rows)
        parents = {c.parent_external_id for c in rows} - {None}
        assert parents <= {c.external_id for c in rows}
        assert session.scalar(select(Watch.target)) == ROOT_URI


def _watch(platform: str, target: str, url: str) -> Watch:
    return Watch(
        url=url,
        platform=platform,
        kind="thread",
        target=target,
        objective="trust",
        topics=[],
        poll_interval_minutes=15,
        next_poll_at=T0,
        thresholds={},
    )
