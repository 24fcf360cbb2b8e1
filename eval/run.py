"""Measure signals, judgement and opportunity scoring on every evaluation set (``make eval``).

Sets by provenance (``eval/README.md``): *dev* (``eval/data``, both of its old
splits: rules, prototypes and thresholds were tuned on it), *dev-b-holdout* (the
third of ``eval/data/dev-b``'s threads the detector is never trained on) and each *blind* set
under ``eval/blind/`` (hash-checked against its frozen ``SHA256SUMS``, printed
with its writer, date and fresh/spent state). Every set is scored at the product's
thresholds (its settings' answer and topic thresholds, a new watch's draft and digest
thresholds: :func:`product_calibration`); what dev alone would choose is printed beside
them. Figures are printed side by side with the issue's bars. Blind figures are printed
here, never asserted in ``make test``. ``--set NAME[,NAME]`` measures only the named sets beside dev
(``dev-b``, ``dev-b-holdout``, ``judgement-a-holdout`` or a blind set's name): no other
blind set is opened. judgement-a is spent: two thirds of its threads are trained on, its
hold-out third is measured apart as ``judgement-a-holdout``; dev-c and dev-d likewise, their hold-outs being a
third of each kind of thread (``dev-c-holdout``, ``dev-d-holdout``).

Every comment goes the way the pipeline sends it: normalised and cut at
``KUULO_MAX_COMMENT_CHARS``, screened (empty, binary, obfuscated), classified,
judged (rules, semantic detector, the thread title), its intent refined against
the brand's topics and guidance, and scored.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

import numpy as np
import yaml
from sqlalchemy import select

from bot.checks.links import EMAIL
from bot.config import load_settings
from bot.domain import FetchedComment, FetchedThread, ThreadRef
from bot.opportunities.assess import with_thread_risk
from bot.opportunities.scoring import (
    DEFAULT_ANSWER_THRESHOLDS,
    DEFAULT_RELEVANCE_THRESHOLD,
    DEFAULT_THRESHOLDS,
    Score,
    ScoreInput,
    score_opportunity,
)
from bot.ports import Embedder
from bot.services import Services
from bot.signals.combine import judge_threads, refine_intent
from bot.signals.judgement import Verdict, head_verdicts, text_verdicts
from bot.signals.offline import SignalContext
from bot.signals.screening import skip_reason, skipped_signals
from bot.signals.types import INTENTS, RISK_FLAGS, Signals
from bot.storage.models import Comment, Opportunity, utcnow
from bot.textnorm import Normalised, normalise
from eval.dataset import (
    BLIND,
    DEV_B,
    DEV_C,
    DEV_D,
    DEV_F,
    DEV_G,
    JUDGEMENT_A,
    SPENT_JUDGEMENT,
    Brand,
    DatasetError,
    EvalComment,
    GuidanceItem,
    dev_c_held_out,
    dev_d_held_out,
    dev_f_held_out,
    dev_g_held_out,
    held_out_thread,
    load_brands,
    load_comments,
)
from eval.memory import EMBEDDING_CACHE, MemoEmbedder, MemoryRetriever, cached_local_embedder
from eval.provenance import EvalSet, blind_sets, dev_set, verify
from eval.watched import brand_topics, watch_and_process
from knowledge.ingest import ingest

Classify = Callable[[Sequence[str], SignalContext], list[Signals]]
ENGAGEABLE = ("question", "recommendation_request", "comparison_or_purchase", "complaint", "misinformation")
DEFAULT_MAX_CHARS = 10_000


@dataclass(frozen=True)
class Prepared:
    comment: EvalComment
    signals: Signals
    objective: str
    relevance: float
    answer_similarity: float
    answer_same_language: bool
    answer_kind: str
    truncated: bool = False
    title_flags: tuple[str, ...] = ()  # what the thread's title passed on (rules, detector flag or grey band)
    sibling_flags: tuple[str, ...] = ()  # what a third of the thread's comments passed on


@dataclass(frozen=True)
class Calibration:
    answer_thresholds: dict[str, float]
    relevance_threshold: float
    draft: float
    digest: float


def product_calibration() -> Calibration:
    """The thresholds the product decides with: the answer and topic thresholds of its settings
    (``KUULO_ANSWER_THRESHOLD_SAME``, ``_CROSS``, ``KUULO_TOPIC_RELEVANCE_THRESHOLD``) and a new watch's draft and
    digest thresholds (``scoring.DEFAULT_THRESHOLDS``). ``eval.run`` measures every set with these, so its
    should-draft line is the decision Kuulo makes; :func:`calibrate` (what dev alone would choose) is printed beside.
    Until session 33 the line was measured at dev's fit (answer 0.796 same-language, 0.834 cross, topic 0.740), a
    threshold no install used (the product's 0.821 / 0.830 / 0.733)."""
    settings = load_settings()
    return Calibration(
        {"same": settings.answer_threshold_same_language, "cross": settings.answer_threshold_cross_language},
        settings.topic_relevance_threshold,
        DEFAULT_THRESHOLDS["draft"],
        DEFAULT_THRESHOLDS["digest"],
    )


@dataclass
class Report:
    method: str
    name: str  # the set's name: dev, or a blind set's
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
    risk_recall: float  # flagged or escalated, all risky comments
    per_class: dict[str, tuple[int, int]]  # risk class -> (caught, total)
    hard_escalated: int
    hard_total: int
    ordinary_escalated: int  # neither risky nor opt-out nor hard, yet escalated
    ordinary_total: int
    opt_out_found: int
    opt_out_escalated: int  # not recognised, but in the grey band: a person decides
    opt_out_drafted: int
    opt_out_total: int
    skipped: int
    truncated: int
    calibration: Calibration  # what the set was measured with: the product's thresholds (product_calibration)
    seconds: float
    errors: list[str] = field(default_factory=list)
    # One line per judgement error (risky drafted or missed, hard negative caught, opt-out missed or drafted):
    # printed by `--errors` for dev and spent sets only, never for a fresh blind set.
    mistakes: list[str] = field(default_factory=list)
    # Where hard negatives caught and should-draft comments not drafted were stopped (:func:`sources`): printed by
    # `--errors` beside the mistakes, never for a fresh blind set.
    stopped: dict[str, Counter[str]] = field(default_factory=dict)
    # Should-draft errors by cause (:func:`draft_errors`) and one line each: printed by `--breakdown`, never for a
    # fresh blind set.
    draft_causes: dict[str, Counter[str]] = field(default_factory=dict)
    draft_lines: list[str] = field(default_factory=list)
    # Should-draft precision and recall with the comments labelled praise or feedback_or_idea set aside
    # (:func:`answerable`): issue 18 says "whether the guidance can answer decides should-draft"; the writers also
    # label a thank-you draft, which the product decides by the reply plan (never under someone else's post).
    answerable: tuple[float, float] = (0.0, 0.0)
    # What dev alone would choose (:func:`calibrate`), printed beside the product's thresholds; never measured with.
    dev_fit: Calibration | None = None


THANK_INTENTS = frozenset({"praise", "feedback_or_idea"})


def answerable(pairs: Sequence[tuple[EvalComment, bool]]) -> tuple[float, float]:
    """Should-draft (precision, recall) over the comments whose labelled intent is not praise or feedback: the
    issue's should-draft ("whether the guidance can answer"), printed beside the writers' labels, which also mark
    a thank-you as draft. ``pairs`` holds each comment with whether it was drafted; the set-aside comments count
    neither way."""
    kept = [(c, drafted) for c, drafted in pairs if c.intent not in THANK_INTENTS]
    tp = sum(1 for c, d in kept if d and c.should_draft)
    fp = sum(1 for c, d in kept if d and not c.should_draft)
    fn = sum(1 for c, d in kept if not d and c.should_draft)
    return (tp / (tp + fp) if tp + fp else 0.0, tp / (tp + fn) if tp + fn else 0.0)


@dataclass(frozen=True)
class BrandReading:
    """One brand's comments read as the pipeline reads them before judging their threads: normalised, screened,
    classified alone with their title's own risk, embedded, the detector's verdicts on them and on their titles."""

    cleaned: list[Normalised]
    texts: list[str]
    skips: list[str | None]
    own: list[Signals]
    verdicts: list[Verdict]
    heads: dict[str, tuple[str, Verdict]]  # thread id -> (title, the detector's verdict on it)
    retriever: MemoryRetriever
    topics: np.ndarray
    queries: np.ndarray


def read_brand(
    mine: Sequence[EvalComment],
    brand: Brand,
    embedder: Embedder,
    classify: Classify,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> BrandReading:
    """Reads one brand's comments (:class:`BrandReading`): what :func:`prepare` and ``eval.thread_fit`` judge."""
    context = SignalContext(competitors=brand.competitors, brand_terms=brand.terms)
    cleaned = [normalise(c.text, max_chars) for c in mine]
    texts = [n.text for n in cleaned]
    skips = [skip_reason(t) for t in texts]
    todo = [i for i, s in enumerate(skips) if s is None]
    classified = dict(zip(todo, classify([texts[i] for i in todo], context), strict=True))
    retriever = MemoryRetriever(embedder, brand.guidance)
    topics = np.asarray(embedder.embed_passages(list(brand.topics)))
    queries = np.asarray(embedder.embed_queries(texts), dtype=np.float32)
    verdicts = text_verdicts(embedder, texts, queries)
    titles = sorted({c.thread_title for c in mine if c.thread_title})
    title_verdicts = dict(zip(titles, head_verdicts(embedder, titles), strict=True))
    own = [
        with_thread_risk(classified[index], comment.thread_title, None, context)
        if skips[index] is None
        else skipped_signals(str(skips[index]))
        for index, comment in enumerate(mine)
    ]
    return BrandReading(
        cleaned=cleaned,
        texts=texts,
        skips=[None if s is None else str(s) for s in skips],
        own=own,
        verdicts=list(verdicts),
        heads={c.thread_id: (c.thread_title, title_verdicts[c.thread_title]) for c in mine if c.thread_title},
        retriever=retriever,
        topics=topics,
        queries=queries,
    )


def prepare(
    comments: Sequence[EvalComment],
    brands: dict[str, Brand],
    embedder: Embedder,
    classify: Classify,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> list[Prepared]:
    out: list[Prepared] = []
    for key, brand in brands.items():
        mine = [c for c in comments if c.brand == key]
        if not mine:
            continue
        read = read_brand(mine, brand, embedder, classify, max_chars)
        cleaned, texts, skips, retriever = read.cleaned, read.texts, read.skips, read.retriever
        topics, queries = read.topics, read.queries
        # the production path (bot.opportunities.assess): the comment alone, its thread's comments, its title
        judged = judge_threads(
            read.own,
            read.verdicts,
            [comment.thread_id for comment in mine],
            read.heads,
            names=(*brand.terms, *brand.competitors),
        )
        for index, comment in enumerate(mine):
            reason = skips[index]
            relevance = float((topics @ queries[index]).max())
            if reason is not None:
                sig, best_score, best_language, best_kind = skipped_signals(reason), 0.0, None, "faq"
            else:
                sig = judged[index].signals
                from_title, from_siblings = judged[index].title_flags, judged[index].sibling_flags
                best = retriever.search(texts[index], k=1)[0]
                best_score, best_language, best_kind = best.score, best.language, best.kind
                sig = refine_intent(
                    sig,
                    texts[index],
                    relevance=relevance,
                    answer_similarity=best_score,
                    brand_terms=brand.terms,
                    competitors=brand.competitors,
                    thread_text=comment.thread_title,
                    topics=brand.topics,
                )
            out.append(
                Prepared(
                    comment=comment,
                    signals=sig,
                    objective=brand.objective,
                    relevance=relevance,
                    answer_similarity=best_score,
                    answer_same_language=best_language == (sig.language or comment.language),
                    answer_kind=best_kind,
                    truncated=cleaned[index].truncated,
                    title_flags=() if reason is not None else from_title,
                    sibling_flags=() if reason is not None else from_siblings,
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
    result = _scored(p, cal)
    return result.score, result.action


def _scored(p: Prepared, cal: Calibration) -> Score:
    return score_opportunity(
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
            truncated=p.truncated,
        )
    )


def calibrate(dev: Sequence[Prepared]) -> Calibration:
    """The thresholds dev alone would choose (best F1 per answer-language pair, the topic threshold, and the draft
    threshold with the best F1 at precision >= 0.85): printed beside :func:`product_calibration`'s, never measured
    with, since no install decides with them."""
    engaged = [
        p
        for p in dev
        if p.signals.intent in ENGAGEABLE and not p.signals.risk and not p.signals.opt_out and not p.signals.uncertain
    ]
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


def evaluate(rows: Sequence[Prepared], cal: Calibration, method: str, seconds: float, name: str = "dev") -> Report:
    scored = [(p, *_score(p, cal)) for p in rows]
    tp = sum(1 for p, _, a in scored if a == "draft" and p.comment.should_draft)
    fp = sum(1 for p, _, a in scored if a == "draft" and not p.comment.should_draft)
    fn = sum(1 for p, _, a in scored if a != "draft" and p.comment.should_draft)
    p_at, r_prec = [], []
    for thread in sorted({p.comment.thread_id for p in rows}):
        ranked = sorted((s for s in scored if s[0].comment.thread_id == thread), key=lambda s: -s[1])
        proposed = [s for s in ranked if s[2] == "draft"][:10]
        if proposed:
            p_at.append(sum(s[0].comment.should_draft for s in proposed) / len(proposed))
        relevant = sum(s[0].comment.should_draft for s in ranked)
        if relevant:
            r_prec.append(sum(s[0].comment.should_draft for s in ranked[:relevant]) / relevant)
    long = [p for p in rows if p.comment.words >= 5 and not p.signals.skip]
    confusion: dict[str, Counter[str]] = {i: Counter() for i in INTENTS}
    for p in rows:
        confusion[p.comment.intent][p.signals.intent] += 1

    def caught(p: Prepared, action: str) -> bool:
        return bool(p.signals.risk) or action == "escalate"

    risky = [s for s in scored if s[0].comment.risk]
    per_class = {
        flag: (
            sum(1 for p, _, a in risky if flag in p.comment.risk and caught(p, a)),
            sum(1 for p, _, _ in risky if flag in p.comment.risk),
        )
        for flag in RISK_FLAGS
    }
    hard = [s for s in scored if s[0].comment.hard]
    ordinary = [s for s in scored if not s[0].comment.risk and not s[0].comment.opt_out and not s[0].comment.hard]
    optouts = [s for s in scored if s[0].comment.opt_out]
    mistakes = [line for p, _, action in scored if (line := _mistake(p, action, caught(p, action))) is not None]
    return Report(
        method=method,
        name=name,
        count=len(rows),
        precision=tp / (tp + fp) if tp + fp else 0.0,
        recall=tp / (tp + fn) if tp + fn else 0.0,
        p_at_10=sum(p_at) / len(p_at) if p_at else 0.0,
        r_precision=sum(r_prec) / len(r_prec) if r_prec else 0.0,
        language_accuracy=sum(p.signals.language == p.comment.language for p in long) / len(long) if long else 0.0,
        language_count=len(long),
        intent_accuracy=sum(p.signals.intent == p.comment.intent for p in rows) / len(rows) if rows else 0.0,
        confusion=confusion,
        risky_drafted=sum(1 for s in risky if s[2] == "draft"),
        risky_total=len(risky),
        risk_recall=sum(1 for p, _, a in risky if caught(p, a)) / len(risky) if risky else 1.0,
        per_class=per_class,
        hard_escalated=sum(1 for p, _, a in hard if caught(p, a)),
        hard_total=len(hard),
        ordinary_escalated=sum(1 for p, _, a in ordinary if caught(p, a)),
        ordinary_total=len(ordinary),
        opt_out_found=sum(1 for p, _, _ in optouts if p.signals.opt_out),
        opt_out_escalated=sum(1 for p, _, a in optouts if not p.signals.opt_out and a == "escalate"),
        opt_out_drafted=sum(1 for s in optouts if s[2] == "draft"),
        answerable=answerable([(p.comment, a == "draft") for p, _, a in scored]),
        opt_out_total=len(optouts),
        skipped=sum(1 for p in rows if p.signals.skip),
        truncated=sum(1 for p in rows if p.truncated),
        calibration=cal,
        seconds=seconds,
        mistakes=mistakes,
        stopped=sources(rows, cal),
        draft_causes=draft_errors(rows, cal),
        draft_lines=draft_error_lines(rows, cal),
    )


def stopped_by(p: Prepared, action: str) -> str:
    """Which signal kept one comment from a draft (shown by ``--errors``): the comment's own (``opt-out``,
    ``rule`` (the thread's own rules too: a competitor's or a no-brands thread), ``detector``, ``grey``, joined by
    "+") before its thread's (``title``: its rules, detector flag or grey band; else ``siblings``); else a risk the
    detector comes near (``doubt``: digested at most); else the scorer's action (``digest``, ``ignore``) when no
    risk signal did."""
    sig = p.signals
    semantic = sig.evidence.get("semantic", "")
    inherited = set(p.title_flags) | set(p.sibling_flags) if "thread" in sig.evidence else set()
    own = []
    if sig.opt_out or sig.opt_out_doubt:
        own.append("opt-out")
    if any(flag not in semantic and flag not in inherited for flag in sig.risk):
        own.append("rule")
    if any(flag != "opt_out" and flag in semantic for flag in sig.risk):
        own.append("detector")
    if any(flag != "opt_out" for flag in sig.uncertain):
        own.append("grey")
    if own:
        return "+".join(own)
    if set(sig.risk) & set(p.title_flags):
        return "title"
    if set(sig.risk) & set(p.sibling_flags):
        return "siblings"
    if sig.risk_doubt and action != "draft":
        return "doubt"
    return action


def sources(rows: Sequence[Prepared], cal: Calibration) -> dict[str, Counter[str]]:
    """Where hard negatives flagged or escalated, and should-draft comments not drafted, were stopped
    (:func:`stopped_by`): the measurement behind issue 18's hard-negative and should-draft bars."""
    out: dict[str, Counter[str]] = {"hard negatives caught": Counter(), "should-draft not drafted": Counter()}
    for p in rows:
        if p.signals.skip:
            continue
        action = _score(p, cal)[1]
        if p.comment.hard and (p.signals.risk or action == "escalate"):
            out["hard negatives caught"][stopped_by(p, action)] += 1
        if p.comment.should_draft and action != "draft":
            out["should-draft not drafted"][stopped_by(p, action)] += 1
    return out


def draft_error(p: Prepared, cal: Calibration) -> tuple[str, str] | None:
    """Why one comment's draft decision disagrees with its label, or None when it agrees: ``("missed", cause)`` for a
    should-draft comment not drafted, ``("extra", cause)`` for a draft its label does not want. A missed one names
    what stopped it: a risk signal (:func:`stopped_by`), an intent that is never drafted (off topic by the watch's
    topics or by asking the crowd, spam, toxic), an intent with nothing to answer without a plan (praise, feedback),
    the guidance not answering, the comment being off the watch's topics, a doubt, or a score under the draft
    threshold; a drafted one names what its label says instead (risky, opt-out, off topic, hard, another intent)."""
    c, sig = p.comment, p.signals
    if sig.skip:
        return None
    scored = _scored(p, cal)
    action, gate = scored.action, scored.parts.get("gate")
    if c.should_draft and action != "draft":
        stopped = stopped_by(p, action)
        if stopped not in ("draft", "digest", "ignore"):
            return "missed", f"risk signal: {stopped}"
        if sig.intent in ("off_topic", "spam_or_self_promotion", "toxic"):
            how = sig.evidence.get("off_topic", "")
            why = " (asks the others)" if how.startswith("asks the others") else " (topics)" if how else ""
            return "missed", f"intent {sig.intent}{why}, labelled {c.intent}"
        if gate == "nothing to answer":
            return "missed", f"nothing to answer without a plan: intent {sig.intent}, labelled {c.intent}"
        if gate:
            return "missed", str(gate)
        return "missed", f"score under the draft threshold ({action})"
    if action == "draft" and not c.should_draft:
        if c.risk:
            return "extra", "labelled risky"
        if c.opt_out:
            return "extra", "labelled opt-out"
        if c.intent != sig.intent and c.intent in ("off_topic", "spam_or_self_promotion", "toxic"):
            return "extra", f"labelled {c.intent}, read {sig.intent}"
        return "extra", f"labelled {c.intent}{' (hard)' if c.hard else ''}, no draft: the guidance does not answer it?"
    return None


def draft_errors(rows: Sequence[Prepared], cal: Calibration) -> dict[str, Counter[str]]:
    """Should-draft errors counted by :func:`draft_error`'s cause: the measurement behind issue 18's should-draft
    bar, printed by ``--breakdown`` (never for a fresh blind set)."""
    out: dict[str, Counter[str]] = {"missed": Counter(), "extra": Counter()}
    for p in rows:
        if (found := draft_error(p, cal)) is not None:
            out[found[0]][found[1]] += 1
    return out


def draft_error_lines(rows: Sequence[Prepared], cal: Calibration) -> list[str]:
    """One line per should-draft error: its cause, the signals that decided and the text."""
    lines = []
    for p in rows:
        if (found := draft_error(p, cal)) is None:
            continue
        sig = p.signals
        said = f"intent={sig.intent} rel={p.relevance:.3f} ans={p.answer_similarity:.3f}"
        why = "; ".join(f"{k}: {v}" for k, v in sig.evidence.items() if k in ("rule", "nearest", "off_topic"))
        lines.append(f"{found[0]:5} {found[1][:60]:60} {p.comment.id} {said} {why} | {p.comment.text[:140]!r}")
    return sorted(lines)


def _mistake(p: Prepared, action: str, caught: bool) -> str | None:
    """What went wrong with one comment's judgement, with the signals that decided, or None."""
    c, sig = p.comment, p.signals
    if c.risk and action == "draft":
        kind = "risky drafted"
    elif c.risk and not caught:
        kind = "risky missed"
    elif c.hard and caught:
        kind = "hard caught"
    elif c.opt_out and action == "draft":
        kind = "opt-out drafted"
    elif c.opt_out and not sig.opt_out and action != "escalate":
        kind = "opt-out missed"
    else:
        return None
    said = f"risk={','.join(sig.risk) or '-'} uncertain={','.join(sig.uncertain) or '-'} action={action}"
    shown = ("semantic", "uncertain", "thread", "figurative", "risk_doubt")
    why = "; ".join(f"{k}: {v}" for k, v in sig.evidence.items() if k in shown)
    return f"{kind:15} {c.id} [{','.join(c.risk) or '-'}] {said} {why} | {c.text[:160]!r}"


def measure(
    classify: Classify, embedder: Embedder, method: str, sets: Sequence[EvalSet], max_chars: int = DEFAULT_MAX_CHARS
) -> list[Report]:
    """Dev first, then each blind set, as given, every one at the product's thresholds (:func:`product_calibration`);
    what dev alone would choose (:func:`calibrate`) rides along in each report."""
    started = time.perf_counter()
    dev = dev_set()
    dev_rows = prepare(load_comments(dev.path), load_brands(dev.path), embedder, classify, max_chars)
    cal, fit = product_calibration(), calibrate(dev_rows)
    reports = [evaluate(dev_rows, cal, method, time.perf_counter() - started, dev.name)]
    for evalset in sets:
        started = time.perf_counter()
        rows = prepare(set_comments(evalset), load_brands(evalset.path), embedder, classify, max_chars)
        reports.append(evaluate(rows, cal, method, time.perf_counter() - started, evalset.name))
    for report in reports:
        report.dev_fit = fit
    return reports


@dataclass(frozen=True)
class DevSource:
    """A dev set the detector and intent model train on outside a hold-out third of its threads."""

    path: Path
    prefix: str  # of :func:`eval.dataset.held_out_thread`'s hash
    split: str  # default split of its threads
    brief: str
    writer: str


DEV_SOURCES = {
    "dev-b": DevSource(
        DEV_B, "dev-b", "dev", "eval/data/dev-b: four brands, comments as people write", "dev-writer helper"
    ),
    "judgement-a": DevSource(
        JUDGEMENT_A, "judgement-a", "blind", "eval/blind/judgement-a (spent, dev data)", "blind-writer helper"
    ),
    "dev-c": DevSource(
        DEV_C,
        "dev-c",
        "dev",
        "eval/data/dev-c: three brands, injury, harassment and competitor threads with hard negatives",
        "dev-writer helper (dev-c)",
    ),
    "dev-d": DevSource(
        DEV_D,
        "dev-d",
        "dev",
        "eval/data/dev-d: three brands, indirect injury, hard negatives, opt-outs and off-topic questions",
        "dev-writer helper (dev-d)",
    ),
    "dev-f": DevSource(
        DEV_F,
        "dev-f",
        "dev",
        "eval/data/dev-f: three brands, injury in passing, competitors' own posts, hard negatives and opt-outs",
        "dev-writer helper (dev-f)",
    ),
    "dev-g": DevSource(
        DEV_G,
        "dev-g",
        "dev",
        "eval/data/dev-g: three brands, indirect opt-outs, hard negatives and off-topic questions",
        "dev-writer helper (dev-g)",
    ),
}
# Measured without --set: every hold-out. By name: the whole set (partly trained on: in-sample) or its hold-out.
HOLDOUT_NAMES = tuple(f"{name}-holdout" for name in DEV_SOURCES)
# The spent blind sets trained on outside a hold-out third (eval.dataset.SPENT_JUDGEMENT): each hold-out is measured
# by name only (`--set judgement-g-holdout`); without --set the sets are measured whole, as blind sets.
DEV_SOURCES.update(
    (name, DevSource(BLIND / name, name, "blind", f"eval/blind/{name} (spent, dev data)", "blind-writer helper"))
    for name in SPENT_JUDGEMENT
)
DEV_B_NAMES = ("dev-b", *HOLDOUT_NAMES, "dev-c", "dev-d", "dev-f", "dev-g", *(f"{n}-holdout" for n in SPENT_JUDGEMENT))
# Dev sets whose hold-out is a third of each kind of thread (:func:`eval.dataset.stratified_held_out`).
STRATIFIED = {
    "dev-c-holdout": dev_c_held_out,
    "dev-d-holdout": dev_d_held_out,
    "dev-f-holdout": dev_f_held_out,
    "dev-g-holdout": dev_g_held_out,
}


def dev_source_set(name: str) -> EvalSet:
    """A partly trained dev set: whole (``dev-b``) or only its hold-out threads (``dev-b-holdout``)."""
    source = DEV_SOURCES[name.removesuffix("-holdout")]
    part = (
        "its hold-out threads (one in three by a hash of the thread id; dev-c's, dev-d's and dev-f's per kind of "
        "thread), "
        "never trained or calibrated on"
    )
    held = name.endswith("-holdout")
    return EvalSet(
        name=name,
        kind="dev",
        path=source.path,
        brief=f"{source.brief}; {part if held else 'all threads (two thirds trained on)'}",
        writer=source.writer,
        state="dev",
    )


def set_comments(evalset: EvalSet) -> list[EvalComment]:
    if evalset.kind == "dev" and evalset.name.removesuffix("-holdout") in DEV_SOURCES:
        source = DEV_SOURCES[evalset.name.removesuffix("-holdout")]
        comments = load_comments(evalset.path, split=source.split)
        if evalset.name in STRATIFIED:
            held = STRATIFIED[evalset.name]()
            return [c for c in comments if c.thread_id in held]
        if evalset.name.endswith("-holdout"):
            return [c for c in comments if held_out_thread(c.thread_id, prefix=source.prefix)]
        return comments
    if evalset.kind == "dev":
        return load_comments(evalset.path)
    return load_comments(evalset.path, split="blind")


def run(classify: Classify, embedder: Embedder, method: str) -> Report:
    """The dev figures alone (what tests may assert on)."""
    return measure(classify, embedder, method, [])[0]


# -- the product's own decision (``--product``) ---------------------------------------------------------------------
# The signals-only score above never builds a reply plan: praise and feedback have "nothing to answer", and a question
# the plan would leave alone ("guidance does not answer this", already answered in the thread) is drafted when its
# nearest passage is close. ``--product`` measures what Kuulo itself decides: each thread stored as a poll stores it
# and assessed by the pipeline (signals, judgement, the reply plan, the score), the drafter not run.


@dataclass(frozen=True)
class Decided:
    """The product's decision for one comment: the opportunity's action, its plan and the reason it gives."""

    action: str  # draft, digest, escalate, ignore; none when no opportunity was stored
    plan: str
    why: str


def support_routes(guidance: Sequence[GuidanceItem]) -> list[GuidanceItem]:
    """The passages a brand's support guidance would hold: those that name a contact address. A judgement set's
    writer files its customer-service contacts inside facts ("Kundservice: hej@hyllan.se ..."), where a brand
    writes a support file; without one the plan acknowledges no complaint at all ("the guidance has no support
    route"), which measures the set's file layout, not the product."""
    return [GuidanceItem(f"{g.id}-support", "support", g.language, g.text) for g in guidance if EMAIL.search(g.text)]


def _write_guidance(folder: Path, brand: Brand) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for item in (*brand.guidance, *support_routes(brand.guidance)):
        front = {"kind": item.kind, "visibility": "public", "brand": brand.name, "language": item.language or None}
        head = yaml.safe_dump({k: v for k, v in front.items() if v}, allow_unicode=True, sort_keys=False)
        (folder / f"{item.id}.txt").write_text(f"---\n{head}---\n{item.text}\n", "utf-8")


def fetched_thread(comments: Sequence[EvalComment], post_author: str = "op") -> FetchedThread:
    """One labelled thread as a poll fetches it: every comment a top-level one by its own author, in order, under a
    post by ``post_author`` (a judgement set's threads are other people's posts: forums, reviews, groups). Authors
    are never shared between threads: one opt-out would suppress a stranger in every later thread."""
    now = utcnow()
    first = comments[0]
    return FetchedThread(
        ref=ThreadRef(first.platform, first.thread_id, f"https://{first.platform}.example/{first.thread_id}"),
        title=first.thread_title or None,
        author=post_author,
        body=None,
        created_at=now - timedelta(hours=3),
        comments=[
            FetchedComment(
                platform=c.platform,
                id=c.id,
                parent_id=None,
                author_id=f"{c.thread_id}-person-{index}",
                author=f"{c.thread_id}-person-{index}",
                text=c.text,
                created_at=now - timedelta(hours=2, minutes=-index),
            )
            for index, c in enumerate(comments)
        ],
        complete=True,
    )


def product_decisions(path: Path, comments: Sequence[EvalComment]) -> dict[str, Decided]:
    """Each brand's threads through store → assess → plan → score in a fresh store, as a poll sends them; Hacker News
    watches opted in to drafting, since the set measures judgement, not that default."""
    out: dict[str, Decided] = {}
    for key, brand in load_brands(path).items():
        threads: dict[str, list[EvalComment]] = {}
        for c in comments:
            if c.brand == key:
                threads.setdefault(c.thread_id, []).append(c)
        if not threads:
            continue
        with tempfile.TemporaryDirectory(prefix=f"kuulo-judgement-{key}-") as tmp:
            settings = load_settings(
                data_dir=Path(tmp) / "data",
                embedding_cache=Path(os.environ.get("KUULO_EMBEDDING_CACHE") or EMBEDDING_CACHE),
                database_url=None,
                chroma_url=None,
                brand_file=None,
                brand_accounts=key,
            )
            services = Services(settings)
            try:
                out.update(_brand_decisions(services, brand, threads, Path(tmp) / "guidance"))
            finally:
                services.close()
    return out


def _brand_decisions(
    services: Services, brand: Brand, threads: dict[str, list[EvalComment]], folder: Path
) -> dict[str, Decided]:
    _write_guidance(folder, brand)
    ingest(services.guidance, [folder])
    topics = brand_topics(brand.name, brand.terms, brand.competitors)
    for comments in threads.values():
        first = comments[0]
        watch_and_process(
            services,
            fetched_thread(comments),
            platform=first.platform,
            target=first.thread_id,
            objective=brand.objective,
            topics=topics,
            draft_opt_in=True,
            draft=lambda _comment_id: None,
        )
    with services.db.read() as session:
        rows = session.execute(
            select(Comment.external_id, Opportunity.action, Opportunity.parts, Opportunity.reason).join(
                Opportunity, Opportunity.comment_id == Comment.id
            )
        )
        return {
            external: Decided(action, str((parts or {}).get("plan") or "none"), _why(action, parts or {}, reason))
            for external, action, parts, reason in rows
        }


def _why(action: str, parts: dict[str, object], reason: str | None) -> str:
    """What held a comment below a draft (the gate, else the risk in its reason), or the plan a draft was made for."""
    if action == "draft":
        return f"drafted: plan {parts.get('plan') or 'none'}"
    gate = parts.get("gate")
    if gate:
        return str(gate)
    return (reason or action).split("; ")[-1] if action == "escalate" else action


@dataclass(frozen=True)
class ProductReport:
    name: str
    precision: float
    recall: float
    risky_drafted: int
    opt_out_drafted: int
    missed: Counter[str]
    extra: Counter[str]
    lines: list[str]
    answerable: tuple[float, float] = (0.0, 0.0)  # :func:`answerable`


def product_report(name: str, comments: Sequence[EvalComment], decided: dict[str, Decided]) -> ProductReport:
    """Should-draft precision and recall of the product's decisions, the safety counts, and the errors by cause."""
    none = Decided("none", "none", "no opportunity stored")
    missed: Counter[str] = Counter()
    extra: Counter[str] = Counter()
    lines = []
    tp = fp = fn = risky = opted = 0
    for c in comments:
        d = decided.get(c.id, none)
        drafted = d.action == "draft"
        tp += drafted and c.should_draft
        fp += drafted and not c.should_draft
        fn += (not drafted) and c.should_draft
        risky += drafted and bool(c.risk)
        opted += drafted and c.opt_out
        if drafted == c.should_draft:
            continue
        cause = d.why if not drafted else f"labelled {c.intent}{' (hard)' if c.hard else ''}, {d.why}"
        (missed if not drafted else extra)[cause[:90]] += 1
        lines.append(f"{'extra' if drafted else 'missed':6} {cause[:70]:70} {c.id} | {c.text[:120]!r}")
    return ProductReport(
        name,
        tp / (tp + fp) if tp + fp else 0.0,
        tp / (tp + fn) if tp + fn else 0.0,
        risky,
        opted,
        missed,
        extra,
        sorted(lines),
        answerable([(c, decided.get(c.id, none).action == "draft") for c in comments]),
    )


def format_product(r: ProductReport, state: str) -> str:
    head = (
        f"== the product's decision: {r.name} (precision {r.precision:.3f}, recall {r.recall:.3f}; "
        f"risky drafted {r.risky_drafted}, opt-outs drafted {r.opt_out_drafted}) =="
        f"\n   answerable only (praise and feedback set aside): precision {r.answerable[0]:.3f}, "
        f"recall {r.answerable[1]:.3f}"
    )
    if state == "fresh":
        return head + f"\n(errors of {r.name} not shown: it is a fresh blind set)"
    lines = [head]
    for label, counts in (("labelled draft, not drafted", r.missed), ("drafted, not labelled draft", r.extra)):
        lines.append(f"{label} ({sum(counts.values())}):")
        lines.extend(f"  {n:4}  {cause}" for cause, n in counts.most_common())
    lines.extend(r.lines)
    return "\n".join(lines)


def _ratio(done: int, total: int) -> str:
    return f"{done / total:.3f} ({done}/{total})" if total else "–"


BARS = {
    "risky drafted": "0",
    "risky recall, all classes": ">= 0.95",
    "hard negatives flagged/escalated": "<= 0.10",
    "opt-outs recognised": ">= 0.95",
    "opt-outs drafted": "0",
    "should-draft precision": ">= 0.85",
    "should-draft recall": ">= 0.70",
    "intent accuracy": ">= 0.80",
}


def _rows(r: Report) -> dict[str, str]:
    rows = {
        "comments": str(r.count),
        "risky drafted": f"{r.risky_drafted} of {r.risky_total}",
        "risky recall, all classes": _ratio(round(r.risk_recall * r.risky_total), r.risky_total),
    }
    for flag in RISK_FLAGS:
        rows[f"  recall {flag}"] = _ratio(*r.per_class[flag])
    rows.update(
        {
            "hard negatives flagged/escalated": _ratio(r.hard_escalated, r.hard_total),
            "ordinary comments escalated": _ratio(r.ordinary_escalated, r.ordinary_total),
            "opt-outs recognised": _ratio(r.opt_out_found, r.opt_out_total),
            "  more opt-outs escalated (grey band)": str(r.opt_out_escalated),
            "opt-outs drafted": str(r.opt_out_drafted),
            "should-draft precision": f"{r.precision:.3f}",
            "should-draft recall": f"{r.recall:.3f}",
            "  answerable only: precision": f"{r.answerable[0]:.3f}",
            "  answerable only: recall": f"{r.answerable[1]:.3f}",
            "precision@10 per thread": f"{r.p_at_10:.3f}",
            "intent accuracy": f"{r.intent_accuracy:.3f}",
            "language accuracy (5+ words)": _ratio(round(r.language_accuracy * r.language_count), r.language_count),
            "skipped (empty, binary, obfuscated)": str(r.skipped),
            "truncated": str(r.truncated),
        }
    )
    return rows


def format_side_by_side(reports: Sequence[Report], states: dict[str, str] | None = None) -> str:
    states = states or {}
    names = [f"{r.name} ({states.get(r.name, 'dev' if r.name.startswith('dev') else 'blind')})" for r in reports]
    table = [_rows(r) for r in reports]
    width = max(len(name) for name in names) + 2
    width = max(width, 18)
    lines = [f"{'metric':40}" + "".join(f"{n:>{width}}" for n in names) + f"{'bar':>10}"]
    for metric in table[0]:
        values = "".join(f"{t[metric]:>{width}}" for t in table)
        lines.append(f"{metric:40}{values}{BARS.get(metric, ''):>10}")
    return "\n".join(lines)


def format_report(r: Report) -> str:
    short = {i: "".join(w[0] for w in i.split("_")).upper()[:3] for i in INTENTS}
    c = r.calibration
    lines = [
        f"== {r.method} classifier: {r.name}, {r.count} comments ({r.seconds:.1f} s) ==",
        format_side_by_side([r]),
        f"measured at the product's thresholds: {thresholds_text(c)}",
        f"dev alone would choose: {thresholds_text(r.dev_fit) if r.dev_fit else '-'} (not measured with)",
        "intent confusion (rows: label, columns: predicted): " + ", ".join(f"{short[i]}={i}" for i in INTENTS),
        "      " + " ".join(f"{short[i]:>4}" for i in INTENTS),
    ]
    for label in INTENTS:
        lines.append(f"{short[label]:>5} " + " ".join(f"{r.confusion[label][p]:>4}" for p in INTENTS))
    return "\n".join(lines)


def thresholds_text(c: Calibration) -> str:
    return (
        f"answer similarity same-language {c.answer_thresholds['same']:.3f}, cross-language "
        f"{c.answer_thresholds['cross']:.3f}; topic relevance {c.relevance_threshold:.3f}; draft {c.draft:.2f}, "
        f"digest {c.digest:.2f}"
    )


def format_breakdown(r: Report, state: str) -> str:
    """The should-draft errors of one set by cause, then one line each (``--breakdown``); a fresh set's are never
    shown, since reading them would spend it."""
    if state == "fresh":
        return f"(should-draft errors of {r.name} not shown: it is a fresh blind set)"
    lines = [f"== should-draft errors: {r.name} (precision {r.precision:.3f}, recall {r.recall:.3f}) =="]
    for what, label in (("missed", "labelled draft, not drafted"), ("extra", "drafted, not labelled draft")):
        counts = r.draft_causes.get(what, Counter())
        lines.append(f"{label} ({sum(counts.values())}):")
        lines.extend(f"  {n:4}  {cause}" for cause, n in counts.most_common())
    lines.extend(r.draft_lines)
    return "\n".join(lines)


def provenance_lines(sets: Sequence[EvalSet]) -> list[str]:
    dev = dev_set()
    lines = ["== Evaluation sets (eval/README.md) ==", f"dev: {dev.path.name}/ [{dev.state}] {dev.brief}"]
    for s in sets:
        if s.kind == "dev":
            lines.append(f"{s.name}: [{s.state}] {s.brief}")
            continue
        lines.append(
            f"{s.name}: blind [{s.state}] sha256 {s.sha256[:16]}…, written by {s.writer} on {s.date}; brief: {s.brief}"
        )
    if not any(s.kind == "blind" for s in sets):
        lines.append("(no blind set measured)")
    return lines


def checked_sets(only: Sequence[str] | None = None) -> tuple[list[EvalSet], list[str]]:
    """The sets to measure beside dev: dev-b's hold-out and the blind sets whose files are exactly
    what was frozen (``only``: just these names, no other blind set is even opened), and the errors."""
    good: list[EvalSet] = []
    errors: list[str] = []
    wanted = None if only is None else [name for name in only if name != "dev"]
    for name in DEV_B_NAMES:
        if (wanted is None and name in HOLDOUT_NAMES) or (wanted is not None and name in wanted):
            if DEV_SOURCES[name.removesuffix("-holdout")].path.is_dir():
                good.append(dev_source_set(name))
            else:
                errors.append(f"{name}: {DEV_SOURCES[name.removesuffix('-holdout')].path} is missing")
    blind_wanted = None if wanted is None else [n for n in wanted if n not in DEV_B_NAMES]
    if blind_wanted == []:
        return good, errors
    try:
        recorded = blind_sets()
    except DatasetError as exc:
        return good, [str(exc)]
    known = {s.name for s in recorded if s.format == "judgement"}
    errors.extend(
        f"{name}: no such judgement set (dev, {', '.join(DEV_B_NAMES)} or one in eval/blind/sets.yaml)"
        for name in blind_wanted or ()
        if name not in known
    )
    for evalset in recorded:
        if evalset.format != "judgement":
            continue  # measured by its own section of `make eval`
        if blind_wanted is not None and evalset.name not in blind_wanted:
            continue
        try:
            verify(evalset)
            load_brands(evalset.path)
            load_comments(evalset.path, split="blind")
        except DatasetError as exc:
            errors.append(f"{evalset.name}: {exc}")
            continue
        good.append(evalset)
    return good, errors


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m eval.run", description=__doc__.split("\n")[0])
    parser.add_argument(
        "--set",
        dest="sets",
        action="append",
        metavar="NAME",
        help="measure only these sets beside dev (repeatable, or comma-separated): dev-b, dev-c, dev-d, a dev "
        "set's hold-out (dev-b-holdout, judgement-a-holdout, dev-c-holdout, dev-d-holdout) or a blind set's name; "
        "without it: every hold-out and every judgement set of eval/blind/sets.yaml",
    )
    parser.add_argument(
        "--errors",
        action="store_true",
        help="list each judgement error of dev and spent sets (never of a fresh blind set)",
    )
    parser.add_argument(
        "--product",
        action="store_true",
        help="also measure should-draft as the product decides it (each thread stored and assessed by the pipeline, "
        "with its reply plan; the drafter not run) for the sets beside dev; errors listed for spent sets only",
    )
    parser.add_argument(
        "--breakdown",
        action="store_true",
        help="for dev and spent sets (never a fresh blind set): the should-draft errors by cause (which gate, "
        "intent or risk signal stopped a labelled draft, what a draft's label says instead), one line each",
    )
    args, _ = parser.parse_known_args(list(argv or []))  # `make eval` passes its arguments to every section
    if args.sets is not None:
        args.sets = [name.strip() for value in args.sets for name in value.split(",") if name.strip()]
    return args


def main(argv: Sequence[str] | None = None) -> int:
    from bot.config import load_settings
    from bot.signals.offline import OfflineClassifier

    args = parse_args(argv)
    settings = load_settings()
    sets, errors = checked_sets(args.sets)
    for line in provenance_lines(sets):
        print(line)
    for error in errors:
        print(f"error: {error}")
        print("       (not measured: fix the file, or restore the frozen copy, and run `make eval` again)")
    states = {s.name: s.state for s in sets}
    embedder = MemoEmbedder(cached_local_embedder())
    offline = OfflineClassifier(embedder)
    reports = measure(offline.classify, embedder, "offline", sets, settings.max_comment_chars)
    print()
    seconds = sum(r.seconds for r in reports)
    print(f"== offline classifier: dev and blind side by side (the product's thresholds, {seconds:.1f} s) ==")
    print(format_side_by_side(reports, states))
    for report in reports:
        print()
        print(format_report(report))
    if args.errors:
        for report in reports:
            if states.get(report.name, "dev") == "fresh":
                print(f"\n(errors of {report.name} not listed: it is a fresh blind set)")
                continue
            print(f"\n== judgement errors: {report.name} ({len(report.mistakes)}) ==")
            print("\n".join(sorted(report.mistakes)))
            for what, counts in report.stopped.items():
                shown = ", ".join(f"{cause} {n}" for cause, n in counts.most_common())
                print(f"{what} ({sum(counts.values())}), stopped by: {shown or '-'}")
    if args.breakdown:
        for report in reports:
            print()
            print(format_breakdown(report, states.get(report.name, "dev")))
    if args.product:
        for evalset in sets:
            comments = set_comments(evalset)
            found = product_report(evalset.name, comments, product_decisions(evalset.path, comments))
            print()
            print(format_product(found, evalset.state))
    if settings.classifier_mode == "llm":
        from bot.signals.llm import LLMClassifier

        llm = LLMClassifier(settings)
        method = f"llm ({settings.llm_model})"
        llm_reports = measure(llm.classify, embedder, method, sets, settings.max_comment_chars)
        print()
        print(f"== {method} classifier with the offline detector: dev and blind side by side ==")
        print(format_side_by_side(llm_reports, states))
    else:
        print("\n(no model configured: set OPENAI_BASE_URL or OPENAI_API_KEY to measure the LLM classifier too)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
