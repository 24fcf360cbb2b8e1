"""Kuulo's exceptions, all in one tree.

::

    KuuloError                      anything Kuulo raises on purpose; str() is for the user
    ├── ConfigError                 a setting is missing or wrong
    ├── StorageError                the database refused or is not migrated
    ├── NotFound                    an id that does not exist (watch, draft, ...)
    ├── InvalidTransition           a decision lost a race or the draft is not pending
    ├── UnsupportedURL              no source understands a link; lists the forms that work
    ├── SourceError                 a platform could not be read
    │   ├── MalformedPayload        the response was not what the platform documents
    │   ├── RateLimited             429 after our retries; carries retry_after
    │   ├── SourceUnavailable       5xx, timeouts, connection errors after retries
    │   └── ThreadGone              404/410/deleted/locked: the thread is not coming back
    ├── KnowledgeError              the vector store or embedding model cannot be used
    │   └── EmbeddingModelMismatch  the collection was built with another model
    ├── DraftingError               the model failed or answered outside its schema
    └── DeliveryError               a message could not be posted or updated (Slack refused or was unreachable)

Every message says what happened and what to do next.
"""

from __future__ import annotations


class KuuloError(Exception):
    """Base class; the message is shown to the user as is."""


class ConfigError(KuuloError):
    pass


class StorageError(KuuloError):
    pass


class NotFound(KuuloError):
    pass


class InvalidTransition(KuuloError):
    pass


class UnsupportedURL(KuuloError):
    pass


class SourceError(KuuloError):
    """A platform could not be read. ``permanent`` errors are not retried."""

    permanent = False


class MalformedPayload(SourceError):
    pass


class RateLimited(SourceError):
    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class SourceUnavailable(SourceError):
    pass


class ThreadGone(SourceError):
    permanent = True


class KnowledgeError(KuuloError):
    pass


class EmbeddingModelMismatch(KnowledgeError):
    pass


class DraftingError(KuuloError):
    pass


class DeliveryError(KuuloError):
    """A message to the team (an alert) could not be posted or updated; it is retried on the next check."""
