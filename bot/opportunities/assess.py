"""Assess comments: compute and store signals, score the opportunity, decide the action.

``assess_comments`` is what the poll pipeline calls for new and changed
comments. Signals are stored once per comment with the content hash of the text
they describe, so an edited comment is classified again and an unchanged one
never is. An opt-out puts (platform, sha256(author id)) on ``suppressions``;
suppressed authors are never drafted for again. Dependencies come in as
arguments: no globals, so tests pass plain fakes.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.brands.aliases import named_in
from bot.brands.settings import BrandSettings, all_brands
from bot.brands.threads import threads_of_watch
from bot.config import Settings
from bot.domain import Passage
from bot.errors import NotFound
from bot.language import detect_language
from bot.opportunities.acts import acts, asked_acts
from bot.opportunities.amounts import amounts, bare_figures
from bot.opportunities.claims import (
    FIGURE_STEMS,
    SENTENCE_FIT,
    common_stems,
    opposite,
    prices_past,
    shares_stem,
)
from bot.opportunities.conditions import asked_cases, names_cases, other_case, post_cases, unlisted
from bot.opportunities.coverage import amount_for_other_places, asks_for, missing, questions, states
from bot.opportunities.objects import (
    OBJECT_FIT,
    OBJECT_SHARE,
    WORD,
    language_common,
    names_own_object,
    other_first_part,
    own_object,
    post_figures,
)
from bot.opportunities.plan import (
    ACKNOWLEDGE,
    FOLLOWED_UP,
    GENERIC_SLOTS,
    NONE,
    GuidanceFit,
    ReplyPlan,
    ThreadContext,
    asked_in_form,
    asked_slots,
    asks_something,
    campaign_allows,
    confirms,
    contradicts,
    names_competitor,
    off_slot,
    passage_slots,
    plan_reply,
    product_fit,
    product_focus,
    product_names,
    products_in,
    settles,
    settles_question,
    slot_fit,
    slots,
    subject_fit,
    subject_stems,
)
from bot.opportunities.quantities import asked_count, meets
from bot.opportunities.ranking import Candidate, order
from bot.opportunities.remedies import puts_right
from bot.opportunities.scoring import Score, ScoreInput, answer_threshold, score_opportunity
from bot.ports import Embedder, GuidanceRetriever
from bot.privacy.suppress import is_suppressed, suppress
from bot.signals import rules
from bot.signals.combine import judge_threads, refine_intent
from bot.signals.judgement import detector_vectors, head_verdicts, text_verdicts
from bot.signals.offline import OfflineClassifier, SignalContext
from bot.signals.screening import skip_reason, skipped_signals
from bot.signals.types import Signals
from bot.storage.db import Database
from bot.storage.models import (
    DEFAULT_BRAND_ID,
    Comment,
    Draft,
    Opportunity,
    Post,
    Signal,
    Thread,
    Watch,
    community_of,
    utcnow,
)

log = logging.getLogger(__name__)
RETRIEVE_K = 3
# The off-topic gate (combine.refine_intent) of a watch with no plain topics (only the brand's and its competitors'
# names): the nearest guidance passage's similarity stands in for the topic relevance, so the gate still runs: a
# question put to the thread's other people ("vet någon vilka dagar badhuset har familjebad?"), one its writer marks
# as an aside, or one the guidance is far from and the intent model doubts. Without it such a watch never read any
# question off topic (refine_intent needs a relevance) and drafted them. Only the gate: the opportunity score keeps no
# relevance. Session 23 (s23b-sd), measured on the spent judgement-n's product decision.
GUIDANCE_AS_TOPICS = True


class Classifier(Protocol):
    method: str

    def classify(self, texts: Sequence[str], context: SignalContext | None = None) -> list[Signals]: ...


@dataclass(frozen=True)
class Assessment:
    comment_id: int
    action: str  # draft | digest | escalate | ignore
    score: float
    reason: str
    signals: Signals
    plan: ReplyPlan | None = None


def watch_context(topics: Sequence[str]) -> tuple[SignalContext, list[str]]:
    """Split a watch's topics: ``brand:X`` and ``competitor:X`` entries are names, the rest topics."""
    brand, competitors, plain = [], [], []
    for topic in topics:
        kind, _, value = topic.partition(":")
        if value.strip() and kind.strip().lower() == "brand":
            brand.append(value.strip())
        elif value.strip() and kind.strip().lower() == "competitor":
            competitors.append(value.strip())
        else:
            plain.append(topic)
    return SignalContext(competitors=tuple(competitors), brand_terms=tuple(brand)), plain


def make_classifier(settings: Settings, embedder: Embedder) -> Classifier:
    if settings.classifier_mode == "llm":
        from bot.signals.llm import LLMClassifier  # start-up cost: langchain-openai, only with a model

        return LLMClassifier(settings)
    return OfflineClassifier(embedder)


@dataclass
class _Row:
    comment: Comment
    thread: Thread
    stored: Signal | None


