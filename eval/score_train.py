"""Build the learned draft score (``make draft-score-model``): ``bot/opportunities/data/draft_score.json``.

Training data: every comment of dev (``eval/data``) and of the spent judgement sets after judgement-a (one writer
each: ``eval/blind/sets.yaml``, format judgement, state spent; never a fresh one), each labelled by its writer
with should-draft. Each set goes through the classifier path of ``eval.run`` (:func:`eval.run.prepare`: the offline
classifier, the detector, the thread's title and siblings, the nearest passage, the topic relevance); a comment
counts when it passes every gate of the learned path (:func:`bot.opportunities.scoring.passes_gates`: safety,
opt-out, doubt and the community's caps), and its inputs are built by the product's own function
(:func:`bot.opportunities.scoring.draft_features`). Deterministic: lbfgs logistic regression from zeros (C
:data:`C`); the threshold is the one of highest F1 whose pooled precision over the training sets (a comment past
no gate counts as not drafted) is at least :data:`TARGET_PRECISION`; the bias is then shifted so that threshold
sits at the watches' default draft threshold (0.55), and the file records both.

``--lowo`` measures it leave one writer out: for each spent writer, the model and its threshold are fitted on dev
and every other writer and that writer's whole set is measured (should-draft precision and recall, as ``eval.run``
counts them on the classifier path) beside the hand weights (dev-calibrated, as ``eval.run`` measures them)::

    python -m eval.score_train [--lowo] [--cached]

``--cached`` reuses the prepared rows of an earlier run on this machine (``.kuulo/eval/draft-score/``): only for
measuring, as the rows go stale when a signal changes; ``make draft-score-model`` prepares them afresh. The intent
model learns from judgement-b..n outside their hold-out thirds (:data:`eval.dataset.SPENT_JUDGEMENT`), so those
writers' intents read a little better than a new writer's: judgement-o..r are the clean left-out writers.
"""

from __future__ import annotations

import argparse
import json
import math
import pickle
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bot.opportunities import draft_score, scoring
from bot.opportunities.scoring import ScoreInput, draft_features, passes_gates, score_opportunity
from eval.dataset import load_brands, load_comments
from eval.provenance import blind_sets, dev_set
from eval.run import Calibration, Prepared, calibrate, checked_sets, prepare, set_comments

C = 1.0
TARGET_PRECISION = 0.85
DRAFT_AT = 0.55  # the watches' default draft threshold (scoring.DEFAULT_THRESHOLDS), where the fit's point goes
OUT = Path(__file__).resolve().parent.parent / "bot" / "opportunities" / draft_score.MODEL_FILE
CACHE = Path(".kuulo/eval/draft-score")


@dataclass(frozen=True)
class Row:
    writer: str  # dev or the spent set's name
    label: bool  # should-draft
    gated_open: bool  # passed every gate of the learned path
    hand: bool  # drafted by the hand weights (dev-calibrated, as eval.run measures)
    values: list[float]


def writers() -> list[str]:
    return [s.name for s in blind_sets() if s.format == "judgement" and s.state == "spent" and s.name != "judgement-a"]


def _prepared(cached: bool) -> dict[str, list[Prepared]]:
    from bot.config import load_settings
    from bot.signals.offline import OfflineClassifier
    from eval.memory import MemoEmbedder, cached_local_embedder

    settings = load_settings()
    embedder = MemoEmbedder(cached_local_embedder())
    offline = OfflineClassifier(embedder)
    out: dict[str, list[Prepared]] = {}
    dev = dev_set()
    sets, errors = checked_sets(writers())
    if errors:
        raise SystemExit("\n".join(errors))
    todo: list[tuple[str, object]] = [("dev", dev), *((s.name, s) for s in sets)]
    for name, evalset in todo:
        path = CACHE / f"{name}.pkl"
        if cached and path.exists():
            out[name] = pickle.loads(path.read_bytes())
            continue
        if name == "dev":
            comments = load_comments(dev.path)
        else:
            assert getattr(evalset, "state", "") == "spent", name  # never a fresh set
            comments = set_comments(evalset)  # type: ignore[arg-type]
        brands = load_brands(evalset.path)  # type: ignore[attr-defined]
        out[name] = prepare(comments, brands, embedder, offline.classify, settings.max_comment_chars)
        CACHE.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pickle.dumps(out[name]))
        print(f"prepared {name}: {len(out[name])} comments", file=sys.stderr, flush=True)
    return out


def _item(p: Prepared, cal: Calibration, learned: bool) -> ScoreInput:
    return ScoreInput(
        signals=p.signals,
        objective=p.objective,
        relevance=p.relevance,
        answer_similarity=p.answer_similarity,
        answer_same_language=p.answer_same_language,
        answer_kind=p.answer_kind,
        thresholds={"draft": cal.draft, "digest": cal.digest},
        answer_thresholds=cal.answer_thresholds,
        relevance_threshold=cal.relevance_threshold,
        truncated=p.truncated,
        learned=learned,
    )


