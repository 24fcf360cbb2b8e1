"""What happens to comments after they are stored: assess, retrieve, draft.

``process_comments`` runs inside the poll pass for the comments a poll found
new or changed. Signals and the opportunity decision come from
``bot.opportunities.assess``; for each comment whose action is ``draft`` the brand
guidance is retrieved and the configured drafter writes a reply, stored as a
pending draft with its first version. Nothing here publishes.

Re-running is harmless: a comment that already has a live draft is not drafted
again; an edited comment's pending drafts become ``stale`` first. Work a crash
or a failure left half-way is found and finished by :mod:`bot.drafting.resume`, which
every poll runs before new work.

Some watches never draft (:func:`drafting_off`): listen-only watches, and
Hacker News threads unless the watch opted in (HN reportedly forbids generated
comments). Their ``draft`` opportunities become ``digest`` with the reason.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.brands.settings import all_brands, resolve_id
from bot.checks import frozen as draft_checks
from bot.checks.context import from_brand_account
from bot.checks.signature import SLOT, signoff_template, template_in, with_signoff
from bot.checks.voice_rules import disclosure_due, fixed_signoff, voice_rules
from bot.domain import CommentView, Passage
from bot.drafting import budget, privacy_notice
from bot.drafting.examples import approved_examples
from bot.drafting.offline import wants_shorter
from bot.drafting.support import reachable, tried_channels
from bot.drafting.types import DraftRequest, DraftResult
from bot.drafting.voice import guidance_brand
from bot.errors import DraftingError, KnowledgeError
from bot.opportunities.assess import ANSWER_KINDS, assess_comments
from bot.opportunities.plan import ANSWER, PLANS, ReplyPlan
from bot.ports import GuidanceRetriever
from bot.review.status import LIVE, DraftStatus, move
from bot.review.verdicts import judge
from bot.services import Services
from bot.storage.models import Comment, Draft, DraftVersion, Opportunity, Post, Signal, Thread, Watch, utcnow
from bot.textnorm import text_hash

log = logging.getLogger(__name__)

PARENT_DEPTH = 4  # ancestors given to the drafter
GUIDANCE_K = 6
RULE_K = 3  # per rule kind
PLAN_K = 12  # the plan's passages are found among this many (chosen by what was asked, not by rank)
RULE_KINDS = ("disclosure", "voice")
# Every section of a voice file applies to every reply (its sign-off too, however unlike the comment it reads).
VOICE_K = 8
# A regeneration asked for a shorter reply that the drafter cannot make shorter (one statement and the
# disclosure line): the draft stays as it is and the reviewer is told so, rather than getting the same text anew.
NO_SHORTER = "it is already as short as the drafter writes it (no shorter redraft); edit the text to cut more"


@dataclass
class ProcessReport:
    """What processing a poll's new and changed comments did; the poll adds it to the watch's line."""

    opportunities: int = 0
    drafted: int = 0
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class DraftOutcome:
    comment_id: int
    draft_id: int | None
    skipped: str | None = None
    error: str | None = None


def process_comments(
    services: Services,
    watch_id: int,
    new_ids: list[int],
    changed_ids: list[int],
    *,
    draft: Callable[[int], None] | None = None,
) -> ProcessReport:
    """Assess new and changed comments; draft those worth answering.

    ``draft``: hand each comment to draft to it instead of drafting here (distributed mode queues them).
    """
    outcome = ProcessReport()
    services = services.for_watch(watch_id)  # the watch's brand: its guidance, budgets and checks
    if changed_ids:
        stale = mark_stale(services, changed_ids)
        if stale:
            outcome.notes.append(f"{stale} drafts stale after edits")
    ids = [i for i in new_ids + changed_ids if i]
    ours = own_comments(services, ids)
    ids = [i for i in ids if i not in ours]  # never assess, digest or answer the brand's own replies
    off = drafting_off(
        services, watch_id
    )  # earlier unfinished work is resumed before each poll (bot/drafting/resume.py)
    if not ids:
        return outcome
    assessments = assess_comments(
        db=services.db,
        settings=services.settings,
        embedder=services.embedder,
        retriever=services.guidance,
        watch_id=watch_id,
        comment_ids=ids,
        install_settings=services.install_settings,
    )
    outcome.opportunities = sum(1 for a in assessments if a.action in ("draft", "digest", "escalate"))
    if off is not None:
        demoted = demote(services, [a.comment_id for a in assessments if a.action == "draft"], off)
        if demoted:
            outcome.notes.append(f"{demoted} kept for the digest ({off})")
        return outcome
    for assessment in assessments:
        if assessment.action != "draft":
            continue
        if draft is not None:
            draft(assessment.comment_id)
            continue
        result = draft_comment(services, assessment.comment_id)
        if result.draft_id is not None:
            outcome.drafted += 1
        elif result.error:
            outcome.notes.append(f"draft for comment {result.comment_id} failed: {result.error}")
    return outcome


def drafting_off(services: Services, watch_id: int) -> str | None:
    """Why this watch never drafts, or None when it may."""
    with services.db.read() as session:
        watch = session.get(Watch, watch_id)
        if watch is None:
            return None
        if watch.listen_only:
            return "listen-only watch: no drafts"
        if watch.platform == "hackernews" and not watch.draft_opt_in:
            return "Hacker News: drafting is off for this watch"
        brand_id = watch.brand_id
    brand = resolve_id(services.db, services.install_settings, brand_id)
    if not brand.drafting:
        return f"brand {brand.name}: drafting is off (kuulo brand set {brand.name} drafting on)"
    return None


def demote(services: Services, comment_ids: list[int], reason: str) -> int:
    """Turn these comments' ``draft`` opportunities into ``digest`` ones, saying why."""
    if not comment_ids:
        return 0
    with services.db.write() as session:
        rows = session.scalars(
            select(Opportunity).where(
                Opportunity.comment_id.in_(comment_ids),
                Opportunity.brand_id == services.brand_id,  # only this brand's assessments
                Opportunity.action == "draft",
            )
        ).all()
        for opportunity in rows:
            opportunity.action = "digest"
            opportunity.reason = f"{opportunity.reason}; {reason}" if opportunity.reason else reason
            opportunity.updated_at = utcnow()
        return len(rows)


