"""The Bolt app: built from services, run over Socket Mode or HTTP, posting cards in the background.

``start(services, http, port)`` is what ``kuulo run`` (or ``kuulo slack``)
calls. HTTP mode serves ``/slack/events``, ``/livez`` and ``/healthz`` on
waitress (a threaded production WSGI server); an Approve click is answered
before Bolt by the fast path (bot/slack/fastpath.py). Socket Mode is used when
``SLACK_APP_TOKEN`` is set. Retries and replays are dropped by a global
middleware keyed on ``slack_deliveries``.
"""

from __future__ import annotations

import io
import logging
import os
import socket
import sys
import threading
import weakref
from collections.abc import Callable, Iterable
from contextlib import nullcontext
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from bot.brands.settings import (
    BrandSettings,
    approvers_of_draft_in,
    approvers_of_drafts_in,
    brand_of_opportunity,
    for_draft,
    resolve_id,
)
from bot.checks.semantic import keep_vectors_in
from bot.errors import ConfigError
from bot.ops.health import health
from bot.slack import actions, commands, escalations, home, lifecycle, views
from bot.slack.approvers import Approvers
from bot.slack.background import Background, wait_warm, warm_up
from bot.slack.cards import ChannelPacer, post_new_cards
from bot.slack.client import web_client
from bot.slack.deliveries import DEFERRED, delivery_key, first_delivery
from bot.slack.fastpath import FastApprove
from bot.slack.signatures import Signatures
from bot.storage.db import Database
from bot.storage.embedding_cache import vector_cache
from bot.storage.models import utcnow

if TYPE_CHECKING:
    from slack_bolt import App, BoltResponse
    from slack_sdk import WebClient
    from sqlalchemy.orm import Session

    from bot.config import Settings
    from bot.services import Services

log = logging.getLogger(__name__)
CARD_SYNC_SECONDS = 15.0
WARM_UP_SECONDS = 300.0
# Each app's fast path for Approve clicks over HTTP (bot/slack/fastpath.py), found by wsgi(app).
_FAST: weakref.WeakKeyDictionary[App, FastApprove] = weakref.WeakKeyDictionary()


@dataclass
class Deps:
    db: Database
    settings: Settings
    approvers: Approvers
    background: Background = field(default_factory=Background)
    brand_approvers: dict[tuple[int, tuple[str, ...]], Approvers] = field(default_factory=dict)
    signatures: Signatures = field(init=False)  # who signs a sign-off with the slot {name} (bot/slack/signatures.py)

    def __post_init__(self) -> None:
        self.signatures = Signatures(self.db, self.approvers.client)

    def signer(self, user: str) -> Callable[[], str | None]:
        """The approval's signer for ``user``: asked only when the approved text's sign-off has the slot."""
        return lambda: self.signatures.name_for(user)

    @property
    def locale(self) -> str:
        return self.settings.locale

    def may_decide(self, user: str | None, draft_id: int) -> bool:
        """Is ``user`` an approver of the draft's brand? Fails closed: a brand without approvers admits nobody,
        and an approver of one brand is nobody on another brand's draft (docs/brands.md)."""
        return self._allows(user, for_draft(self.db, self.settings, draft_id))

    def may_handle_escalation(self, user: str | None, opportunity_id: int) -> bool:
        """Is ``user`` an approver of the escalated comment's brand? Fails closed as :meth:`may_decide`."""
        brand_id = brand_of_opportunity(self.db, opportunity_id)
        return self._allows(user, resolve_id(self.db, self.settings, brand_id))

    def may_act_for(self, user: str | None, brand: BrandSettings) -> bool:
        """Is ``user`` an approver of ``brand`` (``/kuulo`` and App Home per brand)? Fails closed."""
        return self._allows(user, brand)

    def may_decide_in(self, session: Session, user: str | None, draft_id: int) -> bool | None:
        """:meth:`may_decide` inside the caller's transaction and without calling Slack: None when the
        answer needs a user group's members that are not cached (then ask :meth:`may_decide`). The brand's
        approvers come from one query, without building its settings (an Approve click's answer waits)."""
        found = approvers_of_draft_in(session, self.settings, draft_id)
        return (self.approvers if found is None else self._approvers_of(*found)).known(user)

    def may_decide_many_in(self, session: Session, asked: list[tuple[str, int]]) -> list[bool | None]:
        """:meth:`may_decide_in` for several (user, draft id) pairs, the brands' approvers from one query."""
        found = approvers_of_drafts_in(session, self.settings, [draft_id for _user, draft_id in asked])
        return [
            (self.approvers if (of := found.get(draft_id)) is None else self._approvers_of(*of)).known(user)
            for user, draft_id in asked
        ]

    def _allows(self, user: str | None, brand: BrandSettings | None) -> bool:
        return self._approvers(brand).allows(user)

    def _approvers(self, brand: BrandSettings | None) -> Approvers:
        return self.approvers if brand is None else self._approvers_of(brand.id, brand.approver_ids)

    def _approvers_of(self, brand_id: int, ids: tuple[str, ...]) -> Approvers:
        if ids == self.settings.approver_ids:
            return self.approvers
        key = (brand_id, ids)
        if key not in self.brand_approvers:
            self.brand_approvers[key] = Approvers(self.approvers.client, ids)
        return self.brand_approvers[key]


