"""Platform sources. Importing this package registers every source."""

from bot.sources import bluesky, hackernews, mastodon, reddit, rss, wordpress, youtube
from bot.sources.base import Source, canonical_ref, registered, resolve_url, source_class

__all__ = [
    "Source",
    "bluesky",
    "canonical_ref",
    "hackernews",
    "mastodon",
    "reddit",
    "registered",
    "resolve_url",
    "rss",
    "source_class",
    "wordpress",
    "youtube",
]
