"""Many brands watching the same threads (issue #23's bar): ``python -m bench brands``.

In process, with the poll path ``kuulo run`` and ``kuulo poll`` use (``bot.watching.polling.poll``), SQLite,
the real Reddit source and httpx against the replay server, the offline classifier with the e5 model.
``KUULO_BENCH_BRANDS`` brands (default 50) each watch the same ``KUULO_BENCH_BRANDS_THREADS`` threads (default
100), against one brand watching them. Per setup:

1. a first poll stores every thread (the other brands' watches are added after it, so the set-up does not
   assess the stored comments once per brand; that is not what is measured);
2. **unchanged cycle**: every watch due, every thread answering as before: fetches (requests to the replay
   server) and wall time. Bar: the same fetches as one brand, and ≤ 1.5× its time;
3. **new comments**: one thread in ten gains one comment: fetches, and the assessments stored for the
   new comments. Bar: one per brand per new comment.

A benchmark prints and asserts nothing; the machine is shared, so the load average is printed with each
figure.
"""

from __future__ import annotations

import os
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from bench import reddit_threads, table
from bot.brands.records import add_brand
from bot.config import Settings
from bot.demo.replay import ReplayServer
from bot.services import Services
from bot.storage.models import Comment, Opportunity, Watch
from bot.watching.polling import poll
from bot.watching.watches import add_watch

BRANDS = int(os.environ.get("KUULO_BENCH_BRANDS", "50"))
THREADS = int(os.environ.get("KUULO_BENCH_BRANDS_THREADS", "100"))
CHANGED_EVERY = 10  # one thread in ten gains a comment in the third cycle
QUESTIONS = ("Paljonko ilmalämpöpumppu maksaa asennettuna", "Kuinka pitkä takuu lämpöpumpulla on",
             "Toimiiko lämpöpumppu pakkasella", "Kauanko asennus kestää")  # fmt: skip


def _comment(thread: str, n: int) -> dict[str, Any]:
    body = f"{QUESTIONS[n % len(QUESTIONS)]}? (ketju {thread}, viesti {n})"
    return reddit_threads.comment(thread, n, body, author=f"user{n}")


def thread_body(thread: str, comments: int) -> dict[str, Any]:
    """A Reddit thread (``/comments/{id}.json``'s two listings) with ``comments`` top-level comments."""
    return reddit_threads.thread(thread, comments, _comment)


def thread_id(n: int) -> str:
    return f"br{n:05d}"


def serve(replay: ReplayServer, threads: int, changed_every: int = CHANGED_EVERY) -> list[str]:
    """Each thread: two polls with one comment, then (one in ``changed_every``) a second comment."""
    urls = []
    for n in range(threads):
        tid = thread_id(n)
        later = thread_body(tid, 2 if n % changed_every == 0 else 1)
        replay.add("GET", f"/comments/{tid}.json", [thread_body(tid, 1), thread_body(tid, 1), later])
        urls.append(f"https://www.reddit.com/r/Suomi/comments/{tid}/t/")
    return urls


def brand_names(count: int) -> list[str]:
    return ["default", *(f"brand{n:02d}" for n in range(1, count))]


def watch_all(services: Services, urls: list[str], brands: list[str]) -> None:
    for brand in brands:
        if brand != "default":
            add_brand(services.db, brand)
        for url in urls:
            add_watch(services.db, services.settings, url, objective="trust", topics=["lämpöpumput"], brand=brand)


@dataclass
class Cycle:
    fetches: int
    seconds: float
    load: float
    assessments: int = 0
    new_comments: int = 0


def timed_poll(services: Services, replay: ReplayServer) -> Cycle:
    """One pass with every watch due; requests counted at the replay server."""
    before = len(replay.requests)
    started = time.perf_counter()
    poll(services, include_all=True)
    seconds = time.perf_counter() - started
    return Cycle(len(replay.requests) - before, seconds, os.getloadavg()[0])


def _counts(services: Services) -> tuple[int, int]:
    with services.db.read() as session:
        return (
            session.scalar(select(func.count()).select_from(Opportunity)) or 0,
            session.scalar(select(func.count()).select_from(Comment)) or 0,
        )


def run(folder: Path, brands: int, threads: int) -> tuple[Cycle, Cycle]:
    """(the unchanged cycle, the cycle with new comments) for ``brands`` brands watching ``threads`` threads."""
    with ReplayServer() as replay:
        urls = serve(replay, threads)
        settings = Settings(
            _env_file=None,  # type: ignore[call-arg]
            data_dir=folder,
            reddit_url=replay.url,
            drafter="offline",
            classifier="offline",
            embedding_cache=Path(tempfile.gettempdir()) / "kuulo-bench-brands-embeddings.sqlite",
        )
        services = Services(settings)
        try:
            names = brand_names(brands)
            watch_all(services, urls, names[:1])
            poll(services, include_all=True)  # stores every thread, loads the models
            watch_all(services, urls, names[1:])
            with services.db.read() as session:
                assert session.scalar(select(func.count()).select_from(Watch)) == brands * threads
            unchanged = timed_poll(services, replay)
            assessed, comments = _counts(services)
            changed = timed_poll(services, replay)
            assessed_after, comments_after = _counts(services)
            changed.assessments, changed.new_comments = assessed_after - assessed, comments_after - comments
            return unchanged, changed
        finally:
            services.close()


def main() -> None:
    rows = []
    results: dict[int, tuple[Cycle, Cycle]] = {}
    for brands in (1, BRANDS):
        with tempfile.TemporaryDirectory(prefix="kuulo-bench-brands-") as tmp:
            results[brands] = run(Path(tmp), brands, THREADS)
        unchanged, changed = results[brands]
        print(
            f"{brands} brand(s): unchanged cycle {unchanged.fetches} fetches {unchanged.seconds:.1f} s; new comments "
            f"{changed.new_comments}, {changed.assessments} assessments, {changed.seconds:.1f} s "
            f"(load {os.getloadavg()[0]:.1f})",
            flush=True,
        )
        per = changed.assessments / changed.new_comments / brands if changed.new_comments else float("nan")
        rows.append(
            (
                f"{brands} brand(s) x {THREADS} threads",
                unchanged.fetches,
                unchanged.seconds,
                unchanged.load,
                changed.fetches,
                changed.new_comments,
                changed.assessments,
                per,
                changed.seconds,
                changed.load,
            )
        )
    print(
        table(
            "Brands watching the same threads, one poll pass each (in process, SQLite, offline models)",
            ["setup", "fetches", "unchanged s", "load", "fetches", "new", "assessed", "per brand", "new s", "load"],
            rows,
        )
    )
    one, many = results[1][0], results[BRANDS][0]
    ratio = many.seconds / one.seconds if one.seconds else float("nan")
    print(
        f"bars: fetches per unchanged cycle {many.fetches} vs {one.fetches} (same: "
        f"{'yes' if many.fetches == one.fetches == THREADS else 'NO'}); assessments per brand per new comment "
        f"{rows[-1][7]:.2f} (bar 1.00); unchanged cycle {ratio:.2f}x the single brand's (bar <= 1.5)"
    )
