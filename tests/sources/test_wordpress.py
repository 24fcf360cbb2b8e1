from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from bot.demo.replay import ReplayServer
from bot.domain import ThreadRef
from bot.errors import MalformedPayload, UnsupportedURL
from bot.sources import resolve_url
from bot.sources.http import PlatformHTTP
from bot.sources.wordpress import WordPressSource
from tests.conftest import FIXTURES, make_settings

POST = FIXTURES / "wordpress" / "post_two_pages.json"
_open: list[Any] = []
HTML = {"Content-Type": "text/html"}
JSON = {"Content-Type": "application/json"}


@pytest.fixture(autouse=True)
def _close() -> Iterator[None]:
    yield
    while _open:
        _open.pop().close()


def _http() -> PlatformHTTP:
    http = PlatformHTTP("web", max_attempts=1, sleep=lambda s: None)
    _open.append(http)
    return http


def _source(tmp_path: Path) -> WordPressSource:
    source = WordPressSource(make_settings(tmp_path), PlatformHTTP("wordpress", max_attempts=2, sleep=lambda s: None))
    _open.append(source)
    return source


def test_wordpress_never_claims_a_link_by_its_form_alone() -> None:
    assert WordPressSource.parse_url("https://blog.example/2025/11/kauramaito/") is None


def test_wordpress_discovery_via_link_header_uses_the_alternate_post_link(replay: ReplayServer) -> None:
    replay.load(POST)
    ref = resolve_url(f"{replay.url}/2025/11/kauramaito/", http=_http())
    site = replay.url.removeprefix("http://")
    assert ref == ThreadRef("wordpress", f"{site}/?p=42", f"{replay.url}/2025/11/kauramaito/", f"{replay.url}/wp-json/")
    assert replay.requests_to("/wp-json/wp/v2/posts") == []  # no slug lookup needed


def test_wordpress_discovery_via_link_tag_finds_the_post_by_slug(replay: ReplayServer) -> None:
    replay.load(POST)
    ref = resolve_url(f"{replay.url}/2025/11/kauramaito-html/", http=_http())
    assert (ref.platform, ref.thread_id.rsplit("/", 1)[-1], ref.api_base) == (
        "wordpress",
        "?p=42",
        f"{replay.url}/wp-json/",
    )
    assert replay.requests_to("/wp-json/wp/v2/posts")[0].query["slug"] == "kauramaito-html"


def test_wordpress_query_form_link_needs_no_slug(replay: ReplayServer) -> None:
    replay.load(POST)
    page = json.loads(POST.read_text("utf-8"))["interactions"][1]["response"]
    replay.add("GET", "/", page, query={"p": "42"})
    ref = resolve_url(f"{replay.url}/?p=42", http=_http())
    assert ref.thread_id.endswith("/?p=42")
    assert replay.requests_to("/wp-json/wp/v2/posts") == []


def test_wordpress_page_without_api_link_or_feed_is_unsupported(replay: ReplayServer) -> None:
    replay.add("GET", "/about", {"status": 200, "headers": {"Content-Type": "text/html"}, "body": "<p>hi</p>"})
    with pytest.raises(UnsupportedURL, match="WordPress post"):
        resolve_url(f"{replay.url}/about", http=_http())


def _ref(server: ReplayServer) -> ThreadRef:
    site = server.url.removeprefix("http://")
    return ThreadRef("wordpress", f"{site}/?p=42", f"{server.url}/2025/11/kauramaito/", f"{server.url}/wp-json/")


def test_wordpress_reads_both_comment_pages_with_parents(tmp_path: Path, replay: ReplayServer) -> None:
    replay.load(POST)
    thread = _source(tmp_path).fetch_thread(_ref(replay), {})
    site = replay.url.removeprefix("http://")
    ids = [c.id for c in thread.comments]
    assert len(ids) == 103
    assert len(set(ids)) == 103
    by_id = {c.id.rsplit("-", 1)[-1]: c for c in thread.comments}
    assert by_id["101"].parent_id is None
    assert by_id["102"].parent_id == f"{site}#comment-101"
    assert by_id["203"].parent_id == f"{site}#comment-103"  # page 2 points back into page 1
    assert by_id["101"].text == "Onko tässä lisättyä sokeria? Kysyn & toivon ettei."
    assert by_id["103"].text == "Smakar den som “vanlig” latte?"
    assert by_id["201"].text == "Too sweet for me — but nice foam."
    assert by_id["101"].created_at == datetime(2025, 11, 27, 8, 5, tzinfo=UTC)
    assert by_id["102"].author == "Kahvila Kuulo"
    assert by_id["102"].author_id == "https://kahvila.example"
    assert by_id["101"].url == f"{replay.url}/2025/11/kauramaito/#comment-101"
    assert thread.title == "Kauramaito – uusi latte"
    pages = [r.query["page"] for r in replay.requests_to("/wp-json/wp/v2/comments")]
    assert pages == ["1", "2"]


