"""The random-kill harness: real ``kuulo`` processes SIGKILLed at seeded random moments, then one clean run.

A kill is aimed at work, not at start-up: the harness waits for a random amount of progress the
process makes on a local stand-in (the k-th thread fetched from the replay server, the k-th reply
posted to the platform fake, the k-th Slack message), then a random delay, then SIGKILL. Whether
the process was still alive then (the kill "landed") is counted.

``KUULO_CRASH_KILLS`` (default 3; ``make fuzz-crash`` sets 50) kills per scenario and
``KUULO_CRASH_SEED`` (default 27) seed them. :func:`violations` checks the invariants after the
clean run.
"""

from __future__ import annotations

import os
import random
import signal
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select

from bot.drafting import resume
from bot.storage.db import Database
from bot.storage.models import (
    Comment,
    Draft,
    DraftVersion,
    Opportunity,
    Post,
    PublishJob,
    Signal,
    SlackCard,
    utcnow,
)
from tests.scheduler.test_processes import ServiceProcess

KILLS = int(os.environ.get("KUULO_CRASH_KILLS", "3"))
SEED = int(os.environ.get("KUULO_CRASH_SEED", "27"))
VARIANT = "Variant "  # the rationale of a variant draft starts so (bot/drafting/pipeline.py)


def base_env(**values: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("KUULO_", "SLACK_", "OPENAI_"))}
    env.update(PYTHONUNBUFFERED="1", KUULO_HTTP_MAX_ATTEMPTS="1", **values)
    return env


@dataclass
class KillLog:
    scenario: str
    seed: int
    kills: int = 0
    landed: int = 0  # the process was still working when it was killed
    stranding: int = 0  # kills after which some stage had unfinished work
    unfinished_before_clean: dict[str, int] = field(default_factory=dict)
    clean_output: list[str] = field(default_factory=list)

    def line(self) -> str:
        waiting = ", ".join(f"{count} {stage}" for stage, count in self.unfinished_before_clean.items() if count)
        return (
            f"crash[{self.scenario}] seed {self.seed}: {self.kills} SIGKILLs ({self.landed} mid-work, "
            f"{self.stranding} left work unfinished); "
            f"unfinished before the clean run: {waiting or 'nothing'}"
        )


def kill_at_random(
    process: ServiceProcess, progress: Callable[[], int], rng: random.Random, *, steps: int, delay: float
) -> bool:
    """Wait for 1..``steps`` more units of progress, then up to ``delay`` seconds, then SIGKILL.

    Returns whether the process was still running at the kill.
    """
    target = progress() + rng.randint(1, max(1, steps))
    pause = rng.uniform(0, delay)
    deadline = time.monotonic() + 120
    while progress() < target and process.process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(pause)
    alive = process.process.poll() is None
    process.process.send_signal(signal.SIGKILL)
    process.process.wait(30)
    process.close()
    return alive


def after_kill(log: KillLog, alive: bool, waiting: dict[str, int]) -> None:
    log.kills += 1
    log.landed += alive
    log.stranding += any(waiting.values())


def spawn(args: list[str], env: dict[str, str]) -> ServiceProcess:
    return ServiceProcess(args, env)


def finish(process: ServiceProcess, timeout: float = 600) -> list[str]:
    """Wait for a clean run to exit by itself; its output lines."""
    code = process.process.wait(timeout)
    process.close()
    assert code == 0, "\n".join(process.lines)
    return process.lines


def report(log: KillLog) -> None:
    print(log.line(), file=sys.stderr)
    path = os.environ.get("KUULO_CRASH_REPORT")
    if path:
        with open(path, "a", encoding="utf-8") as handle:
            handle.write(log.line() + "\n")


