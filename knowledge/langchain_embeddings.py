"""Our :class:`~bot.ports.Embedder` as a LangChain ``Embeddings``, so LangChain does the embedding
for ``langchain_chroma.Chroma`` and Chroma's own ONNX model is never loaded."""

from __future__ import annotations

from langchain_core.embeddings import Embeddings

from bot.ports import Embedder


class EmbedderForLangChain(Embeddings):
    """``embed_documents`` embeds passages, ``embed_query`` a query (multilingual-e5 prefixes differ)."""

    def __init__(self, embedder: Embedder) -> None:
        self.embedder = embedder

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return [row.tolist() for row in self.embedder.embed_passages(texts)]

    def embed_query(self, text: str) -> list[float]:
        return list(self.embedder.embed_queries([text])[0].tolist())
