"""Real servers for distributed mode: a RabbitMQ vhost per test, a PostgreSQL schema per test, a Chroma server.

The broker tests run when ``KUULO_TEST_BROKER_URL`` names a RabbitMQ node this machine can administer
with ``rabbitmqctl`` (``.ci/run`` sets it); each test gets its own vhost, deleted afterwards. Without
it they skip, and with it a skipped distributed test fails the run (tests/conftest.py). The Chroma
server (``chroma run``, shipped with the chromadb package) is started once per session; each test
uses its own collection. Workers and the scheduler run as real ``kuulo`` processes.

Time budget: CI has 90 minutes on 2 cores; these tests are kept under 3 minutes together.
"""

from __future__ import annotations

import gc
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import uuid
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any
from urllib.parse import quote, urlsplit, urlunsplit

import httpx
import pytest

from bot.config import Settings
from bot.demo.replay import ReplayServer
from bot.services import Services
from tests.conftest import SAMPLE, _postgres_schema_url

BROKER_ENV = "KUULO_TEST_BROKER_URL"
ROOT = Path(__file__).parents[2]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for(
    check: Callable[[], bool],
    timeout: float,
    what: str,
    interval: float = 0.2,
    diagnose: Callable[[], str] | None = None,
) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout:g} s waiting for {what}" + (f"\n{diagnose()}" if diagnose else ""))


def rabbitmqctl(*args: str) -> str:
    done = subprocess.run(["rabbitmqctl", *args], capture_output=True, text=True, timeout=60, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"rabbitmqctl {' '.join(args)} failed: {done.stderr.strip() or done.stdout.strip()}")
    return done.stdout


@pytest.fixture
def vhost() -> Iterator[str]:
    """A fresh RabbitMQ vhost; the broker URL to it is ``broker_url``."""
    if not os.environ.get(BROKER_ENV):
        pytest.skip(f"no broker: set {BROKER_ENV}=amqp://guest:guest@127.0.0.1:5672/ to run the distributed tests")
    if shutil.which("rabbitmqctl") is None:
        pytest.fail(f"{BROKER_ENV} is set but rabbitmqctl is not on PATH (each test creates its own vhost)")
    name = f"kuulo-test-{uuid.uuid4().hex[:10]}"
    user = urlsplit(os.environ[BROKER_ENV]).username or "guest"
    rabbitmqctl("add_vhost", name)
    try:
        rabbitmqctl("set_permissions", "-p", name, user, ".*", ".*", ".*")
        yield name
    finally:
        rabbitmqctl("delete_vhost", name)