# -- invariants -----------------------------------------------------------------------
def violations(
    db: Database,
    *,
    brand_accounts: tuple[str, ...] = (),
    cards: bool = False,
    slack_messages: dict[int, int] | None = None,
    platform_posts: dict[str, int] | None = None,
) -> list[str]:
    """Every invariant the issue names, as a list of what is wrong (empty: all hold)."""
    found: list[str] = []
    now = utcnow()
    with db.read() as session:
        for item in resume.unfinished(session, now, brand_accounts=brand_accounts, cards=cards):
            if item.count:
                found.append(f"{item.count} items left unfinished at stage {item.stage}")
        # exactly one assessment per live comment: the signals row of its text and one opportunity
        live = select(Comment.id).where(Comment.deleted.is_(False), Comment.text.is_not(None))
        doubled = session.scalars(
            select(Opportunity.comment_id).group_by(Opportunity.comment_id).having(func.count() > 1)
        ).all()
        if doubled:
            found.append(f"comments with more than one opportunity: {doubled}")
        orphan = session.scalars(
            select(Signal.comment_id).where(
                Signal.comment_id.in_(live), ~Signal.comment_id.in_(select(Opportunity.comment_id))
            )
        ).all()
        if orphan:
            found.append(f"signals without an opportunity (half an assessment): {orphan}")
        # every draft opportunity: exactly one live reply (its variants are siblings, not duplicates)
        main = (
            select(Draft.comment_id, func.count())
            .where(Draft.status.in_(resume.LIVE), func.coalesce(Draft.rationale, "").not_like(f"{VARIANT}%"))
            .group_by(Draft.comment_id)
        )
        live_drafts = dict(session.execute(main).all())
        marked = session.scalars(
            select(Opportunity.comment_id)
            .join(Comment, Comment.id == Opportunity.comment_id)
            .where(Opportunity.action == "draft", Comment.deleted.is_(False), Comment.text.is_not(None))
        ).all()
        wrong = {cid: live_drafts.get(cid, 0) for cid in marked if live_drafts.get(cid, 0) != 1}
        if wrong:
            found.append(f"draft opportunities without exactly one live draft (comment: drafts): {wrong}")
        duplicates = {cid: n for cid, n in live_drafts.items() if n > 1}
        if duplicates:
            found.append(f"comments with more than one live draft: {duplicates}")
        # no half-written draft: its current version exists
        versionless = session.scalars(
            select(Draft.id).where(
                ~select(DraftVersion.id)
                .where(DraftVersion.draft_id == Draft.id, DraftVersion.version == Draft.current_version)
                .exists()
            )
        ).all()
        if versionless:
            found.append(f"drafts without their current version: {versionless}")
        # cards: once per draft
        if cards:
            pending = set(session.scalars(select(Draft.id).where(Draft.status == "pending")))
            posted = dict(session.execute(select(SlackCard.draft_id, SlackCard.ts)).all())
            unposted = sorted(d for d in pending if not posted.get(d))
            if unposted:
                found.append(f"pending drafts without a posted card: {unposted}")
        if slack_messages is not None:
            twice = {d: n for d, n in slack_messages.items() if n > 1}
            if twice:
                found.append(f"drafts with more than one card in Slack (draft: messages): {twice}")
            with_card = set(session.scalars(select(SlackCard.draft_id).where(SlackCard.state == "posted")))
            missing = sorted(with_card - set(slack_messages))
            if missing:
                found.append(f"cards marked posted with no message in Slack: {missing}")
        # approved: exactly one job, at most one post, published once
        approved = set(session.scalars(select(Draft.id).where(Draft.status == "approved")))
        jobs: dict[int, list[Any]] = {}
        for draft_id, state in session.execute(select(PublishJob.draft_id, PublishJob.state)):
            jobs.setdefault(draft_id, []).append(state)
        bad_jobs = {d: jobs.get(d, []) for d in approved if len(jobs.get(d, [])) != 1}
        if bad_jobs:
            found.append(f"approved drafts without exactly one publish job: {bad_jobs}")
        posts = dict(session.execute(select(Post.draft_id, func.count()).group_by(Post.draft_id)).all())
        if any(n > 1 for n in posts.values()):
            found.append(f"drafts with more than one post: {posts}")
        published_without_post = [d for d, states in jobs.items() if "published" in states and d not in posts]
        if published_without_post:
            found.append(f"jobs published without a posts row: {published_without_post}")
        if platform_posts is not None:
            twice = {target: n for target, n in platform_posts.items() if n > 1}
            if twice:
                found.append(f"replies published on the platform more than once: {twice}")
    return found


def slack_cards_by_draft(messages: dict[str, list[dict[str, Any]]]) -> dict[int, int]:
    """How many messages in the Slack stand-in carry each draft's card metadata."""
    counts: dict[int, int] = {}
    for channel in messages.values():
        for message in channel:
            meta = message.get("metadata") or {}
            if meta.get("event_type") == "kuulo_draft":
                draft_id = int((meta.get("event_payload") or {})["draft_id"])
                counts[draft_id] = counts.get(draft_id, 0) + 1
    return counts
