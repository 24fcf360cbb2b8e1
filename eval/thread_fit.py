"""What each thread mechanism catches and costs across the spent judgement writers (session 29, issues #18, #25).

``python -m eval.thread_fit --cache`` judges dev and every spent judgement set (b..r) once alone (the slow part: the
classifier, the detector's verdicts, retrieval) and keeps what :func:`bot.signals.combine.judge_threads` and the
score need in ``.kuulo/thread_fit/``; ``python -m eval.thread_fit`` then re-judges every thread from that cache under
each setting of the thread mechanisms and prints, per writer, the figures ``eval.run`` prints (risky drafted, recall
per class, hard negatives and ordinary comments flagged or escalated, should-draft precision and recall), and per
mechanism what it alone catches against what it escalates wrongly. The figures equal ``eval.run --set NAME`` on the
same code (the cache holds inputs, not outcomes). Fresh sets are never opened: only the names in SPENT.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.signals import combine
from bot.signals.combine import judge_threads, refine_intent
from bot.signals.judgement import Verdict
from bot.signals.screening import skipped_signals
from bot.signals.types import RISK_FLAGS, Signals
from eval.dataset import EvalComment, load_brands, load_comments
from eval.provenance import dev_set
from eval.run import Calibration, Prepared, Report, _score, evaluate, product_calibration, read_brand, set_comments

SPENT = tuple(f"judgement-{letter}" for letter in "bcdefghijklmnopqr")
CACHE = Path(".kuulo/thread_fit")


@dataclass
class Brand:
    """One brand's comments of a set, judged alone: everything judge_threads and the score need."""

    comments: list[EvalComment]
    texts: list[str]
    skips: list[str | None]
    own: list[Signals]
    verdicts: list[Verdict | None]
    heads: dict[str, tuple[str, Verdict | None]]
    relevance: list[float]
    best: list[tuple[float, str | None, str]]
    truncated: list[bool]
    objective: str
    terms: tuple[str, ...]
    competitors: tuple[str, ...]
    topics: tuple[str, ...] = ()


def _evalset(name: str):  # type: ignore[no-untyped-def]
    from eval.run import checked_sets

    if name == "dev":
        return dev_set()
    sets, errors = checked_sets([name])
    if errors or len(sets) != 1:
        raise SystemExit(f"{name}: {errors}")
    if sets[0].state == "fresh":
        raise SystemExit(f"{name} is fresh: never measured here")
    return sets[0]


def cache_set(name: str) -> list[Brand]:
    from bot.signals.offline import OfflineClassifier
    from eval.memory import MemoEmbedder, cached_local_embedder

    embedder = MemoEmbedder(cached_local_embedder())
    classify = OfflineClassifier(embedder).classify
    evalset = _evalset(name)
    comments = load_comments(evalset.path) if name == "dev" else set_comments(evalset)
    brands = load_brands(evalset.path)
    out = []
    for key, brand in brands.items():
        mine = [c for c in comments if c.brand == key]
        if not mine:
            continue
        read = read_brand(mine, brand, embedder, classify)
        texts, skips, retriever = read.texts, read.skips, read.retriever
        best: list[tuple[float, str | None, str]] = []
        for i in range(len(mine)):
            if skips[i] is not None:
                best.append((0.0, None, "faq"))
            else:
                hit = retriever.search(texts[i], k=1)[0]
                best.append((hit.score, hit.language, hit.kind))
        out.append(
            Brand(
                comments=mine,
                texts=texts,
                skips=skips,
                own=read.own,
                verdicts=list[Verdict | None](read.verdicts),
                heads=dict[str, tuple[str, Verdict | None]](read.heads),
                relevance=[float((read.topics @ read.queries[i]).max()) for i in range(len(mine))],
                best=best,
                truncated=[n.truncated for n in read.cleaned],
                objective=brand.objective,
                terms=tuple(brand.terms),
                competitors=tuple(brand.competitors),
                topics=tuple(brand.topics),
            )
        )
    return out


