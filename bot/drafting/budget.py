"""The daily model budget: tokens the language model used per UTC day, shared by every process.

Each LLM answer's ``usage.total_tokens`` is added to the day's ``llm_usage``
row with one upsert (``INSERT ... ON CONFLICT DO UPDATE SET tokens = tokens +
n``), so the scheduler, a CLI poll and Slack's regenerate all count against
the same number. Before drafting, :func:`ensure_room` refuses once the day's
total reached ``KUULO_LLM_DAILY_TOKEN_CAP``; the opportunity stays queued and
the next poll after midnight UTC drafts it.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite

from bot.config import Settings
from bot.errors import DraftingError
from bot.storage.db import Database
from bot.storage.models import LLMUsage, utcnow


class BudgetReached(DraftingError):
    """The day's model tokens are spent; drafting resumes at 00:00 UTC."""


def day_of(now: datetime) -> str:
    """The UTC day a moment falls on (a naive moment is taken as UTC)."""
    aware = now if now.tzinfo is not None else now.replace(tzinfo=UTC)
    return aware.astimezone(UTC).strftime("%Y-%m-%d")


def used(db: Database, now: datetime | None = None) -> int:
    with db.read() as session:
        tokens = session.scalar(select(LLMUsage.tokens).where(LLMUsage.day == day_of(now or utcnow())))
    return int(tokens or 0)


def charge(db: Database, tokens: int, now: datetime | None = None) -> None:
    """Add one request's tokens to today's total (atomic across processes)."""
    at = now or utcnow()
    values = {"day": day_of(at), "tokens": max(tokens, 0), "requests": 1, "updated_at": at}
    with db.write() as session:
        dialect = session.get_bind().dialect.name
        insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
        statement = insert(LLMUsage).values(**values)
        statement = statement.on_conflict_do_update(
            index_elements=[LLMUsage.day],
            set_={
                "tokens": LLMUsage.tokens + statement.excluded.tokens,
                "requests": LLMUsage.requests + 1,
                "updated_at": statement.excluded.updated_at,
            },
        )
        session.execute(statement)


def ensure_room(db: Database, settings: Settings, now: datetime | None = None) -> None:
    """Raise :class:`BudgetReached` when today's tokens reached the cap (no cap: always room)."""
    cap = settings.llm_daily_token_cap
    if cap is None:
        return
    spent = used(db, now)
    if spent >= cap:
        raise BudgetReached(
            f"daily model budget of {cap} tokens reached ({spent} used today); "
            "drafting resumes at 00:00 UTC or raise KUULO_LLM_DAILY_TOKEN_CAP"
        )
