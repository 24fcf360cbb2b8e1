"""Build ``bot/opportunities/data/passage_model.yaml``: the weights that pick the passage answering a question.

Every spent reply-plans set (and the dev set) labels each comment a manager would answer with the passages that
answer it. For each such comment the plan's candidates (:func:`bot.opportunities.assess.passage_candidates`) are
scored by :func:`bot.opportunities.ranking.features`, and a conditional logit (the labelled passages against the other
candidates of the same comment, L2-regularised) learns one weight per feature. Each set has its own writer, so the
weights are first checked leave-one-writer-out: trained on the other sets, measured on the held-out one (a labelled
passage first, and among the first three), against the hand-set bonuses the plan used before and against similarity
alone. The weights are kept only when the held-out mean beats the hand-set one; they are then fitted on every set
but :data:`HELD_OUT`.

:data:`HELD_OUT` are spent sets kept out of training altogether, so the plan and the drafts measured on them
(``python -m eval.reply_plans --set ... --breakdown``) stay a check on writers the weights never saw; the trainer
prints, on them, the weights it writes beside the stored ones. Fresh sets are never read. ``make passage-model``
(``python -m eval.passage_train``) prints the figures and rebuilds the file, deterministically: the same data gives
the same weights; ``--check`` prints them only.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt
import yaml
from scipy.optimize import minimize

from bot.language import detect_language
from bot.opportunities import ranking
from bot.opportunities.assess import CANDIDATE_KINDS, LANGUAGE_K, passage_candidates, rank_passages, watch_context
from bot.opportunities.plan import product_focus, product_names
from bot.ports import Embedder
from eval.dataset import GuidanceItem
from eval.memory import MemoEmbedder, MemoryRetriever, cached_local_embedder
from eval.provenance import blind_sets, is_reply_plans
from eval.reply_plans import DEV, load_set

MODEL = Path(__file__).parents[1] / "bot" / "opportunities" / "data" / "passage_model.yaml"
L2 = 0.5
# Spent sets never trained on (session 34, s34-fact: three writers its engineer read in aggregates only), so their
# end-to-end figures check the weights on writers they never saw.
HELD_OUT = ("reply-plans-n", "reply-plans-q", "reply-plans-r")


@dataclass(frozen=True)
class Question:
    writer: str  # the set: each is written by its own writer
    x: npt.NDArray[np.float64]  # one row of features per candidate
    y: npt.NDArray[np.float64]  # 1 for a labelled passage
    hand: npt.NDArray[np.float64]  # the hand-set fit of each candidate
    cos: npt.NDArray[np.float64]


def spent_sets() -> list[tuple[str, Path]]:
    """reply-plans-dev and every spent reply-plans set; a fresh one is never opened."""
    return [("reply-plans-dev", DEV)] + [
        (s.name, s.path) for s in blind_sets() if is_reply_plans(s.name) and s.state == "spent"
    ]


def questions(embedder: Embedder) -> list[Question]:
    out = []
    for name, path in spent_sets():
        plan_set = load_set(path, name)
        for key, brand in plan_set.brands.items():
            items = [GuidanceItem(p.id, p.kind, p.language or None, p.text) for p in brand.guidance]  # type: ignore[arg-type]
            retriever = MemoryRetriever(embedder, items)
            context, _ = watch_context([f"brand:{t}" for t in (brand.name, *brand.terms)])
            names = product_names(context.brand_terms)
            for thread in (t for t in plan_set.threads if t.brand == key):
                post = " ".join(filter(None, (thread.title, thread.body)))
                for comment in thread.comments:
                    if comment.plan != "answer" or not comment.passages:
                        continue
                    every = retriever.search(comment.text, k=LANGUAGE_K, kinds=CANDIDATE_KINDS)
                    if not every:
                        continue
                    focus = product_focus(comment.text, post, names)
                    candidates = passage_candidates(retriever, comment.text, every, embedder)
                    rows = ranking.features(
                        comment.text, candidates, language=detect_language(comment.text), focus=focus, names=names
                    )
                    ranked = rank_passages(retriever, comment.text, focus, names, embedder)
                    fits = {p.id: fit for fit, p in ranked.fitted} if ranked else {}
                    out.append(
                        Question(
                            name,
                            np.array([[row[f] for f in ranking.FEATURES] for row in rows]),
                            np.array([float(c.passage.id in comment.passages) for c in candidates]),
                            np.array([fits.get(c.passage.id, 0.0) for c in candidates]),
                            np.array([c.cos for c in candidates]),
                        )
                    )
    return out


def held_apart(data: Sequence[Question]) -> tuple[list[Question], list[Question]]:
    """``data`` split into what the weights train on and the :data:`HELD_OUT` writers they are checked on."""
    return [q for q in data if q.writer not in HELD_OUT], [q for q in data if q.writer in HELD_OUT]


def _loss(w: npt.NDArray[np.float64], data: Sequence[Question], l2: float) -> tuple[float, npt.NDArray[np.float64]]:
    """The conditional logit's negative log-likelihood of the labelled passages, and its gradient."""
    total, grad = 0.0, np.zeros_like(w)
    for q in data:
        if not q.y.any():
            continue
        s = q.x @ w
        e = np.exp(s - s.max())
        p = e / e.sum()
        pos = q.y > 0
        share = e[pos] / e[pos].sum()
        total -= float(np.log(e[pos].sum()) - np.log(e.sum()))
        grad -= q.x[pos].T @ share - q.x.T @ p
    return total + l2 * float(w @ w), grad + 2 * l2 * w