def assess_comments(
    *,
    db: Database,
    settings: Settings,
    embedder: Embedder,
    retriever: GuidanceRetriever,
    watch_id: int,
    comment_ids: Sequence[int],
    classifier: Classifier | None = None,
    now: datetime | None = None,
    install_settings: Settings | None = None,
) -> list[Assessment]:
    """Assess ``comment_ids`` for the brand of ``watch_id`` (``settings``: that brand's, ``install_settings``:
    the install's, to know every brand's names when an opt-out names one; default ``settings``)."""
    now = now or utcnow()
    with db.read() as session:
        watch = session.get(Watch, watch_id)
        if watch is None:
            raise NotFound(f"no watch with id {watch_id}; `kuulo watch list` shows the ids")
        objective, thresholds, brand_id = watch.objective, dict(watch.thresholds or {}), watch.brand_id
        context, topics = watch_context(list(watch.topics or []))
        rows = [
            _Row(comment, thread, session.get(Signal, comment.id))
            for comment, thread in session.execute(
                select(Comment, Thread)
                .join(Thread, Comment.thread_id == Thread.id)
                .where(Thread.id.in_(threads_of_watch(watch_id)), Comment.id.in_(list(comment_ids)))
                .order_by(Comment.id)
            )
            if not comment.deleted
        ]
        neighbours = _neighbours(session, {row.thread.id for row in rows})
        earlier = _earlier_flags(session, {row.thread.id for row in rows}, {row.comment.id for row in rows})
        decided = _stored_plans(session, {row.thread.id for row in rows}, brand_id)
        session.expunge_all()
    if not rows:
        return []
    signals = _signals(rows, classifier or make_classifier(settings, embedder), context)
    texts = [row.comment.text or "" for row in rows]
    queries = np.asarray(embedder.embed_queries(texts), dtype=np.float32)
    topic_vectors = np.asarray(embedder.embed_passages(topics), dtype=np.float32) if topics else None
    names = product_names(context.brand_terms)
    focus = [
        product_focus(text, " ".join(filter(None, (rows[i].thread.title, rows[i].thread.body))), names)
        for i, text in enumerate(texts)
    ]
    best = [
        None
        if signals[i].skip
        else _best_passage(
            retriever, text, focus[i], names, embedder, _post(rows[i].thread), rows[i].thread.title or ""
        )
        for i, text in enumerate(texts)
    ]
    signals, own = _judged(
        rows, signals, texts, queries, embedder, earlier, (*context.brand_terms, *context.competitors)
    )
    # Every brand's names, read before writing, only when an opt-out may name one of them.
    every_brand = all_brands(db, install_settings or settings) if any(s.opt_out for s in signals) else []
    results: list[Assessment] = []
    lookups = _Lookups(retriever, embedder)
    plan_vectors = detector_vectors(embedder, texts, queries)  # the learned plan-kind signal's space
    deferred: dict[tuple[int, str], str | None] = {}  # a complaint left to its person's own follow-up: which one
    position = {(row.thread.id, row.comment.external_id): i for i, row in enumerate(rows)}
    with db.write() as session:
        for index, row in enumerate(rows):
            sig = signals[index]
            comment, thread = row.comment, row.thread
            if sig.opt_out and comment.author_id:
                _opt_out(session, comment, every_brand)
            relevance = float((topic_vectors @ queries[index]).max()) if topic_vectors is not None else None
            passage = best[index]
            gate_relevance = relevance
            if gate_relevance is None and GUIDANCE_AS_TOPICS and passage is not None:
                gate_relevance = passage.score  # no plain topics: the guidance is the watch's topic (s23b-sd)
            sig = refine_intent(
                sig,
                texts[index],
                relevance=gate_relevance,
                answer_similarity=passage.score if passage else None,
                brand_terms=context.brand_terms,
                competitors=context.competitors,
                thread_text="\n".join(filter(None, (thread.title, thread.body))),
                topics=topics,
            )
            item = _score_input(session, settings, comment, thread, sig, objective, thresholds, now, brand_id)
            same_language = passage is None or passage.language in (None, sig.language)
            pair = "same" if same_language else "cross"
            margin = on_slot_margin(texts[index], passage) if passage is not None else 0.0
            answerable = (
                passage is not None
                and passage.score >= answer_threshold(item["answer_thresholds"], pair, sig) - margin
                # similar, but not about what was asked
                and not off_slot(asked_slots(texts[index]), passage.text, passage.kind)
                and _holds_what_is_asked(retriever, texts[index], passage)  # not just about it: the kind asked
                # another thing of the same kind: the Mora clocks for "korjaatteko älykelloja?" (reply-plans-s, spent;
                # the drafter's other_compound also reads a shared first part, too loose for a whole passage)
                and not other_first_part(texts[index], passage.text)
            )
            fit = _guidance_fit(
                retriever, texts[index], sig.language, passage if answerable else None, focus[index], names
            )
            if not (sig.skip or sig.risk or sig.uncertain or sig.opt_out):
                how, opposing, said_in = _opposed(retriever, embedder, texts[index], queries[index], sig.language)
                fit = replace(fit, opposes=how, opposing_passage=opposing, opposing_language=said_in)
            plan = plan_reply(
                sig,
                texts[index],
                objective=objective,
                thread=_thread_context(
                    comment,
                    thread,
                    neighbours.get(thread.id, []),
                    passage,
                    retriever,
                    settings,
                    context,
                    item,
                    lookups,
                    parent_plan=decided.get((thread.id, comment.parent_external_id or "")),
                    follow_up=_open_follow_up(comment, index, neighbours.get(thread.id, []), position, signals),
                ),
                guidance=fit,
                vector=plan_vectors[index],
            )
            plan = _carried_on(plan, sig, comment, deferred.get((thread.id, comment.parent_external_id or "")))
            plan = replace(plan, product=focus[index])
            decided[(thread.id, comment.external_id)] = plan.kind  # what its replies answer to
            if plan.reason == FOLLOWED_UP:
                follow_up = _last_follow_up(comment, neighbours.get(thread.id, []))
                deferred[(thread.id, comment.external_id)] = follow_up.external_id if follow_up else None
            scored = score_opportunity(
                ScoreInput(
                    **item,
                    relevance=relevance,
                    answer_similarity=passage.score if passage else None,
                    answer_same_language=same_language,
                    answer_margin=margin,
                    answer_kind=passage.kind if passage else None,
                    truncated=bool(comment.truncated),
                    plan=plan.kind,
                    plan_reason=plan.reason,
                )
            )
            scored.parts.update(
                {
                    "plan": plan.kind,
                    "plan_reason": plan.reason,
                    "offer": plan.offer,
                    "plan_passages": list(plan.passages),
                    "offer_passage": plan.offer_passage,
                    "product": plan.product,
                    "complaint": plan.complaint,
                }
            )
            _store_signals(session, comment, sig, own[index])
            _store_opportunity(session, comment.id, (brand_id, watch_id), scored, now)
            results.append(Assessment(comment.id, scored.action, scored.score, scored.reason, sig, plan))
    log.info(
        "assessed watch=%d comments=%d draft=%d escalate=%d",
        watch_id,
        len(results),
        sum(a.action == "draft" for a in results),
        sum(a.action == "escalate" for a in results),
    )
    return results


def _last_follow_up(comment: Comment, neighbours: Sequence[_Neighbour]) -> _Neighbour | None:
    """The person's last own reply to ``comment``: where their one acknowledgement goes."""
    author = (comment.author_id or comment.author_name or "").lower().lstrip("@")
    replies = [
        n for n in neighbours if n.parent_external_id == comment.external_id and n.author == author and not n.ours
    ]
    return replies[-1] if author and replies else None


def _open_follow_up(
    comment: Comment,
    index: int,
    neighbours: Sequence[_Neighbour],
    position: dict[tuple[int, str], int],
    signals: Sequence[Signals],
) -> _Neighbour | None:
    """The person's last own reply to ``comment`` when it is assessed after it in this pass and the judge holds
    nothing back on it (no risk, doubt, opt-out or skip), so it can carry their one reply (:func:`_carried_on`);
    else None, and the comment keeps its own plan. A follow-up assessed in an earlier pass is not waited for."""
    follow_up = _last_follow_up(comment, neighbours)
    if follow_up is None:
        return None
    later = position.get((comment.thread_id, follow_up.external_id))
    if later is None or later <= index:
        return None
    sig = signals[later]
    return None if sig.skip or sig.risk or sig.uncertain or sig.opt_out else follow_up


def _carried_on(plan: ReplyPlan, sig: Signals, comment: Comment, follow_up: str | None) -> ReplyPlan:
    """A complaint left to its person's own follow-up (``follow_up``: the id the plan of the complaint named) is
    acknowledged there even when the follow-up alone reads as nothing to answer ("ja ei ne ees vastannu meiliin"
    under "peruttiin 3 päivää ennen ja veivät puolet hinnasta"): the person gets one reply, never none. Not for a
    follow-up the judge holds back (risk, doubt, opt-out, skip): a person decides on those."""
    if follow_up != comment.external_id or plan.kind != NONE:
        return plan
    if sig.skip or sig.risk or sig.uncertain or sig.opt_out:
        return plan
    return ReplyPlan(ACKNOWLEDGE, "complaint told over two comments: acknowledged once, under the person's follow-up")


def _opt_out(session: Session, comment: Comment, every_brand: Sequence[BrandSettings]) -> None:
    """Suppress the author of an opt-out: for the brands it names ("stop replying, Revontuli") only, or for
    every brand when it names none. Every brand watching the comment reaches the same rows."""
    assert comment.author_id is not None
    named = named_in(comment.text or "", every_brand)
    targets: list[int | None] = [b.id for b in named] or [None]  # None: every brand
    for brand_id in targets:
        if suppress(session, comment.platform, comment.author_id, brand_id=brand_id):
            scope = f"brand={brand_id}" if brand_id is not None else "every brand"
            log.info("suppressed author of comment=%d platform=%s (opt-out, %s)", comment.id, comment.platform, scope)


def _signals(rows: list[_Row], classifier: Classifier, context: SignalContext) -> list[Signals]:
    """Stored signals when the text is unchanged; the rest classified in one batch. A comment that
    cannot be assessed (empty, binary, obfuscated) gets its skip reason instead."""
    skipped = {i: reason for i, row in enumerate(rows) if (reason := skip_reason(row.comment.text)) is not None}
    todo = [
        i
        for i, row in enumerate(rows)
        if i not in skipped and (row.stored is None or row.stored.content_hash != row.comment.content_hash)
    ]
    fresh = dict(zip(todo, classifier.classify([rows[i].comment.text or "" for i in todo], context), strict=True))
    out: list[Signals] = []
    for index, row in enumerate(rows):
        if index in skipped:
            out.append(skipped_signals(skipped[index]))
            continue
        sig = fresh.get(index) or _from_row(row.stored)
        out.append(with_thread_risk(sig, row.thread.title, row.thread.body, context, row.thread.author))
    return out


