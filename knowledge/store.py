"""Brand guidance in Chroma: :class:`GuidanceStore` ingests sections and retrieves passages.

Scores. The collection uses Chroma's cosine space, where distance is
``1 - cos(q, p)``; :class:`~bot.domain.Passage` ``score`` is ``1 - distance``,
the cosine similarity of the query and the passage. It lies in [-1, 1]; with
multilingual-e5 related texts score about 0.8-0.9 and unrelated ones about 0.7,
so compare scores with each other rather than with a fixed threshold.

Language. With ``language="fi"`` the passages in Finnish and the
language-neutral ones (no ``language`` in their front matter) come first, ranked
together; passages in other languages only fill the remaining places.

Time. Sections whose ``valid_until`` lies before ``today()`` (an ended
campaign) are never returned. ``today`` is injectable for tests.

LangChain (``langchain_chroma.Chroma``) does the embedding through our
:class:`~bot.ports.Embedder`; Chroma's default ONNX model is never loaded. The
collection records the embedding model's name; opening it with another model
raises :class:`~bot.errors.EmbeddingModelMismatch`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any, cast

from bot.domain import Passage
from bot.errors import EmbeddingModelMismatch, KnowledgeError, NotFound
from bot.ports import Embedder
from knowledge.guidance import Section, day_number
from knowledge.langchain_embeddings import EmbedderForLangChain

if TYPE_CHECKING:
    from chromadb.api import ClientAPI

    from bot.config import Settings

MODEL_KEY = "embedding_model"


@dataclass(frozen=True)
class IngestResult:
    source: str
    added: int
    removed: int
    unchanged: int


@dataclass
class SourceSummary:
    source: str
    count: int = 0
    kinds: set[str] = field(default_factory=set)
    languages: set[str] = field(default_factory=set)
    visibilities: set[str] = field(default_factory=set)


class GuidanceStore:
    """Implements :class:`bot.ports.GuidanceRetriever` over one Chroma collection."""

    def __init__(
        self,
        client: ClientAPI,
        embedder: Embedder,
        *,
        collection: str = "guidance",
        today: Callable[[], date] = date.today,
        rebuild: bool = False,
    ) -> None:
        from langchain_chroma import Chroma

        self.client = client
        self.embedder = embedder
        self.collection_name = collection
        self.today = today
        existing = {c.name for c in client.list_collections()}
        if collection in existing:
            if rebuild:
                client.delete_collection(collection)
            else:
                self._check_model(client.get_collection(collection, embedding_function=None).metadata or {})
        self._embeddings = EmbedderForLangChain(embedder)
        self._vs = Chroma(
            client=client,
            collection_name=collection,
            embedding_function=self._embeddings,
            collection_metadata={MODEL_KEY: embedder.name},
            collection_configuration={"hnsw": {"space": "cosine"}},
            relevance_score_fn=lambda distance: 1.0 - distance,
        )

    def _check_model(self, metadata: dict[str, Any]) -> None:
        built_with = metadata.get(MODEL_KEY)
        if built_with != self.embedder.name:
            raise EmbeddingModelMismatch(
                f"the guidance collection {self.collection_name!r} was built with embedding model "
                f"{built_with!r}, but {self.embedder.name!r} is configured; re-ingest your guidance with "
                "`kuulo knowledge ingest --rebuild PATH`, or set KUULO_EMBEDDINGS back."
            )

    # -- retrieval -------------------------------------------------------------

    def search(
        self,
        query: str,
        *,
        k: int = 5,
        language: str | None = None,
        kinds: Sequence[str] | None = None,
    ) -> list[Passage]:
        if k <= 0 or not query.strip():
            return []
        vector = self._embeddings.embed_query(query)
        base: list[dict[str, Any]] = [{"valid_until_day": {"$gte": day_number(self.today())}}]
        if kinds:
            base.append({"kind": {"$in": list(kinds)}})
        if not language:
            return self._query(vector, k, base)
        preferred = self._query(vector, k, [*base, {"language": {"$in": [language, ""]}}])
        if len(preferred) >= k:
            return preferred
        others = self._query(vector, k - len(preferred), [*base, {"language": {"$nin": [language, ""]}}])
        return preferred + others

    def _query(self, vector: list[float], k: int, clauses: list[dict[str, Any]]) -> list[Passage]:
        where: Any = clauses[0] if len(clauses) == 1 else {"$and": clauses}
        try:
            hits = self._vs.similarity_search_by_vector_with_relevance_scores(vector, k=k, filter=where)
        except Exception as exc:  # Chroma down or refusing: fail closed with a clear message
            raise KnowledgeError(f"the guidance store could not be searched ({type(exc).__name__}: {exc}).") from exc
        passages = []
        for doc, distance in hits:
            meta = doc.metadata
            heading = str(meta.get("heading", ""))
            text = doc.page_content
            if heading and text.startswith(f"{heading}\n\n"):
                text = text[len(heading) + 2 :]
            passages.append(
                Passage(
                    id=str(doc.id),
                    text=text,
                    kind=str(meta.get("kind", "fact")),
                    language=str(meta.get("language")) or None,
                    visibility=str(meta.get("visibility", "public")),
                    source=str(meta.get("source", "")),
                    heading=heading,
                    score=1.0 - float(distance),
                    brand=str(meta.get("brand", "")),
                )
            )
        return passages

    # -- ingestion -------------------------------------------------------------

    def sync_source(self, source: str, sections: Sequence[Section], *, root: str = "") -> IngestResult:
        """Make the stored sections of ``source`` exactly ``sections``; unchanged ones are not re-embedded."""
        wanted = {section.id: section for section in sections}
        existing = set(self._ids(source, root))
        new = [wanted[i] for i in wanted if i not in existing]
        stale = sorted(existing - wanted.keys())
        if new:
            self._vs.add_texts(
                [s.document for s in new],
                metadatas=[{**s.metadata(), "root": root} for s in new],
                ids=[s.id for s in new],
            )
        if stale:
            self._vs.delete(ids=stale)
        return IngestResult(source, len(new), len(stale), len(existing & wanted.keys()))

    def _ids(self, source: str, root: str | None = None) -> list[str]:
        where: dict[str, Any] = {"source": source}
        if root is not None:  # a source is named relative to its folder: the folder tells two apart
            where = {"$and": [where, {"root": root}]}
        return list(self._vs.get(where=where, include=[])["ids"])

    def remove_source(self, source: str) -> int:
        ids = self._ids(source)
        if not ids:
            raise NotFound(f"no guidance from {source!r}; `kuulo knowledge list` shows the sources.")
        self._vs.delete(ids=ids)
        return len(ids)

    def prune_root(self, root: str, keep: set[str]) -> list[IngestResult]:
        """Remove sources ingested from folder ``root`` whose files are gone."""
        found = self._vs.get(where={"root": root}, include=["metadatas"])
        gone: dict[str, list[str]] = {}
        for id_, meta in zip(found["ids"], found["metadatas"] or [], strict=True):
            source = str((meta or {}).get("source", ""))
            if source not in keep:
                gone.setdefault(source, []).append(id_)
        for ids in gone.values():
            self._vs.delete(ids=ids)
        return [IngestResult(source, 0, len(ids), 0) for source, ids in sorted(gone.items())]

    def sources(self) -> list[SourceSummary]:
        found = self._vs.get(include=["metadatas"])
        summaries: dict[str, SourceSummary] = {}
        for meta in found["metadatas"] or []:
            meta = meta or {}
            source = str(meta.get("source", ""))
            summary = summaries.setdefault(source, SourceSummary(source))
            summary.count += 1
            summary.kinds.add(str(meta.get("kind", "")))
            summary.languages.add(str(meta.get("language", "")) or "any")
            summary.visibilities.add(str(meta.get("visibility", "")))
        return [summaries[name] for name in sorted(summaries)]

    def public_texts(self) -> list[str]:
        """The text of every public section (what drafts may state and cite)."""
        found = self._vs.get(where={"visibility": "public"}, include=["documents"])
        return [str(text) for text in found["documents"] or []]

    def count(self) -> int:
        return len(self._vs.get(include=[])["ids"])

    def close(self) -> None:
        close_chroma_client(self.client)


def close_chroma_client(client: ClientAPI) -> None:
    """Release a client: the embedded store's files, or the server client's HTTP connections.

    ``Client.close()`` stops the embedded system but leaves the HTTP client's connection pool open
    (chromadb's ``FastAPI`` server API has no ``stop``), so that pool is closed here too.
    """
    cast(Any, client).close()  # Client.close() exists, though ClientAPI does not declare it
    session = getattr(getattr(client, "_server", None), "_session", None)
    if session is not None:
        session.close()


def open_chroma_client(settings: Settings) -> ClientAPI:
    """Embedded Chroma in ``data_dir/chroma``, or the server at ``KUULO_CHROMA_URL``."""
    import chromadb
    import chromadb.config

    chroma_settings = chromadb.config.Settings(anonymized_telemetry=False)
    if settings.chroma_url:
        from urllib.parse import urlparse

        url = urlparse(settings.chroma_url)
        https = url.scheme == "https"
        try:
            return chromadb.HttpClient(
                host=url.hostname or "localhost",
                port=url.port or (443 if https else 8000),
                ssl=https,
                settings=chroma_settings,
            )
        except Exception as exc:
            raise KnowledgeError(
                f"Chroma at {settings.chroma_url} is not reachable ({type(exc).__name__}); "
                "start it (`chroma run --path DIR`) or unset KUULO_CHROMA_URL to use the embedded store."
            ) from exc
    path = settings.data_dir / "chroma"
    path.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(path), settings=chroma_settings)


def open_guidance_store(settings: Settings, embedder: Embedder, *, rebuild: bool = False) -> GuidanceStore:
    client = open_chroma_client(settings)
    try:
        return GuidanceStore(client, embedder, collection=settings.chroma_collection, rebuild=rebuild)
    except BaseException:
        close_chroma_client(client)
        raise


def collection_size(client: ClientAPI, name: str) -> int | None:
    """Passages in collection ``name``, or None when there is no such collection."""
    if name not in {c.name for c in client.list_collections()}:
        return None
    return int(client.get_collection(name, embedding_function=None).count())


def drop_collection(client: ClientAPI, name: str) -> int:
    """Delete collection ``name`` (a removed brand's guidance); returns how many passages went with it."""
    size = collection_size(client, name)
    if size is None:
        return 0
    client.delete_collection(name)
    return size


def rename_collection(client: ClientAPI, old: str, new: str) -> bool:
    """Give collection ``old`` the name ``new`` (a renamed brand's guidance); False when there is none."""
    if collection_size(client, old) is None:
        return False
    client.get_collection(old, embedding_function=None).modify(name=new)
    return True
