"""Composition root: builds each client and store once, from settings.

Commands, the Slack app and scheduled jobs take a :class:`Services` and ask it
for what they need; nothing else constructs clients. Everything heavy is built
on first use, so ``kuulo --help`` and ``kuulo watch list`` stay instant.
"""

from __future__ import annotations

import logging
from functools import cached_property
from typing import TYPE_CHECKING

from bot.brands.names import DEFAULT
from bot.brands.settings import (
    BrandSettings,
    brand_id_of_comment,
    brand_id_of_draft,
    brand_id_of_watch,
    resolve,
    resolve_id,
)
from bot.checks.semantic import keep_vectors_in, release_vectors
from bot.config import Settings
from bot.ports import SilentNotifier
from bot.sources.http import SharedRate
from bot.storage.buckets import DatabaseBuckets
from bot.storage.db import Database
from bot.storage.embedding_cache import vector_cache
from bot.storage.models import DEFAULT_BRAND_ID

if TYPE_CHECKING:
    from bot.drafting.types import Drafter
    from bot.ports import Notifier
    from bot.sources.base import Source
    from knowledge.cache import CachedEmbedder
    from knowledge.store import GuidanceStore

log = logging.getLogger(__name__)


class Services:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._sources: dict[str, Source] = {}
        self._collections: dict[str, GuidanceStore] = {}  # other brands' guidance, on the same Chroma client

    @cached_property
    def db(self) -> Database:
        self.settings.data_dir.mkdir(parents=True, exist_ok=True)
        return Database.open(self.settings.resolved_database_url)

    @cached_property
    def embedder(self) -> CachedEmbedder:
        """The configured embedding model behind the shared cache (the database's table in distributed mode,
        which every worker shares, else the on-disk file). The draft checks keep their lasting vectors (a
        brand's guidance sentences, the prototypes) in the same cache (``bot.checks.semantic``)."""
        from knowledge.embeddings import make_embedder  # start-up cost: the e5 model and its tokenizer

        cache = vector_cache(self.db, self.settings)
        keep_vectors_in(cache)
        self._checks_cache = cache  # given back in close(): the checks must not keep a closed database
        return make_embedder(self.settings, cache)

    @cached_property
    def guidance(self) -> GuidanceStore:
        """Brand guidance in Chroma; a :class:`bot.ports.GuidanceRetriever`."""
        from knowledge.store import open_guidance_store  # start-up cost: chromadb and langchain

        return open_guidance_store(self.settings, self.embedder)

    @cached_property
    def drafter(self) -> Drafter:
        """The LLM drafter when a model is configured, else the offline one (``KUULO_DRAFTER``)."""
        from bot.drafting import make_drafter  # start-up cost: the drafters load their prompts and models

        return make_drafter(self.settings, self.embedder)

    @cached_property
    def notifier(self) -> Notifier:
        """How the core tells reviewers things: Slack when a bot token is set, else nobody."""
        if self.settings.slack_bot_token is None:
            return SilentNotifier()
        from bot.slack.notify import SlackNotifier  # start-up cost: slack_sdk only when Slack is configured

        return SlackNotifier(self.db, self.settings)

    # -- brands (docs/brands.md) -------------------------------------------------------------
    @property
    def install_settings(self) -> Settings:
        """The install's own settings (a brand's services carry the brand's overlay in ``settings``)."""
        return self.settings

    scoped = False  # the install's services; a brand's view (BrandServices) is scoped to one brand

    @property
    def brand_id(self) -> int:
        """The brand these services work for: brand ``default``'s id for the install's own."""
        return DEFAULT_BRAND_ID

    def for_brand(self, brand: BrandSettings | str) -> Services:
        """The services as one brand sees them: its settings (:mod:`bot.brands.settings`) and its own
        guidance collection; the database, embedder, drafter, notifier and sources stay shared.
        Always scoped (``scoped``), brand ``default`` too: a comment of a thread several brands watch is
        assessed and drafted for the brand of the services at hand (bot/brands/threads.py)."""
        if isinstance(brand, str):
            brand = resolve(self.db, self.install_settings, brand)
        return BrandServices(self, brand)

    def for_brand_id(self, brand_id: int) -> Services:
        return self.for_brand(resolve_id(self.db, self.install_settings, brand_id))

    def for_watch(self, watch_id: int) -> Services:
        with self.db.read() as session:
            brand_id = brand_id_of_watch(session, watch_id)
        return self.for_brand(resolve_id(self.db, self.install_settings, brand_id))

    @property
    def brand_name(self) -> str:
        """The brand these services work for: ``default`` for the install's own."""
        return DEFAULT

    def for_draft(self, draft_id: int) -> Services:
        with self.db.read() as session:
            brand_id = brand_id_of_draft(session, draft_id)
        return self.for_brand(resolve_id(self.db, self.install_settings, brand_id or DEFAULT_BRAND_ID))

    def for_comment(self, comment_id: int) -> Services:
        """The services of the brand whose watch stores the comment's thread (its first brand)."""
        with self.db.read() as session:
            brand_id = brand_id_of_comment(session, comment_id)
        return self.for_brand(resolve_id(self.db, self.install_settings, brand_id))

    def guidance_collection(self, name: str) -> GuidanceStore:
        """The guidance store of collection ``name``, sharing the one Chroma client."""
        if name == self.settings.chroma_collection:
            return self.guidance
        if name not in self._collections:
            from knowledge.store import GuidanceStore  # start-up cost: chromadb and langchain

            self._collections[name] = GuidanceStore(self.guidance.client, self.embedder, collection=name)
        return self._collections[name]

    def source(self, platform: str) -> Source:
        if platform not in self._sources:
            from bot.sources import source_class  # start-up cost: every platform module and feedparser

            if platform == "youtube" and self.settings.broker_url is not None:
                self._sources[platform] = self._shared_quota_youtube()
            else:
                self._sources[platform] = source_class(platform)(self.settings)
                if self.settings.broker_url is not None:
                    self._share_rate_limit(platform, self._sources[platform])
        return self._sources[platform]

    def _share_rate_limit(self, platform: str, source: Source) -> None:
        """Distributed mode: the platform's requests spend one budget with every worker's
        (``KUULO_SHARED_RATE_LIMITS``)."""
        limit = self.settings.rate_limits.get(platform)
        http = getattr(source, "http", None)
        if limit is None or http is None:
            return
        # Reddit counts requests per OAuth client (its bearer token changes hourly); the others per token or address.
        client = self.settings.reddit_client_id if platform == "reddit" else None
        http.shared = SharedRate(DatabaseBuckets(self.db), platform, *limit, credential=client)

    def _shared_quota_youtube(self) -> Source:
        """Distributed mode: every worker spends the same YouTube daily quota, counted in the database."""
        from bot.sources.youtube import QuotaMeter, YouTubeSource  # start-up cost: as every platform module
        from bot.storage.buckets import DatabaseBuckets, credential_key  # start-up cost: only in distributed mode

        key = self.settings.youtube_api_key.get_secret_value() if self.settings.youtube_api_key else ""
        meter = QuotaMeter(buckets=DatabaseBuckets(self.db), credential=credential_key(key))
        return YouTubeSource(self.settings, quota=meter)

    def close(self) -> None:
        self._collections.clear()  # they share self.guidance's client, closed below
        for source in self._sources.values():
            source.close()
        self._sources.clear()
        if "guidance" in self.__dict__:
            self.guidance.close()
        if "embedder" in self.__dict__:
            release_vectors(self._checks_cache)
            self.embedder.close()
        if "db" in self.__dict__:
            self.db.dispose()