@pytest.fixture
def broker_url(vhost: str) -> str:
    parts = urlsplit(os.environ[BROKER_ENV])
    return urlunsplit((parts.scheme, parts.netloc, "/" + quote(vhost, safe=""), "", ""))


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A Chroma server for the session (``chroma run``); tests use their own collections on it."""
    folder = tmp_path_factory.mktemp("chroma")
    port = free_port()
    binary = Path(sys.executable).with_name("chroma")
    log = (folder / "chroma.log").open("w")
    process = subprocess.Popen(
        [str(binary), "run", "--path", str(folder / "data"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
        env={**os.environ, "ANONYMIZED_TELEMETRY": "False"},
    )
    url = f"http://127.0.0.1:{port}"

    def up() -> bool:
        try:
            return httpx.get(f"{url}/api/v2/heartbeat", timeout=1).status_code == 200
        except httpx.HTTPError:
            return process.poll() is not None

    try:
        wait_for(up, 60, "the Chroma server")
        if process.poll() is not None:
            raise AssertionError(f"chroma run exited: {(folder / 'chroma.log').read_text()[-2000:]}")
        yield url
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


@dataclass
class Cluster:
    """The environment of one distributed test and the ``kuulo`` processes started in it."""

    env: dict[str, str]
    folder: Path
    processes: list[tuple[subprocess.Popen[bytes], IO[Any]]] = field(default_factory=list)
    made: list[Services] = field(default_factory=list)
    made_for: list[dict[str, str]] = field(default_factory=list)

    def settings(self) -> Settings:
        overrides = {key: value for key, value in self.env.items() if key.startswith("KUULO_")}
        return Settings(_env_file=None, **overrides)  # type: ignore[call-arg]

    def services(self) -> Services:
        """The test's own services, made once per environment: polling helpers call this in a loop, and a new
        ``Services`` per call (each with its own connection pool) ran PostgreSQL out of connections."""
        overrides = {key: value for key, value in self.env.items() if key.startswith("KUULO_")}
        for made, services in zip(self.made_for, self.made, strict=True):
            if made == overrides:
                return services
        services = Services(self.settings())
        self.made.append(services)
        self.made_for.append(overrides)
        return services

    def start(self, *args: str, name: str) -> subprocess.Popen[bytes]:
        log = (self.folder / f"{name}.log").open("wb")
        process = subprocess.Popen(
            [sys.executable, "-m", "bot.cli", *args], env=self.env, stdout=log, stderr=subprocess.STDOUT, cwd=ROOT
        )
        self.processes.append((process, log))
        return process

    def command(self, *args: str) -> list[str]:
        return [sys.executable, "-m", "bot.cli", *args]

    def worker(self, *args: str, name: str = "worker", ready: bool = True) -> subprocess.Popen[bytes]:
        """Start ``kuulo worker``; with ``ready``, return once it consumes (it logs "ready.")."""
        process = self.start("worker", *args, name=name)
        if ready:
            wait_for(lambda: " ready." in self.log(name) or process.poll() is not None, 90, f"worker {name}")
            assert process.poll() is None, self.log(name)[-3000:]
        return process

    def diagnose(self) -> str:
        """The tails of the processes' logs and the claims that are not done, for a failing test."""
        from sqlalchemy import select

        from bot.storage.models import TaskClaim

        parts = []
        for path in sorted(self.folder.glob("*.log")):
            parts.append(f"--- {path.name}\n" + "\n".join(self.log(path.stem).splitlines()[-25:]))
        with self.services().db.read() as session:
            rows = session.scalars(select(TaskClaim).where(TaskClaim.status != "done").limit(15))
            listed = [f"{r.key} {r.status} {r.deliveries} {r.error}" for r in rows]
        parts.append("--- claims not done\n" + "\n".join(listed))
        return "\n".join(parts)

    def log(self, name: str) -> str:
        path = self.folder / f"{name}.log"
        return path.read_text("utf-8", errors="replace") if path.exists() else ""

    def run(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "bot.cli", *args],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
            cwd=ROOT,
            check=False,
        )

    def stop(self, process: subprocess.Popen[bytes], sig: int = signal.SIGTERM, timeout: float = 30) -> None:
        if process.poll() is None:
            process.send_signal(sig)
            try:
                process.wait(timeout)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(10)

    def close(self) -> None:
        for process, log in self.processes:
            self.stop(process)
            log.close()
        for services in self.made:
            services.close()


@pytest.fixture
def cluster_env(
    tmp_path: Path, chroma_server: str, embedding_cache: Path, replay: ReplayServer
) -> Callable[..., Cluster]:
    """Build a :class:`Cluster` on a fresh PostgreSQL schema and Chroma collection, for a broker URL."""
    schemas: list[Iterator[str]] = []
    clusters: list[Cluster] = []

    def build(broker: str, **extra: str) -> Cluster:
        schema = _postgres_schema_url()
        schemas.append(schema)
        database = next(schema)
        env = {key: value for key, value in os.environ.items() if not key.startswith(("KUULO_", "OPENAI_", "SLACK_"))}
        env.update(
            {
                "KUULO_DATA_DIR": str(tmp_path / "data"),
                "KUULO_DATABASE_URL": database,
                "KUULO_CHROMA_URL": chroma_server,
                "KUULO_CHROMA_COLLECTION": f"guidance_{uuid.uuid4().hex[:8]}",
                "KUULO_BROKER_URL": broker,
                "KUULO_REDDIT_URL": replay.url,
                "KUULO_EMBEDDING_CACHE": str(embedding_cache),
                "KUULO_BRAND_FILE": str(SAMPLE / "brand.yaml"),
                "KUULO_LOG_LEVEL": "INFO",
                "KUULO_DRAFTER": "offline",
                "KUULO_CLASSIFIER": "offline",
                "PYTHONUNBUFFERED": "1",
            }
        )
        env.update(extra)
        cluster = Cluster(env, tmp_path)
        clusters.append(cluster)
        return cluster

    yield build  # type: ignore[misc]
    for cluster in clusters:
        cluster.close()
    for schema in schemas:
        for _ in schema:  # drop the schema
            pass


@pytest.fixture(autouse=True)
def _collect_client_sockets() -> Iterator[None]:
    """Collect what a distributed test leaves for the garbage collector before the next test starts.

    The broker and Chroma server clients made in this process (kombu, chromadb's HTTP client) drop
    their sockets to garbage collection; collected later, their ResourceWarning would fail whichever
    unrelated test happened to be running under ``-W error``.
    """
    yield
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        gc.collect()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """kombu and chromadb leave sockets to the garbage collector: in these tests that is not a failure."""
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.filterwarnings("ignore::ResourceWarning"))
            item.add_marker(pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning"))