def _judged(
    rows: list[_Row],
    signals: list[Signals],
    texts: list[str],
    queries: np.ndarray,
    embedder: Embedder,
    earlier: dict[int, list[tuple[str, ...]]],
    names: Sequence[str] = (),
) -> tuple[list[Signals], list[tuple[str, ...]]]:
    """The semantic detector's flags and grey band added to every comment (it reuses the comment
    vectors already computed), and the flags of each thread's own title and body and of its comments
    (:func:`bot.signals.combine.sibling_flags`: these comments' own flags with the stored own flags of the
    thread's ``earlier`` comments); with each comment's own flags (:func:`bot.signals.combine.sibling_risk`),
    what it adds to its thread's count, to be stored for later polls.

    A comment whose stored signals are reused (its text unchanged) counts its stored own flags: its stored
    risk holds what it inherited from its thread when it was first assessed. ``names`` (the brand's own terms and
    its competitors' names) are no rule's hit on a thread's head (:func:`bot.signals.combine.thread_flags`)."""
    verdicts = text_verdicts(embedder, texts, queries)
    heads: dict[int, str] = {}
    for row in rows:
        text = " ".join(part for part in (row.thread.title, row.thread.body) if part).strip()
        if text:
            heads.setdefault(row.thread.id, text)
    keys = list(heads)
    of_head = dict(zip(keys, head_verdicts(embedder, [heads[k] for k in keys]), strict=True))
    stored_own = [
        tuple(row.stored.own_risk)
        if row.stored is not None
        and row.stored.content_hash == row.comment.content_hash
        and row.stored.own_risk is not None
        else None
        for row in rows
    ]
    judged = judge_threads(
        signals,
        verdicts,
        [row.thread.id for row in rows],
        {thread: (heads[thread], of_head[thread]) for thread in keys},
        earlier,
        stored_own,
        names,
    )
    return [j.signals for j in judged], [j.own for j in judged]


def _stored_plans(session: Session, thread_ids: set[int], brand_id: int) -> dict[tuple[int, str], str]:
    """The plan this brand decided for each stored comment of these threads, by (thread id, external id): a reply
    assessed in a later poll than the comment it answers still knows whether that was a complaint."""
    rows = session.execute(
        select(Comment.thread_id, Comment.external_id, Opportunity.parts)
        .join(Opportunity, Opportunity.comment_id == Comment.id)
        .where(Comment.thread_id.in_(list(thread_ids)), Opportunity.brand_id == brand_id)
    )
    return {(thread_id, external_id): str((parts or {}).get("plan") or "") for thread_id, external_id, parts in rows}


def _earlier_flags(session: Session, thread_ids: set[int], assessing: set[int]) -> dict[int, list[tuple[str, ...]]]:
    """The flags each thread's other assessed comments (not those being assessed now) raised on their own:
    never those they inherited from the thread (its title, their siblings), or a thread once flagged through
    its comments would keep and spread the flag by itself, poll after poll. A signal stored before own flags
    were kept (own_risk null) counts its stored risk, as it did."""
    out: dict[int, list[tuple[str, ...]]] = {thread: [] for thread in thread_ids}
    rows = session.execute(
        select(Comment.thread_id, Comment.id, Signal.risk, Signal.own_risk)
        .join(Signal, Signal.comment_id == Comment.id)
        .where(Comment.thread_id.in_(list(thread_ids)), Comment.deleted.is_(False))
    )
    for thread_id, comment_id, risk, own_risk in rows:
        if comment_id not in assessing:
            out[thread_id].append(tuple(own_risk if own_risk is not None else risk or ()))
    return out


def with_thread_risk(
    sig: Signals, title: str | None, body: str | None, context: SignalContext, author: str | None = None
) -> Signals:
    """The thread's own rules and subject count too: a competitor's thread (named first in its title, or posted
    by the competitor's own account), a no-brands community."""
    head = " ".join(part for part in (title, body) if part)
    extra: list[str] = []
    if head and "community_rule" in rules.risk_flags(head, sig.language):
        extra.append("community_rule")
    if (title and rules.competitor_leads(title, context.competitors, context.brand_terms)) or (
        author and rules.competitor_account(author, context.competitors)
    ):
        extra.append("competitor_thread")
    if not extra:
        return sig
    return replace(sig, risk=tuple(dict.fromkeys((*sig.risk, *extra))))


def _from_row(row: Signal | None) -> Signals:
    assert row is not None
    return Signals(
        language=row.language,
        intent=row.intent,
        emotion=row.emotion,
        tones=tuple(row.tones or ()),
        sarcasm=row.sarcasm,
        need=row.need,
        risk=tuple(row.risk or ()),
        opt_out=row.opt_out,
        method=row.method,
    )


ANSWER_KINDS = ("faq", "fact", "campaign")
# The passages that may answer a question: a support passage answers whom to contact, what to bring, how soon a reply
# comes (on the spent reply-plans sets 65 of 1 129 answers were labelled with one).
CANDIDATE_KINDS = (*ANSWER_KINDS, "support")
_DIGITS = re.compile(r"\d+")
SLOT_K = 8  # nearest passages weighed by what the comment asks about
RUNNER_UP = 0.02  # passages this close to the best one answer the comment too (the same fact in two files)
EARLIER_ANSWERS = 1  # comments just before a question, at its level, that may already answer it
CAMPAIGN_RELEVANCE = 0.8  # a campaign at least this similar to the comment is about what it asks


@dataclass(frozen=True)
class Best:
    score: float
    language: str | None
    kind: str
    id: str
    text: str
    close: tuple[str, ...]  # ids of the best passage and its close runners-up


@dataclass(frozen=True)
class Ranking:
    """The passages that may answer a comment, best first, with what :func:`_best_passage` picks among them by."""

    asked: frozenset[str]  # the slots the comment asks about
    nearest: float  # the nearest passage's similarity
    shift: dict[str, float]  # :func:`language_shifts` of the search
    fitted: list[tuple[float, Passage]]  # (fit, passage), best first by the learned order, not by the fit


def _post(thread: Thread) -> str:
    """The post a comment sits under: its title and body."""
    return " ".join(filter(None, (thread.title, thread.body)))


def rank_passages(
    retriever: GuidanceRetriever,
    text: str,
    focus: str | None = None,
    names: dict[str, str] | None = None,
    embedder: Embedder | None = None,
    post: str = "",
) -> Ranking | None:
    """The public passages that may answer a comment, best first by :func:`bot.opportunities.ranking.order` (what
    the comment asks, its question sentences, its slot, object, product and measure, e5's pull to its language taken
    out), each with the fit :func:`_best_passage` reads: its similarity plus :func:`slot_fit` for the slots it shares
    with the comment, :func:`product_fit` for naming the product the comment is about, and
    :func:`names_own_object` for naming what the question itself names. A bare question ("how much?") under a
    ``post`` stating a figure asks about the post's thing: the passages stating that figure lead
    (:func:`bot.opportunities.objects.post_figures`). None when no public passage answers."""
    # Only guidance that states facts can answer a comment; voice and do/don't rules never do. A support
    # passage answers a question about whom to contact, what to bring or how long a reply takes.
    asked = asked_slots(text)
    every = [p for p in retriever.search(text, k=LANGUAGE_K, kinds=CANDIDATE_KINDS) if p.visibility == "public"]
    if not every:
        return None
    answering = [p for p in every if p.kind in ANSWER_KINDS]
    nearest = max(p.score for p in every)
    shift = language_shifts(answering)
    subject = subject_stems(text, [p.text for p in answering])
    # What the brand's passages all speak of names nothing the question asks: the passage naming the question's own
    # object (a bag, a sum it states, a town) answers it, not a merely similar one (the loyalty card for "how much is
    # a bag?": the drafter then skipped or stated another passage's fact, reply-plans-i, spent).
    common = language_common([(" ".join((p.heading, p.text)), p.language) for p in answering], OBJECT_SHARE)
    brand = list((names or {}).values())
    fits = {
        p.id: p.score
        + shift.get(p.language or "", 0.0)
        + subject_fit(subject, p.text)
        + slot_fit(asked, p.text, p.kind)
        + product_fit(focus, p.text, names or {})
        + (OBJECT_FIT if names_own_object(text, " ".join((p.heading, p.text)), brand, common) else 0.0)
        for p in every
    }
    candidates = passage_candidates(retriever, text, every, embedder)
    ordered = order(text, candidates, language=detect_language(text), focus=focus, names=names)
    if posted := post_figures(text, post, brand, common):
        ordered = sorted(ordered, key=lambda pair: not posted & amounts(pair[1].passage.text))
    fitted = [(fits[c.passage.id], c.passage) for _, c in ordered]
    return Ranking(asked, nearest, shift, fitted)


