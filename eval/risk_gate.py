"""Risky comments drafted or missed across the spent judgement writers, by mechanism, and a draft gate on the
detector's own probabilities chosen leaving each writer out (session 30, issue 18).

``python -m eval.risk_gate --kinds`` reads each spent set's cached judgement (:mod:`eval.thread_fit`'s cache; the same
figures as ``eval.run --set NAME``) and sorts every risky comment drafted and every risky comment missed (neither
flagged nor escalated) by what let it through:

* ``figure``: its own risk was read and then set aside as a figure of speech (combine's ``figurative`` evidence);
* ``combine``: set aside otherwise: a rule's figurative word the detector finds harmless, a thing's death, a plain
  question about the brand's own terms (combine's ``figurative`` / ``ordinary`` evidence);
* ``thread``: the comment's thread title reaches the labelled class's grey band, or a third of its siblings carry it on
  their own, yet nothing passed on;
* ``near``: the detector's probability of a labelled class is at least half its grey band's start (under it);
* ``gap``: none of these: no rule, the detector far from the class (a rule gap or the detector's blind spot).

``python -m eval.risk_gate --lowo`` simulates a draft gate (the cost asymmetry at the draft, not built into the
product: session 30 measured it and did not keep it, CHANGELOG): a comment that would be drafted whose whole-comment
probability of a class (``--clauses``: its clauses' too, as the injury doubt reads them) reaches a share of that class's
grey band's start is not drafted (a doubt: at most digested). Only would-be drafts change, so the simulation is exact
for them (the thresholds are kept). The shares (per class, or ``--single``: one for every risk class) are fitted on
the other writers (risky and opt-outs drafted weighed ``--weight`` times a should-draft comment lost) and measured on
the left-out one. Fresh sets are never opened: only thread_fit's SPENT names.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from bot.signals.judgement import detector
from eval.run import Calibration, Prepared, _score, product_calibration
from eval.thread_fit import SPENT, load, rows

# The detector's classes (competitor_thread is the rules' alone), opt_out among them (issue 18's opt-outs drafted).
GUARD_CLASSES: tuple[str, ...] = detector().classes


@dataclass
class Row:
    name: str
    prepared: Prepared
    action: str
    ratios: np.ndarray  # per GUARD_CLASSES: whole-comment probability / grey band's start
    figure: str  # "figure": its own risk set aside as a figure of speech; "combine": as a rule's figurative word the
    # detector finds harmless, a thing's death or a question about the brand's own terms; else ""
    head_near: tuple[str, ...]  # labelled classes the thread's title reaches the grey band of
    sibling_share: dict[str, float]


def clause_ratios(drafted: Sequence[Row]) -> None:
    """For rows drafted: each class's highest probability of the whole comment and of its clauses
    (judgement.sure_parts, as the injury doubt reads them) over its grey band's start, in place of the whole's."""
    from bot.signals.judgement import detector_text, detector_vectors, sure_parts
    from eval.memory import MemoEmbedder, cached_local_embedder

    model = detector()
    columns = [model.classes.index(c) for c in GUARD_CLASSES]
    grey = np.asarray(model.grey_at)[columns]
    embedder = MemoEmbedder(cached_local_embedder())
    pieces = [(k, part) for k, r in enumerate(drafted) for part in sure_parts(detector_text(r.prepared.comment.text))]
    if not pieces:
        return
    probabilities = model.probabilities(detector_vectors(embedder, [part for _, part in pieces]))
    for (k, _), row in zip(pieces, probabilities, strict=True):
        drafted[k].ratios = np.maximum(drafted[k].ratios, np.asarray(row)[columns] / grey)


def collect(names: Sequence[str], cal: Calibration | None = None) -> list[Row]:
    model = detector()
    columns = [model.classes.index(c) for c in GUARD_CLASSES]
    grey = np.asarray(model.grey_at)[columns]
    cal = cal or product_calibration()
    out: list[Row] = []
    for name in names:
        brands = load(name)
        prepared = rows(brands)
        by_id = {}
        for b in brands:
            own_by_thread: dict[str, list[tuple[str, ...]]] = {}
            for i, c in enumerate(b.comments):
                v = b.verdicts[i]
                flags = tuple(v.flags) + tuple(v.uncertain) if v is not None else ()
                own_by_thread.setdefault(c.thread_id, []).append(tuple(b.own[i].risk) + flags)
            for i, c in enumerate(b.comments):
                v = b.verdicts[i]
                scores = (
                    np.array([v.scores.get(f, 0.0) for f in GUARD_CLASSES])
                    if v is not None
                    else np.zeros(len(GUARD_CLASSES))
                )
                head = b.heads.get(c.thread_id)
                hv = head[1] if head else None
                head_near = tuple(f for f in c.risk if hv is not None and (f in hv.flags or f in hv.uncertain))
                siblings = own_by_thread.get(c.thread_id, [])
                share = {f: sum(f in s for s in siblings) / len(siblings) for f in c.risk} if siblings else {}
                by_id[c.id] = (scores / grey, head_near, share)
        for p in prepared:
            ratios, head_near, share = by_id[p.comment.id]
            ev = p.signals.evidence
            out.append(
                Row(
                    name=name,
                    prepared=p,
                    action=_score(p, cal)[1],
                    ratios=ratios,
                    figure="figure"
                    if "figure of speech" in ev.get("figurative", "")
                    else "combine"
                    if "figurative" in ev or "ordinary" in ev
                    else "",
                    head_near=head_near,
                    sibling_share=share,
                )
            )
    return out


def caught(r: Row) -> bool:
    return bool(r.prepared.signals.risk) or r.action == "escalate"


def mechanism(r: Row) -> str:
    c = r.prepared.comment
    if r.figure:
        return r.figure
    if r.head_near or any(v >= 1 / 3 for v in r.sibling_share.values()):
        return "thread"
    labelled = [GUARD_CLASSES.index(f) for f in c.risk if f in GUARD_CLASSES]
    if labelled and max(r.ratios[i] for i in labelled) >= 0.5:
        return "near"
    return "gap"


def kinds(all_rows: Sequence[Row], show: bool) -> None:
    table: dict[str, Counter[str]] = {}
    classes: Counter[tuple[str, str, str]] = Counter()
    for r in all_rows:
        c = r.prepared.comment
        if not c.risk:
            continue
        if r.action == "draft":
            what = "drafted"
        elif not caught(r):
            what = "missed"
        else:
            continue
        kind = mechanism(r)
        table.setdefault(r.name, Counter())[f"{what}:{kind}"] += 1
        for f in c.risk:
            classes[(what, kind, f)] += 1
        if show:
            top = GUARD_CLASSES[int(np.argmax(r.ratios))]
            print(
                f"{r.name[-1]} {what:7} {kind:6} [{','.join(c.risk)}] {r.action:8} max {top} "
                f"{float(r.ratios.max()):.2f} intent={r.prepared.signals.intent} | {c.text[:150]!r}"
            )
    optouts = [r for r in all_rows if r.prepared.comment.opt_out]
    for r in optouts:
        sig = r.prepared.signals
        if r.action == "draft" or (not sig.opt_out and r.action != "escalate"):
            what = "drafted" if r.action == "draft" else "missed"
            opt = float(r.ratios[GUARD_CLASSES.index("opt_out")])
            print(f"{r.name[-1]} opt-out {what} {r.action:8} opt_out {opt:.2f} | {r.prepared.comment.text[:150]!r}")
    print(
        f"opt-outs drafted {sum(r.action == 'draft' for r in optouts)} of {len(optouts)}, found "
        f"{sum(r.prepared.signals.opt_out for r in optouts)}"
    )
    keys = [f"{w}:{k}" for w in ("drafted", "missed") for k in ("figure", "combine", "thread", "near", "gap")]
    print("writer " + " ".join(f"{k:>15}" for k in keys))
    total: Counter[str] = Counter()
    for name, counts in table.items():
        total.update(counts)
        print(f"{name[-1]:6} " + " ".join(f"{counts[k]:15}" for k in keys))
    print("all    " + " ".join(f"{total[k]:15}" for k in keys))
    print("by class (what, mechanism, class): count")
    for (what, kind, f), n in sorted(classes.items()):
        print(f"  {what:7} {kind:6} {f:26} {n}")


def guarded(r: Row, shares: np.ndarray) -> bool:
    """The gate stops this would-be draft: some class's probability reaches its share of the grey band's start."""
    return r.action == "draft" and bool((r.ratios >= shares).any())


def totals(rs: Sequence[Row], shares: np.ndarray) -> dict[str, int]:
    out = dict.fromkeys(("risky", "sd_lost", "fp_saved", "hard", "optout"), 0)
    for r in rs:
        if not guarded(r, shares):
            continue
        c = r.prepared.comment
        out["risky"] += bool(c.risk)
        out["sd_lost"] += c.should_draft
        out["fp_saved"] += not c.should_draft
        out["hard"] += c.hard
        out["optout"] += c.opt_out
    return out


LEVELS = (np.inf, *np.round(np.arange(0.95, 0.24, -0.05), 2))


SINGLE = False  # --single: one share for every class but opt_out (fewer knobs to fit)


def fit(rs: Sequence[Row], weight: float, rounds: int = 3) -> np.ndarray:
    """Per class the share (coordinate descent over LEVELS) maximising weight x (risky and opt-outs stopped) -
    should-draft lost; with SINGLE one share for the risk classes and one for opt_out."""
    drafted = [r for r in rs if r.action == "draft"]
    shares = np.full(len(GUARD_CLASSES), np.inf)

    def gain(s: np.ndarray) -> float:
        t = totals(drafted, s)
        return weight * (t["risky"] + t["optout"]) - t["sd_lost"]

    if SINGLE:
        risk = np.array([c != "opt_out" for c in GUARD_CLASSES])
        for mask in (risk, ~risk):
            best, best_gain = np.inf, gain(shares)
            for level in LEVELS:
                trial = shares.copy()
                trial[mask] = level
                if (g := gain(trial)) > best_gain + 1e-9:
                    best, best_gain = level, g
            shares[mask] = best
        return shares

    for _ in range(rounds):
        for k in range(len(GUARD_CLASSES)):
            best, best_gain = shares[k], gain(shares)
            for level in LEVELS:
                trial = shares.copy()
                trial[k] = level
                g = gain(trial)
                if g > best_gain + 1e-9:
                    best, best_gain = level, g
            shares[k] = best
    return shares


def shown(shares: np.ndarray) -> str:
    return " ".join(f"{f[:6]}={s:.2f}" for f, s in zip(GUARD_CLASSES, shares, strict=True) if np.isfinite(s)) or "-"


def lowo(all_rows: Sequence[Row], names: Sequence[str], weight: float) -> None:
    print(f"weight {weight}: per left-out writer, the gate fitted on the others")
    summed: Counter[str] = Counter()
    for name in names:
        train = [r for r in all_rows if r.name != name]
        test = [r for r in all_rows if r.name == name]
        shares = fit(train, weight)
        t = totals(test, shares)
        base_risky = sum(1 for r in test if r.prepared.comment.risk and r.action == "draft")
        tp = sum(1 for r in test if r.action == "draft" and r.prepared.comment.should_draft)
        fp = sum(1 for r in test if r.action == "draft" and not r.prepared.comment.should_draft)
        sd = sum(1 for r in test if r.prepared.comment.should_draft)
        tp2, fp2 = tp - t["sd_lost"], fp - t["fp_saved"]
        summed.update({"base_risky": base_risky, **t, "tp": tp, "fp": fp, "sd": sd})
        print(
            f"  {name[-1]} risky drafted {base_risky} -> {base_risky - t['risky']}  should-draft P/R "
            f"{tp / max(1, tp + fp):.3f}/{tp / max(1, sd):.3f} -> {tp2 / max(1, tp2 + fp2):.3f}/{tp2 / max(1, sd):.3f}"
            f"  hard drafted stopped {t['hard']} opt-outs stopped {t['optout']}  [{shown(shares)}]"
        )
    s = summed
    tp2, fp2 = s["tp"] - s["sd_lost"], s["fp"] - s["fp_saved"]
    print(
        f"  all risky drafted {s['base_risky']} -> {s['base_risky'] - s['risky']}  should-draft TP {s['tp']} -> {tp2}"
        f" FP {s['fp']} -> {fp2}  P/R {s['tp'] / (s['tp'] + s['fp']):.3f}/{s['tp'] / s['sd']:.3f} -> "
        f"{tp2 / (tp2 + fp2):.3f}/{tp2 / s['sd']:.3f}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--set", dest="sets", default=",".join(SPENT))
    parser.add_argument("--kinds", action="store_true")
    parser.add_argument("--show", action="store_true", help="with --kinds: one line per comment")
    parser.add_argument("--lowo", action="store_true")
    parser.add_argument("--weight", default="10")
    parser.add_argument("--single", action="store_true", help="one share for every risk class")
    parser.add_argument("--clauses", action="store_true", help="the gate reads clauses too, as the injury doubt")
    args = parser.parse_args(argv)
    names = [n for n in args.sets.split(",") if n]
    if any(n not in SPENT for n in names):
        raise SystemExit("only the spent judgement sets")
    global SINGLE
    SINGLE = args.single
    all_rows = collect(names)
    if args.clauses:
        clause_ratios([r for r in all_rows if r.action == "draft"])
    if args.kinds:
        kinds(all_rows, args.show)
    if args.lowo:
        for weight in args.weight.split(","):
            lowo(all_rows, names, float(weight))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
