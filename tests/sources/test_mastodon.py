from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from bot.demo.replay import ReplayServer
from bot.domain import ThreadRef
from bot.errors import SourceUnavailable
from bot.sources import resolve_url
from bot.sources.http import PlatformHTTP
from bot.sources.mastodon import MastodonSource
from tests.conftest import FIXTURES, make_settings

THREAD = FIXTURES / "mastodon" / "thread.json"
ROOT = "113300000000000001"
STATUSES = "https://mastodon.example/users/{user}/statuses/1133000000000000{n}"
ROOT_URI = STATUSES.format(user="kahvila", n="01")
_open: list[MastodonSource] = []


@pytest.fixture(autouse=True)
def _close_sources() -> Iterator[None]:
    yield
    while _open:
        _open.pop().close()


def _source(tmp_path: Path) -> MastodonSource:
    source = MastodonSource(make_settings(tmp_path), PlatformHTTP("mastodon", max_attempts=2, sleep=lambda s: None))
    _open.append(source)
    return source


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        ("https://mastodon.example/@kahvila/113300000000000001", "https://mastodon.example/@kahvila/113300000000000001"),
        ("https://Mastodon.Example/users/kahvila/statuses/113300000000000001", "https://mastodon.example/@kahvila/113300000000000001"),
        ("https://mastodon.example/@erik@fediverse.example/113300000000000001/", "https://mastodon.example/@erik@fediverse.example/113300000000000001"),
        ("http://127.0.0.1:8080/@kahvila/113300000000000001", "http://127.0.0.1:8080/@kahvila/113300000000000001"),
    ],
)  # fmt: skip
def test_mastodon_link_forms_resolve_to_the_status_on_its_instance(url: str, canonical: str) -> None:
    ref = resolve_url(url)
    assert (ref.platform, ref.thread_id, ref.url) == ("mastodon", ROOT, canonical)
    assert ref.api_base == canonical.split("/@")[0]


@pytest.mark.parametrize(
    "url",
    [
        "https://www.youtube.com/@channel/123456",
        "https://mastodon.example/@kahvila",
        "https://mastodon.example/@kahvila/not-a-number",
        "ftp://mastodon.example/@kahvila/1",
    ],
)
def test_mastodon_other_links_are_not_claimed(url: str) -> None:
    assert MastodonSource.parse_url(url) is None


def _ref(server: ReplayServer) -> ThreadRef:
    return resolve_url(f"{server.url}/@kahvila/{ROOT}")


def test_mastodon_context_becomes_a_tree_under_the_linked_status(tmp_path: Path, replay: ReplayServer) -> None:
    replay.load(THREAD)
    thread = _source(tmp_path).fetch_thread(_ref(replay), {})
    uri = {n: STATUSES.format(user=user, n=n) for n, user in (("10", "liisa"), ("11", "kahvila"), ("12", "erik"))}
    by_local = {c.extra["id"]: c for c in thread.comments}
    assert [c.extra["id"] for c in thread.comments] == [f"1133000000000000{n}" for n in (10, 11, 12, 13)]
    assert all(c.id == c.extra["uri"] for c in thread.comments)  # keyed by the ActivityPub id
    assert thread.ref.thread_id == ROOT_URI and thread.extra["id"] == ROOT
    assert {k[-2:]: v.parent_id for k, v in by_local.items()} == {
        "10": None,
        "11": uri["10"],
        "12": uri["11"],
        "13": None,
    }
    first = by_local["113300000000000010"]
    assert first.id == uri["10"]
    assert first.text == "@kahvila Onko siinä sokeria? Kysyn & toivon ettei 🙏"
    assert (first.author_id, first.author) == ("21", "liisa")
    assert first.created_at == datetime(2025, 11, 27, 8, 5, tzinfo=UTC)
    assert first.metrics == {"replies": 1, "favourites": 2, "reblogs": 0}
    assert first.extra["uri"] == "https://mastodon.example/users/liisa/statuses/113300000000000010"
    assert first.url == "https://mastodon.example/@liisa/113300000000000010"
    assert by_local["113300000000000011"].edited_at == datetime(2025, 11, 27, 8, 9, tzinfo=UTC)
    assert by_local["113300000000000012"].author == "erik@fediverse.example"
    assert by_local["113300000000000012"].text == 'Smakar den som vanlig latte? Jag är "skeptisk".'
    last = by_local["113300000000000013"]
    assert last.text == "latte opinions\n\nHonestly it was too sweet for me.\n\nStill, nice foam."
    assert thread.body == "Uusi kauramaitolatte on nyt listalla! Mitä mieltä olette?"
    assert thread.author == "kahvila"
    assert thread.metrics == {"replies": 5, "favourites": 12, "reblogs": 3}
    assert thread.cursor == {"etag": 'W/"ctx-5f1e"'}