def own_comments(services: Services, comment_ids: list[int]) -> set[int]:
    """The brand's own comments among ``comment_ids``: our published replies (``posts``, any brand's), and
    anything written by an account of any brand (``KUULO_BRAND_ACCOUNTS``, ``brand set NAME brand_accounts``):
    one brand never answers another's reply (an agency answering itself is astroturfing)."""
    if not comment_ids:
        return set()
    accounts = set(every_brands_accounts(services))
    with services.db.read() as session:
        rows = session.execute(
            select(Comment.id, Comment.author_id, Comment.author_name, Post.id, Comment.ours)
            .outerjoin(Post, (Post.platform == Comment.platform) & (Post.external_id == Comment.external_id))
            .where(Comment.id.in_(comment_ids))
        ).all()
    return {
        comment_id
        for comment_id, author_id, author_name, post_id, ours in rows
        if post_id is not None
        or ours  # recognised by uri or parent and text when it was stored (bot.conversation.live)
        or (author_id or "").lower().lstrip("@") in accounts
        or (author_name or "").lower().lstrip("@") in accounts
    }


def every_brands_accounts(services: Services) -> tuple[str, ...]:
    """The accounts of every brand (``brand_accounts``): no brand assesses or answers any of them."""
    accounts = dict.fromkeys(services.settings.brand_account_ids)
    for brand in all_brands(services.db, services.install_settings):
        accounts.update(dict.fromkeys(brand.settings.brand_account_ids))
    return tuple(accounts)


def mark_stale(services: Services, comment_ids: list[int]) -> int:
    with services.db.write() as session:
        return move(session, Draft.comment_id.in_(comment_ids), DraftStatus.STALE)


