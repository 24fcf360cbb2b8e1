"""The publisher interface and registry: one module per platform that Kuulo can post to.

A publisher does two things for the outbox (``outbox.py``), and a third for ``kuulo doctor``
(:meth:`Publisher.whoami`: one harmless request that says whose credentials these are): :meth:`Publisher.publish`
posts one approved reply, and :meth:`Publisher.find_existing` looks on the platform for a
reply we may already have posted (our account, under the same parent, the same text), so
an attempt whose outcome is unknown is reconciled instead of being sent again.

Outcomes are told with :class:`PublishError`::

    PublishError            the platform did not take the reply
    ├── permanent=True      locked thread, deleted comment, banned account, other 4xx: never retried
    ├── retry_after=...     429 or a platform rate-limit answer: try again after that long
    └── ambiguous=True      timeout, dropped connection, 5xx: it may be posted; reconcile first
    ManualOnly              this reply must be posted by a person (the reason says why)
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, ClassVar

from bot.config import Settings
from bot.errors import ConfigError, KuuloError

_REGISTRY: dict[str, type[Publisher]] = {}


@dataclass(frozen=True)
class Target:
    """What a reply answers: the watched comment, as the source stored it."""

    platform: str
    comment_id: str  # the platform's id of the comment (at-URI, status id, t1 id36, ...)
    comment_url: str | None
    thread_id: str  # the platform's id of the thread root
    thread_url: str
    comment_extra: dict[str, Any] = field(default_factory=dict)
    thread_extra: dict[str, Any] = field(default_factory=dict)
    is_root: bool = False  # the reply answers the thread's post itself


@dataclass(frozen=True)
class Published:
    external_id: str
    url: str | None


class PublishError(KuuloError):
    def __init__(
        self,
        message: str,
        *,
        permanent: bool = False,
        retry_after: float | None = None,
        ambiguous: bool = False,
        status: int | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.permanent = permanent
        self.retry_after = retry_after
        self.ambiguous = ambiguous


class ManualOnly(KuuloError):
    """The reply may not be posted automatically; a person posts it and marks it posted."""


class Publisher(ABC):
    platform: ClassVar[str]

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    @abstractmethod
    def publish(self, target: Target, text: str, idempotency_key: str, created_at: datetime) -> Published:
        """Post ``text`` as a reply to ``target``; raise :class:`PublishError` or :class:`ManualOnly`."""

    @abstractmethod
    def find_existing(self, target: Target, text: str, idempotency_key: str, created_at: datetime) -> Published | None:
        """Our reply to ``target`` with this text if the platform has it, else None."""

    @abstractmethod
    def whoami(self) -> str:
        """Check the credentials with one harmless request; return which account they are
        (``kuulo doctor``). Raises :class:`PublishError` (``status`` 401/403: refused)."""

    @abstractmethod
    def close(self) -> None:
        """Release clients."""


def register(cls: type[Publisher]) -> type[Publisher]:
    _REGISTRY[cls.platform] = cls
    return cls


def publisher_class(platform: str) -> type[Publisher] | None:
    """The registered publisher of ``platform`` (``bot/publishing/__init__.py`` imports every one)."""
    return _REGISTRY.get(platform)


def registered() -> dict[str, type[Publisher]]:
    return dict(_REGISTRY)


def require(value: Any, setting: str, platform: str) -> Any:
    if value is None or value == "":
        raise ConfigError(f"publishing to {platform} needs {setting}; set it, or take {platform} out of KUULO_PUBLISH")
    return value


def same_text(a: str, b: str) -> bool:
    """Platforms re-render text (HTML, trimmed whitespace); compare words, not bytes."""
    return " ".join(a.split()) == " ".join(b.split())
