"""The source interface and registry: one module per platform.

A source knows two things: which links it understands (:meth:`Source.parse_url`)
and how to read a whole thread (:meth:`Source.fetch_thread`). Adding a platform
is one module with one class decorated with :func:`register`, imported in
``bot/sources/__init__.py``.
"""

from __future__ import annotations

import math
from abc import ABC, abstractmethod
from datetime import UTC, datetime
from typing import Any, ClassVar
from urllib.parse import urlsplit

import httpx

from bot.config import Settings
from bot.domain import FetchedThread, SkippedComment, ThreadRef
from bot.errors import MalformedPayload, RateLimited, SourceError, SourceUnavailable, UnsupportedURL
from bot.sources.http import PlatformHTTP

_REGISTRY: dict[str, type[Source]] = {}
PAGE_ACCEPT = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5"


class Source(ABC):
    platform: ClassVar[str]
    #: Human-readable link forms, shown when a URL is not understood.
    link_forms: ClassVar[tuple[str, ...]]
    #: Probes run in this order (lower first), so a specific reader beats a generic one.
    probe_order: ClassVar[int] = 50

    def __init__(self, settings: Settings, http: PlatformHTTP | None = None) -> None:
        self.settings = settings
        self.http = http or self.make_http(settings)

    @classmethod
    def make_http(cls, settings: Settings, **kwargs: Any) -> PlatformHTTP:
        """The platform's client with the configured timeouts and retries; ``transport`` (a platform's
        error-body translator) and ``sleep`` (tests) pass through."""
        transport = cls.error_transport()
        if transport is not None:
            kwargs.setdefault("transport", transport)
        return PlatformHTTP(
            cls.platform,
            timeout=settings.http_timeout_seconds,
            max_attempts=settings.http_max_attempts,
            max_wait=settings.http_max_wait_seconds,
            **kwargs,
        )

    @classmethod
    def error_transport(cls) -> httpx.BaseTransport | None:
        """A transport that turns the platform's error bodies into Kuulo errors; None: plain HTTP."""
        return None

    @classmethod
    @abstractmethod
    def parse_url(cls, url: str) -> ThreadRef | None:
        """The thread this link points to, or None when it is not this platform's."""

    @abstractmethod
    def fetch_thread(self, ref: ThreadRef, cursor: dict[str, Any]) -> FetchedThread:
        """Every comment of the thread. ``cursor`` is what the previous fetch returned.

        ``FetchedThread.ref.thread_id`` is the thread's stable id, which may differ from the
        one asked for when that was an older form (a Bluesky handle, a Mastodon local id).
        """

    def canonical(self, ref: ThreadRef) -> ThreadRef:
        """``ref`` keyed by the thread's stable id, asked of the platform when a link does not show it
        (a Bluesky handle becomes its DID, a Mastodon status its ActivityPub ``uri``). Called once,
        when a watch is added, so two links to one post are one watch; raises :class:`UnsupportedURL`
        saying what to do when the platform cannot tell."""
        return ref

    @classmethod
    def comment_key(cls, external_id: str, extra: dict[str, Any]) -> str:
        """The stable key of a comment stored under ``external_id`` (an older form, for the upgrade)."""
        return external_id

    @classmethod
    def probe(cls, url: str, http: PlatformHTTP) -> ThreadRef | None:
        """For sources that cannot tell their links apart without a request (WordPress, RSS).

        Called by :func:`resolve_url` only for http(s) links no source's ``parse_url`` claimed,
        and only when it is given a client. Return None when the page is not this platform's.
        """
        return None

    def close(self) -> None:
        self.http.close()


def part_failed(exc: SourceError) -> bool:
    """Whether a failed sub-request of a thread is recorded as a missing part (the rest is stored).

    A server error, a timeout, a rate limit or a malformed answer of one part is; refused
    credentials or a spent daily quota are not: they fail the whole read, so the watch says why.
    """
    return not exc.permanent and isinstance(exc, (SourceUnavailable, MalformedPayload, RateLimited))


def missing_part(what: str, exc: SourceError) -> str:
    """One line of a thread's ``missing`` list: which part, and what went wrong."""
    return f"{what}: {exc}"[:500]


def skip_comment(
    missing: list[str], skipped: list[SkippedComment], where: str, exc: MalformedPayload, raw: Any
) -> None:
    """One comment could not be read: name it in ``missing`` (the thread is then incomplete, so nothing
    stored is deleted for being absent) and keep its payload in ``skipped`` for the quarantine."""
    missing.append(missing_part(where, exc))
    skipped.append(SkippedComment(where[:500], str(exc)[:2000], raw))


def epoch(value: Any) -> datetime | None:
    """Unix seconds (a JSON number) as an aware UTC datetime; None for anything else, and for a number no
    datetime holds (NaN, infinity, a year past 9999 or before 1: ``fromtimestamp`` raises on those)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    try:
        return datetime.fromtimestamp(value, UTC)
    except (OverflowError, OSError, ValueError):
        return None


def count(value: Any) -> int:
    """A JSON number as an engagement count; 0 for anything else (a string, NaN, infinity)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return 0
    if isinstance(value, float) and not math.isfinite(value):
        return 0
    return int(value)


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


def resolve_url(url: str, settings: Settings | None = None, http: PlatformHTTP | None = None) -> ThreadRef:
    """The thread a watch URL points to; the error lists every supported link form.

    Links are first matched by form (no request). With ``settings`` or ``http`` given, an
    http(s) link nobody claimed is then probed: each source's :meth:`Source.probe` may read
    the page (a WordPress post, a blog with a comment feed, a feed itself).
    """
    candidate = url.strip()
    problem = ""
    for cls in _REGISTRY.values():
        try:
            ref = cls.parse_url(candidate)
        except ValueError as exc:  # urllib refuses it ("Invalid IPv6 URL": a host's bracket without its pair)
            problem = f" ({exc})"
            continue
        if ref is not None:
            return ref
    if (settings is not None or http is not None) and not problem and urlsplit(candidate).scheme in ("http", "https"):
        client = http or probe_client(settings)
        try:
            for cls in sorted(_REGISTRY.values(), key=lambda c: c.probe_order):
                ref = cls.probe(candidate, client)
                if ref is not None:
                    return ref
        except SourceError as exc:
            problem = f" (reading the page failed: {exc})"
        finally:
            if http is None:
                client.close()
    forms = "\n".join(f"  {form}" for cls in _REGISTRY.values() for form in cls.link_forms)
    raise UnsupportedURL(f"Kuulo does not understand the link {candidate!r}{problem}. Supported link forms:\n{forms}")


def canonical_ref(ref: ThreadRef, settings: Settings) -> ThreadRef:
    """``ref`` with its stable id (:meth:`Source.canonical`), through a short-lived source."""
    source = source_class(ref.platform)(settings)
    try:
        return source.canonical(ref)
    finally:
        source.close()


def probe_client(settings: Settings | None) -> PlatformHTTP:
    """One quick attempt per probe: a person is waiting for ``kuulo watch add``."""
    timeout = min(settings.http_timeout_seconds, 15.0) if settings is not None else 15.0
    client = PlatformHTTP("web", timeout=timeout, max_attempts=1)
    client.set_header("Accept", PAGE_ACCEPT)
    return client
