"""An on-disk embedding cache, so no text is embedded twice.

Rows are keyed by (model name, mode ``query``/``passage``, sha256 of the text);
vectors are stored as float32 bytes. The file (``data_dir/embedding-cache.sqlite``
unless ``KUULO_EMBEDDING_CACHE`` says otherwise) is shared by ingestion,
polling, tests, the demo and the benchmarks. It holds no text, only hashes,
but :meth:`EmbeddingCache.delete_texts` removes a text's vectors for erasure.

In distributed mode (``KUULO_BROKER_URL`` set) the cache is the database's ``embedding_cache`` table
instead (``bot.storage.embedding_cache.DatabaseEmbeddingCache``, same keys), shared by every worker on every machine.
"""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path
from typing import Literal, Protocol

import numpy as np
import numpy.typing as npt

from bot.ports import Embedder, Vectors

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


class VectorCache(Protocol):
    """What :class:`CachedEmbedder` needs of a cache: this module's file cache, or the database's table
    shared by every worker in distributed mode (:class:`bot.storage.embedding_cache.DatabaseEmbeddingCache`)."""

    def get_many(self, model: str, mode: Mode, texts: Sequence[str]) -> dict[str, Vectors]: ...

    def put_many(self, model: str, mode: Mode, texts: Sequence[str], vectors: Vectors) -> None: ...

    def delete_texts(self, texts: Sequence[str]) -> int: ...

    def count(self) -> int: ...

    def close(self) -> None: ...


class CachedEmbedder:
    """An :class:`~bot.ports.Embedder` that asks ``inner`` only for texts the cache lacks, in batches."""

    def __init__(self, inner: Embedder, cache: VectorCache, *, batch_size: int = 32) -> None:
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
