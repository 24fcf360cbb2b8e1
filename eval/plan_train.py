"""Build the learned plan-kind signal (``make plan-model``): ``bot/opportunities/data/plan_model.npz``.

Training data: every comment of the spent reply-plans sets (``eval/blind/sets.yaml``, format reply-plans, state
spent; never a fresh one, nor the hold-outs in :data:`HELD_OUT`, which are never read) and of the dev set
``eval/data/reply_plans``, each labelled by its writer with the plan a careful manager would choose. Each set goes
through the product's own path (:func:`eval.reply_plans.run_set`: ingest, store, assess, plan; drafting is left
out), and the inputs of every plan decision are kept: the signals,
where the comment sits, what the guidance offers, the rules' plan (:func:`bot.opportunities.plan.rule_plan`, never
the learned one) and the comment's e5 vector. The features are then built by the same function the product uses
(:func:`bot.opportunities.plan_model.features`). Deterministic: the captures are the pipeline's, the fit is lbfgs
multinomial logistic regression from zeros.

Measured leave one writer out: for each spent set, the model is fitted on every other set and predicts that one.
Accuracy is at the plan level: a comment counts as its rules' plan when the opportunity would be drafted, else
``none`` (the drafter's own skips are not simulated; ``eval.reply_plans`` measures those). Printed per set: the
rules alone, the model alone (its likeliest kind) and the combination (:func:`bot.opportunities.plan_model.move`:
the model moves a drafted *answer*, *acknowledge* or *thank* to another kind only at that kind's threshold), and
the combination's drafts for agreement or thanks aimed at others (bar: not above the rules'). Each move's threshold
is chosen on the mean of the left-out sets' accuracy over a coarse grid; a move that does not raise the mean by at
least :data:`MIN_GAIN` stays off.

Figures of the committed model (session 22, fourteen spent sets a..n, and dev as training only)
(``python -m eval.plan_train``; plan-level accuracy, see above; "others": drafts for agreement or thanks aimed at
others, rules/combined; "complaints": complaints answered by a plan that is no complaint's, rules/combined)::

    set                 n  rules  model  comb.  others r/c  complaints r/c
    reply-plans-a     374  0.730  0.765  0.730     1/1           0/0
    reply-plans-b     379  0.617  0.736  0.620     4/4           0/0
    reply-plans-c     388  0.662  0.740  0.665     3/3           0/0
    reply-plans-d     375  0.645  0.763  0.648     3/3           0/0
    reply-plans-e     344  0.631  0.709  0.631     2/2           0/0
    reply-plans-f     355  0.606  0.749  0.606     2/2           0/0
    reply-plans-g     356  0.660  0.758  0.669     2/2           0/0
    reply-plans-h     360  0.656  0.803  0.664     2/2           0/0
    reply-plans-i     365  0.630  0.737  0.636     0/0           0/0
    reply-plans-j     342  0.629  0.769  0.632     0/0           0/0
    reply-plans-k     359  0.641  0.749  0.641     1/1           0/0
    reply-plans-l     367  0.673  0.779  0.676     0/0           0/0
    reply-plans-m     374  0.663  0.778  0.668     0/0           0/0
    reply-plans-n     408  0.664  0.725  0.664     1/1           0/0
    mean                   0.650  0.754  0.653    21/21          0/0

Moves switched on: a *none* of a comment the rules read as safe to *thank* at 0.80 (mean 0.6505 -> 0.6534, rebuilt on
session 22's merged rules; session 21's rebuild gave 0.6485 -> 0.6513 for the same move); no other move gains on the
mean (session 20's rebuild on its merged rules switched on none, and shipped inert). The model
alone is far ahead of the rules (0.754), but most of that lead is on comments the risk and opt-out detectors escalate
or doubt (labelled answer, acknowledge or thank by the writers): the model never touches those; a person decides them.
"""

from __future__ import annotations

import argparse
import functools
import pickle
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