def rows(brands: Sequence[Brand]) -> list[Prepared]:
    """The set's comments judged in their threads under the current settings, as eval.run.prepare does."""
    out: list[Prepared] = []
    for b in brands:
        judged = judge_threads(
            b.own, b.verdicts, [c.thread_id for c in b.comments], b.heads, names=(*b.terms, *b.competitors)
        )
        for i, comment in enumerate(b.comments):
            if b.skips[i] is not None:
                sig: Signals = skipped_signals(str(b.skips[i]))
                from_title: tuple[str, ...] = ()
                from_siblings: tuple[str, ...] = ()
            else:
                sig = refine_intent(
                    judged[i].signals,
                    b.texts[i],
                    relevance=b.relevance[i],
                    answer_similarity=b.best[i][0],
                    brand_terms=b.terms,
                    competitors=b.competitors,
                    thread_text=comment.thread_title,
                    topics=b.topics,
                )
                from_title, from_siblings = judged[i].title_flags, judged[i].sibling_flags
            out.append(
                Prepared(
                    comment=comment,
                    signals=sig,
                    objective=b.objective,
                    relevance=b.relevance[i],
                    answer_similarity=b.best[i][0],
                    answer_same_language=b.best[i][1] == (sig.language or comment.language),
                    answer_kind=b.best[i][2],
                    truncated=b.truncated[i],
                    title_flags=from_title,
                    sibling_flags=from_siblings,
                )
            )
    return out


def load(name: str) -> list[Brand]:
    path = CACHE / f"{name}.pkl"
    if not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        part = path.with_suffix(".part")
        part.write_bytes(pickle.dumps(cache_set(name)))
        part.rename(path)
    brands: list[Brand] = pickle.loads(path.read_bytes())
    return brands


@contextmanager
def settings(**values: object) -> Iterator[None]:
    """combine's module settings set to ``values`` for the block."""
    old = {k: getattr(combine, k) for k in values}
    for k, v in values.items():
        setattr(combine, k, v)
    try:
        yield
    finally:
        for k, v in old.items():
            setattr(combine, k, v)


def figures(r: Report) -> dict[str, float]:
    return {
        "risky_drafted": r.risky_drafted,
        "recall": r.risk_recall,
        "hard": r.hard_escalated,
        "hard_total": r.hard_total,
        "ordinary": r.ordinary_escalated,
        "ordinary_total": r.ordinary_total,
        "P": r.precision,
        "R": r.recall,
        **{f"c_{flag}": r.per_class[flag][0] for flag in RISK_FLAGS},
    }


def outcome(prepared: Sequence[Prepared], cal: Calibration) -> dict[str, tuple[bool, bool]]:
    """Per comment id: (caught: flagged or escalated, drafted)."""
    out = {}
    for p in prepared:
        action = _score(p, cal)[1]
        out[p.comment.id] = (bool(p.signals.risk) or action == "escalate", action == "draft")
    return out


def measure(names: Sequence[str], cal: Calibration) -> dict[str, tuple[Report, list[Prepared]]]:
    out = {}
    for name in names:
        prepared = rows(load(name))
        out[name] = (evaluate(prepared, cal, "offline", 0.0, name), prepared)
    return out


def line(name: str, r: Report) -> str:
    per = " ".join(f"{r.per_class[f][0]}/{r.per_class[f][1]}" for f in RISK_FLAGS)
    return (
        f"{name:13} drafted {r.risky_drafted:2} recall {r.risk_recall:.3f} [{per}] hard {r.hard_escalated:2}/"
        f"{r.hard_total:3} ord {r.ordinary_escalated:3}/{r.ordinary_total:3} P {r.precision:.3f} R {r.recall:.3f}"
    )


MECHANISMS = ("title_rule", "title_detector", "title_grey", "siblings", "sibling_doubt")


