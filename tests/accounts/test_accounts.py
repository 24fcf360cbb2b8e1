"""Account and feed watches: new posts become child thread watches within limits; pause/remove cascade."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from bot.demo.replay import ReplayServer
from bot.services import Services
from bot.sources.accounts import parse_account_url
from bot.storage.models import Comment, Thread, Watch
from bot.watching.accounts import children, poll_account, retire_old_threads
from bot.watching.polling import poll
from bot.watching.watches import add_watch, remove_watch, set_paused
from tests.conftest import FIXTURES

ACCOUNTS = FIXTURES / "accounts"
NOW = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("url", "platform", "target"),
    [
        ("https://www.reddit.com/r/Suomi/", "reddit", "r/suomi"),
        ("https://old.reddit.com/r/Suomi/new/", "reddit", "r/suomi"),
        ("https://bsky.app/profile/Revontuli.bsky.social", "bluesky", "revontuli.bsky.social"),
        ("https://mastodon.social/@revontuli", "mastodon", "revontuli@mastodon.social"),
        ("https://mastodon.social/@revontuli@fosstodon.org", "mastodon", "revontuli@fosstodon.org"),
        ("https://www.youtube.com/@revontuli", "youtube", "@revontuli"),
        ("https://www.youtube.com/channel/UCrevontuli0000000000000", "youtube", "UCrevontuli0000000000000"),
    ],
)
def test_account_links_are_recognised(url: str, platform: str, target: str) -> None:
    account = parse_account_url(url)
    assert account is not None and (account.platform, account.target) == (platform, target)


@pytest.mark.parametrize(
    "url",
    [
        "https://www.reddit.com/r/Suomi/comments/1kuu01/x/",
        "https://bsky.app/profile/revontuli.bsky.social/post/3lbown01",
        "https://mastodon.social/@revontuli/113300000000000001",
        "https://www.youtube.com/watch?v=aaaaaaaaaa1",
    ],
)
def test_thread_links_are_not_accounts(url: str) -> None:
    assert parse_account_url(url) is None


def _children(services: Services, parent_id: int) -> list[Watch]:
    return children(services.db, parent_id)


def test_mastodon_account_watch_follows_new_posts_between_polls_skipping_boosts_and_old_posts(
    services_factory: Callable[..., Services], replay: ReplayServer
) -> None:
    replay.load(ACCOUNTS / "mastodon_account.json")
    services = services_factory()
    parent = add_watch(services.db, services.settings, f"{replay.url}/@revontuli", topics=["lämpöpumput"]).watch
    assert parent.kind == "account" and parent.limits == {"newest": 10, "max_age_days": 14.0}
    first = poll(services, include_all=True, now=NOW)
    assert "account: 2 posts listed, 1 new threads" in first[0].line()  # the boost is never listed
    kids = _children(services, parent.id)
    statuses_uri = f"{replay.url}/users/revontuli/statuses/"
    assert [k.target for k in kids] == [f"{statuses_uri}200"]  # the September post is older than 14 days
    assert kids[0].url.endswith("/@revontuli/200")  # keyed by the uri, read through the local id in the link
    child = kids[0]
    assert (child.kind, child.platform, child.objective, child.topics) == (
        "thread",
        "mastodon",
        "trust",
        ["lämpöpumput"],
    )
    assert [o.new for o in first[1:]] == [1]  # the new thread was polled in the same pass
    second = poll(services, include_all=True, now=NOW + timedelta(hours=1))
    assert "1 new threads" in second[0].line()
    assert [k.target for k in _children(services, parent.id)] == [f"{statuses_uri}{n}" for n in (200, 201)]
    statuses = replay.requests_to("/api/v1/accounts/42/statuses")
    assert statuses[0].query["exclude_reblogs"] == "true" and statuses[0].query["exclude_replies"] == "true"


def test_account_children_retire_after_the_thread_max_age(
    services_factory: Callable[..., Services], replay: ReplayServer
) -> None:
    replay.load(ACCOUNTS / "mastodon_account.json")
    services = services_factory(thread_max_age_days=5)
    parent = add_watch(services.db, services.settings, f"{replay.url}/@revontuli").watch
    poll(services, include_all=True, now=NOW)
    assert retire_old_threads(services.db, services.settings, NOW + timedelta(days=3)) == 0
    assert retire_old_threads(services.db, services.settings, NOW + timedelta(days=6)) == 1
    child = _children(services, parent.id)[0]
    assert (child.status, child.last_error) == ("inactive", "retired")
    with services.db.read() as session:
        thread = session.scalar(select(Thread).where(Thread.watch_id == child.id))
    assert thread is not None and (thread.active, thread.inactive_reason) == (False, "retired")


def test_pausing_and_removing_an_account_does_the_same_to_its_threads(
    services_factory: Callable[..., Services], replay: ReplayServer
) -> None:
    replay.load(ACCOUNTS / "mastodon_account.json")
    services = services_factory()
    parent = add_watch(services.db, services.settings, f"{replay.url}/@revontuli").watch
    poll(services, include_all=True, now=NOW)
    set_paused(services.db, parent.id, True)
    assert all(k.paused for k in _children(services, parent.id))
    set_paused(services.db, parent.id, False)
    assert not any(k.paused for k in _children(services, parent.id))
    remove_watch(services.db, parent.id)
    with services.db.read() as session:
        assert session.scalars(select(Watch)).all() == []
        assert session.scalars(select(Comment)).all() == []


def test_subreddit_watch_adds_posts_appearing_between_polls_within_newest_limit(
    services_factory: Callable[..., Services], replay: ReplayServer
) -> None:
    replay.load(ACCOUNTS / "reddit_subreddit.json")
    services = services_factory(reddit_url=replay.url)
    parent = add_watch(services.db, services.settings, "https://www.reddit.com/r/Suomi/", newest=1).watch
    assert poll_account(services, parent, NOW).created and [k.target for k in _children(services, parent.id)] == [
        "1abc01"
    ]
    second = poll_account(services, parent, NOW + timedelta(hours=1))
    assert len(second.created) == 1
    assert [k.target for k in _children(services, parent.id)] == ["1abc01", "1abc02"]
    assert replay.requests_to("/r/suomi/new.json")[0].query["limit"] == "1"


def test_bluesky_profile_skips_reposts_and_replies(
    services_factory: Callable[..., Services], replay: ReplayServer
) -> None:
    replay.load(ACCOUNTS / "bluesky_author_feed.json")
    services = services_factory(bluesky_url=replay.url)
    parent = add_watch(services.db, services.settings, "https://bsky.app/profile/revontuli.bsky.social").watch
    found = poll_account(services, parent, NOW)
    assert found.listed == 1
    (child,) = _children(services, parent.id)
    assert child.target == "at://did:plc:revontuli2026abcdefghij/app.bsky.feed.post/3lbown01"


def test_youtube_handle_lists_uploads_through_the_uploads_playlist(
    services_factory: Callable[..., Services], replay: ReplayServer
) -> None:
    replay.load(ACCOUNTS / "youtube_channel.json")
    services = services_factory(youtube_url=replay.url, youtube_api_key="test-key")
    parent = add_watch(services.db, services.settings, "https://www.youtube.com/@revontuli", max_age_days=2).watch
    poll_account(services, parent, NOW)
    assert [k.target for k in _children(services, parent.id)] == ["aaaaaaaaaa1"]  # the older upload is past 2 days
    assert replay.requests_to("/channels")[0].headers["x-goog-api-key"] == "test-key"


def test_listen_only_account_passes_it_to_its_threads(
    services_factory: Callable[..., Services], replay: ReplayServer
) -> None:
    replay.load(ACCOUNTS / "mastodon_account.json")
    services = services_factory()
    parent = add_watch(services.db, services.settings, f"{replay.url}/@revontuli", listen_only=True).watch
    poll(services, include_all=True, now=NOW)
    assert [k.listen_only for k in _children(services, parent.id)] == [True]


def test_watch_list_shows_account_with_its_threads(kuulo: Any, replay: ReplayServer) -> None:
    replay.load(ACCOUNTS / "mastodon_account.json")
    # The command line reads the real clock, and the recording's posts are from 19-21 November 2026 (one from
    # September, outside the window): the window reaches back to NOW's month, whatever today is, so the recording
    # does not age out of the test (it did on 4 December 2026).
    days = str((datetime.now(UTC) - NOW).days + 10)
    added = kuulo("watch", "add", f"{replay.url}/@revontuli", "--newest", "5", "--listen-only", "--max-age-days", days)
    assert added.code == 0, added.err
    assert "each new post becomes a watched thread (newest 5" in added.out
    polled = kuulo("poll", "--all", KUULO_THREAD_MAX_AGE_DAYS=days)
    assert polled.code == 0, polled.err
    listed = kuulo("watch", "list")
    lines = listed.out.splitlines()
    assert "account " in lines[0] and "[listen-only]" in lines[0]
    assert lines[1].lstrip().startswith("└") and "/@revontuli/" in lines[1]


def test_hacker_news_opt_in_prints_a_warning(kuulo: Any) -> None:
    result = kuulo("watch", "add", "https://news.ycombinator.com/item?id=8863", "--allow-drafting")
    assert result.code == 0, result.err
    assert "Hacker News reportedly forbids generated comments" in result.err
