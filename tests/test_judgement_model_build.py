"""``make judgement-model`` rebuilds the committed detector exactly (issue 18, session 27): the file's bytes depend only
on its arrays, the Makefile runs the script's own recipe, and ``--check`` says whether a rebuild is the committed
model."""

from __future__ import annotations

import dataclasses
import re
import zlib
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from bot.signals import judgement

ROOT = Path(__file__).parents[1]
MODEL = ROOT / "bot" / "signals" / judgement.MODEL_FILE


def test_saving_the_same_model_twice_writes_the_same_bytes(tmp_path: Path) -> None:
    model = judgement.detector()
    first, second = tmp_path / "a.npz", tmp_path / "b.npz"
    model.save(first)
    model.save(second)
    assert first.read_bytes() == second.read_bytes()
    with np.load(first) as data:
        assert model.same_as(judgement._from_npz(data)) == []


def test_the_committed_file_is_what_saving_its_model_writes(tmp_path: Path) -> None:
    # a rebuild with the same arrays leaves the committed file unchanged (no time stamps in it)
    target = tmp_path / "again.npz"
    judgement.detector().save(target)
    assert target.read_bytes() == MODEL.read_bytes()


def test_models_that_differ_in_one_array_are_told_apart() -> None:
    model = judgement.detector()
    other = dataclasses.replace(model, intent_bias=model.intent_bias + np.float32(1e-3))
    assert model.same_as(other) == ["intent_bias"]
    assert model.same_as(dataclasses.replace(model)) == []


def test_make_judgement_model_runs_the_scripts_own_recipe() -> None:
    makefile = (ROOT / "Makefile").read_text("utf-8")
    recipe = re.search(r"^judgement-model:.*\n\t(.+)$", makefile, re.MULTILINE)
    assert recipe is not None
    assert recipe.group(1).split() == ["$(BIN)/python", "-m", "eval.judgement_train"]


class RandomEmbedder:
    """Unit vectors, one per text, the same for the same text within a test."""

    def embed_queries(self, texts: Any) -> np.ndarray:
        rows = [np.random.default_rng(zlib.crc32(t.encode())).normal(size=judgement.detector().dim) for t in texts]
        vectors = np.asarray(rows, dtype=np.float32)
        return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


@pytest.mark.parametrize(
    ("nudge", "expected", "said"),
    [
        (0.0, 0, "array for array"),
        (2e-7, 0, "within this machine's e5 numerics"),  # the drift e5 on another CPU leaves in the fitted weights
        (-1.0, 1, "differs"),  # another model: the intents' rows in reverse order
    ],
)
def test_check_says_whether_the_rebuilt_model_is_the_committed_one(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    nudge: float,
    expected: int,
    said: str,
) -> None:
    import eval.judgement_train as train

    committed = judgement.detector()
    # each weight of the intent layer moved by +-nudge (a uniform shift of the bias would change no probability)
    reversed_rows = committed.intent_weights[::-1].copy()
    signs = np.where(np.arange(committed.intent_weights.size) % 2, 1.0, -1.0).reshape(committed.intent_weights.shape)

    def rebuilt(embed: Any, samples: Any, out: Path | None = None) -> judgement.SemanticDetector:
        moved = (committed.intent_weights + nudge * signs).astype(np.float32) if nudge >= 0 else reversed_rows
        model = dataclasses.replace(committed, intent_weights=moved)
        assert out is not None and out != MODEL  # the committed file is never written by a check
        model.save(out)
        return model

    def refitted(*args: Any, **kwargs: Any) -> judgement.SemanticDetector:
        raise AssertionError("the default recipe keeps the committed risk and opt-out classes")

    monkeypatch.setattr(train, "rebuild_intent", rebuilt)
    monkeypatch.setattr(train, "build", refitted)
    monkeypatch.setattr(train, "cached_local_embedder", RandomEmbedder)
    assert train.check([], tmp_path / "scratch.npz") == expected
    printed = capsys.readouterr().out
    assert said in printed
    assert ("intent_weights" in printed) == bool(nudge)


def test_the_default_recipe_refits_intent_alone_and_risk_only_when_asked() -> None:
    from eval.judgement_train import parse_args

    assert not parse_args([]).refit_risk and parse_args(["--refit-risk"]).refit_risk