def draft_comment(
    services: Services, comment_id: int, instruction: str | None = None, replacing: str | None = None
) -> DraftOutcome:
    """Draft a reply to one stored comment; store it as a pending draft.

    ``replacing`` is the text of the draft a regeneration replaces: asked for a shorter reply, a redraft that is
    no shorter than it is not stored (the draft is already as short as the drafter writes it, :data:`NO_SHORTER`).
    """
    if not services.scoped:  # the brand whose watch stores it; a shared thread's other brands come scoped
        services = services.for_comment(comment_id)  # only its brand's guidance, checks and voice
    context = _load(services, comment_id)
    if context is None:
        return DraftOutcome(comment_id, None, skipped="comment gone, deleted, or already has a live draft")
    view, watch_objective, topics, opportunity_id, plan, watch_id, brand_post = context
    brand = draft_checks.brand_for(services.settings)  # the brand file the frozen checks read too
    own_account = from_brand_account(brand, brand_post)
    if plan.kind == "none":
        return DraftOutcome(comment_id, None, skipped=f"reply plan none: {plan.reason}")
    with services.db.read() as session:
        examples = approved_examples(
            session, language=view.language, platform=view.platform, exclude_comment=comment_id
        )
        notice_url = services.settings.privacy_notice_url
        first_reply = not privacy_notice.answered_before(session, comment_id)
        notice = privacy_notice.notice_line(notice_url, view.language) if notice_url and first_reply else None
    off = drafting_off(services, watch_id)
    if off is not None:  # a person asking cannot override it either: the watch decides
        return DraftOutcome(comment_id, None, skipped=off)
    try:
        started = time.monotonic()
        passages = guidance_for(services.guidance, view.text, view.language, plan)
        campaigns = [
            p for p in services.guidance.search(view.text, k=RULE_K, kinds=("campaign",)) if p.visibility == "public"
        ]
        searched = time.monotonic()
        request = DraftRequest(
            comment_text=view.text,
            comment_language=view.language,
            comment_author=view.author,
            platform=view.platform,
            thread_title=view.thread_title,
            thread_body=view.thread_body,
            parents=view.parents,
            objective=watch_objective,
            topics=tuple(topics),
            passages=tuple(passages),
            instruction=instruction,
            examples=examples,
            privacy_notice=notice,
            plan=plan.kind,
            plan_reason=plan.reason,
            offer=plan.offer,
            need=view.need,
            answer_passages=plan.passages,
            offer_passage=plan.offer_passage,
            own_account=own_account,
            replies_from=brand.replies_from,
            product=plan.product,
            complaint=plan.complaint,
        )
        if services.drafter.mode == "llm":
            budget.ensure_room(services.db, services.settings)
        result = services.drafter.draft(request)
        log.info(
            "comment=%s: guidance searched in %.2f s, drafted in %.2f s",
            comment_id,
            searched - started,
            time.monotonic() - searched,
        )
        if result.tokens_used:
            budget.charge(services.db, result.tokens_used)
    except (DraftingError, KnowledgeError) as exc:
        log.warning("comment=%s: drafting failed: %s", comment_id, exc)
        _record_failure(services, comment_id, opportunity_id, str(exc))
        return DraftOutcome(comment_id, None, error=str(exc))
    if notice and not result.skip and notice not in result.text:  # the model was told to keep it; make sure
        result = result.model_copy(update={"text": f"{result.text} {notice}"})
    if result.skip:
        _record_model_skip(services, opportunity_id, result)
        return DraftOutcome(comment_id, None, skipped=result.skip_reason or "the drafter chose not to reply")
    template = signoff_template([p for p in passages if p.visibility == "public"], result.language)
    if template is not None:  # the voice asks for the answerer's name: every text carries the slotted sign-off
        result = result.model_copy(
            update={
                "text": with_signoff(result.text, template[0], notice),
                "variants": [
                    v.model_copy(update={"text": with_signoff(v.text, template[0], notice)}) if v.text else v
                    for v in result.variants
                ],
            }
        )
    if replacing is not None and wants_shorter(instruction) and len(result.text) >= len(replacing):
        return DraftOutcome(comment_id, None, skipped=NO_SHORTER)
    domain = privacy_notice.notice_domain(notice_url) if notice and notice_url else None

    def frozen(cited: list[str]) -> dict[str, Any]:
        context = draft_checks.build(
            services.settings,
            platform=view.platform,
            comment_text=view.text,
            comment_language=view.language,
            comment_author=view.author,
            passages=[p for p in passages if p.visibility == "public"],
            internal=[p for p in passages if p.visibility != "public"],
            cited_ids=cited,
            first_reply=first_reply,
            exempt_lines=[notice] if notice else [],
            untrusted_texts=[view.thread_title or "", view.thread_body or "", *view.parents],
        )
        if domain and domain not in context.allowed_domains:  # the notice's link passes the link check
            context = replace(context, allowed_domains=(*context.allowed_domains, domain))
        # Without a brand file naming the brand, the checks know it by the name the drafter signs with: its guidance's
        # front matter (voice.guidance_brand). Else "– Polku asiakaspalvelu", the drafter's sign-off on the brand's own
        # post, was blocked as saying nobody writes, and "– The Havsbro team" as ungrounded.
        if not context.brand_name and (named := guidance_brand(passages)):
            context = replace(context, brand_name=named)
        # The plan check (bot/checks/plan_fit.py) holds every later text of the draft to its plan; on the brand's own
        # post a disclosure the guidance binds to other threads or personal accounts is not due (voice_rules).
        context = replace(
            context,
            reply_plan=plan.kind,
            offer_texts=tuple(p.text for p in campaigns),
            complaint=plan.complaint,
            disclosure_required=disclosure_due(context.disclosure_required, context.voice, own_account),
        )
        return draft_checks.snapshot(context)

    drafts = [(result.text, result.cited, result.rationale, frozen(result.cited))]
    for variant in result.variants:
        text = variant.text if not notice or notice in variant.text else f"{variant.text} {notice}"
        why = f"Variant {variant.label!r} of the reply. {result.rationale}".strip()
        drafts.append((text, variant.cited, why, frozen(variant.cited)))
    draft_id = _store(services, comment_id, opportunity_id, result.language, services.drafter.mode, drafts, plan)
    return DraftOutcome(comment_id, draft_id)


