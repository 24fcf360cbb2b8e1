"""The embedding cache as a database table (``embedding_cache``, migration 0021): in distributed mode
(``KUULO_BROKER_URL``) every worker on every machine shares it, so a text one worker embedded is not
embedded again by another. Same keys and interface as :class:`knowledge.cache.EmbeddingCache`."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from sqlalchemy import delete, func, select
from sqlalchemy.dialects import postgresql, sqlite

from bot.config import Settings
from bot.ports import Vectors
from bot.storage.db import Database
from bot.storage.models import CachedEmbedding as Row
from knowledge.cache import EmbeddingCache, Mode, VectorCache, text_key
from knowledge.embeddings import embedding_cache_path

_CHUNK = 500


class DatabaseEmbeddingCache:
    """The same cache in the database's ``embedding_cache`` table: shared by every worker on every machine
    (distributed mode), so a text one worker embedded is not embedded again by another. Same interface
    as :class:`EmbeddingCache`; a vector written twice at once (two workers, one text) is kept once."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def get_many(self, model: str, mode: Mode, texts: Sequence[str]) -> dict[str, Vectors]:
        keys = list(dict.fromkeys(text_key(t) for t in texts))
        found: dict[str, Vectors] = {}
        with self.db.read() as session:
            for start in range(0, len(keys), _CHUNK):
                query = select(Row.text_sha256, Row.vector).where(
                    Row.model == model, Row.mode == mode, Row.text_sha256.in_(keys[start : start + _CHUNK])
                )
                for key, blob in session.execute(query):
                    found[key] = np.frombuffer(blob, dtype=np.float32)
        return found

    def put_many(self, model: str, mode: Mode, texts: Sequence[str], vectors: Vectors) -> None:
        rows = {
            text_key(t): {
                "model": model,
                "mode": mode,
                "text_sha256": text_key(t),
                "dim": int(v.shape[0]),
                "vector": np.asarray(v, dtype=np.float32).tobytes(),
            }
            for t, v in zip(texts, vectors, strict=True)
        }
        if not rows:
            return
        with self.db.write() as session:
            insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
            values = list(rows.values())
            for start in range(0, len(values), _CHUNK // 5):  # five parameters a row
                session.execute(insert(Row).values(values[start : start + _CHUNK // 5]).on_conflict_do_nothing())

    def delete_texts(self, texts: Sequence[str]) -> int:
        """Forget every model's vectors of these texts (erasure); returns the rows removed."""
        keys = list(dict.fromkeys(text_key(t) for t in texts))
        removed = 0
        with self.db.write() as session:
            for start in range(0, len(keys), _CHUNK):
                result = session.execute(delete(Row).where(Row.text_sha256.in_(keys[start : start + _CHUNK])))
                removed += int(getattr(result, "rowcount", 0) or 0)
        return removed

    def count_texts(self, texts: Sequence[str]) -> int:
        keys = list(dict.fromkeys(text_key(t) for t in texts))
        total = 0
        with self.db.read() as session:
            for start in range(0, len(keys), _CHUNK):
                query = select(func.count()).where(Row.text_sha256.in_(keys[start : start + _CHUNK]))
                total += int(session.scalar(query) or 0)
        return total

    def count(self) -> int:
        with self.db.read() as session:
            return int(session.scalar(select(func.count()).select_from(Row)) or 0)

    def close(self) -> None:
        """The database belongs to the caller's services; nothing to close here."""


def vector_cache(db: Database, settings: Settings) -> VectorCache:
    """The embedding cache this install shares: the database's table in distributed mode (every worker on
    every machine), else the on-disk file (``KUULO_EMBEDDING_CACHE``). The embedder and the draft checks'
    lasting vectors (bot/checks/semantic.py) both use it."""
    if settings.broker_url is not None:
        return DatabaseEmbeddingCache(db)
    return EmbeddingCache(embedding_cache_path(settings))
