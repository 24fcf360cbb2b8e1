"""Themes: comments grouped by what they need, ask or resist, by embedding similarity.

What is clustered. ``signals.need`` when the classifier found one (a short
phrase in the writer's language, so "how loud is the outdoor unit" and
"hur högt låter utedelen" land together), else the comment text itself.
Vectors come from the configured embedder (multilingual-e5 by default),
embedded as queries: e5's authors use the ``query:`` prefix on both sides
for symmetric tasks such as clustering.

The theme space. Raw e5 vectors of short comments all sit close together
(cosine 0.75-0.9 between unrelated texts) and group first by language. So
each vector has its language's mean subtracted (languages with fewer than
``MIN_LANGUAGE_GROUP`` comments get the overall mean instead) and is
re-normalised: what remains is what a comment says beyond "a Finnish comment
under this brand's posts". This is what lets a theme hold fi, sv and en
paraphrases. The threshold is a distance in that centred space, so it is
relative to the spread of the set; it needs a set with more than one theme
(a campaign where everyone says the same thing comes back as one or two
themes anyway, which is the truth).

Why agglomerative clustering (average linkage, cosine distance, a distance
threshold) and not HDBSCAN or k-means: the number of themes is unknown, so
k-means is out; comment sets are small (tens to a few thousand), where the
O(n²) distance matrix is cheap; HDBSCAN needs enough density per cluster and
throws many short comments into "noise", which hides the small themes a team
most wants to see. Average linkage with one threshold ("members are on average
this close") gives themes that do not chain through a single bridging comment,
and the threshold means the same thing for every brand and language mix.
Groups smaller than ``min_size`` are not themes; their comments stay unthemed.

Names. :class:`ThemeNamer` may write a short name (the LLM namer in
:mod:`bot.insights.naming`); otherwise the theme is named by its most
characteristic phrase: the member phrase closest to the centroid. Quotes are
the most central comments (highest cosine similarity to the centroid), never
random ones; ties break on the comment id, so the output is deterministic.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

import numpy as np

from bot.ports import Embedder, Vectors
from bot.textnorm import normalise

# Chosen on the dev brands of eval/themes (bench/eval_themes.py prints the sweep); the test brands were not used.
DEFAULT_DISTANCE_THRESHOLD = 1.0
MIN_LANGUAGE_GROUP = 5
DEFAULT_MIN_SIZE = 2
QUOTES_PER_THEME = 3
MAX_PHRASE_CHARS = 300


@dataclass(frozen=True)
class ThemeItem:
    """One comment as themes see it. ``phrase`` is what is clustered (the need, else the text)."""

    comment_id: int
    text: str  # normalised: what models and matching see
    phrase: str
    emotion: str | None = None
    language: str | None = None
    url: str | None = None
    created_at: datetime | None = None
    platform: str = ""
    watch_id: int | None = None
    intent: str | None = None
    need: str | None = None
    shown: str = ""  # as the author wrote it, made safe for display ("" for rows stored before it was kept)

    @property
    def display(self) -> str:
        """What a quote shows: the author's own words, else the normalised text."""
        return self.shown or self.text


@dataclass(frozen=True)
class Quote:
    comment_id: int
    text: str  # as the author wrote it, made safe for display
    url: str | None
    language: str | None
    similarity: float


@dataclass
class Theme:
    key: str  # stable id: hash of the characteristic phrase
    name: str
    phrase: str  # the member phrase closest to the centroid
    members: list[ThemeItem]
    quotes: list[Quote]
    centroid: Vectors
    emotions: dict[str, int] = field(default_factory=dict)
    languages: dict[str, int] = field(default_factory=dict)

    @property
    def size(self) -> int:
        return len(self.members)

    @property
    def comment_ids(self) -> list[int]:
        return [item.comment_id for item in self.members]


class ThemeNamer(Protocol):
    """Writes short names for themes; ``phrases`` are the central phrases of each theme (untrusted)."""

    def name_themes(self, phrases: Sequence[Sequence[str]], language: str) -> list[str]: ...


