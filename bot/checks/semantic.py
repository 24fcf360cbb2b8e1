"""Sentences and their meaning: the one sentence model the semantic checks share.

The grounding, posing and tone checks judge a draft sentence by sentence on the
multilingual-e5 vectors (fi, sv and en in one space). :class:`SentenceModel`
wraps one :class:`~bot.ports.Embedder` and keeps every vector it computed in
memory, keyed by the text, so a guidance passage or a prototype is embedded once
per process (a new version of a passage is a new text, so a new key), and the
sentences of a draft are embedded in one batch. :func:`shared_model` is the one
bundled local e5 every check path uses unless a test gives its own.

The prototypes (``data/semantic.yaml``) are short hand-written sentences per
class and language; a sentence's score for a class is its highest cosine
similarity to that class's prototypes.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from bot.checks.data import DATA_DIR, CheckDataError, load
from bot.ports import Embedder, Vectors

MODEL_FILE = DATA_DIR / "identity_model.npz"
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

    def __init__(self, embedder: Embedder) -> None:
        self.embedder = embedder
        self._vectors: dict[str, np.ndarray] = {}
        self._lock = threading.Lock()

    def vectors(self, texts: Sequence[str]) -> Vectors:
        """Unit vectors of ``texts`` (one batch for the ones not seen before)."""
        with self._lock:
            missing = list(dict.fromkeys(t for t in texts if t not in self._vectors))
        if missing:
            computed = np.asarray(self.embedder.embed_queries(missing), dtype=np.float32)
            with self._lock:
                if len(self._vectors) + len(missing) > CACHE_LIMIT:
                    self._vectors.clear()
                for text, vector in zip(missing, computed, strict=True):
                    self._vectors[text] = vector
        with self._lock:
            rows = [self._vectors.get(t) for t in texts]
        if any(row is None for row in rows):  # evicted meanwhile by another thread: compute directly
            return np.asarray(self.embedder.embed_queries(list(texts)), dtype=np.float32)
        if not rows:
            return np.zeros((0, self.embedder.dim), dtype=np.float32)
        return np.vstack([r for r in rows if r is not None])

    def prototype_scores(self, sentences: Sequence[str], group: str) -> dict[str, np.ndarray]:
        """Per class of ``group`` in ``data/semantic.yaml``: each sentence's best similarity to it."""
        if not sentences:
            return {}
        matrix = self.vectors(sentences)
        scores: dict[str, np.ndarray] = {}
        for name, texts in prototypes(group).items():
            scores[name] = (matrix @ self.vectors(texts).T).max(axis=1)
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
    try:
        with np.load(MODEL_FILE) as data:
            return SentenceClassifier(
                classes=tuple(str(c) for c in data["classes"]),
                weights=np.asarray(data["weights"], dtype=np.float32),
                bias=np.asarray(data["bias"], dtype=np.float32),
                flag_at=np.asarray(data["flag_at"], dtype=np.float32),
            )
    except (OSError, KeyError) as exc:
        raise CheckDataError(f"{MODEL_FILE} is missing or damaged ({exc}): run `make draft-checks-model`") from None


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


def warm_up() -> None:
    """Load the model and embed the prototypes now, so the first check does not (a Slack modal waits 3 s)."""
    model = shared_model()
    for group in ("acknowledge", "disclosure", "conversation"):
        for texts in prototypes(group).values():
            model.vectors(list(texts))
    classifier()
