"""Leave one writer out: whether the risk and opt-out classes should learn from the spent judgement sets.

For each spent blind judgement set after judgement-a (a writer), the detector's risk and opt-out classes are fitted as
``make judgement-model`` fits them but with that writer wholly out of training and calibration and the other spent
writers in (``--risk-sets``; ``--calibrate-spent`` sets each class's bands on their hold-out thirds too); the intent
model stays the committed one, so only the risk side moves. By default each fit is measured by the detector's own
share on the left-out writer's whole set (:func:`detector_row`: no rules, combine or thread support; fitted without
the final all-data refit), beside the committed detector, whose risk classes learn from none of the spent writers
(:data:`eval.judgement_train.RISK_SPENT`). ``--pipeline`` measures each fit, refitted on all its data, through
``eval.run``'s own measure (rules, detector, thread and combine, the offline classifier): slower. Prints one row per
writer and the means::

    python -m eval.judgement_lowo [--sets judgement-m judgement-n] [--calibrate-spent] [--pipeline]

``--hard-weight W`` makes each comment its writer labelled a hard negative weigh W as a negative of every class it is
not labelled (``--weight-classes`` only of those); ``--hard-quantile Q`` lifts each risk class's grey band above the Q
quantile of the calibration hold-out's hard negatives (session 29).

``--intent`` measures the intent model instead (:func:`intent_only`): for each writer left wholly out, the intent
model is fitted as ``make judgement-model`` fits it, once on the recipe's writers (``--recipe-sets``, default
:data:`eval.dataset.SPENT_JUDGEMENT`) and once on every other spent writer (``--intent-sets``, default all), at
``--intent-c`` and ``--intent-weight``; each is measured by the model alone (its first choice against the label,
no rules) on the left-out writer's whole set; with ``--pipeline`` through ``eval.run``'s own measure too (the
committed risk classes, the refitted intent layer)::

    python -m eval.judgement_lowo --intent [--sets judgement-k judgement-n] [--recipe-sets judgement-b ...]
        [--intent-c 8] [--intent-weight off_topic=1.5] [--pipeline]

Beside each column's accuracy it prints the writers' off-topic rule both ways (session 30): ``_oq`` the share of the
comments labelled off_topic whose first choice is question, ``_qo`` of the questions read off_topic (``_r_oq``,
``_r_qo`` through the pipeline, with its risk recall ``_riskrec`` and opt-outs drafted ``_optdr``).

Nothing is written but a scratch model per writer (in a temporary folder).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from bot.signals import judgement
from bot.signals.types import INTENTS, RISK_FLAGS
from eval.dataset import SPENT_JUDGEMENT, EvalComment, load_comments
from eval.judgement_train import (
    INTENT_C,
    INTENT_CLASS_WEIGHT,
    Sample,
    build,
    dev_samples,
    fit_intent,
    intent_phrases,
    prototypes,
    spent_set,
)
from eval.memory import MemoEmbedder, cached_local_embedder
from eval.provenance import blind_sets
from eval.run import Report, checked_sets, measure

# The spent judgement writers after judgement-a (whose risk labels the committed detector already learns from).
WRITERS = tuple(
    s.name for s in blind_sets() if s.format == "judgement" and s.state == "spent" and s.name != "judgement-a"
)
CLASS_COLUMNS = tuple(flag for flag in RISK_FLAGS if flag != "competitor_thread")


def row(report: Report) -> dict[str, float]:
    out = {
        "drafted": float(report.risky_drafted),
        "recall": report.risk_recall,
        "hard": report.hard_escalated / report.hard_total if report.hard_total else 0.0,
        "ordinary": report.ordinary_escalated / report.ordinary_total if report.ordinary_total else 0.0,
        "optout": report.opt_out_found / report.opt_out_total if report.opt_out_total else 1.0,
        "precision": report.precision,
        "sd_recall": report.recall,
        "intent": report.intent_accuracy,
    }
    for flag in CLASS_COLUMNS:
        caught, total = report.per_class.get(flag, (0, 0))
        out[flag] = caught / total if total else 1.0
    return out


def format_rows(rows: dict[str, dict[str, float]]) -> str:
    columns = list(next(iter(rows.values())))
    short = {flag: flag.split("_")[0][:7] for flag in CLASS_COLUMNS}
    lines = [f"{'set':24} " + " ".join(f"{short.get(c, c)[:9]:>9}" for c in columns)]
    for name, values in rows.items():
        cells = [f"{values[c]:9.0f}" if c == "drafted" else f"{values[c]:9.3f}" for c in columns]
        lines.append(f"{name:24} " + " ".join(cells))
    return "\n".join(lines)


def means(rows: dict[str, dict[str, float]]) -> dict[str, float]:
    columns = next(iter(rows.values()))
    return {c: sum(r[c] for r in rows.values()) / len(rows) for c in columns}


def detector_row(
    model: judgement.SemanticDetector, embedder: MemoEmbedder, comments: Sequence[EvalComment]
) -> dict[str, float]:
    """The detector's own share of the figures on one writer's comments, no rules, combine or thread support: a risky
    comment is caught when the detector flags or escalates any class on it or on its thread's title; a hard negative,
    an ordinary or a should-draft comment is caught when it flags or escalates any class on the comment itself; an
    opt-out is found when opt_out is flagged (whole comment or a clause, as :func:`judgement.text_verdicts`)."""
    texts = [judgement.detector_text(c.text) for c in comments]
    probabilities = model.probabilities(embedder.embed_queries(texts))
    column = model.classes.index("opt_out")
    pieces = [(index, part) for index, text in enumerate(texts) for part in judgement.parts(text)]
    if pieces:
        extra = model.probabilities(embedder.embed_queries([part for _, part in pieces]))
        for (index, _), values in zip(pieces, extra, strict=True):
            probabilities[index, column] = max(probabilities[index, column], values[column])
    titles = sorted({c.thread_title for c in comments if c.thread_title.strip()})
    title_rows = dict(zip(titles, model.probabilities(embedder.embed_queries(titles)), strict=True)) if titles else {}
    risk_columns = [i for i, c in enumerate(model.classes) if c != "opt_out"]

    def raised(values: np.ndarray) -> set[str]:
        return {model.classes[i] for i in risk_columns if values[i] >= model.grey_at[i]}

    own = [raised(values) for values in probabilities]
    head = [raised(title_rows[c.thread_title]) if c.thread_title in title_rows else set() for c in comments]
    risky = [i for i, c in enumerate(comments) if c.risk and set(c.risk) != {"competitor_thread"}]
    out = {"recall": sum(bool(own[i] or head[i]) for i in risky) / len(risky) if risky else 1.0}
    for flag in CLASS_COLUMNS:
        labelled = [i for i in risky if flag in comments[i].risk]
        out[flag] = sum(bool(own[i] or head[i]) for i in labelled) / len(labelled) if labelled else 1.0
    hard = [i for i, c in enumerate(comments) if c.hard and not c.risk]
    ordinary = [i for i, c in enumerate(comments) if not c.risk and not c.opt_out and not c.hard]
    draft = [i for i, c in enumerate(comments) if c.should_draft]
    optouts = [i for i, c in enumerate(comments) if c.opt_out]
    out["hard"] = sum(bool(own[i]) for i in hard) / len(hard) if hard else 0.0
    out["ordinary"] = sum(bool(own[i]) for i in ordinary) / len(ordinary) if ordinary else 0.0
    out["sd_lost"] = sum(bool(own[i]) for i in draft) / len(draft) if draft else 0.0
    found = probabilities[:, column] >= model.flag_at[column]
    grey = probabilities[:, column] >= model.grey_at[column]
    out["optout"] = sum(bool(found[i]) for i in optouts) / len(optouts) if optouts else 1.0
    out["optgrey"] = sum(bool(grey[i]) for i in optouts) / len(optouts) if optouts else 1.0
    out["opt_fp"] = sum(bool(grey[i]) for i, c in enumerate(comments) if not c.opt_out) / len(comments)
    return out


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m eval.judgement_lowo", description=__doc__.split("\n")[0])
    parser.add_argument("--sets", nargs="*", default=list(WRITERS), help="writers to leave out in turn (default all)")
    parser.add_argument(
        "--risk-sets", nargs="*", default=None, help="spent sets the risk classes learn from (default all writers)"
    )
    parser.add_argument(
        "--calibrate-spent",
        action="store_true",
        help="calibrate each class's bands on the training writers' hold-out thirds too",
    )
    parser.add_argument(
        "--classes",
        nargs="*",
        default=list(judgement.CLASSES),
        help="the classes the spent writers teach (default all)",
    )
    parser.add_argument("--hard-weight", type=float, default=1.0, help="weight of labelled hard negatives")
    parser.add_argument("--hard-quantile", type=float, default=None, help="grey band above this hard-negative quantile")
    parser.add_argument("--weight-classes", nargs="*", default=None, help="classes the hard weight applies to")
    parser.add_argument("--no-baseline", action="store_true", help="skip the committed detector's rows")
    parser.add_argument(
        "--intent",
        action="store_true",
        help="measure the intent model instead: the committed recipe's writers beside every other spent writer",
    )
    parser.add_argument(
        "--intent-sets", nargs="*", default=None, help="spent sets the refitted intent model learns from (default all)"
    )
    parser.add_argument(
        "--recipe-sets",
        nargs="*",
        default=list(SPENT_JUDGEMENT),
        help="spent sets the baseline intent model learns from (default eval.dataset.SPENT_JUDGEMENT; session 25's "
        "table: judgement-b ... judgement-j)",
    )
    parser.add_argument("--intent-c", type=float, default=INTENT_C, help="the refitted intent model's C")
    parser.add_argument(
        "--intent-weight",
        type=class_weight,
        default=INTENT_CLASS_WEIGHT or "none",
        help="the refitted intent model's class weights: none, balanced, or intent=weight pairs "
        "(off_topic=1.5,question=1; an intent not named weighs 1)",
    )
    parser.add_argument(
        "--pipeline",
        action="store_true",
        help="measure each fit through eval.run's whole pipeline (slow) instead of the detector's own share",
    )
    return parser.parse_args(argv)


def class_weight(value: str) -> str | dict[str, float]:
    """``--intent-weight``: "none", "balanced", or "intent=weight,..." (each intent named must be one of INTENTS)."""
    if value in ("none", "balanced"):
        return value
    weights: dict[str, float] = {}
    for pair in value.split(","):
        name, _, weight = pair.partition("=")
        if name.strip() not in INTENTS or not weight:
            raise argparse.ArgumentTypeError(f"{pair!r}: not intent=weight with an intent of {', '.join(INTENTS)}")
        weights[name.strip()] = float(weight)
    return weights


def main(argv: Sequence[str] | None = None) -> int:
    from bot.config import load_settings
    from bot.signals.offline import OfflineClassifier

    args = parse_args(argv)
    unknown = [name for name in args.sets if name not in WRITERS]
    if unknown:
        print(f"--sets: not a spent judgement writer: {', '.join(unknown)} (one of {', '.join(WRITERS)})")
        return 2
    risk_sets = list(args.risk_sets if args.risk_sets is not None else WRITERS)
    settings = load_settings()
    embedder = MemoEmbedder(cached_local_embedder())
    if args.intent:
        return intent_only(args, embedder)
    offline = OfflineClassifier(embedder)
    committed = judgement.detector()
    sets, errors = checked_sets(args.sets)
    if errors:
        print("\n".join(errors))
        return 1
    before: dict[str, dict[str, float]] = {}
    after: dict[str, dict[str, float]] = {}
    if not args.pipeline:
        return detector_only(args, embedder, committed, risk_sets)
    if not args.no_baseline:
        reports = measure(offline.classify, embedder, "offline", sets, settings.max_comment_chars)
        before = {r.name: row(r) for r in reports[1:]}
        print("== committed detector ==")
        print(format_rows(before), flush=True)
    with tempfile.TemporaryDirectory() as folder:
        for evalset in sets:
            training = [name for name in risk_sets if name != evalset.name]
            # intent is the committed model's: the spent sets teach only the risk classes here
            samples = [*prototypes(), *dev_samples((), training, args.calibrate_spent, args.classes)]
            model = build(
                embedder,
                samples,
                out=Path(folder) / f"{evalset.name}.npz",
                intent=(committed.intent_weights, committed.intent_bias),
                hard_weight=args.hard_weight,
                hard_quantile=args.hard_quantile,
                weight_classes=args.weight_classes,
            )
            judgement.use_detector(model)
            try:
                report = measure(offline.classify, embedder, "offline", [evalset], settings.max_comment_chars)[-1]
            finally:
                judgement.use_detector(None)
            after[evalset.name] = row(report)
            print(f"== {evalset.name} left out ==")
            print(format_rows({evalset.name: after[evalset.name]}), flush=True)
    print("\n== risk classes learning from the other writers, each writer left out ==")
    print(format_rows({**after, "mean": means(after)}))
    if before:
        print("\n== committed detector (risk from no spent writer) ==")
        print(format_rows({**before, "mean": means(before)}))
    return 0


def detector_only(
    args: argparse.Namespace, embedder: MemoEmbedder, committed: judgement.SemanticDetector, risk_sets: list[str]
) -> int:
    """Each writer left out: the committed detector's own share beside the refitted one's (:func:`detector_row`)."""
    before: dict[str, dict[str, float]] = {}
    after: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as folder:
        for name in args.sets:
            comments = load_comments(spent_set(name), split="blind")
            before[name] = detector_row(committed, embedder, comments)
            training = [other for other in risk_sets if other != name]
            samples = [*prototypes(), *dev_samples((), training, args.calibrate_spent, args.classes)]
            model = build(
                embedder,
                samples,
                out=Path(folder) / f"{name}.npz",
                intent=(committed.intent_weights, committed.intent_bias),
                refit_all=False,
                hard_weight=args.hard_weight,
                hard_quantile=args.hard_quantile,
                weight_classes=args.weight_classes,
            )
            after[name] = detector_row(model, embedder, comments)
            print(f"== {name} left out: committed, then refitted ==")
            print(format_rows({"committed": before[name], "refitted": after[name]}), flush=True)
    print("\n== the detector's own share, each writer left out: committed (risk from no spent writer) ==")
    print(format_rows({**before, "mean": means(before)}))
    print("\n== refitted: risk and opt-out learning from the other writers ==")
    print(format_rows({**after, "mean": means(after)}))
    return 0


def intent_accuracy(intent: tuple[np.ndarray, np.ndarray], vectors: np.ndarray, labels: Sequence[str]) -> float:
    """The share of comments whose intent model's first choice is their label (no rules)."""
    weights, bias = intent
    predicted = np.array(INTENTS)[np.argmax(vectors @ weights.T + bias, axis=1)]
    return float((predicted == np.asarray(labels)).mean()) if len(labels) else float("nan")


