"""What a reviewer sees of a draft: the draft, its comment and thread, and why it was picked.

A plain, read-only snapshot built from one read session; the CLI review loop,
the Slack card builders and the drafts export all read it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.errors import NotFound
from bot.review.verdicts import known
from bot.storage.models import Comment, Decision, Draft, DraftVersion, Opportunity, Signal, Thread, Watch
from bot.textnorm import shown

Checks = Callable[[str, str, dict[str, Any] | None], list[str]]


@dataclass(frozen=True)
class DraftView:
    id: int
    status: str
    drafter: str  # llm | offline
    language: str | None
    version: int
    text: str
    text_hash: str
    version_author: str  # llm | offline | human:<name>
    model_text: str  # what the drafter wrote (version 1)
    cited: tuple[str, ...]
    created_at: datetime
    platform: str
    comment_id: str  # the platform's id
    comment_text: str | None
    comment_author: str | None
    comment_url: str | None
    comment_created_at: datetime | None
    thread_id: str
    thread_title: str | None
    thread_url: str
    watch_id: int
    objective: str
    channel: str | None  # the watch's Slack channel
    score: float | None = None
    reason: str | None = None
    intent: str | None = None
    emotion: str | None = None
    blocking: tuple[str, ...] = ()
    decision: str | None = None  # the latest decision: approved | skipped | edited
    decided_by: str | None = None
    decided_at: datetime | None = None
    decision_reason: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    plan: str | None = None  # the reply plan it was drafted for: answer, correct, acknowledge, thank
    plan_reason: str | None = None
    plan_offer: bool = False  # the plan let the answer carry the campaign's offer
    check_context: dict[str, Any] = field(default_factory=dict)  # frozen with the draft (bot/checks/frozen.py)

    @property
    def approvable(self) -> bool:
        """Pending, and no check blocks it."""
        return self.status == "pending" and not self.blocking

    @property
    def plan_key(self) -> str | None:
        """The wording key of the plan (``plan_answer``, ``plan_answer_offer`` ...); None before plans."""
        if not self.plan:
            return None
        return "plan_answer_offer" if self.plan == "answer" and self.plan_offer else f"plan_{self.plan}"

    @property
    def edited_by_human(self) -> bool:
        return self.version_author.startswith("human:")


def cited_ids(cited: Sequence[Any]) -> tuple[str, ...]:
    """Guidance ids from a version's ``cited`` list (plain ids or ``{"id": ...}`` objects)."""
    ids: list[str] = []
    for item in cited:
        value = item.get("id") if isinstance(item, dict) else item
        if value is not None:
            ids.append(str(value))
    return tuple(ids)


def load_views(session: Session, draft_ids: Sequence[int], checks: Checks) -> list[DraftView]:
    return [load_view(session, draft_id, checks) for draft_id in draft_ids]


def load_view(session: Session, draft_id: int, checks: Checks) -> DraftView:
    row = session.execute(
        select(Draft, Comment, Thread, Watch)
        .join(Comment, Draft.comment_id == Comment.id)
        .join(Thread, Comment.thread_id == Thread.id)
        .outerjoin(Opportunity, Opportunity.id == Draft.opportunity_id)
        .join(Watch, Watch.id == func.coalesce(Opportunity.watch_id, Thread.watch_id))  # its brand's watch
        .where(Draft.id == draft_id)
    ).one_or_none()
    if row is None:
        raise NotFound(f"no draft {draft_id}; `kuulo review list` shows the pending ones")
    draft, comment, thread, watch = row
    versions = list(session.scalars(select(DraftVersion).where(DraftVersion.draft_id == draft_id)))
    by_number = {v.version: v for v in versions}
    current = by_number[draft.current_version]
    first = by_number[min(by_number)]
    opportunity = session.scalar(select(Opportunity).where(Opportunity.id == draft.opportunity_id))
    signal = session.get(Signal, comment.id)
    last = session.scalar(
        select(Decision).where(Decision.draft_id == draft_id).order_by(Decision.decided_at.desc(), Decision.id.desc())
    )
    return DraftView(
        id=draft.id,
        status=draft.status,
        drafter=draft.drafter,
        language=draft.language or comment.language,
        version=current.version,
        text=current.text,
        text_hash=hashlib.sha256(current.text.encode("utf-8")).hexdigest(),
        version_author=current.author,
        model_text=first.text,
        cited=cited_ids(current.cited),
        created_at=draft.created_at,
        platform=comment.platform,
        comment_id=comment.external_id,
        comment_text=None if comment.deleted else shown(comment.original_text, comment.text),
        comment_author=None if comment.deleted else comment.author_name,
        comment_url=comment.url,
        comment_created_at=comment.created_at,
        thread_id=thread.external_id,
        thread_title=thread.title,
        thread_url=thread.url,
        watch_id=watch.id,
        objective=watch.objective,
        channel=watch.slack_channel,
        score=opportunity.score if opportunity else None,
        reason=opportunity.reason if opportunity else None,
        intent=signal.intent if signal else None,
        emotion=signal.emotion if signal else None,
        blocking=_blocking(draft, current.text, comment.platform, checks) if draft.status == "pending" else (),
        check_context=dict(draft.check_context),
        plan=draft.plan,
        plan_reason=draft.plan_reason,
        plan_offer=bool((opportunity.parts or {}).get("offer")) if opportunity else False,
        decision=last.action if last else None,
        decided_by=last.decided_by if last else None,
        decided_at=last.decided_at if last else None,
        decision_reason=last.reason if last else None,
    )


def _blocking(draft: Draft, text: str, platform: str, checks: Checks) -> tuple[str, ...]:
    """The failures of the verdict kept with the draft when it judged ``text`` under these checks, else ``checks``."""
    verdict = known(draft, text)
    return verdict.failures if verdict is not None else tuple(checks(text, platform, draft.check_context))
