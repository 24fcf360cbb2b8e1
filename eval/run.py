"""Measure signals and opportunity scoring on the labelled set (``make eval``).

Thresholds are calibrated on the ``dev`` split only; every number printed is
for the ``test`` split. Run with ``python -m eval.run`` (offline classifier,
plus the LLM classifier when a model is configured in the environment).
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from bot.opportunities.scoring import (
    DEFAULT_ANSWER_THRESHOLDS,
    DEFAULT_RELEVANCE_THRESHOLD,
    ScoreInput,
    score_opportunity,
)
from bot.ports import Embedder
from bot.signals.offline import SignalContext
from bot.signals.types import INTENTS, Signals
from eval.dataset import Brand, EvalComment, load_brands, load_comments
from eval.memory import MemoEmbedder, MemoryRetriever

Classify = Callable[[Sequence[str], SignalContext], list[Signals]]
ENGAGEABLE = ("question", "recommendation_request", "comparison_or_purchase", "complaint", "misinformation")


@dataclass(frozen=True)
class Prepared:
    comment: EvalComment
    signals: Signals
    objective: str
    relevance: float
    answer_similarity: float
    answer_same_language: bool
    answer_kind: str


@dataclass(frozen=True)
class Calibration:
    answer_thresholds: dict[str, float]
    relevance_threshold: float
    draft: float
    digest: float


@dataclass
class Report:
    method: str
    count: int
    precision: float
    recall: float
    p_at_10: float
    r_precision: float
    language_accuracy: float
    language_count: int
    intent_accuracy: float
    confusion: dict[str, Counter[str]]
    risky_drafted: int
    risky_total: int
    risk_recall: float
    opt_out_found: int
    opt_out_total: int
    calibration: Calibration
    seconds: float
    errors: list[str] = field(default_factory=list)


def prepare(
    comments: Sequence[EvalComment], brands: dict[str, Brand], embedder: Embedder, classify: Classify
) -> list[Prepared]:
    out: list[Prepared] = []
    for key, brand in brands.items():
        mine = [c for c in comments if c.brand == key]
        if not mine:
            continue
        context = SignalContext(competitors=brand.competitors, brand_terms=brand.terms)
        signals = classify([c.text for c in mine], context)
        retriever = MemoryRetriever(embedder, brand.guidance)
        topics = embedder.embed_passages(list(brand.topics))
        queries = embedder.embed_queries([c.text for c in mine])
        for index, (comment, sig) in enumerate(zip(mine, signals, strict=True)):
            best = retriever.search(comment.text, k=1)[0]
            out.append(
                Prepared(
                    comment=comment,
                    signals=sig,
                    objective=brand.objective,
                    relevance=float((topics @ queries[index]).max()),
                    answer_similarity=best.score,
                    answer_same_language=best.language == (sig.language or comment.language),
                    answer_kind=best.kind,
                )
            )
    return out


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def _best_threshold(values: Sequence[tuple[float, bool]], default: float) -> float:
    if not values:
        return default
    candidates = sorted({round(v, 3) for v, _ in values})
    best, best_f1 = default, -1.0
    for t in candidates:
        tp = sum(1 for v, y in values if v >= t and y)
        fp = sum(1 for v, y in values if v >= t and not y)
        fn = sum(1 for v, y in values if v < t and y)
        f1 = _f1(tp, fp, fn)
        if f1 > best_f1:
            best, best_f1 = t, f1
    return best


def _score(p: Prepared, cal: Calibration) -> tuple[float, str]:
    result = score_opportunity(
        ScoreInput(
            signals=p.signals,
            objective=p.objective,
            relevance=p.relevance,
            answer_similarity=p.answer_similarity,
            answer_same_language=p.answer_same_language,
            answer_kind=p.answer_kind,
            thresholds={"draft": cal.draft, "digest": cal.digest},
            answer_thresholds=cal.answer_thresholds,
            relevance_threshold=cal.relevance_threshold,
        )
    )
    return result.score, result.action


def calibrate(dev: Sequence[Prepared]) -> Calibration:
    engaged = [p for p in dev if p.signals.intent in ENGAGEABLE and not p.signals.risk and not p.signals.opt_out]
    answer = {
        pair: _best_threshold(
            [
                (p.answer_similarity, p.comment.should_draft)
                for p in engaged
                if p.answer_same_language == (pair == "same")
            ],
            DEFAULT_ANSWER_THRESHOLDS[pair],
        )
        for pair in ("same", "cross")
    }
    relevance = _best_threshold([(p.relevance, p.comment.should_draft) for p in dev], DEFAULT_RELEVANCE_THRESHOLD)
    best = Calibration(answer, relevance, 0.55, 0.3)
    best_key = (-1.0, 0.0, -1.0)
    for step in range(30, 81):
        cal = Calibration(answer, relevance, step / 100, min(0.3, step / 100 - 0.1))
        tp = fp = fn = 0
        for p in dev:
            drafted = _score(p, cal)[1] == "draft"
            tp += drafted and p.comment.should_draft
            fp += drafted and not p.comment.should_draft
            fn += (not drafted) and p.comment.should_draft
        precision = tp / (tp + fp) if tp + fp else 0.0
        # best F1 with precision >= 0.85; ties go to the threshold nearest the watches' default 0.55
        key = (_f1(tp, fp, fn) if precision >= 0.85 else 0.0, precision, -abs(step / 100 - 0.55))
        if key > best_key:
            best, best_key = cal, key
    return best


def evaluate(test: Sequence[Prepared], cal: Calibration, method: str, seconds: float) -> Report:
    scored = [(p, *_score(p, cal)) for p in test]
    tp = sum(1 for p, _, a in scored if a == "draft" and p.comment.should_draft)
    fp = sum(1 for p, _, a in scored if a == "draft" and not p.comment.should_draft)
    fn = sum(1 for p, _, a in scored if a != "draft" and p.comment.should_draft)
    p_at, r_prec = [], []
    for thread in sorted({p.comment.thread_id for p in test}):
        rows = sorted((s for s in scored if s[0].comment.thread_id == thread), key=lambda s: -s[1])
        proposed = [s for s in rows if s[2] == "draft"][:10]
        if proposed:
            p_at.append(sum(s[0].comment.should_draft for s in proposed) / len(proposed))
        relevant = sum(s[0].comment.should_draft for s in rows)
        if relevant:
            r_prec.append(sum(s[0].comment.should_draft for s in rows[:relevant]) / relevant)
    long = [p for p in test if p.comment.words >= 5]
    confusion: dict[str, Counter[str]] = {i: Counter() for i in INTENTS}
    for p in test:
        confusion[p.comment.intent][p.signals.intent] += 1
    risky = [s for s in scored if s[0].comment.risk]
    optouts = [p for p in test if p.comment.opt_out]
    return Report(
        method=method,
        count=len(test),
        precision=tp / (tp + fp) if tp + fp else 0.0,
        recall=tp / (tp + fn) if tp + fn else 0.0,
        p_at_10=sum(p_at) / len(p_at) if p_at else 0.0,
        r_precision=sum(r_prec) / len(r_prec) if r_prec else 0.0,
        language_accuracy=sum(p.signals.language == p.comment.language for p in long) / len(long),
        language_count=len(long),
        intent_accuracy=sum(p.signals.intent == p.comment.intent for p in test) / len(test),
        confusion=confusion,
        risky_drafted=sum(1 for s in risky if s[2] == "draft"),
        risky_total=len(risky),
        risk_recall=sum(1 for s in risky if s[0].signals.risk) / len(risky) if risky else 1.0,
        opt_out_found=sum(p.signals.opt_out for p in optouts),
        opt_out_total=len(optouts),
        calibration=cal,
        seconds=seconds,
    )


def run(classify: Classify, embedder: Embedder, method: str) -> Report:
    started = time.perf_counter()
    brands, comments = load_brands(), load_comments()
    prepared = prepare(comments, brands, embedder, classify)
    cal = calibrate([p for p in prepared if p.comment.split == "dev"])
    test = [p for p in prepared if p.comment.split == "test"]
    return evaluate(test, cal, method, time.perf_counter() - started)


def format_report(r: Report) -> str:
    short = {i: "".join(w[0] for w in i.split("_")).upper()[:3] for i in INTENTS}
    c = r.calibration
    lines = [
        f"== {r.method} classifier: test split, {r.count} comments ({r.seconds:.1f} s) ==",
        f"should-draft precision {r.precision:.3f}  recall {r.recall:.3f}",
        f"precision@10 per thread {r.p_at_10:.3f}  (R-precision {r.r_precision:.3f})",
        f"language accuracy (5+ words, n={r.language_count}) {r.language_accuracy:.3f}",
        f"intent accuracy {r.intent_accuracy:.3f}",
        f"risky comments drafted {r.risky_drafted} of {r.risky_total}  (risk flagged: {r.risk_recall:.3f})",
        f"opt-outs found {r.opt_out_found} of {r.opt_out_total}",
        "calibrated on dev: answer similarity same-language {same:.3f}, cross-language {cross:.3f}; "
        "topic relevance {rel:.3f}; draft {d:.2f}, digest {g:.2f}".format(
            same=c.answer_thresholds["same"],
            cross=c.answer_thresholds["cross"],
            rel=c.relevance_threshold,
            d=c.draft,
            g=c.digest,
        ),
        "intent confusion (rows: label, columns: predicted): " + ", ".join(f"{short[i]}={i}" for i in INTENTS),
        "      " + " ".join(f"{short[i]:>4}" for i in INTENTS),
    ]
    for label in INTENTS:
        lines.append(f"{short[label]:>5} " + " ".join(f"{r.confusion[label][p]:>4}" for p in INTENTS))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    from bot.config import load_settings
    from bot.signals.offline import OfflineClassifier
    from knowledge.embeddings import LocalE5Embedder

    settings = load_settings()
    embedder = MemoEmbedder(LocalE5Embedder())
    offline = OfflineClassifier(embedder)
    print(format_report(run(offline.classify, embedder, "offline")))
    if settings.classifier_mode == "llm":
        from bot.signals.llm import LLMClassifier

        llm = LLMClassifier(settings)
        print()
        print(format_report(run(llm.classify, embedder, f"llm ({settings.llm_model})")))
    else:
        print("\n(no model configured: set OPENAI_BASE_URL or OPENAI_API_KEY to measure the LLM classifier too)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
