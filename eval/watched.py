"""One evaluation thread through the product path: a watch on it, its comments stored, then assessed (and drafted).

Shared by the judgement evaluation (:mod:`eval.run`, which assesses only) and the reply-plan evaluation
(:mod:`eval.reply_plans`, which drafts too), so both measure exactly what polling a real watch does.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from bot.domain import FetchedThread
from bot.drafting.pipeline import process_comments
from bot.services import Services
from bot.storage.models import Watch
from bot.watching.threads import store_thread


def brand_topics(name: str, terms: Sequence[str], competitors: Sequence[str]) -> list[str]:
    """A brand's watch topics: its name and product terms, and its competitors."""
    return [f"brand:{t}" for t in (name, *terms)] + [f"competitor:{c}" for c in competitors]


def watch_and_process(
    services: Services,
    fetched: FetchedThread,
    *,
    platform: str,
    target: str,
    objective: str,
    topics: list[str],
    draft_opt_in: bool = False,
    draft: Callable[[int], None] | None = None,
) -> None:
    """Store a watch on ``fetched`` and its comments, then assess them as polling would (``draft``: see
    :func:`bot.drafting.pipeline.process_comments`)."""
    with services.db.write() as session:
        watch = Watch(
            url=f"https://{platform}.example/{target}",
            platform=platform,
            target=target,
            objective=objective,
            topics=topics,
            poll_interval_minutes=60,
            draft_opt_in=draft_opt_in,
        )
        session.add(watch)
        session.flush()
        stored = store_thread(session, watch, fetched, services.settings.max_comment_chars)
        watch_id = watch.id
    process_comments(services, watch_id, list(stored.new), [], draft=draft)
