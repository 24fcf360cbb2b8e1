"""Sentences and their meaning: the one sentence model the semantic checks share.

The grounding, posing and tone checks judge a draft sentence by sentence on the
multilingual-e5 vectors (fi, sv and en in one space). :class:`SentenceModel`
wraps one :class:`~bot.ports.Embedder` and keeps every vector it computed in
memory, keyed by the text, so a guidance passage or a prototype is embedded once
per process (a new version of a passage is a new text, so a new key), and the
sentences of a draft are embedded in one batch (:func:`bot.checks.registry.embed_once`).
The vectors of *lasting* texts (the brand's public guidance sentences and the
prototypes, which change only when guidance is ingested or Kuulo is upgraded)
are also kept in the embedding cache every process shares when the composition
root gives one (:func:`keep_vectors_in`: the file cache, or the database's table
in distributed mode), keyed by the model and the text's sha256, so a new version
of a passage is a new key and a restarted Slack app or another worker does not
embed a brand's guidance again. A draft's own sentences stay in memory only.
:func:`shared_model` is the one bundled local e5 every check path uses unless a
test gives its own.

The prototypes (``data/semantic.yaml``) are short hand-written sentences per
class and language; a sentence's score for a class is its highest cosine
similarity to that class's prototypes.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from bot.checks.data import DATA_DIR, CheckDataError, load
from bot.ports import Embedder, Vectors
from knowledge.cache import VectorCache, text_key

log = logging.getLogger(__name__)
MODEL_FILE = DATA_DIR / "identity_model.npz"
TALK_MODEL_FILE = DATA_DIR / "talk_model.npz"  # grounding's talk classifier (:mod:`eval.talk_train`)
CACHE_LIMIT = 20_000  # vectors kept in memory (~30 MB at 384 dimensions)
# A sentence ends at . ! ? (not inside a number or a link) or at a line break.
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”»)]*\s+|\n+")
_PARENTHESISED = re.compile(r"^\((.*)\)$", re.DOTALL)


def split_sentences(text: str) -> list[str]:
    """The sentences of ``text``, in order, stripped; lines and sentence ends both separate."""
    found: list[str] = []
    for piece in _SENTENCE_END.split(text):
        piece = piece.strip()
        if piece and any(c.isalnum() for c in piece):
            found.append(piece)
    return found


def bare(sentence: str) -> str:
    """The sentence without surrounding parentheses: "(I work at X.)" -> "I work at X."."""
    match = _PARENTHESISED.match(sentence.strip())
    return match.group(1).strip() if match else sentence.strip()


class SentenceModel:
    """e5 query vectors of sentences and passages, computed once per text and process."""

    def __init__(self, embedder: Embedder, store: VectorCache | None = None) -> None:
        self.embedder = embedder
        self.store = store  # where lasting texts' vectors are kept between processes (see the module docstring)
        self._vectors: dict[str, np.ndarray] = {}
        self._lock = threading.Lock()

    def vectors(self, texts: Sequence[str], lasting: Collection[str] = ()) -> Vectors:
        """Unit vectors of ``texts`` (one batch for the ones not seen before). Those of ``texts`` that are in
        ``lasting`` are first looked up in, and then written to, :attr:`store`."""
        with self._lock:
            missing = list(dict.fromkeys(t for t in texts if t not in self._vectors))
        kept = [t for t in missing if t in lasting] if self.store is not None and lasting else []
        if kept and self.store is not None:
            stored = self._stored(kept)
            found = {t: stored[text_key(t)] for t in kept if text_key(t) in stored}
            if found:
                self._remember(found)
                missing = [t for t in missing if t not in found]
                kept = [t for t in kept if t not in found]
        if missing:
            computed = np.asarray(self.embedder.embed_queries(missing), dtype=np.float32)
            self._remember(dict(zip(missing, computed, strict=True)))
            if kept and self.store is not None:
                new = set(kept)
                positions = [i for i, t in enumerate(missing) if t in new]
                self._keep([missing[i] for i in positions], computed[positions])
        with self._lock:
            rows = [self._vectors.get(t) for t in texts]
        if any(row is None for row in rows):  # evicted meanwhile by another thread: compute directly
            return np.asarray(self.embedder.embed_queries(list(texts)), dtype=np.float32)
        if not rows:
            return np.zeros((0, self.embedder.dim), dtype=np.float32)
        return np.vstack([r for r in rows if r is not None])

    # The store only saves work: a cache that fails (its file closed or locked, its database gone) costs
    # computing the vectors again, never a check. Whatever it raised is logged, not passed on.
    def _stored(self, texts: list[str]) -> dict[str, np.ndarray]:
        try:
            return dict(self.store.get_many(self.embedder.name, "query", texts)) if self.store is not None else {}
        except Exception as exc:
            log.warning("the checks' vector cache could not be read (%s: %s); computing", type(exc).__name__, exc)
            return {}

    def _keep(self, texts: list[str], vectors: np.ndarray) -> None:
        try:
            if self.store is not None:
                self.store.put_many(self.embedder.name, "query", texts, vectors)
        except Exception as exc:
            log.warning("the checks' vector cache could not be written (%s: %s)", type(exc).__name__, exc)

    def _remember(self, found: dict[str, np.ndarray]) -> None:
        with self._lock:
            if len(self._vectors) + len(found) > CACHE_LIMIT:
                self._vectors.clear()
            self._vectors.update(found)

    def prototype_scores(self, sentences: Sequence[str], group: str) -> dict[str, np.ndarray]:
        """Per class of ``group`` in ``data/semantic.yaml``: each sentence's best similarity to it."""
        if not sentences:
            return {}
        matrix = self.vectors(sentences)
        scores: dict[str, np.ndarray] = {}
        for name, texts in prototypes(group).items():
            scores[name] = (matrix @ self.vectors(texts, lasting=texts).T).max(axis=1)
        return scores


