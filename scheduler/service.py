"""The long-running service: hold the lease, run the scheduler, let go cleanly.

One loop on the main thread does the heartbeat: take the lease (or renew it)
every third of its lifetime. While this process holds it, the APScheduler
jobs run in a small thread pool; when it cannot get the lease it says who has
it and keeps trying, so it takes over within one lifetime of the holder dying.
If the lease is lost (renewal refused, or the database unreachable for a whole
lifetime) the jobs stop at once, so two schedulers never run side by side for
long. On stop (SIGTERM, Ctrl-C) running jobs finish, then the lease is freed.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from sqlalchemy.exc import SQLAlchemyError

from bot.drafting.resume import describe, unfinished_for
from bot.errors import StorageError
from bot.services import Services
from bot.storage.models import utcnow
from scheduler import jobs, lease, requests, schedule
from scheduler.lease import Clock, Holder
from scheduler.registry import JOBS

if TYPE_CHECKING:
    from apscheduler.schedulers.background import BackgroundScheduler

log = logging.getLogger(__name__)

Say = Callable[[str], None]


class Service:
    def __init__(
        self, services: Services, *, clock: Clock = utcnow, say: Say | None = None, holder: Holder | None = None
    ) -> None:
        self.services = services
        self.clock = clock
        self.say: Say = say or (lambda message: log.warning("%s", message))
        self.holder = holder or Holder.of_this_process()
        self.ttl = services.settings.lease_seconds
        self.beat = max(0.1, self.ttl / 3)
        self.scheduler: BackgroundScheduler | None = None
        self._renewed_at = 0.0
        self._seen_holder: str | None = None

    @property
    def leading(self) -> bool:
        return self.scheduler is not None

    def run(self, stop: threading.Event) -> None:
        """Run until ``stop`` is set; always leaves the lease released and the jobs finished."""
        try:
            while not stop.is_set():
                self.tick()
                stop.wait(self.beat)
        finally:
            self.shutdown()

    def tick(self) -> None:
        """One heartbeat: take or renew the lease and start or stop the jobs to match."""
        try:
            if self.scheduler is None:
                self._try_to_lead()
            elif lease.renew(self.services.db, self.holder, self.ttl, self.clock()):
                self._renewed_at = time.monotonic()
            else:
                self._step_down("the lease was taken by another scheduler")
        except (StorageError, OSError, SQLAlchemyError) as exc:
            log.warning("scheduler heartbeat failed: %s", exc)
            if self.scheduler is not None and time.monotonic() - self._renewed_at >= self.ttl:
                self._step_down("the database did not answer for a whole lease period")

    def shutdown(self) -> None:
        leading = self.scheduler is not None
        if leading:
            self.say("Stopping: letting running jobs finish...")
        self._stop_jobs()
        try:
            released = lease.release(self.services.db, self.holder)
        except (StorageError, SQLAlchemyError) as exc:
            log.warning("could not release the lease (it expires by itself): %s", exc)
            released = False
        if leading or released:
            self.say("Scheduler stopped; lease released." if released else "Scheduler stopped.")

    def _try_to_lead(self) -> None:
        before = lease.current(self.services.db)
        if not lease.acquire(self.services.db, self.holder, self.ttl, self.clock()):
            if before is not None and before.holder != self._seen_holder:
                self._seen_holder = before.holder
                self.say(
                    f"Another scheduler holds the lease ({before.describe()}); not scheduling jobs. "
                    f"Waiting to take over if it stops heartbeating for {self.ttl:g} s."
                )
            return
        self._renewed_at = time.monotonic()
        if before is not None and before.holder != self.holder.id:
            self.say(f"Took over the lease from host {before.host} pid {before.pid} (it stopped heartbeating).")
        interrupted = requests.fail_interrupted(self.services.db, self.clock())
        if interrupted:
            self.say(f"{interrupted} request(s) interrupted by the previous scheduler were marked failed.")
        jobs.bind(self.services, self.clock)
        self.scheduler = schedule.start(self.services)
        listed = ", ".join(schedule.describe(spec, self.services.settings) for spec in JOBS.values())
        self.say(
            f"Scheduler running on host {self.holder.host} pid {self.holder.pid} "
            f"(lease renewed every {self.beat:g} s). Jobs: {listed}."
        )
        self._report_unfinished()

    def _report_unfinished(self) -> None:
        """Say what earlier runs left unfinished; the start-up poll and outbox runs resume it."""
        now = self.clock()
        try:
            waiting = unfinished_for(self.services, now)
        except (StorageError, SQLAlchemyError) as exc:
            log.warning("could not count unfinished work: %s", exc)
            return
        if any(item.count for item in waiting):
            self.say(
                f"Unfinished work from earlier runs: {describe(waiting, now)}. "
                "The first poll, the outbox and the card loop resume it, oldest first."
            )

    def _step_down(self, why: str) -> None:
        self.say(f"Stopped scheduling jobs: {why}. Waiting to take over again.")
        self._stop_jobs()
        self._seen_holder = None

    def _stop_jobs(self) -> None:
        scheduler, self.scheduler = self.scheduler, None
        if scheduler is not None:
            schedule.stop(scheduler)
        jobs.unbind()