def passage_candidates(
    retriever: GuidanceRetriever, text: str, every: Sequence[Passage], embedder: Embedder | None = None
) -> list[Candidate]:
    """``every`` passage found for ``text`` with the similarities :mod:`bot.opportunities.ranking` reads: the
    comment's, its question sentences' alone (:func:`bot.opportunities.coverage.questions`) and the two read alike
    (both as e5 queries; a caller without the embedder, a test's fixed scores, reads the comment's instead)."""
    asking = questions(text)
    by_question = (
        {p.id: p.score for p in retriever.search(asking, k=LANGUAGE_K, kinds=CANDIDATE_KINDS)}
        if asking != text
        else {p.id: p.score for p in every}
    )
    if embedder is not None:
        vectors = np.asarray(embedder.embed_queries([text, *(p.text for p in every)]), dtype=np.float32)
        alike = [float(v @ vectors[0]) for v in vectors[1:]]
    else:
        alike = [p.score for p in every]
    return [Candidate(p, p.score, by_question.get(p.id, p.score), same) for p, same in zip(every, alike, strict=True)]


def _best_passage(
    retriever: GuidanceRetriever,
    text: str,
    focus: str | None = None,
    names: dict[str, str] | None = None,
    embedder: Embedder | None = None,
    post: str = "",
    title: str = "",
) -> Best | None:
    """The passage that answers what the comment asks, first of :func:`rank_passages`. Its score is its fit (the
    similarity with the bonuses of :func:`rank_passages`), never raised above the nearest passage's similarity.
    ``title``, the post's own, may name the case the question leaves to it (:func:`conditions.post_cases`)."""
    ranking = rank_passages(retriever, text, focus, names, embedder, post)
    if ranking is None:
        return None
    asked, nearest, shift, fitted = ranking.asked, ranking.nearest, ranking.shift, ranking.fitted
    top_fit, top = fitted[0]
    specific = asked - GENERIC_SLOTS
    if specific and shift.get(top.language or "", 0.0):
        # The same specific fact (the warranty, the delivery) stated in two languages: the passage in the language the
        # text reads closest to (no shift) leads where it is nearly as close, so the offline drafter, which writes
        # only in the comment's language, states it (the demo's "hur lång garanti ...?" lost its Swedish answer).
        # A price or a time is stated of many things, so no such passage is taken for it over the shifted one.
        native = [
            (fit, p)
            for fit, p in fitted
            if fit >= top_fit - RUNNER_UP
            and not shift.get(p.language or "", 0.0)
            and specific & passage_slots(p.text, p.kind)
        ]
        if native:
            top_fit, top = native[0]
    if shift.get(top.language or "", 0.0) and (twin := _same_fact_native(top, top_fit, fitted, shift)) is not None:
        top_fit, top = twin
    wanted = asked_acts(questions(text)) if asks_for(questions(text)) else frozenset()
    if wanted and not wanted & acts(" ".join((top.heading, top.text))):
        # "kuinka kauan viulun tekeminen kestää?" asks how long making one takes: the loan during repairs, nearest by
        # e5 (its "korjaus kestää"), is another question's answer, and the drafter skips it (answering.on_act). The
        # passage naming the act asked (making, renting, opening, pickup, booking) answers where it is nearly as close
        # (reply-plans-p, spent: the build time and the monthly rent were left unanswered). Only a question asking a
        # figure of it (how long, how much, when): "bygger ni tunnbastu?" asks whether they build that kind at all,
        # which a passage on building another kind does not answer (reply-plans-n, spent).
        acting = next(
            (
                (fit, p)
                for fit, p in fitted
                # a campaign's "for bookings made by ..." is its period, not whether one must book
                if p.kind != "campaign" and fit >= top_fit - ACT_MARGIN and wanted & acts(" ".join((p.heading, p.text)))
            ),
            None,
        )
        if acting is not None:
            top_fit, top = acting
    # A case the question leaves to its post ("kommer de fram före jul?" under "Nu skickar vi även till Sverige!") is
    # asked as if named: the post is what the question speaks of (conditions.post_cases).
    case = asked_cases(questions(text)) or post_cases(questions(text), title)
    if case and not names_cases(case, " ".join((top.heading, top.text))):
        # "hur länge håller den i frysen?" asks about the freezer: the shelf life at room temperature and in the fridge,
        # nearest by e5, is another case's answer ("paljonko postikulut Ruotsiin?": the Finnish parcel price,
        # reply-plans-x, spent). The passage naming the case asked answers where it is nearly as close, in any language
        # (the drafter bridges it or says the guidance answers only in that language).
        # Nearly as close by meaning (e5's pull to a language taken out): the bonuses for words shared with the question
        # favour the passages in its language, and the case is named in another language's words there ("Ruotsiin",
        # "Sverige").
        near = top.score + shift.get(top.language or "", 0.0) - CASE_MARGIN
        naming = next(
            (
                (fit, p)
                for fit, p in fitted
                if p.kind != "campaign"
                and p.score + shift.get(p.language or "", 0.0) >= near
                and names_cases(case, f"{p.heading} {p.text}")
            ),
            None,
        )
        if naming is not None:
            top_fit, top = naming
    count = asked_count(questions(text)) if "amount" in asks_for(questions(text)) else None
    if count is not None and not meets(count, top.text):
        # "mitä maksaa 60 vihtaa?" asks the price of sixty: the unit prices, nearest by e5, are another question's
        # answer where a passage sets a rule for that many ("yli 50 vihdan tilauksille on oma hinnasto",
        # reply-plans-y, spent). It answers where it is nearly as close by meaning, as a case does (CASE_MARGIN).
        near = top.score + shift.get(top.language or "", 0.0) - CASE_MARGIN
        counted = next(
            (
                (fit, p)
                for fit, p in fitted
                if p.kind != "campaign" and p.score + shift.get(p.language or "", 0.0) >= near and meets(count, p.text)
            ),
            None,
        )
        if counted is not None:
            top_fit, top = counted
    on_slot = bool(asked & passage_slots(top.text, top.kind))
    runners = [
        p.id
        for fit, p in fitted
        if p is not top and abs(fit - top_fit) <= RUNNER_UP and (not on_slot or asked & passage_slots(p.text, p.kind))
    ]
    close = (top.id, *runners, *_regular_price(asked, top, fitted, runners))
    answer_fit = top_fit - product_fit(
        focus, top.text, names or {}
    )  # the product orders passages, never makes one answer
    return Best(min(nearest, answer_fit), top.language, top.kind, top.id, top.text, close)


# How far under the passage in another language its twin in the language the text reads closest to may be and still
# answer first (`_same_fact_native`).
SAME_FACT_MARGIN = 0.03
SAME_FACT_SHARE = 0.6  # of the two passages' figures together, the share both state


