"""Burst alerts on simulated data: false alarms on flat days, and how fast a planted burst is seen.

Flat: comments at a constant Poisson rate (texts drawn from an ordinary
day's pool in fi/sv/en), 14 days of history, then a check every 2 hours for
30 days; every alert opened is a false alarm. Planted: the same background
plus a dozen complaints about one thing within 50 minutes; the row says how
many alerts the first check after it opened, and how long a check takes.
"""

from __future__ import annotations

import random
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bench import table
from bot.config import Settings
from bot.insights.alerts import check_alerts
from bot.services import Services
from tests.insights.bursty import Store, background, complaints

NOW = datetime(2026, 5, 13, 12, 0, tzinfo=UTC)


def _services(folder: Path) -> Services:
    return Services(Settings(_env_file=None, data_dir=folder))  # type: ignore[call-arg]


def flat(per_day: float, seed: int) -> tuple[int, int, float]:
    with tempfile.TemporaryDirectory() as folder:
        services = _services(Path(folder))
        try:
            start = NOW - timedelta(days=44)
            store = Store(services.db, start)
            store.add(background(start, NOW, per_day, random.Random(seed)))
            opened, checks, spent = 0, 0, 0.0
            moment = NOW - timedelta(days=30)
            while moment <= NOW:
                began = time.perf_counter()
                report = check_alerts(services.db, services.settings, services.embedder, moment, None)
                spent += time.perf_counter() - began
                opened += len(report.opened)
                checks += 1
                moment += timedelta(hours=2)
            return opened, checks, spent / checks
        finally:
            services.close()


def planted(per_day: float, seed: int) -> tuple[int, float]:
    with tempfile.TemporaryDirectory() as folder:
        services = _services(Path(folder))
        try:
            store = Store(services.db, NOW - timedelta(days=20))
            store.add(background(NOW - timedelta(days=16), NOW - timedelta(hours=1), per_day, random.Random(seed)))
            store.add(complaints(NOW, 12))
            began = time.perf_counter()
            report = check_alerts(services.db, services.settings, services.embedder, NOW, None)
            return len(report.opened), time.perf_counter() - began
        finally:
            services.close()


def main() -> None:
    rows = []
    for per_day in (3, 10, 30):
        for seed in (1, 2):
            opened, checks, mean = flat(per_day, seed)
            found, took = planted(per_day, seed)
            rows.append((f"{per_day}/day seed {seed}", checks, opened, found, f"{mean * 1000:.0f} ms", f"{took:.2f} s"))
    header = ("background", "flat checks", "false alarms", "planted: alerts", "check (flat)", "check (burst)")
    print(table("Burst alerts: 30 flat days (a check every 2 h) and a planted burst", header, rows))


if __name__ == "__main__":
    main()