def guidance_for(
    retriever: GuidanceRetriever, text: str, language: str | None, plan: ReplyPlan | None = None
) -> list[Passage]:
    """The passages closest to the comment, plus the voice and disclosure rules of its language,
    which apply to every reply whether or not they resemble the comment (a voice passage asking for a signed
    sign-off in any language: the sign-off reads the same in each), plus what the plan needs:
    the support passage for an acknowledgement, the campaign for an answer that may carry the offer.

    The searches are independent: the first runs alone (it embeds the comment once, into the cache),
    the others side by side (:func:`search_all`), and the results are merged in the same order as one
    after another would, so the passages are the same."""
    kinds = list(RULE_KINDS)
    if plan is not None and plan.kind == "acknowledge":
        kinds.append("support")
    if plan is not None and plan.offer:
        kinds.append("campaign")
    searches: list[dict[str, Any]] = [{"k": GUIDANCE_K, "language": language}]
    searches += [
        {"k": VOICE_K if kind == "voice" else RULE_K, "language": language, "kinds": (kind,)} for kind in kinds
    ]
    # The voice and disclosure rules in any language: a brand often writes its voice once ("ei huutomerkkejä",
    # "Sign every reply with your first name, e.g. '– Aino'") and quotes its disclosure line for every language
    # in one passage; those bind a reply in Swedish too (bot/checks/voice_rules.py).
    searches += [{"k": RULE_K, "kinds": (kind,)} for kind in RULE_KINDS] if language is not None else []
    # An acknowledgement's route in any language, used only where the reply's own language has no support passage
    # giving an address or a number (an opening-hours line with a chat on the website is none): its addresses and
    # numbers read the same in every language (bot/drafting/support.py: foreign_route).
    any_support = plan is not None and plan.kind == "acknowledge" and language is not None
    if any_support:
        searches.append({"k": RULE_K, "kinds": ("support",)})
    if plan is not None and plan.passages:  # the plan's answer, in whatever language the guidance states it
        searches.append({"k": PLAN_K, "kinds": (*ANSWER_KINDS, "support")})
    found = search_all(retriever, text, searches)
    merged = {p.id: p for p in found[0]}
    for passages in found[1 : 1 + len(kinds)]:
        for passage in passages:
            if language is None or passage.language in (language, None) or _signs(passage, language):
                merged.setdefault(passage.id, passage)
    if language is not None:  # another language's rules only where the reply's own language has none of that kind
        for kind, passages in zip(RULE_KINDS, found[1 + len(kinds) : 1 + len(kinds) + len(RULE_KINDS)], strict=True):
            if not any(p.kind == kind and p.language in (language, None) for p in merged.values()):
                for passage in passages:
                    # A disclosure passage says that replies say who writes, whatever its language: without it a
                    # Finnish reply on the brand's own account went unsigned beside signed Swedish and English ones.
                    if _rules(passage) or kind == "disclosure":
                        merged.setdefault(passage.id, passage)
    own_route = any(p.kind == "support" and reachable(p.text) for p in merged.values())
    if any_support and (not own_route or tried_channels(text)):
        # Also where the complaint says it tried a channel already: "still waiting for my refund after 3 emails" needs
        # the phone line another language's passage gives (reply-plans-v, spent: both panellists, "add the phone
        # line"). The drafter says another language's channel by its address or number alone, only where its own
        # gives none or none the person has not tried.
        for passage in found[1 + len(kinds) + len(RULE_KINDS)]:
            merged.setdefault(passage.id, passage)
    if plan is not None and plan.passages:
        for passage in found[-1]:
            if passage.id in plan.passages:
                merged.setdefault(passage.id, passage)
    return list(merged.values())