def build_app(
    db: Database,
    settings: Settings,
    client: WebClient | None = None,
    *,
    token_verification: bool = True,
    background: Background | None = None,
) -> App:
    from slack_bolt import App

    if settings.slack_signing_secret is None and settings.slack_app_token is None:
        raise ConfigError("SLACK_SIGNING_SECRET is not set; copy it from the Slack app's Basic Information page")
    client = client or web_client(settings)
    keep_vectors_in(vector_cache(db, settings))  # the checks' guidance vectors outlive a restart (checks/semantic.py)
    warm_up()  # the language detector's models: else the first click or edit would load them while Slack waits
    secret = settings.slack_signing_secret.get_secret_value() if settings.slack_signing_secret else None
    # Listeners run before the answer and keep to what it depends on; the rest goes to deps.background.
    app = App(
        client=client,
        signing_secret=secret,
        token_verification_enabled=token_verification,
        process_before_response=True,
    )
    deps = Deps(db, settings, Approvers(client, settings.approver_ids), background=background or Background())
    if deps.approvers.empty:
        log.warning("KUULO_APPROVERS is empty: nobody can approve, edit, regenerate or skip drafts")
    app.middleware(_dedupe(db))

    for module in (actions, views, commands, home, escalations):
        module.register(app, deps)
    if secret is not None:
        _FAST[app] = FastApprove(deps, client, secret)
    return app


def fast_path(app: App) -> FastApprove | None:
    """The app's fast path for Approve clicks over HTTP (bot/slack/fastpath.py); None without a signing secret."""
    return _FAST.get(app)


def _dedupe(db: Database) -> Callable[..., BoltResponse | None]:
    def middleware(
        body: dict[str, Any],
        context: dict[str, Any],
        next: Callable[[], BoltResponse],  # noqa: A002
    ) -> BoltResponse | None:
        from slack_bolt import BoltResponse

        key = delivery_key(body)
        if key is not None and _action_id(body) in DEFERRED:
            context["delivery_key"] = key  # the listener records it in its own write (bot/slack/actions.py)
            return next()
        if key is not None and not first_delivery(db, key):
            log.info("dropped a repeated Slack delivery %s", key.split(":", 1)[0])
            return BoltResponse(status=200, body="")
        return next()

    return middleware


def _action_id(body: dict[str, Any]) -> str | None:
    actions = body.get("actions") if body.get("type") == "block_actions" else None
    return str(actions[0].get("action_id")) if actions else None


