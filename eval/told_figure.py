"""The act of each clause beside the detector's money reading, on spent judgement sets (session 34, issue #18).

``python -m eval.told_figure --set judgement-c,judgement-e`` reads every comment of each set alone (the detector's
verdict and the rules, no thread) and, for the comments whose own risk includes money (``legal_or_financial_advice``)
and that both tell and ask (of their clauses, :func:`bot.signals.judgement.sure_parts`, some read by rules'
``question`` and some not), weighs the clauses that tell: the lowest figure margin among them
(:func:`bot.signals.figurative.figure_margins`: nearer a figure of speech than a harm told as it happened, 0 or more)
beside the learnt figure score of the whole comment (:mod:`bot.signals.figure_model`). It prints per set how many
comments a test "every told clause a figure and the learnt score at least ``--learned``" would meet, by label (hard
negative, each risky class, should-draft, other); ``--texts`` lists them too (that reads the set's items: only for
sets you study). Fresh sets are never opened: only the names in ``eval.thread_fit.SPENT`` and dev.

Session 34 measured it as a product rule (a money-only question meeting it became a doubt, not an escalation) and did
not keep it: it met no risky comment of the three sets studied and lost one money comment on a set not studied
(CHANGELOG).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from bot.ports import Embedder
from bot.signals import figurative, figure_model, rules
from bot.signals.judgement import detector, detector_text, detector_vectors, sure_parts, text_verdicts
from eval.dataset import EvalComment, load_comments
from eval.thread_fit import SPENT

MONEY = "legal_or_financial_advice"


def told_figures(embedder: Embedder, texts: Sequence[str]) -> list[float | None]:
    """Per text that both tells and asks: the lowest figure margin among the clauses that tell; None for a text that
    only tells, only asks or is one clause."""
    told: list[tuple[int, str]] = []
    for index, text in enumerate(texts):
        clauses = sure_parts(detector_text(text))
        asking = [rules.is_question(clause) for clause in clauses]
        if any(asking) and not all(asking):
            told.extend((index, clause) for clause, asks in zip(clauses, asking, strict=True) if not asks)
    out: list[float | None] = [None] * len(texts)
    if not told:
        return out
    margins = figurative.figure_margins(
        partial(detector_vectors, embedder), [clause for _, clause in told], detector().embedder_name
    )
    for (index, _), margin in zip(told, margins, strict=True):
        found = out[index]
        out[index] = margin if found is None else min(found, margin)
    return out


@dataclass(frozen=True)
class Reading:
    comment: EvalComment
    told: float
    learned: float


def label(comment: EvalComment) -> str:
    if comment.hard:
        return "hard negative"
    if comment.risk:
        return "risky " + "+".join(comment.risk)
    return "should-draft" if comment.should_draft else "other"


def readings(embedder: Embedder, comments: Sequence[EvalComment]) -> list[Reading]:
    """The comments whose own risk includes money and that tell and ask, with their told clauses' lowest figure
    margin and the learnt figure score."""
    verdicts = text_verdicts(embedder, [c.text for c in comments])
    money = [
        c
        for c, v in zip(comments, verdicts, strict=True)
        if MONEY in {*v.flags, *v.uncertain, *rules.risk_flags(c.text, c.language)}
    ]
    told = told_figures(embedder, [c.text for c in money])
    kept = [(c, t) for c, t in zip(money, told, strict=True) if t is not None]
    learned = figure_model.scores(
        partial(detector_vectors, embedder), [detector_text(c.text) for c, _ in kept], detector().embedder_name
    )
    return [
        Reading(c, t, float(s) if s is not None else float("-inf"))
        for (c, t), s in zip(kept, learned or [None] * len(kept), strict=True)
    ]


def main(argv: Sequence[str] | None = None) -> int:
    from eval.memory import MemoEmbedder, cached_local_embedder

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", dest="sets", required=True, help="dev or spent judgement sets, comma-separated")
    parser.add_argument("--learned", type=float, default=0.0, help="the learnt figure score the test asks at least")
    parser.add_argument("--texts", action="store_true", help="list the comments met (reads the sets' items)")
    args = parser.parse_args(argv)
    names = [n for n in args.sets.split(",") if n]
    unknown = [n for n in names if n != "dev" and n not in SPENT]
    if unknown:
        raise SystemExit(f"not dev or a spent judgement set of eval.thread_fit.SPENT: {', '.join(unknown)}")
    embedder = MemoEmbedder(cached_local_embedder())
    for name in names:
        path = Path("eval/data") if name == "dev" else Path("eval/blind") / name
        found = readings(embedder, [c for c in load_comments(path) if c.text.strip()])
        met = [r for r in found if r.told >= 0.0 and r.learned >= args.learned and rules.is_question(r.comment.text)]
        counts = Counter(label(r.comment) for r in met)
        shown = ", ".join(f"{kind} {n}" for kind, n in counts.most_common()) or "none"
        print(f"{name}: money read, tells and asks {len(found)}; met {len(met)}: {shown}")
        if args.texts:
            for r in met:
                print(f"    {label(r.comment)}  told {r.told:+.3f}  learnt {r.learned:+.2f}  {r.comment.text!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
