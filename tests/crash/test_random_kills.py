"""Random kills of real processes: ``kuulo poll --all``, ``kuulo publish`` and ``kuulo run`` (with the Slack
stand-in) are SIGKILLed at seeded random moments, then one clean run finishes and every invariant holds:
each stored comment assessed exactly once, each draft opportunity with exactly one live draft, each card
posted once, each approval with exactly one publish job and at most one post. On SQLite and PostgreSQL.

``make test`` runs ``KUULO_CRASH_KILLS`` (default 3) kills per scenario; ``make fuzz-crash`` runs 50.
"""

from __future__ import annotations

import random
import re
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.demo.replay import ReplayServer
from bot.drafting import resume
from bot.services import Services
from bot.storage.models import JobRun, utcnow
from bot.watching.watches import add_watch
from tests.conftest import SAMPLE, make_settings
from tests.crash.harness import (
    KILLS,
    SEED,
    KillLog,
    after_kill,
    base_env,
    finish,
    kill_at_random,
    report,
    slack_cards_by_draft,
    spawn,
    violations,
)

THREADS = 8
TEXTS = [  # questions the sample brand's guidance answers, in the three first-class languages
    "Paljonko ilmalämpöpumppu maksaa asennettuna?",
    "Toimiiko lämpöpumppu oikeasti -25 asteen pakkasella?",
    "Vad kostar en luftvärmepump med installation?",
    "Is a heat pump worth it in a Finnish winter?",
    "Kuinka pitkä takuu lämpöpumpulla on?",
    "Hur lång garanti har värmepumpen?",
]

LOG_LINE = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},\d+ (DEBUG|INFO|WARNING|ERROR) ")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'kuulo.db'}"
    else:
        yield request.getfixturevalue("postgres_url")


def _comment(thread: str, n: int, text: str) -> dict[str, Any]:
    cid = f"{thread}c{n}"
    return {
        "kind": "t1",
        "data": {
            "id": cid,
            "name": f"t1_{cid}",
            "parent_id": f"t3_{thread}",
            "link_id": f"t3_{thread}",
            "author": f"user{n}",
            "author_fullname": f"t2_u{thread}{n}",
            "body": text,
            "created_utc": time.time() - 3600 + n,
            "edited": False,
            "score": 2,
            "permalink": f"/r/Suomi/comments/{thread}/t/{cid}/",
            "replies": "",
        },
    }


def _thread(thread: str, texts: list[str]) -> dict[str, Any]:
    post = {"id": thread, "name": f"t3_{thread}", "title": "Lämpöpumppu omakotitaloon?", "author": "op",
            "selftext": "", "created_utc": time.time() - 7200, "subreddit": "Suomi", "score": 3,
            "num_comments": len(texts)}  # fmt: skip
    children = [_comment(thread, n, text) for n, text in enumerate(texts)]
    return {
        "status": 200,
        "json": [
            {"kind": "Listing", "data": {"children": [{"kind": "t3", "data": post}]}},
            {"kind": "Listing", "data": {"children": children}},
        ],
    }


def serve_threads(replay: ReplayServer, rng: random.Random) -> list[str]:
    """Threads that grow between polls (two more comments, one edited), so every poll has new work."""
    urls = []
    for n in range(THREADS):
        thread = f"k{n:04d}"
        first = [TEXTS[(n + i) % len(TEXTS)] for i in range(3)]
        second = [*first[:-1], first[-1] + " Entä huolto?", TEXTS[(n + 3) % len(TEXTS)], TEXTS[(n + 4) % len(TEXTS)]]
        versions = [_thread(thread, first), _thread(thread, second)]
        replay.add("GET", f"/comments/{thread}.json", versions[rng.randint(0, 1) :])
        urls.append(f"https://www.reddit.com/r/Suomi/comments/{thread}/t/")
    return urls


