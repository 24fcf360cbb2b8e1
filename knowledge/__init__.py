"""Brand knowledge: guidance files, embeddings and the vector store.

- :mod:`knowledge.guidance`: guidance files (Markdown/text + front matter) into sections.
- :mod:`knowledge.ingest`: files and folders into the store, idempotently.
- :mod:`knowledge.store`: :class:`~knowledge.store.GuidanceStore`, the Chroma-backed retriever.
- :mod:`knowledge.embeddings`: the local multilingual-e5 and OpenAI embedders; ``make_embedder``.
- :mod:`knowledge.cache`: the on-disk embedding cache shared by everything that embeds.
- ``knowledge/sample/``: the fictional Revontuli brand (``brand.yaml`` holds its link allow-list
  and disclosure sign-offs; it is data for checks and is not ingested).
"""