def off_topic_confusion(
    intent: tuple[np.ndarray, np.ndarray], vectors: np.ndarray, labels: Sequence[str]
) -> tuple[float, float]:
    """The share of off-topic comments the model's first choice reads as a question, and of questions as off topic."""
    weights, bias = intent
    predicted = np.array(INTENTS)[np.argmax(vectors @ weights.T + bias, axis=1)]
    truth = np.asarray(labels)
    off, asked = truth == "off_topic", truth == "question"
    return (
        float((predicted[off] == "question").mean()) if off.any() else 0.0,
        float((predicted[asked] == "off_topic").mean()) if asked.any() else 0.0,
    )


def intent_samples(spent: Sequence[str]) -> list[Sample]:
    """The intent model's training samples as ``make judgement-model`` gathers them, from the spent sets ``spent``."""
    return [*intent_phrases(), *(s for s in dev_samples(spent, ()) if s.intent is not None)]


def intent_only(args: argparse.Namespace, embedder: MemoEmbedder) -> int:
    """Each writer left out: the intent model on the committed recipe's writers beside the one on the other writers."""
    from bot.config import load_settings
    from bot.signals.offline import OfflineClassifier

    weight = None if args.intent_weight == "none" else args.intent_weight
    frozen = tuple(sorted(weight.items())) if isinstance(weight, dict) else weight  # a dict is no cache key
    wider = list(args.intent_sets if args.intent_sets is not None else WRITERS)
    committed = judgement.detector()
    rows: dict[str, dict[str, float]] = {}
    settings = load_settings()
    offline = OfflineClassifier(embedder)
    cache: dict[tuple[tuple[str, ...], float, object], tuple[np.ndarray, np.ndarray]] = {}
    for name in args.sets:
        comments = [c for c in load_comments(spent_set(name), split="blind") if c.text.strip()]
        vectors = np.asarray(embedder.embed_queries([c.text for c in comments]), dtype=np.float32)
        labels = [c.intent for c in comments]
        fits = {}
        for column, training in (
            ("recipe", tuple(other for other in args.recipe_sets if other != name)),
            ("wider", tuple(other for other in wider if other != name)),
        ):
            c, weight_of = (args.intent_c, weight) if column == "wider" else (INTENT_C, INTENT_CLASS_WEIGHT)
            key = (training, c, frozen if column == "wider" else INTENT_CLASS_WEIGHT)
            if key not in cache:  # the recipe's fit for a writer it never learnt from is the same for each of them
                samples = intent_samples(training)
                x = np.asarray(embedder.embed_queries([s.text for s in samples]), dtype=np.float32)
                cache[key] = fit_intent(x, np.array([s.intent for s in samples]), c, weight_of)
            fits[column] = cache[key]
        rows[name] = {column: intent_accuracy(fit, vectors, labels) for column, fit in fits.items()}
        for column, fit in fits.items():  # the writers' rule: off topic read as a question, and the other way
            rows[name][f"{column}_oq"], rows[name][f"{column}_qo"] = off_topic_confusion(fit, vectors, labels)
        if args.pipeline:
            (evalset,), _ = checked_sets([name])
            for column, (weights, bias) in fits.items():
                judgement.use_detector(replace_intent(committed, weights, bias))
                try:
                    report = measure(offline.classify, embedder, "offline", [evalset], settings.max_comment_chars)[-1]
                finally:
                    judgement.use_detector(None)
                rows[name][f"{column}_run"] = report.intent_accuracy
                rows[name][f"{column}_prec"] = report.precision
                rows[name][f"{column}_rec"] = report.recall
                rows[name][f"{column}_hard"] = report.hard_escalated / report.hard_total if report.hard_total else 0.0
                rows[name][f"{column}_risky"] = float(report.risky_drafted)
                rows[name][f"{column}_riskrec"] = report.risk_recall
                rows[name][f"{column}_optdr"] = float(report.opt_out_drafted)
                off, asked = report.confusion["off_topic"], report.confusion["question"]
                rows[name][f"{column}_r_oq"] = off["question"] / max(1, sum(off.values()))
                rows[name][f"{column}_r_qo"] = asked["off_topic"] / max(1, sum(asked.values()))
        print(format_rows({name: rows[name]}), flush=True)
    print("\n== intent, each writer left out: the committed recipe's writers (recipe) beside every other (wider) ==")
    print(format_rows({**rows, "mean": means(rows)}))
    return 0


def replace_intent(
    model: judgement.SemanticDetector, weights: np.ndarray, bias: np.ndarray
) -> judgement.SemanticDetector:
    """The committed detector with another intent layer."""
    import dataclasses

    return dataclasses.replace(model, intent_weights=weights, intent_bias=bias)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