def rows(prepared: dict[str, list[Prepared]]) -> list[Row]:
    hand_default, scoring.LEARNED = scoring.LEARNED, False
    try:
        cal = calibrate(prepared["dev"])  # the hand weights' dev calibration, as eval.run measures them
    finally:
        scoring.LEARNED = hand_default
    out = []
    for name, found in prepared.items():
        for p in found:
            item = _item(p, cal, learned=False)
            out.append(
                Row(
                    writer=name,
                    label=p.comment.should_draft,
                    gated_open=passes_gates(item),
                    hand=score_opportunity(item).action == "draft",
                    values=draft_features(item),
                )
            )
    return out


def _precision_recall(labels: Sequence[bool], drafted: Sequence[bool]) -> tuple[float, float]:
    tp = sum(1 for y, d in zip(labels, drafted, strict=True) if d and y)
    fp = sum(1 for y, d in zip(labels, drafted, strict=True) if d and not y)
    fn = sum(1 for y, d in zip(labels, drafted, strict=True) if not d and y)
    return (tp / (tp + fp) if tp + fp else 0.0, tp / (tp + fn) if tp + fn else 0.0)


def _threshold(probabilities: np.ndarray, labels: np.ndarray) -> float:
    """Highest F1 with precision at least :data:`TARGET_PRECISION` (else the most precise), over the pooled rows."""
    best, best_key = 0.5, (-1.0, -1.0)
    for t in np.unique(np.round(probabilities[probabilities >= 0], 3)):
        drafted = probabilities >= t
        tp = int((drafted & labels).sum())
        fp = int((drafted & ~labels).sum())
        fn = int((~drafted & labels).sum())
        precision = tp / (tp + fp) if tp + fp else 0.0
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        key = (f1, precision) if precision >= TARGET_PRECISION else (-1.0, precision)
        if key > best_key:
            best, best_key = float(t), key
    return best


def fit(train: Sequence[Row]) -> dict[str, object]:
    from sklearn.linear_model import LogisticRegression  # start-up cost: only the trainer needs scikit-learn

    used = [r for r in train if r.gated_open]
    x = np.array([r.values for r in used], dtype=np.float64)
    y = np.array([r.label for r in used])
    model = LogisticRegression(C=C, max_iter=5000).fit(x, y)
    weights = [round(float(w), 6) for w in model.coef_[0]]
    bias = round(float(model.intercept_[0]), 6)
    params = {"weights": weights, "bias": bias}
    pooled = np.array([draft_score.probability(r.values, params) if r.gated_open else -1.0 for r in train])
    t = _threshold(pooled, np.array([r.label for r in train]))
    shift = math.log(DRAFT_AT / (1 - DRAFT_AT)) - math.log(t / (1 - t))
    return {
        "features": list(draft_score.FEATURES),
        "weights": weights,
        "bias": round(bias + shift, 6),
        "fitted_threshold": t,
        "draft_at": DRAFT_AT,
        "target_precision": TARGET_PRECISION,
        "c": C,
        "trained_on": sorted({r.writer for r in train}),
        "comments": len(used),
    }


def decided(params: dict[str, object], found: Sequence[Row]) -> list[bool]:
    return [r.gated_open and draft_score.probability(r.values, params) >= DRAFT_AT for r in found]


def lowo(all_rows: Sequence[Row]) -> list[str]:
    lines = [f"{'writer':14} {'n':>4}  {'hand P':>7} {'hand R':>7}  {'learned P':>9} {'learned R':>9}  threshold"]
    sums = np.zeros(4)
    names = [w for w in writers() if any(r.writer == w for r in all_rows)]
    for held in names:
        params = fit([r for r in all_rows if r.writer != held])
        mine = [r for r in all_rows if r.writer == held]
        labels = [r.label for r in mine]
        hand = _precision_recall(labels, [r.hand for r in mine])
        learned = _precision_recall(labels, decided(params, mine))
        sums += (*hand, *learned)
        lines.append(
            f"{held:14} {len(mine):4}  {hand[0]:7.3f} {hand[1]:7.3f}  {learned[0]:9.3f} {learned[1]:9.3f}"
            f"  {params['fitted_threshold']:.3f}"
        )
    mean = sums / max(1, len(names))
    lines.append(f"{'mean':14} {'':4}  {mean[0]:7.3f} {mean[1]:7.3f}  {mean[2]:9.3f} {mean[3]:9.3f}")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.score_train", description=__doc__.split("\n")[0])
    parser.add_argument("--lowo", action="store_true", help="measure leave one writer out; write nothing")
    parser.add_argument("--cached", action="store_true", help="reuse the prepared rows of an earlier run")
    args = parser.parse_args(argv)
    all_rows = rows(_prepared(args.cached))
    if args.lowo:
        print("\n".join(lowo(all_rows)))
        return 0
    params = fit(all_rows)
    OUT.write_text(json.dumps(params, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({params['comments']} comments past the gates, threshold {params['fitted_threshold']})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
