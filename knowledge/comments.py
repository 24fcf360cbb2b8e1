"""Collected comments in their own Chroma collection, for ``kuulo ask``.

Each comment is stored under its database id with metadata platform, author,
language, url and created_at (a day number) and a hash of its text. The
collection is filled lazily: :meth:`CommentIndex.sync` upserts the comments
that are new or edited and drops the ones no longer current (deleted,
erased), so an erased author's words never come back from retrieval.
:meth:`CommentIndex.remove_comments` is what erasure calls directly.
Vectors come from our :class:`~bot.ports.Embedder`, never from Chroma's default
model; the space is cosine. Comments are embedded as e5 *queries*, like the
question (``VECTOR_ROLE``): a question to the audience and a comment are short texts
compared for meaning, e5's symmetric case (its authors prefix both sides with
``query: `` for similarity and paraphrase tasks; ``passage: `` is for documents that
answer a query). Measured with ``bench/eval_ask.py``: the top-10 recall of the
relevant comments rose from 0.579 to 0.631 on eval/themes and from 0.408 to 0.501 on
ask-dev-b's tuning part. A collection built with the other role (before this change)
is dropped and rebuilt from the database on the next ask (:func:`open_comment_index`).
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol, cast

import numpy as np

from bot.errors import EmbeddingModelMismatch, KnowledgeError
from bot.ports import Embedder
from knowledge.store import close_chroma_client, open_chroma_client

if TYPE_CHECKING:
    from chromadb.api import ClientAPI

    from bot.config import Settings

log = logging.getLogger(__name__)

MODEL_KEY = "embedding_model"
ROLE_KEY = "vector_role"
VECTOR_ROLE = "query"  # comments are embedded as e5 queries (see the module docstring)
COLLECTION = "comments"
BATCH = 256


class IndexedComment(Protocol):
    """What the index keeps of a comment (``bot.insights.themes.ThemeItem`` is one)."""

    @property
    def comment_id(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def platform(self) -> str: ...
    @property
    def language(self) -> str | None: ...
    @property
    def url(self) -> str | None: ...
    @property
    def created_at(self) -> datetime | None: ...
    @property
    def watch_id(self) -> int | None: ...


@dataclass(frozen=True)
class CommentHit:
    comment_id: int
    score: float  # cosine similarity of question and comment


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


class CommentIndex:
    def __init__(self, client: ClientAPI, embedder: Embedder, *, collection: str = COLLECTION) -> None:
        self.client = client
        self.embedder = embedder
        self._collection = self._open(collection)
        built_with = (self._collection.metadata or {}).get(MODEL_KEY)
        if built_with != embedder.name:
            raise EmbeddingModelMismatch(
                f"the comments collection was built with {built_with!r}, but {embedder.name!r} is configured; "
                f"delete the collection {collection!r} (it is rebuilt from the database on the next ask)."
            )
        if (self._collection.metadata or {}).get(ROLE_KEY) != VECTOR_ROLE:
            # Built before comments were embedded as queries: its vectors would not compare with the question's.
            # A cache of the database, so it is dropped and refilled by the next sync.
            log.info("comments collection %r holds passage vectors; rebuilding it with query vectors", collection)
            client.delete_collection(collection)
            self._collection = self._open(collection)

    def _open(self, collection: str) -> Any:
        return self.client.get_or_create_collection(
            collection,
            embedding_function=None,
            metadata={MODEL_KEY: self.embedder.name, ROLE_KEY: VECTOR_ROLE},
            configuration={"hnsw": {"space": "cosine"}},
        )

    def stored(self) -> dict[int, str]:
        found = self._collection.get(include=["metadatas"])
        return {
            int(id_): str((meta or {}).get("hash", ""))
            for id_, meta in zip(found["ids"], found["metadatas"] or [], strict=True)
        }

    def sync(self, items: Sequence[IndexedComment]) -> tuple[int, int]:
        """Make the collection hold exactly ``items``; returns (upserted, removed)."""
        stored = self.stored()
        wanted = {item.comment_id: item for item in items}
        changed = [item for item in items if stored.get(item.comment_id) != _hash(item.text)]
        for start in range(0, len(changed), BATCH):
            self._upsert(changed[start : start + BATCH])
        gone = sorted(set(stored) - set(wanted))
        self.remove_comments(gone)
        return len(changed), len(gone)

    def _upsert(self, items: Sequence[IndexedComment]) -> None:
        vectors = self.embedder.embed_queries([item.text for item in items])
        metadatas: list[Any] = [
            {
                "platform": item.platform,
                "language": item.language or "",
                "url": item.url or "",
                "created_at": item.created_at.isoformat() if item.created_at else "",
                "watch_id": item.watch_id if item.watch_id is not None else -1,
                "hash": _hash(item.text),
            }
            for item in items
        ]
        self._collection.upsert(
            ids=[str(item.comment_id) for item in items],
            embeddings=cast(Any, vectors.tolist()),
            documents=[item.text for item in items],
            metadatas=metadatas,
        )

    def remove_comments(self, ids: Iterable[int]) -> int:
        """Drop comments (deleted or erased) from the collection; unknown ids are ignored."""
        chosen = [str(comment_id) for comment_id in ids]
        if chosen:
            self._collection.delete(ids=chosen)
        return len(chosen)

    def search(self, question: str, *, k: int = 12, watch_id: int | None = None) -> list[CommentHit]:
        if not question.strip() or k <= 0 or self._collection.count() == 0:
            return []
        vector = self.embedder.embed_queries([question])[0]
        where: Any = {"watch_id": watch_id} if watch_id is not None else None
        try:
            found = self._collection.query(
                query_embeddings=cast(Any, [vector.tolist()]),
                n_results=min(k, self._collection.count()),
                where=where,
                include=["distances"],
            )
        except Exception as exc:
            raise KnowledgeError(f"the comments collection could not be searched ({type(exc).__name__}).") from exc
        ids = found["ids"][0]
        distances = (found["distances"] or [[]])[0]
        return [CommentHit(int(id_), 1.0 - float(d)) for id_, d in zip(ids, distances, strict=True)]

    def vectors(self, ids: Sequence[int]) -> dict[int, np.ndarray]:
        """The stored vectors of the comments ``ids`` (unknown ids are left out)."""
        chosen = [str(comment_id) for comment_id in ids]
        if not chosen:
            return {}
        try:
            found = self._collection.get(ids=chosen, include=["embeddings"])
        except Exception as exc:
            raise KnowledgeError(f"the comments collection could not be read ({type(exc).__name__}).") from exc
        embeddings = found["embeddings"]
        if embeddings is None:
            return {}
        return {
            int(id_): np.asarray(vector, dtype=np.float64) for id_, vector in zip(found["ids"], embeddings, strict=True)
        }

    def similarities(self, question: str, vectors: dict[int, np.ndarray]) -> dict[int, float]:
        """The cosine of ``question`` (embedded as a query) and each of ``vectors``."""
        if not question.strip() or not vectors:
            return {}
        query = self.embedder.embed_queries([question])[0].astype(np.float64)
        ids = list(vectors)
        matrix = np.stack([vectors[comment_id] for comment_id in ids])
        norms = np.linalg.norm(matrix, axis=1) * (np.linalg.norm(query) or 1.0)
        cosines = (matrix @ query) / np.where(norms == 0, 1.0, norms)
        return {comment_id: float(score) for comment_id, score in zip(ids, cosines, strict=True)}

    def close(self) -> None:
        close_chroma_client(self.client)


def open_comment_index(settings: Settings, embedder: Embedder) -> CommentIndex:
    client = open_chroma_client(settings)
    try:
        return CommentIndex(client, embedder)
    except BaseException:
        close_chroma_client(client)
        raise