def prepare(tmp_path: Path, db_url: str, embedding_cache: Path, **overrides: Any) -> Services:
    """A database with the sample brand's guidance and the watches, shared by every process of the test."""
    from knowledge.ingest import ingest

    services = Services(
        make_settings(
            tmp_path,
            database_url=db_url,
            embedding_cache=embedding_cache,
            brand_file=SAMPLE / "brand.yaml",
            **overrides,
        )
    )
    ingest(services.guidance, [SAMPLE])
    services.guidance.close()
    del services.__dict__["guidance"]
    return services


def _env(tmp_path: Path, db_url: str, embedding_cache: Path, **values: str) -> dict[str, str]:
    return base_env(
        KUULO_DATA_DIR=str(tmp_path / "data"),
        KUULO_DATABASE_URL=db_url,
        KUULO_EMBEDDING_CACHE=str(embedding_cache),
        KUULO_BRAND_FILE=str(SAMPLE / "brand.yaml"),
        **values,
    )


def _unfinished(services: Services, cards: bool = False) -> dict[str, int]:
    with services.db.read() as session:
        found = resume.unfinished(session, utcnow(), cards=cards)
    return {item.stage: item.count for item in found}


PROGRESS_SUMMARY = re.compile(r"^poll: \d+(?:/\d+)? watches in [\d.]+ s$")


