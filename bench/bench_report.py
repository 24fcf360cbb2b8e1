"""The HTML report of a 2,000-comment week: time to build the board (themes) and to render the page.

2,000 comments in fi/sv/en in the report week (plus 8 earlier weeks at a
tenth of that), stored in SQLite; the board is built as ``kuulo report
--format html`` builds it (themes over the last 8 weeks, embeddings from a
warm cache on the second run), then rendered to one HTML file. The issue's
bar is rendering in under 2 s; building themes is reported separately.
"""

from __future__ import annotations

import random
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bench import table
from bot.config import Settings
from bot.insights.html_report import render_html
from bot.insights.service import audience_board
from bot.services import Services
from tests.insights.bursty import BACKGROUND, COMPLAINTS, Store

NOW = datetime(2026, 5, 13, 12, 0, tzinfo=UTC)  # Wednesday of 2026-W20
WEEK = "2026-W20"
TAILS = ["", " Kiitos!", " Tack!", " Thanks.", " Any ideas?", " Onko muilla samaa?", " Någon annan?", " :)", " Hmm."]


def _rows(count: int, start: datetime, end: datetime, rng: random.Random) -> list[tuple[datetime, str, str, str]]:
    pool = [*BACKGROUND, *((language, "negative", text) for language, text in COMPLAINTS)]
    rows = []
    for _ in range(count):
        language, emotion, text = rng.choice(pool)
        moment = start + (end - start) * rng.random()
        rows.append((moment, language, emotion, text + rng.choice(TAILS)))
    return rows


def main() -> None:
    rng = random.Random(2000)
    with tempfile.TemporaryDirectory() as folder:
        services = Services(Settings(_env_file=None, data_dir=Path(folder)))  # type: ignore[call-arg]
        try:
            store = Store(services.db, NOW - timedelta(weeks=10))
            monday = datetime(2026, 5, 11, tzinfo=UTC)
            store.add(_rows(1600, monday - timedelta(weeks=8), monday, rng))
            store.add(_rows(2000, monday, NOW, rng))
            rows = []
            for run in ("cold", "warm"):
                started = time.perf_counter()
                board = audience_board(services, WEEK, now=NOW)
                built = time.perf_counter() - started
                started = time.perf_counter()
                page = render_html(board)
                rendered = time.perf_counter() - started
                rows.append(
                    (
                        run,
                        board.week_comments,
                        len(board.themes),
                        f"{built:.2f} s",
                        f"{rendered * 1000:.1f} ms",
                        f"{len(page) / 1024:.0f} KiB",
                    )
                )
        finally:
            services.close()
    header = ("embeddings", "week comments", "themes shown", "build board", "render HTML", "page size")
    print(table("HTML report of a 2,000-comment week (bar: render < 2 s)", header, rows))


if __name__ == "__main__":
    main()