def test_wordpress_rest_route_root_builds_query_urls(tmp_path: Path, replay: ReplayServer) -> None:
    cassette = json.loads(POST.read_text("utf-8"))
    for item in cassette["interactions"][3:]:
        item["request"]["path"] = "/"
        route = "/wp/v2/posts/42" if "posts" in str(item["request"]) else "/wp/v2/comments"
        item["request"]["query"] = {**item["request"].get("query", {}), "rest_route": route}
    cassette["interactions"][3]["request"]["query"] = {"rest_route": "/wp/v2/posts/42"}
    replay.load(cassette)
    ref = ThreadRef("wordpress", "blog.example/?p=42", f"{replay.url}/?p=42", f"{replay.url}/?rest_route=/")
    thread = _source(tmp_path).fetch_thread(ref, {})
    assert len(thread.comments) == 103
    assert thread.comments[0].id == "blog.example#comment-101"


def test_wordpress_unapproved_comment_is_kept_as_deleted(tmp_path: Path, replay: ReplayServer) -> None:
    cassette = json.loads(POST.read_text("utf-8"))
    cassette["interactions"][5]["response"]["json"][0]["status"] = "trash"
    replay.load(cassette)
    thread = _source(tmp_path).fetch_thread(_ref(replay), {})
    gone = next(c for c in thread.comments if c.id.endswith("-201"))
    assert gone.deleted
    assert (gone.text, gone.author) == (None, None)


def _with_page2(mutate: Any) -> dict[str, Any]:
    cassette = json.loads(POST.read_text("utf-8"))
    mutate(cassette["interactions"][5]["response"])
    return cassette


@pytest.mark.parametrize(
    "cassette",
    [
        _with_page2(lambda r: r.update(json=None, body="<html>Database error</html>", headers=HTML)),
        _with_page2(lambda r: r.update(json=None, body='[{"id": 201, "post": 42, "parent": 0,', headers=JSON)),
        _with_page2(lambda r: r["json"][0].update(parent="0")),
        _with_page2(lambda r: r["json"][0].update(date_gmt=None)),
        _with_page2(lambda r: r["json"][0].update(content="plain")),
        _with_page2(lambda r: r["json"][0].update(post=43)),
        _with_page2(lambda r: r["headers"].update({"X-WP-TotalPages": "two"})),
    ],
    ids=["html", "cut-json", "parent-string", "no-date", "content-not-object", "other-post", "bad-total-pages"],
)  # fmt: skip
def test_wordpress_malformed_comment_or_page_keeps_the_rest(
    tmp_path: Path, replay: ReplayServer, cassette: dict[str, Any]
) -> None:
    response = cassette["interactions"][5]["response"]
    if response.get("json") is None:
        response.pop("json", None)
    replay.load(cassette)
    thread = _source(tmp_path).fetch_thread(_ref(replay), {})
    assert thread.incomplete == "failure" and not thread.complete
    assert len(thread.missing) == 1
    page2 = response.get("json")
    if isinstance(page2, list) and response.get("headers", {}).get("X-WP-TotalPages") != "two":
        # one comment of page 2 is unreadable: it alone is skipped (kept for the quarantine), its page kept
        assert len(thread.comments) == 100 + len(page2) - 1
        assert [s.raw["id"] for s in thread.skipped] == [page2[0]["id"]]
        assert thread.missing[0].startswith(f"comment {page2[0]['id']} on page 2: wordpress:")
    else:  # the page itself is unreadable: page 1 arrived whole
        assert len(thread.comments) == 100
        assert thread.missing[0].startswith("comments page 2 of 2: wordpress:")


def test_wordpress_malformed_first_comment_page_fails_the_read(tmp_path: Path, replay: ReplayServer) -> None:
    cassette = json.loads(POST.read_text("utf-8"))
    first = next(i for i in cassette["interactions"] if i["request"].get("query", {}).get("page") == "1")
    first["response"] = {"status": 200, "body": "<html>Database error</html>", "headers": HTML}
    replay.load(cassette)
    with pytest.raises(MalformedPayload):
        _source(tmp_path).fetch_thread(_ref(replay), {})


@pytest.mark.parametrize(
    "post_change",
    [
        lambda post: post.pop("content"),  # a site that trims fields (`_fields=`) sends no content
        lambda post: post.update(content={"rendered": "", "protected": True}),  # password-protected
        lambda post: post.update(content={"protected": True}),  # protected, and `rendered` left out
    ],
    ids=["no-content", "protected-empty", "protected-no-rendered"],
)
def test_wordpress_post_without_a_body_still_has_every_comment_read(
    tmp_path: Path, replay: ReplayServer, post_change: Any
) -> None:
    cassette = json.loads(POST.read_text("utf-8"))
    post_change(cassette["interactions"][3]["response"]["json"])
    replay.load(cassette)
    thread = _source(tmp_path).fetch_thread(_ref(replay), {})
    assert thread.body is None and thread.title == "Kauramaito – uusi latte"
    assert len(thread.comments) == 103 and thread.incomplete is None