def _same_fact_native(
    top: Passage, top_fit: float, fitted: Sequence[tuple[float, Passage]], shift: dict[str, float]
) -> tuple[float, Passage] | None:
    """The same fact as ``top`` (in another language than the one the text reads closest to) stated in that language
    under other words, nearly as close: a passage of the same kind whose figures are mostly ``top``'s (at least two,
    :data:`SAME_FACT_SHARE` of both together). The writers of reply-plans-r (spent) gave the trial session's "60 min,
    29 €, age 10" in a Swedish and a Finnish passage and the winter visit's "89 €/45 €, under 4 free" in an English and
    a Finnish one; a Swedish price question planned from the Finnish twin was skipped by the offline drafter ("the
    guidance states the answer only in Finnish") while its own language stated it. A price alone is stated of many
    things (the reason the slot preference above leaves it out); the same set of figures is the same fact."""
    for fit, p in fitted:
        if p is top or fit < top_fit - SAME_FACT_MARGIN or shift.get(p.language or "", 0.0) or not p.language:
            continue
        if p.kind != top.kind and "campaign" in (p.kind, top.kind):
            continue
        if same_figures(top.text, p.text):
            return fit, p
    return None


def same_figures(one: str, other: str) -> bool:
    """Two passages state the same fact by their figures: at least two shared, :data:`SAME_FACT_SHARE` of both
    passages' figures together."""
    mine, theirs = set(_DIGITS.findall(one)), set(_DIGITS.findall(other))
    shared = mine & theirs
    return len(shared) >= 2 and len(shared) >= SAME_FACT_SHARE * len(mine | theirs)


# How far under the nearest passage one naming the act a question asks about (:mod:`bot.opportunities.acts`) may be
# and still answer it first: on reply-plans-p (spent) the monthly rent's passage sat 0.045 under the master violin's.
ACT_MARGIN = 0.05


# How far under the nearest passage one naming the case a question asks about (:mod:`bot.opportunities.conditions`:
# the freezer, an opened jar, Sweden) may be and still answer it first.
CASE_MARGIN = 0.05


# How far under a campaign's similarity the passage stating the regular price may be and still come with it (below).
REGULAR_PRICE_GAP = 0.05


def _regular_price(
    asked: frozenset[str], top: Passage, fitted: Sequence[tuple[float, Passage]], runners: list[str]
) -> tuple[str, ...]:
    """Where a campaign answers a question asking what something costs (not what the deal is), the nearest other
    passage in its language that states a price, within :data:`REGULAR_PRICE_GAP` of its similarity (the campaign's
    bonuses for sharing the question's words aside): "paljonko tää maksaa kuukaudessa?"
    under the member plan's post asks the monthly price, and the first month free alone left it unsaid (reply-plans-j,
    spent). The drafter states the regular price first where it names what the offer names
    (``answering.regular_price_first``), and the offer only where the plan allows one."""
    if top.kind != "campaign" or "price" not in asked or "discount" in asked:
        return ()
    regular = next(
        (
            p
            for _, p in fitted
            if p.kind != "campaign"
            and p.id not in runners
            and p.language == top.language
            and p.score >= top.score - REGULAR_PRICE_GAP
            and states(p.text, "amount")
        ),
        None,
    )
    return (regular.id,) if regular is not None else ()


# e5 reads a text as closer to any passage in its own language than to one in another: on reply-plans-a..c (spent),
# 18 of the 28 answers drafted with another passage's fact were asked in one language where the fact the writers
# labelled stood only in another, 0.00-0.08 below the nearest same-language passage (about something else). A
# passage is ranked by how much closer it is than the average passage of its language (over this many nearest), so a
# Swedish question whose answer stands only in the English guidance is planned from it; the offline drafter then
# says the guidance states it only in English instead of stating a Swedish passage's unrelated fact.
LANGUAGE_K = 64
LANGUAGE_MIN = 3  # a language with fewer public answering passages has no average to speak of: not shifted


def language_shifts(found: Sequence[Passage]) -> dict[str, float]:
    """Per passage language, what lifts its passages to the language the text searched for reads closest to: the
    highest average similarity of a language's passages (``found``: the public ones of a search for it) minus that
    language's own (0 for the closest language). Language-neutral passages and languages with fewer than
    :data:`LANGUAGE_MIN` passages are not shifted."""
    scores: dict[str, list[float]] = {}
    for p in found:
        if p.language:
            scores.setdefault(p.language, []).append(p.score)
    means = {lang: sum(v) / len(v) for lang, v in scores.items() if len(v) >= LANGUAGE_MIN}
    if len(means) < 2:
        return {}
    top = max(means.values())
    return {lang: top - mean for lang, mean in means.items()}


# A passage that speaks of the specific thing the question asks about (its slot: the number to call, the warranty,
# the delivery; not a price, a time or a place, which many passages state) answers it a little below the threshold:
# on reply-plans-h (spent) "mihin numeroon voi soittaa et varaa ajan" (0.812) and "mihin voi soittaa, appi ei kerro
# mitään" (0.817) sat just under 0.821 on the customer-service passage with its phone number, planned none,
# "guidance does not answer this". The threshold itself stays; only the shared specific slot lowers the bar.
ON_SLOT_MARGIN = 0.015


def on_slot_margin(text: str, passage: Best) -> float:
    """:data:`ON_SLOT_MARGIN` when ``passage`` speaks of a specific slot ``text`` asks about, else 0."""
    specific = asked_slots(text) - GENERIC_SLOTS
    return ON_SLOT_MARGIN if specific & passage_slots(passage.text, passage.kind) else 0.0


HOLDS_MARGIN = 0.03  # passages this close to the answering one may hold the kind of fact it lacks


def _holds_what_is_asked(retriever: GuidanceRetriever, text: str, passage: Best) -> bool:
    """The answering passage, or a public one nearly as close, holds the kind of information the question asks for
    (:func:`bot.opportunities.coverage.missing`: a price, a duration, a time of day, a count; hiring, new places,
    the company's owners). "mitä Plus maksaa?" is answered when the price sits in the passage next to the perks. A
    passage speaking only of another case than the one asked (the fridge for a freezer question,
    :mod:`bot.opportunities.conditions`) holds nothing of it."""
    case = unlisted(asked_cases(questions(text)))

    def holds(passage_text: str) -> bool:
        return (
            missing(text, passage_text) is None
            and not other_case(case, passage_text)
            and not amount_for_other_places(text, passage_text)
        )

    if holds(passage.text):
        return True
    found = retriever.search(text, k=SLOT_K, kinds=ANSWER_KINDS)
    return any(holds(p.text) for p in found if p.visibility == "public" and p.score >= passage.score - HOLDS_MARGIN)


@dataclass(frozen=True)
class _Neighbour:
    external_id: str
    parent_external_id: str | None
    author: str | None
    text: str
    ours: bool


def _neighbours(session: Session, thread_ids: set[int]) -> dict[int, list[_Neighbour]]:
    """Every stored comment of these threads, for the plan's thread context."""
    out: dict[int, list[_Neighbour]] = {}
    rows = session.execute(
        select(
            Comment.thread_id,
            Comment.external_id,
            Comment.parent_external_id,
            Comment.author_id,
            Comment.author_name,
            Comment.text,
            Comment.ours,
        )
        .where(Comment.thread_id.in_(list(thread_ids)), Comment.deleted.is_(False))
        .order_by(Comment.id)  # stored order: what was said before a comment comes before it
    )
    for thread_id, external_id, parent, author_id, author_name, text, ours in rows:
        out.setdefault(thread_id, []).append(
            _Neighbour(external_id, parent, (author_id or author_name or "").lower().lstrip("@"), text or "", ours)
        )
    return out


