"""An on-disk embedding cache, so no text is embedded twice.

Rows are keyed by (model name, mode ``query``/``passage``, sha256 of the text);
vectors are stored as float32 bytes. The file (``data_dir/embedding-cache.sqlite``
unless ``KUULO_EMBEDDING_CACHE`` says otherwise) is shared by ingestion,
polling, tests, the demo and the benchmarks. It holds no text, only hashes,
but :meth:`EmbeddingCache.delete_texts` removes a text's vectors for erasure.

In distributed mode (``KUULO_BROKER_URL`` set) the cache is the database's ``embedding_cache`` table
instead (:class:`DatabaseEmbeddingCache`, same keys), shared by every worker on every machine.
"""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import numpy as np
import numpy.typing as npt
from sqlalchemy import delete, func, select

from bot.ports import Embedder, Vectors

if TYPE_CHECKING:
    from bot.storage.db import Database

Mode = Literal["query", "passage"]
_SCHEMA = """
CREATE TABLE IF NOT EXISTS embeddings (
    model TEXT NOT NULL,
    mode TEXT NOT NULL,
    text_sha256 TEXT NOT NULL,
    dim INTEGER NOT NULL,
    vector BLOB NOT NULL,
    PRIMARY KEY (model, mode, text_sha256)
)
"""
_CHUNK = 500  # stays under SQLite's limit on bound parameters
RECENT_QUERIES = 64  # query vectors a CachedEmbedder keeps in memory


def text_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class EmbeddingCache:
    """Thread-safe; several processes may share the file (SQLite WAL, busy timeout)."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path) if str(path) != ":memory:" else None
        if self.path is not None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._conn = sqlite3.connect(str(path), timeout=30, check_same_thread=False, isolation_level=None)
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=NORMAL")
        self._conn.execute(_SCHEMA)

    def get_many(self, model: str, mode: Mode, texts: Sequence[str]) -> dict[str, Vectors]:
        """Cached vectors by text hash, for the texts that have one."""
        keys = list(dict.fromkeys(text_key(t) for t in texts))
        found: dict[str, Vectors] = {}
        with self._lock:
            for start in range(0, len(keys), _CHUNK):
                chunk = keys[start : start + _CHUNK]
                marks = ",".join("?" * len(chunk))
                rows = self._conn.execute(
                    f"SELECT text_sha256, vector FROM embeddings "
                    f"WHERE model = ? AND mode = ? AND text_sha256 IN ({marks})",
                    (model, mode, *chunk),
                ).fetchall()
                for key, blob in rows:
                    found[key] = np.frombuffer(blob, dtype=np.float32)
        return found

    def put_many(self, model: str, mode: Mode, texts: Sequence[str], vectors: Vectors) -> None:
        rows = [
            (model, mode, text_key(t), int(v.shape[0]), np.asarray(v, dtype=np.float32).tobytes())
            for t, v in zip(texts, vectors, strict=True)
        ]
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                self._conn.executemany("INSERT OR REPLACE INTO embeddings VALUES (?, ?, ?, ?, ?)", rows)
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def delete_texts(self, texts: Sequence[str]) -> int:
        """Forget every model's vectors of these texts (erasure); returns the rows removed."""
        keys = list(dict.fromkeys(text_key(t) for t in texts))
        removed = 0
        with self._lock:
            for start in range(0, len(keys), _CHUNK):
                chunk = keys[start : start + _CHUNK]
                marks = ",".join("?" * len(chunk))
                cursor = self._conn.execute(f"DELETE FROM embeddings WHERE text_sha256 IN ({marks})", chunk)
                removed += cursor.rowcount
        return removed

    def count(self) -> int:
        with self._lock:
            return int(self._conn.execute("SELECT COUNT(*) FROM embeddings").fetchone()[0])

    def close(self) -> None:
        with self._lock:
            self._conn.close()