import bot.opportunities.assess as assess
from bot.opportunities import plan_model
from bot.opportunities.plan import rule_plan, spoken_to_someone
from bot.opportunities.plan_model import KINDS, MOVES, OFF, PlanModel, facts, features, move
from bot.signals.types import Signals
from eval import reply_plans
from eval.memory import EMBEDDING_CACHE, cached_local_embedder

CAPTURES = EMBEDDING_CACHE.parent / "plan-captures"
DEV = "reply-plans-dev"
C = 1.0  # inverse regularisation of the logistic layer
GRID = (0.5, 0.6, 0.7, 0.8, 0.9)
MIN_GAIN = 0.002  # a move must raise the mean left-out accuracy by this much to be switched on
_AGREEMENT_OR_THANKS = reply_plans._AGREEMENT_OR_THANKS


@dataclass(frozen=True)
class Row:
    set: str
    label: str
    reason: str  # the writer's reason for the label
    rule: str  # the rules' plan
    drafted: bool  # the opportunity would be drafted
    sig: Signals
    objective: str
    facts: dict[str, bool]
    vector: np.ndarray


# Spent sets kept unread as hold-outs of the plan work (session 42, s42-kinds, issue 25): never captured, fitted or
# scored here, so that the committed model can be measured on them (``python -m eval.reply_plans --set ...``).
HELD_OUT: tuple[str, ...] = ("reply-plans-s", "reply-plans-t", "reply-plans-u")


def spent_sets(held_out: Sequence[str] = HELD_OUT) -> list[tuple[str, Path]]:
    """The dev set and every spent reply-plans set but ``held_out``, verified; a fresh set is never read."""
    sets, errors = reply_plans.plan_sets()
    if errors:
        raise SystemExit("\n".join(errors))
    return [(name, path) for name, path, state in sets if state in ("dev", "spent") and name not in held_out]


def _no_draft(_comment_id: int) -> None:
    """Drafting is left out of a capture: the plan is decided before it."""


def capture(name: str, path: Path) -> list[Row]:
    """Run ``name`` through the product's path without drafting and keep every plan decision's inputs."""
    calls: list[tuple[Signals, str, dict[str, Any], Any]] = []

    def recording(sig: Signals, text: str, *, vector: Any = None, **kw: Any) -> Any:
        plan = rule_plan(sig, text, **kw)
        calls.append((sig, text, {**kw, "vector": vector}, plan))
        return plan

    # The one place a plan is decided, recorded (always the rules' plan, never the learned one), and no drafting.
    patched = ((assess, "plan_reply"), (reply_plans, "process_comments"))
    saved = [getattr(module, attribute) for module, attribute in patched]
    for (module, attribute), value in zip(
        patched, (recording, functools.partial(saved[1], draft=_no_draft)), strict=True
    ):
        setattr(module, attribute, value)
    try:
        outcomes = reply_plans.run_set(reply_plans.load_set(path, name))
    finally:
        for (module, attribute), value in zip(patched, saved, strict=True):
            setattr(module, attribute, value)
    if len(outcomes) != len(calls) or any(o.decided != c[3].kind for o, c in zip(outcomes, calls, strict=True)):
        raise SystemExit(f"{name}: the recorded plans do not line up with the set's comments")
    rows = []
    for o, (sig, text, kw, plan) in zip(outcomes, calls, strict=True):
        rows.append(
            Row(
                set=name,
                label=o.comment.plan,
                reason=o.comment.reason,
                rule=plan.kind,
                drafted=o.action == "draft",
                sig=sig,
                objective=kw["objective"],
                facts=facts(text, kw["thread"], kw["guidance"], to_someone=spoken_to_someone(text)),
                vector=np.asarray(kw["vector"], dtype=np.float32),
            )
        )
    return rows