def test_mastodon_unchanged_context_answers_304_and_skips_the_status(tmp_path: Path, replay: ReplayServer) -> None:
    replay.add("GET", f"/api/v1/statuses/{ROOT}/context", {"status": 304, "headers": {"ETag": 'W/"ctx-5f1e"'}})
    cursor = {"etag": 'W/"ctx-5f1e"'}
    thread = _source(tmp_path).fetch_thread(_ref(replay), cursor)
    assert thread.not_modified
    assert thread.cursor == cursor
    assert thread.comments == []
    assert [r.path for r in replay.requests] == [f"/api/v1/statuses/{ROOT}/context"]
    assert replay.requests[0].headers["if-none-match"] == 'W/"ctx-5f1e"'


def _broken(mutate: Any) -> dict[str, Any]:
    cassette = json.loads(THREAD.read_text("utf-8"))
    mutate(cassette["interactions"][0]["response"])
    return cassette


@pytest.mark.parametrize(
    "cassette",
    [
        _broken(
            lambda r: r.update(json=None, body="<!DOCTYPE html><p>Login</p>", headers={"Content-Type": "text/html"})
        ),
        _broken(lambda r: r.update(json=None, body='{"ancestors": [], "descendants": [{"id": "1', headers={})),
        _broken(lambda r: r["json"].pop("descendants")),
    ],
    ids=["html", "cut-json", "no-descendants"],
)
def test_mastodon_malformed_context_keeps_the_status_and_names_the_replies_missing(
    tmp_path: Path, replay: ReplayServer, cassette: dict[str, Any]
) -> None:
    response = cassette["interactions"][0]["response"]
    if response.get("json") is None:
        response.pop("json", None)
        response["headers"].setdefault("Content-Type", "application/json")
    replay.load(cassette)
    thread = _source(tmp_path).fetch_thread(_ref(replay), {})
    assert thread.body and thread.comments == []
    assert thread.incomplete == "failure" and not thread.complete and thread.cursor == {}
    assert len(thread.missing) == 1 and thread.missing[0].startswith("the replies (statuses/:id/context): mastodon:")


@pytest.mark.parametrize(
    ("cassette", "bad"),
    [
        (_broken(lambda r: r["json"]["descendants"][0].update(id=113300000000000010)), "113300000000000010"),
        (_broken(lambda r: r["json"]["descendants"][1].update(created_at=1764230400)), "113300000000000011"),
        (_broken(lambda r: r["json"]["descendants"][2].update(account="erik")), "113300000000000012"),
    ],
    ids=["numeric-id", "numeric-time", "account-string"],
)
def test_mastodon_one_malformed_status_is_missing_and_the_others_are_kept(
    tmp_path: Path, replay: ReplayServer, cassette: dict[str, Any], bad: str
) -> None:
    replay.load(cassette)
    thread = _source(tmp_path).fetch_thread(_ref(replay), {})
    assert len(thread.comments) == 3 and bad not in {c.extra["id"] for c in thread.comments}
    assert thread.incomplete == "failure" and len(thread.missing) == 1
    assert thread.missing[0].startswith(f"status {bad}: mastodon: ")


def test_mastodon_truncated_transfer_is_retried_then_named_missing(tmp_path: Path, replay: ReplayServer) -> None:
    replay.load(_broken(lambda r: r.update(truncate=300)))
    thread = _source(tmp_path).fetch_thread(_ref(replay), {})
    assert len(replay.requests_to(f"/api/v1/statuses/{ROOT}/context")) == 2  # retried once, then given up
    assert thread.comments == [] and thread.body
    assert "RemoteProtocolError" in thread.missing[0]


def test_mastodon_status_itself_failing_fails_the_read(tmp_path: Path, replay: ReplayServer) -> None:
    cassette = json.loads(THREAD.read_text("utf-8"))
    cassette["interactions"][1]["response"] = {"status": 503, "json": {"error": "down"}}
    replay.load(cassette)
    with pytest.raises(SourceUnavailable):
        _source(tmp_path).fetch_thread(_ref(replay), {})
