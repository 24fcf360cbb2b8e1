"""Erasure outside the database: the comments vector collection and the embedding cache.

The ``comments`` Chroma collection (audience insights) is optional; when it
exists, entries whose metadata ``author`` or ``comment_id`` names the person
are deleted. The embedding caches (the file, and the database table distributed mode's workers
share) hold only hashes of texts, and ``delete_texts`` forgets the vectors of the person's texts.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Sequence
from contextlib import closing
from typing import Any, cast

from bot.config import Settings
from bot.storage.db import Database
from bot.storage.embedding_cache import DatabaseEmbeddingCache
from knowledge.cache import EmbeddingCache, text_key
from knowledge.embeddings import embedding_cache_path
from knowledge.store import open_chroma_client

log = logging.getLogger(__name__)

COMMENTS_COLLECTION = "comments"


def _where(authors: Sequence[str], comment_ids: Sequence[int]) -> list[dict[str, Any]]:
    clauses: list[dict[str, Any]] = []
    if authors:
        clauses.append({"author": {"$in": list(authors)}})
    if comment_ids:
        clauses.append({"comment_id": {"$in": list(comment_ids)}})
        clauses.append({"comment_id": {"$in": [str(i) for i in comment_ids]}})
    return clauses


def _has_vector_store(settings: Settings) -> bool:
    return bool(settings.chroma_url) or (settings.data_dir / "chroma").is_dir()


def comment_vectors(settings: Settings, authors: Sequence[str], comment_ids: Sequence[int], *, delete: bool) -> int:
    """Entries of the ``comments`` collection about the person; deleted unless ``delete`` is False."""
    if not _has_vector_store(settings) or not (authors or comment_ids):
        return 0

    client = open_chroma_client(settings)
    try:
        if COMMENTS_COLLECTION not in {c.name for c in client.list_collections()}:
            return 0
        collection = client.get_collection(COMMENTS_COLLECTION, embedding_function=None)
        ids: set[str] = set()
        for clause in _where(authors, comment_ids):
            ids.update(collection.get(where=clause, include=[])["ids"])
        if delete and ids:
            collection.delete(ids=sorted(ids))
        return len(ids)
    finally:
        cast(Any, client).close()


def cached_embeddings(settings: Settings, texts: Sequence[str], *, delete: bool, db: Database | None = None) -> int:
    """Vectors of these texts in the embedding caches, the file and (with ``db``) the database's table that
    distributed mode's workers share; deleted unless ``delete`` is False."""
    if not texts:
        return 0
    shared = 0
    if db is not None:
        table = DatabaseEmbeddingCache(db)
        shared = table.delete_texts(texts) if delete else table.count_texts(texts)
    return shared + _cached_in_file(settings, texts, delete=delete)


def _cached_in_file(settings: Settings, texts: Sequence[str], *, delete: bool) -> int:
    path = embedding_cache_path(settings)
    if not path.exists():
        return 0

    if not delete:
        keys = sorted({text_key(t) for t in texts})
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            marks = ",".join("?" * len(keys))
            row = conn.execute(f"SELECT COUNT(*) FROM embeddings WHERE text_sha256 IN ({marks})", keys).fetchone()
        return int(row[0])
    cache = EmbeddingCache(path)
    try:
        return cache.delete_texts(texts)
    finally:
        cache.close()
