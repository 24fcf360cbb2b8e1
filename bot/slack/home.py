"""App Home: the review queue's counts and the watches, rebuilt whenever the tab is opened."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from bot.slack.blocks import Block, context, escape, link, plain
from bot.slack.messages import say
from bot.storage.models import Draft, Watch

if TYPE_CHECKING:
    from slack_bolt import App
    from slack_sdk import WebClient

    from bot.slack.app import Deps

MAX_WATCHES_SHOWN = 40


def home_view(counts: dict[str, int], watches: list[Watch], locale: str, approvers_configured: bool) -> Block:
    """The Home tab (pure): at most 100 blocks, as Slack allows."""
    blocks: list[Block] = [
        {"type": "header", "text": plain(say(locale, "home_title"), 150)},
        {
            "type": "section",
            "text": {
                "type": "mrkdwn",
                "text": say(
                    locale, "home_counts", **{k: counts.get(k, 0) for k in ("pending", "approved", "skipped", "stale")}
                ),
            },
        },
    ]
    if not approvers_configured:
        blocks.append(context(say(locale, "home_approvers_none")))
    blocks.append({"type": "header", "text": plain(say(locale, "home_watches"), 150)})
    for watch in watches[:MAX_WATCHES_SHOWN]:
        state = "paused" if watch.paused else watch.status
        blocks.append(context(f"#{watch.id} · {watch.platform} · {state} · {link(watch.url, watch.url)}"))
    if not watches:
        blocks.append(context(escape(say(locale, "no_watches"))))
    return {"type": "home", "blocks": blocks}


def register(app: App, deps: Deps) -> None:
    @app.event("app_home_opened")
    def opened(event: dict[str, Any], client: WebClient) -> None:
        with deps.db.read() as session:
            rows = session.execute(select(Draft.status, func.count()).group_by(Draft.status)).all()
            counts = {str(status): int(count) for status, count in rows}
            watches = list(session.scalars(select(Watch).order_by(Watch.id)))
        view = home_view(counts, watches, deps.locale, not deps.approvers.empty)
        client.views_publish(user_id=event["user"], view=view)
