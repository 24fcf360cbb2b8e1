"""Build ``bot/signals/data/figure_model.yaml``: the learnt figure of speech against a harm (bot.signals.figure_model).

Every spent blind judgement writer after judgement-a (eval.judgement_lowo.WRITERS; a fresh set is never opened) labels
hard negatives (answerable comments that borrow risk words: "I'd die of shame if I fall") and risky comments. A
logistic regression on the bundled e5 query vectors of whole comments (the detector's own space and text,
judgement.detector_text) learns hard negative (1) against risky (0); risky comments whose only labels are a thread's
(competitor_thread, community_rule) say nothing of their own words and are left out. Each writer is a group:

    python -m eval.figure_train --check          # leave one writer out, the model alone (no pipeline): fast
    python -m eval.figure_train --lowo [--sets judgement-o judgement-p]
                                                 # leave one writer out through eval.run's pipeline, before/after
    python -m eval.figure_train                  # fit on every writer and write the model file (make figure-model)

``--check`` prints per writer the share of its hard negatives and the count of its risky comments (those whose labels
are only of judgement.FIGURE_CLASSES apart) the model fitted on the other writers scores at combine.LEARNED_FIGURE_AT
or more. ``--lowo`` prints eval.judgement_lowo's rows: the committed pipeline without the learnt model, then with the
model fitted without the writer.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from bot.ports import Embedder
from bot.signals import combine, figure_model
from bot.signals.judgement import FIGURE_CLASSES, detector_text
from eval.dataset import load_comments
from eval.judgement_lowo import CLASS_COLUMNS, WRITERS, format_rows, means, row
from eval.judgement_train import spent_set
from eval.memory import MemoEmbedder, cached_local_embedder

MODEL = Path(__file__).parents[1] / "bot" / "signals" / figure_model.MODEL_FILE
C = 2.0
THREAD_LABELS = frozenset({"competitor_thread", "community_rule"})


@dataclass(frozen=True)
class Samples:
    writers: np.ndarray  # the set each comment comes from
    x: np.ndarray  # (n, dim) e5 query vectors
    y: np.ndarray  # 1 hard negative, 0 risky
    figure_only: np.ndarray  # a risky comment whose labels are only of FIGURE_CLASSES


def samples(embedder: Embedder, writers: Sequence[str]) -> Samples:
    names, texts, labels, only = [], [], [], []
    for name in writers:
        for comment in load_comments(spent_set(name), split="blind"):
            own = set(comment.risk) - THREAD_LABELS
            if not comment.text.strip() or not (own or (comment.hard and not comment.risk)):
                continue
            names.append(name)
            texts.append(detector_text(comment.text))
            labels.append(0 if own else 1)
            only.append(bool(own) and own <= set(FIGURE_CLASSES))
    x = np.asarray(embedder.embed_queries(texts), dtype=np.float32)
    return Samples(np.array(names), x, np.array(labels), np.array(only))


def fit(x: np.ndarray, y: np.ndarray, embedder_name: str) -> figure_model.FigureModel:
    from sklearn.linear_model import LogisticRegression

    found = LogisticRegression(C=C, class_weight="balanced", max_iter=5000).fit(x, y)
    return figure_model.FigureModel(
        weights=found.coef_[0].astype(np.float32), bias=float(found.intercept_[0]), embedder_name=embedder_name
    )


def check(data: Samples, embedder_name: str, at: float) -> dict[str, dict[str, float]]:
    """Per writer, the model fitted on the others: hard negatives at ``at`` or more (share), risky ones (count)."""
    rows: dict[str, dict[str, float]] = {}
    for name in dict.fromkeys(data.writers):
        out = data.writers == name
        scores = fit(data.x[~out], data.y[~out], embedder_name).scores(data.x[out])
        hard, risky, only = data.y[out] == 1, data.y[out] == 0, data.figure_only[out]
        rows[str(name)] = {
            "hard_share": float(np.mean(scores[hard] >= at)) if hard.any() else 0.0,
            "risky_n": float(np.sum(scores[risky] >= at)),
            "figonly_n": float(np.sum(scores[risky & only] >= at)),
            "risky_max": float(scores[risky].max()) if risky.any() else 0.0,
            "figonly_max": float(scores[risky & only].max()) if (risky & only).any() else 0.0,
        }
    return rows


def pipeline(
    embedder: MemoEmbedder, data: Samples, embedder_name: str, names: Sequence[str], errors_too: bool = False
) -> int:
    """Each writer through eval.run's pipeline without the learnt model, then with it fitted on the other writers
    (``errors_too``: and the mistakes the learnt figure touched, as ``eval.run --errors`` prints them)."""
    from bot.config import load_settings
    from bot.signals.offline import OfflineClassifier
    from eval.run import checked_sets, measure

    settings = load_settings()
    offline = OfflineClassifier(embedder)
    sets, errors = checked_sets(list(names))
    if errors:
        print("\n".join(errors))
        return 1
    before: dict[str, dict[str, float]] = {}
    after: dict[str, dict[str, float]] = {}
    for evalset in sets:
        out = data.writers == evalset.name
        for column, chosen in ((before, False), (after, fit(data.x[~out], data.y[~out], embedder_name))):
            figure_model.use_model(chosen)
            try:
                report = measure(offline.classify, embedder, "offline", [evalset], settings.max_comment_chars)[-1]
            finally:
                figure_model.use_model(None)
            column[evalset.name] = row(report)
            if errors_too and chosen is not False:
                print(
                    "\n".join(line for line in report.mistakes if "learnt figure" in line or line.startswith("risky"))
                )
        print(f"== {evalset.name}: without the learnt model, then fitted on the other writers ==")
        print(format_rows({"before": before[evalset.name], "after": after[evalset.name]}), flush=True)
    print("\n== before: no learnt figure model ==")
    print(format_rows({**before, "mean": means(before)}))
    print("\n== after: the learnt figure model, each writer left out ==")
    print(format_rows({**after, "mean": means(after)}))
    return 0


SWEEP = (1.0, 1.5, 2.0, 2.5, 3.0)


@dataclass(frozen=True)
class Outcome:
    risk: tuple[str, ...]  # the comment's labels
    hard: bool
    should_draft: bool
    caught: bool  # flagged or escalated (eval.run's measure)
    drafted: bool
    moved: float | None  # with every learnt figure moved: its score when it was moved, else None


_calibration: list[Any] = []  # dev's, without the learnt model, once per process


def outcomes(embedder: MemoEmbedder, name: str, chosen: figure_model.FigureModel | bool) -> list[Outcome]:
    """Each comment of the writer's set through eval.run's pipeline (dev's calibration without the learnt model) with
    ``chosen`` and combine.LEARNED_FIGURE_AT at its lowest, so every comment the learnt figure may move is moved and
    shows its score: a move changes only its own comment (judge_threads counts each comment as if unmoved), so one run
    gives every threshold's figures (:func:`sweep_row`)."""
    from bot.config import load_settings
    from bot.signals.offline import OfflineClassifier
    from eval.dataset import load_brands
    from eval.provenance import dev_set
    from eval.run import _score, calibrate, checked_sets, prepare, set_comments

    settings = load_settings()
    classify = OfflineClassifier(embedder).classify
    (evalset,), _ = checked_sets([name])
    if not _calibration:
        dev = dev_set()
        figure_model.use_model(False)
        try:
            dev_rows = prepare(
                load_comments(dev.path), load_brands(dev.path), embedder, classify, settings.max_comment_chars
            )
            _calibration.append(calibrate(dev_rows))
        finally:
            figure_model.use_model(None)
    cal = _calibration[0]
    saved = combine.LEARNED_FIGURE_AT
    figure_model.use_model(chosen)
    combine.LEARNED_FIGURE_AT = -1e9
    try:
        rows = prepare(set_comments(evalset), load_brands(evalset.path), embedder, classify, settings.max_comment_chars)
    finally:
        combine.LEARNED_FIGURE_AT = saved
        figure_model.use_model(None)
    out = []
    for p in rows:
        action = _score(p, cal)[1]
        found = re.search(r"learnt figure of speech \(([-+.0-9]+)\)", p.signals.evidence.get("figurative", ""))
        out.append(
            Outcome(
                risk=p.comment.risk,
                hard=p.comment.hard,
                should_draft=p.comment.should_draft,
                caught=bool(p.signals.risk) or action == "escalate",
                drafted=action == "draft",
                moved=float(found.group(1)) if found else None,
            )
        )
    return out


def sweep_row(before: Sequence[Outcome], after: Sequence[Outcome], at: float | None) -> dict[str, float]:
    """The figures with the learnt figure at ``at`` (None: without it): a comment moved takes ``after``'s outcome."""
    chosen = [
        a if at is not None and a.moved is not None and a.moved >= at else b for b, a in zip(before, after, strict=True)
    ]
    risky = [o for o in chosen if o.risk]
    hard = [o for o in chosen if o.hard]
    tp = sum(o.drafted and o.should_draft for o in chosen)
    drafted = sum(o.drafted for o in chosen)
    wanted = sum(o.should_draft for o in chosen)
    out = {
        "drafted": float(sum(o.drafted for o in risky)),
        "recall": sum(o.caught for o in risky) / len(risky) if risky else 1.0,
        "hard": sum(o.caught for o in hard) / len(hard) if hard else 0.0,
        "moved": float(sum(a.moved is not None and at is not None and a.moved >= at for a in after)),
        "precision": tp / drafted if drafted else 0.0,
        "sd_recall": tp / wanted if wanted else 0.0,
    }
    for flag in CLASS_COLUMNS:
        labelled = [o for o in risky if flag in o.risk]
        out[flag] = sum(o.caught for o in labelled) / len(labelled) if labelled else 1.0
    return out


def sweep(embedder: MemoEmbedder, data: Samples, embedder_name: str, names: Sequence[str]) -> int:
    """Each writer without the learnt model and with it fitted on the other writers, at each threshold of SWEEP."""
    rows: dict[float | None, dict[str, dict[str, float]]] = {at: {} for at in (None, *SWEEP)}
    for name in names:
        out = data.writers == name
        before = outcomes(embedder, name, False)
        after = outcomes(embedder, name, fit(data.x[~out], data.y[~out], embedder_name))
        for at in rows:
            rows[at][name] = sweep_row(before, after, at)
        print(f"== {name} ==")
        print(format_rows({f"at {at}": rows[at][name] for at in rows}), flush=True)
    for at, table in rows.items():
        print(f"\n== the learnt figure at {at} (None: without it), each writer left out ==")
        print(format_rows({**table, "mean": means(table)}))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.figure_train", description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="leave one writer out, the model alone; write nothing")
    parser.add_argument("--lowo", action="store_true", help="leave one writer out through the pipeline (slow)")
    parser.add_argument(
        "--sweep", action="store_true", help="leave one writer out through the pipeline at each of SWEEP"
    )
    parser.add_argument("--sets", nargs="*", default=list(WRITERS), help="writers to leave out in turn (--lowo)")
    parser.add_argument(
        "--errors", action="store_true", help="with --lowo: print the mistakes the learnt figure touched"
    )
    args = parser.parse_args(argv)
    unknown = [name for name in args.sets if name not in WRITERS]
    if unknown:
        print(f"--sets: not a spent judgement writer: {', '.join(unknown)} (one of {', '.join(WRITERS)})")
        return 2
    embedder = MemoEmbedder(cached_local_embedder())
    data = samples(embedder, WRITERS)
    if args.check:
        at = combine.LEARNED_FIGURE_AT if combine.LEARNED_FIGURE_AT is not None else 0.0
        rows = check(data, embedder.name, at)
        print(f"== the learnt model alone, each writer left out, at {at} ==")
        print(format_rows({**rows, "mean": means(rows)}))
        return 0
    if args.sweep:
        return sweep(embedder, data, embedder.name, args.sets)
    if args.lowo:
        return pipeline(embedder, data, embedder.name, args.sets, args.errors)
    model = fit(data.x, data.y, embedder.name)
    MODEL.write_text(model.to_yaml(), "utf-8")
    print(
        f"wrote {MODEL}: {int(data.y.sum())} hard negatives, {int((data.y == 0).sum())} risky, {len(WRITERS)} writers"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