@dataclass(frozen=True)
class SentenceClassifier:
    """Logistic regressions over e5 sentence vectors (posing, hostile), built by ``make draft-checks-model``
    (:mod:`eval.draft_checks_train`) from the prototypes and dev data; ``flag_at`` from out-of-fold scores."""

    classes: tuple[str, ...]
    weights: np.ndarray  # (classes, dim)
    bias: np.ndarray  # (classes,)
    flag_at: np.ndarray  # (classes,)

    def probabilities(self, vectors: Vectors) -> dict[str, np.ndarray]:
        logits = np.asarray(vectors, dtype=np.float32) @ self.weights.T + self.bias
        probs = 1.0 / (1.0 + np.exp(-np.clip(logits, -30, 30)))
        return {name: probs[:, i] for i, name in enumerate(self.classes)}

    def save(self, path: Path) -> None:
        np.savez_compressed(
            path,
            classes=np.array(self.classes),
            weights=self.weights.astype(np.float32),
            bias=self.bias.astype(np.float32),
            flag_at=self.flag_at.astype(np.float32),
        )


@cache
def classifier() -> SentenceClassifier:
    return _load_classifier(MODEL_FILE, "make draft-checks-model")


@cache
def talk_classifier() -> SentenceClassifier:
    """Grounding's talk classifier: ``conversation`` is the probability that a sentence only keeps the
    conversation going; ``flag_at`` the probability from which it needs no passage."""
    return _load_classifier(TALK_MODEL_FILE, "python -m eval.talk_train")


def _load_classifier(path: Path, command: str) -> SentenceClassifier:
    try:
        with np.load(path) as data:
            return SentenceClassifier(
                classes=tuple(str(c) for c in data["classes"]),
                weights=np.asarray(data["weights"], dtype=np.float32),
                bias=np.asarray(data["bias"], dtype=np.float32),
                flag_at=np.asarray(data["flag_at"], dtype=np.float32),
            )
    except (OSError, KeyError) as exc:
        raise CheckDataError(f"{path} is missing or damaged ({exc}): run `{command}`") from None


@cache
def prototypes(group: str) -> dict[str, tuple[str, ...]]:
    """Class -> prototype sentences (all languages together) of ``group`` in ``data/semantic.yaml``."""
    raw = load("semantic")[group]
    found: dict[str, tuple[str, ...]] = {}
    for name, by_language in raw.items():
        texts = [t for items in by_language.values() for t in items] if isinstance(by_language, dict) else by_language
        found[name] = tuple(str(t) for t in texts)
    return found


def threshold(name: str) -> float:
    return float(load("semantic")["thresholds"][name])


_shared: list[SentenceModel] = []
_shared_lock = threading.Lock()


def shared_model() -> SentenceModel:
    """The process's one sentence model on the bundled local e5 (loaded on first use)."""
    with _shared_lock:
        if not _shared:
            from knowledge.embeddings import LocalE5Embedder  # start-up cost: the e5 model, only when checking

            _shared.append(SentenceModel(LocalE5Embedder()))
        return _shared[0]


def keep_vectors_in(store: VectorCache | None) -> None:
    """Keep the shared model's lasting vectors (guidance sentences, prototypes) in ``store``, the embedding
    cache the composition root chose (``bot.storage.embedding_cache.vector_cache``); None: in memory only."""
    shared_model().store = store


def release_vectors(store: VectorCache) -> None:
    """``store``'s owner is closing it: the shared model keeps its lasting vectors in memory until a composition
    root gives it another (an evaluation opens and closes one install per brand in one process)."""
    with _shared_lock:
        if _shared and _shared[0].store is store:
            _shared[0].store = None


def warm_up() -> None:
    """Load the model and embed the prototypes now, so the first check does not (a Slack modal waits 3 s)."""
    model = shared_model()
    for group in ("acknowledge", "disclosure", "conversation", "liability", "identity", "lecture", "courtesy"):
        for texts in prototypes(group).values():
            model.vectors(list(texts), lasting=texts)
    classifier()
