"""The opt-out class fitted on more writers' labels: what it recognises on writers it never read, by language, and
what it costs on their other comments (issue 18).

Each column is a detector whose risk classes and intent model are the committed ones and whose opt-out class is
fitted as ``make judgement-model`` fits it (:func:`eval.judgement_train.refit_opt_out`) on the recipe's dev data and:

- ``dev``: no spent set (the recipe's opt-out class refitted on today's data);
- ``train``: the ``--train`` sets (their hold-out third calibrates, as :data:`eval.judgement_train.CALIBRATE_SPENT`);
- ``lowo`` (``--lowo``): those and every other measured writer, the measured one left wholly out.

``committed`` is the committed detector. A measured writer is never in ``--train``. Each measured set is read by the
detector and its second opinions (:func:`bot.signals.judgement.text_verdicts`: prototypes confirming the grey band,
comma clauses), no rules, thread or pipeline: the opt-outs it recognises (flagged) by language, how many of them the
detector alone flags (``alone``: whole comment or a clause at the flag threshold), and among the other comments those
recognised (false opt-outs; of them labelled should-draft, hard) and those left in its opt-out grey band (escalated).
``--folds SET`` (a ``--train`` set) reads SET itself three times, each third of its threads (the hash of
:func:`eval.dataset.held_out_thread`) left out of training in turn, so each of its comments is read by a detector that
never learnt from its thread::

    python -m eval.optout_fit --train judgement-w --sets judgement-b judgement-c [--folds judgement-w] [--lowo]
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, fields
from functools import cache
from pathlib import Path

from bot.signals import judgement
from bot.signals.combine import OPT_OUT_DOUBT
from eval.dataset import HOLDOUT_SHARE, EvalComment, load_comments
from eval.judgement_train import CALIBRATE_SPENT, Sample, dev_samples, prototypes, refit_opt_out, spent_set
from eval.memory import MemoEmbedder, cached_local_embedder

LANGUAGES = ("fi", "sv", "en")


@dataclass(frozen=True)
class Reading:
    """One detector's opt-out reading of one set's comments."""

    recognised: dict[str, tuple[int, int]]  # language (and "all") -> (recognised, labelled opt-outs)
    alone: int  # labelled opt-outs the detector alone flags
    low: int  # labelled opt-outs neither recognised, in the grey band nor a doubt (only a rule or a risk keeps them)
    false: int  # other comments recognised as opt-outs
    false_draft: int  # of them labelled should-draft
    false_hard: int  # of them labelled hard negatives
    grey: int  # other comments left in the opt-out grey band
    others: int
    doubt: int = 0  # other comments in the opt-out doubt band (never drafted, at most digested)
    doubt_draft: int = 0  # of them labelled should-draft
    near: int = 0  # comments marked near-misses (``# nm``: the words of contact without refusing it)
    near_false: int = 0  # of them recognised as opt-outs
    near_grey: int = 0  # of them left in the opt-out grey band


def read(model: judgement.SemanticDetector, embedder: MemoEmbedder, comments: Sequence[EvalComment]) -> Reading:
    """``model``'s opt-out reading of ``comments`` (:func:`judgement.text_verdicts`, the detector alone beside it)."""
    live = [c for c in comments if c.text.strip()]
    judgement.use_detector(model)
    try:
        verdicts = judgement.text_verdicts(embedder, [c.text for c in live])
    finally:
        judgement.use_detector(None)
    column = model.classes.index("opt_out")
    flagged = [float(v.scores["opt_out"]) >= float(model.flag_at[column]) for v in verdicts]
    found = ["opt_out" in v.flags for v in verdicts]
    grey = ["opt_out" in v.uncertain for v in verdicts]
    doubt = [
        not f and not g and not v.asks_contact and not v.wishes_contact and float(v.scores["opt_out"]) >= OPT_OUT_DOUBT
        for f, g, v in zip(found, grey, verdicts, strict=True)
    ]
    recognised = {}
    for language in (*LANGUAGES, "all"):
        mine = [i for i, c in enumerate(live) if c.opt_out and language in (c.language, "all")]
        recognised[language] = (sum(found[i] for i in mine), len(mine))
    other = [i for i, c in enumerate(live) if not c.opt_out]
    wrong = [i for i in other if found[i]]
    near = [i for i in other if near_miss(live[i])]
    return Reading(
        recognised=recognised,
        alone=sum(flagged[i] for i, c in enumerate(live) if c.opt_out),
        low=sum(not (found[i] or grey[i] or doubt[i]) for i, c in enumerate(live) if c.opt_out),
        false=len(wrong),
        false_draft=sum(live[i].should_draft for i in wrong),
        false_hard=sum(live[i].hard for i in wrong),
        grey=sum(grey[i] for i in other),
        others=len(other),
        doubt=sum(doubt[i] for i in other),
        doubt_draft=sum(doubt[i] and live[i].should_draft for i in other),
        near=len(near),
        near_false=sum(found[i] for i in near),
        near_grey=sum(grey[i] for i in near),
    )


_NEAR_MISS = re.compile(r"\]\s*#\s*nm\s*$")