class DatabaseEmbeddingCache:
    """The same cache in the database's ``embedding_cache`` table: shared by every worker on every machine
    (distributed mode), so a text one worker embedded is not embedded again by another. Same interface
    as :class:`EmbeddingCache`; a vector written twice at once (two workers, one text) is kept once."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def get_many(self, model: str, mode: Mode, texts: Sequence[str]) -> dict[str, Vectors]:
        from bot.storage.models import CachedEmbedding as Row

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
        from sqlalchemy.dialects import postgresql, sqlite

        from bot.storage.models import CachedEmbedding as Row

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
        from bot.storage.models import CachedEmbedding as Row

        keys = list(dict.fromkeys(text_key(t) for t in texts))
        removed = 0
        with self.db.write() as session:
            for start in range(0, len(keys), _CHUNK):
                result = session.execute(delete(Row).where(Row.text_sha256.in_(keys[start : start + _CHUNK])))
                removed += int(getattr(result, "rowcount", 0) or 0)
        return removed

    def count_texts(self, texts: Sequence[str]) -> int:
        from bot.storage.models import CachedEmbedding as Row

        keys = list(dict.fromkeys(text_key(t) for t in texts))
        total = 0
        with self.db.read() as session:
            for start in range(0, len(keys), _CHUNK):
                query = select(func.count()).where(Row.text_sha256.in_(keys[start : start + _CHUNK]))
                total += int(session.scalar(query) or 0)
        return total

    def count(self) -> int:
        from bot.storage.models import CachedEmbedding as Row

        with self.db.read() as session:
            return int(session.scalar(select(func.count()).select_from(Row)) or 0)

    def close(self) -> None:
        """The database belongs to the caller's services; nothing to close here."""


class CachedEmbedder:
    """An :class:`~bot.ports.Embedder` that asks ``inner`` only for texts the cache lacks, in batches."""

    def __init__(
        self, inner: Embedder, cache: EmbeddingCache | DatabaseEmbeddingCache, *, batch_size: int = 32
    ) -> None:
        self.inner = inner
        self.cache = cache
        self.batch_size = batch_size
        self.name = inner.name
        self.dim = inner.dim
        # The last few query vectors, in memory: a draft searches its guidance several times with the same
        # comment, and each cache lookup is a database round trip in distributed mode. Small and short-lived
        # (no text, only hashes; gone after RECENT_QUERIES newer queries or when the process ends).
        self._recent: OrderedDict[str, npt.NDArray[np.float32]] = OrderedDict()
        self._recent_lock = threading.Lock()

    def embed_queries(self, texts: Sequence[str]) -> Vectors:
        if len(texts) == 1:
            key = text_key(texts[0])
            with self._recent_lock:
                vector = self._recent.get(key)
                if vector is not None:
                    self._recent.move_to_end(key)
                    return vector[np.newaxis, :].copy()
            vectors = self._embed(texts, "query")
            with self._recent_lock:
                self._recent[key] = vectors[0]
                while len(self._recent) > RECENT_QUERIES:
                    self._recent.popitem(last=False)
            return vectors
        return self._embed(texts, "query")

    def embed_passages(self, texts: Sequence[str]) -> Vectors:
        return self._embed(texts, "passage")

    def _embed(self, texts: Sequence[str], mode: Mode) -> Vectors:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        found = self.cache.get_many(self.name, mode, texts)
        missing = list(dict.fromkeys(t for t in texts if text_key(t) not in found))
        for start in range(0, len(missing), self.batch_size):
            batch = missing[start : start + self.batch_size]
            embed = self.inner.embed_queries if mode == "query" else self.inner.embed_passages
            vectors = np.asarray(embed(batch), dtype=np.float32)
            self.dim = int(vectors.shape[1])
            self.cache.put_many(self.name, mode, batch, vectors)
            found.update({text_key(t): v for t, v in zip(batch, vectors, strict=True)})
        return np.stack([found[text_key(t)] for t in texts]).astype(np.float32, copy=False)

    def close(self) -> None:
        self.cache.close()
