from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from bot.services import Services
from tests.fakes.platform_publish import FakeBlueskyPDS, FakeMastodon, FakeReddit, FakeYouTube


@pytest.fixture
def watched() -> Iterator[FakeMastodon]:
    """The instance where the watched comment lives."""
    fake = FakeMastodon(token="other", account_id="1")
    yield fake
    fake.close()


@pytest.fixture
def brand() -> Iterator[FakeMastodon]:
    """The brand's own instance, where Kuulo posts."""
    fake = FakeMastodon(hang_seconds=3.0)
    yield fake
    fake.close()


@pytest.fixture
def pds() -> Iterator[FakeBlueskyPDS]:
    fake = FakeBlueskyPDS()
    yield fake
    fake.close()


@pytest.fixture
def reddit() -> Iterator[FakeReddit]:
    fake = FakeReddit()
    yield fake
    fake.close()


@pytest.fixture
def youtube() -> Iterator[FakeYouTube]:
    fake = FakeYouTube()
    yield fake
    fake.close()


@pytest.fixture
def publishing_services(
    services_factory: Callable[..., Services],
    brand: FakeMastodon,
    pds: FakeBlueskyPDS,
    reddit: FakeReddit,
    youtube: FakeYouTube,
) -> Callable[..., Services]:
    def build(**overrides: Any) -> Services:
        values: dict[str, Any] = {
            "publish": "mastodon,bluesky,reddit,youtube",
            "mastodon_url": brand.url,
            "mastodon_token": "brand-token",
            "bluesky_handle": "brand.example",
            "bluesky_app_password": "app-pass",
            "bluesky_pds_url": pds.url,
            "reddit_url": reddit.url,
            "reddit_oauth_url": reddit.url,
            "reddit_client_id": "cid",
            "reddit_client_secret": "secret",
            "reddit_username": "brand_bot",
            "reddit_password": "pw",
            "youtube_url": youtube.url,
            "youtube_oauth_token": "yt-token",
            "http_timeout_seconds": 1.0,
            "publish_claim_seconds": 0,
        }
        values.update(overrides)
        return services_factory(**values)

    return build