def wsgi(
    app: App, db: Database | None = None, background: Background | None = None, *, fast: bool = True
) -> Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]:
    """``/slack/events`` for Slack; ``/livez`` (the process answers: no database, no lease) and ``/healthz``
    (lease, last poll, database; see bot/ops/health.py) for probes. With ``background`` (the app's), its side
    effects wait while Slack requests are being answered (:meth:`Background.answering`). An Approve click is
    answered by the app's fast path (bot/slack/fastpath.py) unless ``fast`` is False (the bench compares them);
    every other request, and a click the fast path leaves alone, goes to Bolt."""
    from slack_bolt.adapter.wsgi import SlackRequestHandler

    handler = SlackRequestHandler(app)
    fast_approve = _FAST.get(app) if fast else None
    pid = str(os.getpid())

    def application(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        path = environ.get("PATH_INFO")
        if path == "/livez":  # which process answered: KUULO_HTTP_PROCESSES may run several
            start_response(
                "200 OK", [("Content-Type", "application/json"), ("Content-Length", "11"), ("X-Kuulo-Process", pid)]
            )
            return [b'{"ok":true}']
        if path == "/healthz":
            if db is None:
                start_response("200 OK", [("Content-Type", "application/json")])
                return [b'{"ok":true}']
            import json

            status, report = health(db, utcnow())
            start_response(
                "200 OK" if status == 200 else "503 Service Unavailable", [("Content-Type", "application/json")]
            )
            return [json.dumps(report).encode()]
        with background.answering() if background is not None else nullcontext():
            if fast_approve is not None and path == handler.path and environ.get("REQUEST_METHOD") == "POST":
                body = _read_body(environ)
                if _answer_fast(fast_approve, body, environ):
                    start_response("200 OK", [("Content-Type", "text/plain;charset=utf-8"), ("Content-Length", "0")])
                    return [b""]
                environ["wsgi.input"] = io.BytesIO(body)  # Bolt reads the body again
            return handler(environ, start_response)

    return application


def _read_body(environ: dict[str, Any]) -> bytes:
    try:
        length = int(environ.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0
    stream = environ.get("wsgi.input")
    return stream.read(length) if stream is not None and length > 0 else b""


def _answer_fast(fast_approve: FastApprove, body: bytes, environ: dict[str, Any]) -> bool:
    """The fast path's answer; an error in it is logged with its traceback and the click goes to Bolt, whose
    listener decides it the same way: an error inside the write rolled it back, and a click whose write had
    committed is a repeated delivery to Bolt (answered, nothing done twice)."""
    try:
        return fast_approve.answer(body, environ)
    except Exception:  # a boundary: Bolt still answers the click
        log.exception("the fast path failed on a Slack click; Bolt answers it")
        return False


# How long a thread may hold the interpreter lock while another waits for it (Python's default is 5 ms). In a burst
# of clicks the one holding SQLite's write lock gives up the interpreter lock at each statement and waits up to this
# long to get it back from threads parsing other requests, while every other click waits on the write lock: measured
# with bench slack_ack (docs/performance.md), 1 ms shortened that convoy.
SWITCH_SECONDS = 0.001


class HttpServer:
    """waitress (threaded, production-grade) serving the app; ``serve()`` blocks until ``stop()``.

    With ``listener`` it accepts on that already bound socket (shared by the processes of
    :func:`serve_processes`) instead of binding ``host``:``port``; with ``parent`` it stops when that
    process is gone, so a worker process never outlives the ``kuulo slack`` that started it.
    """

    def __init__(
        self,
        app: App,
        port: int,
        host: str = "0.0.0.0",
        threads: int = 32,
        db: Database | None = None,
        background: Background | None = None,
        listener: socket.socket | None = None,
        parent: int | None = None,
    ) -> None:
        from waitress.server import create_server

        where: dict[str, Any] = {"sockets": [listener]} if listener is not None else {"host": host, "port": port}
        # waitress stops accepting at connection_limit (default 100): a burst of clicks must not queue on it.
        self._server: Any = create_server(
            wsgi(app, db, background), threads=threads, ident="kuulo", connection_limit=1000, **where
        )
        self.port: int = int(self._server.effective_port)
        self._stop = threading.Event()
        self._parent = parent

    def serve(self) -> None:
        from waitress import wasyncore

        sys.setswitchinterval(SWITCH_SECONDS)
        try:
            while not self._stop.is_set():
                wasyncore.loop(timeout=0.2, map=self._server._map, count=1)
                if self._parent is not None and os.getppid() != self._parent:
                    break
        finally:
            for channel in list(self._server._map.values()):  # open keep-alive connections, then the listener
                if channel is not self._server:
                    channel.close()
            self._server.close()
            self._server.task_dispatcher.shutdown()

    def stop(self) -> None:
        self._stop.set()


def http_server(
    app: App,
    port: int,
    host: str = "0.0.0.0",
    threads: int = 32,
    db: Database | None = None,
    background: Background | None = None,
) -> HttpServer:
    """The HTTP server (not yet serving). Port 0 picks a free port (see ``.port``); ``db`` enables a full /healthz;
    ``background`` (the app's) lets side effects wait while requests are answered."""
    return HttpServer(app, port, host, threads, db, background)


class CardLoop:
    """Posts new cards every ``interval`` seconds in a background thread until stopped."""

    def __init__(self, db: Database, client: WebClient, settings: Settings, interval: float = CARD_SYNC_SECONDS):
        self.db, self.client, self.settings, self.interval = db, client, settings, interval
        self.holder = f"{socket.gethostname()}:{os.getpid()}"
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="kuulo-cards", daemon=True)

        self._pacer = ChannelPacer()

    def sync(self) -> dict[str, int]:
        """One pass: new review cards, escalation cards, reminders and expired cards."""
        counts = post_new_cards(self.db, self.client, self.settings, self.holder, self._pacer)
        for key, value in escalations.post_escalations(self.db, self.client, self.settings, self._pacer).items():
            counts[f"escalations_{key}"] = value
        counts["reminded"] = lifecycle.remind_waiting(self.db, self.client, self.settings)
        counts["expired"] = lifecycle.show_expired(self.db, self.client, self.settings)
        return counts

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                counts = self.sync()
                if any(counts.values()):
                    log.info("cards: %s", counts)
            except Exception:  # a boundary: log with traceback and keep the loop alive
                log.exception("posting review cards failed; retrying in %.0f s", self.interval)
            self._stop.wait(self.interval)

    def start(self) -> None:
        if self.settings.escalation_channel is None:
            log.warning("KUULO_ESCALATION_CHANNEL is not set: risky comments get no Slack card, only the digest")
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=10)


