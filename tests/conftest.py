"""Shared fixtures: settings in a temporary data directory, databases on SQLite
and PostgreSQL, a replay server, and the command line run in-process.

PostgreSQL tests use a fresh schema each, so they never see each other's rows.
They skip when no server answers, unless ``KUULO_TEST_POSTGRES_URL`` is set:
then an unreachable server fails them, and a run in which no PostgreSQL test
passed fails as a whole.
"""

from __future__ import annotations

import logging
import os
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from bot.checks.semantic import keep_vectors_in
from bot.config import Settings
from bot.demo.replay import ReplayServer
from bot.services import Services
from bot.storage.db import Database

FIXTURES = Path(__file__).parent / "fixtures"
ROOT = Path(__file__).parents[1]
SAMPLE = ROOT / "knowledge" / "sample"
RECORDINGS = ROOT / "bot" / "demo" / "recordings" / "reddit.json"
FI_THREAD = "https://www.reddit.com/r/Suomi/comments/1kuu01/lampopumppu_omakotitaloon/"
POSTGRES_ENV = "KUULO_TEST_POSTGRES_URL"
BROKER_ENV = "KUULO_TEST_BROKER_URL"  # RabbitMQ for the distributed tests (tests/distributed)
DEFAULT_POSTGRES = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
_postgres_passed = 0
_distributed_skipped: list[str] = []

# Nothing in the environment of the person running the tests may leak into them.
_KUULO_VARS = [k for k in os.environ if k.startswith(("KUULO_", "OPENAI_", "SLACK_", "YOUTUBE_"))]


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    for key in _KUULO_VARS:
        if key not in (POSTGRES_ENV, BROKER_ENV):
            monkeypatch.delenv(key, raising=False)
    monkeypatch.chdir(tmp_path)  # no stray .env is read
    yield
    keep_vectors_in(None)  # a test's Services or Slack app gave the checks its cache, gone with its tmp_path


def make_settings(tmp_path: Path, **overrides: Any) -> Settings:
    values: dict[str, Any] = {"data_dir": tmp_path / "data"}
    values.update(overrides)
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return make_settings(tmp_path)


def _postgres_url() -> str:
    return os.environ.get(POSTGRES_ENV) or DEFAULT_POSTGRES


def _postgres_schema_url() -> Iterator[str]:
    import sqlalchemy as sa

    base = _postgres_url()
    schema = f"kt_{uuid.uuid4().hex[:12]}"
    try:
        admin = sa.create_engine(base, connect_args={"connect_timeout": 3})
        with admin.begin() as conn:
            conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    except Exception as exc:
        if os.environ.get(POSTGRES_ENV):
            pytest.fail(f"{POSTGRES_ENV} is set but PostgreSQL is not reachable: {exc}")
        pytest.skip(f"no PostgreSQL at {base} ({type(exc).__name__}); set {POSTGRES_ENV} to require it")
    separator = "&" if "?" in base else "?"
    try:
        yield f"{base}{separator}options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as conn:
            conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A migrated-on-open database URL, on each backend."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'kuulo.db'}"
    else:
        yield from _postgres_schema_url()


@pytest.fixture
def postgres_url() -> Iterator[str]:
    yield from _postgres_schema_url()


@pytest.fixture
def db(database_url: str) -> Iterator[Database]:
    database = Database.open(database_url)
    yield database
    database.dispose()


@pytest.fixture
def replay() -> Iterator[ReplayServer]:
    with ReplayServer() as server:
        yield server


@pytest.fixture
def services_factory(tmp_path: Path) -> Iterator[Callable[..., Services]]:
    made: list[Services] = []

    def build(**overrides: Any) -> Services:
        services = Services(make_settings(tmp_path, **overrides))
        made.append(services)
        return services

    yield build
    for services in made:
        services.close()


@pytest.fixture(scope="session")
def embedding_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One embedding cache for the session: each sample text is embedded once."""
    return tmp_path_factory.mktemp("embeddings") / "cache.sqlite"


@pytest.fixture
def polled(services_factory: Callable[..., Services], replay: ReplayServer, embedding_cache: Path) -> Services:
    """The sample brand ingested and the recorded Finnish demo thread polled: pending offline drafts exist."""
    from bot.watching.polling import poll
    from bot.watching.watches import add_watch
    from knowledge.ingest import ingest

    replay.load(RECORDINGS)
    services = services_factory(
        reddit_url=replay.url, embedding_cache=embedding_cache, brand_file=SAMPLE / "brand.yaml"
    )
    ingest(services.guidance, [SAMPLE])
    add_watch(services.db, services.settings, FI_THREAD, objective="trust", topics=["lämpöpumput"])
    poll(services, include_all=True)
    return services


@dataclass
class CliResult:
    code: int
    out: str
    err: str


@pytest.fixture
def kuulo(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> Callable[..., CliResult]:
    """Run ``kuulo`` in-process with KUULO_DATA_DIR in the test's folder; env overrides as keywords."""
    from bot.cli import run

    monkeypatch.setenv("KUULO_DATA_DIR", str(tmp_path / "data"))

    def invoke(*args: str, **env: str) -> CliResult:
        for key, value in env.items():
            monkeypatch.setenv(key, value)
        capsys.readouterr()
        with _logging_restored():
            code = run(list(args))
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return invoke


@contextmanager
def _logging_restored() -> Iterator[None]:
    """The command line configures logging for a process; in tests, undo it after each run."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    levels = {name: logging.getLogger(name).level for name in logging.root.manager.loggerDict}
    try:
        yield
    finally:
        root.handlers[:] = handlers
        root.setLevel(level)
        for name, previous in levels.items():
            logging.getLogger(name).setLevel(previous)


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    global _postgres_passed
    if report.when == "call" and report.passed and "postgres" in report.keywords:
        _postgres_passed += 1
    # an expected failure (xfail) ran against the real services: it is reported as skipped, but it is no skip
    if report.skipped and "distributed" in report.keywords and not hasattr(report, "wasxfail"):
        _distributed_skipped.append(report.nodeid)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if os.environ.get(POSTGRES_ENV) and _postgres_passed == 0 and session.testscollected:
        selected = session.config.getoption("-k") or session.config.getoption("-m")
        if not selected:
            print(f"\n{POSTGRES_ENV} is set but no PostgreSQL test passed: failing the run.")
            session.exitstatus = 1
    if os.environ.get(BROKER_ENV) and _distributed_skipped:
        skipped = ", ".join(_distributed_skipped)
        print(f"\n{BROKER_ENV} is set but distributed tests skipped, failing the run: {skipped}")
        session.exitstatus = 1
