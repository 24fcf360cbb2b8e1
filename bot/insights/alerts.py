"""Alerts: after each poll, find bursts and keep one alert (and one message) per burst.

:func:`check_alerts` loads the comments of the last ``BASELINE_DAYS`` days,
runs :func:`bot.insights.bursts.detect`, and reconciles the bursts with the
open ``alerts`` rows in one transaction:

- a burst that shares at least half its comments with an open alert (or is
  the same watch, risk or negative series) grows that alert: its comments are
  the union, ``last_burst_at`` moves to now, and ``version`` goes up when the
  content changed;
- any other burst opens a new alert;
- an open alert without a burst for ``KUULO_ALERT_QUIET_HOURS`` closes.

Then every alert whose ``posted_version`` is behind its ``version`` is posted
(no message yet) or updated in place through an
:class:`~bot.ports.AlertNotifier` in ``KUULO_ALERT_CHANNEL`` (default: the
escalation channel). A refused post is kept with its error and retried at the
next check; with no channel or no Slack, alerts are only recorded
(``kuulo alerts`` lists them). Checks run inside the poll lock of one service
process, so two checks never reconcile at once.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.config import Settings
from bot.errors import DeliveryError
from bot.insights.alert_view import AlertView
from bot.insights.bursts import BASELINE_DAYS, WINDOW_HOURS, Burst, BurstItem, Detection, detect
from bot.insights.data import erased_hashes
from bot.ports import AlertNotifier, Embedder
from bot.privacy.suppress import author_hash
from bot.storage.db import Database
from bot.storage.models import Alert, Comment, Signal, Thread, Watch

log = logging.getLogger(__name__)

SAME_BURST = 0.5  # share of the smaller comment set two bursts must share to be one
MAX_THREADS = 5
RECENT_DAYS = 7


@dataclass(frozen=True)
class Loaded:
    items: list[BurstItem]
    urls: dict[int, str | None]  # comment id -> link
    threads: dict[int, tuple[str, str | None]]  # thread id -> url, title
    watches: dict[int, str]  # watch id -> url


@dataclass
class CheckReport:
    opened: list[int] = field(default_factory=list)
    grown: list[int] = field(default_factory=list)
    closed: list[int] = field(default_factory=list)
    posted: list[int] = field(default_factory=list)
    updated: list[int] = field(default_factory=list)
    failed: list[int] = field(default_factory=list)

    def summary(self) -> str | None:
        parts = [f"{name} {ids}" for name, ids in vars(self).items() if ids]
        return "alerts: " + "; ".join(parts) if parts else None


def alert_channel(settings: Settings) -> str | None:
    return settings.alert_channel or settings.escalation_channel


def load(session: Session, now: datetime) -> Loaded:
    """Current comments of the last ``BASELINE_DAYS`` days (plus the longest window); erased authors left out."""
    start = now - timedelta(days=BASELINE_DAYS, hours=max(WINDOW_HOURS))
    rows = session.execute(
        select(Comment, Signal, Thread, Watch)
        .join(Thread, Thread.id == Comment.thread_id)
        .join(Watch, Watch.id == Thread.watch_id)
        .outerjoin(Signal, Signal.comment_id == Comment.id)
        .where(Comment.deleted.is_(False), Comment.text.is_not(None), Comment.text != "")
        .where(Comment.ours.is_(False))  # our own published replies are not the audience
        .where(Comment.created_at >= start, Comment.created_at <= now)
        .order_by(Comment.created_at, Comment.id)
    )
    erased = erased_hashes(session)
    loaded = Loaded([], {}, {}, {})
    for comment, signal, thread, watch in rows:
        if comment.author_id and (comment.platform, author_hash(comment.author_id)) in erased:
            continue
        person = comment.author_id or comment.author_name or f"comment:{comment.id}"
        need = (signal.need or "").strip() if signal else ""
        text = str(comment.text)
        loaded.items.append(
            BurstItem(
                comment_id=comment.id,
                text=text,
                created_at=comment.created_at or comment.first_seen_at,
                watch_id=watch.parent_watch_id or watch.id,
                thread_id=thread.id,
                person=f"{comment.platform}:{person}",
                phrase=need or text,
                emotion=signal.emotion if signal else None,
                risk=tuple(str(flag) for flag in (signal.risk or [])) if signal else (),
                language=(signal.language if signal else None) or comment.language,
            )
        )
        loaded.urls[comment.id] = comment.url
        loaded.threads[thread.id] = (thread.url, thread.title)
    watch_ids = {item.watch_id for item in loaded.items}
    if watch_ids:
        for watch_id, url in session.execute(select(Watch.id, Watch.url).where(Watch.id.in_(watch_ids))):
            loaded.watches[watch_id] = url
    return loaded


def _label(kind: str, key: str, loaded: Loaded) -> str:
    if kind == "theme":
        return key
    if kind == "watch":
        return loaded.watches.get(int(key), "")
    return ""


def content(
    alert_ids: list[int], burst: Burst, detection: Detection, loaded: Loaded, kind: str, key: str
) -> dict[str, Any]:
    """What the message shows, computed from the alert's comments as they are now."""
    by_id = {item.comment_id: item for item in loaded.items}
    present = [i for i in alert_ids if i in by_id]
    threads = Counter(by_id[i].thread_id for i in present)
    return {
        "label": _label(kind, key, loaded),
        "window_hours": burst.test.window_hours,
        "expected": round(burst.test.expected, 3),
        "threads": [
            {"url": loaded.threads[t][0], "title": loaded.threads[t][1], "count": n}
            for t, n in threads.most_common(MAX_THREADS)
        ],
        "quotes": [
            {
                "comment_id": i,
                "text": by_id[i].text,
                "url": loaded.urls.get(i),
                "language": by_id[i].language,
            }
            for i in detection.representative(present)
        ],
        "risk": dict(Counter(flag for i in present for flag in by_id[i].risk).most_common()),
        "facets": [[k, v, _label(k, v, loaded)] for k, v in burst.facets],
    }