def fit(data: Sequence[Question], l2: float = L2) -> npt.NDArray[np.float64]:
    result = minimize(_loss, np.zeros(len(ranking.FEATURES)), args=(list(data), l2), jac=True, method="L-BFGS-B")
    return np.asarray(result.x)


def hits(data: Sequence[Question], score: str | npt.NDArray[np.float64]) -> tuple[float, float]:
    """Shares of ``data`` with a labelled passage first and among the first three, by the learned weights ``score``,
    or by ``"hand"`` or ``"cos"``."""
    first = three = 0
    for q in data:
        s = q.hand if isinstance(score, str) and score == "hand" else q.cos if isinstance(score, str) else q.x @ score
        top = np.argsort(-s)
        first += bool(q.y[top[0]])
        three += bool(q.y[top[:3]].any())
    return first / len(data), three / len(data)


def leave_one_writer_out(
    data: Sequence[Question], stored: npt.NDArray[np.float64] | None = None
) -> dict[str, dict[str, tuple[float, float]]]:
    """Per writer: the weights trained on the others, the hand-set fit, similarity alone and, given, the ``stored``
    weights (trained on some writers, maybe this one)."""
    out = {}
    for writer in sorted({q.writer for q in data}):
        held = [q for q in data if q.writer == writer]
        w = fit([q for q in data if q.writer != writer])
        out[writer] = {"learned": hits(held, w), "hand": hits(held, "hand"), "cos": hits(held, "cos")}
        if stored is not None:
            out[writer]["stored"] = hits(held, stored)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.passage_train", description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="print the figures, write nothing")
    args = parser.parse_args(list(argv or []))
    data, held = held_apart(questions(MemoEmbedder(cached_local_embedder())))
    stored = np.array([ranking.weights()[f] for f in ranking.FEATURES])
    figures = leave_one_writer_out(data, stored)
    print(f"{'held-out writer':<18} {'n':>4}   learned top1/top3   hand top1/top3   similarity top1/top3   stored")
    for writer, f in figures.items():
        n = sum(q.writer == writer for q in data)
        print(
            f"{writer:<18} {n:>4}   {f['learned'][0]:.3f} / {f['learned'][1]:.3f}      "
            f"{f['hand'][0]:.3f} / {f['hand'][1]:.3f}    {f['cos'][0]:.3f} / {f['cos'][1]:.3f}"
            f"          {f['stored'][0]:.3f} / {f['stored'][1]:.3f}"
        )
    mean = {
        k: tuple(float(np.mean([f[k][i] for f in figures.values()])) for i in (0, 1))
        for k in ("learned", "hand", "cos")
    }
    print(
        f"{'mean':<18} {len(data):>4}   {mean['learned'][0]:.3f} / {mean['learned'][1]:.3f}      "
        f"{mean['hand'][0]:.3f} / {mean['hand'][1]:.3f}    {mean['cos'][0]:.3f} / {mean['cos'][1]:.3f}"
    )
    w = fit(data)
    print(f"{'never trained on':<18} {'n':>4}   new top1/top3       stored top1/top3 hand top1/top3")
    for writer in HELD_OUT:
        part = [q for q in held if q.writer == writer]
        if part:
            new, old, hand = hits(part, w), hits(part, stored), hits(part, "hand")
            print(
                f"{writer:<18} {len(part):>4}   {new[0]:.3f} / {new[1]:.3f}      {old[0]:.3f} / {old[1]:.3f}"
                f"    {hand[0]:.3f} / {hand[1]:.3f}"
            )
    if mean["learned"][0] <= mean["hand"][0]:
        print("the learned weights do not beat the hand-set ones on the held-out writers: nothing written")
        return 1
    if args.check:
        return 0
    head = (
        "# Written by `python -m eval.passage_train` (do not edit by hand): the weights bot/opportunities/ranking.py\n"
        f"# scores each candidate passage by. Trained on {len(data)} answer comments of {len(figures)} writers\n"
        f"# (the dev set and every spent reply-plans set but {', '.join(HELD_OUT)}, kept out to check on).\n"
        "# Leave one writer out, mean over writers: a labelled\n"
        f"# passage first {mean['learned'][0]:.3f} (hand-set bonuses {mean['hand'][0]:.3f}, similarity alone "
        f"{mean['cos'][0]:.3f}), among the first three {mean['learned'][1]:.3f} ({mean['hand'][1]:.3f}, "
        f"{mean['cos'][1]:.3f}).\n"
    )
    body = yaml.safe_dump(
        {"weights": {name: round(float(v), 4) for name, v in zip(ranking.FEATURES, w, strict=True)}}, sort_keys=False
    )
    MODEL.write_text(head + body, "utf-8")
    print(f"written: {MODEL}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
