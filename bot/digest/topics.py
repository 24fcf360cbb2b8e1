"""What the audience asks: needs grouped into topics, and topics that grow sharply.

Grouping. With an embedding function (the service's multilingual e5), needs are
grouped greedily in time order: a need joins the first group whose first
member's vector has cosine similarity >= :data:`SIMILARITY` with it, else it
starts a group. Without one, needs group by their normalised text (NFKC,
case-folded, punctuation and extra spaces removed). Either way a Finnish and an
English need are compared on meaning only when embeddings are available.

Growth. For each topic, ``k`` = its comments on the digest's day and ``mean`` =
its daily mean over the 7 days before. It is growing when ``k >= 3``,
``k >= 2 * mean`` and the Poisson tail ``P(X >= k | lambda = max(mean, 0.25))``
is below :data:`GROWTH_P` (the floor keeps a brand-new topic from looking
infinitely surprising with a single comment).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass

SIMILARITY = 0.9
GROWTH_P = 0.01
GROWTH_MIN = 3
BASELINE_DAYS = 7
LAMBDA_FLOOR = 0.25

Embed = Callable[[Sequence[str]], Sequence[Sequence[float]]]
_PUNCT = re.compile(r"[^\w\s]+")


def normalise(need: str) -> str:
    text = unicodedata.normalize("NFKC", need).casefold()
    return " ".join(_PUNCT.sub(" ", text).split())


def _cosine(a: Sequence[float], b: Sequence[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b, strict=True))
    norm = math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b))
    return dot / norm if norm else 0.0


def group_needs(needs: Sequence[str], embed: Embed | None = None, similarity: float = SIMILARITY) -> list[int]:
    """The group number of each need (0, 1, ... in order of first appearance)."""
    if not needs:
        return []
    if embed is None:
        keys: dict[str, int] = {}
        return [keys.setdefault(normalise(need), len(keys)) for need in needs]
    vectors = list(embed([normalise(need) or need for need in needs]))
    heads: list[Sequence[float]] = []
    groups: list[int] = []
    for vector in vectors:
        for number, head in enumerate(heads):
            if _cosine(vector, head) >= similarity:
                groups.append(number)
                break
        else:
            heads.append(vector)
            groups.append(len(heads) - 1)
    return groups


def poisson_tail(k: int, lam: float) -> float:
    """P(X >= k) for X ~ Poisson(lam)."""
    if k <= 0:
        return 1.0
    term = math.exp(-lam)
    below = term
    for i in range(1, k):
        term *= lam / i
        below += term
    return max(0.0, 1.0 - below)


@dataclass(frozen=True)
class Growth:
    count: int
    mean: float
    p_value: float


def growth(count: int, previous_days: Sequence[int]) -> Growth | None:
    """A :class:`Growth` when ``count`` is sharply above the previous days' mean, else None."""
    mean = sum(previous_days) / BASELINE_DAYS
    p_value = poisson_tail(count, max(mean, LAMBDA_FLOOR))
    if count >= GROWTH_MIN and count >= 2 * mean and p_value < GROWTH_P:
        return Growth(count, mean, p_value)
    return None
