"""Query latency of embedded Chroma (cosine HNSW) against brute-force numpy over the same vectors.

Random unit vectors of 384 dimensions (multilingual-e5-small's size), 1,000 and
10,000 of them; 200 queries each; p50/p95 in milliseconds. Chroma is queried
directly (no embedding, no LangChain) so only the index is measured.
"""

from __future__ import annotations

import tempfile
import time

import numpy as np

from bench import table

DIM = 384
SIZES = (1_000, 10_000)
QUERIES = 200
K = 5


def _unit(rng: np.random.Generator, n: int) -> np.ndarray:
    v = rng.standard_normal((n, DIM)).astype(np.float32)
    unit: np.ndarray = v / np.linalg.norm(v, axis=1, keepdims=True)
    return unit


def _percentiles(samples: list[float]) -> tuple[float, float]:
    ms = np.asarray(samples) * 1000
    return float(np.percentile(ms, 50)), float(np.percentile(ms, 95))


def _chroma(path: str, vectors: np.ndarray, queries: np.ndarray) -> tuple[list[float], float, float]:
    import chromadb
    import chromadb.config

    client = chromadb.PersistentClient(path=path, settings=chromadb.config.Settings(anonymized_telemetry=False))
    try:
        col = client.create_collection("bench", embedding_function=None, configuration={"hnsw": {"space": "cosine"}})
        started = time.perf_counter()
        for start in range(0, len(vectors), 1000):
            chunk = vectors[start : start + 1000]
            col.add(ids=[str(i) for i in range(start, start + len(chunk))], embeddings=chunk)
        load = time.perf_counter() - started
        samples, hits = [], 0
        truth = np.argsort(-(queries @ vectors.T), axis=1)[:, :K]
        for q, expected in zip(queries, truth, strict=True):
            t = time.perf_counter()
            found = col.query(query_embeddings=[q], n_results=K, include=[])
            samples.append(time.perf_counter() - t)
            hits += len(set(map(int, found["ids"][0])) & set(map(int, expected)))
        return samples, load, hits / (len(queries) * K)
    finally:
        client.close()  # type: ignore[attr-defined]  # Client has close(); ClientAPI does not declare it


def _numpy(vectors: np.ndarray, queries: np.ndarray) -> list[float]:
    samples = []
    for q in queries:
        t = time.perf_counter()
        scores = vectors @ q
        top = np.argpartition(-scores, K)[:K]
        _ = top[np.argsort(-scores[top])]  # ranked, as a retriever would return them
        samples.append(time.perf_counter() - t)
    return samples


def main() -> None:
    rng = np.random.default_rng(7)
    rows = []
    for size in SIZES:
        vectors, queries = _unit(rng, size), _unit(rng, QUERIES)
        with tempfile.TemporaryDirectory() as tmp:
            chroma, load, recall = _chroma(tmp, vectors, queries)
        brute = _numpy(vectors, queries)
        (c50, c95), (n50, n95) = _percentiles(chroma), _percentiles(brute)
        rows.append([f"{size:,}", c50, c95, n50, n95, c50 / n50, recall, load])
    print(
        table(
            f"Top-{K} query latency, ms ({QUERIES} queries, {DIM} dims, random unit vectors)",
            ["vectors", "chroma p50", "chroma p95", "numpy p50", "numpy p95", "p50 ratio", "recall@5", "load s"],
            rows,
        )
    )
    print("ratio = Chroma p50 / numpy p50; recall = Chroma's top-5 overlap with the exact top-5.")


if __name__ == "__main__":
    main()