def _rules(passage: Passage) -> bool:
    """A voice or disclosure passage stating a voice rule (bot/checks/voice_rules.py), which binds every language."""
    return passage.kind in RULE_KINDS and bool(voice_rules([passage], passage.language))


def _signs(passage: Passage, language: str) -> bool:
    """A voice passage asking for a signed sign-off ("/Name, Kraftverk"), a fixed one ("Sign '/X team'") or one with
    an example of the writer's first name ("Vastaus päättyy etunimeen, esim. '– Anni / Tuulivire'") signs a reply in
    ``language`` too: the brand signs every reply alike, though a voice in the reply's language says nothing of it
    (reply-plans-u, spent: the Swedish replies went unsigned beside a Swedish voice passage about tone). A closing in
    one language's words ("loppuun 'Terveisin savustamolta'") signs replies in that language only
    (:func:`bot.checks.voice_rules.fixed_signoff`). An example that is a bare first name ("Signera med förnamn, t.ex.
    '– Ilona'") names the brand nowhere: it joins only where the reply's language has no voice of its own."""
    if passage.kind != "voice":
        return False
    fixed = fixed_signoff(passage.text, language)  # with SLOT: an example name, template_in's to read
    bare_name = fixed is not None and fixed.rstrip().endswith(SLOT)
    return template_in(passage.text) is not None or (fixed is not None and not bare_name)


# Guidance searches of drafts in flight, side by side: each is a round trip to the Chroma server (in distributed
# mode) plus a cached embedding, and a draft made eight of them one after another before its model call.
# One pool per process (a forked pool child makes its own: threads do not survive a fork).
_searches: tuple[int, ThreadPoolExecutor] | None = None
_searches_lock = threading.Lock()


def _search_pool() -> ThreadPoolExecutor:
    global _searches
    with _searches_lock:
        if _searches is None or _searches[0] != os.getpid():
            _searches = (os.getpid(), ThreadPoolExecutor(max_workers=16, thread_name_prefix="kuulo-guidance"))
        return _searches[1]