@contextmanager
def without(*off: str) -> Iterator[None]:
    """The thread mechanisms named in ``off`` switched off: a title's rules, its detector flag, its grey band (what
    :func:`combine.thread_flags` passes on by each), the siblings' share (:func:`combine.sibling_flags`; off, it
    raises no doubts either) or only the doubts it raises under a far title (:func:`combine._sibling_doubts`)."""
    from bot.signals import rules

    original_title = combine.thread_flags
    original_siblings = combine.sibling_flags
    original_doubts = combine._sibling_doubts

    def title(head: str, verdict: Verdict | None, language: str | None = None, *args: object) -> tuple[str, ...]:
        found = original_title(head, verdict, language, *args)  # type: ignore[arg-type]
        ruled = set(rules.risk_flags(head, language))
        flagged = set(verdict.flags) if verdict is not None else set()
        kept = []
        for flag in found:
            source = "title_rule" if flag in ruled else "title_detector" if flag in flagged else "title_grey"
            if source not in off:
                kept.append(flag)
        return tuple(kept)

    combine.thread_flags = title  # type: ignore[assignment]
    if "siblings" in off:
        combine.sibling_flags = lambda flags: ()  # type: ignore[assignment]
    if "sibling_doubt" in off:
        combine._sibling_doubts = lambda sig, doubted: sig
    try:
        yield
    finally:
        combine.thread_flags = original_title
        combine.sibling_flags = original_siblings
        combine._sibling_doubts = original_doubts


def judged_all(names: Sequence[str]) -> tuple[dict[str, Report], dict[str, dict[str, tuple[bool, bool]]]]:
    """Reports and per-comment outcomes of ``names`` under the current settings, at the product's thresholds."""
    cal = product_calibration()
    reports, outcomes = {}, {}
    for name in names:
        prepared = rows(load(name))
        reports[name] = evaluate(prepared, cal, "offline", 0.0, name)
        outcomes[name] = {f"{name}/{k}": v for k, v in outcome(prepared, cal).items()}
    return reports, outcomes


def labels(names: Sequence[str]) -> dict[str, EvalComment]:
    return {f"{name}/{c.id}": c for name in names for b in load(name) for c in b.comments}


def contribution(names: Sequence[str]) -> None:
    """Per mechanism, over ``names``: what switching it alone off loses (risky comments caught only through it, risky
    drafted) and gains (hard negatives and ordinary comments no longer flagged or escalated, should-draft drafted)."""
    comments = labels(names)
    _, base = judged_all(names)
    flat = {k: v for o in base.values() for k, v in o.items()}
    print(
        "mechanism       risky-only  +risky-drafted  hard-wrong  ord-wrong  sd-lost(TP)  sd-FP-saved   "
        "per writer risky-only"
    )
    for mechanism in MECHANISMS:
        with without(mechanism):
            _, off = judged_all(names)
        other = {k: v for o in off.values() for k, v in o.items()}
        only = hard = ordinary = sd = fp = drafted = 0
        per: dict[str, int] = {}
        for key, c in comments.items():
            (caught, draft), (caught_off, draft_off) = flat[key], other[key]
            if c.risk:
                if caught and not caught_off:
                    only += 1
                    per[key.split("/")[0][-1]] = per.get(key.split("/")[0][-1], 0) + 1
                drafted += draft_off and not draft
            elif c.hard:
                hard += caught and not caught_off
            elif not c.opt_out:
                ordinary += caught and not caught_off
            if c.should_draft and draft_off and not draft:
                sd += 1
            if not c.should_draft and draft_off and not draft:
                fp += 1
        print(
            f"{mechanism:15} {only:10} {drafted:15} {hard:11} {ordinary:10} {sd:12} {fp:12}   "
            + " ".join(f"{k}:{v}" for k, v in sorted(per.items()))
        )


FIT = tuple(f"judgement-{letter}" for letter in "bdfhjlnpr")
CONFIRM = tuple(f"judgement-{letter}" for letter in "cegikmoq")


