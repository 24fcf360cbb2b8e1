"""Exports: a documented interface (``docs/exports.md`` holds each JSON Schema).

Each export is a function from a read session to rows (plain dicts whose keys
are the schema's properties). Writers turn rows into JSON Lines or CSV; CSV
joins lists with ``;`` and writes objects as JSON.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, TextIO

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.checks import frozen
from bot.checks.registry import approvable
from bot.errors import ConfigError
from bot.ports import ProgressTask
from bot.registry import resolve
from bot.review.decisions import blocking_failures
from bot.review.view import load_view
from bot.storage.models import Comment, Draft, Opportunity, Post, PostReply, Signal, Thread
from bot.textnorm import shown

if TYPE_CHECKING:
    from bot.services import Services

Row = dict[str, Any]
Exporter = Callable[[Session], Iterator[Row]]
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


COMMENT_COLUMNS = (
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
def export_comments(session: Session) -> Iterator[Row]:
    query = (
        select(Comment, Thread.external_id)
        .join(Thread, Comment.thread_id == Thread.id)
        .order_by(Comment.platform, Thread.external_id, Comment.created_at, Comment.id)
    )
    for comment, thread_external_id in session.execute(query):
        yield {
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


def rows(session: Session, what: str, services: Services | None = None) -> tuple[Iterator[Row], tuple[str, ...]]:
    if what in SERVICE_EXPORTS:
        if services is None:
            raise ConfigError(f"the {what} export is computed by the service; run it with `kuulo export --what {what}`")
        reference, service_columns = SERVICE_EXPORTS[what]
        return resolve(reference)(session, services), service_columns
    if what not in EXPORTS:
        known = ", ".join(sorted([*EXPORTS, *SERVICE_EXPORTS]))
        raise ConfigError(f"unknown export {what!r}; choose one of {known}")
    func, columns = EXPORTS[what]
    return func(session), columns


# The table each export has one row per (every such row is exported): the total a progress bar counts to.
COUNTED: dict[str, Any] = {"comments": Comment, "opportunities": Opportunity, "drafts": Draft, "conversations": Post}


def row_count(session: Session, what: str) -> int | None:
    """How many rows the export will write, or None when only computing it tells (themes)."""
    model = COUNTED.get(what)
    return None if model is None else int(session.scalar(select(func.count()).select_from(model)) or 0)


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


def export_text(session: Session, what: str, fmt: str) -> str:
    """The whole export as a string (tests and small exports)."""
    items, columns = rows(session, what)
    buffer = io.StringIO()
    if fmt == "jsonl":
        write_jsonl(items, buffer)
    elif fmt == "csv":
        write_csv(items, columns, buffer)
    else:
        raise ConfigError(f"unknown format {fmt!r}; choose jsonl or csv")
    return buffer.getvalue()


DRAFT_COLUMNS = (
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
def export_drafts(session: Session) -> Iterator[Row]:
    for draft_id in session.scalars(select(Draft.id).order_by(Draft.id)):
        draft = load_view(session, draft_id, blocking_failures)
        # The registry's checks on the current text, against the facts frozen when it was drafted.
        results = frozen.check(draft.text, draft.check_context, draft.platform)
        yield {
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
def export_opportunities(session: Session) -> Iterator[Row]:
    query = (
        select(Opportunity, Signal, Comment, Thread.external_id)
        .join(Comment, Opportunity.comment_id == Comment.id)
        .join(Thread, Comment.thread_id == Thread.id)
        .outerjoin(Signal, Signal.comment_id == Comment.id)
        .order_by(Comment.platform, Thread.external_id, Opportunity.score.desc(), Comment.id)
    )
    for opportunity, signal, comment, thread_external_id in session.execute(query):
        yield {
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
def export_conversations(session: Session) -> Iterator[Row]:
    """One row per published reply: the comment, our reply, the replies that followed, outcomes."""
    for post in session.scalars(select(Post).order_by(Post.id)):
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