def _overlap(a: list[int], b: list[Any]) -> float:
    if not a or not b:
        return 0.0
    return len(set(a) & {int(i) for i in b}) / min(len(a), len(b))


def _match(burst: Burst, open_alerts: list[Alert]) -> Alert | None:
    for alert in open_alerts:
        if burst.kind != "theme" and alert.kind == burst.kind and alert.key == burst.key:
            return alert
    scored = [(_overlap(burst.comment_ids, alert.comment_ids), alert.id, alert) for alert in open_alerts]
    best = max(scored, default=None, key=lambda entry: (entry[0], -entry[1]))
    return best[2] if best is not None and best[0] >= SAME_BURST else None


def reconcile(session: Session, detection: Detection, loaded: Loaded, now: datetime, quiet_hours: float) -> CheckReport:
    report = CheckReport()
    open_alerts = list(session.scalars(select(Alert).where(Alert.state == "open").order_by(Alert.id)))
    people = {item.comment_id: item.person for item in loaded.items}
    seen: set[int] = set()
    for burst in detection.bursts:
        alert = _match(burst, [a for a in open_alerts if a.id not in seen])
        if alert is None:
            ids = list(burst.comment_ids)
            alert = Alert(
                kind=burst.kind,
                key=burst.key,
                opened_at=now,
                last_burst_at=now,
                since=burst.since,
                comment_ids=ids,
                people=len({people[i] for i in ids}),
                p_value=burst.test.p_value,
                content=content(ids, burst, detection, loaded, burst.kind, burst.key),
            )
            session.add(alert)
            session.flush()
            report.opened.append(alert.id)
        else:
            old = [int(i) for i in alert.comment_ids]
            ids = old + [i for i in burst.comment_ids if i not in set(old)]
            new_content = content(ids, burst, detection, loaded, alert.kind, alert.key)
            alert.last_burst_at = now
            alert.p_value = min(alert.p_value, burst.test.p_value)
            if ids != old or new_content != alert.content:
                alert.comment_ids = ids
                alert.people = len({people[i] for i in ids if i in people})
                alert.content = new_content
                alert.since = min(alert.since, burst.since)
                alert.version += 1
                report.grown.append(alert.id)
        seen.add(alert.id)
    for alert in open_alerts:
        if alert.id not in seen and now - alert.last_burst_at >= timedelta(hours=quiet_hours):
            alert.state, alert.closed_at = "closed", now
            alert.version += 1
            report.closed.append(alert.id)
    return report


def view(alert: Alert, settings: Settings) -> AlertView:
    row = {column: getattr(alert, column) for column in ("state", "kind", "key", "since", "last_burst_at")}
    row |= {"closed_at": alert.closed_at, "comment_ids": alert.comment_ids, "people": alert.people}
    row |= {"p_value": alert.p_value, "content": alert.content}
    return AlertView.from_content(alert.id, row, settings.locale, settings.timezone)


def deliver(db: Database, settings: Settings, notifier: AlertNotifier, report: CheckReport) -> None:
    """Post or update every alert whose message is behind what it says."""
    channel = alert_channel(settings)
    if channel is None:
        return
    with db.read() as session:
        pending = list(session.scalars(select(Alert).where(Alert.posted_version < Alert.version).order_by(Alert.id)))
        shown = [(alert.id, alert.version, alert.channel, alert.ts, view(alert, settings)) for alert in pending]
    for alert_id, version, posted_channel, ts, alert_view in shown:
        try:
            if ts is None:
                ts = notifier.post_alert(channel, alert_view)
                posted_channel = channel
                report.posted.append(alert_id)
            else:
                notifier.update_alert(posted_channel or channel, ts, alert_view)
                report.updated.append(alert_id)
            error = None
        except DeliveryError as exc:
            log.warning("alert %s not delivered to %s: %s", alert_id, channel, exc)
            report.failed.append(alert_id)
            error = str(exc)
        with db.write() as session:
            row = session.get(Alert, alert_id)
            if row is None:
                continue
            row.error = error
            if error is None:
                row.channel, row.ts, row.posted_version = posted_channel, ts, version


def check_alerts(
    db: Database, settings: Settings, embedder: Embedder, now: datetime, notifier: AlertNotifier | None
) -> CheckReport:
    """One check (see the module docstring); ``notifier`` None records alerts without posting them."""
    with db.read() as session:
        loaded = load(session, now)
    detection = detect(loaded.items, embedder, now)
    with db.write() as session:
        report = reconcile(session, detection, loaded, now, settings.alert_quiet_hours)
    if report.opened or report.grown or report.closed:
        log.info("alert check: %s", report.summary())
    if notifier is not None:
        deliver(db, settings, notifier, report)
    return report


def recent_alerts(db: Database, settings: Settings, now: datetime, days: int = RECENT_DAYS) -> list[AlertView]:
    """Open alerts and those closed in the last ``days`` days, newest first (``kuulo alerts``)."""
    with db.read() as session:
        rows = session.scalars(
            select(Alert)
            .where((Alert.state == "open") | (Alert.closed_at >= now - timedelta(days=days)))
            .order_by(Alert.opened_at.desc(), Alert.id.desc())
        )
        return [view(alert, settings) for alert in rows]
