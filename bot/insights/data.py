"""Load the comments themes are built from: current rows only, erased authors left out.

Themes, quotes and answers are always computed from what is stored now, so a
deleted comment or an erased author (a ``suppressions`` row with reason
``erasure``) disappears from them at the next computation.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from bot.brands.threads import threads_of_brand, threads_of_watch
from bot.insights.themes import ThemeItem
from bot.privacy.suppress import author_hash
from bot.storage.models import Comment, Signal, Suppression, Thread, Watch
from bot.textnorm import shown


@dataclass(frozen=True)
class Scope:
    """Which comments: all, or one watch (with its thread watches), platform, language, objective, period."""

    watch_id: int | None = None
    platform: str | None = None
    language: str | None = None
    objective: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    emotion: str | None = None
    intent: str | None = None
    brand_id: int | None = None  # only the comments of threads this brand watches (never another brand's audience)
    brand: str | None = None  # its name, for describe()

    def describe(self) -> str:
        parts = [
            f"brand {self.brand}" if self.brand else "",
            f"watch {self.watch_id}" if self.watch_id is not None else "",
            f"platform {self.platform}" if self.platform else "",
            f"language {self.language}" if self.language else "",
            f"objective {self.objective}" if self.objective else "",
            f"emotion {self.emotion}" if self.emotion else "",
            f"intent {self.intent}" if self.intent else "",
            f"since {self.since:%Y-%m-%d}" if self.since else "",
            f"until {self.until:%Y-%m-%d}" if self.until else "",
        ]
        return ", ".join(part for part in parts if part) or "all watches"


def erased_hashes(session: Session) -> set[tuple[str, str]]:
    rows = session.execute(select(Suppression.platform, Suppression.author_hash).where(Suppression.reason == "erasure"))
    return {(platform, digest) for platform, digest in rows}


def load_items(session: Session, scope: Scope | None = None) -> list[ThemeItem]:
    """Comments in ``scope`` with their signals, as :class:`ThemeItem` (need phrase, else the text)."""
    scope = scope or Scope()
    query = (
        select(Comment, Signal, Thread.watch_id)
        .join(Thread, Thread.id == Comment.thread_id)
        .join(Watch, Watch.id == Thread.watch_id)
        .outerjoin(Signal, Signal.comment_id == Comment.id)
        .where(Comment.deleted.is_(False), Comment.text.is_not(None), Comment.text != "")
        .where(Comment.ours.is_(False))  # our own published replies are not the audience
        .order_by(Comment.id)
    )
    if scope.watch_id is not None:
        query = query.where(  # its thread (stored by it or by another brand's watch of it), or its account's
            or_(Thread.id.in_(threads_of_watch(scope.watch_id)), Watch.parent_watch_id == scope.watch_id)
        )
    if scope.brand_id is not None:
        query = query.where(Thread.id.in_(threads_of_brand(scope.brand_id)))
    if scope.platform:
        query = query.where(Comment.platform == scope.platform)
    if scope.objective:
        query = query.where(Watch.objective == scope.objective)
    if scope.since is not None:
        query = query.where(Comment.created_at >= scope.since)
    if scope.until is not None:
        query = query.where(Comment.created_at < scope.until)
    erased = erased_hashes(session)
    items = []
    for comment, signal, watch_id in session.execute(query):
        if comment.author_id and (comment.platform, author_hash(comment.author_id)) in erased:
            continue
        language = (signal.language if signal else None) or comment.language
        if scope.language and language != scope.language:
            continue
        if scope.emotion and (signal is None or signal.emotion != scope.emotion):
            continue
        if scope.intent and (signal is None or signal.intent != scope.intent):
            continue
        text = str(comment.text)
        need = (signal.need or "").strip() if signal else ""
        items.append(
            ThemeItem(
                comment_id=comment.id,
                text=text,
                phrase=need or text,
                emotion=signal.emotion if signal else None,
                language=language,
                url=comment.url,
                created_at=comment.created_at or comment.first_seen_at,
                platform=comment.platform,
                watch_id=watch_id,
                intent=signal.intent if signal else None,
                need=need or None,
                shown=shown(comment.original_text, None) or "",
            )
        )
    return items


def items_by_id(items: Sequence[ThemeItem]) -> dict[int, ThemeItem]:
    return {item.comment_id: item for item in items}
