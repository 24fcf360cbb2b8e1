"""Every platform's payloads, damaged: Reddit listings and morechildren, HN items (Algolia and
Firebase), Bluesky threads, Mastodon contexts, YouTube pages, WordPress comments, RSS/Atom.

Properties: reading a thread gives a thread or Kuulo's own ``SourceError`` naming the platform,
never another exception; what it gives can be stored on SQLite and PostgreSQL; storing the same
read again changes nothing (a re-poll of the same input is a no-op).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.domain import FetchedThread
from bot.errors import KuuloError, MalformedPayload
from bot.sources.base import resolve_url
from bot.storage.db import Database
from bot.storage.models import Watch
from bot.watching.threads import store_thread
from tests.conftest import make_settings
from tests.properties.cassettes import PLATFORMS, Platform, load, source_for, transport, web_client

pytestmark = pytest.mark.fuzz


@pytest.fixture
def watch_id(db: Database) -> int:
    with db.write() as session:
        watch = Watch(
            url="fuzz", platform="reddit", kind="thread", target="fuzz", objective="trust", poll_interval_minutes=30
        )
        session.add(watch)
        session.flush()
        created = watch.id
    return created


def _read(platform: Platform, tmp_path: Path, draw: Any) -> FetchedThread | str:
    settings = make_settings(tmp_path, **platform.settings)
    interactions = load(platform)
    probe = web_client(transport(interactions, None))
    try:
        ref = resolve_url(platform.link, http=probe)
    finally:
        probe.close()
    source = source_for(platform, settings, transport(interactions, draw))
    try:
        return source.fetch_thread(ref, {})
    except KuuloError as exc:
        return str(exc)
    finally:
        source.close()


@pytest.mark.parametrize("platform", PLATFORMS, ids=[p.cassette.split("/")[-1] for p in PLATFORMS])
@given(data=st.data())
def test_a_damaged_payload_reads_as_a_thread_or_a_clear_source_error_and_stores_once(
    platform: Platform, tmp_path: Path, db: Database, watch_id: int, data: st.DataObject
) -> None:
    outcome = _read(platform, tmp_path, data.draw)
    if isinstance(outcome, str):
        assert outcome.strip()  # Kuulo's own error, with a message for the watch
        return
    ids = [c.id for c in outcome.comments]
    assert all(isinstance(i, str) and i for i in ids)
    with db.write() as session:
        watch = session.get(Watch, watch_id)
        assert watch is not None
        store_thread(session, watch, outcome, 10_000)
    with db.write() as session:
        watch = session.get(Watch, watch_id)
        assert watch is not None
        again = store_thread(session, watch, outcome, 10_000)
    assert (again.new, again.changed, again.deleted) == ([], [], [])


@pytest.mark.parametrize("platform", PLATFORMS, ids=[p.cassette.split("/")[-1] for p in PLATFORMS])
def test_the_undamaged_cassette_reads_whole(platform: Platform, tmp_path: Path) -> None:
    outcome = _read(platform, tmp_path, None)
    assert isinstance(outcome, FetchedThread) and outcome.comments, outcome


def test_a_reddit_thread_whose_post_is_not_an_object_is_a_malformed_payload(tmp_path: Path) -> None:
    """Found by the fuzzing: ``post[0].get`` on a list ended the poll with an AttributeError."""
    reddit = PLATFORMS[0]
    interactions = load(reddit)
    interactions[0]["response"]["json"][0]["data"]["children"] = [["not", "a", "thing"]]
    source = source_for(reddit, make_settings(tmp_path, **reddit.settings), transport(interactions, None))
    try:
        with pytest.raises(MalformedPayload, match="the first Listing has no t3 post"):
            source.fetch_thread(resolve_url(reddit.link), {})
    finally:
        source.close()
