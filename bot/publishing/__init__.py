"""Publishing approved replies exactly once: the outbox and one publisher per platform.

Importing this package registers every publisher, the way ``bot.sources`` registers every source:
a platform module defines one :class:`~bot.publishing.base.Publisher` decorated with ``register``.
"""

from bot.publishing import bluesky, mastodon, reddit, youtube

__all__ = ["bluesky", "mastodon", "reddit", "youtube"]