def search_all(retriever: GuidanceRetriever, text: str, searches: list[dict[str, Any]]) -> list[list[Passage]]:
    """``retriever.search(text, **each)`` for each of ``searches``, in order: the first alone, then the rest at once."""
    if not searches:
        return []
    first = retriever.search(text, **searches[0])
    pool = _search_pool()
    rest = [pool.submit(retriever.search, text, **each) for each in searches[1:]]
    return [first, *(future.result() for future in rest)]


def plan_of(opportunity: Opportunity) -> ReplyPlan:
    """The reply plan stored with the opportunity; an opportunity assessed before plans answers, no offer."""
    parts = opportunity.parts or {}
    kind = str(parts.get("plan") or ANSWER)
    return ReplyPlan(
        kind if kind in PLANS else ANSWER,
        str(parts.get("plan_reason") or ""),
        bool(parts.get("offer")),
        passages=tuple(str(p) for p in parts.get("plan_passages") or ()),
        offer_passage=str(parts["offer_passage"]) if parts.get("offer_passage") else None,
        product=str(parts["product"]) if parts.get("product") else None,
        complaint=bool(parts.get("complaint")),
    )


def _load(services: Services, comment_id: int) -> tuple[CommentView, str, list[str], int, ReplyPlan, int, bool] | None:
    """The comment, its thread and the brand's own assessment and watch (objective, topics) of it, and
    whether the thread is the brand's own post (the guess at the reply's account when the brand file does not
    state ``replies_from``)."""
    with services.db.read() as session:
        row = session.execute(
            select(Comment, Thread, Watch, Opportunity)
            .join(Thread, Comment.thread_id == Thread.id)
            .join(Opportunity, Opportunity.comment_id == Comment.id)
            .join(Watch, Watch.id == func.coalesce(Opportunity.watch_id, Thread.watch_id))
            .where(Comment.id == comment_id, Opportunity.brand_id == services.brand_id)
        ).first()
        if row is None:
            return None
        comment, thread, watch, opportunity = row
        if comment.deleted or not comment.text:
            return None
        live = session.scalar(
            select(Draft.id).where(Draft.opportunity_id == opportunity.id, Draft.status.in_(LIVE)).limit(1)
        )
        if live is not None:
            return None
        signal = session.get(Signal, comment_id)
        language = (signal.language if signal else None) or comment.language
        parents = _ancestors(session, comment)
        view = CommentView(
            id=comment.id,
            platform=comment.platform,
            external_id=comment.external_id,
            thread_title=thread.title,
            thread_body=thread.body,
            author=comment.author_name,
            text=comment.text,
            url=comment.url,
            language=language,
            parents=parents,
            need=signal.need if signal else None,
        )
        own_account = (thread.author or "").lower().lstrip("@") in set(services.settings.brand_account_ids)
        return (
            view,
            watch.objective,
            list(watch.topics or []),
            opportunity.id,
            plan_of(opportunity),
            watch.id,
            own_account,
        )


def _ancestors(session: Session, comment: Comment) -> tuple[str, ...]:
    chain: list[str] = []
    parent_id = comment.parent_external_id
    while parent_id and len(chain) < PARENT_DEPTH:
        parent = session.scalar(
            select(Comment).where(Comment.platform == comment.platform, Comment.external_id == parent_id)
        )
        if parent is None:
            break
        if parent.text:
            chain.append(parent.text)
        parent_id = parent.parent_external_id
    return tuple(reversed(chain))


