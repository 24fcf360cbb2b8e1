"""The digest as Block Kit (pure): at most 50 blocks, every section under 3,000 characters.

Untrusted text (needs and quotes from comments, reasons, watch errors) goes
through :func:`bot.slack.blocks.escape` and is sent ``verbatim``, exactly as
the review cards do. Quotes stay in the comment's own language; labels follow
``KUULO_LOCALE``. Each conversation gets a URL button: the Slack permalink of
its review card when there is one, else the comment itself.
"""

from __future__ import annotations

import re

from bot.digest import labels
from bot.digest.content import DailyDigest
from bot.digest.rows import Card
from bot.slack.blocks import MAX_BLOCKS, SECTION_MAX, Block, context, cut, escape, link, plain
from bot.wording import say

OPEN_ACTION = "kuulo_digest_open"  # + "_<n>": URL buttons; Slack still reports their clicks
EVENT_TYPE = "kuulo_digest"
_SAFE_URL = re.compile(r"^https?://[^\s<>|]+$")


def _text(text: str) -> Block:
    return {"type": "mrkdwn", "text": cut(text, SECTION_MAX), "verbatim": True}


def _section(text: str, button: Block | None = None) -> Block:
    block: Block = {"type": "section", "text": _text(text)}
    if button is not None:
        block["accessory"] = button
    return block


def _header(text: str) -> Block:
    return {"type": "header", "text": plain(text, 150)}


def _button(n: int, label: str, url: str) -> Block | None:
    if not _SAFE_URL.match(url) or len(url) > 3000:
        return None
    return {"type": "button", "text": plain(label), "url": url, "action_id": f"{OPEN_ACTION}_{n}"}


def _target(card: Card | None, url: str, permalinks: dict[Card, str], locale: str) -> tuple[str, str]:
    if card is not None and card in permalinks:
        return say(locale, "digest_open_card"), permalinks[card]
    return say(locale, "digest_open_comment"), url


def _more(locale: str, shown: int, total: int) -> list[Block]:
    return [context(say(locale, "digest_more", count=total - shown))] if total > shown else []


def fallback_text(digest: DailyDigest, locale: str) -> str:
    if digest.empty:
        return say(locale, "digest_empty", date=digest.day.isoformat())
    return say(
        locale, "digest_fallback", date=digest.day.isoformat(), open=digest.open_total, waiting=digest.waiting_total
    )


def metadata(kind: str, period: str) -> Block:
    """Message metadata that lets a restarted service find a digest it already sent."""
    return {"event_type": EVENT_TYPE, "event_payload": {"kind": kind, "period": period}}


def digest_blocks(digest: DailyDigest, locale: str, permalinks: dict[Card, str] | None = None) -> list[Block]:
    permalinks = permalinks or {}
    blocks: list[Block] = [_header(say(locale, "digest_header", date=digest.day.isoformat()))]
    if digest.empty:
        blocks.append(_section(escape(fallback_text(digest, locale))))
        return blocks
    blocks.append(_header(say(locale, "digest_engage", count=digest.open_total)))
    if not digest.open:
        blocks.append(context(say(locale, "digest_nothing_open")))
    for n, item in enumerate(digest.open):
        label, url = _target(item.card, item.url, permalinks, locale)
        text = f"*{item.score:.2f}* · {escape(item.platform)} · {labels.objective(locale, item.objective)}\n"
        blocks.append(_section(text + escape(item.reason), _button(n, label, url)))
    blocks += _more(locale, len(digest.open), digest.open_total)
    if digest.waiting_total or digest.expired_total:
        lines = [f"*{say(locale, 'digest_waiting', count=digest.waiting_total)}*"]
        for waiting in digest.waiting:
            label, url = _target(waiting.card, waiting.url, permalinks, locale)
            entry = say(
                locale,
                "digest_waiting_item",
                id=waiting.draft_id,
                platform=escape(waiting.platform),
                objective=labels.objective(locale, waiting.objective),
                hours=labels.hours_waiting(digest, waiting.created_at.timestamp()),
            )
            lines.append(f"• {entry} · {link(url, label)}")
        if digest.waiting_total > len(digest.waiting):
            lines.append(say(locale, "digest_more", count=digest.waiting_total - len(digest.waiting)))
        if digest.expired_total:
            lines.append(say(locale, "digest_expired", count=digest.expired_total))
        blocks.append(_section("\n".join(lines)))
    blocks.append(_header(say(locale, "digest_outcomes", date=digest.looked_back.isoformat())))
    outcome_lines = [labels.outcome_line(locale, o) for o in digest.outcomes]
    blocks.append(_section("\n".join(outcome_lines) or say(locale, "digest_no_outcomes")))
    blocks.append(_header(say(locale, "digest_audience")))
    if not digest.topics:
        blocks.append(context(say(locale, "digest_no_audience")))
    for topic in digest.topics:
        quote = f"> {escape(topic.quote)}"
        text = f"*{say(locale, 'digest_topic', count=topic.count, need=escape(topic.need))}*\n{quote}\n"
        blocks.append(_section(text + link(topic.url, say(locale, "digest_open_comment"))))
    blocks += _more(locale, len(digest.topics), digest.topics_total)
    for topic in digest.growing:
        blocks.append(context(":chart_with_upwards_trend: " + labels.growing_line(locale, topic, escape(topic.need))))
    if digest.emotions:
        blocks.append(context(labels.emotions_line(locale, digest)))
    if digest.troubles_total:
        lines = [f"*{say(locale, 'digest_troubles', count=digest.troubles_total)}*"]
        for trouble in digest.troubles:
            entry = say(
                locale,
                "digest_trouble_item",
                id=trouble.watch_id,
                platform=escape(trouble.platform),
                status=trouble.status,
            )
            error = f" · {escape(cut(trouble.error, 200))}" if trouble.error else ""
            lines.append(f"• {entry} · {link(trouble.url, trouble.url)}{error}")
        if digest.troubles_total > len(digest.troubles):
            lines.append(say(locale, "digest_more", count=digest.troubles_total - len(digest.troubles)))
        blocks.append(_section("\n".join(lines)))
    if digest.unfinished:
        lines = [f"*{say(locale, 'digest_unfinished')}*"]
        lines += [f"• {line}" for line in labels.unfinished_lines(locale, digest)]
        blocks.append(_section("\n".join(lines)))
    if digest.escalations_total:
        lines = [f"*{say(locale, 'digest_escalations', count=digest.escalations_total)}*"]
        for escalation in digest.escalations:
            where = link(escalation.url, say(locale, "digest_open_comment"))
            lines.append(f"• {escape(escalation.platform)} · {escape(escalation.reason)} · {where}")
        if digest.escalations_total > len(digest.escalations):
            lines.append(say(locale, "digest_more", count=digest.escalations_total - len(digest.escalations)))
        blocks.append(_section("\n".join(lines)))
    return blocks[:MAX_BLOCKS]
