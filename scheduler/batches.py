"""Batches of distributed work as a command sees them: one key per thread's poll, and per-watch lines.

Pure helpers shared by the stages a worker runs (:mod:`scheduler.stages`) and the scheduler side that
queues and waits (:mod:`scheduler.distributed`).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from bot.watching.polling import WatchOutcome


def poll_key(platform: str, target: str) -> str:
    """One poll per thread, however many watches point at it (a thread is unique per platform and id)."""
    return f"poll:{platform}:{target}"[:255]


def outcome_dict(outcome: WatchOutcome) -> dict[str, Any]:
    return dataclasses.asdict(outcome)


def outcome_from(data: dict[str, Any]) -> WatchOutcome:
    fields = {f.name for f in dataclasses.fields(WatchOutcome)}
    return WatchOutcome(**{k: v for k, v in data.items() if k in fields})


def merge_batch(rows: list[dict[str, Any]]) -> list[WatchOutcome]:
    """The per-watch outcomes of one ``kuulo poll`` batch: polls first, then what processing and drafting added."""
    outcomes: list[WatchOutcome] = []
    by_watch: dict[int, WatchOutcome] = {}
    for row in rows:
        if row["kind"] != "poll":
            continue
        if row["status"] != "done":
            watch_id = int(row["payload"].get("watch_id", 0))
            failed = WatchOutcome(watch_id, str(row["payload"].get("url", "")))
            failed.error = row["error"] or f"the poll task ended {row['status']}"
            outcomes.append(failed)
            by_watch.setdefault(watch_id, failed)
            continue
        for data in row["result"].get("outcomes", []):
            outcome = outcome_from(data)
            outcomes.append(outcome)
            if not outcome.skipped:
                by_watch.setdefault(outcome.watch_id, outcome)
    for row in rows:
        result = row["result"]
        target = by_watch.get(int(result.get("watch_id") or row["payload"].get("watch_id") or 0))
        if target is None:
            continue
        if row["kind"] == "process":
            target.opportunities += int(result.get("opportunities", 0))
            target.notes.extend(result.get("notes", []))
            if row["status"] != "done":
                target.notes.append(f"comments stored; processing failed: {row['error']}")
        elif row["kind"] == "draft":
            if result.get("draft_id"):
                target.drafted += 1
            elif result.get("error"):
                target.notes.append(f"draft for comment {result.get('comment_id')} failed: {result['error']}")
            elif row["status"] != "done":
                target.notes.append(f"draft for comment {row['payload'].get('comment_id')} failed: {row['error']}")
    return outcomes