def load(names: Sequence[tuple[str, Path]], *, reuse: bool) -> list[Row]:
    CAPTURES.mkdir(parents=True, exist_ok=True)
    rows: list[Row] = []
    for name, path in names:
        file = CAPTURES / f"{name}.pkl"
        if reuse and file.exists():
            got = pickle.loads(file.read_bytes())
        else:
            started = time.monotonic()
            got = capture(name, path)
            file.write_bytes(pickle.dumps(got))
            print(f"captured {name}: {len(got)} comments ({time.monotonic() - started:.0f} s)", flush=True)
        rows.extend(got)
    return rows


def design(rows: Sequence[Row]) -> tuple[np.ndarray, np.ndarray]:
    x = np.stack([features(r.rule, r.sig, r.objective, r.facts, r.vector) for r in rows])
    y = np.array([KINDS.index(r.label) for r in rows])
    return x, y


def fit(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Multinomial logistic regression; every kind gets a row (a kind never seen gets no chance)."""
    from sklearn.linear_model import LogisticRegression  # start-up cost: only the trainer needs scikit-learn

    model = LogisticRegression(C=C, max_iter=5000)
    model.fit(x, y)
    weights = np.zeros((len(KINDS), x.shape[1]), dtype=np.float32)
    bias = np.full(len(KINDS), -30.0, dtype=np.float32)
    for row, label in enumerate(model.classes_):
        weights[int(label)] = model.coef_[row]
        bias[int(label)] = model.intercept_[row]
    return weights, bias


def probabilities(weights: np.ndarray, bias: np.ndarray, x: np.ndarray) -> np.ndarray:
    return PlanModel(weights, bias, {}, "").probabilities(x)


def final(row: Row, p: np.ndarray | None, thresholds: dict[str, float]) -> str:
    """The plan a comment ends with: the rules' when drafted, else none; moved by the model when ``p`` is given (a
    comment the rules read as safe is drafted whatever its plan's kind: on the captures every such plan but none
    was)."""
    base = row.rule if row.drafted else "none"
    if p is None or plan_model.untouchable(row.sig):
        return base
    moved = move(p, row.rule, thresholds, row.facts)
    return moved[0] if moved else base


@dataclass(frozen=True)
class Score:
    rules: float  # accuracy of the rules alone
    model: float  # of the model's likeliest kind alone
    combined: float
    others: tuple[int, int]  # drafts for agreement or thanks aimed at others: rules, combined
    complaints: tuple[int, int]  # complaints answered by a plan that is no complaint's: rules, combined


def score(rows: Sequence[Row], probs: np.ndarray, thresholds: dict[str, float]) -> Score:
    labels = [r.label for r in rows]
    rules = [final(r, None, thresholds) for r in rows]
    combined = [final(r, p, thresholds) for r, p in zip(rows, probs, strict=True)]
    alone = [KINDS[int(np.argmax(p))] for p in probs]

    def accuracy(got: Sequence[str]) -> float:
        return sum(a == b for a, b in zip(got, labels, strict=True)) / len(labels)

    def others(got: Sequence[str]) -> int:
        return sum(
            1
            for r, g in zip(rows, got, strict=True)
            if r.label == "none" and g != "none" and _AGREEMENT_OR_THANKS.search(r.reason)
        )

    def complaints(got: Sequence[str]) -> int:
        # A plan moved from the rules' acknowledgement stays a complaint's (no price); any other answer may carry one.
        return sum(
            1 for r, g in zip(rows, got, strict=True) if r.label == "acknowledge" and g == "answer" and r.rule != g
        )

    return Score(
        accuracy(rules),
        accuracy(alone),
        accuracy(combined),
        (others(rules), others(combined)),
        (complaints(rules), complaints(combined)),
    )


def leave_one_writer_out(rows: Sequence[Row], held: Sequence[str]) -> dict[str, np.ndarray]:
    """Each held set's probabilities from a model fitted on every other set (dev included)."""
    x, y = design(rows)
    sets = np.array([r.set for r in rows])
    out = {}
    for name in held:
        weights, bias = fit(x[sets != name], y[sets != name])
        out[name] = probabilities(weights, bias, x[sets == name])
        print(f"  fitted without {name}", flush=True)
    return out


