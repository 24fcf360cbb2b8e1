"""The source interface and registry: one module per platform.

A source knows two things: which links it understands (:meth:`Source.parse_url`)
and how to read a whole thread (:meth:`Source.fetch_thread`). Adding a platform
is one module with one class decorated with :func:`register`, imported in
``bot/sources/__init__.py``.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any, ClassVar

from bot.config import Settings
from bot.domain import FetchedThread, ThreadRef
from bot.errors import UnsupportedURL
from bot.sources.http import PlatformHTTP

_REGISTRY: dict[str, type[Source]] = {}


class Source(ABC):
    platform: ClassVar[str]
    #: Human-readable link forms, shown when a URL is not understood.
    link_forms: ClassVar[tuple[str, ...]]

    def __init__(self, settings: Settings, http: PlatformHTTP | None = None) -> None:
        self.settings = settings
        self.http = http or PlatformHTTP(
            self.platform,
            timeout=settings.http_timeout_seconds,
            max_attempts=settings.http_max_attempts,
            max_wait=settings.http_max_wait_seconds,
        )

    @classmethod
    @abstractmethod
    def parse_url(cls, url: str) -> ThreadRef | None:
        """The thread this link points to, or None when it is not this platform's."""

    @abstractmethod
    def fetch_thread(self, ref: ThreadRef, cursor: dict[str, Any]) -> FetchedThread:
        """Every comment of the thread. ``cursor`` is what the previous fetch returned."""

    def close(self) -> None:
        self.http.close()


def register(cls: type[Source]) -> type[Source]:
    _REGISTRY[cls.platform] = cls
    return cls


def registered() -> dict[str, type[Source]]:
    return dict(_REGISTRY)


def source_class(platform: str) -> type[Source]:
    try:
        return _REGISTRY[platform]
    except KeyError:
        raise UnsupportedURL(f"no source for platform {platform!r}") from None


def resolve_url(url: str) -> ThreadRef:
    """The thread a watch URL points to; the error lists every supported link form."""
    candidate = url.strip()
    for cls in _REGISTRY.values():
        ref = cls.parse_url(candidate)
        if ref is not None:
            return ref
    forms = "\n".join(f"  {form}" for cls in _REGISTRY.values() for form in cls.link_forms)
    raise UnsupportedURL(f"Kuulo does not understand the link {candidate!r}. Supported link forms:\n{forms}")