def _store(
    services: Services,
    comment_id: int,
    opportunity_id: int,
    language: str,
    mode: str,
    drafts: list[tuple[str, list[str], str, dict[str, Any]]],
    plan: ReplyPlan,
) -> int | None:
    """Store the reply and its variants (text, cited, rationale, frozen checks) as sibling pending drafts.

    They are written in one transaction, so the "already has a live draft" guard sees all or none of them.
    Returns the first (main) draft's id.
    """
    # The blocking checks' verdict on each text, kept with its draft: an approval then compares hashes
    # instead of running them while Slack waits (bot/review/verdicts.py). Run before the write lock.
    with services.db.read() as session:
        platform = session.scalar(select(Comment.platform).where(Comment.id == comment_id)) or "other"
    verdicts = [judge(text, platform, check_context) for text, _cited, _why, check_context in drafts]
    with services.db.write() as session:
        live = session.scalar(
            select(Draft.id).where(Draft.opportunity_id == opportunity_id, Draft.status.in_(LIVE)).limit(1)
        )
        if live is not None:  # another process drafted it meanwhile
            return None
        ids: list[int] = []
        for (text, cited, rationale, check_context), verdict in zip(drafts, verdicts, strict=True):
            draft = Draft(
                opportunity_id=opportunity_id,
                comment_id=comment_id,
                status=DraftStatus.PENDING,
                drafter=mode,
                language=language,
                current_version=1,
                rationale=rationale,
                check_context=check_context,
                plan=plan.kind,
                plan_reason=plan.reason,
                **verdict.values(),
            )
            draft.versions.append(
                DraftVersion(version=1, text=text, content_hash=text_hash(text), cited=cited, author=mode)
            )
            session.add(draft)
            session.flush()
            ids.append(draft.id)
        return ids[0]


def _record_failure(services: Services, comment_id: int, opportunity_id: int, error: str) -> None:
    """Keep the failure visible; the opportunity stays queued for the next attempt."""
    with services.db.write() as session:
        opportunity = session.get(Opportunity, opportunity_id)
        if opportunity is not None:
            parts = dict(opportunity.parts)
            parts["draft_error"] = error[:500]
            opportunity.parts = parts
            opportunity.updated_at = utcnow()


def _record_model_skip(services: Services, opportunity_id: int, result: DraftResult) -> None:
    with services.db.write() as session:
        opportunity = session.get(Opportunity, opportunity_id)
        if opportunity is not None:
            opportunity.action = "digest"
            opportunity.reason = f"{opportunity.reason}; no draft: {result.skip_reason or 'drafter skipped'}"
            opportunity.updated_at = utcnow()


def regenerate(services: Services, payload: dict[str, Any]) -> dict[str, Any]:
    """Work request ``regenerate``: redraft a pending draft with a human's instruction ("shorter").

    The old draft becomes ``stale`` and a new pending draft takes its place (the Slack
    process posts its card). If the drafter fails or declines, or "shorter" gives no shorter text
    (:data:`NO_SHORTER`), the old draft is pending again and the reply says why.
    """
    draft_id = int(payload["draft_id"])
    instruction = str(payload.get("instruction") or "").strip() or None
    with services.db.write() as session:
        draft = session.get(Draft, draft_id)
        if draft is None or draft.status != DraftStatus.PENDING:
            state = "gone" if draft is None else draft.status
            return {"lines": [f"Draft {draft_id} is {state}; nothing to regenerate."]}
        comment_id, opportunity_id = draft.comment_id, draft.opportunity_id
        current = session.scalar(
            select(DraftVersion.text).where(DraftVersion.draft_id == draft_id).order_by(DraftVersion.version.desc())
        )
        siblings = list(  # the variants of this reply (this brand's) are regenerated together
            session.scalars(
                select(Draft.id).where(Draft.opportunity_id == opportunity_id, Draft.status == DraftStatus.PENDING)
            )
        )
        move(session, Draft.id.in_(siblings), DraftStatus.STALE)
    outcome = draft_comment(services.for_draft(draft_id), comment_id, instruction=instruction, replacing=current)
    if outcome.draft_id is None:
        with services.db.write() as session:
            move(session, Draft.id.in_(siblings), DraftStatus.PENDING, source=DraftStatus.STALE)
        if outcome.skipped == NO_SHORTER:
            return {"lines": [f"Draft {draft_id} kept: {NO_SHORTER}."]}
        why = outcome.error or outcome.skipped or "no new draft"
        return {"lines": [f"Draft {draft_id} kept: regeneration gave no new draft ({why})."]}
    return {"lines": [f"Draft {draft_id} regenerated as draft {outcome.draft_id}."]}