def choose(rows: Sequence[Row], probs: dict[str, np.ndarray]) -> dict[str, float]:
    """Each move's threshold on the mean left-out accuracy, one move at a time (different moves touch different
    comments); a move that gains less than :data:`MIN_GAIN`, or drafts more for thanks to others or answers more
    complaints than the rules, stays off."""
    by_set = {name: [r for r in rows if r.set == name] for name in probs}

    def mean(thresholds: dict[str, float]) -> tuple[float, int, int]:
        results = [score(by_set[n], probs[n], thresholds) for n in probs]
        return (
            float(np.mean([r.combined for r in results])),
            sum(r.others[1] for r in results),
            sum(r.complaints[1] for r in results),
        )

    chosen = dict.fromkeys(MOVES, OFF)
    base, others, complaints = mean(chosen)
    for key in MOVES:
        best, best_at = base, OFF
        for at in GRID:
            got, more, answered = mean({**chosen, key: at})
            if got >= best + MIN_GAIN and more <= others and answered <= complaints:
                best, best_at = got, at
        chosen[key] = best_at
        print(f"  {key:<22} {'off' if best_at >= 1 else f'at {best_at:.2f}'}: mean {best:.4f}")
        base, others, complaints = mean(chosen)
    return chosen


def report(rows: Sequence[Row], probs: dict[str, np.ndarray], thresholds: dict[str, float]) -> list[str]:
    lines = [f"{'set':<16} {'n':>4} {'rules':>6} {'model':>6} {'comb.':>6} {'others r/c':>11} {'complaints r/c':>15}"]
    results = []
    for name, p in probs.items():
        held = [r for r in rows if r.set == name]
        got = score(held, p, thresholds)
        results.append(got)
        lines.append(
            f"{name:<16} {len(held):4d} {got.rules:6.3f} {got.model:6.3f} {got.combined:6.3f} "
            f"{got.others[0]:>5d}/{got.others[1]:<5d} {got.complaints[0]:>7d}/{got.complaints[1]:<7d}"
        )
    lines.append(
        f"{'mean':<16} {'':>4} {np.mean([r.rules for r in results]):6.3f} {np.mean([r.model for r in results]):6.3f} "
        f"{np.mean([r.combined for r in results]):6.3f} {sum(r.others[0] for r in results):>5d}/"
        f"{sum(r.others[1] for r in results):<5d} {sum(r.complaints[0] for r in results):>7d}/"
        f"{sum(r.complaints[1] for r in results):<7d}"
    )
    on = {k: v for k, v in thresholds.items() if v < 1}
    lines.append("moves on: " + (", ".join(f"{k} at {v:.2f}" for k, v in on.items()) or "none"))
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.plan_train", description=__doc__.split("\n")[0])
    parser.add_argument("--reuse", action="store_true", help=f"reuse the captures kept in {CAPTURES}")
    parser.add_argument("--without", metavar="SET", help="leave this set out of the committed model too")
    parser.add_argument("--out", type=Path, help="write the model here instead of the package's data file")
    args = parser.parse_args(list(argv or []))
    names = spent_sets()
    print(f"held out (never read): {', '.join(HELD_OUT)}")
    rows = load(names, reuse=args.reuse)
    held = [name for name, _ in names if name != DEV]
    print(f"{len(rows)} comments from {len(names)} sets; leave one writer out over {len(held)}")
    probs = leave_one_writer_out(rows, held)
    thresholds = choose(rows, probs)
    for line in report(rows, probs, thresholds):
        print(line)
    train = [r for r in rows if r.set != args.without]
    x, y = design(train)
    weights, bias = fit(x, y)
    target = args.out or Path(str(resources.files("bot.opportunities").joinpath(plan_model.MODEL_FILE)))
    PlanModel(weights, bias, thresholds, cached_local_embedder().name).save(target)
    print(f"wrote {target} ({len(train)} comments{f', without {args.without}' if args.without else ''})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
