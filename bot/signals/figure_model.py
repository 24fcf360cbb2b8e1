"""A figure of speech against a harm, learnt from many writers: "I'd die of shame if I fall, do they lend helmets?"
beside "I fell and broke my wrist, can I still come?".

:mod:`bot.signals.figurative` weighs a clause against hand-written prototypes. This model is a logistic regression on
the bundled e5 query vectors of whole comments (the detector's own space): the spent blind judgement writers' hard
negatives (answerable comments that borrow risk words) against their risky comments, built by ``make figure-model``
(``python -m eval.figure_train``, which first measures it leave-one-writer-out). Its score is a logit: above 0 the
comment reads more like a figure than a harm; :func:`bot.signals.combine.judge` acts only on a wide margin
(combine.LEARNED_FIGURE_AT) and only moves an escalation to a doubt (digested, a person reads it).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

import numpy as np
import yaml

from bot.ports import Vectors

MODEL_FILE = "data/figure_model.yaml"
Embed = Callable[[Sequence[str]], Vectors]  # texts -> unit e5 query vectors (the detector's space)


@dataclass(frozen=True)
class FigureModel:
    weights: np.ndarray  # (dim,)
    bias: float
    embedder_name: str

    def scores(self, vectors: Vectors) -> np.ndarray:
        """Per vector: the logit of a figure of speech against a harm told as it happened."""
        matrix = np.asarray(vectors, dtype=np.float32).reshape(-1, self.weights.shape[0])
        return np.asarray(matrix @ self.weights + self.bias, dtype=np.float64)

    def to_yaml(self) -> str:
        """The model as YAML text whose bytes depend only on its numbers (``make figure-model`` reproduces them)."""
        data = {
            "embedder_name": self.embedder_name,
            "bias": round(float(self.bias), 6),
            "weights": [round(float(w), 6) for w in self.weights],
        }
        return yaml.safe_dump(data, sort_keys=False, width=120)


def from_yaml(text: str) -> FigureModel:
    raw = yaml.safe_load(text)
    return FigureModel(
        weights=np.asarray(raw["weights"], dtype=np.float32),
        bias=float(raw["bias"]),
        embedder_name=str(raw["embedder_name"]),
    )


# A model measured in place of the committed one (:func:`use_model`): the leave-one-writer-out runs (``python -m
# eval.figure_train --lowo``) fit one per writer and measure it in the same process; ``False`` measures without any.
_measured: list[FigureModel | None] = []


def use_model(model: FigureModel | bool | None) -> None:
    """Score with ``model`` instead of the committed one (``False``: with none) until called with None (evaluation)."""
    _measured.clear()
    if model is False:
        _measured.append(None)
    elif isinstance(model, FigureModel):
        _measured.append(model)


def model() -> FigureModel | None:
    """The committed model (``make figure-model`` rebuilds it), or the one measured."""
    return _measured[0] if _measured else _committed()


@cache
def _committed() -> FigureModel:
    return from_yaml(resources.files("bot.signals").joinpath(MODEL_FILE).read_text("utf-8"))


def scores(embed: Embed, texts: Sequence[str], space: str = "multilingual-e5") -> list[float | None]:
    """Per text: the learnt figure-of-speech logit, or None when there is no model or it was fitted in another
    space than ``space`` (the one ``embed`` gives vectors in)."""
    found = model()
    if found is None or found.embedder_name != space or not texts:
        return [None] * len(texts)
    return [round(float(s), 4) for s in found.scores(embed(list(texts)))]
