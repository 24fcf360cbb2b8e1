"""Opt-outs not recognised, by which signal missed them, and what lowering the detector's bar would cost.

Issue 18's opt-out bar (recognised >= 0.95, none drafted) measured per set through ``eval.run``'s own pipeline
(:func:`eval.run.prepare`, at the product's thresholds), then each labelled opt-out that is not recognised
(``Signals.opt_out`` false) is put in one band by the detector's own reading of it
(:func:`bot.signals.judgement.text_verdicts`: the highest opt-out probability of the comment and its clauses):

- ``grey``: in the detector's opt-out grey band, not confirmed by the prototypes (escalated: a person decides);
- ``doubt``: under the grey band but at ``combine.OPT_OUT_DOUBT`` or more (never drafted, at most digested);
- ``low``: under that (only a risk signal or the scorer keeps it from a draft);

with its action (draft, escalate, digest, ignore), whether the rules' ``stop_contact`` words hit it, its label's
risk, intent, language and sarcasm (the grouping is the reader's). ``--cost`` prints, for the comments not labelled
opt-out, how many sit in each band and how many of those the pipeline drafts or their label wants drafted: what
recognising a band as opt-out (or escalating it) would cost. Only dev and spent sets (never a fresh one)::

    python -m eval.optout_misses --set judgement-b,judgement-c [--cost]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from bot.signals import judgement, rules
from bot.signals.combine import OPT_OUT_DOUBT
from eval.dataset import load_brands
from eval.memory import MemoEmbedder, cached_local_embedder
from eval.run import Prepared, _score, checked_sets, prepare, product_calibration, set_comments

BANDS = ("flag", "grey", "doubt", "low")


@dataclass(frozen=True)
class Row:
    """One comment's opt-out reading: the pipeline's verdict, the detector's band and score, and its labels."""

    set_name: str
    prepared: Prepared
    action: str
    band: str
    score: float


def band_of(score: float, grey_at: float, flag_at: float) -> str:
    """The detector's opt-out band for ``score`` (``flag``, ``grey``, ``doubt`` or ``low``)."""
    if score >= flag_at:
        return "flag"
    if score >= grey_at:
        return "grey"
    if score >= OPT_OUT_DOUBT:
        return "doubt"
    return "low"


def read_set(name: str, rows: Sequence[Prepared], cal: object, embedder: MemoEmbedder) -> list[Row]:
    """Every comment of one set with its action and the detector's own opt-out band."""
    model = judgement.detector()
    column = model.classes.index("opt_out")
    grey_at, flag_at = float(model.grey_at[column]), float(model.flag_at[column])
    live = [p for p in rows if not p.signals.skip]
    verdicts = judgement.text_verdicts(embedder, [p.comment.text for p in live])
    out = []
    for p, verdict in zip(live, verdicts, strict=True):
        score = float(verdict.scores.get("opt_out", 0.0))
        band = "flag" if "opt_out" in verdict.flags else band_of(score, grey_at, flag_at)
        out.append(Row(name, p, _score(p, cal)[1], band, score))  # type: ignore[arg-type]
    return out


def miss_line(row: Row) -> str:
    """One unrecognised opt-out: band, score, action, labels and text."""
    c = row.prepared.comment
    stop = "stop" if rules.match("stop_contact", c.text) is not None else "-"
    labels = f"{c.language} {c.intent} risk={','.join(c.risk) or '-'}{' sarcasm' if c.sarcasm else ''}"
    return f"{row.set_name:12} {row.band:5} {row.score:.2f} {row.action:8} {stop:4} {labels} | {c.text[:170]!r}"


def summary(name: str, rows: Sequence[Row]) -> str:
    """Recognised, escalated and drafted opt-outs of one set, and its misses by band."""
    opt = [r for r in rows if r.prepared.comment.opt_out]
    found = sum(r.prepared.signals.opt_out for r in opt)
    missed = Counter(r.band for r in opt if not r.prepared.signals.opt_out)
    drafted = sum(r.action == "draft" for r in opt)
    escalated = sum(r.action == "escalate" and not r.prepared.signals.opt_out for r in opt)
    bands = " ".join(f"{b}={missed.get(b, 0)}" for b in BANDS)
    ratio = found / len(opt) if opt else 1.0
    return (
        f"{name:12} recognised {found:3}/{len(opt):3} ({ratio:.3f}) escalated {escalated:2} drafted {drafted} | {bands}"
    )


