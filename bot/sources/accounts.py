"""Accounts and feeds: which link names a whole account, and what it posted lately.

Design: one module for every platform's account listing, beside the thread
sources rather than inside them, because an account is only ever read for
one thing (its newest posts, each of which becomes a thread the platform's own
thread source then reads). Each lister uses the platform source's client
(:class:`~bot.sources.http.PlatformHTTP`: retries, Retry-After, rate headers,
the source's auth and quota), so an account's poll is rate-limited exactly like
a thread's. Listings return posts newest first; reposts and replies are skipped.

Link forms and the documented endpoints they use:

- ``https://www.reddit.com/r/<sub>/`` - ``GET /r/<sub>/new.json`` (a Listing of t3 things;
  https://www.reddit.com/dev/api/#GET_new)
- ``https://bsky.app/profile/<handle or did>`` - ``app.bsky.feed.getAuthorFeed?actor=&filter=posts_no_replies``
  (``feed[].post``, ``feed[].reason`` set on reposts; https://docs.bsky.app/docs/api/app-bsky-feed-get-author-feed)
- ``https://<instance>/@<user>`` - ``GET /api/v1/accounts/lookup?acct=`` then
  ``GET /api/v1/accounts/:id/statuses?exclude_reblogs=true&exclude_replies=true``
  (https://docs.joinmastodon.org/methods/accounts/)
- ``https://www.youtube.com/@<handle>`` or ``/channel/<id>`` - ``channels.list?part=contentDetails``
  (``forHandle`` or ``id``) for ``contentDetails.relatedPlaylists.uploads``, then ``playlistItems.list``
  (https://developers.google.com/youtube/v3/docs/channels/list, .../playlistItems/list)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import unquote, urlsplit

from bot.errors import MalformedPayload, ThreadGone
from bot.sources.base import Source, epoch

_REDDIT_HOSTS = {"reddit.com", "www.reddit.com", "old.reddit.com", "new.reddit.com", "np.reddit.com"}
_SUBREDDIT = re.compile(r"^/r/([A-Za-z0-9_]{2,21})(?:/new)?/?$")
_BSKY_HOSTS = {"bsky.app", "www.bsky.app"}
_BSKY_PROFILE = re.compile(r"^/profile/([^/]+)/?$")
_MASTODON_ACCOUNT = re.compile(r"^/@([A-Za-z0-9_]{1,30}(?:@[A-Za-z0-9.-]+)?)/?$")
_YT_HOSTS = {"youtube.com", "www.youtube.com", "m.youtube.com"}
_YT_HANDLE = re.compile(r"^/@([A-Za-z0-9._-]{3,30})(?:/videos)?/?$")
_YT_CHANNEL = re.compile(r"^/channel/(UC[A-Za-z0-9_-]{22})(?:/videos)?/?$")
_NOT_MASTODON = _REDDIT_HOSTS | _BSKY_HOSTS | _YT_HOSTS | {"medium.com", "www.tiktok.com", "tiktok.com"}

LINK_FORMS = (
    "https://www.reddit.com/r/<subreddit>/  (each new post)",
    "https://bsky.app/profile/<handle>  (each post, no replies or reposts)",
    "https://<instance>/@<user>  (each Mastodon post, no replies or boosts)",
    "https://www.youtube.com/@<handle> or /channel/<id>  (each upload)",
)


@dataclass(frozen=True)
class AccountRef:
    platform: str
    target: str  # r/sub, the Bluesky actor, user@instance, the YouTube handle or channel id
    url: str
    api_base: str | None = None
    community: str = ""


@dataclass(frozen=True)
class AccountPost:
    id: str
    url: str  # a link the platform's thread source understands
    created_at: datetime | None
    title: str | None = None
    thread_id: str | None = None  # the thread's stable id when the link does not show it (a Mastodon uri)


def parse_account_url(url: str) -> AccountRef | None:
    """The account or feed a link names, or None when it is not an account link."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    if parts.scheme not in ("http", "https") or not host:
        return None
    if host in _REDDIT_HOSTS and (m := _SUBREDDIT.match(parts.path)):
        sub = m.group(1)
        return AccountRef(
            "reddit", f"r/{sub.lower()}", f"https://www.reddit.com/r/{sub}/", community=f"r/{sub.lower()}"
        )
    if host in _BSKY_HOSTS and (m := _BSKY_PROFILE.match(parts.path)):
        actor = unquote(m.group(1))
        actor = actor if actor.startswith("did:") else actor.lower()
        return AccountRef("bluesky", actor, f"https://bsky.app/profile/{actor}", community=actor)
    if host in _YT_HOSTS and (m := _YT_HANDLE.match(parts.path)):
        handle = m.group(1)
        return AccountRef("youtube", f"@{handle}", f"https://www.youtube.com/@{handle}", community=f"@{handle}")
    if host in _YT_HOSTS and (m := _YT_CHANNEL.match(parts.path)):
        channel = m.group(1)
        return AccountRef("youtube", channel, f"https://www.youtube.com/channel/{channel}", community=channel)
    if host not in _NOT_MASTODON and (m := _MASTODON_ACCOUNT.match(parts.path)):
        base = f"{parts.scheme}://{parts.netloc.lower()}"
        user = m.group(1)
        acct = user if "@" in user else f"{user}@{parts.netloc.lower()}"
        return AccountRef("mastodon", acct, f"{base}/@{user}", api_base=base, community=acct)
    return None