class BrandServices(Services):
    """One brand's view of the install's services (:meth:`Services.for_brand`); closes nothing."""

    scoped = True

    def __init__(self, root: Services, brand: BrandSettings) -> None:
        super().__init__(brand.settings)
        self.root, self.brand = root, brand

    @cached_property
    def db(self) -> Database:
        return self.root.db

    @cached_property
    def embedder(self) -> CachedEmbedder:
        return self.root.embedder

    @cached_property
    def guidance(self) -> GuidanceStore:
        return self.root.guidance_collection(self.settings.chroma_collection)

    @cached_property
    def drafter(self) -> Drafter:
        return self.root.drafter

    @cached_property
    def notifier(self) -> Notifier:
        return self.root.notifier

    @property
    def install_settings(self) -> Settings:
        return self.root.settings

    @property
    def brand_name(self) -> str:
        return self.brand.name

    @property
    def brand_id(self) -> int:
        return self.brand.id

    def for_brand(self, brand: BrandSettings | str) -> Services:
        return self.root.for_brand(brand)

    def guidance_collection(self, name: str) -> GuidanceStore:
        return self.root.guidance_collection(name)

    def source(self, platform: str) -> Source:
        return self.root.source(platform)

    def close(self) -> None:
        """The install's services own every client; the root closes them."""