def cost_lines(rows: Sequence[Row]) -> list[str]:
    """For the comments not labelled opt-out and not recognised: per band, how many, how many drafted, how many
    labelled should-draft, how many labelled hard negatives."""
    other = [r for r in rows if not r.prepared.comment.opt_out and not r.prepared.signals.opt_out]
    wrong = [r for r in rows if not r.prepared.comment.opt_out and r.prepared.signals.opt_out]
    lines = [
        f"  recognised as opt-out though not labelled so: {len(wrong)} "
        f"(should-draft {sum(r.prepared.comment.should_draft for r in wrong)}, "
        f"hard {sum(r.prepared.comment.hard for r in wrong)})"
    ]
    for band in BANDS:
        mine = [r for r in other if r.band == band]
        lines.append(
            f"  {band:5} {len(mine):4} comments: drafted {sum(r.action == 'draft' for r in mine):3}, "
            f"escalated {sum(r.action == 'escalate' for r in mine):3}, "
            f"should-draft {sum(r.prepared.comment.should_draft for r in mine):3}, "
            f"hard {sum(r.prepared.comment.hard for r in mine):3}"
        )
    return lines


def low_cost(rows: Sequence[Row], bars: Sequence[float]) -> list[str]:
    """What escalating every comment at each of ``bars`` or more (under the doubt) would catch and cost."""
    lines = []
    for bar in bars:
        opt = [r for r in rows if r.prepared.comment.opt_out and not r.prepared.signals.opt_out and r.score >= bar]
        other = [r for r in rows if not r.prepared.comment.opt_out and not r.prepared.signals.opt_out]
        new = [r for r in other if r.score >= bar and r.action != "escalate"]
        lines.append(
            f"  opt_out >= {bar:.2f} escalated: opt-outs not recognised now at or over it {len(opt)}; other comments "
            f"newly escalated {len(new)} (drafted now {sum(r.action == 'draft' for r in new)}, "
            f"should-draft {sum(r.prepared.comment.should_draft for r in new)})"
        )
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    from bot.config import load_settings
    from bot.signals.offline import OfflineClassifier

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", dest="sets", required=True, help="dev or spent sets, comma-separated")
    parser.add_argument("--cost", action="store_true", help="what lowering the detector's bar would cost")
    args = parser.parse_args(argv)
    names = [n.strip() for n in args.sets.split(",") if n.strip()]
    sets, errors = checked_sets(names)
    fresh = [s.name for s in sets if s.state == "fresh"]
    if errors or fresh:
        print("\n".join([*errors, *(f"{n}: fresh, never read here" for n in fresh)]))
        return 2
    settings = load_settings()
    embedder = MemoEmbedder(cached_local_embedder())
    classify = OfflineClassifier(embedder).classify
    cal = product_calibration()
    every: list[Row] = []
    for evalset in sets:
        prepared = prepare(
            set_comments(evalset), load_brands(evalset.path), embedder, classify, settings.max_comment_chars
        )
        rows = read_set(evalset.name, prepared, cal, embedder)
        every.extend(rows)
        print(summary(evalset.name, rows), flush=True)
    print("== opt-outs not recognised or drafted: set band score action stop_contact labels | text ==")
    for row in every:
        c = row.prepared.comment
        if c.opt_out and (not row.prepared.signals.opt_out or row.action == "draft"):
            print(miss_line(row))
    if args.cost:
        print("== comments not labelled opt-out, by the detector's opt-out band ==")
        print("\n".join(cost_lines(every)))
        print("\n".join(low_cost(every, (0.2, 0.3, OPT_OUT_DOUBT))))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