def _thread_context(
    comment: Comment,
    thread: Thread,
    neighbours: list[_Neighbour],
    passage: Best | None,
    retriever: GuidanceRetriever,
    settings: Settings,
    context: SignalContext,
    item: dict[str, Any],
    lookups: _Lookups,
    parent_plan: str | None = None,
    follow_up: _Neighbour | None = None,
) -> ThreadContext:
    """Is the comment a reply to another person (to a complaint: ``parent_plan``, the plan decided for the comment it
    replies to), already answered by someone, addressed to the brand, carried on in the person's own ``follow_up``?"""
    brand = set(settings.brand_account_ids)
    by_id = {n.external_id: n for n in neighbours}
    author = (comment.author_id or comment.author_name or "").lower().lstrip("@")
    parent = by_id.get(comment.parent_external_id or "")
    reply_to_other = parent is not None and not parent.ours and parent.author not in brand and parent.author != author
    lowered = (comment.text or "").lower()
    names_brand = any(term.lower() in lowered for term in context.brand_terms if term)
    brand_post = bool(thread.author) and (thread.author or "").lower().lstrip("@") in brand
    answered = False
    if passage is not None:
        others = [n for n in neighbours if not n.ours and n.author not in brand]
        # A reply to the question by anyone but the brand answers it; the asker's own "found it: 7 days before"
        # too (they need no answer any more).
        replies = [n for n in others if n.parent_external_id == comment.external_id and _statement(n.text)]
        # Where people do not thread their replies (comments under a video or a post), the answer is often the
        # comment just before the question ("delivery is free over 50 €" ... "is delivery free?"): a statement
        # by someone else just before it, at the same level, answers it as a reply would. Only the one before:
        # two comments on, a question is another question ("do you deliver to Vaasa?").
        position = next((i for i, n in enumerate(neighbours) if n.external_id == comment.external_id), None)
        earlier = neighbours[:position] if position is not None else []
        before = [n for n in earlier if n.parent_external_id == comment.parent_external_id]
        replies += [
            n
            for n in before[-EARLIER_ANSWERS:]
            if _statement(n.text)
            and not n.ours
            and n.author not in brand
            and n.author != author
            and _same_subject(comment.text or "", n.text)
            and _tells_what_is_asked(lookups, comment.text or "", n.text, context.brand_terms)
        ]
        # An earlier statement anywhere in the thread, by someone else, that gives an amount the answering
        # passage states ("4,90 € to a parcel locker" five comments before "paljon automaattiin lähettäminen
        # maksaa?"): the answer is on the page already (the writers labelled those none, "already answered by
        # c11"). Only for a question that asks an amount and states none ("does it heat at -25?" two comments after
        # "ours ran at -25" asks again), and only with the passage's own amount: a statement in words this far away
        # may answer something else.
        stated = amounts(passage.text) if asks_for(comment.text or "") and not amounts(comment.text or "") else set()
        replies += [
            n
            for n in earlier
            if n not in replies
            and _statement(n.text)
            and not n.ours
            and n.author not in brand
            and n.author != author
            and amounts(n.text) & stated
            and _same_subject(comment.text or "", n.text)
        ]
        threshold = item["answer_thresholds"]["same"]
        # The same question asked earlier in the thread and answered there ("bindningstid??" under "finns det
        # bindningstid?", which a member answered): the answer is on the page already (the spent sets' writers
        # labelled those none, "already answered by c03"). The same question: the same answering passage and
        # the same slots (two price questions on one price passage may ask two prices).
        asked = slots(comment.text or "")
        for question in earlier:
            if question in replies or question.author == author or lookups.question_slots(question.text) != asked:
                continue
            if not lookups.same_question(comment.text or "", question.text):
                continue
            found = lookups.best(question.text)
            if found is not None and found.id == passage.id and found.score >= threshold:
                replies += [
                    n
                    for n in others
                    if n.parent_external_id == question.external_id and _statement(n.text) and n.author != author
                ]
        # An answer someone questions in a reply ("so no problem with the ioniq? what do i need to do" under "works
        # fine, did it 20 times") is not settled: the brand's answer is still wanted (reply-plans-h, spent).
        # The comment's own "och inget glutenfritt alls??" under the answer it was given asks again what it was told.
        replies = [
            r for r in replies if not _questioned(r, [n for n in others if n.external_id != comment.external_id])
        ]
        answered = any(_answers(lookups, reply.text, passage, threshold, comment.text or "") for reply in replies)
        # The post's own author (the creator of the video, the reviewer) replying to the question under their own post
        # answers it for the readers, in their own words ("n. 83 % perinteiseen 👍", "yes they're in the box!"): a
        # brand reply after it repeats them or, worse, says something else (reply-plans-ab, spent: both panellists
        # skipped such answers, "already answered by the creator"). Not when they pass it on ("no idea, ask them").
        host = (thread.author or "").lower().lstrip("@")
        answered = answered or any(
            reply.author == host
            and host not in brand
            and reply.parent_external_id == comment.external_id
            and _NOT_KNOWN.search(reply.text) is None
            for reply in replies
        )
        if not answered and contradicts(comment.text or "", passage.text):
            # A wrong figure corrected by a reply that gives the passage's own figure, however short ("395 står det
            # på hemsidan" under "Klarsyn tar 795 kr"): too short to read as the passage, but the correction is made.
            right = set(_DIGITS.findall(passage.text)) - set(_DIGITS.findall(comment.text or ""))
            answered = any(
                set(_DIGITS.findall(n.text)) & right
                for n in others
                if n.parent_external_id == comment.external_id and n.author != author
            )
    # The person's own later comment saying it was put right ("update: they replied today and credited me a free
    # week", a reply to their own complaint or anywhere below it): the complaint is settled in the thread.
    position = next((i for i, n in enumerate(neighbours) if n.external_id == comment.external_id), None)
    later = neighbours[position + 1 :] if position is not None else []
    comment_said = _Neighbour(comment.external_id, comment.parent_external_id, author, comment.text or "", False)
    # For a question, the thanks must be for an answer to it, not for a tip or a list beside it (`settling`).
    asking = asked_in_form(comment.text or "", None)
    resolved_later = bool(author) and any(
        n.author == author
        and not n.ours
        and settles(n.text)
        and (not asking or settles_question(comment_said, n, neighbours))
        for n in later
    )
    # The person's own last reply to this comment, assessed with it and open to a reply (``follow_up``), not settling
    # it ("ringde redan reklamationsnumret men inget har hänt" under their own complaint): the one reply they get goes
    # under the follow-up, which says most.
    followed_up_later = follow_up is not None and not settles(follow_up.text)
    return ThreadContext(
        resolved_later=resolved_later,
        followed_up_later=followed_up_later,
        reply_to_other=reply_to_other,
        answered_in_thread=answered,
        names_brand=names_brand,
        brand_post=brand_post,
        names_competitor=names_competitor(comment.text or "", context.competitors),
        parent_complaint=reply_to_other and parent_plan == ACKNOWLEDGE,
    )


def _tells_what_is_asked(lookups: _Lookups, question: str, statement: str, brand: Sequence[str]) -> bool:
    """A statement just before a question, not a reply to it, answers it only when it names what the question itself
    names (:func:`bot.opportunities.objects.names_own_object`: its own words beside what the brand's passages all
    speak of, a sum it states, a name): one that only reads near the same passage is the person before telling their
    own story, a wish or a complaint ("bought the 60 last autumn, the LED lamp is gold" before "do the lid and the
    lighting come with it?"; "add subtitles to the videos" before "how many hours of video are included?"). On the
    spent judgement-k to -n, 15 of 19 questions this rule took for answered were labelled for a draft. A question
    naming nothing of its own ("bindningstid??", "how much?") is answered by any statement on its passage, as
    before."""
    asking = questions(question)  # its question sentences: "my kids wreck the forest 😂" before it names no object
    common = lookups.common(asking)
    named = " ".join(w for w in WORD.findall(asking) if not slots(w))
    if not own_object(named, brand, common):
        return True
    return names_own_object(asking, statement, brand, common)


# A reply that passes the question on rather than answering it.
_NOT_KNOWN = re.compile(
    r"\b(no idea|not sure|don'?t know|dunno|ask (them|the|their)|en tiedä|en oo varma|ei hajua|kysy\w*|vet inte|"
    r"ingen aning|inte säker|fråga)\b",
    re.IGNORECASE,
)


