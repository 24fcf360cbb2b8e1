"""Platform sources. Importing this package registers every source."""

from bot.sources import hackernews, reddit
from bot.sources.base import Source, registered, resolve_url, source_class

__all__ = ["Source", "hackernews", "reddit", "registered", "resolve_url", "source_class"]
