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
        if not texts:
            return np.zeros((0, judgement.detector().dim), dtype=np.float32)
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

    monkeypatch.setattr(train, "rebuild", rebuilt)
    monkeypatch.setattr(train, "build", refitted)
    monkeypatch.setattr(train, "cached_local_embedder", RandomEmbedder)
    assert train.check([], tmp_path / "scratch.npz") == expected
    printed = capsys.readouterr().out
    assert said in printed
    assert ("intent_weights" in printed) == bool(nudge)


def test_the_default_recipe_refits_intent_alone_and_risk_only_when_asked() -> None:
    from eval.judgement_train import parse_args

    assert not parse_args([]).refit_risk and parse_args(["--refit-risk"]).refit_risk


def test_a_set_teaching_the_opt_out_class_alone_gives_no_risk_label_and_no_intent() -> None:
    from eval.dataset import SPENT_JUDGEMENT
    from eval.judgement_train import dev_samples, held_out, source

    name = SPENT_JUDGEMENT[-1]
    samples = [s for s in dev_samples((), (), opt_out_spent=(name,)) if source(s.group) == name]
    risks = set(judgement.CLASSES) - {"opt_out"}
    assert samples and all(s.intent is None and s.ignore >= risks and not s.labels & risks for s in samples)
    assert any(s.labels == {"opt_out"} for s in samples) and not any(held_out(s.group) for s in samples)
    calibrated = [s for s in dev_samples((), (), True, opt_out_spent=(name,)) if source(s.group) == name]
    assert any(held_out(s.group) for s in calibrated)  # its hold-out third calibrates the bands
    assert not [s for s in dev_samples((), ()) if source(s.group) == name]


def _sample(text: str, opt_out: bool, group: str) -> Any:
    from eval.judgement_train import Sample

    return Sample(text, frozenset({"opt_out"} if opt_out else ()), group)


def test_refitting_the_opt_out_class_keeps_the_risk_classes_and_the_intent_model(capsys: Any) -> None:
    from eval.judgement_train import held_out, refit_opt_out

    committed = judgement.detector()
    samples = [
        *(_sample(f"please stop messaging me about offers {i}", True, f"t{i}") for i in range(40)),
        *(_sample(f"is the shop open on sunday number {i}", False, f"u{i}") for i in range(80)),
    ]
    assert any(held_out(s.group) for s in samples) and not all(held_out(s.group) for s in samples)
    refitted = refit_opt_out(RandomEmbedder(), samples, committed)
    assert committed.same_as(refitted) == ["weights", "bias", "flag_at", "grey_at"]
    row = committed.classes.index("opt_out")
    others = [i for i in range(len(committed.classes)) if i != row]
    assert np.array_equal(refitted.weights[others], committed.weights[others])
    assert np.array_equal(refitted.grey_at[others], committed.grey_at[others])
    assert not np.array_equal(refitted.weights[row], committed.weights[row])
    assert "opt_out" in capsys.readouterr().out
    again = refit_opt_out(RandomEmbedder(), samples, committed)  # deterministic
    assert refitted.same_as(again) == []


def test_the_recipe_refits_the_opt_out_class_only_when_a_set_teaches_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import eval.judgement_train as train

    calls: list[int] = []

    def refit(embedder: Any, samples: Any, base: judgement.SemanticDetector) -> judgement.SemanticDetector:
        calls.append(len(samples))
        return base

    def intent(embedder: Any, samples: Any) -> tuple[np.ndarray, np.ndarray]:
        return judgement.detector().intent_weights, judgement.detector().intent_bias

    class Named(RandomEmbedder):
        name = judgement.detector().embedder_name

    monkeypatch.setattr(train, "refit_opt_out", refit)
    monkeypatch.setattr(train, "build_intent", intent)
    monkeypatch.setattr(train, "OPT_OUT_SPENT", ())
    train.rebuild(Named(), [], out=tmp_path / "a.npz")
    assert calls == []
    monkeypatch.setattr(train, "OPT_OUT_SPENT", ("judgement-x",))
    train.rebuild(Named(), [], out=tmp_path / "b.npz")
    assert calls == [0]