def _statement(text: str) -> bool:
    """A comment that may answer a question: it asks nothing, with a question mark or without one ("can we rent a
    guitar or do we need to buy one first", "whats the price after the free one, 30 min lessons": on reply-plans-h,
    spent, such questions just before another were read as its answer, their figure as the amount it asks)."""
    return not asks_something(text, None)


def _questioned(reply: _Neighbour, others: Sequence[_Neighbour]) -> bool:
    """Someone other than its author replies to ``reply`` with a question: its answer is in doubt."""
    return any(
        n.parent_external_id == reply.external_id and n.author != reply.author and not _statement(n.text)
        for n in others
    )


# What a reply without a figure cannot answer: a question about an amount needs the amount.
_AMOUNT_SLOTS = frozenset({"price", "duration", "measure", "discount", "compensation", "savings", "cold"})


def _answers(lookups: _Lookups, reply: str, passage: Best, threshold: float, question: str) -> bool:
    """``reply`` gives the answer ``passage`` states: it reads as that passage (or a close runner-up), states no
    figure the passage contradicts, and gives one of the passage's figures when it has any and the question asks an
    amount (a price, a time) or states one ("-25 asteessa?": "meillä on toiminut" is an experience, not the
    guidance's -30 °C); other questions are answered in words ("ingen bindningstid, bara en månads
    uppsägning" for "bindningstid?")."""
    found = lookups.best(reply) if reply else None
    if found is None or found.id not in passage.close or found.score < threshold:
        return False
    asked = slots(question)
    if contradicts(reply, passage.text):
        return False
    figures = set(_DIGITS.findall(passage.text))
    said = set(_DIGITS.findall(reply))
    if not figures or figures & said:
        return True
    # A figure the guidance does not state ("joku 25" for a 20 km/h limit) is no answer, nor is a reply without
    # the figure to a question about an amount.
    return not asked & _AMOUNT_SLOTS and not amounts(question) and not bare_figures(reply)


# Two questions this similar by meaning (e5 query vectors) ask the same thing: "bindningstid??" and "finns det
# bindningstid? har blivit blåst förr" 0.94, "wait do i need my own padlock" and "do u need to bring ur own lock for
# the lockers" 0.91; "do dogs have to be on a leash" and "cats too or just dogs?" 0.86 do not.
SAME_QUESTION = 0.88


class _Lookups:
    """One batch's guidance searches and question vectors for the thread checks, each text's done once.

    Every question is compared with every earlier question of its thread and every reply to it, so a long thread
    of similar questions would otherwise search the guidance and embed the same texts once per pair (a 400-comment
    thread of price questions: 3.4 times the CPU of its assessment without the comparison)."""

    def __init__(self, retriever: GuidanceRetriever, embedder: Embedder) -> None:
        self.retriever = retriever
        self.embedder = embedder
        self._best: dict[str, Best | None] = {}
        self._vectors: dict[str, npt.NDArray[np.float32]] = {}
        self._slots: dict[str, frozenset[str] | None] = {}
        self._common: dict[str, frozenset[str]] = {}

    def best(self, text: str) -> Best | None:
        """:func:`_best_passage` of ``text`` (no product focus), searched once a batch."""
        if text not in self._best:
            self._best[text] = _best_passage(self.retriever, text, embedder=self.embedder)
        return self._best[text]

    def common(self, text: str) -> frozenset[str]:
        """What the brand's passages near ``text`` all speak of (:func:`language_common`, as the ranking reads it),
        searched once a batch."""
        if text not in self._common:
            found = [
                p for p in self.retriever.search(text, k=LANGUAGE_K, kinds=ANSWER_KINDS) if p.visibility == "public"
            ]
            self._common[text] = language_common(
                [(" ".join((p.heading, p.text)), p.language) for p in found], OBJECT_SHARE
            )
        return self._common[text]

    def question_slots(self, text: str) -> frozenset[str] | None:
        """The slots :func:`slots` reads in ``text`` when it is a question (:func:`rules.is_question`), else None."""
        if text not in self._slots:
            self._slots[text] = slots(text) if rules.is_question(text) else None
        return self._slots[text]

    def same_question(self, question: str, earlier: str) -> bool:
        """Whether two questions ask the same thing: their e5 query vectors at :data:`SAME_QUESTION` or closer."""
        missing = list(dict.fromkeys(t for t in (question, earlier) if t not in self._vectors))
        if missing:
            vectors = np.asarray(self.embedder.embed_queries(missing), dtype=np.float32)
            self._vectors.update(zip(missing, vectors, strict=True))
        return float(self._vectors[question] @ self._vectors[earlier]) >= SAME_QUESTION


def _stated_elsewhere(retriever: GuidanceRetriever, text: str) -> bool:
    """A figure the comment states is one a public passage near it states too ("delivery is 4,90 under 60 €"
    against the delivery passage, when the passage judged to answer it was the return fee's): the figure is
    right, so there is nothing to correct (the panels skipped "corrections" of right figures)."""
    claimed = amounts(text)
    if not claimed:
        return False
    found = retriever.search(text, k=SLOT_K, kinds=ANSWER_KINDS)
    return any(claimed & amounts(p.text) for p in found if p.visibility == "public")


_WORDS = re.compile(r"[^\W\d_]{4,}")


def _same_subject(question: str, statement: str) -> bool:
    """The statement speaks of what the question asks: a slot they share (the delivery, the time), or, for a
    question with no slot, a word ("solo"); a joke before a delivery question is no answer to it."""
    asked = slots(question)
    if asked:
        return bool(asked & slots(statement))
    words = {w.lower()[:5] for w in _WORDS.findall(question)}
    return bool(words & {w.lower()[:5] for w in _WORDS.findall(statement)})


def _guidance_fit(
    retriever: GuidanceRetriever,
    text: str,
    language: str | None,
    answer: Best | None,
    focus: str | None = None,
    names: dict[str, str] | None = None,
) -> GuidanceFit:
    """Which passages answer the comment, does it contradict them, is there a support route, and a campaign
    about what it asks that may be offered? A campaign for another product than the one the comment is
    about (the Virta offer under a Tuli question) is not."""
    found = retriever.search(text, k=1, kinds=("support",), language=language)
    support = [p for p in found if p.visibility == "public"]
    campaigns = [
        p
        for p in retriever.search(text, k=3, kinds=("campaign",), language=language)
        if p.visibility == "public"
        and p.language in (language, None)
        and p.score >= CAMPAIGN_RELEVANCE
        and campaign_allows(p.text, p.language)
        and (focus is None or not products_in(p.text, names or {}) or focus in products_in(p.text, names or {}))
    ]
    return GuidanceFit(
        answers=answer is not None,
        support=bool(support),
        remedy=any(puts_right(text, p.text) for p in support),
        campaign=bool(campaigns),
        passages=answer.close if answer else (),
        offer_passage=campaigns[0].id if campaigns else None,
        contradicts=answer is not None and contradicts(text, answer.text) and not _stated_elsewhere(retriever, text),
        confirms=answer is not None and confirms(text, answer.text),
    )


OPPOSE_K = 3  # passages whose sentences a claim is read against (statements only: facts and FAQ answers)
# Passages of every language a claim is also read against: the writers of the spent reply-plans-i and -j give each
# fact in one language only (the fi, sv or en file) while comments come in all three, so "Lukuhetki's ebooks are
# Kindle format" is contradicted only by a Finnish sentence ("... mutta eivät Kindlessä").
OPPOSE_EVERY_K = 8


