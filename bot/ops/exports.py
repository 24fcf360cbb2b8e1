"""Exports: a documented interface (``docs/exports.md`` holds each JSON Schema).

Each export is a function from a read session (and a brand id, or None for every brand) to rows
(plain dicts whose keys are the schema's properties). Rows of one brand carry ``brand`` (its name);
comments are shared by the brands that watch their thread, so a comment row carries ``brands`` and
``--brand`` keeps the comments whose ``brands`` include it. Writers turn rows into JSON Lines or CSV;
CSV joins lists with ``;`` and writes objects as JSON.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, TextIO

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from bot.brands.threads import threads_of_brand
from bot.checks import frozen
from bot.checks.registry import approvable
from bot.errors import ConfigError
from bot.ports import ProgressTask
from bot.registry import resolve
from bot.review.decisions import blocking_failures
from bot.review.view import load_view
from bot.storage.models import (
    DEFAULT_BRAND_ID,
    Brand,
    Comment,
    Draft,
    Opportunity,
    Post,
    PostReply,
    Signal,
    Thread,
    Watch,
)
from bot.textnorm import shown

if TYPE_CHECKING:
    from bot.services import Services

Row = dict[str, Any]
Exporter = Callable[[Session, int | None], Iterator[Row]]
EXPORTS: dict[str, tuple[Exporter, tuple[str, ...]]] = {}
# Exports computed with the service (an embedder, settings): name -> ("module:function(session, services)", columns).
# Named by string so that importing this module loads no model code.
THEME_COLUMNS = ("theme", "size", "languages", "weekly_counts", "emotion_mix", "emerging", "quotes")
SERVICE_EXPORTS: dict[str, tuple[str, tuple[str, ...]]] = {
    "themes": ("bot.insights.export:export_themes", THEME_COLUMNS),
}


def exporter(name: str, columns: tuple[str, ...]) -> Callable[[Exporter], Exporter]:
    def decorate(func: Exporter) -> Exporter:
        EXPORTS[name] = (func, columns)
        return func

    return decorate


def iso(value: datetime | None) -> str | None:
    """ISO 8601 in UTC with a ``Z``."""
    if value is None:
        return None
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def brand_names(session: Session) -> dict[int, str]:
    """Brand id -> name (a removed brand's row keeps its ``_removed_<id>`` name)."""
    return dict(session.execute(select(Brand.id, Brand.name)).all())


def _thread_brands(session: Session) -> dict[int, list[str]]:
    """Thread id -> the names of the brands that watch it (one watch each; bot/brands/threads.py)."""
    names = brand_names(session)
    owner, mine = aliased(Watch), aliased(Watch)
    pairs = session.execute(
        select(Thread.id, mine.brand_id)
        .join(owner, Thread.watch_id == owner.id)
        .join(
            mine,
            or_(
                mine.id == owner.id,
                and_(mine.kind == "thread", mine.platform == owner.platform, mine.target == owner.target),
            ),
        )
        .distinct()
        .order_by(Thread.id, mine.brand_id)
    )
    found: dict[int, list[str]] = {}
    for thread_id, brand_id in pairs:
        found.setdefault(thread_id, []).append(names.get(brand_id, str(brand_id)))
    return found


COMMENT_COLUMNS = (
    "brands",
    "platform",
    "id",
    "parent_id",
    "thread_id",
    "author",
    "text",
    "deleted",
    "ours",
    "created_at",
    "edited_at",
    "url",
)


@exporter("comments", COMMENT_COLUMNS)
def export_comments(session: Session, brand_id: int | None = None) -> Iterator[Row]:
    query = (
        select(Comment, Thread.external_id)
        .join(Thread, Comment.thread_id == Thread.id)
        .order_by(Comment.platform, Thread.external_id, Comment.created_at, Comment.id)
    )
    if brand_id is not None:
        query = query.where(Thread.id.in_(threads_of_brand(brand_id)))
    brands = _thread_brands(session)
    for comment, thread_external_id in session.execute(query):
        yield {
            "brands": brands.get(comment.thread_id, []),
            "platform": comment.platform,
            "id": comment.external_id,
            "parent_id": comment.parent_external_id,
            "thread_id": thread_external_id,
            "author": None if comment.deleted else comment.author_name,
            "text": None if comment.deleted else shown(comment.original_text, comment.text),
            "deleted": comment.deleted,
            "ours": comment.ours,
            "created_at": iso(comment.created_at),
            "edited_at": iso(comment.edited_at),
            "url": comment.url,
        }


def rows(
    session: Session, what: str, services: Services | None = None, brand_id: int | None = None
) -> tuple[Iterator[Row], tuple[str, ...]]:
    """The rows of export ``what``: every brand's, or only brand ``brand_id``'s."""
    if what in SERVICE_EXPORTS:
        if services is None:
            raise ConfigError(f"the {what} export is computed by the service; run it with `kuulo export --what {what}`")
        reference, service_columns = SERVICE_EXPORTS[what]
        scoped = services.for_brand_id(brand_id) if brand_id is not None else services
        return resolve(reference)(session, scoped), service_columns
    if what not in EXPORTS:
        known = ", ".join(sorted([*EXPORTS, *SERVICE_EXPORTS]))
        raise ConfigError(f"unknown export {what!r}; choose one of {known}")
    func, columns = EXPORTS[what]
    return func(session, brand_id), columns


# The table each export has one row per (every such row is exported): the total a progress bar counts to.
COUNTED: dict[str, Any] = {"comments": Comment, "opportunities": Opportunity, "drafts": Draft, "conversations": Post}


def row_count(session: Session, what: str, brand_id: int | None = None) -> int | None:
    """How many rows the export will write, or None when only computing it tells (themes, or one brand's)."""
    model = COUNTED.get(what)
    if model is None or brand_id is not None:
        return None
    return int(session.scalar(select(func.count()).select_from(model)) or 0)


def counting(items: Iterable[Row], task: ProgressTask) -> Iterator[Row]:
    """``items``, advancing ``task`` by one for each row written."""
    for item in items:
        yield item
        task.advance()


def write_jsonl(items: Iterable[Row], out: TextIO) -> int:
    count = 0
    for item in items:
        out.write(json.dumps(item, ensure_ascii=False, sort_keys=False) + "\n")
        count += 1
    return count


def _csv_cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ";".join(_csv_cell(v) if not isinstance(v, dict) else json.dumps(v, ensure_ascii=False) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return value


def write_csv(items: Iterable[Row], columns: tuple[str, ...], out: TextIO) -> int:
    writer = csv.DictWriter(out, fieldnames=list(columns), extrasaction="raise", lineterminator="\n")
    writer.writeheader()
    count = 0
    for item in items:
        writer.writerow({key: _csv_cell(item.get(key)) for key in columns})
        count += 1
    return count


def export_text(session: Session, what: str, fmt: str, brand_id: int | None = None) -> str:
    """The whole export as a string (tests and small exports)."""
    items, columns = rows(session, what, brand_id=brand_id)
    buffer = io.StringIO()
    if fmt == "jsonl":
        write_jsonl(items, buffer)
    elif fmt == "csv":
        write_csv(items, columns, buffer)
    else:
        raise ConfigError(f"unknown format {fmt!r}; choose jsonl or csv")
    return buffer.getvalue()


DRAFT_COLUMNS = (
    "brand",
    "id",
    "platform",
    "comment_id",
    "thread_id",
    "language",
    "text",
    "cited",
    "drafter",
    "status",
    "created_at",
    "decision",
    "decided_by",
    "decided_at",
    "checks",
    "approvable",
)


@exporter("drafts", DRAFT_COLUMNS)
def export_drafts(session: Session, brand_id: int | None = None) -> Iterator[Row]:
    names = brand_names(session)
    query = (
        select(Draft.id, Opportunity.brand_id)
        .outerjoin(Opportunity, Opportunity.id == Draft.opportunity_id)
        .order_by(Draft.id)
    )
    if brand_id is not None:
        query = query.where(Opportunity.brand_id == brand_id)
    for draft_id, draft_brand in session.execute(query).all():
        draft = load_view(session, draft_id, blocking_failures)
        # The registry's checks on the current text, against the facts frozen when it was drafted.
        results = frozen.check(draft.text, draft.check_context, draft.platform)
        yield {
            "brand": names.get(draft_brand or DEFAULT_BRAND_ID, "default"),
            "id": draft.id,
            "platform": draft.platform,
            "comment_id": draft.comment_id,
            "thread_id": draft.thread_id,
            "language": draft.language,
            "text": draft.text,
            "cited": list(draft.cited),
            "drafter": draft.drafter,
            "status": draft.status,
            "created_at": iso(draft.created_at),
            "decision": draft.decision,
            "decided_by": draft.decided_by,
            "decided_at": iso(draft.decided_at),
            "checks": [
                {"name": r.name, "severity": r.severity, "passed": r.passed, "reason": r.reason} for r in results
            ],
            "approvable": draft.status == "pending" and approvable(results),
        }


OPPORTUNITY_COLUMNS = (
    "brand",
    "comment_id",
    "platform",
    "thread_id",
    "language",
    "intent",
    "emotion",
    "sarcasm",
    "risk",
    "need",
    "score",
    "parts",
    "reason",
    "action",
)


@exporter("opportunities", OPPORTUNITY_COLUMNS)
def export_opportunities(session: Session, brand_id: int | None = None) -> Iterator[Row]:
    names = brand_names(session)
    query = (
        select(Opportunity, Signal, Comment, Thread.external_id)
        .join(Comment, Opportunity.comment_id == Comment.id)
        .join(Thread, Comment.thread_id == Thread.id)
        .outerjoin(Signal, Signal.comment_id == Comment.id)
        .order_by(Comment.platform, Thread.external_id, Opportunity.score.desc(), Comment.id, Opportunity.brand_id)
    )
    if brand_id is not None:
        query = query.where(Opportunity.brand_id == brand_id)
    for opportunity, signal, comment, thread_external_id in session.execute(query):
        yield {
            "brand": names.get(opportunity.brand_id, str(opportunity.brand_id)),
            "comment_id": comment.external_id,
            "platform": comment.platform,
            "thread_id": thread_external_id,
            "language": signal.language if signal else comment.language,
            "intent": signal.intent if signal else None,
            "emotion": signal.emotion if signal else None,
            "sarcasm": bool(signal.sarcasm) if signal else False,
            "risk": list(signal.risk or []) if signal else [],
            "need": signal.need if signal else None,
            "score": round(float(opportunity.score), 4),
            "parts": dict(opportunity.parts or {}),
            "reason": opportunity.reason,
            "action": opportunity.action,
        }


CONVERSATION_COLUMNS = (
    "brand",
    "post_id",
    "platform",
    "comment_id",
    "comment_author",
    "comment_text",
    "comment_url",
    "comment_at",
    "reply_id",
    "reply_text",
    "reply_url",
    "published_at",
    "approver",
    "drafter",
    "cited",
    "replies",
    "replies_received",
    "depth",
    "likes",
    "score",
    "seconds_comment_to_reply",
    "seconds_draft_to_approval",
)


@exporter("conversations", CONVERSATION_COLUMNS)
def export_conversations(session: Session, brand_id: int | None = None) -> Iterator[Row]:
    """One row per published reply: the comment, our reply, the replies that followed, outcomes."""
    names = brand_names(session)
    query = (
        select(Post, Opportunity.brand_id)
        .join(Draft, Draft.id == Post.draft_id)
        .outerjoin(Opportunity, Opportunity.id == Draft.opportunity_id)
        .order_by(Post.id)
    )
    if brand_id is not None:
        query = query.where(Opportunity.brand_id == brand_id)
    for post, post_brand in session.execute(query).all():
        draft = session.get(Draft, post.draft_id)
        comment = session.get(Comment, draft.comment_id) if draft else None
        followed = session.execute(
            select(Comment, PostReply.depth)
            .join(PostReply, PostReply.comment_id == Comment.id)
            .where(PostReply.post_id == post.id)
            .order_by(Comment.created_at, Comment.id)
        ).all()
        metrics = post.metrics or {}
        yield {
            "brand": names.get(post_brand or DEFAULT_BRAND_ID, "default"),
            "post_id": post.id,
            "platform": post.platform,
            "comment_id": comment.external_id if comment else None,
            "comment_author": comment.author_name if comment else None,
            "comment_text": shown(comment.original_text, comment.text) if comment else None,
            "comment_url": comment.url if comment else None,
            "comment_at": iso(comment.created_at) if comment else None,
            "reply_id": post.external_id,
            "reply_text": post.text,
            "reply_url": post.url,
            "published_at": iso(post.published_at),
            "approver": post.approver,
            "drafter": post.drafter,
            "cited": list(post.cited or []),
            "replies": [
                {
                    "author": c.author_name,
                    "text": shown(c.original_text, c.text),
                    "at": iso(c.created_at),
                    "url": c.url,
                    "depth": depth,
                }
                for c, depth in followed
            ],
            "replies_received": len(followed),
            "depth": max((depth for _c, depth in followed), default=0),
            "likes": metrics.get("likes"),
            "score": metrics.get("score"),
            "seconds_comment_to_reply": metrics.get("seconds_comment_to_reply"),
            "seconds_draft_to_approval": metrics.get("seconds_draft_to_approval"),
        }