# -- poll ---------------------------------------------------------------------------------------
def test_poll_killed_at_random_then_one_clean_poll_strands_nothing(
    tmp_path: Path, db_url: str, embedding_cache: Path
) -> None:
    rng = random.Random(SEED)
    log = KillLog("poll", SEED)
    with ReplayServer() as replay:
        services = prepare(tmp_path, db_url, embedding_cache, reddit_url=replay.url)
        try:
            for url in serve_threads(replay, rng):
                add_watch(services.db, services.settings, url, objective="trust", topics=["lämpöpumput"])
            env = _env(tmp_path, db_url, embedding_cache, KUULO_REDDIT_URL=replay.url)
            for _ in range(KILLS):
                process = spawn(["poll", "--all"], env)
                alive = kill_at_random(process, lambda: len(replay.requests), rng, steps=THREADS // 2, delay=0.8)
                after_kill(log, alive, _unfinished(services))
            log.unfinished_before_clean = _unfinished(services)
            # The progress summary ("poll: 8 watches in 0.8 s") goes to stderr, which the harness merges
            # with stdout in arrival order; the order asserted here is of the poll's own report.
            lines = [line for line in finish(spawn(["poll", "--all"], env)) if not PROGRESS_SUMMARY.match(line)]
            log.clean_output = lines
            waiting = log.unfinished_before_clean
            if waiting["signals"] or waiting["draft"]:
                assert lines[0].startswith("resumed unfinished work: "), "\n".join(lines)  # before any new work
                assert f"{waiting['signals']} comments assessed" in lines[0]
            else:
                assert not any(line.startswith("resumed") for line in lines)
            assert violations(services.db) == []
        finally:
            report(log)
            services.close()


# -- publish ------------------------------------------------------------------------------------
def test_publish_killed_at_random_then_one_clean_run_publishes_each_reply_exactly_once(
    tmp_path: Path, db_url: str
) -> None:
    from tests.fakes.platform_publish import FakeMastodon
    from tests.publishing.factory import make_approved

    rng = random.Random(SEED)
    log = KillLog("publish", SEED)
    watched = FakeMastodon(token="other", account_id="1")
    brand = FakeMastodon(hang_seconds=0.5)
    services = Services(make_settings(tmp_path, database_url=db_url))
    replies = 12
    try:
        for n in range(replies):
            uri = watched.add_status(str(100 + n), f"Toimiiko tämä ilman nettiä? ({n})")
            make_approved(services.db, "mastodon", str(100 + n), comment_url=uri, extra={"uri": uri})
        for _ in range(replies // 3):  # some replies are accepted slowly: a kill lands between accept and record
            brand.fail("post", "hang")
        env = base_env(
            KUULO_DATA_DIR=str(tmp_path / "data"),
            KUULO_DATABASE_URL=db_url,
            KUULO_PUBLISH="mastodon",
            KUULO_MASTODON_URL=brand.url,
            KUULO_MASTODON_TOKEN="brand-token",
            KUULO_PUBLISH_CLAIM_SECONDS="0",  # one process at a time here: a claim left behind is abandoned
        )
        for _ in range(KILLS):
            process = spawn(["publish"], env)
            posted = lambda: sum("/api/v1/statuses" in r.path for r in brand.requests)  # noqa: E731
            alive = kill_at_random(process, posted, rng, steps=3, delay=0.6)
            after_kill(log, alive, {"outbox": _unfinished(services)["outbox"]})
        log.unfinished_before_clean = {"outbox": _unfinished(services)["outbox"]}  # the factory never assessed
        lines = finish(spawn(["publish"], env))
        log.clean_output = lines
        printed = [line for line in lines if not LOG_LINE.match(line)]  # the log may say what it reconciled
        assert not any(" publishing " in line or " unknown " in line for line in printed), lines
        by_target: dict[str, int] = {}
        for post in brand.posts:
            by_target[str(post["in_reply_to_id"])] = by_target.get(str(post["in_reply_to_id"]), 0) + 1
        problems = [v for v in violations(services.db, platform_posts=by_target) if "stage signals" not in v]
        assert problems == []  # the factory's comments were never assessed: only publishing is checked here
        assert len(brand.posts) == replies
    finally:
        report(log)
        services.close()
        watched.close()
        brand.close()


# -- run: the scheduler and the Slack app -------------------------------------------------------------
def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_run_with_slack_killed_at_random_then_one_clean_run_posts_every_card_once(
    tmp_path: Path, db_url: str, embedding_cache: Path
) -> None:
    from tests.fakes.slack_api import FakeSlack

    rng = random.Random(SEED)
    log = KillLog("run", SEED)
    with ReplayServer() as replay, FakeSlack() as slack:
        services = prepare(tmp_path, db_url, embedding_cache, reddit_url=replay.url)
        try:
            for n, url in enumerate(serve_threads(replay, rng)):
                add_watch(
                    services.db, services.settings, url, objective="trust", topics=["lämpöpumput"], channel=f"C{n:03d}"
                )
            env = _env(
                tmp_path,
                db_url,
                embedding_cache,
                KUULO_REDDIT_URL=replay.url,
                SLACK_BOT_TOKEN="xoxb-test",
                SLACK_SIGNING_SECRET="test-secret",
                KUULO_SLACK_API_URL=slack.url,
                KUULO_REVIEW_CHANNEL="CREVIEW",
                KUULO_CARD_SYNC_SECONDS="0.3",
                KUULO_LEASE_SECONDS="2",
                KUULO_CARD_CLAIM_SECONDS="2",
                KUULO_LOG_LEVEL="INFO",
            )

            def progress() -> int:
                return len(replay.requests) + len(slack.calls_to("chat.postMessage"))

            for _ in range(KILLS):
                process = spawn(["run", "--http", "--port", str(_free_port())], env)
                alive = kill_at_random(process, progress, rng, steps=THREADS, delay=0.8)
                after_kill(log, alive, _unfinished(services, cards=True))
            log.unfinished_before_clean = _unfinished(services, cards=True)
            started = utcnow()
            clean = spawn(["run", "--http", "--port", str(_free_port())], env)
            deadline = time.monotonic() + 600
            while True:
                with services.db.read() as session:
                    polled = session.get(JobRun, "poll-due-watches")
                done = polled is not None and (polled.last_finished_at or started) > started
                if done and not any(_unfinished(services, cards=True).values()):
                    break
                assert time.monotonic() < deadline and clean.process.poll() is None, "\n".join(clean.lines)
                time.sleep(0.2)
            assert clean.stop() == 0, "\n".join(clean.lines)
            clean.close()
            log.clean_output = clean.lines
            if any(log.unfinished_before_clean.values()):
                assert any("Unfinished work from earlier runs: " in line for line in clean.lines), clean.lines
            problems = violations(services.db, cards=True, slack_messages=slack_cards_by_draft(slack.messages))
            assert problems == []
        finally:
            report(log)
            services.close()