def _opposed(
    retriever: GuidanceRetriever, embedder: Embedder, text: str, query: npt.NDArray[np.float32], language: str | None
) -> tuple[str | None, str | None, str | None]:
    """The public sentence nearest the comment by meaning (e5: the comment's query vector against each sentence's
    passage vector) when it says the opposite of it (:func:`bot.opportunities.claims.opposite`) and shares a word
    with it, or states another figure for what the comment gives a figure of (``"figure"``): how
    (``GuidanceFit.opposes``), the passage's id and the sentence's language, else ``(None, None,
    None)``.

    A sentence in another language than the comment's is read too (:func:`_sentence_shifts` takes e5's pull towards
    the comment's own language out of its similarity); the word it shares must be one of its own, not one most of
    the sentences found share (the brand's name): a name or a loan ("Kindle", "Agria") is what two languages
    share."""
    if language is None:
        return None, None, None
    same = retriever.search(text, k=OPPOSE_K, kinds=("fact", "faq"), language=language)
    every = retriever.search(text, k=OPPOSE_EVERY_K, kinds=("fact", "faq"))
    found = list({p.id: p for p in (*same, *every) if p.visibility == "public"}.values())
    # A FAQ's question line states nothing: only its answer can contradict a claim.
    pairs = [(p, s) for p in found for s in rules.sentences(p.text) if "?" not in s]
    if not pairs:
        return None, None, None
    similarity = np.asarray(embedder.embed_passages([s for _, s in pairs]), dtype=np.float32) @ query
    scores = [float(x) for x in similarity]
    shift = _sentence_shifts([(p.language, score) for (p, _), score in zip(pairs, scores, strict=True)])
    common = common_stems([s for _, s in pairs])

    def near(index: int) -> float | None:
        passage, sentence = pairs[index]
        if prices_past(text, sentence):  # an extra's price beside the claim's subject says nothing of the claim
            return None
        if passage.language in (language, None):
            return scores[index] if shares_stem(text, sentence) else None
        if not shares_stem(text, sentence, common):
            return None
        return scores[index] + shift.get(passage.language or "", 0.0)

    fitted = sorted(
        ((fit, i) for i in range(len(pairs)) if (fit := near(i)) is not None and fit >= SENTENCE_FIT),
        reverse=True,
    )
    # A figure the claim states that no sentence found states ("självrisken är alltid 2 000 €" against "Självrisken
    # ... är 1 200 €"): a sentence stating another figure in its unit for the same thing says otherwise. A figure
    # some sentence states is right, said of another line of the guidance (_stated_elsewhere).
    claimed = amounts(text)
    right = any(claimed & amounts(s) for _, s in pairs)

    def way(sentence: str) -> str | None:
        if how := opposite(text, sentence):
            return how
        # About the same thing: a word they share beyond the words of a figure itself ("kostar", "hinta").
        same_thing = shares_stem(text, sentence, common | FIGURE_STEMS)
        return "figure" if same_thing and not right and contradicts(text, sentence) else None

    ways = [way(pairs[i][1]) for _, i in fitted]
    # Every sentence near it must say otherwise: one that agrees ("Revontulet finns i en svensk utgåva" beside
    # "... korten har symboler, inte text" under "Revontulet finns som Norrsken på svenska") leaves it in doubt.
    if not ways or not all(ways):
        return None, None, None
    passage = pairs[fitted[0][1]][0]
    return ways[0], passage.id, passage.language


def _sentence_shifts(scored: Sequence[tuple[str | None, float]]) -> dict[str, float]:
    """Per sentence language, what lifts its sentences to the language the comment reads closest to: the highest
    average similarity of a language's sentences minus that language's own (as :func:`language_shifts` does for
    passages); languages with fewer than :data:`LANGUAGE_MIN` sentences are not shifted."""
    by_language: dict[str, list[float]] = {}
    for lang, score in scored:
        if lang:
            by_language.setdefault(lang, []).append(score)
    means = {lang: sum(v) / len(v) for lang, v in by_language.items() if len(v) >= LANGUAGE_MIN}
    if len(means) < 2:
        return {}
    top = max(means.values())
    return {lang: top - mean for lang, mean in means.items()}


def _store_signals(session: Session, comment: Comment, sig: Signals, own: Sequence[str]) -> None:
    row = session.get(Signal, comment.id)
    if row is not None and row.content_hash == comment.content_hash:
        return
    if row is None:
        row = Signal(comment_id=comment.id)
        session.add(row)
    row.language, row.intent, row.emotion = sig.language, sig.intent, sig.emotion
    row.tones, row.sarcasm, row.need = list(sig.tones), sig.sarcasm, sig.need
    row.risk, row.opt_out, row.method = list(sig.risk), sig.opt_out, sig.method
    row.own_risk = list(own)
    row.content_hash, row.computed_at = comment.content_hash, utcnow()
    stored = session.get(Comment, comment.id)
    if stored is not None and stored.language is None and sig.language:
        stored.language = sig.language


def _store_opportunity(
    session: Session, comment_id: int, brand_watch: tuple[int, int], scored: Score, now: datetime
) -> None:
    """The brand's own assessment of the comment (a comment of a shared thread has one per brand)."""
    brand_id, watch_id = brand_watch
    row = session.scalar(
        select(Opportunity).where(Opportunity.comment_id == comment_id, Opportunity.brand_id == brand_id)
    )
    if row is None:
        row = Opportunity(comment_id=comment_id, brand_id=brand_id, created_at=now)
        session.add(row)
    row.watch_id = watch_id
    row.score, row.parts, row.reason, row.action, row.updated_at = (
        scored.score,
        scored.parts,
        scored.reason,
        scored.action,
        now,
    )


def _score_input(
    session: Session,
    settings: Settings,
    comment: Comment,
    thread: Thread,
    sig: Signals,
    objective: str,
    thresholds: dict[str, Any],
    now: datetime,
    brand_id: int,
) -> dict[str, Any]:
    posts = (
        select(
            Post.published_at,
            Comment.thread_id,
            Comment.author_id,
            Thread,
            func.coalesce(Opportunity.brand_id, DEFAULT_BRAND_ID),
        )
        .join(Draft, Post.draft_id == Draft.id)
        .join(Comment, Draft.comment_id == Comment.id)
        .join(Thread, Comment.thread_id == Thread.id)
        .outerjoin(Opportunity, Opportunity.id == Draft.opportunity_id)
        .where(Post.platform == comment.platform, Post.published_at >= now - timedelta(days=7))
    )
    recent = list(session.execute(posts))
    community = community_of(thread)
    here = [row for row in recent if community_of(row[3]) == community]  # every brand's replies in the community
    cooldown = now - timedelta(hours=settings.author_cooldown_hours)
    # Another brand's reply in the thread does not stop this brand (its card names that brand); its own does.
    replied_here = session.scalar(
        select(Post.id)
        .join(Draft, Post.draft_id == Draft.id)
        .join(Comment, Draft.comment_id == Comment.id)
        .outerjoin(Opportunity, Opportunity.id == Draft.opportunity_id)
        .where(Comment.thread_id == thread.id, func.coalesce(Opportunity.brand_id, DEFAULT_BRAND_ID) == brand_id)
        .limit(1)
    )
    age = (now - comment.created_at).total_seconds() / 3600 if comment.created_at else None
    metrics, thread_metrics = comment.metrics or {}, thread.metrics or {}
    return {
        "signals": sig,
        "objective": objective,
        "age_hours": max(0.0, age) if age is not None else None,
        "engagement": int(metrics.get("score") or metrics.get("likes") or 0),
        "reach": int(thread_metrics.get("comments") or thread_metrics.get("score") or 0),
        "brand_replied_in_thread": replied_here is not None,
        "community_replies_this_week": sum(1 for row in here if row[4] == brand_id),
        "community_budget": settings.community_weekly_replies,
        "install_community_replies_this_week": len(here),
        "install_community_cap": settings.install_community_weekly_replies,
        "author_in_cooldown": bool(comment.author_id)
        and any(row[2] == comment.author_id and row[0] >= cooldown for row in recent),
        "suppressed": is_suppressed(session, comment.platform, comment.author_id, brand_id=brand_id),
        "thresholds": {k: float(v) for k, v in thresholds.items() if k in ("draft", "digest")},
        "answer_thresholds": {
            "same": settings.answer_threshold_same_language,
            "cross": settings.answer_threshold_cross_language,
        },
        "relevance_threshold": settings.topic_relevance_threshold,
    }
