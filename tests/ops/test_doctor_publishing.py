"""kuulo doctor checks each configured publisher's credentials against the platform (its local stand-in)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.ops.doctor import CheckResult, check_publishing, run_checks
from tests.conftest import make_settings
from tests.fakes.platform_publish import FakeBlueskyPDS, FakeMastodon, FakeReddit, FakeYouTube

SECRETS = ("brand-token", "app-pass", "secret-pw", "yt-token", "wrong-token", "wrong-pass")


@pytest.fixture
def fakes() -> Iterator[dict[str, Any]]:
    made = {"mastodon": FakeMastodon(), "bluesky": FakeBlueskyPDS(), "reddit": FakeReddit(), "youtube": FakeYouTube()}
    yield made
    for fake in made.values():
        fake.close()


def _settings(tmp_path: Path, fakes: dict[str, Any], **overrides: Any) -> Any:
    values: dict[str, Any] = {
        "publish": "mastodon,bluesky,reddit,youtube",
        "mastodon_url": fakes["mastodon"].url,
        "mastodon_token": "brand-token",
        "bluesky_handle": "brand.example",
        "bluesky_app_password": "app-pass",
        "bluesky_pds_url": fakes["bluesky"].url,
        "reddit_url": fakes["reddit"].url,
        "reddit_oauth_url": fakes["reddit"].url,
        "reddit_client_id": "cid",
        "reddit_client_secret": "secret",
        "reddit_username": "brand_bot",
        "reddit_password": "secret-pw",
        "youtube_url": fakes["youtube"].url,
        "youtube_oauth_token": "yt-token",
        "http_timeout_seconds": 2.0,
    }
    values.update(overrides)
    return make_settings(tmp_path, **values)


def _results(settings: Any) -> dict[str, CheckResult]:
    results = [r for r in run_checks(settings, [check_publishing]) if r.name != "settings"]
    text = "\n".join(line for r in results for line in r.lines())
    assert not any(secret in text for secret in SECRETS), text
    return {r.name: r for r in results}


def test_doctor_accepts_every_configured_publishers_credentials_and_names_the_account(
    tmp_path: Path, fakes: dict[str, Any]
) -> None:
    results = _results(_settings(tmp_path, fakes))
    assert {name: r.status for name, r in results.items()} == {
        "publish mastodon": "ok",
        "publish bluesky": "ok",
        "publish reddit": "ok",
        "publish youtube": "ok",
    }
    assert "@brand (account 900)" in results["publish mastodon"].detail
    assert "did:plc:brand" in results["publish bluesky"].detail
    assert "u/brand_bot" in results["publish reddit"].detail
    assert "channel UCbrand" in results["publish youtube"].detail
    assert [r.path for r in fakes["mastodon"].requests] == ["/api/v1/accounts/verify_credentials"]
    assert [r.path for r in fakes["reddit"].requests] == ["/api/v1/access_token", "/api/v1/me"]
    assert [r.path for r in fakes["bluesky"].requests] == ["/xrpc/com.atproto.server.createSession"]
    assert fakes["youtube"].requests[0].query == {"part": "id", "mine": "true"}
    assert not any(fake.posts for fake in fakes.values())  # nothing is ever posted by a check


def test_doctor_fails_refused_and_missing_credentials_with_the_setting_to_fix(
    tmp_path: Path, fakes: dict[str, Any]
) -> None:
    settings = _settings(
        tmp_path, fakes, mastodon_token="wrong-token", bluesky_app_password="wrong-pass", youtube_oauth_token=None
    )
    results = _results(settings)
    mastodon, bluesky, youtube = results["publish mastodon"], results["publish bluesky"], results["publish youtube"]
    assert mastodon.status == "fail" and "refused the credentials (401)" in mastodon.detail
    assert "KUULO_MASTODON_TOKEN" in mastodon.fix
    assert bluesky.status == "fail" and "refused the credentials (401)" in bluesky.detail
    assert "KUULO_BLUESKY_APP_PASSWORD" in bluesky.fix
    assert youtube.status == "fail" and "KUULO_YOUTUBE_OAUTH_TOKEN" in youtube.detail
    assert results["publish reddit"].status == "ok"


def test_doctor_says_which_publisher_does_not_answer(tmp_path: Path, fakes: dict[str, Any]) -> None:
    results = _results(_settings(tmp_path, fakes, publish="mastodon", mastodon_url="http://127.0.0.1:9"))
    assert results["publish mastodon"].status == "fail"
    assert "did not answer" in results["publish mastodon"].detail


def test_doctor_without_publishing_skips_and_says_replies_are_posted_by_hand(tmp_path: Path) -> None:
    results = _results(make_settings(tmp_path))
    assert results["publishing"].status == "skip" and "by hand" in results["publishing"].detail