def theme_space(vectors: Vectors, languages: Sequence[str | None]) -> Vectors:
    """Unit vectors with each language's mean (or the overall mean, for small groups) subtracted."""
    centred = np.asarray(vectors, dtype=np.float64).copy()
    if len(centred) < 2:
        return centred.astype(np.float32)
    overall = centred.mean(axis=0)
    by_language: dict[str | None, list[int]] = {}
    for index, language in enumerate(languages):
        by_language.setdefault(language, []).append(index)
    means = {
        language: centred[rows].mean(axis=0) if len(rows) >= MIN_LANGUAGE_GROUP else overall
        for language, rows in by_language.items()
    }
    for language, rows in by_language.items():
        centred[rows] -= means[language]
    norms = np.linalg.norm(centred, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    result: Vectors = (centred / norms).astype(np.float32)
    return result


def cluster_labels(vectors: Vectors, threshold: float = DEFAULT_DISTANCE_THRESHOLD) -> list[int]:
    """Cluster label per row of unit ``vectors``: average linkage under a cosine-distance threshold."""
    n = len(vectors)
    if n == 0:
        return []
    if n == 1:
        return [0]
    from sklearn.cluster import AgglomerativeClustering

    data = np.asarray(vectors, dtype=np.float64)
    usable = np.flatnonzero(np.linalg.norm(data, axis=1) > 0)  # a lone comment in its language centres to zero
    labels = [-1] * n
    if len(usable) > 1:
        model = AgglomerativeClustering(
            n_clusters=None, metric="cosine", linkage="average", distance_threshold=threshold
        )
        for position, label in zip(usable.tolist(), model.fit_predict(data[usable]).tolist(), strict=True):
            labels[position] = int(label)
    elif len(usable) == 1:
        labels[int(usable[0])] = 0
    following = max(labels) + 1
    for index in range(n):  # no direction to compare: each such row is a theme of its own
        if labels[index] == -1:
            labels[index], following = following, following + 1
    return labels


def build_themes(
    items: Sequence[ThemeItem],
    embedder: Embedder,
    *,
    threshold: float = DEFAULT_DISTANCE_THRESHOLD,
    min_size: int = DEFAULT_MIN_SIZE,
    namer: ThemeNamer | None = None,
    language: str = "en",
) -> list[Theme]:
    """Themes of ``items``, largest first. ``language`` is the team's, for model-written names."""
    if not items:
        return []
    raw = embedder.embed_queries([item.phrase[:MAX_PHRASE_CHARS] for item in items])
    vectors = theme_space(raw, [item.language for item in items])
    labels = cluster_labels(vectors, threshold)
    groups: dict[int, list[int]] = {}
    for index, label in enumerate(labels):
        groups.setdefault(label, []).append(index)
    themes = [_theme(items, vectors, rows) for rows in groups.values() if len(rows) >= min_size]
    themes.sort(key=lambda theme: (-theme.size, theme.phrase))
    if namer is not None and themes:
        quotes = [[normalise(q.text, MAX_PHRASE_CHARS).text for q in theme.quotes] for theme in themes]
        names = namer.name_themes(quotes, language)  # a model reads the normalised form
        for theme, name in zip(themes, names, strict=False):
            if name.strip():
                theme.name = name.strip()
    return themes


def _theme(items: Sequence[ThemeItem], vectors: Vectors, rows: list[int]) -> Theme:
    members = [items[i] for i in rows]
    block = vectors[rows]
    centroid = block.mean(axis=0)
    norm = float(np.linalg.norm(centroid)) or 1.0
    centroid = (centroid / norm).astype(np.float32)
    similarity = block @ centroid
    order = sorted(range(len(rows)), key=lambda j: (-float(similarity[j]), members[j].comment_id))
    phrase = members[order[0]].phrase.strip()
    quotes = [
        Quote(members[j].comment_id, members[j].display, members[j].url, members[j].language, float(similarity[j]))
        for j in order[:QUOTES_PER_THEME]
    ]
    return Theme(
        key=hashlib.sha256(phrase.casefold().encode("utf-8")).hexdigest()[:12],
        name=phrase,
        phrase=phrase,
        members=[members[j] for j in order],
        quotes=quotes,
        centroid=centroid,
        emotions=dict(Counter(item.emotion or "unknown" for item in members).most_common()),
        languages=dict(Counter(item.language or "unknown" for item in members).most_common()),
    )
