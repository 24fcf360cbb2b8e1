"""The digest for a terminal (``kuulo digest``): the same content and labels, as plain lines."""

from __future__ import annotations

from bot.digest import labels
from bot.digest.content import DailyDigest
from bot.wording import say


def _more(locale: str, shown: int, total: int) -> list[str]:
    return [f"  {say(locale, 'digest_more', count=total - shown)}"] if total > shown else []


def render(digest: DailyDigest, locale: str) -> str:
    lines = [say(locale, "digest_header", date=digest.day.isoformat()), ""]
    if digest.empty:
        lines.append(say(locale, "digest_empty", date=digest.day.isoformat()))
        return "\n".join(lines)
    lines.append(say(locale, "digest_engage", count=digest.open_total))
    if not digest.open:
        lines.append("  " + say(locale, "digest_nothing_open"))
    for item in digest.open:
        lines.append(
            f"  {item.score:.2f}  {item.platform} · {labels.objective(locale, item.objective)} · {item.reason}"
        )
        lines.append(f"        {item.url}")
    lines += _more(locale, len(digest.open), digest.open_total)
    if digest.waiting_total:
        lines += ["", say(locale, "digest_waiting", count=digest.waiting_total)]
        for waiting in digest.waiting:
            hours = labels.hours_waiting(digest, waiting.created_at.timestamp())
            objective = labels.objective(locale, waiting.objective)
            entry = say(
                locale,
                "digest_waiting_item",
                id=waiting.draft_id,
                platform=waiting.platform,
                objective=objective,
                hours=hours,
            )
            lines.append(f"  {entry}  {waiting.url}")
        lines += _more(locale, len(digest.waiting), digest.waiting_total)
    if digest.expired_total:
        lines.append(say(locale, "digest_expired", count=digest.expired_total))
    lines += ["", say(locale, "digest_outcomes", date=digest.looked_back.isoformat())]
    for outcome in digest.outcomes:
        lines.append("  " + labels.outcome_line(locale, outcome).replace("*", ""))
    if not digest.outcomes:
        lines.append("  " + say(locale, "digest_no_outcomes"))
    lines += ["", say(locale, "digest_audience")]
    if not digest.topics:
        lines.append("  " + say(locale, "digest_no_audience"))
    for topic in digest.topics:
        lines.append("  " + say(locale, "digest_topic", count=topic.count, need=topic.need))
        lines.append(f"    “{topic.quote}”  {topic.url}")
    lines += _more(locale, len(digest.topics), digest.topics_total)
    lines += ["  " + labels.growing_line(locale, topic, topic.need) for topic in digest.growing]
    if digest.emotions:
        lines.append("  " + labels.emotions_line(locale, digest))
    if digest.troubles_total:
        lines += ["", say(locale, "digest_troubles", count=digest.troubles_total)]
        for t in digest.troubles:
            entry = say(locale, "digest_trouble_item", id=t.watch_id, platform=t.platform, status=t.status)
            lines.append(f"  {entry}  {t.url}" + (f"  ({t.error})" if t.error else ""))
        lines += _more(locale, len(digest.troubles), digest.troubles_total)
    if digest.unfinished:
        lines += ["", say(locale, "digest_unfinished")]
        lines += [f"  {line}" for line in labels.unfinished_lines(locale, digest)]
    if digest.escalations_total:
        lines += ["", say(locale, "digest_escalations", count=digest.escalations_total)]
        lines += [f"  {e.platform} · {e.reason}  {e.url}" for e in digest.escalations]
        lines += _more(locale, len(digest.escalations), digest.escalations_total)
    return "\n".join(lines)
