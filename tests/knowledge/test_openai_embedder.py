"""The OpenAI embedder against a local /v1/embeddings server (the real openai client runs)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from bot.errors import ConfigError, KnowledgeError
from knowledge.embeddings import OpenAIEmbedder, make_embedder
from tests.conftest import make_settings
from tests.knowledge.fake_openai_embeddings import FakeEmbeddingsServer, vector_for


@pytest.fixture
def server() -> Iterator[FakeEmbeddingsServer]:
    with FakeEmbeddingsServer() as fake:
        yield fake


def test_openai_embedder_returns_unit_vectors_in_order_from_local_server(
    tmp_path: Path, server: FakeEmbeddingsServer
) -> None:
    settings = make_settings(
        tmp_path, embeddings="openai", openai_base_url=server.url, openai_api_key="sk-test", openai_embedding_model="m1"
    )
    embedder = OpenAIEmbedder(settings)
    vectors = embedder.embed_passages(["yksi", "kaksi"])
    assert vectors.shape == (2, 8)
    assert embedder.dim == 8
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-6)
    expected = vector_for("kaksi") / np.linalg.norm(vector_for("kaksi"))
    np.testing.assert_allclose(vectors[1], expected, atol=1e-6)
    [request] = server.requests
    assert request["path"] == "/v1/embeddings"
    assert request["model"] == "m1"
    assert request["input"] == ["yksi", "kaksi"]
    assert request["auth"] == "Bearer sk-test"
    assert embedder.name == "openai/m1"


def test_make_embedder_with_openai_setting_caches_so_second_call_sends_nothing(
    tmp_path: Path, server: FakeEmbeddingsServer
) -> None:
    settings = make_settings(tmp_path, embeddings="openai", openai_base_url=server.url, openai_api_key="sk-test")
    embedder = make_embedder(settings)
    try:
        first = embedder.embed_queries(["paljonko maksaa"])
        second = embedder.embed_queries(["paljonko maksaa"])
    finally:
        embedder.close()
    assert len(server.requests) == 1
    np.testing.assert_array_equal(first, second)
    assert (tmp_path / "data" / "embedding-cache.sqlite").exists()


def test_openai_embedder_server_error_becomes_knowledge_error_naming_the_fix(
    tmp_path: Path, server: FakeEmbeddingsServer
) -> None:
    server.fail_with = 500
    settings = make_settings(
        tmp_path, embeddings="openai", openai_base_url=server.url, openai_api_key="sk-test", llm_max_retries=0
    )
    with pytest.raises(KnowledgeError, match="OPENAI_BASE_URL"):
        OpenAIEmbedder(settings).embed_queries(["x"])
    assert len(server.requests) == 1


def test_openai_embedder_without_key_or_url_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="OPENAI_API_KEY"):
        OpenAIEmbedder(make_settings(tmp_path, embeddings="openai"))