def start(services: Services, http: bool, port: int, processes: int = 1) -> None:
    """Run the Slack app until interrupted: Socket Mode with SLACK_APP_TOKEN, else (or with ``http``) HTTP.

    Over HTTP with ``processes`` > 1, that many processes answer on the one port (:func:`serve_processes`);
    only this one posts cards. Call it before this process starts any thread (it forks).
    """
    settings = services.settings
    if processes > 1 and (http or settings.slack_app_token is None):
        serve_processes(services, port, processes)
        return
    client = web_client(settings)
    background = Background()
    app = build_app(services.db, settings, client, background=background)
    loop = CardLoop(services.db, client, settings, interval=settings.card_sync_seconds)
    loop.start()
    try:
        if settings.slack_app_token is not None and not http:
            from slack_bolt.adapter.socket_mode import SocketModeHandler

            SocketModeHandler(app, settings.slack_app_token.get_secret_value()).start()  # type: ignore[no-untyped-call]
        else:
            # Listen once the checks' model is loaded: an approval runs the checks, and the first one
            # would otherwise load the model while every other click waits (WARM_UP_SECONDS at most).
            if not wait_warm(WARM_UP_SECONDS):
                log.warning("the draft checks' model is still loading after %.0f s; listening anyway", WARM_UP_SECONDS)
            server = http_server(app, port, db=services.db, threads=settings.http_threads, background=background)
            log.info("Slack app listening on port %s (/slack/events, /livez, /healthz)", server.port)
            server.serve()
    finally:
        loop.stop()


def serve_processes(services: Services, port: int, processes: int) -> None:
    """``processes`` processes accept on one listening socket, bound here before forking; the kernel hands
    each connection to one of them. Each has its own Bolt app, database pool, background executor and
    interpreter lock, so the answers use every core: one process runs Python on one core at a time, and
    a burst of Slack clicks is CPU work. Only this (the first) process posts cards; the others only answer.
    Stopping this process stops the others (they also stop by themselves when it is gone)."""
    import signal

    services.db  # noqa: B018 - open and migrate once, before forking
    listener = socket.create_server(("0.0.0.0", port), backlog=2048)
    parent = os.getpid()
    children: list[int] = []
    for _ in range(processes - 1):
        pid = os.fork()
        if pid == 0:  # a worker: nothing of the parent's pool may be used here
            services.db.engine.dispose(close=False)
            try:
                _answer_only(services, listener, parent)
            finally:
                os._exit(0)
        children.append(pid)
    try:
        _serve_on(services, listener, cards=True)
    finally:
        for pid in children:
            os.kill(pid, signal.SIGTERM)
        for pid in children:
            os.waitpid(pid, 0)
        listener.close()


def _answer_only(services: Services, listener: socket.socket, parent: int) -> None:
    _serve_on(services, listener, cards=False, parent=parent)


def _serve_on(services: Services, listener: socket.socket, *, cards: bool, parent: int | None = None) -> None:
    settings = services.settings
    client = web_client(settings)
    background = Background()
    app = build_app(services.db, settings, client, background=background)
    loop = CardLoop(services.db, client, settings, interval=settings.card_sync_seconds) if cards else None
    if loop is not None:
        loop.start()
    try:
        if not wait_warm(WARM_UP_SECONDS):
            log.warning("the draft checks' model is still loading after %.0f s; listening anyway", WARM_UP_SECONDS)
        server = HttpServer(
            app,
            0,
            threads=settings.http_threads,
            db=services.db,
            background=background,
            listener=listener,
            parent=parent,
        )
        log.info("Slack app process %s answering on port %s", os.getpid(), server.port)
        server.serve()
    finally:
        if loop is not None:
            loop.stop()
