"""Import comments from platforms Kuulo cannot read (Instagram, LinkedIn, TikTok, Facebook, ...).

The rows (parsed by :mod:`bot.watching.import_rows` from a file, or by
:mod:`bot.watching.import_paste` from a pasted comment section) become one thread of a
thread watch for that platform and thread URL, created on the first import and
reused after. The watch is never polled (no source reads these platforms; see
``bot.watching.watches.due_watches``). Comments go through
:func:`bot.watching.threads.store_thread`, so normalisation, dedupe and change
detection are the same as for polled threads, and then through
:func:`bot.drafting.pipeline.process_comments` for signals, opportunities and drafts.
Re-importing the same rows stores and drafts nothing new. Imported threads are
published by hand only (the thread's ``extra["publish"]`` is ``"manual"``).

A comment's stored id is its row id prefixed with a short hash of the thread,
so two exports that both number their rows 1, 2, 3 never collide.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.config import OBJECTIVES
from bot.domain import FetchedComment, FetchedThread, ThreadRef
from bot.drafting.pipeline import process_comments
from bot.errors import ConfigError
from bot.opportunities.scoring import DEFAULT_THRESHOLDS
from bot.ports import NO_PROGRESS, Progress
from bot.services import Services
from bot.storage.models import AuditEvent, Watch, utcnow
from bot.watching.import_rows import ImportRow, ParseResult, RowProblem
from bot.watching.threads import store_thread

log = logging.getLogger(__name__)

IMPORT_PLATFORMS = ("instagram", "linkedin", "tiktok", "facebook", "other")
PROCESS_BATCH = 50  # comments assessed and drafted at a time, so a large import shows its progress
NEVER = timedelta(days=365 * 100)  # imported watches are not polled; this keeps them last in any ordering


@dataclass
class ImportReport:
    watch_id: int
    thread_url: str
    rows: int
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    opportunities: int = 0
    drafted: int = 0
    problems: list[RowProblem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    created_watch: bool = False

    def lines(self) -> list[str]:
        head = f"{'Created' if self.created_watch else 'Reused'} watch {self.watch_id} for {self.thread_url}."
        counts = (
            f"Imported {self.rows} comment(s): {self.new} new, {self.changed} changed, {self.unchanged} unchanged; "
            f"{self.opportunities} opportunities, {self.drafted} drafts."
        )
        out = [head, counts, *self.notes]
        if self.problems:
            out.append(f"{len(self.problems)} row(s) skipped:")
            out.extend(f"  {problem.text()}" for problem in self.problems)
        return out


def default_thread_url(platform: str, parsed: ParseResult) -> str:
    """Without --thread-url: one thread per file name, or per pasted section (named by its first comment)."""
    if parsed.source == "paste":
        first = parsed.rows[0].id if parsed.rows else "empty"
        return f"import:{platform}/paste-{first}"
    return f"import:{platform}/{Path(parsed.source).name}"


def payload_for(
    parsed: ParseResult, platform: str, thread_url: str | None, objective: str | None, topics: list[str]
) -> dict[str, Any]:
    """What ``kuulo import`` hands to a running service: the rows themselves, never a path."""
    if platform not in IMPORT_PLATFORMS:
        raise ConfigError(f"--platform must be one of {', '.join(IMPORT_PLATFORMS)}, not {platform!r}")
    return {
        "platform": platform,
        "thread_url": (thread_url or "").strip() or default_thread_url(platform, parsed),
        "objective": objective,
        "topics": topics,
        "rows": [row.to_payload() for row in parsed.rows],
        "problems": [{"line": p.line, "message": p.message, "where": p.where} for p in parsed.problems],
    }


def import_request(services: Services, payload: dict[str, Any], progress: Progress = NO_PROGRESS) -> dict[str, Any]:
    """Request handler (kind ``"import"``) and what the command runs itself when no service does."""
    rows = [ImportRow.from_payload(item) for item in payload.get("rows", [])]
    problems = [RowProblem(p["line"], p["message"], p.get("where", "line")) for p in payload.get("problems", [])]
    report = import_rows(
        services,
        str(payload["platform"]),
        str(payload["thread_url"]),
        rows,
        objective=payload.get("objective"),
        topics=list(payload.get("topics") or []),
        progress=progress,
    )
    report.problems = problems + report.problems
    return {"lines": report.lines(), "watch_id": report.watch_id, "new": report.new, "drafted": report.drafted}


def import_rows(
    services: Services,
    platform: str,
    thread_url: str,
    rows: list[ImportRow],
    *,
    objective: str | None = None,
    topics: list[str] | None = None,
    actor: str = "cli",
    progress: Progress = NO_PROGRESS,
) -> ImportReport:
    """Store the rows as one thread and process them like polled comments, a batch at a time
    (``progress`` counts the rows stored, then the comments assessed and drafted)."""
    if platform not in IMPORT_PLATFORMS:
        raise ConfigError(f"platform must be one of {', '.join(IMPORT_PLATFORMS)}, not {platform!r}")
    objective = objective or services.settings.default_objective
    if objective not in OBJECTIVES:
        raise ConfigError(f"objective must be one of {', '.join(OBJECTIVES)}, not {objective!r}")
    target = thread_url.strip()[:512]
    prefix = hashlib.sha256(f"{platform}\n{target}".encode()).hexdigest()[:10]
    fetched = FetchedThread(
        ref=ThreadRef(platform, target, thread_url.strip()),
        title=None,
        author=None,
        body=None,
        created_at=None,
        comments=[_comment(platform, prefix, row) for row in rows],
        extra={"imported": True, "publish": "manual", "community": _community(platform, target)},
    )
    counted = progress.task("import rows", len(rows))
    with services.db.write() as session:
        watch, created = _ensure_watch(session, platform, target, objective, topics or [], services, actor)
        stored = store_thread(session, watch, fetched, services.settings.max_comment_chars)
        watch_id = watch.id
        session.add(
            AuditEvent(
                actor=actor,
                action="watch.import",
                subject_type="watch",
                subject_id=str(watch_id),
                detail={"rows": len(rows), "new": len(stored.new), "changed": len(stored.changed)},
            )
        )
    counted.advance(len(rows))
    counted.done()
    report = ImportReport(watch_id, target, len(rows), created_watch=created)
    report.new, report.changed, report.unchanged = len(stored.new), len(stored.changed), stored.unchanged
    processed = progress.task("process comments", len(stored.new) + len(stored.changed))
    try:
        for new, changed in _batches(stored.new, stored.changed):
            outcome = process_comments(services, watch_id, new, changed)
            report.opportunities += outcome.opportunities
            report.drafted += outcome.drafted
            report.notes.extend(outcome.notes)
            processed.advance(len(new) + len(changed))
    finally:
        processed.done()
    log.info("watch=%s: imported %s rows (%s new)", watch_id, len(rows), report.new)
    return report


def _batches(new: list[int], changed: list[int]) -> Iterator[tuple[list[int], list[int]]]:
    """The stored comments in batches of ``PROCESS_BATCH`` (new ones first), so progress moves and
    each batch is assessed and drafted with what the ones before it left in the database."""
    tagged = [(i, False) for i in new] + [(i, True) for i in changed]
    for start in range(0, len(tagged), PROCESS_BATCH):
        batch = tagged[start : start + PROCESS_BATCH]
        yield [i for i, was in batch if not was], [i for i, was in batch if was]


def _ensure_watch(
    session: Session, platform: str, target: str, objective: str, topics: list[str], services: Services, actor: str
) -> tuple[Watch, bool]:

    watch = session.scalar(select(Watch).where(Watch.platform == platform, Watch.target == target))
    if watch is not None:
        return watch, False
    watch = Watch(
        url=target,
        platform=platform,
        kind="thread",
        target=target,
        objective=objective,
        topics=[t.strip() for t in topics if t.strip()],
        poll_interval_minutes=services.settings.default_poll_interval_minutes,
        next_poll_at=utcnow() + NEVER,
        thresholds=dict(DEFAULT_THRESHOLDS),
    )
    session.add(watch)
    session.flush()
    session.add(
        AuditEvent(
            actor=actor, action="watch.add", subject_type="watch", subject_id=str(watch.id), detail={"url": target}
        )
    )
    return watch, True


def _community(platform: str, target: str) -> str:
    """The account or page whose thread this is, when the URL names one; else the platform."""
    parts = urlsplit(target)
    segments = [s for s in parts.path.split("/") if s]
    if parts.scheme in ("http", "https") and segments and segments[0] not in ("p", "posts", "reel", "feed", "video"):
        return f"{platform}:{segments[0]}"
    return platform


def _comment(platform: str, prefix: str, row: ImportRow) -> FetchedComment:
    return FetchedComment(
        platform=platform,
        id=f"{prefix}:{row.id}"[:512],
        parent_id=f"{prefix}:{row.parent_id}"[:512] if row.parent_id else None,
        author_id=row.author,
        author=row.author,
        text=row.text,
        created_at=row.created_at,
        url=row.url,
        metrics={"likes": row.likes} if row.likes is not None else {},
        extra={"import_id": row.id, "import_line": row.line},
    )
