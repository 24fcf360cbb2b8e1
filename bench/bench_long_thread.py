"""One long thread of similar questions, assessed on its first poll: ``python -m bench long_thread``.

A thread where hundreds of people ask nearly the same thing (a price, a warranty, winter use) is where the
assessment's per-thread work shows: the already-answered check (``bot.opportunities.assess``) compares each
question with the thread's earlier ones. One Reddit thread of ``N`` comments (``KUULO_BENCH_LONG_THREAD_SIZES``,
default ``100,200,400``) is served by the replay server and polled once through ``bot.watching.polling.poll``
(the real Reddit source, httpx, SQLite, the offline classifier and drafter with the e5 model), with an empty
embedding cache each time, so every size pays for embedding its texts too. A four-comment thread is polled
first and not counted: it loads what a process loads once.

Printed per size: CPU seconds of this process (the replay server's thread included, a small share), wall
seconds, opportunities stored, and CPU milliseconds per comment. Linear work keeps the per-comment figure flat;
a term that grows with the square of the thread shows as a per-comment cost that grows with ``N``. The last line
gives the largest size's per-comment cost as a ratio to the smallest's. A benchmark prints and asserts nothing;
the load average is printed with each figure.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from bench import reddit_threads, table
from bot.config import Settings
from bot.demo.replay import ReplayServer
from bot.services import Services
from bot.storage.models import Comment, Opportunity
from bot.watching.polling import poll
from bot.watching.watches import add_watch

SIZES = tuple(int(n) for n in os.environ.get("KUULO_BENCH_LONG_THREAD_SIZES", "100,200,400").split(","))
QUESTIONS = (
    "Paljonko ilmalämpöpumppu maksaa asennettuna",
    "Mitä lämpöpumppu maksaa asennuksen kanssa",
    "Vad kostar en luftvärmepump med installation",
    "How much is an air heat pump installed",
    "Kuinka pitkä takuu lämpöpumpulla on",
    "Hur lång är garantin på värmepumpen",
    "Toimiiko lämpöpumppu kovalla pakkasella",
    "Does the heat pump work at minus 25",
)  # fmt: skip


def _comment(thread: str, n: int) -> dict[str, Any]:
    body = f"{QUESTIONS[n % len(QUESTIONS)]}? Meillä {60 + n % 90} neliön talo, kysyn nro {n}"
    return reddit_threads.comment(thread, n, body, author=f"user{n}")


def run(folder: Path, comments: int) -> tuple[float, float, int, int]:
    """(CPU seconds, wall seconds, comments stored, opportunities stored) of one first poll of the thread."""
    tid = f"lt{comments:05d}"
    with ReplayServer() as replay:
        replay.add("GET", f"/comments/{tid}.json", [reddit_threads.thread(tid, comments, _comment)])
        settings = Settings(
            _env_file=None,  # type: ignore[call-arg]
            data_dir=folder,
            reddit_url=replay.url,
            drafter="offline",
            classifier="offline",
            embedding_cache=folder / "embeddings.sqlite",
        )
        services = Services(settings)
        try:
            add_watch(
                services.db,
                settings,
                f"https://www.reddit.com/r/Suomi/comments/{tid}/t/",
                objective="sales",
                topics=["lämpöpumput"],
            )
            services.embedder.embed_queries(["lataa malli"])  # the model's load is not the thread's cost
            cpu, wall = time.process_time(), time.perf_counter()
            poll(services, include_all=True)
            cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
            with services.db.read() as session:
                stored = session.scalar(select(func.count()).select_from(Comment)) or 0
                assessed = session.scalar(select(func.count()).select_from(Opportunity)) or 0
            return cpu, wall, stored, assessed
        finally:
            services.close()


def main() -> None:
    rows = []
    per_comment = []
    with tempfile.TemporaryDirectory(prefix="kuulo-bench-long-thread-") as tmp:
        cpu, _, _, _ = run(Path(tmp), 4)  # loads what a process loads once (models, guidance), not measured
    print(f"warm-up, a thread of 4 comments: {cpu:.1f} s CPU (not counted)", flush=True)
    for size in SIZES:
        with tempfile.TemporaryDirectory(prefix="kuulo-bench-long-thread-") as tmp:
            cpu, wall, stored, assessed = run(Path(tmp), size)
        per_comment.append(1000 * cpu / size)
        rows.append((size, stored, assessed, cpu, wall, per_comment[-1], os.getloadavg()[0]))
        print(f"{size} comments: {cpu:.1f} s CPU, {wall:.1f} s wall (load {os.getloadavg()[0]:.1f})", flush=True)
    print(
        table(
            "One long thread of similar questions, first poll (in process, SQLite, offline models)",
            ["comments", "stored", "assessed", "CPU s", "wall s", "CPU ms/comment", "load"],
            rows,
        )
    )
    if len(per_comment) > 1:
        print(
            f"per-comment CPU at {SIZES[-1]} comments is {per_comment[-1] / per_comment[0]:.2f}x that at "
            f"{SIZES[0]} (1.00 = linear in the thread's length)"
        )