def near_miss(comment: EvalComment) -> bool:
    """Whether the comment's row is marked a near-miss by its writer: a trailing ``# nm`` YAML comment on the row's
    line (judgement-w's convention; YAML drops it, so it is read from the line the loader names)."""
    path, _, number = comment.source.rpartition(":")
    if not path or not number.isdigit():
        return False
    return bool(_NEAR_MISS.search(_lines(path)[int(number) - 1]))


@cache
def _lines(path: str) -> list[str]:
    return Path(path).read_text("utf-8").splitlines()


def line(name: str, column: str, reading: Reading) -> str:
    found, total = reading.recognised["all"]
    by_language = " ".join(
        f"{language} {reading.recognised[language][0]:3}/{reading.recognised[language][1]:<3}" for language in LANGUAGES
    )
    near = (
        f" | near-misses {reading.near}: recognised {reading.near_false}, grey {reading.near_grey}"
        if reading.near
        else ""
    )
    return (
        f"{name:14} {column:9} opt-outs {found:3}/{total:<3} ({found / total if total else 1.0:.3f}) {by_language} "
        f"alone {reading.alone:3} low {reading.low:2} | others {reading.others:4}: recognised {reading.false:2} "
        f"(should-draft {reading.false_draft}, hard {reading.false_hard}), grey {reading.grey:3}, "
        f"doubt {reading.doubt:3} (should-draft {reading.doubt_draft}){near}"
    )


def total(readings: Sequence[Reading]) -> Reading:
    recognised = {
        key: (sum(r.recognised[key][0] for r in readings), sum(r.recognised[key][1] for r in readings))
        for key in (*LANGUAGES, "all")
    }
    counts = {f.name: sum(getattr(r, f.name) for r in readings) for f in fields(Reading) if f.name != "recognised"}
    return Reading(recognised=recognised, **counts)


def fold_of(name: str, thread_id: str) -> int:
    """The third of ``name``'s threads a thread is in (0 is :func:`eval.dataset.held_out_thread`'s hold-out)."""
    return int(hashlib.sha256(f"{name}:{thread_id}".encode()).hexdigest()[:8], 16) % HOLDOUT_SHARE


def fitted(embedder: MemoEmbedder, samples: Sequence[Sample]) -> judgement.SemanticDetector:
    return refit_opt_out(embedder, [*prototypes(), *samples], judgement.detector())


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.optout_fit", description=__doc__.split("\n\n")[0])
    parser.add_argument("--train", nargs="*", default=[], help="spent judgement sets the opt-out class learns from")
    parser.add_argument("--sets", nargs="*", default=[], help="spent judgement sets read (never in --train)")
    parser.add_argument("--folds", nargs="*", default=[], help="--train sets read by thirds, each third left out")
    parser.add_argument("--lowo", action="store_true", help="also learn from the other measured writers")
    parser.add_argument(
        "--no-calibrate",
        dest="calibrate",
        action="store_false",
        help="the --train sets' hold-out thirds neither calibrate nor train (default: as CALIBRATE_SPENT)",
    )
    args = parser.parse_args(argv)
    overlap = set(args.train) & set(args.sets)
    if overlap or not set(args.folds) <= set(args.train):
        print(f"a measured set is in --train ({', '.join(sorted(overlap))}) or a --folds set is not in --train")
        return 2
    embedder = MemoEmbedder(cached_local_embedder())
    models = {"committed": judgement.detector(), "dev": fitted(embedder, dev_samples((), ()))}
    calibrate = CALIBRATE_SPENT and args.calibrate
    base = dev_samples((), (), calibrate, opt_out_spent=args.train)
    if args.train:
        models["train"] = fitted(embedder, base)
    rows: dict[str, list[Reading]] = {}
    for name in args.sets:
        comments = load_comments(spent_set(name), split="blind")
        columns = dict(models)
        if args.lowo:
            others = [other for other in args.sets if other != name]
            columns["lowo"] = fitted(embedder, dev_samples((), (), calibrate, opt_out_spent=[*args.train, *others]))
        for column, model in columns.items():
            reading = read(model, embedder, comments)
            rows.setdefault(column, []).append(reading)
            print(line(name, column, reading), flush=True)
    for name in args.folds:
        comments = load_comments(spent_set(name), split="blind")
        for column in ("committed", "dev", "train"):
            parts = []
            for fold in range(HOLDOUT_SHARE):
                mine = [c for c in comments if fold_of(name, c.thread_id) == fold]
                if column == "train":
                    kept = [s for s in base if not _in_fold(s, name, fold)]
                    parts.append(read(fitted(embedder, kept), embedder, mine))
                else:
                    parts.append(read(models[column], embedder, mine))
            print(line(f"{name} (thirds)", column, total(parts)), flush=True)
    if rows:
        print("== every measured set ==")
        for column, readings in rows.items():
            print(line("all", column, total(readings)))
    return 0


def _in_fold(sample: Sample, name: str, fold: int) -> bool:
    source, _, thread_id = sample.group.partition(":")
    return source == name and fold_of(name, thread_id) == fold


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
