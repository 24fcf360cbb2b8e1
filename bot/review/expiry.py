"""The scheduled job that lets undecided drafts go stale after ``KUULO_DRAFT_EXPIRY_HOURS``.

The Slack process shows the change on each card (:mod:`bot.slack.lifecycle`).
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from bot.review.decisions import expire_stale

if TYPE_CHECKING:
    from bot.services import Services


def expire_job(services: Services, now: datetime) -> str | None:
    hours = services.settings.draft_expiry_hours
    expired = expire_stale(services.db, hours, now)
    return f"{expired} draft(s) expired after {hours} h without a decision" if expired else None