def list_posts(source: Source, account: AccountRef, limit: int) -> list[AccountPost]:
    """The account's newest posts (at most ``limit``), newest first."""
    listers: dict[str, Callable[[Any, AccountRef, int], list[AccountPost]]] = {
        "reddit": _reddit,
        "bluesky": _bluesky,
        "mastodon": _mastodon,
        "youtube": _youtube,
    }
    posts = listers[account.platform](source, account, max(1, min(limit, 100)))
    return sorted(posts, key=lambda p: p.created_at or datetime.min.replace(tzinfo=UTC), reverse=True)[:limit]


def _time(value: Any) -> datetime | None:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return epoch(value)
    if isinstance(value, str) and value:
        try:
            moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:  # not ISO 8601: the post sorts as undated
            return None
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return None


def _object(value: Any, what: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise MalformedPayload(f"{what} is not an object")
    return value


def _reddit(source: Any, account: AccountRef, limit: int) -> list[AccountPost]:
    listing = _object(source._get(f"/{account.target}/new.json", {"limit": str(limit), "raw_json": "1"}), "reddit")
    children = _object(listing.get("data"), "reddit: listing data").get("children")
    if not isinstance(children, list):
        raise MalformedPayload("reddit: a subreddit listing without children")
    posts = []
    for child in children:
        data = _object(_object(child, "reddit: listing child").get("data"), "reddit: t3 data")
        if (
            child.get("kind") != "t3"
            or not isinstance(data.get("id"), str)
            or not isinstance(data.get("permalink"), str)
        ):
            raise MalformedPayload("reddit: a subreddit listing item is not a t3 post with id and permalink")
        url = f"https://www.reddit.com{data['permalink']}"
        posts.append(AccountPost(data["id"], url, _time(data.get("created_utc")), data.get("title")))
    return posts


def _bluesky(source: Any, account: AccountRef, limit: int) -> list[AccountPost]:
    payload = source.http.get_json(
        f"{source.settings.bluesky_url}/xrpc/app.bsky.feed.getAuthorFeed",
        params={"actor": account.target, "filter": "posts_no_replies", "limit": str(limit)},
    )
    feed = _object(payload, "bluesky: getAuthorFeed").get("feed")
    if not isinstance(feed, list):
        raise MalformedPayload("bluesky: getAuthorFeed answered without a feed list")
    posts = []
    for item in feed:
        item = _object(item, "bluesky: feedViewPost")
        if item.get("reason") is not None:  # a repost: someone else's post
            continue
        post = _object(item.get("post"), "bluesky: feedViewPost.post")
        uri, record = post.get("uri"), _object(post.get("record"), "bluesky: post.record")
        match = re.match(
            r"^at://([^/]+)/app\.bsky\.feed\.post/([A-Za-z0-9._:~-]+)$", uri if isinstance(uri, str) else ""
        )
        if match is None:
            raise MalformedPayload("bluesky: a post without an app.bsky.feed.post at-URI")
        if record.get("reply") is not None:
            continue
        did, rkey = match.groups()
        posts.append(
            AccountPost(str(uri), f"https://bsky.app/profile/{did}/post/{rkey}", _time(record.get("createdAt")))
        )
    return posts


def _mastodon(source: Any, account: AccountRef, limit: int) -> list[AccountPost]:
    base = account.api_base or ""
    user = urlsplit(account.url).path.strip("/")
    acct = user.removeprefix("@")  # a local username, or user@remote as the link gave it
    found = _object(source.http.get_json(f"{base}/api/v1/accounts/lookup", params={"acct": acct}), "account")
    account_id = found.get("id")
    if not isinstance(account_id, str):
        raise MalformedPayload("mastodon: accounts/lookup answered without a string id")
    statuses = source.http.get_json(
        f"{base}/api/v1/accounts/{account_id}/statuses",
        params={"exclude_reblogs": "true", "exclude_replies": "true", "limit": str(min(limit, 40))},
    )
    if not isinstance(statuses, list):
        raise MalformedPayload("mastodon: account statuses must be a list")
    posts = []
    for status in statuses:
        status = _object(status, "mastodon: status")
        if status.get("reblog") is not None or status.get("in_reply_to_id") is not None:
            continue
        if not isinstance(status.get("id"), str):
            raise MalformedPayload("mastodon: a status without a string id")
        uri = status.get("uri")
        if not isinstance(uri, str) or not uri:
            raise MalformedPayload(f"mastodon: status {status['id']} has no uri (its ActivityPub id)")
        posts.append(
            AccountPost(status["id"], f"{base}/{user}/{status['id']}", _time(status.get("created_at")), thread_id=uri)
        )
    return posts


def _youtube(source: Any, account: AccountRef, limit: int) -> list[AccountPost]:
    key = source._key()
    headers = {"X-Goog-Api-Key": key}
    by = {"forHandle": account.target} if account.target.startswith("@") else {"id": account.target}
    source.quota.spend(1, source.settings.youtube_daily_quota)
    channels = _object(
        source.http.get_json(
            f"{source.settings.youtube_url}/channels", params={"part": "contentDetails", **by}, headers=headers
        ),
        "youtube: channels.list",
    )
    items = channels.get("items") or []
    if not isinstance(items, list) or not items:
        raise ThreadGone(f"youtube: no channel {account.target}; check the link {account.url}")
    details = _object(_object(items[0], "youtube: channel").get("contentDetails"), "youtube: contentDetails")
    uploads = _object(details.get("relatedPlaylists"), "youtube: relatedPlaylists").get("uploads")
    if not isinstance(uploads, str):
        raise MalformedPayload("youtube: the channel has no uploads playlist id")
    source.quota.spend(1, source.settings.youtube_daily_quota)
    page = _object(
        source.http.get_json(
            f"{source.settings.youtube_url}/playlistItems",
            params={"part": "snippet,contentDetails", "playlistId": uploads, "maxResults": str(min(limit, 50))},
            headers=headers,
        ),
        "youtube: playlistItems.list",
    )
    posts = []
    for item in page.get("items") or []:
        content = _object(_object(item, "youtube: playlistItem").get("contentDetails"), "youtube: contentDetails")
        video = content.get("videoId")
        if not isinstance(video, str):
            raise MalformedPayload("youtube: a playlist item without contentDetails.videoId")
        title = _object(item.get("snippet") or {}, "youtube: snippet").get("title")
        posts.append(
            AccountPost(
                video, f"https://www.youtube.com/watch?v={video}", _time(content.get("videoPublishedAt")), title
            )
        )
    return posts