def totals(names: Sequence[str], cal: Calibration | None = None) -> dict[str, int]:
    """Summed over ``names``: risky comments drafted and caught, hard negatives and ordinary comments caught,
    should-draft true and false positives (with ``cal``, else at the product's thresholds)."""
    cal = cal or product_calibration()
    out = dict.fromkeys(("risky_drafted", "risky_caught", "hard", "ordinary", "optout_drafted", "tp", "fp", "fn"), 0)
    for name in names:
        for p in rows(load(name)):
            c, action = p.comment, _score(p, cal)[1]
            caught, draft = bool(p.signals.risk) or action == "escalate", action == "draft"
            if c.risk:
                out["risky_drafted"] += draft
                out["risky_caught"] += caught
            elif c.hard:
                out["hard"] += caught
            elif not c.opt_out:
                out["ordinary"] += caught
            out["optout_drafted"] += draft and c.opt_out
            out["tp"] += draft and c.should_draft
            out["fp"] += draft and not c.should_draft
            out["fn"] += (not draft) and c.should_draft
    return out


GRID: dict[str, list[dict[str, Any]]] = {
    "title": [
        {"TITLE_SUPPORT_MIN": m, "TITLE_SUPPORT_SHARE": s} for m in (2, 3, 4, 5, 6) for s in (0.15, 0.2, 0.25, 0.3)
    ],
    "siblings": [{"SIBLING_MIN": m, "SIBLING_SHARE": s} for m in (3, 4, 5, 6) for s in (0.25, 1 / 3, 0.4, 0.5)]
    + [{"SIBLING_FAR_SHARE": f} for f in (0.4, 0.55, 0.65)],
    "sibling_title": [{"SIBLING_TITLE_SHARE": t} for t in (0.25, 0.5, 0.75, 1.0, 1.5)],
    "doubt": [{"SIBLING_DOUBT_SHARE": d} for d in (0.0, 0.1, 0.2, 0.3, 0.4, 1.0)],
}


def grid(part: str, names: Sequence[str]) -> None:
    cal = product_calibration()
    base = totals(names, cal)
    print(f"{part} over {','.join(n[-1] for n in names)}: base {base}", flush=True)
    for values in GRID[part]:
        with settings(**values):
            got = totals(names, cal)
        delta = {k: got[k] - base[k] for k in got}
        shown = " ".join(f"{k}={v:.3g}" for k, v in values.items())
        print(f"  {shown:60} " + " ".join(f"{k} {v:+d}" for k, v in delta.items()), flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cache", action="store_true", help="only build the cache")
    parser.add_argument(
        "--contribution", action="store_true", help="what each thread mechanism alone catches and costs"
    )
    parser.add_argument("--grid", default="", help="title, siblings, sibling_title: each setting's change in totals")
    parser.add_argument(
        "--setting", action="append", default=[], help="NAME=VALUE: a bot.signals.combine setting for this run"
    )
    parser.add_argument("--set", dest="sets", default=",".join(SPENT))
    args = parser.parse_args(argv)
    names = [n for n in args.sets.split(",") if n]
    for name in ("dev", *names):
        load(name)
        print(f"cached {name}", flush=True)
    if args.cache:
        return 0
    for item in args.setting:
        key, value = item.split("=", 1)
        setattr(combine, key, type(getattr(combine, key))(value) if value not in ("True", "False") else value == "True")
    if args.grid:
        for part in args.grid.split(","):
            grid(part, names)
        return 0
    reports, _ = judged_all(names)
    for name, report in reports.items():
        print(line(name, report))
    if args.contribution:
        contribution(names)
    return 0


if __name__ == "__main__":
    # run as the importable module, so the cache pickles eval.thread_fit.Brand however this file is started
    from eval import thread_fit

    sys.exit(thread_fit.main(sys.argv[1:]))
